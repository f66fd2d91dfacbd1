#!/usr/bin/env node
/**
 * How the pipeline holds up when the same Arabic news is typed another way: the in-domain dev articles (../shared/dev/ar)
 * and their gold rewritten letter for letter, as real sources type them, then scored with the same scorer as
 * `extract eval --gold` (F1 per field). A robust pipeline scores each variant as it scores the text as it is.
 * - Egyptian ى: every final ي typed as ى (فى، السيسى), as the Egyptian press does; and the other way, every final ى
 *   typed ي (علي for the preposition على, الي، مستوي), as many sites do.
 * - Persian keyboard: ي and ى as the Persian yeh ی, ك as the Persian kaf ک (text copied from Persian sources).
 * - Egyptian hamza: مسؤول and ؤو as مسئول، ئو (شئون).
 * - Arabic-Indic digits, and the Latin comma and semicolon for the Arabic ones.
 * - Final ة as ه (informal typing; ه is also the pronoun "his", so the cleaner writes ة again only in a text typed so
 *   throughout, and only for the vocabulary's words: restoreTaMarbuta); and both with the Egyptian ى (informal Egyptian sites).
 * - Presentation forms, as text copied from a PDF carries them (each letter's isolated form, لا as its ligature).
 * - Guillemets « » for the quotation marks; tanween and shadda (أيضاً، الدّولي), tatweel (مـحاولة): the cleaner deletes them.
 * And the dev en articles with every apostrophe between two letters typed ’ (Russia’s, d’Information), as most outlets
 * do, with straight or curly double quotes throughout, with U.K. and U.S. for UK and US (the US press's style), with
 * thousands written without a comma, with dashes typed as hyphens, and with months abbreviated (AP style). Both
 * languages also hard-wrapped at 78 columns, as plain-text wire copy and e-mail are. The gold is rewritten through its YAML (each text, not a
 * figure's or a date's value).
 * Development data only; nothing is asserted. Usage: node scripts/typing-variants.js [path/to/shared]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processDocument, sha256Hex } from '../dist/core/pipeline.js';
import { loadFranc } from '../dist/core/language.js';
import { parseGold, scoreGold } from '../dist/eval/gold.js';
import { parse, stringify } from 'yaml';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const shared = process.argv[2] ?? join(root, '..', 'shared');
if (!existsSync(join(shared, 'dev', 'ar'))) {
  console.log(`typing variants: no ${join(shared, 'dev')}`);
  process.exit(0);
}
await loadFranc();

const END = '(?![\\u0621-\\u064A\\u064B-\\u0652])';
const FORM_OF = new Map();
for (let c = 0xfe80; c <= 0xfefc; c++) {
  const letter = String.fromCharCode(c).normalize('NFKC');
  if (letter.length === 1 && !FORM_OF.has(letter)) FORM_OF.set(letter, String.fromCharCode(c));
}
const VARIANTS = {
  ar: [
    ['as written', (s) => s],
    ['Egyptian ى (final ي as ى)', (s) => s.replace(new RegExp(`ي${END}`, 'g'), 'ى')],
    ['final ى as ي (علي for على)', (s) => s.replace(new RegExp(`ى${END}`, 'g'), 'ي')],
    ['Persian keyboard (ی, ک)', (s) => s.replace(/[يى]/g, '\u06CC').replace(/ك/g, '\u06A9')],
    ['Egyptian hamza (مسئول, ئو)', (s) => s.replace(/ؤو/g, 'ئو')],
    ['Arabic-Indic digits (٣، ٢٠١٦)', (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))],
    ['guillemets (« » for “ ” and ")', (s) => curly(s).replace(/“/g, '«').replace(/”/g, '»')],
    ['Latin comma and semicolon', (s) => s.replace(/،/g, ',').replace(/؛/g, ';')],
    ['tanween and shadda (أيضاً، الدّولي)', (s) => s.replace(new RegExp(`(?<=[\\u0621-\\u064A])ا${END}`, 'g'), 'اً').replace(/(?<=ال[تثدذرزسشصضطظلن])(?=[\u0621-\u064A])/g, '\u0651')],
    ['tatweel after م (مـحاولة، الـمـركز)', (s) => s.replace(/م(?=[\u0621-\u064A])/g, 'م\u0640')],
    ['final ة as ه', (s) => s.replace(new RegExp(`ة${END}`, 'g'), 'ه')],
    ['presentation forms, as copied from a PDF (ﻣ for م)', presentationForms],
    ['informal Egyptian: final ي as ى and ة as ه', (s) => s.replace(new RegExp(`ي${END}`, 'g'), 'ى').replace(new RegExp(`ة${END}`, 'g'), 'ه')],
  ],
  en: [
    ['as written', (s) => s],
    ['curly apostrophes (’ for \')', (s) => s.replace(/(?<=[A-Za-z])'(?=[A-Za-z])/g, '\u2019')],
    ['straight double quotes (" for “ ”)', (s) => s.replace(/[“”]/g, '"')],
    ['curly double quotes (“ ” for ")', curly],
    ['U.K. for UK', (s) => s.replace(/\bUK\b/g, 'U.K.')],
    ['U.S. for US', (s) => s.replace(/\bUS\b/g, 'U.S.')],
    ['thousands without a comma (2000)', (s) => s.replace(/(?<=[0-9]),(?=[0-9]{3})/g, '')],
    ['dashes as hyphens (" - ", --)', (s) => s.replace(/ — /g, ' - ').replace(/—/g, '--')],
    ['months abbreviated (Jan., Oct.)', (s) => s.replace(/\b(January|February|August|September|October|November|December)\b/g, (m) => `${m.slice(0, 3)}.`)],
  ],
};
const FIELDS = ['figures', 'dates', 'entities', 'attributions', 'quotes'];
/** Plain-text wire copy and e-mail: each line broken at the last space before WRAP_AT columns (a space for a line break). */
const WRAP_AT = 78;
function wrapped(s) {
  const a = s.split('');
  let col = 0;
  let space = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '\n') {
      col = 0;
      space = -1;
      continue;
    }
    if (a[i] === ' ') space = i;
    if (++col > WRAP_AT && space >= 0) {
      a[space] = '\n';
      col = i - space;
      space = -1;
    }
  }
  return a.join('');
}
/** Each Arabic letter as one of its presentation forms (the first Unicode lists for it, its isolated form), لا as its ligature. */
function presentationForms(s) {
  return s.replace(/لا/g, '\uFEFB').replace(/[\u0621-\u064A]/g, (ch) => FORM_OF.get(ch) ?? ch);
}
/** Straight double quotes as curly ones: opening after a space, a line's start or a bracket, else closing. */
function curly(s) {
  return s.replace(/"/g, (_, at, all) => (at === 0 || /[\s(\[]/.test(all[at - 1]) ? '“' : '”'));
}
/** The gold rewritten as its article is: each text of the YAML, not a figure's or a date's value. */
function rewriteGold(yamlText, rewrite) {
  const walk = (x, key) => {
    if (typeof x === 'string') return ['value', 'resolved', 'hijri'].includes(key) ? x : rewrite(x);
    if (Array.isArray(x)) return x.map((y) => walk(y, key));
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v, k)]));
    return x;
  };
  return stringify(walk(parse(yamlText), ''), { lineWidth: 0 });
}

