/** Span helpers shared by linking steps (pure). */
import type { Span } from './types.js';

/**
 * The index of the first item ending after `at` in a list sorted by position whose spans do not
 * overlap: a binary search, so linking stays linear on huge articles.
 */
export function firstEndingAfter(list: readonly { span: Span }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
