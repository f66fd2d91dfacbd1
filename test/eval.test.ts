import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headAgrees, parseGoldValue, scoreQuantities, unitsAgree } from '../src/eval/quantities.js';
import { parseTimeml, scoreTimexes } from '../src/eval/timeml.js';
import { extractText } from '../src/index.js';
import { SHARED, extract } from './helpers.js';

describe('TimeML scoring', () => {
  const tml = `<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>Officials met <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> &amp; again <TIMEX3 tid="t2" type="DATE" value="2012-08">last August</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT></TimeML>`;

  it('turns inline TIMEX3 tags into plain text and gold spans', () => {
    const d = parseTimeml('x.tml', tml);
    expect(d.dct).toBe('2013-03-22');
    expect(d.text).toBe('Officials met Thursday & again last August for three days.');
    expect(d.gold.map((g) => [g.text, g.value])).toEqual([['Thursday', '2013-03-21'], ['last August', '2012-08'], ['three days', 'P3D']]);
  });

  it('scores relaxed spans and values', () => {
    const d = parseTimeml('x.tml', tml);
    const s = scoreTimexes([{ id: 'x', gold: d.gold, system: [
      { start: 14, end: 22, text: 'Thursday', value: '2013-03-21' },
      { start: 36, end: 42, text: 'August', value: '2013-08' },
      { start: 0, end: 9, text: 'Officials', value: '2013' },
    ] }]);
    expect([s.span.tp, s.span.predicted, s.span.gold]).toEqual([2, 3, 3]);
    expect(s.value.tp).toBe(1);
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious', 'value']);
  });
});

describe('quantity scoring', () => {
  it('reads ranges and matches units across spellings and names', () => {
    expect(parseGoldValue('252.0-287.0')).toEqual({ value: 252, max: 287 });
    expect(parseGoldValue('6.0')).toEqual({ value: 6 });
    expect(unitsAgree('percent', 'percentage')).toBe(true);
    expect(unitsAgree('kilometer', 'kilometre')).toBe(true);
    expect(unitsAgree('voter', 'voters')).toBe(true);
    expect(unitsAgree(null, '-')).toBe(true);
    expect(unitsAgree('USD', 'euro')).toBe(false);
  });
  it('counts a head-noun agreement only as the separate diagnostic', () => {
    expect(unitsAgree('burglary', 'residential burglary')).toBe(false);
    expect(headAgrees('burglary', 'residential burglary')).toBe(true);
    expect(headAgrees('times', 'count')).toBe(true);
    expect(headAgrees('condo', '% condo')).toBe(false);
    expect(headAgrees('burglary', 'burglary per week')).toBe(false);
    expect(headAgrees(null, 'residential burglary')).toBe(false);
  });

  it('matches a range by its endpoints and counts the rest', () => {
    const record = extractText('Range rose from up to 252 miles to 287 miles, and 5 percent of 40 voters agreed.', { lang: 'en' });
    const gold = [{ value: 252, max: 287, unit: 'mile' }, { value: 5, unit: 'percentage' }, { value: 7, unit: null }];
    const s = scoreQuantities([{ gold, record }]);
    expect([s.value.tp, s.value.predicted, s.value.gold]).toEqual([2, 3, 3]); // 40 voters is a false positive
    const strict = scoreQuantities([{ gold, record }], { ranges: false });
    expect([strict.value.tp, strict.value.predicted]).toEqual([1, 4]);
  });
  it('reads NewsQuant\'s point for a price in pence as GBX, and says what the measure is without that reading', () => {
    const record = extractText('Vectura shares rose to 164p.', { lang: 'en' });
    const s = scoreQuantities([{ gold: [{ value: 164, unit: 'point' }], record }]);
    expect([s.valueUnit.tp, s.valueUnitNoPence.tp]).toEqual([1, 0]);
  });
  it('keeps a head-only unit agreement out of value+unit and lists it as a unit error', () => {
    const record = extractText('We had 22 residential burglaries last week.', { lang: 'en' });
    const s = scoreQuantities([{ gold: [{ value: 22, unit: 'residential burglary' }], record }]);
    expect([s.valueUnit.tp, s.valueHead.tp]).toEqual([0, 1]);
    expect(s.errors).toEqual([expect.objectContaining({ kind: 'unit', gold: 'residential burglary', got: 'burglary' })]);
  });
});

const te3 = join(SHARED, 'bench', 'tempeval3_platinum_en', 'te3-platinum');
const nq = join(SHARED, 'bench', 'newsquant_en', 'data', 'formatted_test_set', 'NewsQuant.json');
describe.skipIf(!existsSync(te3) || !existsSync(nq))('public benchmarks (regression floors)', () => {
  it('stays above HeidelTime on TempEval-3 value F1 and above CQE on NewsQuant value and value+unit F1', () => {
    const r = extract(['eval', '--timeml', te3, '--quantities', nq, '--format', 'json'], { timeout: 120000 });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.timeml.value.f1).toBeGreaterThan(0.776); // HeidelTime's published 77.6
    expect(j.quantities.strict.value.f1).toBeGreaterThan(0.8);
    expect(j.quantities.value.f1).toBeGreaterThan(0.92); // CQE's published 92.0
    expect(j.quantities.valueUnit.f1).toBeGreaterThan(0.856); // CQE's published 85.6
    expect(j.quantities.valueUnitNoPence.f1).toBeGreaterThan(0.856); // and without reading 'point' as pence
  });
});

