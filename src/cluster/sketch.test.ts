import { describe, expect, it } from 'vitest';
import { DEFAULTS, dayOf, sketch } from './index.js';
import { term } from './sketch.js';
import { nextWord, startsSentence } from './tokens.js';

const words = (text: string): string[] => {
  const at = { start: 0, end: 0 };
  const out: string[] = [];
  while (nextWord(text, at)) out.push(text.slice(at.start, at.end));
  return out;
};

describe('nextWord', () => {
  it('keeps inner full stops, commas and apostrophes and splits on hyphens', () => {
    expect(words('The U.S. paid $787,000 to Reid’s firm — a 7.1-magnitude «record».')).toEqual(
      ['The', 'U.S', 'paid', '787,000', 'to', 'Reid’s', 'firm', 'a', '7.1', 'magnitude', 'record'],
    );
  });

  it('reads letters beyond ASCII', () => {
    expect(words('Zürich, São Paulo и Київ')).toEqual(['Zürich', 'São', 'Paulo', 'и', 'Київ']);
  });
});

describe('startsSentence', () => {
  it('is true after a full stop and quotes, false inside a sentence', () => {
    const text = 'He left. "Boric said" that Boric';
    expect(startsSentence(text, text.indexOf('He'))).toBe(true);
    expect(startsSentence(text, text.indexOf('Boric'))).toBe(true);
    expect(startsSentence(text, text.lastIndexOf('Boric'))).toBe(false);
  });
});

describe('term', () => {
  it('lower-cases, drops possessives and plurals, and marks figures', () => {
    expect(term('Reid’s', 50)).toBe('reid');
    expect(term('earthquakes', 50)).toBe('earthquake');
    expect(term('casualties', 50)).toBe('casualty');
    expect(term('787,000', 50)).toBe('#787000');
    expect(term('Congress', 50)).toBe('congress');
  });

  it('skips the commonest words, single letters and one-digit figures', () => {
    expect(term('The', 50)).toBeNull();
    expect(term('said', 50)).toBeNull();
    expect(term('a', 50)).toBeNull();
    expect(term('7', 50)).toBeNull();
  });
});

describe('sketch', () => {
  it('weighs title words, lead words, names and figures above the rest', () => {
    const s = sketch({ id: 'x', title: 'Flood hits Dhaka', text: 'Rain fell. Water rose as rain fell on Dhaka, killing 14 people. '.repeat(3) + 'Later the rain stopped.', date: '2024-07-01' }, DEFAULTS);
    const w = Object.fromEntries(s.terms.map((t, i) => [t, s.weights[i]]));
    expect(s.day).toBe(dayOf('2024-07-01'));
    expect(w.flood).toBeCloseTo(DEFAULTS.titleWeight);
    expect(w.dhaka).toBeGreaterThan(w.water * 1.2);
    expect(w['#14']).toBeGreaterThan(w.killing);
    expect(w.stopped).toBeLessThan(w.rose / 1.5);
    expect(s.terms).not.toContain('the');
  });

  it('notes the days of the week named in the title and the lead, not further on', () => {
    const lead = 'Rescuers searched the rubble on Tuesday after the quake struck late Monday. ';
    const later = 'Aid agencies will meet again on Friday. '.padStart(60 * 12, 'Water and tents arrived by road. ');
    expect(sketch({ id: 'x', title: 'Quake toll rises, Sunday vigil planned', text: lead + later }, DEFAULTS).weekdays).toBe((1 << 0) | (1 << 1) | (1 << 6));
    expect(sketch({ id: 'y', text: 'A sunday school and a monday meeting.' }, DEFAULTS).weekdays).toBe(0);
  });

  it('makes plain JSON', () => {
    const s = sketch({ id: 'x', text: 'Rain in Dhaka.', outlet: 'Post' }, DEFAULTS);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s).toMatchObject({ id: 'x', day: null, outlet: 'Post', title: null });
  });
});

describe('dayOf', () => {
  it('counts days since 1970 in UTC and gives null for what does not parse', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2020-01-02T23:30:00Z')).toBe(18263);
    expect(dayOf('not a date')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });
});

describe('sketch: page furniture', () => {
  it('leaves out the lines the clean stage drops, such as a video widget naming other stories', () => {
    const text = [
      'A ferry capsized on Lake Varesk on Saturday, killing 12 people.',
      'JUST WATCHED Senator booed at the budget hearing Replay More Videos ... MUST WATCH Senator booed at the budget hearing 01:08',
      'Related articles:',
      'Rescuers pulled 40 people from the water.',
    ].join('\n');
    const terms = sketch({ id: 'a', text }, DEFAULTS).terms;
    expect(terms).toEqual(expect.arrayContaining(['ferry', 'capsized', 'rescuer']));
    expect(terms).not.toContain('senator');
    expect(terms).not.toContain('budget');
  });
});
