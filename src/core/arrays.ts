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
