/**
 * Word scans made once per document, by hand or shared: the same words as the regexes they stand for
 * (proper-names lowerWords; patterns.wordScan with scanFrom, walked per region as the rules walk them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerWords } from '../src/extractors/proper-names.js';
import { scanFrom, wordScan, WORD_CHARS } from '../src/extractors/patterns.js';
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
        for (let i = scanFrom(scan, start); i < scan.length && scan.start[i] < to; i++) got.push(`${scan.start[i]}:${scan.text[i]}`);
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
