/**
 * Array helpers whose cost does not depend on the call stack. `target.push(...items)` passes every
 * item as an argument and throws "Maximum call stack size exceeded" past about 100k items (a 1 MB
 * list of names gives that many mentions), so anything whose length grows with the input goes here.
 */

/** Appends `items` to `target` one by one; returns `target`. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/**
 * `items.map(f)` and `items.filter(f)` as arrays grown by push, whose shape is always the same: the arrays map and
 * filter return took several shapes in V8 (by the tier that ran them), and a hot function reading them was compiled
 * again for each (the organization and place-compound rules up to six times, 50-90 ms each).
 */
export function mapped<T, U>(items: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}
/** `items.filter(f)`, grown by push (mapped). */
export function kept<T>(items: readonly T[], f: (x: T, i: number) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) if (f(items[i], i)) out.push(items[i]);
  return out;
}

/** A test of each item as a byte array (1: true): one array shape, where `items.map(test)` gave V8 several. */
export function flagsOf<T>(items: readonly T[], test: (item: T, i: number) => boolean): Uint8Array {
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) if (test(items[i], i)) out[i] = 1;
  return out;
}

/**
 * The index of the first item of a list sorted by `key` whose key is above `at` (binary search); the list's
 * length when there is none. `firstAbove(list, at, key) - 1` is the last item at or below `at`.
 */
export function firstAbove<T>(list: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of no spans: nothing meets it. */
const NO_SPANS = { meets: (_s: number, _e: number) => false, covers: (_at: number) => false };

/**
 * Spans, for asking whether a span meets one of them in O(log n): sorted by start, with the furthest end so far. `meets(s,
 * e)`: a span overlaps [s, e); `covers(at)`: a span holds the offset at.
 */
export function spanIndex(spans: Iterable<{ start: number; end: number }>): { meets(s: number, e: number): boolean; covers(at: number): boolean } {
  // (pushed, and no search over an empty list: the arrays of map and of an empty literal took other shapes, and the
  // rules this runs in were compiled again when they met them)
  const sorted: (readonly [number, number])[] = [];
  for (const x of spans) sorted.push([x.start, x.end]);
  if (!sorted.length) return NO_SPANS;
  sorted.sort((x, y) => x[0] - y[0]);
  const furthest: number[] = [];
  for (const [, e] of sorted) furthest.push(Math.max(e, furthest.length ? furthest[furthest.length - 1] : 0));
  const meets = (s: number, e: number) => {
    const k = firstAbove(sorted, e - 1, (t) => t[0]) - 1;
    return k >= 0 && furthest[k] > s;
  };
  return { meets, covers: (at) => meets(at, at + 1) };
}

/** The index of the first number at or above `at` in an ascending list (binary search); the list's length when none is. */
export function firstAtOrAbove(sorted: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The numbers of several ascending lists, ascending and each once (a typed array's numeric sort). */
export function sortedUnion(lists: readonly ArrayLike<number>[]): Int32Array {
  let n = 0;
  for (const l of lists) n += l.length;
  const all = new Int32Array(n);
  n = 0;
  for (const l of lists) {
    all.set(l, n);
    n += l.length;
  }
  all.sort();
  let k = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[k++] = all[i];
  return all.subarray(0, k);
}
