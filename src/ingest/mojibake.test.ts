import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.js';

describe('repairMojibake', () => {
  it('reads back UTF-8 that was read as Windows-1252 once or twice, or as Latin-1', () => {
    expect(repairMojibake('Courtâ€™s ruling')).toBe('Court’s ruling');
    expect(repairMojibake('Ã¢â‚¬Å“We canÃ¢â‚¬â„¢t,Ã¢â‚¬Â\u009d he said')).toBe('“We can’t,” he said');
    expect(repairMojibake('Itâ\u0080\u0099s late')).toBe('It’s late');
    expect(repairMojibake('Â£5 for the CafÃ©')).toBe('£5 for the Café');
  });

  it('leaves well-formed text alone, accents and typography included', () => {
    for (const s of ['Café in São Paulo', 'naïve — “quoted” … ‘single’', 'Ångström, Øresund, Łódź', '€5 – 10°C, ±2', 'Ãngel (a name)']) expect(repairMojibake(s)).toBe(s);
  });

  it('repairs only the whole characters of a sequence that lost bytes', () => {
    expect(repairMojibake('Ã¢ÂÂ lost')).toBe('âÂÂ lost');
  });
});
