/** The per-word character tests (src/extractors/patterns.ts) say what the regexes they replace say, on any string. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCapitals, dropLastOf, hasArabicLetter, hasAsciiLetter, capitalized, trimEndOf } from '../src/extractors/patterns.js';

const piece = fc.constantFrom('a', 'Z', 'M', 'ب', 'ء', 'ي', 'ٱ', '.', ',', ';', ':', '’', "'", '-', '2', '9', '0', ' ', 'é', '😀', '\u0620', '\u064B', '@', '[', '`', '{');
const word = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));

describe('per-word character tests', () => {
  it('agree with the regexes they replace', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(hasArabicLetter(w)).toBe(/[\u0621-\u064A]/.test(w));
        expect(hasAsciiLetter(w)).toBe(/[A-Za-z]/.test(w));
        expect(capitalized(w)).toBe(/^[A-Z]/.test(w));
        expect(allCapitals(w)).toBe(/^[A-Z]+$/.test(w));
        expect(trimEndOf(w, ".’'-")).toBe(w.replace(/[.’'\-]+$/, ''));
        expect(dropLastOf(w, '.,;:')).toBe(w.replace(/[.,;:]$/, ''));
        expect(dropLastOf(w, '23456789')).toBe(w.replace(/[2-9]$/, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