const rows = [];
for (const lang of ['ar', 'en']) {
  const dir = join(shared, 'dev', lang);
  const docs = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, 'articles', f), 'utf8'), gold: readFileSync(join(dir, 'gold', f.replace(/\.txt$/, '.yaml')), 'utf8') }));
  for (const [name, rewrite, positional] of [...VARIANTS[lang], [`hard-wrapped at ${WRAP_AT} columns`, wrapped, true]]) {
    const scored = docs.map((d) => {
      const text = rewrite(d.text);
      const record = processDocument({ id: d.id, text, source: { path: d.id, sha256: sha256Hex(text), format: 'string', encoding: 'utf-8' } });
      // (a rewrite that depends on where a text stands, as wrapping does, gives each gold text the article's own letters there)
      const goldRewrite = positional ? (x) => { const at = d.text.indexOf(x); return at >= 0 ? text.slice(at, at + x.length) : x; } : rewrite;
      return { gold: parseGold(rewriteGold(d.gold, goldRewrite), d.id, text), record, article: text };
    });
    const sc = scoreGold(scored).scores[lang];
    rows.push([`${lang}: ${name}`, ...FIELDS.map((f) => (100 * sc[f].f1).toFixed(1))]);
  }
}
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\nThe dev articles typed other ways (F1, gold rewritten alike):\n`);
console.log(`| ${'typing'.padEnd(w)} | ${FIELDS.map((f) => f.padStart(12)).join(' | ')} |`);
console.log(`|${'-'.repeat(w + 2)}|${FIELDS.map(() => '-'.repeat(14)).join('|')}|`);
for (const [n, ...v] of rows) console.log(`| ${n.padEnd(w)} | ${v.map((x) => x.padStart(12)).join(' | ')} |`);
