import { describe, expect, it } from 'vitest';
import { annotateTexts, quoteWith, speakerOf } from '../fixture.js';

describe('speaker after the cue', () => {
  it('finds the name past its office, party and leaning ("said House Speaker Ann Vale", "said conservative Rep. Tom Ruiz")', () => {
    expect(speakerOf('“Today we face an emergency,” said House Speaker Ann Vale, D-Calif.', 'emergency')).toBe('Ann Vale');
    expect(speakerOf('“This is no time for cynicism,” said GOP Whip Ann Vale of Wyoming.', 'cynicism')).toBe('Ann Vale');
    expect(speakerOf('“I will vote for it,” said conservative Rep. Tom Ruiz, R-Ariz.', 'vote for it')).toBe('Tom Ruiz');
  });

  it('"after Vale\'s team contended that …": the owner of the team in a clause after "after"', () => {
    expect(speakerOf('Ruiz agreed to cooperate with Counsel Tom Vale, but the judge voided the deal after Vale’s team contended that Ruiz had broken it by lying to investigators.', 'broken it')).toBe('Tom Vale');
  });

  it('a dateline is where, not who: "WASHINGTON (AP) — … Mayor Tom Vale will try to explain …"', () => {
    expect(speakerOf('WASHINGTON (AP) — Hoping to calm the town, Mayor Tom Vale will use visits to the quay this week to try to explain his strategy for stopping the smugglers abroad and at home.', 'his strategy')).toBe('Tom Vale');
    expect(speakerOf('HALDEN (Reuters) - A coalition of 16 towns led by Varesk sued the mayor on Monday to block his decision to declare an emergency to obtain funds for building a wall along the quay.', 'an emergency')).not.toBe('Reuters');
  });

  it('takes no name from a compound modifier: "a London-based banker said"', () => {
    expect(speakerOf('“Right now, all banks are acting the same,” a London-based banker at an Asian bank said.', 'all banks')).toBeNull();
    expect(speakerOf('Former Halden administration official Ann Vale and her husband and legal partner Joseph diRuiz have claimed that they represent one of four witnesses to the fire.', 'four witnesses')).toBe('Ann Vale');
  });

  it('takes the person after an outlet\'s possessive ("adds the Courier\'s Ann Vale")', () => {
    expect(speakerOf('“And they have an agenda,” adds CNN\'s Ann Vale, referring to the group\'s goal.', 'agenda')).toBe('Ann Vale');
  });

  it('takes the person an organisation\'s or a person\'s title leads to ("said Harbour Fund president Ann Vale")', () => {
    expect(speakerOf('“This is our effort,” said Harbour Unity Fund president Ann Vale.', 'our effort')).toBe('Ann Vale');
    expect(speakerOf('“It was a resurgence,” said former Ruiz adviser Ann Vale.', 'resurgence')).toBe('Ann Vale');
  });

  it('takes the name in apposition after a description ("said the baby\'s aunt, Ann Vale,")', () => {
    expect(speakerOf('“He has a very cowardly attitude,” said the baby’s aunt, Ann Vale, whose mother founded the harbour league.', 'cowardly')).toBe('Ann Vale');
    expect(speakerOf('“We will win,” said a spokesman, Tom Vale.', 'will win')).toBe('Tom Vale');
  });

  it('a name in a prepositional phrase, with its title or joined by "and", is no subject ("between President Vale and Harbour Republicans")', () => {
    expect(speakerOf('Talks between President Tom Vale and Harbour Republicans have collapsed, but now Ann Ruiz reached out and asked to talk to the council.', 'to talk to')).toBe('Ann Ruiz');
    expect(speakerOf('Vale had paid him. A communications aide for Mr. Ruiz, who financed the work, declined to say whether he was still on retainer.', 'on retainer')).toBe('Ruiz');
    expect(speakerOf('Fishermen feel ignored. As Professor Vale put it: “The harbour does a better job.”', 'better job')).toBe('Vale');
  });

  it('"who" after an apposition is the person it describes ("Vale, the ranking member of the Committee on Harbour Resources, who said")', () => {
    expect(speakerOf('The deal drew criticism from Rep. Tom Vale, the ranking member of the Halden Committee on Harbour Resources, who said in a statement that “the council needs to understand why the contract was awarded.”', 'needs to understand')).toBe('Tom Vale');
  });

  it('an anaphor after an unnamed speaker is no one named before ("A senior official said … the source said")', () => {
    const text = 'Mayor Tom Vale said the quay would reopen. A senior U.S. official said the talks had failed. “My guess is we are back to square one,” the source said.';
    expect(speakerOf(text, 'square one')).toBeNull();
  });

  it('the town someone is from is no speaker ("Tom Vale, a retired manager from Halden, Calif., said")', () => {
    expect(speakerOf('One voter, Tom Vale, a 76-year-old retired sales manager from Halden, Calif., said he always gives both parties a chance.', 'both parties')).toBe('Tom Vale');
  });

  it('"a senior U.S. official told" is one unnamed, not the United States', () => {
    expect(speakerOf('Tom Vale spoke on Monday. A day later, a senior U.S. official told the Courier that the fire at the quay was not the work of an angry crowd.', 'angry crowd')).toBeNull();
  });

  it('"X quoted Y as saying": Y speaks when named, else X', () => {
    expect(speakerOf('“This does direct damage to the talks,” the Halden Courier quoted Deputy Minister Tom Vale as saying.', 'direct damage')).toBe('Tom Vale');
    expect(speakerOf('Tom Vale spoke. The Halden Courier quoted one of Vale’s aides as saying the talks had failed.', 'talks had failed')).toBe('Halden Courier');
    expect(speakerOf('“The talks have failed,” Tom Vale was quoted as saying by the Halden Courier.', 'talks have failed')).toBe('Tom Vale');
  });

  it('reads a title of several nouns ("said Harbour House press secretary Ann Vale")', () => {
    expect(speakerOf('“There is still work to be done,” said Harbour House press secretary Ann Vale.', 'work to be done')).toBe('Ann Vale');
    expect(speakerOf('“There is still work to be done,” said press secretary Ann Vale.', 'work to be done')).toBe('Ann Vale');
  });
});

