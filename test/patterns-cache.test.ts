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
    // (start-up checks the index against the fingerprint the build wrote with the knowledge base, not a new walk over it)
    const data = JSON.parse(readFileSync(new URL('../dist/resources/data.json', import.meta.url), 'utf8')) as { kbFingerprint: string };
    expect(data.kbFingerprint).toBe(built.kb);
  });
});

describe('a space in a phrase alternation', () => {
  it('matches one to four spaces or tabs, as [ \\t]{1,4} would, at every start of random text', async () => {
    const fc = (await import('fast-check')).default;
    // (the phrases share words and prefixes, so that the trie branches after a space)
    const phrases = ['جهاز الأمن', 'جهاز الأمن الفيدرالي', 'جهاز', 'new york', 'new york city', 'new jersey', 'a b c'];
    const built = new RegExp(buildAlt(phrases), 'y');
    // the same alternation written as a flat list, longest first, each space as the bounded run V8 unrolls
    const flat = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]{1,4}'));
    const plain = new RegExp(`(?:${flat.join('|')})`, 'y');
    const piece = fc.constantFrom('جهاز', 'الأمن', 'الفيدرالي', 'new', 'york', 'city', 'jersey', 'a', 'b', 'c', ' ', '  ', '    ', '     ', '\t', ' \t  \t', '      ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
        const s = ps.join('');
        for (let i = 0; i <= s.length; i++) {
          built.lastIndex = plain.lastIndex = i;
          expect(built.exec(s)?.[0]).toBe(plain.exec(s)?.[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
