/**
 * Before any test: the suite reads ../shared beside the checkout (the seed articles and benchmark data,
 * never copied into the project). Without it, say so once, plainly, instead of letting dozens of tests
 * fail on ENOENT.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './helpers.js';

const NEEDED = [
  'seeds',
  join('bench', 'tempeval3_platinum_en', 'te3-platinum'),
  join('bench', 'newsquant_en', 'data', 'formatted_test_set', 'NewsQuant.json'),
];

/** What the suite would say about a shared folder at `root`, or null when it has all the suite reads. */
export function missingShared(root: string): string | null {
  const missing = NEEDED.filter((p) => !existsSync(join(root, p)));
  if (!missing.length) return null;
  return (
    `the tests need the shared data beside this checkout, at ${root}; missing: ${missing.map((p) => join(root, p)).join(', ')}. ` +
    "Put the project's shared folder there (CI clones it beside the project), then run npm test again."
  );
}

export default function setup(): void {
  const problem = missingShared(SHARED);
  if (problem) throw new Error(problem);
}
