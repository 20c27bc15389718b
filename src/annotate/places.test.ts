import { describe, expect, it } from 'vitest';
import { places } from './places.js';

describe('places', () => {
  it('reads country names, capitals and demonyms', () => {
    expect(places().get('kyiv')).toEqual({ country: 'Ukraine', as: 'capital' });
    expect(places().get('russian')).toEqual({ country: 'Russia', as: 'demonym' });
    expect(places().get('u.s.')).toEqual({ country: 'United States', as: 'name' });
  });

  it('reads "St." for "Saint"', () => {
    expect(places().get('st. lucia')).toEqual({ country: 'Saint Lucia', as: 'name' });
    expect(places().get('st lucian')).toEqual({ country: 'Saint Lucia', as: 'demonym' });
  });

  it('gives a demonym two countries share to the larger member of the United Nations', () => {
    expect(places().get('american')?.country).toBe('United States');
    expect(places().get('french')?.country).toBe('France');
    expect(places().get('dutch')?.country).toBe('Netherlands');
    expect(places().get('dominican')?.country).toBe('Dominican Republic');
  });
});
