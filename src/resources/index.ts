/**
 * The language resources and the knowledge base, loaded once per process. A built package reads the
 * JSON that the build wrote after checking every YAML file with zod (no YAML parser at start-up); from
 * source (the tests) the YAML files are read and checked here. Extractors receive the resources as
 * plain values and never read files themselves.
 */
import { readFileSync } from 'node:fs';
import { foldForMatching } from '../core/clean.js';
import type { KbEntry, LangResources, RomanizeSource } from './schema.js';
import type { LatinTable } from '../core/language.js';
import { compileLexicon, type LexiconData } from '../lexicon/compile.js';
import type { Compiled, Lang } from './compile.js';
import type { SpellingIndexData } from '../extractors/spelling.js';
import type { RomanizeData } from '../link/romanize.js';

export type { Lang };
export const LANGS: readonly Lang[] = ['ar', 'en'];

/** This file is src/resources/index.ts or dist/resources/index.js: the YAML stays in src/resources. */
const DATA_DIR: URL = new URL('../../src/resources/', import.meta.url);
/**
 * The JSON the build wrote, dist/resources/: named from this file's folder's parent, so that the bundle bin/extract.js
 * loads (dist/bundle/, scripts/bundle.js) finds it too.
 */
const BUILT_DIR: URL = new URL('../resources/', import.meta.url);

function readCompiled(): Compiled | null {
  try {
    return JSON.parse(readFileSync(new URL('data.json', BUILT_DIR), 'utf8')) as Compiled;
  } catch {
    return null;
  }
}

const compiled = readCompiled();
/** the YAML reader, from source only (a built package reads the JSON the build wrote) */
const compiler = compiled ? null : await import('./compile.js');
const data: Compiled = compiled ?? compiler!.compileResources(DATA_DIR, LANGS);

export function loadLanguage(lang: Lang): LangResources {
  return data.langs[lang];
}

/** The packaged knowledge base (src/resources/kb/*.yaml). */
export function loadKb(): KbEntry[] {
  return data.kb;
}

/** The packaged knowledge base's fingerprint (compile.ts kbFingerprint), made when it was compiled: a built index of it is checked against this instead of walking the knowledge base again at start-up. */
export function loadKbFingerprint(): string {
  return data.kbFingerprint;
}

/** The word table that tells Latin-script languages apart (langid.yaml, built with the English vocabulary and KB names). */
let latin: LatinTable | null = data.latin ?? null;
export function loadLatinTable(): LatinTable {
  if (!latin) latin = JSON.parse(readFileSync(new URL('latin.json', BUILT_DIR), 'utf8')) as LatinTable;
  return latin;
}

const lexicons: Partial<Record<Lang, LexiconData>> = {};
/**
 * The compiled lexicon of a language (src/lexicon/compile.ts): from dist/resources/lexicon-<lang>.json,
 * written by the build, or compiled here from the resources and the packaged knowledge base.
 */
export function loadLexiconData(lang: Lang): LexiconData {
  let d = lexicons[lang];
  if (!d) {
    try {
      d = JSON.parse(readFileSync(new URL(`lexicon-${lang}.json`, BUILT_DIR), 'utf8')) as LexiconData;
    } catch {
      d = compileLexicon(lang, data.langs[lang], data.kb);
    }
    lexicons[lang] = d;
  }
  return d;
}

/** Resource phrases as the cleaner would see them (alef forms, digits, diacritics folded). */
export function fold(phrase: string): string {
  return foldForMatching(phrase);
}

/**
 * The Arabic spelling index of the packaged knowledge base (src/extractors/spelling.ts), as the build wrote it:
 * null from source (the tests) or when the build wrote none, and the index is made at start-up.
 */
let spellingData: SpellingIndexData | null | undefined;
export function loadSpellingIndexData(): SpellingIndexData | null {
  if (spellingData === undefined) spellingData = built<SpellingIndexData>('spelling.json');
  return spellingData;
}

/** A JSON file the build wrote beside this module, or null (from source, or when the build wrote none). */
function built<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(new URL(file, BUILT_DIR), 'utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * What romanizes a foreign person's Arabic name (romanize.yaml), from source (the tests); a built package reads the
 * lists the build prepared from it (loadRomanizeData) instead.
 */
export function loadRomanizeSource(): RomanizeSource {
  if (!compiler) throw new Error('dist/resources/romanize.json is missing: run the build (npm run build)');
  return compiler.compileRomanizeSource(DATA_DIR);
}

/**
 * The romanizer's lists as the build prepared them (src/link/romanize.ts), or null from source: read anew on each
 * call (the caller keeps the lists it makes of them, not this JSON).
 */
export function loadRomanizeData(): RomanizeData | null {
  return built<RomanizeData>('romanize.json');
}

/**
 * Phrase alternations built once at build time (scripts/build-resources.js records every one the rules
 * assemble), by their folded phrases: start-up reads them instead of building each prefix trie again. Empty
 * from source (the tests), where every alternation is built as before; a list that changed since the build
 * has another key, so it is built too.
 */
let patternCache: Map<string, string> | null = null;
export function loadPatternCache(): Map<string, string> {
  if (!patternCache) {
    try {
      patternCache = new Map(Object.entries(JSON.parse(readFileSync(new URL('patterns.json', BUILT_DIR), 'utf8')) as Record<string, string>));
    } catch {
      patternCache = new Map();
    }
  }
  return patternCache;
}
