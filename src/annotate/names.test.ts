import { describe, expect, it } from 'vitest';
import { annotateTexts, mentionsOf } from './fixture.js';

const one = (text: string) => annotateTexts(text).articles[0];
const names = (text: string) => one(text).entities.filter((m) => m.form === 'name').map((m) => `${m.text}:${m.type}`);

describe('names', () => {
  it('stop-after-name: "lawmaker Tina Mo. Protesters marched" ends the name at the stop; "Gov.", "Jr.", "St." go on', () => {
    expect(names('The wounds are still bleeding,” said lawmaker Tina Mo. Protesters marched on Sunday.')).toContain('Tina Mo:person');
    expect(names('Ohio Gov. Tom Vale spoke at the Martin Luther King Jr. Day parade in St. Louis.')).toEqual(expect.arrayContaining(['Tom Vale:person', 'Martin Luther King Jr. Day:other', 'St. Louis:place']));
  });

  it('a country whose name opens with its nationality keeps it: "the Czech Republic"', () => {
    expect(names('Lithuania and the Czech Republic said they would expel three diplomats.')).toEqual(['Lithuania:place', 'Czech Republic:place']);
  });

  it('after a dateline a word opens its sentence: "HALDEN (AP) — Working to calm the town, Mayor Tom Vale …"', () => {
    expect(names('HALDEN (AP) — Working to calm the town, Mayor Tom Vale will visit the quay this week.')).toEqual(['Tom Vale:person']);
  });

  it('a hyphenated surname that speaks is one name: "Ocasio-Cortez said"', () => {
    expect(names('Rep. Ann Ocasio-Ruiz will vote against it. Ocasio-Ruiz said she would not back the package.')).toEqual(['Ann Ocasio-Ruiz:person', 'Ocasio-Ruiz:person']);
    expect(names('Some 56 percent of Cuban-Americans polled said they would vote.').every((n) => !n.startsWith('-'))).toBe(true);
  });

  it('a title word after a given name is a surname: "Rep. Tom King of Halden" is Tom King, from Halden; "King Abdullah of Jordan" stays a king', () => {
    expect(names('Rep. Tom King of Halden took a similar stance.')[0]).toBe('Tom King:person');
    expect(names('King Abdullah of Jordan met him.')).not.toContain('Abdullah of Jordan:person');
  });

  it('a given name before a place word is a person when the name speaks: "John Park, director … Park said"', () => {
    expect(names('Tom Park, director of the Halden Working Group, said the fines were weak. Park said more.')).toEqual(['Tom Park:person', 'Halden Working Group:organization', 'Park:person']);
  });

  it('a rank alone is no name: "according to Rear Adm, Tom Vale," names Tom Vale only', () => {
    expect(names('The strikes hit the quay, according to Rear Adm, Tom Vale, the navy press secretary.')).toEqual(['Tom Vale:person']);
  });

  it('title-then-plural-surname: "Mayor Tamsin Lowe Fields" is a person though "Fields" reads as a plural; "General Motors" stays a company', () => {
    expect(names('Mayor Tamsin Lowe Fields said the harbour would reopen. General Motors said it would close the plant. The General Workers Union agreed.')).toEqual(['Tamsin Lowe Fields:person', 'General Motors:organization', 'General Workers Union:organization']);
  });

  it('patrol: "Halden State Patrol" and "Border Patrol" are organisations, not a person called Patrol', () => {
    expect(names('The Halden State Patrol said it had arrested 40 people. Border Patrol agents were there.')).toEqual(['Halden State Patrol:organization', 'Border Patrol:organization']);
    expect(one('Spy satellites saw missiles moved to a patrol boat.').entities.map((m) => m.text)).not.toContain('patrol');
  });

  it('for-in-name: "Halden Endowment for Coastal Peace" and "Centers for Harbour Safety" are one name each', () => {
    const art = annotateTexts('A fellow of the Halden Endowment for Coastal Peace said so. The Centers for Harbour Safety agreed.').articles[0];
    expect(art.entities.map((m) => m.text)).toEqual(expect.arrayContaining(['Halden Endowment for Coastal Peace', 'Centers for Harbour Safety']));
  });

  it('portfolio-title: "Minister of Communication and Information Technology Marta Kessel" is Marta Kessel', () => {
    const text = 'Also Monday, the Minister of Communication and Information Technology Marta Kessel denied the reports.';
    const art = one(text);
    expect(names(text)).toContain('Marta Kessel:person');
    expect(mentionsOf(art, 'Marta Kessel')[0]?.roles.join(' ')).toMatch(/minister of communication and information technology/);
  });

  it('prefixes: everyday words or grammar before a given name are no part of the name; a name that opens with a given name keeps its title word', () => {
    const names = (text: string) => one(text).entities.filter((m) => m.type === 'person').map((m) => m.text);
    expect(names('Will Tara Reade testify before the committee, senators asked.')).toEqual(['Tara Reade']);
    expect(names('Republicans Susan Collins and Lisa Murkowski voted against the bill.')).toEqual(['Susan Collins', 'Lisa Murkowski']);
    expect(names('Martin Luther King Jr. marched in Selma.')).toEqual(['Martin Luther King Jr.']);
    expect(names('Syed Rizwan Farook opened fire.')).toEqual(['Syed Rizwan Farook']);
    // Particles inside a name, and the surname after them alone, though "canal" is a place word.
    expect(names('Crowds gathered, as Nick de la Canal of member station WFAE reports. The video spread, de la Canal says.')).toEqual(['Nick de la Canal', 'Canal']);
    expect(names('Vincent van Gogh painted it.')).toEqual(['Vincent van Gogh']);
    // An abbreviated month is no name.
    expect(one('On Jan. 4 the mayor spoke.').entities.map((m) => m.text)).not.toContain('Jan.');
    // A person's plural possessive ends the name; a title in the plural is a title.
    expect(names("Scott Gilbert, Gross' Maryland lawyer, spoke.")).toEqual(['Scott Gilbert']);
    expect(mentionsOf(one('Relations thawed after Presidents Clinton and Bush tried.'), 'Clinton')[0]?.roles).toEqual(['presidents']);
    // The tagger reads "Ted" at the start of a sentence as a verb.
    expect(names('Ted Cruz spoke in Houston on Monday.')).toEqual(['Ted Cruz']);
    // A town and a title before a given name: the title is a role, the name starts at the given name.
    expect(names('Charlotte Mayor Jennifer Roberts asked for calm.')).toEqual(['Jennifer Roberts']);
    expect(mentionsOf(one('Charlotte Mayor Jennifer Roberts asked for calm.'), 'Jennifer Roberts')[0]?.roles).toEqual(['charlotte mayor']);
    expect(one('After Moon met the envoy, talks resumed.').entities.filter((m) => m.form === 'name').map((m) => m.text)).toEqual(['Moon']);
  });

  it('open-title: "Director of National Intelligence James R. Clapper" is James R. Clapper, the rest of the title a role', () => {
    const art = one('The panel heard Director of National Intelligence James R. Clapper on Monday.');
    expect(art.entities.filter((m) => m.type === 'person').map((m) => [m.text, m.roles])).toEqual([['James R. Clapper', ['director of national intelligence']]]);
  });

  it('apposition-roles: a clause or a quotation after the comma gives the name no role', () => {
    const art = one('"That was Tomas Kell," the New York congressman told reporters. The letter was sent to Ana Ruiz, a senior defense official said. Lena Ost, the harbour commissioner, agreed.');
    expect(mentionsOf(art, 'Tomas Kell')[0]?.roles).toEqual([]);
    expect(mentionsOf(art, 'Ana Ruiz')[0]?.roles).toEqual([]);
    expect(mentionsOf(art, 'Lena Ost')[0]?.roles).toContain('commissioner');
  });

  it('abbreviated-titles: "Maj. Gen. Tomas Kell" and "the Rev. Al Marten" are people, the titles roles', () => {
    const text = 'Maj. Gen. Tomas Kell arrived. "It is over," said the Rev. Al Marten.';
    const art = one(text);
    expect(names(text)).toEqual(['Tomas Kell:person', 'Al Marten:person']);
    expect(mentionsOf(art, 'Tomas Kell')[0]?.roles).toEqual(['maj. gen.']);
    expect(mentionsOf(art, 'Al Marten')[0]?.roles).toEqual(['rev.']);
  });

  it('group-adjective-run: "Sunni Gulf Arab allies" is no name, "Mohammed Sunni spoke" is', () => {
    const found = names("The visit may reassure Washington's Sunni Gulf Arab allies. Mohammed Sunni spoke later.");
    expect(found.some((n) => n.startsWith('Sunni Gulf Arab'))).toBe(false);
    expect(found).toContain('Mohammed Sunni:person');
  });

  it('local-office-title: "City Councilwoman Barbara Henley" is Barbara Henley', () => {
    expect(names('The order came, according to City Councilwoman Barbara Henley, on Friday.')).toContain('Barbara Henley:person');
  });

  it('organisation-before-person: "to the United Nations Nikki Haley" is Nikki Haley; "Jimmy Carter Presidential Library" stays whole', () => {
    const text = 'The Ambassador to the United Nations Nikki Haley walked out. NBC News Chuck Todd asked. The Jimmy Carter Presidential Library opened.';
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(['Nikki Haley:person', 'Chuck Todd:person']));
    expect(mentionsOf(one(text), 'Nikki Haley')[0]?.roles).toContain('united nations');
    expect(found.some((n) => n.startsWith('Jimmy Carter Presidential Library'))).toBe(true);
  });

  it('a given name inside an organisation\'s name does not open a person\'s ("the San Jose Harbour News")', () => {
    expect(names('It ran in the San Jose Harbour News on Monday.')).toContain('San Jose Harbour News:organization');
  });

  it('known-organisation-with-nationality: "the American Civil Liberties Union" keeps its name; "CNN Supreme Court Producer Ann Vale" is Ann Vale', () => {
    expect(names('The American Civil Liberties Union said it would sue.')).toContain('American Civil Liberties Union:organization');
    expect(names('The changes were needed, Harbour Radio Court Producer Ann Vale reported.')).toContain('Ann Vale:person');
  });

  it('honorific-and-company-word: "Ms. Power" and a later "Power" are Samantha Power', () => {
    const art = one('Samantha Power spoke on Monday. Ms. Power said it was an honour. "It is an honour," Power said.');
    expect(art.entities.filter((m) => m.text.endsWith('Power')).map((m) => `${m.type}:${m.entity}`)).toEqual(['person:samantha power', 'person:samantha power', 'person:samantha power']);
  });

  it('and-in-organisation: "the House Ways and Means Committee" is one name, its first word no head of its own', () => {
    expect(names('The House Ways and Means Committee said it would sue.')).toContain('House Ways and Means Committee:organization');
    expect(names('Halden President Tomas Vardo and Harbour Authority President Ann Vale urged him to visit.')).toEqual(['Tomas Vardo:person', 'Ann Vale:person']);
    expect(names('The contract between HPRA and Whitefish Energy is large.')).toEqual(['HPRA:organization', 'Whitefish Energy:organization']);
  });

  it('may-surname: "Theresa May" is a name, "in May 2016" a month', () => {
    expect(names('Prime Minister Theresa May said the country would leave. He arrived in May 2016.')).toEqual(['Theresa May:person']);
  });

  it('long-title: "House Minority Whip Steny Vale" is Steny Vale', () => {
    expect(names('House Minority Whip Steny Vale (D-Md.) said he would vote for the bill.')).toContain('Steny Vale:person');
  });

  it('title-possessive-office: "the County Sheriff’s Department" and "the District Attorney’s Office" are one organisation each, and so is "the Medical Examiner’s Office" (not a person’s office)', () => {
    const found = names('The Halden County Sheriff’s Department said two deputies were hurt. Ann Vale of the Halden District Attorney’s Office spoke.');
    expect(found).toEqual(expect.arrayContaining(['Halden County Sheriff’s Department:organization', 'Halden District Attorney’s Office:organization']));
    expect(names("The Fulton County Medical Examiner's Office said the cause was drowning. Mayor Ann Vale’s Office said nothing.")).toEqual(["Fulton County Medical Examiner's Office:organization", 'Ann Vale:person', 'Office:organization']);
    expect(found).not.toContain('Office:organization');
  });

  it('calendar-opener: "Late Friday", "Early Monday" open no name; a given name or a place before a day still does', () => {
    expect(names('Late Friday afternoon, the chief resigned. Early Monday the storm hit the harbour.')).toEqual([]);
    expect(names('Pope Francis met Theresa May on Monday.')).toEqual(expect.arrayContaining(['Theresa May:person']));
  });

  it('nationality-then-organisation: "The U.K. Foreign Office" and "the US State Department" keep their names', () => {
    const found = names('The U.K. Foreign Office said so. The US State Department agreed. U.S. President Donald Trump spoke.');
    expect(found).toEqual(expect.arrayContaining(['Foreign Office:organization', 'State Department:organization', 'Donald Trump:person']));
    expect(found).not.toContain('Office:organization');
  });

  it('party-word-prefix: "Republican Donald Trump" is Donald Trump with the role republican', () => {
    const art = one('The debate was tense. Voters heard Republican Donald Trump and Democrat Hillary Clinton speak.');
    expect(mentionsOf(art, 'Donald Trump')[0]?.roles).toContain('republican');
    expect(mentionsOf(art, 'Hillary Clinton')[0]?.roles).toContain('democrat');
    expect(art.entities.some((m) => /Republican Donald|Democrat Hillary/.test(m.text))).toBe(false);
  });

  it('adjective-opening-sentence: "Rival Hillary Clinton said" names Hillary Clinton', () => {
    const art = one('Rival Hillary Clinton said the plan was reckless.');
    expect(mentionsOf(art, 'Hillary Clinton')[0]?.roles).toContain('rival');
  });

  it('party-word-in-organisation: "the Democratic National Convention" keeps its name', () => {
    expect(names('She spoke at the Democratic National Convention on Monday.')).toContain('Democratic National Convention:other');
  });

  it('a lone party word is not a name ("the Republican front-runner")', () => {
    expect(names('The Republican front-runner spoke in Ohio.')).not.toContain('Republican:other');
  });

  it('dateline-as-speaker: "WASHINGTON (AP) —" is a place', () => {
    expect(names('WASHINGTON (AP) — Donald Trump says he will win the state.')).toContain('WASHINGTON:place');
  });

  it('state-typed-person: US states and large cities are places', () => {
    expect(names('Speaking in Salem, New Hampshire, the governor met voters from New York.')).toEqual(
      expect.arrayContaining(['New Hampshire:place', 'New York:place']),
    );
  });

  it('of-joins-person-and-university: "Leena Okafor of Redmarsh University" is two names', () => {
    expect(names('We spoke to Professor Leena Okafor of Redmarsh University about it.')).toEqual(
      expect.arrayContaining(['Leena Okafor:person', 'Redmarsh University:organization']),
    );
    expect(names('The Bank of England raised rates.')).toContain('Bank of England:organization');
  });

  it('two-companies-joined: "Halden Lake Lines and Voltera Recycling" are two organisations', () => {
    expect(names('Shares in Halden Lake Lines and Voltera Recycling fell.')).toEqual(['Halden Lake Lines:organization', 'Voltera Recycling:organization']);
    expect(names('The Associated Drivers and Train Union (ADTU) called the strike.')).toContain('Associated Drivers and Train Union:organization');
  });

  it('party-members: "Democrats said" opening a sentence names a group', () => {
    expect(names('Democrats said the harbour bill would fail. Tories voted against it.')).toEqual(['Democrats:organization', 'Tories:organization']);
  });

  it('contraction: "I’m", "We’ve", "Don’t" with a curly apostrophe are no names', () => {
    expect(names('“So I’m very concerned,” said Sen. Ann Vale. “We’ve waited. Don’t wait,” she added.')).toEqual(['Ann Vale:person']);
  });

  it('compound-adjective: "Charlotte-based Bank of America" names the bank, not a person called Charlotte-based', () => {
    expect(names('Charlotte-based Bank of America opposed the law.')).toContain('Bank of America:organization');
    expect(names('Other Charlotte-based companies agreed.').some((n) => n.startsWith('Charlotte-based'))).toBe(false);
  });

  it('hyphenated-surname-split: "Bashar al-Assad" and "Ban Ki-moon" are one name each', () => {
    expect(names('Syrian President Bashar al-Assad met Ban Ki-moon in Geneva.')).toEqual(expect.arrayContaining(['Bashar al-Assad:person', 'Ban Ki-moon:person']));
  });

  it('title-in-organisation: "the General Workers\' Union" keeps "General"', () => {
    expect(names("Dev Malhotra of the General Workers' Union spoke.")).toContain("General Workers' Union:organization");
  });

  it('plural-noun-opening-sentence: "Officials said" and "Rescuers pulled" are not names', () => {
    const art = one('Rescuers pulled ten people from the river. Officials said the search would go on.');
    expect(art.entities.filter((m) => m.form === 'name')).toEqual([]);
  });

  it('capitals-headline: a line of capitals is not a name', () => {
    expect(names('AT LEAST TEN KILLED IN BLAST Police said the bomber acted alone.')).toEqual(['Police:organization']);
  });
});
