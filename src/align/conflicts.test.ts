import { describe, expect, it } from 'vitest';
import { compareStory } from '../compare.js';
import { withoutTopics } from './conflicts.js';
import type { Found } from './merge-conflicts.js';

const story = (a: string, b: string, dates: [string, string]) =>
  compareStory([
    { id: 'a', outlet: 'Harbour Gazette', date: dates[0], text: a },
    { id: 'b', outlet: 'Valley Courier', date: dates[1], text: b },
  ]);

const BASE = 'The Halden ferry capsized near Port Kestrel, killing 12 passengers. Rescuers pulled 40 people from the water.';

describe('number conflicts', () => {
  it('finds none between a set and a narrower one ("32 states" / "15 blue states")', () => {
    const a = `${BASE} Thirty-two states have laws to control how harbour pilots vote on the pact.`;
    const b = `${BASE} Only 15 blue states have laws to control how harbour pilots vote on the pact.`;
    expect(story(a, b, ['2024-05-20', '2024-05-20']).conflicts.filter((c) => c.kind === 'number')).toEqual([]);
    const c = `${BASE} Only 15 states have laws to control how harbour pilots vote on the pact.`;
    expect(story(a, c, ['2024-05-20', '2024-05-20']).conflicts.filter((c) => c.kind === 'number')).toHaveLength(1);
  });
});

describe('date conflicts', () => {
  it('finds two days given for one happening', () => {
    const s = story(`${BASE} The ferry capsized on Saturday evening in high winds.`, `${BASE} The ferry capsized on Friday evening in high winds.`, ['2024-05-20', '2024-05-20']);
    expect(s.conflicts.filter((c) => c.kind === 'date')).toHaveLength(1);
  });

  it('finds none between the two sides of one night ("Thursday night" / "early Friday")', () => {
    const s = story(`${BASE} The ferry capsized late Thursday night in high winds.`, `${BASE} The ferry capsized early Friday in high winds.`, ['2024-05-20', '2024-05-20']);
    expect(s.conflicts.filter((c) => c.kind === 'date')).toEqual([]);
    const apart = story(`${BASE} The ferry capsized on Thursday afternoon in high winds.`, `${BASE} The ferry capsized on Friday afternoon in high winds.`, ['2024-05-20', '2024-05-20']);
    expect(apart.conflicts.filter((c) => c.kind === 'date')).toHaveLength(1);
  });

  it('finds none between the days of different happenings ("died Monday" / "was arrested Friday")', () => {
    const a = 'Protests grew over the death of Tom Rell, who died in police custody Monday night in Port Kestrel after an officer knelt on his neck.';
    const b = 'The officer who knelt on the neck of Tom Rell in Port Kestrel was arrested Friday after protests grew.';
    const s = story(`${BASE} ${a}`, `${BASE} ${b}`, ['2024-05-24', '2024-05-24']);
    expect(s.conflicts.filter((c) => c.kind === 'date')).toEqual([]);
  });

  it('finds none for a second occurrence, a light verb with another object, or "starting" a day', () => {
    const dates = (a: string, b: string) => story(`${BASE} ${a}`, `${BASE} ${b}`, ['2024-05-22', '2024-05-22']).conflicts.filter((c) => c.kind === 'date');
    expect(dates('The storm made landfall near Port Kestrel late Friday night.', 'The storm made its second landfall near Port Kestrel early Monday morning.')).toEqual([]);
    expect(dates('Engineers made the dam releases near Port Kestrel on Monday.', 'Officials made a curfew order near Port Kestrel on Tuesday.')).toEqual([]);
    expect(dates('Engineers started the dam releases near Port Kestrel on Monday.', 'Port Kestrel imposed a curfew, starting Tuesday night near the dam.')).toEqual([]);
  });

  it('finds none between days weeks apart, or times of different happenings', () => {
    const dates = (a: string, b: string, d: [string, string]) => story(`${BASE} ${a}`, `${BASE} ${b}`, d).conflicts.filter((c) => c.kind === 'date');
    expect(dates('The minister arrived in Port Kestrel on Tuesday to inspect the wreck.', 'The minister arrived in Port Kestrel on Sunday to inspect the wreck.', ['2024-05-08', '2024-05-27'])).toEqual([]);
    expect(dates('Divers suspended the search at 4 p.m. near Port Kestrel.', 'The council cleared the budget at 7 p.m. near Port Kestrel.', ['2024-05-20', '2024-05-20'])).toEqual([]);
    expect(dates('Divers suspended the search at 4 p.m. near Port Kestrel.', 'Divers suspended the search at 7 p.m. near Port Kestrel.', ['2024-05-20', '2024-05-20'])).toHaveLength(1);
  });

  it('finds none between a date without its year and the same day with one ("7 October" / "Oct. 7, 2016")', () => {
    const s = story(`${BASE} On 7 October, the ferry company began publishing its safety logs.`, `${BASE} On Oct. 7, 2016, the ferry company began publishing its safety logs.`, ['2019-01-25', '2019-01-25']);
    expect(s.conflicts.filter((c) => c.kind === 'date')).toEqual([]);
  });

  it('finds none when both say the same weekday and only their publication days differ', () => {
    const s = story(`${BASE} Officials said schools in the district would remain closed Tuesday because of safety concerns.`, `${BASE} Officials said schools in the district would remain closed Tuesday because of safety concerns.`, ['2024-05-20', '2024-05-13']);
    expect(s.conflicts.filter((c) => c.kind === 'date')).toEqual([]);
  });
});

