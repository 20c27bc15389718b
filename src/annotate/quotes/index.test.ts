import { describe, expect, it } from 'vitest';
import { compareStory } from '../../compare.js';
import { annotateTexts, quoteWith, speakerOf } from '../fixture.js';

describe('embedded posts', () => {
  it('a post signed "— Name (@handle) June 28, 2018" is a post by that name, without its link', () => {
    const text = 'Police said five people died.\nThe harbour will reopen soon https://t.co/AbC123 — Mira Holt (@mirahholt) June 28, 2018\nThe gunman was arrested.';
    const art = annotateTexts(text).articles[0];
    const post = quoteWith(art, 'harbour');
    expect(post).toMatchObject({ kind: 'post', speaker: 'Mira Holt', cue: 'posted on X', text: 'The harbour will reopen soon' });
    expect(art.sentences.find((s) => text.slice(s.start, s.end).includes('harbour'))?.embed).toBe(true);
  });

  it('a signed post that is only a link is no quote, and the comparison goes on', () => {
    const text = 'Police said five people died.\npic.twitter.com/AbC123 — Mira Holt (@mirahholt) June 28, 2018\nThe gunman was arrested.';
    expect(annotateTexts(text).articles[0].quotes.filter((q) => q.kind === 'post')).toEqual([]);
    expect(compareStory([{ outlet: 'A', text }, { outlet: 'B', text: 'Police said five people died in the attack.' }]).articles).toHaveLength(2);
  });
});

