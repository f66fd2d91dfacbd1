#!/usr/bin/env node
/**
 * The entity-rule audit (issue 18): every entity rule that fires on the development sets is turned off in
 * turn (its candidates dropped before refinement, as if the rule were not there; Registry option `off`), and
 * the entity F1 change is reported on each set: the in-domain dev articles (GOLD.md entities, ar and en),
 * the CoNLL-2003 dev split and the ANERcorp dev part (exact chunks, PER/LOC/ORG). Development splits only:
 * the test splits are not read here.
 * Usage: node scripts/ablation.js [path/to/shared] [--rules r1,r2+r3] [--json] (r2+r3: both off together, for
 * rules that may stand in for each other)
 * A positive Δ means the rule adds that much F1 (points) on the set; a rule that adds nothing on any set is
 * a candidate for removal.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processDocument, sha256Hex } from '../dist/core/pipeline.js';
import { loadFranc } from '../dist/core/language.js';
import { Registry, languageExtractors } from '../dist/extractors/registry.js';
import { loadKb } from '../dist/resources/index.js';
import { parseGold, scoreGold } from '../dist/eval/gold.js';
import { parseConll, scoreConll } from '../dist/eval/conll.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const json = args.includes('--json') ? (args.splice(args.indexOf('--json'), 1), true) : false;
const only = flag('--rules')?.split(',');
const shared = args[0] ?? join(root, '..', 'shared');
await loadFranc();

const input = (id, text, lang) => ({ id, text, ...(lang ? { lang } : {}), source: { path: id, sha256: sha256Hex(text), format: 'string', encoding: 'utf-8' } });

/** The sets: each a function from a registry to its entity F1 (and the rules its records used). */
const sets = [];
for (const lang of ['ar', 'en']) {
  const dir = join(shared, 'dev', lang);
  if (!existsSync(dir)) continue;
  const docs = readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, 'articles', f), 'utf8');
      const id = f.replace(/\.txt$/, '');
      return { id, text, gold: parseGold(readFileSync(join(dir, 'gold', `${id}.yaml`), 'utf8'), id, text) };
    });
  sets.push({
    name: `dev ${lang}`,
    score(registry, rules) {
      const scored = docs.map((d) => {
        const record = processDocument(input(d.id, d.text), { registry });
        for (const e of record.entities) for (const m of e.mentions) rules?.add(m.rule);
        return { gold: d.gold, record, article: d.text };
      });
      const sc = scoreGold(scored).scores[lang];
      return [sc.entities.f1, sc.quotes.f1, sc.attributions.f1, sc.entities.accuracy['canonical name']?.[0] ?? 0];
    },
  });
}
for (const [name, file, lang] of [
  ['CoNLL dev', join(shared, 'bench', 'conll2003_en_dev', 'eng.testa.conll'), 'en'],
  ['ANERcorp dev', join(shared, 'bench', 'anercorp_ar_dev', 'ANERCorp_dev.conll'), 'ar'],
]) {
  if (!existsSync(file)) continue;
  const docs = parseConll(readFileSync(file, 'utf8'));
  sets.push({
    name,
    score(registry, rules) {
      const items = docs.map((doc, i) => {
        const record = processDocument(input(`d${i}`, doc.text, lang), { registry });
        for (const e of record.entities) for (const m of e.mentions) rules?.add(m.rule);
        return { doc, record };
      });
      return [scoreConll(items).scores.all.f1];
    },
  });
}

const kb = loadKb();
const registryWithout = (off) => new Registry((l) => languageExtractors(l, kb), { off });
const rules = new Set();
const base = sets.map((s) => s.score(registryWithout(new Set()), rules));
// (and the link stage's steps that rename entities without a mention of their own: a romanized name)
const LINK_STEPS = ['ar/entity/romanized-name'];
// (only names a rule can be turned off by: the extractors' rules, and the linking steps that ask the registry, the
// place homographs' choice too; an entity the claims add for a nationality, rule lang/entity/demonym, is no rule the
// registry runs, so turning its name off would change nothing and read as a rule that adds nothing)
const declared = new Set(['ar', 'en'].flatMap((l) => languageExtractors(l, kb).flatMap((e) => e.rules ?? [])));
// (and the other link steps that ask it and give mentions of their own: a name found again, en/entity/name-occurrence)
const switchable = (r) => declared.has(r) || LINK_STEPS.includes(r) || r.endsWith('/entity/place-homograph') || r === 'en/entity/name-occurrence';
const list = (only ?? [...[...rules].filter((r) => r.includes('/entity/') && switchable(r)), ...LINK_STEPS].sort());
const rows = [];
for (const rule of list) {
  const off = registryWithout(new Set(rule.split('+')));
  const scores = sets.map((s) => s.score(off));
  // entity F1 per set, then what the rule does to the dev sets' quotes and attributions (speakers and
  // claimants are entities too): the sum of their two F1 changes over both languages
  const delta = scores.map((x, i) => 100 * (base[i][0] - x[0]));
  let links = 0;
  let names = 0;
  scores.forEach((x, i) => {
    if (x.length > 1) links += 100 * (base[i][1] - x[1] + base[i][2] - x[2]);
    // (and how many more dev entities have the canonical name right with the rule: a rule may only rename)
    if (x.length > 3) names += base[i][3] - x[3];
  });
  rows.push({ rule, delta, links, names });
  if (!json) process.stderr.write('.');
}
if (json) {
  process.stdout.write(`${JSON.stringify({ sets: sets.map((s, i) => ({ name: s.name, f1: base[i][0] })), rules: rows }, null, 2)}\n`);
} else {
  process.stderr.write('\n');
  const w = 34;
  const fmt = (x) => (Math.abs(x) < 0.05 ? '0' : `${x > 0 ? '+' : ''}${x.toFixed(1)}`).padStart(12);
  console.log(`Entity rules, each turned off: the F1 points it adds (entity F1 at base: ${sets.map((s, i) => `${s.name} ${(100 * base[i][0]).toFixed(1)}`).join(', ')})`);
  console.log('"dev links": the change it makes to the dev sets\' quotes F1 plus attributions F1, both languages summed;');
  console.log('"dev names": how many more dev entities (both languages) have their canonical name right with the rule.');
  console.log(`| ${'rule'.padEnd(w)} |${sets.map((s) => s.name.padStart(13)).join(' |')} |    dev links |    dev names |`);
  console.log(`|${'-'.repeat(w + 2)}|${sets.map(() => '-'.repeat(13)).join('|')}|${'-'.repeat(14)}|${'-'.repeat(14)}|`);
  for (const r of rows) console.log(`| ${r.rule.padEnd(w)} |${r.delta.map((d) => fmt(d) + ' ').join('|')}|${fmt(r.links)}  |${String(r.names === 0 ? 0 : `${r.names > 0 ? '+' : ''}${r.names}`).padStart(12)}  |`);
  const idle = rows.filter((r) => r.delta.every((d) => d <= 0.05) && r.links <= 0.05 && r.names <= 0);
  if (idle.length) console.log(`\nAdding nothing on any set: ${idle.map((r) => r.rule).join(', ')}`);
}
