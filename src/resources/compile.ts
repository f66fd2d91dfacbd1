/**
 * Reading the YAML resource files and checking them with zod. Used by the build (which writes the
 * result as dist/resources/data.json), by runs from source (the tests), and for --kb files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { KbFileSchema, type KbEntry, type LangResources, ResourceSchemas, type ResourceName } from './schema.js';

export type Lang = 'ar' | 'en';
export interface Compiled {
  langs: Record<Lang, LangResources>;
  kb: KbEntry[];
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
    out[lang] = res as LangResources;
  }
  const kbFiles = readdirSync(new URL('kb/', dir)).filter((f) => f.endsWith('.yaml')).sort();
  const kb = kbFiles.flatMap((f) => parseKb(readFileSync(new URL(`kb/${f}`, dir), 'utf8'), `kb/${f}`));
  const ids = new Set<string>();
  for (const e of kb) {
    if (ids.has(e.id)) throw new ResourceError(`kb: the id '${e.id}' is used twice`);
    ids.add(e.id);
  }
  return { langs: out, kb };
}
