#!/usr/bin/env node
// npm run bench, second part: where the time goes, in one process after warm-up, in ms per MB of article text,
// per stage (clean + segment + language id; the token table; the one dictionary pass; each extractor; the rest:
// overlaps, linking, assembling and the record check) on the same fixture and seed articles bench.js repeats; then,
// warm, the whole pipeline a document at a time against batches of 8 run stage by stage (processDocuments, the workers').
// Nothing is asserted; the numbers tell the next change where to look.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const seeds = join(root, '..', 'shared', 'seeds');
const { processDocument, processDocuments, analyze } = await import('../dist/core/pipeline.js');
const { getDefaultRegistry } = await import('../dist/extractors/registry.js');
const { loadFranc } = await import('../dist/core/language.js');
const { tokenize } = await import('../dist/core/tokens.js');
const { matchLexicon } = await import('../dist/lexicon/match.js');
await loadFranc();

const texts = [];
for (const f of readdirSync(join(root, 'fixtures', 'articles'))) {
  try {
    texts.push(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(root, 'fixtures', 'articles', f))));
  } catch {
    /* the windows-1256 file */
  }
}
try {
  for (const f of readdirSync(seeds)) texts.push(readFileSync(join(seeds, f), 'utf8'));
} catch {
  /* no ../shared: fixtures only */
}
const target = Number(process.env.BENCH_STAGES_MB ?? 3) * 1e6;
const docs = [];
let bytes = 0;
for (let i = 0; bytes < target; i++) {
  const text = texts[i % texts.length];
  docs.push(text);
  bytes += Buffer.byteLength(text);
}
const mb = bytes / 1e6;
const input = (text, i) => ({ id: `d${i}`, text, source: { path: 'x', sha256: '0'.repeat(64), format: 'ndjson', encoding: 'utf-8' } });

const reg = getDefaultRegistry();
// warm-up: every language's rules built, regexes compiled
docs.slice(0, 20).forEach((t, i) => processDocument(input(t, i)));

const times = new Map();
for (const lang of ['ar', 'en']) {
  for (const e of reg.extractorsOf(lang)) {
    const f = e.extract.bind(e);
    e.extract = (doc, regions) => {
      const t = performance.now();
      const r = f(doc, regions);
      times.set(e.name, (times.get(e.name) ?? 0) + performance.now() - t);
      return r;
    };
  }
}
const t0 = performance.now();
docs.forEach((t, i) => processDocument(input(t, i)));
const total = performance.now() - t0;

let tAnalyze = 0;
let tTokens = 0;
let tLexicon = 0;
for (const t of docs) {
  let s = performance.now();
  const a = analyze(t);
  tAnalyze += performance.now() - s;
  s = performance.now();
  const tok = tokenize(a.doc.text, a.doc.sentences);
  tTokens += performance.now() - s;
  for (const lang of ['ar', 'en']) {
    const regions = a.doc.regions.filter((r) => r.lang === lang);
    if (!regions.length) continue;
    s = performance.now();
    matchLexicon(tok, reg.lexicon(lang), regions);
    tLexicon += performance.now() - s;
  }
}
const extractors = [...times.values()].reduce((x, y) => x + y, 0);
const rows = [
  ['all stages', total],
  ['clean + segment + language id', tAnalyze],
  ['token table', tTokens],
  ['dictionary pass (both languages)', tLexicon],
  ['extractors, all', extractors],
  ...[...times].sort((x, y) => y[1] - x[1]).map(([k, v]) => [`  ${k}`, v]),
  ['rest: overlaps, link (speech, claims), assemble, check', total - extractors - tAnalyze - tTokens - tLexicon],
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\nStages, in process after warm-up (${docs.length} articles, ${mb.toFixed(1)} MB; ${(mb / (total / 1000)).toFixed(2)} MB/s):\n`);
console.log(`| ${'stage'.padEnd(w)} |    ms/MB |`);
console.log(`|${'-'.repeat(w + 2)}|----------|`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(w)} | ${(v / mb).toFixed(0).padStart(8)} |`);

// the same documents as the worker threads run them: in batches of 8, each stage over the batch (processDocuments)
// (both after the passes above: the code is as warm for one as for the other)
{
  let t = performance.now();
  docs.forEach((d, i) => processDocument(input(d, i)));
  const one = (performance.now() - t) / mb;
  t = performance.now();
  for (let i = 0; i < docs.length; i += 8) processDocuments(docs.slice(i, i + 8).map((d, k) => input(d, i + k)));
  const batched = (performance.now() - t) / mb;
  console.log(`\nWarm, the whole pipeline: a document at a time ${one.toFixed(0)} ms/MB; in batches of 8, each stage over the batch as the workers run them, ${batched.toFixed(0)} ms/MB.`);
}

// the peer on the same text: chrono-node (dates only) against the whole pipeline, on the corpus's English articles
const { createRequire } = await import('node:module');
const chrono = createRequire(import.meta.url)('chrono-node');
const englishDocs = docs.filter((t) => !/[\u0600-\u06FF]/.test(t));
const enMb = englishDocs.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const ref = new Date('2024-11-05T12:00:00Z');
englishDocs.slice(0, 20).forEach((t) => chrono.parse(t, ref));
let c0 = performance.now();
for (const t of englishDocs) chrono.parse(t, ref);
const chronoMs = performance.now() - c0;
c0 = performance.now();
englishDocs.forEach((t, i) => processDocument(input(t, i)));
const oursMs = performance.now() - c0;
console.log(`\nSame English text (${englishDocs.length} articles, ${enMb.toFixed(1)} MB), in process, warm: all our stages ${(enMb / (oursMs / 1000)).toFixed(2)} MB/s; chrono-node, dates only, ${(enMb / (chronoMs / 1000)).toFixed(2)} MB/s.`);
