/** `extract eval --gold`: the GOLD.md scorer, unit by unit and on the seeds through the real binary. */
import { describe, expect, it } from 'vitest';
import { GoldError, foldName, parseGold, scoreGold } from '../src/eval/gold.js';
import { extractText } from '../src/index.js';
import { extract } from './helpers.js';

const article = 'وقالت مايكروسوفت إن أكثر من 2700 محاولة جرت الجمعة. ونفت طهران أي صلة لها بالهجمات.';

describe('gold files', () => {
  it('folds names the way GOLD.md says: diacritics, alef forms, ta marbuta, digits, case, clitics', () => {
    expect(foldName('وبالحكومةُ')).toBe(foldName('حكومه'));
    expect(foldName('لإيران')).toBe(foldName('ايران'));
    expect(foldName('للحزب')).toBe(foldName('الحزب'));
    expect(foldName('Microsoft ')).toBe(foldName('microsoft'));
    expect(foldName('٢٠١٩')).toBe('2019');
  });

  it('scores sets, as GOLD.md says: a string predicted again is no second false positive', () => {
    const text = 'جرت 3 محاولات يوم الجمعة، ثم 3 محاولات أخرى يوم الجمعة. وقال المسؤول الجمعة إن 5 محاولات فشلت.';
    const gold = parseGold(`file: a.txt\nlanguage: ar\nfigures:\n  - {text: "5 محاولات", value: 5}\ndates: []\n`, 'g.yaml', text);
    const r = extractText(text, { lang: 'ar' });
    // three predicted الجمعة and two predicted "3 محاولات" (value 3) are one false positive each
    expect(r.dates.filter((d) => d.text === 'الجمعة').length).toBe(3);
    expect(r.figures.filter((f) => f.value === 3).length).toBe(2);
    const s = scoreGold([{ gold, record: r, article: text }]).scores.ar;
    expect([s.dates.tp, s.dates.predicted, s.figures.tp, s.figures.predicted]).toEqual([0, 1, 1, 2]);
  });

  it('leaves reference adverbs with no calendar unit out of records (GOLD.md), and keeps them when a TimeML scorer asks', () => {
    const text = 'The servers are safe now, and in the past the firm had no backups.';
    expect(extractText(text, { lang: 'en' }).dates).toEqual([]);
    expect(extractText(text, { lang: 'en', referenceAdverbs: true }).dates.map((d) => [d.text, d.value])).toEqual([
      ['now', 'PRESENT_REF'],
      ['in the past', 'PAST_REF'],
    ]);
  });

  it('rejects a gold text that is not in the article, and a wrong field, with where it is', () => {
    const base = `file: a.txt\nlanguage: ar\n`;
    expect(() => parseGold(`${base}figures: [{text: "3000 محاولة", value: 3000}]\n`, 'g.yaml', article)).toThrow(/g\.yaml: figures\.0\.text: "3000 محاولة" is not in the article/);
    expect(() => parseGold(`${base}figures: [{text: "2700", value: 2700, qualifier: many}]\n`, 'g.yaml', article)).toThrow(GoldError);
    expect(() => parseGold(`${base}colour: red\n`, 'g.yaml', article)).toThrow(/colour|Unrecognized/);
  });

  it('scores each field: hits, misses, false positives and the accuracies over hits', () => {
    const gold = parseGold(
      `file: a.txt
language: ar
figures:
  - {text: "أكثر من 2700 محاولة", value: 2700, unit: attempt, qualifier: about}
  - {text: "الجمعة", value: 5}
dates:
  - {text: "الجمعة", value: "XXXX-WXX-4"}
entities:
  - {name: Microsoft, type: organization, mentions: ["مايكروسوفت"]}
  - {name: Tehran, type: location, mentions: ["طهران"]}
  - {name: Reuters, type: organization, mentions: ["مايكروسوفت"]}
attributions:
  - {actor: null, attributed_to: Tehran, claimed_by: Microsoft, stance: denied, evidence: "ونفت طهران"}
quotes:
  - {speaker: Microsoft, cue: "وقالت", kind: indirect, text: "أكثر من 2700"}
`,
      'g.yaml',
      article,
    );
    const r = extractText(article, { lang: 'ar' });
    const { scores, errors } = scoreGold([{ gold, record: r, article }]);
    const s = scores.ar;
    // figures: 2700 hits with a wrong qualifier; "5" on Friday is missed
    expect([s.figures.tp, s.figures.predicted, s.figures.gold]).toEqual([1, 1, 2]);
    expect(s.figures.accuracy).toEqual({ unit: [1, 1], qualifier: [0, 1] });
    // dates: the span hits, the value does not
    expect([s.dates.tp, s.dates.accuracy.value]).toEqual([1, [0, 1]]);
    // entities: Microsoft and Tehran hit; a Reuters entity named by Microsoft's mention is not a second hit
    expect([s.entities.tp, s.entities.gold]).toEqual([2, 3]);
    expect(s.entities.accuracy['canonical name']).toEqual([2, 2]);
    // attributions: Tehran's denial (no Iran in the article: Tehran stands for it); the claimant is Tehran, not Microsoft
    expect([s.attributions.tp, s.attributions.accuracy.claimed_by]).toEqual([1, [0, 1]]);
    // quotes: the reported words sit inside the predicted quote, spoken by Microsoft
    expect([s.quotes.tp, s.quotes.accuracy.speaker, s.quotes.accuracy.kind]).toEqual([1, [1, 1], [1, 1]]);
    expect(s.figures.f1).toBeCloseTo(2 / 3, 5);
    expect(errors.filter((e) => e.kind === 'missed').map((e) => e.field).sort()).toEqual(['entities', 'figures']);
    expect(errors.find((e) => e.field === 'dates')).toMatchObject({ kind: 'wrong', rule: 'ar/date/weekday' });
  });
});

