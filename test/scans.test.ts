/**
 * Word scans made once per document, by hand or shared: the same words as the regexes they stand for
 * (proper-names lowerWords; patterns.wordScan with scanFrom, walked per region as the rules walk them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerWords, scanFrom, wordAt, wordRuns, wordScan, WORD_CHARS, WORD_TABLE, type Scanner } from '../src/extractors/patterns.js';
import { tokenScanner } from '../src/extractors/organizations.js';
import { wordsScanner } from '../src/extractors/proper-names.js';
import type { Doc } from '../src/core/types.js';

const pieces = fc.constantFrom('a', 'ab', 'abc', 'Abc', 'ABC', 'don', "'", '-', 't', 'well', ' ', '  ', '.', ',', 'é', 'eBay', 'x1', '2', 'قال', 'و', '\n', '_');

describe('lowerWords', () => {
  it('finds the words /(?<![A-Za-z])[a-z][a-z\'-]{2,}/g finds, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (ps) => {
        const text = ps.join('');
        const got = new Set<string>();
        lowerWords(text, got);
        const want = new Set([...text.matchAll(/(?<![A-Za-z])[a-z][a-z'-]{2,}/g)].map((m) => m[0]));
        expect([...got].sort()).toEqual([...want].sort());
        // (two characters or more, as the person rules ask)
        const got2 = new Set<string>();
        lowerWords(text, got2, 2);
        expect([...got2].sort()).toEqual([...new Set([...text.matchAll(/(?<![A-Za-z])[a-z][a-z'-]{1,}/g)].map((m) => m[0]))].sort());
      }),
      { numRuns: 500, seed: 20261203 },
    );
    const s = new Set<string>();
    lowerWords("The well-known o'clock news, eBay and XYZ", s);
    expect([...s].sort()).toEqual(['and', 'news', "o'clock", 'well-known']);
  });
});

describe('wordScan', () => {
  it('walked from a region start, gives the words a regex scan from there gives, and is made once per document', () => {
    const re = new RegExp(`[${WORD_CHARS}]+`, 'g');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.nat(200), fc.nat(200), (ps, x, y) => {
        const text = ps.join(' ');
        const doc = { text } as unknown as Doc;
        const [from, to] = [Math.min(x, y, text.length), Math.min(Math.max(x, y), text.length)];
        // (regions start where a word may: after a space, as sentences do)
        const start = from === 0 || text[from - 1] === ' ' ? from : text.indexOf(' ', from) + 1 || text.length;
        const scan = wordScan(doc, re);
        const got: string[] = [];
        for (let i = scanFrom(scan, start); i < scan.length && scan.start[i] < to; i++) got.push(`${scan.start[i]}:${wordAt(scan, i)}`);
        const want: string[] = [];
        const r = new RegExp(re.source, 'g');
        r.lastIndex = start;
        let m: RegExpExecArray | null;
        while ((m = r.exec(text)) !== null && m.index < to) want.push(`${m.index}:${m[0]}`);
        expect(got).toEqual(want);
        expect(wordScan(doc, re)).toBe(scan);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

describe('scanners by character code', () => {
  const chars = fc.constantFrom('a', 'Z', 'é', 'ß', 'ق', 'و', '٫', '،', '0', '7', '_', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', "'", '’', '.', ',', ':', '/', '-', '&', '(', '$', '😀', 'Ω', 'ж', 'א', 'क', 'ﻻ');
  const cases: [string, RegExp, Scanner][] = [
    ['runs of word characters', new RegExp(`[${WORD_CHARS}]+`, 'g'), wordRuns],
    ['organization tokens', new RegExp(`[${WORD_CHARS}][${WORD_CHARS}&'’.\\-]*|[^ \\t]`, 'g'), tokenScanner],
    ['proper-name words', /[A-Za-z][A-Za-z'’.&-]*|\.[0-9]+|[0-9][0-9.,:\/-]*|\S/g, wordsScanner],
  ];
  for (const [what, re, scanner] of cases) {
    it(`${what}: the matches of the regex, whatever the text`, () => {
      fc.assert(
        fc.property(fc.array(chars, { maxLength: 60 }), (cs) => {
          const text = cs.join('');
          const got: string[] = [];
          scanner(text, (s, e) => got.push(`${s}:${text.slice(s, e)}`));
          expect(got).toEqual([...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`));
        }),
        { numRuns: 600, seed: 20261203 },
      );
    });
  }

  it('the word table is the word character class, unit by unit', () => {
    const re = new RegExp(`[${WORD_CHARS}]`);
    for (let c = 0; c < 0x10000; c += 7) expect(WORD_TABLE[c] === 1).toBe(re.test(String.fromCharCode(c)));
  });
});
