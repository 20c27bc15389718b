import { describe, expect, it } from 'vitest';
import { annotateTexts } from './fixture.js';
import { compatible } from './numbers.js';

const numbers = (text: string) => annotateTexts(text).articles[0].numbers.map((n) => [n.value, n.counts, text.slice(n.start, n.end)]);

describe('findNumbers', () => {
  it('counts the last noun of a compound: "two oil tankers" counts tankers', () => {
    expect(numbers('Attackers struck two oil tankers near the coast.')).toEqual([[2, 'tanker', 'two oil tankers']]);
  });

  it('gives figures joined by "and" or commas the thing the last one counts: "28 and 24 delegates"', () => {
    expect(numbers('Halden and Kestrel have 28 and 24 delegates at stake.').map((n) => n[1])).toEqual(['delegate', 'delegate']);
    expect(numbers('The towns lost 12, 15 and 20 boats.').map((n) => n[1])).toEqual(['boat', 'boat', 'boat']);
    expect(numbers('Vale won 28 and lost 24 games.').map((n) => n[1])).toEqual([null, 'game']);
  });

  it('reads "two dozen" and "nearly two-dozen" as 24', () => {
    expect(numbers('The mayor signed two dozen harbour orders.')).toEqual([[24, 'order', 'two dozen harbour orders']]);
    expect(numbers('The mayor signed nearly two-dozen orders.').map((n) => n[0])).toEqual([24]);
  });

  it('reads "half a dozen" as six', () => {
    expect(numbers('He has undergone half a dozen background checks.')).toEqual([[6, 'check', 'half a dozen background checks']]);
  });

  it('takes a hyphen glued to a figure, not a dash set off by spaces', () => {
    expect(numbers('Rates rose to 6.8% from 3.4% - after the vote failed.').map((n) => n[2])).toEqual(['6.8%', '3.4%']);
    expect(numbers('It was a 90-minute call.').map((n) => n[2])).toEqual(['90-minute']);
  });

  it('reads past a participle to its noun: "23 seriously wounded soldiers" counts soldiers', () => {
    expect(numbers('The blast left 23 seriously wounded soldiers.')[0]).toEqual([23, 'soldier', '23 seriously wounded soldiers']);
    expect(numbers('Of those asked, 32 percent blamed congressional Democrats.')[0]).toEqual([32, null, '32 percent']);
  });

  it('counts the noun after a run of names: "three Central Texas schools" counts schools', () => {
    expect(numbers('Three Central Texas schools were closed.')[0]).toEqual([3, 'school', 'Three Central Texas schools']);
    expect(numbers('The hospital has room for two Ebola patients.')[0]).toEqual([2, 'patient', 'two Ebola patients']);
  });

  it('stops at a unit of time or money inside a run of nouns', () => {
    expect(numbers('The talks lasted 90 minutes Tuesday.')[0]).toEqual([90, 'minute', '90 minutes']);
    expect(numbers('Rescuers pulled 40 people from the water.')[0]).toEqual([40, 'people', '40 people']);
  });

  it('reads hyphenated number words: "Ninety-five percent" is 95', () => {
    expect(numbers('Ninety-five percent of the ballots were counted.')[0]).toEqual([95, null, 'Ninety-five percent']);
  });

  it('ends a percentage before a verb: "32 percent blamed Democrats" counts no Democrats', () => {
    expect(numbers('Of those asked, 32 percent blamed congressional Democrats.')[0]).toEqual([32, null, '32 percent']);
  });

  it('reads a range as a floor and a ceiling: "between seven and nine years", "10 to 99 years"', () => {
    const bounds = (text: string) => annotateTexts(text).articles[0].numbers.map((n) => `${n.value} ${n.unit} ${n.bound}`);
    expect(bounds('Prosecutors sought between seven and nine years in prison.')).toEqual(['7 year min', '9 year max']);
    expect(bounds('Doctors could face 10 to 99 years in prison.')).toEqual(['10 year min', '99 year max']);
    expect(bounds('The vote was 31-17 and 12 people left.')).toEqual(['31 null exact', '17 null exact', '12 people exact']);
    expect(bounds('The region got 15-20 inches of rain.')).toEqual(['15 inch min', '20 inch max']);
    expect(bounds('The court ruled 5 to 4 on Monday.').map((b) => b.split(' ').at(-1))).toEqual(['exact', 'exact']);
  });

  it('leaves number words inside names, and stops what a figure counts at the next figure', () => {
    expect(numbers('He spoke aboard Air Force Two on Monday.')).toEqual([]);
    expect(numbers('Smollett, 29, said that two apparent supporters struck him.')).toEqual([[29, null, '29'], [2, 'supporter', 'two apparent supporters']]);
  });

  it('lets the less precise figure round the other: "8 percent" fits "8.1%", "$2 billion" does not fit "$2.65 billion"', () => {
    const [a, b, c, d] = annotateTexts('Energy loses 8 percent. Energy loses 8.1% in all. It costs $2 billion. It costs $2.65 billion.').articles[0].numbers;
    expect(compatible(a, b)).toBe(true);
    expect(compatible(c, d)).toBe(false);
  });
});
