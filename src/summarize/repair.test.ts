import { describe, expect, it } from 'vitest';
import { makeArticle } from '../frame/fixture.js';
import { mostlyQuoted, repair } from './repair.js';

/** Repairs `clause`, a stretch of `text` (all of it by default), with the tokens the tokenizer gives. */
function fix(text: string, clause = text) {
  const a = makeArticle(text);
  const start = text.indexOf(clause);
  const span = { start, end: start + clause.length };
  return repair(text, span, a.tokens.filter((t) => t.start >= span.start && t.end <= span.end));
}

describe('repair', () => {
  it('drops a wire dateline and keeps the sentence', () => {
    expect(fix('BAGHDAD — Lawmakers in Iraq voted on Sunday to expel United States troops from the country.')).toEqual({
      text: 'Lawmakers in Iraq voted on Sunday to expel United States troops from the country.',
      ok: true,
    });
    expect(fix('REDMARSH, May 16 (ANW) - A judge on Thursday quashed planning permission for a second runway.').text).toBe(
      'A judge on Thursday quashed planning permission for a second runway.',
    );
    expect(fix('HALDEN/REDMARSH (ANW) - The two mayors met on Friday to settle the ferry dispute.').text).toBe('The two mayors met on Friday to settle the ferry dispute.');
    expect(fix('Port Kestrel (CNN) The mayor declared an emergency on Monday.').text).toBe('The mayor declared an emergency on Monday.');
    expect(fix('Kestrel Heights, New Halden (CNN) The mayor declared an emergency on Monday.').text).toBe('The mayor declared an emergency on Monday.');
    expect(fix('(CNN) The gunman who killed 26 people at a church suffered three gunshot wounds, officials said.').text).toBe(
      'The gunman who killed 26 people at a church suffered three gunshot wounds, officials said.',
    );
  });

  it('drops a label that heads a report', () => {
    expect(fix('DEVELOPING: Harbour police arrested a suspect in the shooting on Friday, the chief said.').text).toBe('Harbour police arrested a suspect in the shooting on Friday, the chief said.');
    expect(fix('• The harbour law prohibits private employers from cooperating with federal officials.').text).toBe('The harbour law prohibits private employers from cooperating with federal officials.');
    expect(fix('BREAKING NEWS — REDMARSH (ANW) - A judge quashed the runway permit on Thursday.').text).toBe('A judge quashed the runway permit on Thursday.');
  });

  it('keeps a capitalised opening that is not a dateline', () => {
    expect(fix('NATO allies agreed on Tuesday to send more air defence systems.').text).toBe('NATO allies agreed on Tuesday to send more air defence systems.');
  });

  it('turns a "during which" clause into a sentence of its own', () => {
    const text = 'Trump held a 90-minute phone call with Putin on Tuesday, during which the two leaders agreed to an immediate partial ceasefire.';
    expect(fix(text, 'during which the two leaders agreed to an immediate partial ceasefire.')).toEqual({
      text: 'The two leaders agreed to an immediate partial ceasefire.',
      ok: true,
    });
  });

  it('drops "and" before a new subject', () => {
    const text = 'The coalition paused its operations, and it is suspending training for Iraqi forces.';
    expect(fix(text, 'and it is suspending training for Iraqi forces.')).toEqual({ text: 'It is suspending training for Iraqi forces.', ok: true });
  });

  it('marks fragments that no trimming mends', () => {
    const text = 'The agreement applies to energy sites, with further ceasefire negotiations set to begin soon in the Middle East.';
    expect(fix(text, 'with further ceasefire negotiations set to begin soon in the Middle East.').ok).toBe(false);
    const list = 'The talks will cover an energy truce, as well as technical negotiations on a maritime ceasefire in the Black Sea.';
    expect(fix(list, 'as well as technical negotiations on a maritime ceasefire in the Black Sea.').ok).toBe(false);
  });

  it('marks a sentence without a predicate, whose only verb is a gerund after a preposition', () => {
    expect(fix('No collusion with Russia, no charges of obstructing justice.').ok).toBe(false);
    expect(fix('Since marching ashore Friday near Wilmington, North Carolina.').ok).toBe(false);
    expect(fix('The senator was charged with obstructing justice.').ok).toBe(true);
    expect(fix('Officials are considering charges against the mayor.').ok).toBe(true);
  });

  it('marks a clause whose only verb is an -ing form without an auxiliary ("A coalition of leagues, including …")', () => {
    expect(fix('A coalition of harbour leagues, including the Halden league, the Kestrel league.').ok).toBe(false);
    expect(fix('Police are searching the harbour for the missing boat.').ok).toBe(true);
    expect(fix('The mayor left the harbour, saying the quay was safe.').ok).toBe(true);
  });

  it('marks a subordinate clause cut from its main clause, and keeps a sentence that opens with one', () => {
    const text = 'Shortly after police arrived at the apartment that night and attempted to revive him, they were joined by the head of the police union.';
    expect(fix(text, 'Shortly after police arrived at the apartment that night').ok).toBe(false);
    expect(fix('Because the bridge was closed on Monday.').ok).toBe(false);
    expect(fix(text).ok).toBe(true);
    expect(fix('When the jury returned its verdict, the family wept.')).toEqual({ text: 'When the jury returned its verdict, the family wept.', ok: true });
    expect(fix('Since then the city has grown by a third.').ok).toBe(true);
    // No main clause after the comma, only an apposition with a relative clause: the subordinator goes.
    expect(fix('When it was revealed on Monday that the mayor had met the builder, the developer who was jailed over the permits.')).toEqual({
      text: 'It was revealed on Monday that the mayor had met the builder, the developer who was jailed over the permits.',
      ok: true,
    });
    expect(fix('After the mayor met the builder, the developer who was jailed over the permits.').ok).toBe(false);
  });

  it('marks a clause that opens with an inflected verb and has no subject, not one whose main clause follows', () => {
    expect(fix('Turned down by the harbour court earlier this year.').ok).toBe(false);
    expect(fix('Asked about the harbour, the mayor said the quay would reopen.').ok).toBe(true);
  });

  it('marks a clause whose only verbs stand in a relative clause, not one with a main verb after it', () => {
    expect(fix('Former Halden Mayor Ann Vale, who is speaking Friday at the harbour.').ok).toBe(false);
    expect(fix('In the wake of the mass shooting in Port Kestrel, which left 59 dead.').ok).toBe(false);
    expect(fix('Former Halden Mayor Ann Vale, who spoke Friday at the harbour, said the quay would reopen.').ok).toBe(true);
    expect(fix('The man who shot the guard fled across the harbour bridge.').ok).toBe(true);
    expect(fix('Police arrested the mayor on Friday, which angered her supporters.').ok).toBe(true);
  });

  it('marks a relative clause cut from what it is about', () => {
    expect(fix('Which, according to the council, is exactly what happened.').ok).toBe(false);
    expect(fix('Which council members voted for the ban?').ok).toBe(true);
  });

  it('marks a clause cut between a conjunction and its verb', () => {
    const text = 'The agency was alerted that the biographer, with whom the director had an affair, may have read his email.';
    expect(fix(text, 'The agency was alerted that the biographer').ok).toBe(false);
    expect(fix(text).ok).toBe(true);
    expect(fix('The agency was alerted after the biographer read his email.').ok).toBe(true);
  });

  it('marks a clause that starts in lower case after a cut', () => {
    const text = 'titled “The NRA And Russia” and released Friday, relies on documents obtained by the committee.';
    expect(fix(text).ok).toBe(false);
  });

  it('marks a sentence the splitter cut after a title abbreviation, not one ending in a short name', () => {
    expect(fix('Mourners filled the streets to honour the slain commander of the Quds Force, Maj.').ok).toBe(false);
    expect(fix('The senator held three town-hall meetings across Iowa.').ok).toBe(true);
  });

  it('marks the attribution half of a sentence that says nothing by itself', () => {
    expect(fix('Hossein Khanzadi said Monday, referring to the drone shot down last week.').ok).toBe(false);
    expect(fix('Hossein Khanzadi said Monday that Iran could shoot down more drones.').ok).toBe(true);
  });

  it('closes a quotation left open and prefers the whole sentence', () => {
    const text = '"Half my customers come from the villages, and they come by car," he said.';
    const r = fix(text, '"Half my customers come from the villages');
    expect(r.text).toBe('"Half my customers come from the villages".');
    expect(r.ok).toBe(false);
  });

  it('takes an aside out of its brackets', () => {
    expect(fix('(Harbour law bans discrimination by most businesses.)').text).toBe('Harbour law bans discrimination by most businesses.');
  });

  it('adds a final stop and trims a dangling comma', () => {
    expect(fix('Councillors approved the plan by 31 votes to 17,', 'Councillors approved the plan by 31 votes to 17,').text).toBe(
      'Councillors approved the plan by 31 votes to 17.',
    );
  });
});

describe('mostlyQuoted', () => {
  it('tells a quotation from a reported sentence', () => {
    expect(mostlyQuoted('“We will not stop until every family is safe in their homes,” she said.')).toBe(true);
    expect(mostlyQuoted('The council said it would review the “temporary” ban after a year.')).toBe(false);
  });
});
