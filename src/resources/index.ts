/**
 * Loads the language resources: packaged data files read once per process, validated by zod. The
 * extractors receive them as plain values and never read files themselves.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { foldForMatching } from '../core/clean.js';
import { KbFileSchema, type KbEntry, type LangResources, ResourceSchemas, type ResourceName } from './schema.js';

export type Lang = 'ar' | 'en';
export const LANGS: readonly Lang[] = ['ar', 'en'];

/** This file is src/resources/index.ts or dist/resources/index.js: the data stays in src/resources. */
const DATA_DIR = new URL('../../src/resources/', import.meta.url);

export class ResourceError extends Error {}

export function parseResource<N extends ResourceName>(name: N, text: string, where: string): LangResources[N] {
  const data = parse(text, { maxAliasCount: 50 });
  const r = ResourceSchemas[name].safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new ResourceError(`${where}: ${first.path.join('.')}: ${first.message}`);
  }
  return r.data as LangResources[N];
}

const cache = new Map<Lang, LangResources>();

/**
 * The build (scripts/build-resources.js) validates every YAML file with these same schemas and writes
 * them as one JSON file beside the compiled loader, so a run starts without parsing YAML. Running
 * from source (the tests), there is no such file and the YAML is read and checked here.
 */
interface Compiled {
  langs: Record<Lang, LangResources>;
  kb: KbEntry[];
}
let compiled: Compiled | null | undefined;
function getCompiled(): Compiled | null {
  if (compiled === undefined) {
    try {
      compiled = JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8')) as Compiled;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

export function loadLanguage(lang: Lang): LangResources {
  let res = cache.get(lang) ?? getCompiled()?.langs[lang];
  if (res) return res;
  const out: Partial<Record<ResourceName, unknown>> = {};
  for (const name of Object.keys(ResourceSchemas) as ResourceName[]) {
    const url = new URL(`${lang}/${name}.yaml`, DATA_DIR);
    out[name] = parseResource(name, readFileSync(url, 'utf8'), `${lang}/${name}.yaml`);
  }
  res = out as LangResources;
  cache.set(lang, res);
  return res;
}

let kbCache: KbEntry[] | null = null;

export function parseKb(text: string, where: string): KbEntry[] {
  const data = parse(text, { maxAliasCount: 50 });
  const r = KbFileSchema.safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new ResourceError(`${where}: ${first.path.join('.')}: ${first.message}`);
  }
  return r.data.entities;
}

/** The packaged knowledge base (src/resources/kb/entities.yaml). */
export function loadKb(): KbEntry[] {
  if (kbCache) return kbCache;
  const c = getCompiled();
  if (c) return (kbCache = c.kb);
  kbCache = parseKb(readFileSync(new URL('kb/entities.yaml', DATA_DIR), 'utf8'), 'kb/entities.yaml');
  return kbCache;
}

/** Resource phrases as the cleaner would see them (alef forms, digits, diacritics folded). */
export function fold(phrase: string): string {
  return foldForMatching(phrase);
}
