import { describe, expect, it } from 'vitest';
import { parseEcbDoc, parseSelected } from './ecbplus.js';
import { parseTitled } from './neus.js';
import { parseCsv, parseConll, placeMentions } from './newswcl50.js';
import { toPacDoc } from './pac.js';
import { parseAnn } from './polnear.js';
import { parseLabels } from './ptc.js';
import { detokenize } from '../text.js';

// Made-up miniatures in each corpus's format; tests never read the corpora themselves.
const ECB = `<Document doc_name="9_1ecb.xml" doc_id="X">
<token t_id="1" sentence="0" number="0">Quake</token>
<token t_id="2" sentence="0" number="1">hits</token>
<token t_id="3" sentence="1" number="0">Rescuers</token>
<token t_id="4" sentence="1" number="1">arrive</token>
<token t_id="5" sentence="1" number="2">&amp;</token>
<Markables>
<ACTION_OCCURRENCE m_id="10"  >
  <token_anchor t_id="2"/>
</ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="11"  >
  <token_anchor t_id="3"/>
</HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t9_quake" instance_id="ACT1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1" >
  <source m_id="10" />
  <target m_id="20" />
</CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="2" note="HUM7" >
  <source m_id="11" />
  <target m_id="21" />
</CROSS_DOC_COREF>
</Relations>
</Document>`;

describe('ECB+ loader', () => {
  it('reads sentences and keeps only event chains', () => {
    const doc = parseEcbDoc('9_1ecb', ECB, new Set([0]));
    expect(doc.sentences.get(1)).toEqual(['Rescuers', 'arrive', '&']);
    expect([...doc.chains.get(0)!]).toEqual(['ACT1']);
    expect(doc.chains.has(1)).toBe(false);
    expect(doc.event).toBe('ecb');
  });

  it('reads the list of annotated sentences', () => {
    expect(parseSelected('Topic,File,Sentence Number\n9,1ecb,0\n9,1ecb,4\n').get('9_1ecb')).toEqual(new Set([0, 4]));
  });
});

describe('PTC loader', () => {
  it('reads tab-separated technique spans', () => {
    expect(parseLabels('7\tLoaded_Language\t3\t9\n7\tDoubt\t10\t12\n').get('7')).toEqual([
      { technique: 'Loaded_Language', start: 3, end: 9 },
      { technique: 'Doubt', start: 10, end: 12 },
    ]);
  });
});

describe('PolNeAR loader', () => {
  it('ties content, source and cue, including discontinuous content', () => {
    const ann = ['T1\tSource 0 5\tSmith', 'T2\tCue 6 10\tsaid', 'T3\tContent 12 20;30 35\tit rained hard', 'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1', 'T4\tContent 40 45\tnoted', 'E2\tAttribution-no-source:T4 Content:T4'].join('\n');
    const [a, b] = parseAnn(ann);
    expect(a.content).toEqual([{ start: 12, end: 20 }, { start: 30, end: 35 }]);
    expect(a.sourceText).toBe('Smith');
    expect(a.cueText).toBe('said');
    expect(b.source).toBeNull();
  });
});

describe('NeuS loader', () => {
  it('splits title and body', () => {
    expect(parseTitled(' TITLE=> Vote passes. ARTICLE=> The bill passed 51-49. ')).toEqual({ title: 'Vote passes.', body: 'The bill passed 51-49.' });
  });
});

describe('PAC loader', () => {
  it('places event words in the joined text', () => {
    const doc = toPacDoc({
      id: 'S_0', title: 't', date: '2020-01-01', source: 'Outlet', relative_ideology: 'Left',
      news: [{ id: 0, text: 'First line.' }, { id: 1, text: 'Senators blasted the bill.' }],
      events: [{ sentence_id: 1, start: 9, end: 16, remove: false, partisanship: 'Partisan' }, { sentence_id: 0, start: 0, end: 5, remove: true, partisanship: 'Neutral' }],
    });
    expect(doc.events).toHaveLength(1);
    expect(doc.text.slice(doc.events[0].start, doc.events[0].end)).toBe('blasted');
  });
});

describe('NewsWCL50 loader', () => {
  it('reads quoted CSV fields after the sep= line', () => {
    expect(parseCsv('sep=,\nid,code_mention\n1,"a, ""b"""\n')).toEqual([['id', 'code_mention'], ['1', 'a, "b"']]);
  });

  it('places a repeated mention at the occurrence nearest its coded sentence', () => {
    const conll = ['d\t0\t0\tThe\t-', 'd\t0\t1\tregime\t-', 'd\t1\t0\tThe\t-', 'd\t1\t1\tregime\t-', 'd\t1\t2\tfell\t-', 'd\t2\t0\tOnly\t-', 'd\t2\t1\tonce\t-'].join('\n');
    const tokens = parseConll(conll).get('d')!;
    const { tokens: ranges } = detokenize([tokens.map((t) => t.text)]);
    // Coded sentence numbers run one behind CoNLL's here ("Only once" is coded as sentence 1).
    const { placed } = placeMentions(tokens, ranges, [{ sentence: 1, text: 'Only once' }, { sentence: 0, text: 'the regime' }, { sentence: 0, text: 'missing' }]);
    expect(placed[0]).toEqual({ start: ranges[5].start, end: ranges[6].end });
    expect(placed[1]).toEqual({ start: ranges[2].start, end: ranges[3].end });
    expect(placed[2]).toBeNull();
  });
});
