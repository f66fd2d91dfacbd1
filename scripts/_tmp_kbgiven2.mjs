import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
const { arabicSkeleton, latinSkeleton } = await import('../dist/extractors/spelling.js');
const { commonWords } = await import('../dist/extractors/lexicon.js');
const { loadLanguage } = await import('../dist/resources/index.js');
const dir = new URL('../src/resources/kb/', import.meta.url).pathname;
const kb = readdirSync(dir).filter(f => f.endsWith('.yaml')).flatMap(f => parse(readFileSync(dir + f, 'utf8')).entities ?? []);
const arRes = loadLanguage('ar');
const common = commonWords(arRes);
const arGiven = new Set(arRes['given-names'].names);
const fw = new Set(arRes['function-words'].words);
const enGiven = new Set(parse(readFileSync(new URL('../src/resources/en/given-names.yaml', import.meta.url), 'utf8')).names);
const kbWords = new Set(kb.flatMap((e) => [...(e.aliases?.ar ?? []), ...(e.context?.ar ?? []), ...(e.demonyms?.ar ?? [])]).filter((a) => !a.includes(' ')));
const out = new Map();
for (const e of kb) {
  if (e.type !== 'person' || !e.name_ar) continue;
  const enFirst = e.name.split(' ')[0];
  if (!enGiven.has(enFirst)) continue;
  for (const a of new Set([e.name_ar, ...(e.aliases?.ar ?? [])])) {
    const w = a.split(' ');
    if (w.length < 2 || arGiven.has(w[0]) || w[0].length < 4 || kbWords.has(w[0]) || w[0].startsWith('ال') || common(w[0]) || fw.has(w[0])) continue;
    if (arabicSkeleton(w[0]) !== latinSkeleton(enFirst)) continue;
    out.set(w[0], enFirst);
  }
}
console.log(out.size, [...out].map(([k, v]) => k + ':' + v).join(' '));
if (process.argv[2] === 'write') {
  const p = new URL('../src/resources/ar/given-names.yaml', import.meta.url);
  const s = readFileSync(p, 'utf8').replace(/^names: \[/m, `names: [${[...out.keys()].join(', ')}, `);
  writeFileSync(p, s);
}
