/**
 * The built package (dist/, with the resources the build wrote: the lexicon, the recorded alternations, the
 * knowledge base as JSON) on sentences made of its own vocabulary: every first word of every lexicon phrase in
 * both languages, Object.prototype's property names, numbers and punctuation, in any order. The other property
 * tests run the source, whose resources are compiled at load; a fault of the built form alone (a lexicon table
 * that answered 'constructor' with Object.prototype's member) shows only here.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../dist/index.js';
import { ROOT, slice } from './helpers.js';

const vocabulary: string[] = [...Object.getOwnPropertyNames(Object.prototype), '5', '2,700', '١٢', '3.5%', '$4m', '"', '«', '»', '(', ')', '،', '.', '\n', 'و', 'said', 'قال'];
for (const lang of ['ar', 'en']) {
  const data = JSON.parse(readFileSync(`${ROOT}/dist/resources/lexicon-${lang}.json`, 'utf8')) as { first: Record<string, [string, number, number, string | null][]> };
  for (const [key, list] of Object.entries(data.first)) {
    vocabulary.push(key);
    // (and a whole phrase of the key's, as its tokens are keyed)
    if (list[0]?.[0]) vocabulary.push(`${key} ${list[0][0].split('\u0001').join(' ')}`);
  }
}

describe('the built package', () => {
  it('never throws on its own vocabulary in any order; every span slices back; every record validates', () => {
    expect(vocabulary.length).toBeGreaterThan(10_000);
    const words = fc.constantFrom(...vocabulary);
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 60 }), fc.constantFrom(' ', ' , ', '. '), fc.constantFrom(undefined, 'ar', 'en'), (ws, sep, lang) => {
        const text = ws.join(sep);
        const r = extractText(text, { lang, refDate: '2024-11-05' });
        for (const sp of [...r.entities.flatMap((e) => e.mentions), ...r.dates, ...r.figures, ...r.quotes, ...r.attributions.map((a) => a.evidence)]) {
          expect(slice(text, sp.start, sp.end)).toBe(sp.text);
        }
      }),
      { numRuns: 1500, seed: 20261203 },
    );
  });
});