describe('transcripts', () => {
  it('a paragraph that opens with a speaker label in capitals is that speaker\'s quote; a report label is not', () => {
    const text = 'Mayor Ana Ruiz took questions on Thursday.\nANA RUIZ: What I find interesting is how often this comes up. We handed the harbour over years ago.\nUPDATE: The vote was delayed until Friday.';
    const art = annotateTexts(text).articles[0];
    const turn = quoteWith(art, 'What I find interesting');
    expect(turn).toMatchObject({ kind: 'direct', speaker: 'Ana Ruiz', text: 'What I find interesting is how often this comes up. We handed the harbour over years ago.' });
    expect(quoteWith(art, 'The vote was delayed')).toBeUndefined();
    const myths = annotateTexts('The harbour looks at some myths and facts.\nMYTH: We do not know when the decision will come.\nFACT: It will come after Saturday, according to the mayor.\nMYTH: The quay will close for good.\nFACT: The quay will reopen in June, the mayor said.\nMYTH: The ferry was sold.\nFACT: The ferry is still owned by the town.').articles[0];
    expect(myths.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
    expect(myths.quotes.map((q) => myths.text.slice(q.start, q.end))).toEqual(['It will come after Saturday', 'The quay will reopen in June']);
  });

  it('a label that is the surname of someone named in full is that person ("DEVOS:" after "Betsy DeVos")', () => {
    const text = 'Ann DeVos spoke to Tom Vale of Harbour Radio.\nVALE: Have the schools got better?\nDEVOS: I do not know. Overall, I cannot say that they have all got better.\nVALE: The whole town is not doing well.\nDEVOS: There are lots of pockets where the students are doing well.';
    const { articles } = annotateTexts(text);
    expect(quoteWith(articles[0], 'I do not know')?.speaker).toBe('Ann DeVos');
    expect(quoteWith(articles[0], 'The whole town')?.speaker).toBe('Tom Vale');
  });
});

describe('quote speakers', () => {
  it('opening-phrase-name: the subject next to the cue beats the first name of the clause', () => {
    expect(speakerOf('Speaking at a town hall in Salem, New Hampshire, Trump said the plan was "a disaster for the nation."', 'disaster')).toBe('Trump');
    expect(speakerOf('In a swipe at Republican rival Donald Trump, Clinton said the goal was "to make America whole again."', 'whole')).toBe('Clinton');
  });

  it('"she says" is the woman quoted in the sentence before, named by her given name, not the man whose words she reports', () => {
    const text = 'Radio\'s Alice Vale told Morning Edition that fighters are entrenched in the harbour town.\nThe council is discussing a state of emergency, while Mayor Nouri al-Ruiz is dispatching police to the quay. Al-Ruiz has also said that he\'ll bolster the guards with volunteers, which, Alice says, "many people worry means informal militias, which could deepen this problem."\n\n"But the quay? I doubt he can take that back at the moment," she says.';
    expect(speakerOf(text, 'I doubt he can take')).toBe('Alice Vale');
  });

  it('a participle after "X, a candidate with White House ambitions, is calling …" takes X', () => {
    expect(speakerOf('Governor Rick Perry was indicted. Perry, a 2012 GOP presidential candidate with potential 2016 White House ambitions, is calling the case a farce, saying he and fellow Texans had lost confidence in her.', 'fellow Texans')).toBe('Rick Perry');
  });

  it('apposition: the name before or inside commas speaks', () => {
    expect(speakerOf('Marco Rubio, 44, said the plan was "a gift to our enemies abroad."', 'gift')).toBe('Marco Rubio');
    expect(speakerOf('The firm’s chief executive, Daniel Frey, said the ruling was "a setback we will overcome."', 'setback')).toBe('Daniel Frey');
    expect(speakerOf('Ryan’s spokeswoman, Ann Strong, said the speaker was "focused on the majority."', 'focused')).toBe('Ann Strong');
    expect(speakerOf('Ana Ruiz was convicted. Her attorney, Toby Vale, said the texts were sent “at a whim” by a tired officer.', 'whim')).toBe('Toby Vale');
    expect(speakerOf('The chief executive of the firm, Daniel Frey, said the ruling was "a setback we will overcome."', 'setback')).toBe('Daniel Frey');
    expect(speakerOf("Senator Ann Vale's Office said the ruling was \"a setback we will overcome.\"", 'setback')).toBe('Ann Vale');
  });

  it('pronoun-sex: "she" does not go on with a speaker the sentence before called "he"', () => {
    const text = 'Ana Ruiz shot Tarin Vale in his home. The officer who shot Lee Cole said his fear was real. He stated, “I thought I was going to die that night.” She said she felt “pure fear” when she opened the door.';
    expect(speakerOf(text, 'pure fear')).toBe('Ana Ruiz');
  });

  it('pronoun-outside-quotation: "he" is not a name inside the quotation it attributes', () => {
    const text = 'Earlier on Friday Mike Ruiz alluded to his frustration. “The ferry workers were abandoned by the council. Very unfair to them! It would have been tied to what Tom Vale wanted,” he wrote.';
    expect(speakerOf(text, 'Very unfair')).toBe('Mike Ruiz');
  });

  it('pronoun-person: a surname whose given name tells no sex ("Amber" is also a word) is a person "she" may be', () => {
    const text = 'Amber Stone was convicted. In that case, the officer said his fear was based on the fact that Lee Cole exposed a child to smoke. He stated, “I thought I was going to die.”\n\nMake no mistake, Stone tried the fear defense. She said she felt “pure fear” when she opened the door.';
    expect(speakerOf(text, 'pure fear')).toBe('Amber Stone');
  });

  it('participle: ", calling him …" takes the subject of the main verb', () => {
    expect(speakerOf('Speaking in Salem, New Hampshire, Trump went after Bush, calling him "a total stiff and a loser."', 'stiff')).toBe('Trump');
  });

  it('unnamed-phrase-subject: "the Christie supporter retorted" gives no speaker rather than a place', () => {
    expect(speakerOf('At a town hall in Hudson, New Hampshire, the Christie supporter retorted: "There is a special place in hell."', 'special place')).toBeNull();
  });

  it('progressive-cue: "is telling supporters that “…”" attributes the quote', () => {
    expect(speakerOf('Donald Trump is telling supporters that "when you win, it is beautiful."', 'beautiful')).toBe('Donald Trump');
  });

  it('verb-tagged-noun: "Viguerie notes." attributes the quote', () => {
    expect(speakerOf('Richard Viguerie is a veteran. "He is the one we have waited for since Reagan," Viguerie notes.', 'waited')).toBe('Richard Viguerie');
  });

  it('short-complete-quote: "“It’s fine,” Trump said" is a quote, and the next one continues it', () => {
    const art = annotateTexts('Donald Trump spoke in Salem. "It\'s fine," Trump said of waterboarding. "And much tougher than that is fine."').articles[0];
    expect(quoteWith(art, "It's fine")?.speaker).toBe('Donald Trump');
    expect(quoteWith(art, 'much tougher')?.speaker).toBe('Donald Trump');
  });

  it('cue-in-next-sentence: "“…?” Mr. Clyburn said." attributes the question', () => {
    expect(speakerOf('James Clyburn was angry. "Why was that money sitting in the bank?" Mr. Clyburn said.', 'money')).toBe('James Clyburn');
  });

  it('object-not-speaker: "… and urged the union" does not make the union the speaker', () => {
    expect(speakerOf('Philip Sand said the company had made "a fair and affordable offer" and urged the union to talk.', 'affordable')).toBe('Philip Sand');
  });

  it('pronoun-across-sentences: "For Luca Brandt … “…,” he said"', () => {
    expect(speakerOf('For Luca Brandt, who runs a café, the result is a disaster. "Half my customers come by car," he said.', 'customers')).toBe('Luca Brandt');
  });

  it('pronoun-chain: "he said …. Later, he said …" goes on with the speaker found before, not a person named in between', () => {
    const text = 'Prime Minister Tomas Varga met reporters on Friday. Varga also said he did not discuss the case of banker Xandro Pell, who was arrested in March. But he said the government would review the ban in the coming days. Later, he said the company was "very much in play," and that talks would go on.';
    expect(speakerOf(text, 'very much in play')).toBe('Tomas Varga');
  });

  it('issued-statement: "Teneo issued a statement saying …" is Teneo\'s, not the last speaker\'s', () => {
    const text = 'Mara Lind, a spokeswoman, declined to comment on the memo. But Halden Partners issued a statement saying that "the memo shows we worked to help good causes."';
    expect(speakerOf(text, 'good causes')).toBe('Halden Partners');
    const pence = 'Senator Ann Holt said she would vote against him. Tom Reyes himself released an extraordinary statement saying he did not "condone his remarks and cannot defend them."';
    expect(speakerOf(pence, 'cannot defend')).toBe('Tom Reyes');
  });

  it('unnamed-plural: "analysts said" is not the speaker quoted before; "a spokesman said" and "the statement said" are', () => {
    const text = 'Finance minister Tomas Varga said the freeze would help exporters. "It could cut growth by a point," analysts warned.';
    expect(speakerOf(text, 'cut growth')).not.toBe('Tomas Varga');
    expect(speakerOf('Tomas Varga said the freeze would help exporters. The plan would work, the statement added.', 'plan would work')).toBe('Tomas Varga');
  });

  it('he-is-the-subject: "Varga cast his criticism of the Holt administration\'s policy … “…,” he said" is Varga', () => {
    const text = 'Tomas Varga had a good night. At another point, Varga struck a chord when he cast his criticism of the Dan Holt administration\'s border policy in religious terms. "For a party that speaks of faith, this has lost all claim to ever use that language again," he said.';
    expect(speakerOf(text, 'lost all claim')).toBe('Tomas Varga');
  });

  it('he-after-generation: "Vale" alone is Tom Vale III, whom a later "he" goes on with', () => {
    const text = '“We will win,” Tom Vale III said. Peter Okafor, his uncle, built the quay. “The harbour is ours. The quay reopens in June,” Vale said. “Ruiz is wrong. Okafor is wrong too,” he added.';
    expect(speakerOf(text, 'Okafor is wrong')).toBe('Tom Vale III');
  });

  it('she-not-nearest-man: "she" is the woman named before, not the man named after her', () => {
    expect(speakerOf('Hillary Clinton met Donald Trump on Monday. She said it was "a very good meeting for all."', 'good meeting')).toBe('Hillary Clinton');
  });

  it('he-in-relative-clause: "Rubio said … Trump, whom he called a “con artist.”"', () => {
    expect(speakerOf('Marco Rubio spoke in Miami. Rubio said he had begun to unmask Donald Trump, whom he called a "con artist."', 'con artist')).toBe('Marco Rubio');
  });

  it('sided-aide: "a senior GOP aide said" after another speaker is no spokesman of hers', () => {
    const text = 'Ann Vale said the harbour board would meet on Monday. A senior GOP aide said the members were tired of anonymous accusations.';
    expect(speakerOf(text, 'anonymous accusations')).not.toBe('Ann Vale');
    expect(speakerOf('Ann Vale said the harbour board would meet on Monday. A spokesman said the members were tired of anonymous accusations.', 'anonymous accusations')).toBe('Ann Vale');
  });

  it('a group is named by who it is, not by a grade or count ("the best lawmakers", "other officials")', () => {
    expect(speakerOf('Later, other harbour officials said the quay was safe.', 'quay was safe')).toBe('Harbour officials');
    expect(speakerOf('As the strike entered its 12th day, the best lawmakers in Halden could say on Saturday is that they have started talking.', 'started talking')).toBe('Lawmakers');
  });

  it('nation-group: "Iraqi officials said" is a group of that nation, not officials of any country', () => {
    const text = 'Iraqi officials said the talks with the militia leaders had failed. Later, North Korean officials said the talks had collapsed.';
    expect(speakerOf(text, 'militia leaders')).toBe('Iraqi officials');
    expect(speakerOf(text, 'had collapsed')).toBe('North Korean officials');
  });

  it('speaks-for: "Clinton aides say" and "a spokeswoman for Hillary Clinton says" are Clinton', () => {
    expect(speakerOf('Hillary Clinton has many donors. Clinton aides say she has "widespread support across the country."', 'widespread')).toBe('Hillary Clinton');
  });
});

describe('no cue', () => {
  it('a quote with no cue is the words of the one its sentence opens with, not of the speaker before', () => {
    const text = 'Ann Vale of Harbour Bank said the fall put the market in “uncharted waters.”\n“The collapse is signaling a recession,” she wrote.\nMayor Tom Ruiz, who was meeting donors in Halden, blamed the plunge on “two rival ports arguing over the price of fuel.”';
    expect(speakerOf(text, 'two rival ports')).toBe('Tom Ruiz');
  });

  it('not when the name only qualifies the subject, or someone else comes in before the quote', () => {
    expect(speakerOf('Ann Vale said the port was calm.\nHarbour Bank partner Tom Ruiz lobbied the council on “issues relating to the fuel tax and the quay,” records show.', 'issues relating')).not.toBe('Harbour Bank');
    expect(speakerOf('Ann Vale said the port was calm.\nThe Harbour League has protested Tom Ruiz’s words when he talks of the mayor “meeting in secret with the banks to plot the sale.”', 'meeting in secret')).not.toBe('Harbour League');
  });
});

describe('reported statements', () => {
  const reported = (text: string) => annotateTexts(text).articles[0].quotes.filter((q) => q.kind === 'reported').map((q) => text.slice(q.start, q.end));

  it('takes a clause after the cue, after "that" past the one told, or after the "of" of an accusation', () => {
    expect(reported('The mayor said Monday the harbour would reopen within a week.')).toEqual(['the harbour would reopen within a week']);
    expect(reported('Protesters seized the harbour office in Halden to demand new elections and parading the mayor in the square to make him resign.')).toEqual([]);
    expect(reported('The mayor went on to say that the quay would reopen within a week.')).toEqual(['the quay would reopen within a week']);
    expect(reported('Harbour police were deployed at the gate. Halden Counter Terrorism forces later reinforced them at the quay.')).toEqual([]);
    expect(reported("The mayor said Sunday's meeting with the board included other options.")).toEqual(["Sunday's meeting with the board included other options"]);
    expect(reported('The mayor told reporters at the harbour on Monday evening that the quay would reopen soon.')).toEqual(['the quay would reopen soon']);
    expect(reported('The mayor said if the river falls the quay would reopen by June.')).toEqual(['if the river falls the quay would reopen by June']);
    expect(reported('Still, the mayor says, the flood has cost the town its summer.')).toEqual(['the flood has cost the town its summer']);
    expect(reported('The union accused the harbour board of hiding the cost of repairs.')).toEqual(['hiding the cost of repairs']);
    expect(reported('The mayor promised to rebuild the quay before the summer.')).toEqual(['to rebuild the quay before the summer']);
    expect(reported('The mayor assured residents on Monday that the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported('After the mayor announced Friday that she was closing the quay for the winter, fishermen began a protest at the harbour.')).toEqual(['she was closing the quay for the winter']);
    expect(reported('The harbour will close in June, the sources said, speaking on condition of anonymity because they were not authorized to speak.')).toEqual(['The harbour will close in June']);
    expect(reported('The ferries have sailed every three weeks despite the strike, according to Tom Vale, director of the Harbour Working Group.')).toEqual(['The ferries have sailed every three weeks despite the strike']);
    expect(reported('The claims of a fourth woman, who told the Courier that the mayor had lied to her, lack any merit.')).toEqual(['the mayor had lied to her']);
    expect(reported('Tom Vale, who says he usually votes Labour, said the candidate he likes most is Ann Ruiz.')).toEqual(['the candidate he likes most is Ann Ruiz']);
    expect(reported('Ann Vale, who said the mayor kissed her in 2005, told the Courier that it made her “so upset that I could not go back to the harbour again.”')).toEqual(['the mayor kissed her in 2005']);
    expect(reported('The first is the harbour statute, which says no official can sell "harbour land, boats, nets or any other thing of value belonging to the town."')).toEqual([]);
    expect(reported('Those answers pleased the harbour board and other local critics, who argue that the council has neglected the quay for years.')).toEqual(['the council has neglected the quay for years']);
  });

  it('leaves the one told, and where and when, out of what was said ("told CNN the league is not aware")', () => {
    expect(reported('A source told Harbour Radio the league is not aware of any such game.')).toEqual(['the league is not aware of any such game']);
    expect(reported('The mayor told The Associated Press on Monday the quay was safe again.')).toEqual(['the quay was safe again']);
    expect(reported('The mayor told reporters the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported('The mayor told her staff the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported('The mayor told them the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported('The mayor told a rally in Halden the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported('The mayor told Harbour 8 the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported('The mayor told KHRB-TV the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported("The mayor told Harbour Radio's Ann Vale the quay would reopen by June.")).toEqual(['the quay would reopen by June']);
    expect(reported('The mayor told The Associated Press on Saturday that the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported('The mayor told her staff in a closed-door meeting on Monday that the quay would reopen by June.')).toEqual(['the quay would reopen by June']);
    expect(reported('The mayor told The Harbour Gazette of Halden last week she would reopen the quay by June.')).toEqual(['she would reopen the quay by June']);
  });

  it('reads a capitalised "Said" or "Countering" inside a sentence before a name as a word of the name, not a cue', () => {
    expect(reported('Several countries are involved in the hunt for accomplices to the gunmen who attacked the harbour office, brothers Cherif and Said Vale.')).toEqual([]);
    expect(reported('The Center for Countering Harbour Crime, which named a number of firms, said it found ads for many of them.')).toEqual(['it found ads for many of them']);
  });

  it('leaves out what the cue verb only names: an object, a place, an occasion', () => {
    expect(reported('Petraeus did not explain the circumstances behind it, according to a senior official.')).toEqual([]);
    expect(reported('The director was scheduled to testify before the Senate Intelligence Committee next week.')).toEqual([]);
    expect(reported('He acknowledged the affair when he resigned from the agency on Friday.')).toEqual([]);
    expect(reported('The governor declared Monday a day of mourning in the region.')).toEqual([]);
    expect(reported('The clerk told her mother about the allegations of harassment at the harbour office.')).toEqual([]);
    expect(reported('Tom Vale, a self-proclaimed billionaire who paid no harbour tax for years, has conceded the tax code is unfair.')).toEqual(['the tax code is unfair']);
  });

  it('reads "that" between a noun and a verb as a relative pronoun, not what opens the statement', () => {
    expect(reported('Officials were called to testify in the inquiry in a manner that might have been read as intimidation.')).toEqual([]);
    expect(reported('A resident said the violence that marred Halden this week is not typical of the town.')).toEqual(['the violence that marred Halden this week is not typical of the town']);
  });

  it('finds the one speaking past an appositive after them: "…, Ann Vale, a harbour spokeswoman, said."', () => {
    const text = 'The harbour board has inspected 48 ferries this year, Ann Vale, a harbour spokeswoman, told Radio Halden.';
    expect(reported(text)).toEqual(['The harbour board has inspected 48 ferries this year']);
    expect(speakerOf(text, '48 ferries')).toBe('Ann Vale');
    expect(speakerOf('The quay will reopen in June, Tom Ruiz, the director of the port, said.', 'reopen in June')).toBe('Tom Ruiz');
  });

  it('gives no statement to the one accused ("a Halden company accused of hiding losses") nor to a passive ("footage posted by …")', () => {
    expect(reported('Prosecutors pursued a Halden shipping company accused of hiding losses from the harbour board.')).toEqual([]);
    expect(reported('Footage posted by the Harbour Gazette shows the passenger pleading with officers to stop.')).toEqual([]);
  });
});

describe('titles of works', () => {
  it('the title of a book, a song or a report "titled" is no quote; words a verb introduces still are', () => {
    const art = annotateTexts('Ann Vale, whose book “How to Save a Harbour” hit No. 1 on the list, tweeted that the quay should reopen. The council published a memo titled "The Harbour Must Close Now" last year. In his column, Tom Ruiz wrote "the quay must reopen in June for the fishermen."').articles[0];
    expect(quoteWith(art, 'How to Save')).toBeUndefined();
    expect(quoteWith(art, 'Harbour Must Close')).toBeUndefined();
    expect(quoteWith(art, 'quay must reopen')?.speaker).toBe('Tom Ruiz');
  });

  it('the name of a thing after "a protest called", "signs with messages like" is no quote', () => {
    const art = annotateTexts('Activists turned up at the harbour on Friday for a protest called “Save Our Quay Now Please,” organizers said. Others waved signs with messages like “Justice for the Fishermen of Halden,” the police said.').articles[0];
    expect(art.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
    const called = annotateTexts('Mayor Tom Ruiz said more than 100 boats were unlicensed, a number that one official called “unacceptably large.”').articles[0];
    expect(quoteWith(called, 'unacceptably large')).toBeDefined();
  });

  it('a work after its author is no quote ("Karen Elliot House, author of “On Saudi Arabia”")', () => {
    const art = annotateTexts('“I don’t think he has had much impact,” said Ann Vale, author of “On Halden: Its People, Past, Religion, Fault Lines.”').articles[0];
    expect(quoteWith(art, 'On Halden')).toBeUndefined();
    expect(quoteWith(art, 'much impact')?.speaker).toBe('Ann Vale');
  });

  it('a programme\'s title after its maker\'s possessive is no quote ("on the Courier\'s “Starting Point”")', () => {
    const art = annotateTexts('“We will win this fight,” Tom Vale said on the Courier’s “Starting Point.” He told Harbour TV’s “Meet the Press” that “the quay must reopen.”').articles[0];
    expect(quoteWith(art, 'Starting Point')).toBeUndefined();
    expect(quoteWith(art, 'Meet the Press')).toBeUndefined();
    expect(quoteWith(art, 'quay must reopen')?.speaker).toBe('Tom Vale');
  });
});
