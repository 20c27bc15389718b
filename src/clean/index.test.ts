import { describe, expect, it } from 'vitest';
import { toArticles } from '../ingest/normalize.js';
import { clean } from './index.js';

/** The lines of a text that clean keeps. */
const kept = (text: string): string[] => {
  const article = clean(toArticles([{ source: 'a.txt', text }]).articles[0]);
  return article.blocks.filter((b) => !b.dropped).map((b) => article.text.slice(b.start, b.end));
};

describe('clean', () => {
  it('drops page furniture lines and keeps the article', () => {
    expect(kept('The council voted on Monday.\nRelated articles:\nAdvertisement\nThe vote was close.')).toEqual(['The council voted on Monday.', 'The vote was close.']);
    expect(kept('This article is more than 4 months old\nThe council voted on Monday.\nSlideshow (4 Images)')).toEqual(['The council voted on Monday.']);
  });

  it('drops the furniture news sites print between paragraphs', () => {
    const furniture = [
      'Story Continued Below', 'Continue Reading Below', 'CLICK HERE TO GET THE NEWS APP', 'The Associated Press contributed to this report.',
      'CLOSE', '***', 'Follow @dailypaper', 'The opinions expressed by columnists are their own.', 'Want the briefing in your inbox every day? Sign up here.',
      'This is a rush transcript. Copy may not be in its final form.', 'next Image 2 of 5', 'ANALYSIS/OPINION:', 'CLOSE A look at the week in the capital.',
      'More:Council delays the harbour vote again', 'Earlier: Harbour plan faces a legal challenge', 'READ: What the harbour plan means for fishermen',
      'How will the harbour plan change the town? Read more', 'Want to talk more about politics?:Join our Facebook group',
      'Download the Harbour Gazette app to customize your experience.',
      'Harbour flood:How to help the families of Port Kestrel', 'Related Coverage Factbox: Victims of the harbour flood', 'Hide Caption 3 of 15 Photos: Harbour flood Volunteers carry sandbags on Friday.', "Visit Harbour Gazette's homepage for more stories.", 'The mayor speaks at the harbour on Friday. (AP Photo/ Jane Ruiz)',
      `JUST WATCHED Mayor on the harbour vote: ${'we will not back down '.repeat(8)}Replay More Videos ... MUST WATCH Mayor on the harbour vote 01:08`,
      `CLOSE Sheriff Ana Ruiz says the county ${'followed the law and '.repeat(10)}released him as the court ordered. (July 7) AP`,
      'Harbour Flood Listen · 4:04 4:04',
      `Photos: The mayor's rise The mayor has led the town for years. Hide Caption 1 of 12 Photos: The mayor's rise ${'The mayor at the quay in 1990. '.repeat(6)}Hide Caption 2 of 12 Photos: The mayor's rise The mayor at school.`,
      'Watch Harbour TV on CableOne Ch. 349, SkyDish Ch. 223 and Fibre Ch. 115. Get Harbour TV on your cable system — Click Here Now',
      'Hide caption Volunteers fill sandbags on the quay on Friday. The river rose two metres overnight, the harbour office said. Previous Next Jane Ruiz/AP',
      'Previous Next Tom Vale via AP 1 of 10 i View slideshow',
      'Facebook Twitter Pinterest Ann Vale: ‘There’s just no way that anything else was going to get the harbour where it needed to be.’ Photograph: Tom Ruiz for the Gazette',
      "( Also on HARBOUR GAZETTE: Council's split looms large for the mayor)", 'Also see: Harbour plan faces a legal challenge',
      "Photos: The stars of 'Harbour Lights' Photos: The stars of 'Harbour Lights' The stars of 'Harbour Lights' – Ann and Tom at the quay. Hide Caption 1 of 15",
      'Contributing: Ann Marsh in Port Kestrel; Tom Vale and Jane Ruiz in Harbour City; Al Ruiz in the capital; the Associated Press',
      `Photos: The harbour flood Photos: The harbour flood Water covers the quay on Friday, when ${'the river rose and '.repeat(10)}boats broke loose.`,
    ];
    expect(kept(['The council voted on Monday.', ...furniture, 'The vote was close.'].join('\n'))).toEqual(['The council voted on Monday.', 'The vote was close.']);
  });

  it('drops a note on the author that opens or closes the article, and keeps one inside it', () => {
    const note = 'Ann Vale is national editor for Harbour Magazine.';
    const body = 'The council voted on Monday.\nTom Ruiz is a senior fellow at the Harbour Institute, which backed the plan.\nThe vote was close.';
    expect(kept(`${note}\n${body}\nJane Ruiz is a staff writer at the Harbour Gazette.`)).toEqual(body.split('\n'));
    expect(kept('The mayor is the author of the plan for the harbour.\nThe vote was close.')).toHaveLength(2);
    expect(kept('The Harbour Gazette is a contributor to the fund for the quay.\nThe vote was close.')).toHaveLength(2);
  });

  it('keeps sentences that open with the same words', () => {
    expect(kept('Close to 40 people were hurt.\nContributing to the delay, the bridge was shut.')).toHaveLength(2);
    expect(kept('The opinions expressed by the protesters were shouted down.')).toHaveLength(1);
    expect(kept('More than 40 people were hurt.\nEarlier, the bridge was shut.\nRead the full statement here.')).toHaveLength(3);
    expect(kept('The mayor said: We will rebuild the quay by June.\nUpdate at 5:55 p.m. ET: Ferry service resumes')).toHaveLength(2);
    expect(kept('Download speeds in the harbour app were slow, the council said.')).toHaveLength(1);
    expect(kept('Watch: Mayor storms out of the harbour hearing\nThe ministry urged citizens not to join the group, Reuters said.')).toHaveLength(2);
  });

  it('drops image captions that carry a photographer\'s credit', () => {
    const text = [
      'The summit opened in Osaka on Saturday.',
      'Leaders pose for a photo in Osaka, Japan. | Jane Ruiz/AP Photo',
      'Enlarge this image toggle caption Tom Vale/AFP/Getty Images Tom Vale/AFP/Getty Images',
      'The president speaks at the White House, July 9, 2018. (Ann Marsh/Reuters)',
      'Candidates debate in Miami, June 26, 2019. Jim Vale | AFP | Getty Images',
      'Candidates on stage in Miami. Al Ruiz | Miami Herald | Tribune News Service | Getty Images',
      'The senator at the debate. (Photo: Drew Ortiz, Getty Images)',
      'Candidates debate in Miami, Florida, U.S., June 26, 2019. REUTERS/Mike Sell',
      'Evacuations begin at noon Tuesday for parts of the coast (Harbour Office via AP) (Photo: AP)',
      '(Tom Vale / Staff Photographer)',
      '1/2A friend cries during the hearing(Tom Vale / Staff Photographer) 2/2The prosecutor reads the texts.(Tom Vale / Staff Photographer)',
      '(Ann Marsh/The Harbour Gazette via AP, Pool)',
      'Former officer Jane Doe listens to the closing arguments in the 204th District Court in Dallas, Monday, September 30, 2019.',
      'Marines prepare to deploy from the harbour on Tuesday. U.S. Marine Corps photo by Sgt. Ann Vale',
      'Talks resumed after the meeting.',
    ].join('\n');
    expect(kept(text)).toEqual(['The summit opened in Osaka on Saturday.', 'Talks resumed after the meeting.']);
  });

  it('drops a wire caption glued to the paragraph after it, and keeps that paragraph', () => {
    const text = 'Protesters chant slogans in front of the embassy in Halden, Sunday, Jan. 12, 2020. A candlelight vigil late Saturday turned into a protest.\nTalks resumed.';
    expect(kept(text)).toEqual(['A candlelight vigil late Saturday turned into a protest.', 'Talks resumed.']);
    expect(kept('The court will sit in Halden, Monday, Jan. 13, 2020. it said so.')).toHaveLength(1);
  });

  it('keeps a sentence that only mentions an agency, or a day', () => {
    expect(kept('Officials told AP and Reuters that the talks would resume / continue.')).toHaveLength(1);
    expect(kept('The hearing is set for Tuesday, Oct. 8, 2019.\nThe staff photographer, Tom Vale, was hurt.')).toHaveLength(2);
    expect(kept('The exhibition shows a photo by Ann Vale of the harbour in 1950.')).toHaveLength(1);
  });

  it('drops an embedded post\'s signature whose words were lost', () => {
    expect(kept('The ferry sank.\n—Harbour Police (@HarbourPD) December 31, 2019\nDivers searched the bay.')).toEqual(['The ferry sank.', 'Divers searched the bay.']);
  });

  it('drops a newsletter sign-up box whatever its length', () => {
    const box = 'Harbour PM Sign up for our must-read newsletter on what is driving the afternoon in Halden. Email Sign Up By signing up you agree to receive email newsletters or alerts from HARBOUR. You can unsubscribe at any time.';
    expect(kept(`The ferry sank.\n${box}\nDivers searched the bay.`)).toEqual(['The ferry sank.', 'Divers searched the bay.']);
  });

  it("drops a newsletter's invitation and a link to a topic's coverage, and keeps prose about an inbox", () => {
    const promos = [
      'Get harbour alerts and special reports. The news and stories that matter, delivered weekday mornings.',
      'Let our news meet your inbox. The stories that matter, delivered weekday mornings. This site is protected by recaptcha',
      'Jan Holm is the politics editor of the Courier. Want the Morning Tide in your inbox every day? Sign up here.',
      'Get breaking news alerts and more from the Courier on your phone.',
    ];
    const topic = ['Full Coverage: Harbour Floods', "Full coverage of the ferry's sinking and the search around the bay"];
    const prose = 'Have you looked at your inbox lately? Every campaign is asking for money.';
    expect(kept(['The ferry sank.', ...promos, ...topic, prose].join('\n'))).toEqual(['The ferry sank.', prose]);
  });

  it('drops an ad slot printed as text', () => {
    expect(kept('{"unitName":"dfpPosition1","display":"mobile","isMobile":false} hidden ad unit\nThe jury returned.')).toEqual(['The jury returned.']);
  });
});