describe('appositions', () => {
  it('the person named after a body\'s spokesman, the firm named after "the company"', () => {
    expect(speakerOf('A spokesman for Halden’s Harbour Board, Tomas Vale, said the quay was closed for repairs.', 'quay was closed')).toBe('Tomas Vale');
    const text = 'Ships were late again. The company, Halden Lake Lines, said it would add two ferries next year.';
    const { articles, entities } = annotateTexts(text);
    const company = articles[0].entities.find((m) => m.text === 'company')!;
    expect(entities.find((e) => e.key === company.entity)?.name).toBe('Halden Lake Lines');
  });
});

describe('relative pronouns', () => {
  it('gives the name a relative pronoun follows: "to replace Vale, who announced …"', () => {
    expect(speakerOf('Five Harbour Party councillors will compete to replace Tom Vale, who announced his intention to resign after losing the vote last week.', 'intention')).toBe('Tom Vale');
  });

  it('gives the noun it follows, not a name before: "militants in Halden, who vowed …"', () => {
    expect(speakerOf('Officers of Tom Vale\'s regime are backing militants in Halden, who vowed Thursday to march against the capital.', 'march against')).not.toBe('Tom Vale');
    expect(speakerOf('Supporters of Tom Vale\'s party joined protesters, who said the harbour must stay open.', 'harbour must')).not.toBe('Tom Vale');
  });

  it('a cue in a relative clause about someone unnamed gives way to the sentence\'s own cue', () => {
    const text = 'The Harbour Board said the claims of a fisherman, who told the Courier that the quay was unsafe, lack “any merit or truth.”';
    expect(annotateTexts(text).articles[0].quotes.find((q) => q.kind === 'direct')?.speaker).toBe('Harbour Board');
  });
});

describe('possessive owners', () => {
  it('"Varga\'s associates said" is Varga speaking; "Varga\'s family argues", "Varga\'s critics say" are not', () => {
    expect(speakerOf('Ilona Varga left the council. Varga\'s associates said she would not run again in the autumn.', 'not run again')).toBe('Ilona Varga');
    expect(speakerOf('Tom Varga died in custody. Varga\'s family argues that the officer should have been charged with murder.', 'should have been charged')).not.toBe('Tom Varga');
    expect(speakerOf('Ilona Varga left the council. Varga\'s critics say she failed the harbour town for years.', 'failed the harbour')).not.toBe('Ilona Varga');
    expect(speakerOf('Tom Varga died in custody. An attorney for Varga\'s family welcomed the arrest but said he expected a more serious charge.', 'more serious charge')).not.toBe('Tom Varga');
    expect(speakerOf('Ilona Varga left the council. Yesterday Varga\'s press secretary, speaking to reporters, said she would not run again.', 'not run again')).toBe('Ilona Varga');
  });
});

describe('unnamed speakers', () => {
  it('"“…,” says a former official who …" is an unnamed speaker\'s quote, not a statement of its own nor the words of the "he" who "continues to sit"', () => {
    const text = 'Sgt. Tom Vale will be charged with desertion after a review.\n“I guess it does not surprise me that the Army would go this route,” says a former military official who served as a judge and spoke on condition of anonymity because he continues to sit on a panel.';
    const art = annotateTexts(text).articles[0];
    expect(art.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', null]]);
  });
});

describe('issued tweets', () => {
  it('"Trump issued a tweet saying …" is Trump', () => {
    expect(speakerOf('Tom Vale spoke on Sunday. But Vale issued a tweet saying the vote is being rigged “also at many polling places - SAD.”', 'polling places')).toBe('Tom Vale');
  });
});

describe('documents', () => {
  it('"Vale\'s filing with the court said" is Vale speaking, not the court', () => {
    expect(speakerOf('Tom Vale resigned. Tom Vale\'s filing with the court said he was giving up his post at the harbour office.', 'giving up')).toBe('Tom Vale');
  });
});

describe('party and state labels', () => {
  it('"the embassy in Washington, DC, said": the region after a place is no speaker', () => {
    expect(speakerOf('Kestrel denied it. “We urge Halden to rectify its mistake at the harbour,” the Kestrel embassy in Washington, DC, said in a statement.', 'rectify')).not.toBe('DC');
  });

  it('"Sen. Ann Vale, D-N.J., said": the state\'s last letter is no speaker', () => {
    expect(speakerOf('Sen. Ann Vale, D-N.J., the top Democrat on the committee, said the cuts would close the harbour.', 'close the harbour')).toBe('Ann Vale');
    expect(speakerOf('Rep. Ann Vale, D-Texas, chairman of the Harbour Caucus, said in a statement that they are urging the mayor to act.', 'urging the mayor')).toBe('Ann Vale');
    expect(speakerOf('“I think it is an incredible overreaction,” Tom Mckesson, 29, of Minneapolis, Minn., said.', 'overreaction')).toBe('Tom Mckesson');
  });
});
