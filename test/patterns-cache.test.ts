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
