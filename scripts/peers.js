#!/usr/bin/env node
// The peers side by side on the same inputs, scored by the same scorers (src/eval): ours, chrono-node
// (English, and its Arabic locale) and Microsoft Recognizers-Text (English; it has no Arabic). Peers are
// devDependencies used only here. Prints one table; nothing is asserted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { extractText } from '../dist/index.js';
import { parseTimeml, scoreTimexes, systemTimexes } from '../dist/eval/timeml.js';
import { parseGoldValue, scoreQuantities } from '../dist/eval/quantities.js';
import { parseWojood, scoreSpans } from '../dist/eval/wojood.js';
import { parseConll, scoreConll } from '../dist/eval/conll.js';
import { Registry, languageExtractors } from '../dist/extractors/registry.js';
import { loadKb } from '../dist/resources/index.js';

const require = createRequire(import.meta.url);
const chrono = require('chrono-node');
const nlp = require('compromise');
const R = require('@microsoft/recognizers-text-suite');

const root = join(fileURLToPath(import.meta.url), '..', '..');
const bench = join(root, '..', 'shared', 'bench');
const cp = (text, unitIndex) => Array.from(text.slice(0, unitIndex)).length;
const pad2 = (n) => String(n).padStart(2, '0');

/** chrono's result as a TIMEX-like value: the granularity its certain components allow. */
function chronoValue(r) {
  const c = r.start;
  const y = c.get('year');
  const m = pad2(c.get('month'));
  const d = pad2(c.get('day'));
  if (c.isCertain('day')) return `${y}-${m}-${d}`;
  if (c.isCertain('month')) return `${y}-${m}`;
  if (c.isCertain('year')) return String(y);
  return `${y}-${m}-${d}`;
}

function recognizersValue(x) {
  const v = x.resolution?.values?.[0];
  if (!v) return '';
  if (v.type === 'duration') return v.timex;
  return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v.value ?? '') && /X/.test(v.timex ?? '') ? v.value : v.timex ?? v.value ?? '';
}

function timed(fn) {
  fn(); // warm-up: regex compilation and JIT, so every system is timed warm
  const t0 = performance.now();
  const out = fn();
  return { out, ms: performance.now() - t0 };
}

const rows = [];
const fmt = (x) => (100 * x).toFixed(1);

// TempEval-3: dates and durations, the DCT as reference
{
  const dir = join(bench, 'tempeval3_platinum_en', 'te3-platinum');
  const docs = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => parseTimeml(f, readFileSync(join(dir, f), 'utf8')));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const systems = {
    ours: (d) => systemTimexes(extractText(d.text, { lang: 'en', refDate: d.dct, referenceAdverbs: true })),
    'chrono-node': (d) => chrono.parse(d.text, new Date(`${d.dct}T12:00:00Z`)).map((r) => ({ start: cp(d.text, r.index), end: cp(d.text, r.index + r.text.length), text: r.text, value: chronoValue(r) })),
    'Recognizers-Text': (d) => R.recognizeDateTime(d.text, R.Culture.English, undefined, new Date(`${d.dct}T12:00:00Z`))
      .filter((x) => /date|duration/.test(x.typeName) && !/time/.test(x.typeName.replace('datetimeV2', '')))
      .map((x) => ({ start: cp(d.text, x.start), end: cp(d.text, x.end + 1), text: x.text, value: recognizersValue(x) })),
  };
  for (const [name, fn] of Object.entries(systems)) {
    const { out, ms } = timed(() => docs.map((d) => ({ id: d.id, gold: d.gold, system: fn(d) })));
    const s = scoreTimexes(out);
    rows.push(['TempEval-3 (en, 138 timexes)', name, `span ${fmt(s.span.f1)}`, `value ${fmt(s.value.f1)}`, `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`]);
  }
  rows.push(['', 'HeidelTime (published)', '', 'value 77.6', '']);
}