describe('number conflicts', () => {
  const GULF = 'Iran denied any role in the incident near the Strait of Hormuz. The United States blamed Tehran for the damage to the ships.';
  const THURSDAY = 'Attackers struck two oil tankers in the Gulf of Oman on Thursday, the navy said.';
  const numbers = (b: string) => story(`${GULF} ${THURSDAY}`, `${GULF} ${b}`, ['2024-06-14', '2024-06-14']).conflicts.filter((c) => c.kind === 'number');

  it('finds two counts of one happening, naming what is counted', () => {
    const [c, ...rest] = numbers('Attackers struck three oil tankers in the Gulf of Oman on Thursday, the navy said.');
    expect(rest).toEqual([]);
    expect(c.description).toBe('Harbour Gazette gives two oil tankers where Valley Courier gives three oil tankers');
  });

  it('finds none between articles published days apart (a toll rises, a vote is put off)', () => {
    expect(story(`${GULF} ${THURSDAY}`, `${GULF} Attackers struck three oil tankers in the Gulf of Oman on Thursday, the navy said.`, ['2024-06-14', '2024-06-17']).conflicts).toEqual([]);
  });

  it('finds none between one happening and a running total', () => {
    expect(numbers('Attackers have struck six oil tankers in the Gulf of Oman since May, the navy said.')).toEqual([]);
    expect(numbers('Attackers struck six oil tankers in the Gulf of Oman in all this year, the navy said.')).toEqual([]);
  });

  it('finds none between this happening and another one', () => {
    expect(numbers('Attackers struck four oil tankers in the Gulf of Oman last month, the navy said.')).toEqual([]);
    expect(numbers('Attackers struck three more oil tankers in the Gulf of Oman on Friday, the navy said.')).toEqual([]);
    // Days apart: two attacks of a story that ran for days.
    expect(numbers('Attackers struck three oil tankers in the Gulf of Oman on Monday, the navy said.')).toEqual([]);
  });

  it('finds none between figures each told of its own day ("10 people Tuesday, … more than 200 on Monday")', () => {
    const riot = 'Riots broke out in Port Kestrel after the funeral of Tom Rell.';
    const s = story(`${riot} Police arrested 250 people in Port Kestrel in Monday's violence, the governor said.`, `${riot} Police arrested only 10 people in Port Kestrel Tuesday, compared to more than 200 in Monday's violence.`, ['2024-05-22', '2024-05-22']);
    expect(s.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
    const same = story(`${riot} Police arrested 250 people in Port Kestrel in Monday's violence, the governor said.`, `${riot} Police arrested 35 people in Port Kestrel in Monday's violence, the governor said.`, ['2024-05-22', '2024-05-22']);
    expect(same.conflicts.filter((c) => c.kind === 'number')).toHaveLength(1);
  });

  it('finds none between figures of different places, or against a tally "as of" a day', () => {
    const a = story(`${GULF} Attackers struck two oil tankers off Oman on Thursday, the navy said.`, `${GULF} Attackers struck three oil tankers off Yemen on Thursday, the navy said.`, ['2024-06-14', '2024-06-14']);
    expect(a.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
    expect(numbers('Attackers had struck six oil tankers in the gulf as of Thursday, the navy said.')).toEqual([]);
  });

  it('finds none between counts told with different verbs', () => {
    const s = story(`${GULF} The navy escorted two oil tankers through the Gulf of Oman on Thursday.`, `${GULF} The navy inspected four oil tankers in the Gulf of Oman on Thursday.`, ['2024-06-14', '2024-06-14']);
    expect(s.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('finds none between distances from different places, or an additional amount', () => {
    const far = story(`${GULF} The tankers were hit 40 miles south of Jask on Thursday, the navy said.`, `${GULF} The tankers were hit 25 miles east of Fujairah on Thursday, the navy said.`, ['2024-06-14', '2024-06-14']);
    expect(far.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
    const more = story(`${GULF} Over 30 inches of rain fell on the coast on Thursday, the navy said.`, `${GULF} An additional 12 inches of rain may fall on the coast on Thursday, the navy said.`, ['2024-06-14', '2024-06-14']);
    expect(more.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('finds none between the ages of two people, or between the counts of sources cited', () => {
    const age = story(
      `${BASE} Police arrested 19-year-old Tomas Rell, whose brother Anton Rell died in a shootout on Friday.`,
      `${BASE} Police said 26-year-old Anton Rell died in a shootout with his brother Tomas Rell on Friday.`,
      ['2024-05-20', '2024-05-20'],
    );
    expect(age.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
    const sameMan = story(`${BASE} Police arrested 19-year-old Tomas Rell on Friday.`, `${BASE} Police arrested 21-year-old Tomas Rell on Friday.`, ['2024-05-20', '2024-05-20']);
    expect(sameMan.conflicts.filter((c) => c.kind === 'number')).toHaveLength(1);
    const sources = story(
      `${BASE} Three harbour officials, speaking on condition of anonymity, confirmed the captain had been drinking.`,
      `${BASE} The captain had been drinking, according to two harbour officials who spoke to reporters.`,
      ['2024-05-20', '2024-05-20'],
    );
    expect(sources.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('reads a compound duration as one ("8 minutes, 46 seconds") and leaves out offsets ("five minutes after")', () => {
    const knelt = (b: string) => story(
      `${BASE} Police officer Tom Rell had his knee on the neck of Ana Lind for 8 minutes, 46 seconds, the complaint said.`,
      `${BASE} Police officer Tom Rell had his knee on the neck of Ana Lind for ${b}, the complaint said.`,
      ['2024-05-20', '2024-05-20'],
    ).conflicts.filter((c) => c.kind === 'number');
    expect(knelt('nine minutes')).toEqual([]);
    expect(knelt('five minutes')).toHaveLength(1);
    const offset = story(
      `${BASE} About five minutes after police officer Tom Rell pinned Ana Lind to the ground, she stopped moving.`,
      `${BASE} Ana Lind died after being pinned by the neck for nine minutes by police officer Tom Rell.`,
      ['2024-05-20', '2024-05-20'],
    );
    expect(offset.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('finds none between the rest of a count and the whole ("the captain and three other sailors")', () => {
    const s = story(`${GULF} The captain and three other sailors were killed in the attack on Thursday.`, `${GULF} Four sailors were killed in the attack on Thursday.`, ['2024-06-14', '2024-06-14']);
    expect(s.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
    const whole = story(`${GULF} Three sailors were killed in the attack on Thursday.`, `${GULF} Four sailors were killed in the attack on Thursday.`, ['2024-06-14', '2024-06-14']);
    expect(whole.conflicts.filter((c) => c.kind === 'number')).toHaveLength(1);
  });

  it('finds none with a figure of a happening in an earlier year', () => {
    expect(numbers('Attackers struck four oil tankers in the Gulf of Oman in 2019, the navy said.')).toEqual([]);
    expect(numbers('Attackers struck four oil tankers in the Gulf of Oman on Thursday, the navy said.')).toHaveLength(1);
  });

  it('finds none between two articles of one outlet (an update)', () => {
    const s = compareStory([
      { id: 'a', outlet: 'Harbour Gazette', date: '2024-06-14', text: `${GULF} ${THURSDAY}` },
      { id: 'b', outlet: 'Harbour Gazette', date: '2024-06-15', text: `${GULF} Attackers struck three oil tankers in the Gulf of Oman on Thursday, the navy said.` },
    ]);
    expect(s.conflicts).toEqual([]);
  });

  it('compares the size of a change with another change only ("cut by 98 percent" / "capped at 3.67 percent")', () => {
    const DEAL = 'The deal was signed in Vienna on Tuesday.';
    const s = story(`${DEAL} The deal limits the uranium stockpile of Kestrel by 98 percent, the ministry said.`, `${DEAL} The deal limits the uranium stockpile of Kestrel at 3.67 percent, the ministry said.`, ['2024-07-02', '2024-07-02']);
    expect(s.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
    const both = story(`${DEAL} The deal limits the uranium stockpile of Kestrel by 98 percent, the ministry said.`, `${DEAL} The deal limits the uranium stockpile of Kestrel by 90 percent, the ministry said.`, ['2024-07-02', '2024-07-02']);
    expect(both.conflicts.filter((c) => c.kind === 'number')).toHaveLength(1);
  });

  it('compares the value a change started from with another starting value only', () => {
    const LOANS = 'The Senate failed to reach a compromise on student loans by the July 1 deadline.';
    const rates = (a: string, b: string) => story(`${LOANS} ${a}`, `${LOANS} ${b}`, ['2024-07-02', '2024-07-02']).conflicts.map((c) => c.description);
    // The rate it rose to is no rival for the rate it rose from: 3.4 against 4.3, not 6.8 against 4.3.
    expect(rates('Interest rates on student loans doubled on Monday to 6.8% from 3.4% - after the vote failed.', 'Interest rates on student loans doubled on Monday from 4.3 percent after the vote failed.')).toEqual([
      'Harbour Gazette gives 3.4% where Valley Courier gives 4.3 percent',
    ]);
  });

  it('finds none between bounds ("will exceed $1 trillion")', () => {
    const DEAL = 'Congressional negotiators reached a budget deal on Tuesday to avert a shutdown.';
    const spending = (a: string, b: string) => story(`${DEAL} Aides said the deal sets spending ${a} over the next two years.`, `${DEAL} Aides said the deal sets spending ${b} over the next two years.`, ['2024-06-14', '2024-06-14']).conflicts;
    expect(spending('that will exceed $1 trillion', 'that will exceed $6 trillion')).toEqual([]);
    expect(spending('of $1 trillion', 'of $6 trillion')).toHaveLength(1);
  });

  it('finds none between a bound of a range and a count', () => {
    const COURT = 'The harbour captain was convicted of manslaughter over the capsizing of the Halden ferry.';
    const sentence = (b: string) => story(
      `${COURT} A jury sentenced the captain to 10 years in prison on Wednesday.`,
      `${COURT} A jury sentenced the captain to ${b} in prison on Wednesday.`,
      ['2024-06-14', '2024-06-14'],
    ).conflicts.filter((c) => c.kind === 'number');
    expect(sentence('anywhere from two years to life')).toEqual([]);
    expect(sentence('between two years and life')).toEqual([]);
    expect(sentence('two years')).toHaveLength(1);
  });

  it('finds none between a share of each and a count, a possibility or a need and what happened, or a figure denied', () => {
    expect(numbers('Attackers struck three oil tankers in each port of the Gulf of Oman on Thursday, the navy said.')).toEqual([]);
    expect(numbers('Attackers could have struck six oil tankers in the Gulf of Oman on Thursday, the navy said.')).toEqual([]);
    expect(numbers('Attackers needed to strike six oil tankers in the Gulf of Oman on Thursday, the navy said.')).toEqual([]);
    expect(numbers('Attackers struck tankers in the Gulf of Oman on Thursday, potentially hitting six oil tankers, the navy said.')).toEqual([]);
    expect(numbers('A poll on Thursday said attackers struck six oil tankers in the Gulf of Oman, the navy said.')).toEqual([]);
    expect(numbers('Attackers did not strike six oil tankers in the Gulf of Oman on Thursday, the navy said.')).toEqual([]);
    expect(numbers('Attackers struck six oil tankers in the Gulf of Oman on Thursday, the navy said.')).toHaveLength(1);
  });

  it('reads a conversion in brackets as the figure before it ("about 30 kilometers (20 miles)")', () => {
    const s = story(
      `${GULF} Attackers struck a tanker about 30 kilometers (20 miles) off the Gulf of Oman coast on Thursday, the navy said.`,
      `${GULF} Attackers struck a tanker 35 kilometers (22 miles) off the Gulf of Oman coast on Thursday, the navy said.`,
      ['2024-06-14', '2024-06-14'],
    );
    expect(s.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('finds none between the distances of two places, but one between two for one place', () => {
    const where = (a: string, b: string) => story(
      `${BASE} Police surrounded a farmhouse in ${a} northeast of Port Kestrel on Friday, officials said.`,
      `${BASE} Police surrounded a farmhouse in ${b} northeast of Port Kestrel on Friday, officials said.`,
      ['2024-05-20', '2024-05-20'],
    ).conflicts.filter((c) => c.kind === 'number');
    expect(where('Ellerby, about 90 miles', 'Harwick, 25 miles')).toEqual([]);
    expect(where('Ellerby, about 90 miles', 'Ellerby, 25 miles')).toHaveLength(1);
  });

  it('finds none when the other figure is in the same sentence, though in another claim of it', () => {
    const served = story(
      `${BASE} Captain Mira Holt is respected for serving the ferry line for eight years.`,
      `${BASE} Captain Mira Holt served eight years as master of the ferry line after 36 years as a pilot in Port Kestrel.`,
      ['2024-05-20', '2024-05-20'],
    );
    expect(served.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('adds up the parts a claim lists ("one count of … and one count of …") before comparing', () => {
    const charged = (b: string) => story(
      `${BASE} Captain Mira Holt was charged in a two-count criminal complaint filed in Port Kestrel court with negligence and with endangering passengers.`,
      `${BASE} Captain Mira Holt was charged with ${b}.`,
      ['2024-05-20', '2024-05-20'],
    ).conflicts.filter((c) => c.kind === 'number');
    expect(charged('one count of negligence and one count of endangering passengers')).toEqual([]);
    expect(charged('three counts of negligence and endangering passengers')).toHaveLength(1);
  });

  it('finds none between counts over different stretches of time, one between counts over the same', () => {
    const pardons = (a: string, b: string) => story(`${GULF} ${a}`, `${GULF} ${b}`, ['2024-06-14', '2024-06-14']).conflicts.filter((c) => c.kind === 'number');
    expect(pardons('The governor granted only one commutation of a drug sentence in his first term.', 'The governor granted only ten commutations of drug sentences in more than five years in office.')).toEqual([]);
    expect(pardons('The governor granted only two commutations of drug sentences in his first term.', 'The governor granted only three commutations of drug sentences in his first term.')).toHaveLength(1);
  });

  it('compares shares only of one named thing', () => {
    const VOTE = 'Ann Vale won the Halden mayoral race on Tuesday.';
    const shares = (a: string, b: string) => story(`${VOTE} ${a}`, `${VOTE} ${b}`, ['2024-06-14', '2024-06-14']).conflicts.filter((c) => c.kind === 'number');
    const said = (share: string) => `Vale, a former harbour engineer, won the mayoral race against Tom Reyes ${share}, the county election office said.`;
    expect(shares(said('with 60 percent of the vote'), said('with 55 percent of the vote'))).toHaveLength(1);
    expect(shares(said('by 0.4 percent of the votes cast'), said('with 100 percent of precincts reporting'))).toEqual([]);
    expect(shares(said('and a majority of voters (54 percent)'), said('with 59 percent of voters'))).toEqual([]);
  });

  it('still finds two running totals that disagree', () => {
    const a = story(`${GULF} Attackers have struck six oil tankers in the Gulf of Oman since May, the navy said.`, `${GULF} Attackers have struck five oil tankers in the Gulf of Oman since May, the navy said.`, ['2024-06-14', '2024-06-14']);
    expect(a.conflicts.filter((c) => c.kind === 'number')).toHaveLength(1);
  });
});

describe('compound durations', () => {
  it('are one duration: "8 minutes, 46 seconds" does not give 46 seconds against "around 300 seconds"', () => {
    const a = 'The officer knelt on his neck for 8 minutes, 46 seconds, the complaint said.';
    const b = 'The officer knelt on his neck for around 300 seconds, the complaint said.';
    const s = story(`${BASE} ${a}`, `${BASE} ${b}`, ['2024-05-20', '2024-05-20']);
    expect(s.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });
});

describe('figures that are points in time', () => {
  it('are not counts: "three years ago" and "four years ago" do not conflict', () => {
    const s = story(`${BASE} Three years ago, Captain Mira Holt ran the ferry aground near Port Kestrel.`, `${BASE} Four years ago, Captain Mira Holt ran the ferry aground near Port Kestrel.`, ['2024-05-20', '2024-05-20']);
    expect(s.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('are not counts: "15 months from now" is no length to hold against "six months"', () => {
    const s = story(
      `${BASE} After a mere six months as harbour master, Mira Holt is leaving the Port Kestrel job.`,
      `${BASE} Mira Holt, the Port Kestrel harbour master, faces an election a mere 15 months from now.`,
      ['2024-05-20', '2024-05-20'],
    );
    expect(s.conflicts.filter((c) => c.kind === 'number')).toEqual([]);
  });
});

describe('a fact with many figures', () => {
  const found = (fact: string, a: number, b: number, unit = 'delegate'): Found => ({
    kind: 'number', fact, description: '', confidence: 0.8, sides: [],
    join: { keys: [`${a} exact ${unit}`, `${b} exact ${unit}`], shown: [`${a}`, `${b}`], verbs: [['gives', 'give'], ['gives', 'give']] },
  });

  it('is a topic: five values of one unit or more drop its number conflicts, fewer keep them', () => {
    const topic = [found('f4', 81, 3), found('f4', 81, 19), found('f4', 81, 24), found('f4', 81, 30)];
    const fact = [found('f9', 12, 16, 'officer'), found('f9', 12, 2, 'officer')];
    expect(withoutTopics([...topic, ...fact])).toEqual(fact);
    expect(withoutTopics(topic.slice(0, 3))).toHaveLength(3);
  });
});
