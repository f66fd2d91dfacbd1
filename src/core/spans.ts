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

/**
 * The lines of a text, found once: a rule asking for the line around a position pays a binary search,
 * not a scan back to the previous newline (quadratic on a long line with many matches).
 */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** [start, end) of the line holding `pos` (end at its newline or the text's end). */
  around(pos: number): [number, number] {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    const next = this.starts[lo + 1];
    return [this.starts[lo], next === undefined ? this.text.length : next - 1];
  }
}
