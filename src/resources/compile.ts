/**
 * Reading the YAML resource files and checking them with zod. Used by the build (which writes the
 * result as dist/resources/data.json), by runs from source (the tests), and for --kb files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildLatinTable, type LatinTable } from '../core/language.js';
import { foldForMatching } from '../core/clean.js';
import { kbFingerprint } from './fingerprint.js';
import { KbFileSchema, LangIdSchema, RomanizeSourceSchema, type KbEntry, type LangId, type LangResources, type RomanizeSource, ResourceSchemas, type ResourceName } from './schema.js';

export type Lang = 'ar' | 'en';
export interface Compiled {
  langs: Record<Lang, LangResources>;
  kb: KbEntry[];
  /** kbFingerprint(kb), made with it: what a built index of the knowledge base (the spelling index) was made from */
  kbFingerprint: string;
  /** language id's Latin-script word table (langid.yaml, with the English vocabulary and KB names); the build writes it to a file of its own, read when first needed */
  latin?: LatinTable;
}

export class ResourceError extends Error {}

export function parseResource<N extends ResourceName>(name: N, text: string, where: string): LangResources[N] {
  const r = ResourceSchemas[name].safeParse(parseYaml(text, where));
  if (!r.success) {
    const first = r.error.issues[0];
    throw new ResourceError(`${where}: ${first.path.join('.')}: ${first.message}`);
  }
  return r.data as LangResources[N];
}

export function parseKb(text: string, where: string): KbEntry[] {
  const r = KbFileSchema.safeParse(parseYaml(text, where));
  if (!r.success) {
    const first = r.error.issues[0];
    throw new ResourceError(`${where}: ${first.path.join('.')}: ${first.message}`);
  }
  return r.data.entities;
}

function parseYaml(text: string, where: string): unknown {
  try {
    return parse(text, { maxAliasCount: 50 });
  } catch (e) {
    throw new ResourceError(`${where}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Every resource file under `dir` (src/resources/), checked; ar/ and en/ must hold the same names. */
export function compileResources(dir: URL, langs: readonly Lang[]): Compiled {
  const expected = Object.keys(ResourceSchemas).map((n) => `${n}.yaml`).sort();
  const out = {} as Record<Lang, LangResources>;
  for (const lang of langs) {
    const have = readdirSync(new URL(`${lang}/`, dir)).filter((f) => f.endsWith('.yaml')).sort();
    if (JSON.stringify(have) !== JSON.stringify(expected)) {
      throw new ResourceError(`resources/${lang}: expected exactly ${expected.join(', ')}; found ${have.join(', ')}`);
    }
    const res: Partial<Record<ResourceName, unknown>> = {};
    for (const name of Object.keys(ResourceSchemas) as ResourceName[]) {
      res[name] = parseResource(name, readFileSync(new URL(`${lang}/${name}.yaml`, dir), 'utf8'), `${lang}/${name}.yaml`);
    }
    out[lang] = lang === 'ar' ? withNameSpellings(withDefiniteOffices(res as LangResources)) : (res as LangResources);
  }
  const kbFiles = readdirSync(new URL('kb/', dir)).filter((f) => f.endsWith('.yaml')).sort();
  const kb = kbFiles.flatMap((f) => parseKb(readFileSync(new URL(`kb/${f}`, dir), 'utf8'), `kb/${f}`));
  const ids = new Set<string>();
  for (const e of kb) {
    if (ids.has(e.id)) throw new ResourceError(`kb: the id '${e.id}' is used twice`);
    ids.add(e.id);
  }
  // (a place homograph's readings are knowledge-base entries, and its word an alias of one of them)
  for (const lang of langs) {
    for (const h of out[lang].organizations.place_homographs) {
      const entries = h.readings.map((id) => kb.find((e) => e.id === id));
      const missing = h.readings.filter((_, k) => !entries[k]);
      if (missing.length) throw new ResourceError(`${lang}/organizations.yaml: place_homographs: ${h.word}: no knowledge-base entry '${missing[0]}'`);
      if (!entries.some((e) => e!.aliases[lang].includes(h.word))) throw new ResourceError(`${lang}/organizations.yaml: place_homographs: ${h.word} is no alias of ${h.readings.join(' or ')}`);
    }
  }
  const langidText = readFileSync(new URL('langid.yaml', dir), 'utf8');
  const li = LangIdSchema.safeParse(parseYaml(langidText, 'langid.yaml'));
  if (!li.success) throw new ResourceError(`langid.yaml: ${li.error.issues[0].path.join('.')}: ${li.error.issues[0].message}`);
  return { langs: out, kb, kbFingerprint: kbFingerprint(kb), latin: latinTable(li.data, out.en, kb) };
}

/**
 * Arabic: an office's head made definite is a title before a name as the other titles are (المندوب الإسرائيلي دان
 * غيلرمان، المبعوث الأممي ...), unless the speech verbs list it as a noun for an unnamed speaker (قال المسؤول ...).
 */
function withDefiniteOffices(res: LangResources): LangResources {
  const unnamed = new Set(res['speech-verbs'].unnamed);
  const definite = res.titles.role_heads.map((h) => `ال${h}`).filter((t) => !unnamed.has(t));
  return { ...res, titles: { ...res.titles, titles: [...new Set([...res.titles.titles, ...definite])] } };
}

/**
 * Arabic: each given name with a ئ inside it also as Arabic news often types it, the hamza's seat left bare (فايز for
 * فائز، رايد for رائد، عايشة for عائشة); not a spelling that is a common or function word, a word the names list keeps
 * out, or a name already listed. (Measured and left out: a final ى as ي and ي as ى, موسي، سامى, and a final ة as ه:
 * no name more found on the dev sets, some words more taken.)
 */
function withNameSpellings(res: LangResources): LangResources {
  const g = res['given-names'];
  // (each as the cleaned text writes it)
  const taken = new Set([...res['common-words'].words, ...res['function-words'].words, ...g.not_names, ...g.names].map(foldForMatching));
  const added: string[] = [];
  for (const name of g.names) {
    const bare = name.replace(/(?<=.)ئ(?=.)/g, 'ي');
    if (bare === name || taken.has(foldForMatching(bare))) continue;
    taken.add(foldForMatching(bare));
    added.push(bare);
  }
  return added.length ? { ...res, 'given-names': { ...g, names: [...g.names, ...added] } } : res;
}

/** romanize.yaml under `dir` (src/resources/), checked: read apart from the rest, only when a name is romanized. */
export function compileRomanizeSource(dir: URL): RomanizeSource {
  const r = RomanizeSourceSchema.safeParse(parseYaml(readFileSync(new URL('romanize.yaml', dir), 'utf8'), 'romanize.yaml'));
  if (!r.success) throw new ResourceError(`romanize.yaml: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
  return r.data;
}

/**
 * The Latin-script table of language id: langid.yaml's words, and as English names every word of the
 * English resources (speech verbs, units, months, titles, given names …) and of the KB's English names.
 */
export function latinTable(langid: LangId, en: LangResources | undefined, kb: KbEntry[]): LatinTable {
  const names: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of v.split(/[^A-Za-z]+/)) if (w) names.push(w);
    } else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(en);
  for (const e of kb) walk([e.name, e.aliases.en]);
  return buildLatinTable(langid.words, names, langid.elisions);
}
