/** The array helpers that stand for map and filter in hot code give what map and filter give. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagsOf, kept, mapped, spanIndex } from '../src/core/arrays.js';

describe('mapped, kept and flagsOf', () => {
  it('are items.map(f), items.filter(f) and the truths of map as bytes, index and all', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer())), (items) => {
        const f = (x: string | number, i: number) => `${i}:${x}`;
        const p = (x: string | number, i: number) => (typeof x === 'number' ? x % 2 === 0 : x.length > i % 3);
        expect(mapped(items, f)).toEqual(items.map(f));
        expect(kept(items, p)).toEqual(items.filter(p));
        expect([...flagsOf(items, p)]).toEqual(items.map((x, i) => (p(x, i) ? 1 : 0)));
      }),
    );
    expect(mapped([], (x: number) => x)).toEqual([]);
    expect(kept(['a', 'bb', 'ccc'], (w) => w.length > 1)).toEqual(['bb', 'ccc']);
  });
});

describe('spanIndex', () => {
  it('meets a span exactly when one of the spans overlaps it, for any spans, none included', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, n]) => ({ start, end: start + n }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), span, (spans, q) => {
        const index = spanIndex(spans);
        expect(index.meets(q.start, q.end)).toBe(spans.some((x) => x.start < q.end && x.end > q.start));
        expect(index.covers(q.start)).toBe(spans.some((x) => x.start <= q.start && x.end > q.start));
      }),
    );
  });
});
