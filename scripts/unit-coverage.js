#!/usr/bin/env node
/**
 * How many of the counts the figure rules find in Arabic text have an English unit (the counted-noun
 * lexicon knows the noun) and which counted nouns are left in Arabic, most frequent first: the measure
 * issue 19 asks for, on the Arabic text we have (the dev articles, the ANERcorp dev part, the Wojood
 * sample; never the test splits). Usage: node scripts/unit-coverage.js [--top N]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const { extractText } = await import(join(ROOT, 'dist', 'index.js'));
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 40;

/** A CoNLL-style file (token and tag per line) as text: its tokens joined, a blank line ends a sentence. */
function conllText(path) {
  const out = [];
  let line = [];
  for (const l of readFileSync(path, 'utf8').split('\n')) {
    const tok = l.trim().split(/\s+/)[0];
    if (!tok) {
      if (line.length) out.push(line.join(' '));
      line = [];
    } else line.push(tok);
  }
  if (line.length) out.push(line.join(' '));
  // chunks of 40 sentences, as articles
  const chunks = [];
  for (let i = 0; i < out.length; i += 40) chunks.push(out.slice(i, i + 40).join('\n'));
  return chunks;
}

const sets = {
  'dev (ar articles)': () => {
    const dir = join(SHARED, 'dev', 'ar', 'articles');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  },
  'ANERcorp dev part': () => {
    const p = join(SHARED, 'bench', 'anercorp_ar_dev', 'ANERCorp_dev.conll');
    return existsSync(p) ? conllText(p) : [];
  },
  'Wojood sample': () => {
    const p = join(SHARED, 'bench', 'wojood_sample_ar', 'test.txt');
    return existsSync(p) ? conllText(p) : [];
  },
};

const missing = new Map();
for (const [name, load] of Object.entries(sets)) {
  let counts = 0;
  let english = 0;
  for (const text of load()) {
    const r = extractText(text, { lang: 'ar' });
    for (const f of r.figures) {
      if (!f.unit || ['percent', 'USD'].includes(f.unit) && !f.unit_lang) {
        if (!f.unit) continue;
      }
      counts++;
      if (f.unit_lang === 'ar') {
        const k = f.unit;
        missing.set(k, (missing.get(k) ?? 0) + 1);
      } else english++;
    }
  }
  console.log(`${name}: ${counts} figures with a unit, ${english} in English (${counts ? ((100 * english) / counts).toFixed(1) : '–'}%)`);
}
console.log(`\ncounted nouns left in Arabic (all sets), most frequent first:`);
console.log([...missing].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, n]) => `${n}\t${k}`).join('\n'));