describe('gold quotes of coordinated speakers', () => {
  /** A record of `text` naming the organizations Acme (e1) and Globex (e2), with one quote per [speaker id, cue] over
   *  the same words [at, end). */
  const record = (text: string, at: number, end: number, quotes: [string, string][]) => {
    const mention = (name: string) => ({ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, rule: 'en/entity/org-head' });
    return {
      ...extractText(text, { lang: 'en' }),
      entities: [
        { id: 'e1', type: 'organization' as const, name: 'Acme', aliases: [], mentions: [mention('Acme')] },
        { id: 'e2', type: 'organization' as const, name: 'Globex', aliases: [], mentions: [mention('Globex')] },
      ],
      quotes: quotes.map(([speaker, cue]) => ({ speaker, cue, kind: 'indirect' as const, text: text.slice(at, end), start: at, end, rule: 'en/quote/indirect' })),
      attributions: [],
    };
  };
  /** An English gold file `file` for `text` listing these quotes (YAML flow mappings), parsed. */
  const quoteGold = (file: string, text: string, quotes: string[]) =>
    parseGold(`file: ${file}.txt\nlanguage: en\nquotes:\n${quotes.map((q) => `  - ${q}\n`).join('')}`, `${file}.yaml`, text);

  it('a text the gold lists twice, with one place in the article, is two items at that place', () => {
    const text = 'Acme and Globex said the servers were breached by a criminal gang.';
    const gold = quoteGold('c', text, [
      '{speaker: Acme, cue: said, kind: indirect, text: "the servers were breached"}',
      '{speaker: Globex, cue: said, kind: indirect, text: "the servers were breached"}',
    ]);
    const at = text.indexOf('the servers');
    const s = scoreGold([{ gold, record: record(text, at, text.length - 1, [['e1', 'said'], ['e2', 'said']]), article: text }]).scores.en;
    expect([s.quotes.tp, s.quotes.predicted, s.quotes.gold]).toEqual([2, 2, 2]);
    expect(s.quotes.accuracy.speaker).toEqual([2, 2]);
    // (one quote for both: one hit, one miss)
    const one = scoreGold([{ gold, record: record(text, at, text.length - 1, [['e1', 'said']]), article: text }]).scores.en;
    expect([one.quotes.tp, one.quotes.predicted, one.quotes.gold]).toEqual([1, 1, 2]);
  });

  it('a text inside another gold quote\'s, with no place of its own, is there: a claim and the denial of it', () => {
    const text = 'Acme accused Globex of breaching the servers, which Globex denied.';
    const gold = quoteGold('d', text, [
      '{speaker: Acme, cue: accused, kind: indirect, text: "Globex of breaching the servers"}',
      '{speaker: Globex, cue: denied, kind: indirect, text: "breaching the servers"}',
    ]);
    const s = scoreGold([{ gold, record: record(text, text.indexOf('Globex of'), text.indexOf(', which'), [['e1', 'accused'], ['e2', 'denied']]), article: text }]).scores.en;
    expect([s.quotes.tp, s.quotes.predicted, s.quotes.gold]).toEqual([2, 2, 2]);
    expect(s.quotes.accuracy.speaker).toEqual([2, 2]);
  });
});

describe('extract eval --gold', () => {
  it('scores the seeds against test/gold per field and language, above floors', () => {
    const r = extract(['eval', '--gold', 'test/gold', '../shared/seeds', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout).gold;
    expect(report.documents).toEqual({ ar: 4, en: 1, all: 5 });
    const all = report.scores.all;
    // floors a few points under the measured scores: a rule change that loses items fails here
    expect(all.figures.f1).toBeGreaterThan(0.9);
    expect(all.dates.f1).toBeGreaterThan(0.95);
    expect(all.entities.f1).toBeGreaterThan(0.8);
    expect(all.attributions.f1).toBeGreaterThan(0.7);
    expect(all.attributions.accuracy.claimed_by[0]).toBe(all.attributions.accuracy.claimed_by[1]);
    expect(all.quotes.f1).toBeGreaterThan(0.5);
  });

  it('keeps the fixtures\' gold: every figure and date, no false attribution, most entities and quotes', () => {
    const r = extract(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--format', 'json']);
    expect(r.status).toBe(0);
    const all = JSON.parse(r.stdout).gold.scores.all;
    expect([all.figures.f1, all.dates.f1, all.attributions.p]).toEqual([1, 1, 1]);
    // (the ransomware gang's unnamed-doer claims in the headline, after "and" and as "the same group" are missed)
    expect(all.attributions.r).toBeGreaterThanOrEqual(4 / 7);
    expect(all.entities.f1).toBeGreaterThan(0.9);
    expect(all.quotes.f1).toBeGreaterThan(0.75);
  });

  it('lists misses and false positives with the rule that fired, and warns of articles without gold', () => {
    const r = extract(['eval', '--gold', 'fixtures/gold', 'fixtures/articles', '--show-errors']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('fixtures/articles/mixed-ar-en.txt: warning: no gold file');
    expect(r.stdout).toMatch(/Gold \(fixtures\/gold\): all, 2 documents/);
    expect(r.stdout).toMatch(/spurious +quotes +en-ransomware-report\.txt: ".*" \[en\/quote\/indirect\]/);
  });

  it('is a usage error without articles, and a bad gold file is an error with its place', () => {
    expect(extract(['eval', '--gold', 'test/gold']).status).toBe(2);
    const bad = extract(['eval', '--gold', 'test', '../shared/seeds']);
    expect(bad.status).toBe(2); // no gold file for any article
  });
});
