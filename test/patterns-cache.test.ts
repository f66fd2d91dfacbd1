/** The alternations the build records for start-up are the ones the rules would build from the same phrases. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAlt } from '../src/extractors/patterns.js';

const CACHE = new URL('../dist/resources/patterns.json', import.meta.url);

describe('built alternation cache', () => {
  it('holds, for every recorded phrase list, the pattern built from it now', () => {
    expect(existsSync(CACHE)).toBe(true);
    const cache = JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, string>;
    const entries = Object.entries(cache);
    // (the build records every alternation the rules of both languages assemble: well over a hundred)
    expect(entries.length).toBeGreaterThan(100);
    for (const [key, pattern] of entries) expect(buildAlt(key.split('\n'))).toBe(pattern);
  });
});

describe('built Arabic spelling index', () => {
  it('is the index the packaged knowledge base gives when made from scratch, and fits the knowledge base it was made from', async () => {
    const file = new URL('../dist/resources/spelling.json', import.meta.url);
    expect(existsSync(file)).toBe(true);
    const built = JSON.parse(readFileSync(file, 'utf8')) as { kb: string; names: [string, number][]; short: [string, number][]; prefixes: string[]; shortPrefixes: string[] };
    // from source no built copy is read: the index is made here from the YAML, as the build made it from the same files
    const { recordSpellingIndex } = await import('../src/extractors/spelling.js');
    const { languageExtractors } = await import('../src/extractors/registry.js');
    const { loadKb } = await import('../src/resources/index.js');
    const got = recordSpellingIndex();
    // (a knowledge base of its own, so that the index is made again, not taken from the registry's cache)
    languageExtractors('ar', [...loadKb()]);
    const fresh = got();
    expect(fresh).not.toBeNull();
    expect(fresh!.kb).toBe(built.kb);
    expect(fresh!.names).toEqual(built.names);
    expect(fresh!.short).toEqual(built.short);
    expect(fresh!.prefixes).toEqual(built.prefixes);
    expect(fresh!.shortPrefixes).toEqual(built.shortPrefixes);
    expect(built.names.length).toBeGreaterThan(1000);
  });
});
