import { describe, expect, it } from 'vitest';
import { makeArticle } from '../frame/fixture.js';
import { claimsOf } from './claims.js';

/** The claims of a one-sentence article, as text. */
const claims = (text: string): string[] => {
  const art = makeArticle(text);
  return claimsOf(art, 0).map((c) => art.text.slice(c.start, c.end));
};

describe('claimsOf', () => {
  it('cuts at a second predicate and at a new clause after a comma', () => {
    expect(claims('The harbour authority closed the old quay on Monday and ordered an inquiry into the collapse.')).toHaveLength(2);
    expect(claims('The harbour authority closed the old quay on Monday, and the mayor said repairs would take a year.')).toHaveLength(2);
  });

  it('keeps a list of names whole: a subject after ", and" needs a verb of its own', () => {
    expect(claims('The coastal railway was shut after the track was washed away, and the operator, SouthRail, said the line would stay closed.')).toHaveLength(2);
    expect(claims('The mayor cancelled secret meetings with the harbour chief, Ana Ruiz, and Kestrel union leaders, following a fire on the quay on Thursday.')).toHaveLength(1);
  });

  it('keeps the second verb of a relative clause with it: "a man who was shot and killed by police …"', () => {
    expect(claims('Tom Vale, a 32-year-old harbour worker who was shot and killed by police during a traffic stop, would be alive today, the governor said.')).toHaveLength(1);
    expect(claims('The harbour authority said that it closed the old quay on Monday and ordered an inquiry into the collapse.')).toHaveLength(2);
  });

  it('keeps a participle that opens a title before a name: "and accused sex trafficker Jeffrey Epstein"', () => {
    expect(claims('The mayor promoted a conspiracy theory linking the council to the death of the harbour magnate and accused fraud suspect Tom Vale on Saturday.')).toHaveLength(1);
  });
});