describe('CoNLL scoring', () => {
  it('reads IOB1 and IOB2 chunks the conlleval way and scores exact spans per type', async () => {
    const { parseConll, scoreConll } = await import('../src/eval/conll.js');
    const iob1 = ['-DOCSTART- -X- O O', '', 'Putin NNP I-NP I-PER', 'met NN I-NP O', 'Microsoft NNP I-NP I-ORG', 'in IN O O',
      'Moscow NNP I-NP I-LOC', 'and CC O O', 'Euro NNP I-NP I-MISC', '2024 CD I-NP I-MISC', '. . O O', ''].join('\n');
    const [doc] = parseConll(iob1);
    expect(doc.text).toBe('Putin met Microsoft in Moscow and Euro 2024 .');
    expect(doc.chunks).toEqual([{ start: 0, end: 5, type: 'PER' }, { start: 10, end: 19, type: 'ORG' }, { start: 23, end: 29, type: 'LOC' }]);
    const { scores: s, errors } = scoreConll([{ doc, record: extractText(doc.text, { lang: 'en' }) }]);
    expect(s.all.tp).toBe(3);
    expect(s.all.gold).toBe(3);
    expect(errors).toEqual([]);
    const iob2 = parseConll('غيث B-PERS\nالطراونة I-PERS\nفي O\nعمان B-LOC\n');
    expect(iob2[0].chunks.map((c) => [c.type, iob2[0].text.slice(c.start, c.end)])).toEqual([['PER', 'غيث الطراونة'], ['LOC', 'عمان']]);
  });

  it('scores flat chunks: a place inside an organization\'s name (a nested mention) is not a chunk of its own', async () => {
    const { parseConll, scoreConll } = await import('../src/eval/conll.js');
    const [doc] = parseConll('The O\nBank B-ORG\nof I-ORG\nEngland I-ORG\nagreed O\n. O\n');
    const record = extractText(doc.text, { lang: 'en' });
    expect(record.entities.map((e) => e.name)).toEqual(['Bank of England', 'England']);
    const { scores: s, errors } = scoreConll([{ doc, record }]);
    expect([s.all.tp, s.all.predicted, s.all.gold]).toEqual([1, 1, 1]);
    expect(errors).toEqual([]);
  });

  it('projects a mention onto whole tokens: gold keeps the proclitic (لإسرائيل), our span leaves it out', async () => {
    const { parseConll, scoreConll } = await import('../src/eval/conll.js');
    const [doc] = parseConll('زار O\nالوزير O\nباريس B-LOC\nوقال O\nإن O\nلإسرائيل B-LOC\nحقا O\n');
    const record = extractText(doc.text, { lang: 'ar' });
    expect(record.entities.flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['باريس', 'إسرائيل']);
    const { scores: s } = scoreConll([{ doc, record }]);
    expect([s.LOC.tp, s.LOC.gold]).toEqual([2, 2]);
  });

  it('eval --conll also scores with the knowledge base less the entries a benchmark suggested (guided_by)', async () => {
    const { loadKb } = await import('../src/resources/index.js');
    const guided = loadKb().filter((e) => e.guided_by);
    expect(guided.length).toBeGreaterThan(0);
    // a guided entry, alone in a sentence: found with the full knowledge base, not when it is held out
    const name = guided.find((e) => e.id === 'newsweek')!;
    const dir = mkdtempSync(join(tmpdir(), 'conll-'));
    const file = join(dir, 'mini.conll');
    writeFileSync(file, `قالت O\nمجلة O\n${name.aliases.ar[0]} B-ORG\nإن O\n`);
    const r = extract(['eval', '--conll', file, '--format', 'json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout)[`conll:${file}`];
    expect([j.ORG.tp, j.held_out.ORG.tp]).toEqual([1, 0]);
  });

  it('lists each miss, false positive and wrong type with the rule that fired', async () => {
    const { parseConll, scoreConll } = await import('../src/eval/conll.js');
    const [doc] = parseConll('Putin B-LOC\nmet O\nMicrosoft O\nin O\nQarwonistan B-LOC\n');
    const { scores, errors } = scoreConll([{ doc, record: extractText(doc.text, { lang: 'en' }) }]);
    expect(scores.all.tp).toBe(0);
    expect(errors.find((e) => e.text === 'Putin')).toMatchObject({ kind: 'type', gold: 'LOC', got: 'PER' });
    expect(errors.find((e) => e.text === 'Microsoft')).toMatchObject({ kind: 'false+', got: 'ORG' });
    expect(errors.find((e) => e.text === 'Microsoft')?.rule).toMatch(/^en\/entity\//);
    expect(errors.find((e) => e.text === 'Qarwonistan')).toMatchObject({ kind: 'miss', gold: 'LOC' });
  });
});
