#!/usr/bin/env node
/**
 * Precision off-topic: the attributions and quotes produced on the CoNLL-2003 dev split and the ANERcorp dev
 * part (news mostly about sport and politics, where almost no claim of a hostile act should be found), with
 * every attribution listed for judging. Documents are rebuilt from the token files (-DOCSTART- in CoNLL;
 * ANERcorp has none, so every 15 sentences are one document).
 * Usage: node scripts/offtopic.js [path/to/shared]
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText } from '../dist/index.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const shared = process.argv[2] ?? join(root, '..', 'shared');
const sets = [
  ['CoNLL-2003 dev', join(shared, 'bench', 'conll2003_en_dev', 'eng.testa.conll'), 'en'],
  ['ANERcorp dev', join(shared, 'bench', 'anercorp_ar_dev', 'ANERCorp_dev.conll'), 'ar'],
];

function documents(file, lang) {
  const docs = [];
  let sentence = [];
  let doc = [];
  const flushSentence = () => {
    if (sentence.length) doc.push(sentence.join(' '));
    sentence = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flushSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (!line.trim()) {
      flushSentence();
      if (lang === 'ar' && doc.length >= 15) {
        docs.push(doc);
        doc = [];
      }
    } else sentence.push(line.split(/\s+/)[0]);
  }
  flushSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

for (const [label, file, lang] of sets) {
  const docs = documents(file, lang);
  let attributions = 0;
  let quotes = 0;
  const listed = [];
  for (const d of docs) {
    const r = extractText(d.join('\n'), { lang });
    const name = (id) => (id ? (r.entities.find((e) => e.id === id)?.name ?? id) : 'null');
    attributions += r.attributions.length;
    quotes += r.quotes.length;
    for (const a of r.attributions) listed.push(`${a.rule} | ${name(a.actor)} -> ${name(a.attributed_to)} per ${name(a.claimed_by)} (${a.stance}) | ${a.evidence.text.slice(0, 90)}`);
  }
  console.log(`${label} (${lang}): ${docs.length} documents, ${attributions} attributions, ${quotes} quotes`);
  for (const l of listed) console.log(`  ${l}`);
}
