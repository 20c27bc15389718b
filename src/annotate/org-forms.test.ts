import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../model/index.js';
import { acronymOf, acronyms, bodyKey } from './org-forms.js';

const org = (text: string): EntityMention => ({ start: 0, end: text.length, text, type: 'organization', sentence: 0, entity: '', form: 'name', roles: [], nationality: null });

describe('organisation forms', () => {
  it('bodyKey: "Department of X" and "X Department" share a key; other names keep theirs', () => {
    expect(bodyKey('department of justice')).toBe('justice department');
    expect(bodyKey('ministry of the interior')).toBe('interior ministry');
    expect(bodyKey('justice department')).toBe('justice department');
    expect(bodyKey('bank of america')).toBe('bank of america');
  });

  it('acronymOf: capitals with or without stops', () => {
    expect(acronymOf('DOJ')).toBe('doj');
    expect(acronymOf('U.N.')).toBe('un');
    expect(acronymOf('Doj')).toBeNull();
    expect(acronymOf('A')).toBeNull();
  });

  it('acronyms: with and without function words, to the body key; only organisations of two words or more', () => {
    const a = acronyms([org('Department of Justice'), org('Federal Bureau of Investigation'), org('Reuters'), { ...org('Halden Vale'), type: 'person' }]);
    expect([...(a.get('doj') ?? [])]).toEqual(['justice department']);
    expect([...(a.get('dj') ?? [])]).toEqual(['justice department']);
    expect([...(a.get('fbi') ?? [])]).toEqual(['federal bureau of investigation']);
    expect(a.has('hv')).toBe(false);
  });
});