// NewsQuant: quantities (value, value+unit)
{
  const data = JSON.parse(readFileSync(join(bench, 'newsquant_en', 'data', 'formatted_test_set', 'NewsQuant.json'), 'utf8'));
  const bytes = data.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const gold = data.map((d) => d.quantities.map((q) => ({ ...parseGoldValue(q.value), unit: q.normalized_unit === '-' ? null : q.normalized_unit })));
  const recUnit = (x) => (x.typeName === 'percentage' ? 'percent' : x.resolution?.unit ? String(x.resolution.unit).toLowerCase() : null);
  const recognizers = (text) => {
    const found = [
      ...R.recognizeCurrency(text, R.Culture.English), ...R.recognizeDimension(text, R.Culture.English),
      ...R.recognizeTemperature(text, R.Culture.English), ...R.recognizeAge(text, R.Culture.English),
      ...R.recognizePercentage(text, R.Culture.English), ...R.recognizeNumber(text, R.Culture.English),
    ];
    const kept = [];
    for (const x of found) if (!kept.some((k) => k.start <= x.end && x.start <= k.end)) kept.push(x); // first (unit-bearing) wins
    return kept.map((x) => ({ value: Number(String(x.resolution?.value ?? '').replace(/%$/, '')), unit: recUnit(x) })).filter((f) => Number.isFinite(f.value));
  };
  const systems = {
    ours: (text) => extractText(text, { lang: 'en' }).figures,
    'Recognizers-Text': recognizers,
  };
  for (const [name, fn] of Object.entries(systems)) {
    const { out, ms } = timed(() => data.map((d, i) => ({ gold: gold[i], record: { figures: fn(d.text) } })));
    const s = scoreQuantities(out);
    const strict = scoreQuantities(out, { ranges: false });
    rows.push(['NewsQuant (en, 904 quantities)', name, `value ${fmt(s.value.f1)} (strict ${fmt(strict.value.f1)})`, `value+unit ${fmt(s.valueUnit.f1)} (strict ${fmt(strict.valueUnit.f1)})`, `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`]);
  }
  {
    // compromise: numbers only (it gives no unit we could score)
    const { out, ms } = timed(() => data.map((d, i) => ({ gold: gold[i], record: { figures: nlp(d.text).numbers().json().map((x) => ({ value: x.number?.num, unit: null })).filter((f) => Number.isFinite(f.value)) } })));
    const s = scoreQuantities(out);
    const strict = scoreQuantities(out, { ranges: false });
    rows.push(['NewsQuant (en, 904 quantities)', 'compromise', `value ${fmt(s.value.f1)} (strict ${fmt(strict.value.f1)})`, 'value+unit -', `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`]);
  }
  rows.push(['', 'CQE (published)', 'value 92.0', 'value+unit 85.6', '']);
  rows.push(['', 'Recognizers-Text (published)', 'value 69.1', 'value+unit 34.2', '']);
}

// Wojood sample (ar): DATE spans
{
  const sentences = parseWojood(readFileSync(join(bench, 'wojood_sample_ar', 'test.txt'), 'utf8'));
  const bytes = sentences.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  const systems = {
    ours: (s) => systemTimexes(extractText(s.text, { lang: 'ar', referenceAdverbs: true })),
    'chrono-node (ar)': (s) => chrono.ar.parse(s.text).map((r) => ({ start: cp(s.text, r.index), end: cp(s.text, r.index + r.text.length), text: r.text })),
  };
  for (const [name, fn] of Object.entries(systems)) {
    const { out, ms } = timed(() => sentences.map((s) => ({ gold: s.spans.filter((x) => x.type === 'DATE'), predicted: fn(s) })));
    const s = scoreSpans(out);
    rows.push(['Wojood sample (ar, 156 DATE spans)', name, `span ${fmt(s.f1)}`, `P ${fmt(s.p)} R ${fmt(s.r)}`, `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`]);
  }
}

// Entities: CoNLL-2003 test (en) and ANERcorp test (ar), exact chunks, MISC ignored
{
  for (const [label, file, lang] of [
    ['CoNLL-2003 test (en, 4946 PER/LOC/ORG)', join(bench, 'conll2003_en_test', 'eng.testb'), 'en'],
    ['ANERcorp test (ar, 2042 PER/LOC/ORG)', join(bench, 'anercorp_camel_test_ar', 'ANERCorp_CamelLab_test.txt'), 'ar'],
  ]) {
    const docs = parseConll(readFileSync(file, 'utf8'));
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    // (and without the knowledge-base entries that a benchmark's misses suggested: the fair measure)
    const fairKb = loadKb().filter((e) => !e.guided_by);
    const fair = new Registry((l) => languageExtractors(l, fairKb), { kb: fairKb });
    const systems = { ours: (d) => extractText(d.text, { lang }), 'ours, KB held out': (d) => extractText(d.text, { lang, registry: fair }) };
    if (lang === 'en') {
      systems.compromise = (d) => {
        const doc = nlp(d.text);
        const entities = [];
        for (const [type, list] of [['person', doc.people()], ['location', doc.places()], ['organization', doc.organizations()]]) {
          for (const m of list.json({ offset: true })) {
            entities.push({ id: `e${entities.length}`, type, mentions: [{ start: cp(d.text, m.offset.start), end: cp(d.text, m.offset.start + m.offset.length) }] });
          }
        }
        return { entities };
      };
    }
    for (const [name, fn] of Object.entries(systems)) {
      const { out, ms } = timed(() => docs.map((doc) => ({ doc, record: fn(doc) })));
      const s = scoreConll(out).scores;
      const per = ['PER', 'LOC', 'ORG'].map((t) => `${t} ${fmt((s[t] ?? { f1: 0 }).f1)}`).join(' ');
      rows.push([label, name, `F1 ${fmt(s.all.f1)} (P ${fmt(s.all.p)} R ${fmt(s.all.r)})`, per, `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`]);
    }
    rows.push(['', lang === 'en' ? 'Florian et al. 2003 (published, learned)' : 'AraBERT (published, learned)', lang === 'en' ? 'F1 88.8' : 'F1 83.1', '', '']);
  }
}

// Language identification: our own benchmark of short items and negatives (scripts/langid-bench.js)
{
  const { langidRows } = await import('./langid-bench.js');
  for (const r of await langidRows()) rows.push(r);
}

const w = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
const line = (r) => `| ${r.map((x, i) => x.padEnd(w[i])).join(' | ')} |`;
console.log(line(['data', 'system', 'F1', 'F1', 'speed']));
console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('\nSpeed is in-process, warm, one core, on these inputs (short sentences favour start-up-free libraries).');
