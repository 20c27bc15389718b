import { describe, expect, it } from 'vitest';
import { annotateTexts, mentionsOf } from './fixture.js';

const typeOf = (text: string, name: string) => mentionsOf(annotateTexts(text).articles[0], name)[0]?.type;

describe('entity types', () => {
  // [text, name, type]: the words of the name or around it say what it is.
  it.each([
    ['Adultery is a crime under the Uniform Code of Military Justice.', 'Uniform Code of Military Justice', 'other'],
    ['He wrote the Harbour Pilotage Manual in 2006.', 'Harbour Pilotage Manual', 'other'],
    ['Bill Clinton spoke in Ellerby on Monday.', 'Bill Clinton', 'person'],
    ['Hurricane Edda hit the coast on Monday.', 'Hurricane Edda', 'other'],
    ['Crowds danced at the Love Parade on Saturday.', 'Love Parade', 'other'],
  ])('a code, a manual or a storm is no person; a given name that is also a word is no bill: %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it.each([
    ['He chairs the House Committee on Homeland Security, aides said.', 'Homeland Security'],
    ['He stayed at the Ecuadorian Embassy in London.', 'Ecuadorian Embassy'],
    ['Jeff Zucker, president of CNN Worldwide, spoke.', 'CNN Worldwide'],
    ['The suit was joined by Gannett Co. on Monday.', 'Gannett Co.'],
    ['Lawyers at Ballard Spahr LLP filed it.', 'Ballard Spahr LLP'],
    ['Sanctions hit Kestrel Energy PJSC and Halden Werke AG on Monday.', 'Kestrel Energy PJSC'],
    ['Sanctions hit Kestrel PJSC on Monday.', 'Kestrel PJSC'],
    ['The Islamic State of Iraq attacked Mosul in June.', 'Islamic State of Iraq'],
    ['The case went to the D.C. Circuit on Monday.', 'D.C. Circuit'],
    ['The Red Cross visited him in prison.', 'Red Cross'],
    ['The tap began in 2002, Der Spiegel reported.', 'Der Spiegel'],
    ['The State Department declined, Reuters reported on Thursday.', 'Reuters'],
    ['The criticism ran in Harbour Review Online on Friday.', 'Harbour Review Online'],
    ['The Kestrel Allgemeine Zeitung agreed on Monday.', 'Kestrel Allgemeine Zeitung'],
    ['YouTube and Twitter removed the videos.', 'YouTube'],
    ['Shares of Morgan Stanley fell on Monday.', 'Morgan Stanley'],
    ['Amnesty International said the protesters were beaten.', 'Amnesty International'],
    ['The arrests were reported by Tasnim on Sunday.', 'Tasnim'],
    ['On Monday, Republicans disagreed with the plan.', 'Republicans'],
  ])('a ministry\'s field, an embassy, an acronym first, a company or court word, a known body make an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it.each([
    ['Protesters gathered outside Kestrel Tower on Monday.', 'Kestrel Tower'],
    ['She visited East Germany in 1989.', 'East Germany'],
    ['Buckingham Palace said the Queen was saddened.', 'Buckingham Palace'],
    ['Crowds gathered at the Brandenburg Gate on Monday.', 'Brandenburg Gate'],
    ['Relations in the Western Hemisphere changed.', 'Western Hemisphere'],
    // "Charlotte" is also a given name: "City of" and a state after the comma make the town.
    ['The City of Charlotte said one person had been shot.', 'City of Charlotte'],
    ['Protests erupted in Charlotte, North Carolina, on Tuesday.', 'Charlotte'],
    // A city of the gazetteer (GeoNames, 150,000 people or more).
    ['Mourners gathered in Christchurch on Saturday.', 'Christchurch'],
    ['Fires spread near Santa Rosa on Monday.', 'Santa Rosa'],
    // A head word of a settlement or a camp.
    ['Ann Vale, of Kestrel Township in New Jersey, was a medic.', 'Kestrel Township'],
    ['Climbers at Halden Base Camp were buried by the avalanche.', 'Halden Base Camp'],
    ['Police in San Bruno said the shooter had a grudge.', 'San Bruno'],
    ['Troops fought at San Juan Hill in 1898.', 'San Juan Hill'],
    ['Gunfire was heard in Varesk Heights overnight.', 'Varesk Heights'],
    ['Looters hit the Halden Square Mall on Monday.', 'Halden Square Mall'],
  ])('a place word, a point of the compass before a country, "City of" or a state after the comma make a place: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });

  it.each([
    ['The Baltimore Orioles announced the game would be closed to the public.', 'Baltimore Orioles'],
    ['The Chicago White Sox lost on Monday.', 'Chicago White Sox'],
    ['The Kansas City Chiefs won the title.', 'Kansas City Chiefs'],
    ['A source within Major League Baseball said so.', 'Major League Baseball'],
  ])('a town or region, then the plural of a word, is a team; a league is an organisation: %s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('an outlet named with its article is an organisation ("told The Hill")', () => {
    expect(typeOf('Ann Vale, a lawyer, told The Hill. “This is an indication that it will not end soon.”', 'The Hill')).toBe('organization');
  });

  it('a given name, then a word that heads companies\' names, is a person ("Samantha Power"); a plural head word is not ("Tyson Foods")', () => {
    expect(typeOf('The president nominated former aide Samantha Power on Monday.', 'Samantha Power')).toBe('person');
    expect(typeOf('Michael Steel, a spokesman, said so.', 'Michael Steel')).toBe('person');
    expect(typeOf('Tyson Foods said it would recall the product.', 'Tyson Foods')).toBe('organization');
    expect(typeOf('Westshire Power said it would raise prices.', 'Westshire Power')).toBe('organization');
  });

  it('a person named after a town stays a person ("London Breed", "Dallas Jones")', () => {
    expect(typeOf('London Breed said the city would reopen.', 'London Breed')).toBe('person');
    expect(typeOf('Dallas Jones said the city would reopen.', 'Dallas Jones')).toBe('person');
  });

  it('a one-word name is a person when a heading names someone of that surname', () => {
    expect(typeOf('The harbour deal was signed on Tuesday.\n\nDefence Secretary nominee Ann Velloran\n\nVelloran said the alliance was vital to the country.', 'Velloran')).toBe('person');
    expect(typeOf('The harbour deal was signed on Tuesday. Velloran said the alliance was vital to the country.', 'Velloran')).not.toBe('person');
  });

  it('a surname or given name that is also a town is the person ("Hamilton", "Stanley": Bermuda\'s and the Falklands\' capitals)', () => {
    expect(typeOf('Lewis Hamilton won the race. Hamilton said it was hard.', 'Hamilton')).toBe('person');
    expect(typeOf('The minister left early. Later, Stanley said he was tired.', 'Stanley')).not.toBe('place');
  });

  it('a news outlet of the starter table is an organisation ("Business Insider", "PBS NewsHour", "The Hill"), not a person', () => {
    expect(typeOf('Business Insider reported the deal on Monday.', 'Business Insider')).toBe('organization');
    expect(typeOf('Several employees lost their jobs, the Austin American Statesman reports.', 'Austin American Statesman')).toBe('organization');
    expect(typeOf('The interview first aired on PBS NewsHour on Monday.', 'PBS NewsHour')).toBe('organization');
    expect(typeOf('The Hill reported the deal on Monday.', 'Hill')).toBe('organization');
    expect(typeOf('Anita Hill reported the deal on Monday.', 'Anita Hill')).toBe('person');
  });

  it('a name ending in an event or document word is no organisation; one word after a title is a person', () => {
    expect(typeOf('The Kestrel Council Resolution says the quay is closed.', 'Kestrel Council Resolution')).toBe('other');
    expect(typeOf('Harbour Party Conference delegates left early.', 'Harbour Party Conference')).toBe('other');
    expect(typeOf('Sheriff Tackitt said the gunman fled.', 'Tackitt')).toBe('person');
    expect(typeOf('The Organization of Harbour States met.', 'Organization of Harbour States')).toBe('organization');
  });

  it('company-typed-person: a plural or -ing last word makes an organisation', () => {
    expect(typeOf('Shares in Voltera Recycling fell on Monday.', 'Voltera Recycling')).toBe('organization');
    expect(typeOf('The ferry belonged to Halden Lake Lines, officials said.', 'Halden Lake Lines')).toBe('organization');
    expect(typeOf('Members of Harbourton Clean Air Parents marched.', 'Harbourton Clean Air Parents')).toBe('organization');
  });

  it('company-words: rail, radio and wire names are organisations', () => {
    expect(typeOf('Trains run by Westshire Rail were cancelled.', 'Westshire Rail')).toBe('organization');
    expect(typeOf('She told Radio Halden on Sunday that she was safe.', 'Radio Halden')).toBe('organization');
  });

  it('a given name makes a person, even with a plural surname', () => {
    expect(typeOf('The report was written by Maureen Roberts last year.', 'Maureen Roberts')).toBe('person');
  });

  it('place-prefix: "Lake Varesk" and "Port Halden" are places', () => {
    expect(typeOf('The ferry sank on Lake Varesk near the town.', 'Lake Varesk')).toBe('place');
    expect(typeOf('The ferry left Port Halden at noon.', 'Port Halden')).toBe('place');
  });

  it('place-prefix with "of", bases, ships and endowments: not people', () => {
    expect(typeOf('Tankers crossed the Strait of Varesk on Monday.', 'Strait of Varesk')).toBe('place');
    expect(typeOf('Troops at Halden Air Base were put on alert.', 'Halden Air Base')).toBe('place');
    expect(typeOf('The frigate HMS Kestrel sailed at dawn.', 'HMS Kestrel')).toBe('other');
    expect(typeOf('A fellow at the Halden Endowment said so.', 'Halden Endowment')).toBe('organization');
    expect(typeOf('The story was first reported by the Kestrel Herald on Monday.', 'Kestrel Herald')).toBe('organization');
  });

  it('inner-function-word: "Skies Over Kestrel" is a group, not a person', () => {
    expect(typeOf('The campaign group Skies Over Kestrel welcomed it.', 'Skies Over Kestrel')).toBe('organization');
  });
});
