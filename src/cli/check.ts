/**
 * `extract check`: lints article files for a collection's CI. Each file (or feed item) runs every
 * check: readable, not binary, valid UTF-8, not empty, language detectable, no leftover markup or
 * boilerplate, not a duplicate. Problems are `path: error|warning: message` lines; `--report` writes
 * JUnit XML (one test case per file and check). Exit 1 on any error (and any warning with --strict).
 */
import { readFileSync } from 'node:fs';
import { XMLBuilder } from 'fast-xml-parser';
import { decodeBytes } from '../core/decode.js';
import { looksLikeFeed } from '../core/sniff.js';
import { analyze, describeJunk, sha256Hex, withLanguageId } from '../core/pipeline.js';
import { Diagnostics, displayPath } from './diagnostics.js';
import { describeFsError, findInputs, noInputsMessage } from './inputs.js';
import { writeAtomic } from './output.js';
import { DEFAULT_EXTENSIONS } from './run.js';

export const CHECKS = [
  'readable',
  'not binary',
  'valid UTF-8',
  'well-formed feed',
  'not empty',
  'language detectable',
  'no leftover markup or boilerplate',
  'not a duplicate',
] as const;
type CheckName = (typeof CHECKS)[number];

interface Outcome {
  check: CheckName;
  level: 'pass' | 'warning' | 'error' | 'skipped';
  message?: string;
}

export interface CheckOptions {
  report?: string;
  strict?: boolean;
  include?: string[];
  exclude?: string[];
}

export async function check(paths: string[], opts: CheckOptions): Promise<number> {
  const diag = new Diagnostics();
  const files = findInputs(paths, { include: opts.include, exclude: opts.exclude, extensions: DEFAULT_EXTENSIONS }, diag);
  if (files.length === 0) {
    process.stderr.write(noInputsMessage(DEFAULT_EXTENSIONS, opts.include));
    return 1;
  }
  const results: { name: string; outcomes: Outcome[] }[] = [];
  const bodies = new Map<string, string>();

  /** `feedItem`: a feed's body is HTML by definition, so its markup and entities are expected, not junk. */
  const checkText = async (name: string, text: string, outcomes: Outcome[], feedItem = false) => {
    const a = await withLanguageId(() => analyze(text));
    if (a.doc.paragraphs.length === 0) {
      outcomes.push({ check: 'not empty', level: 'error', message: 'empty or whitespace-only text' });
      for (const c of ['language detectable', 'no leftover markup or boilerplate', 'not a duplicate'] as const) outcomes.push({ check: c, level: 'skipped' });
      return;
    }
    outcomes.push({ check: 'not empty', level: 'pass' });
    outcomes.push(
      a.language.code === 'und'
        ? { check: 'language detectable', level: 'error', message: 'language could not be determined' }
        : { check: 'language detectable', level: 'pass', message: `${a.language.code} (${a.language.confidence})` },
    );
    const junk = describeJunk(feedItem ? { ...a.cleaned.junk, markup: 0, 'html-entity': 0 } : a.cleaned.junk);
    outcomes.push(junk ? { check: 'no leftover markup or boilerplate', level: 'warning', message: junk.replace('cleaned before extraction: ', 'leftover markup or boilerplate: ') } : { check: 'no leftover markup or boilerplate', level: 'pass' });
    const key = sha256Hex(a.doc.text.replace(/\s+/g, ' ').trim());
    const prior = bodies.get(key);
    if (prior) outcomes.push({ check: 'not a duplicate', level: 'error', message: `duplicate: same text as ${prior}` });
    else {
      bodies.set(key, name);
      outcomes.push({ check: 'not a duplicate', level: 'pass' });
    }
  };

  for (const f of files) {
    const name = displayPath(f.path);
    const outcomes: Outcome[] = [];
    results.push({ name, outcomes });
    let bytes: Uint8Array;
    try {
      bytes = f.path === '-' ? readFileSync(0) : readFileSync(f.path);
      outcomes.push({ check: 'readable', level: 'pass' });
    } catch (e) {
      outcomes.push({ check: 'readable', level: 'error', message: describeFsError(e) });
      continue;
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) {
      const binary = decoded.error.startsWith('binary');
      outcomes.push({ check: 'not binary', level: binary ? 'error' : 'pass', ...(binary ? { message: decoded.error } : {}) });
      if (!binary) outcomes.push({ check: 'valid UTF-8', level: 'error', message: decoded.error });
      continue;
    }
    outcomes.push({ check: 'not binary', level: 'pass' });
    outcomes.push(decoded.encoding === 'utf-8' ? { check: 'valid UTF-8', level: 'pass' } : { check: 'valid UTF-8', level: 'error', message: decoded.warnings[0] ?? `encoded as ${decoded.encoding}` });
    const isFeed = /\.(xml|rss|atom)$/i.test(f.path) || looksLikeFeed(decoded.text);
    if (!isFeed) {
      await checkText(name, decoded.text, outcomes);
      continue;
    }
    const { parseFeed, itemText } = await import('../core/feeds.js');
    const feed = parseFeed(decoded.text);
    if (!feed.ok) {
      outcomes.push({ check: 'well-formed feed', level: 'error', message: `${feed.line ? `line ${feed.line}, column ${feed.col}: ` : ''}${feed.error}` });
      continue;
    }
    // a repaired feed: the worst repair is the check's outcome, each repair with its line and column
    const worst = feed.warnings.find((w) => w.level === 'error') ?? feed.warnings[0];
    const repairs = feed.warnings.map((w) => `${w.line ? `line ${w.line}, column ${w.col}: ` : ''}${w.message}`).join('; ');
    outcomes.push(
      !feed.items.length
        ? { check: 'well-formed feed', level: 'error', message: `${feed.format} feed has no items${repairs ? ` (${repairs})` : ''}` }
        : worst
          ? { check: 'well-formed feed', level: worst.level, message: repairs }
          : { check: 'well-formed feed', level: 'pass', message: `${feed.format}, ${feed.items.length} items` },
    );
    for (const item of feed.items) {
      const itemName = `${name}#${item.index}`;
      const itemOutcomes: Outcome[] = [];
      results.push({ name: itemName, outcomes: itemOutcomes });
      await checkText(itemName, itemText(item), itemOutcomes, true);
    }
  }

  let failed = 0;
  for (const r of results) {
    for (const o of r.outcomes) {
      // the message names the problem (the check's name says what passing means, not what went wrong)
      if (o.level === 'error') diag.error(r.name, o.message ?? `failed: ${o.check}`);
      else if (o.level === 'warning') diag.warning(r.name, o.message ?? `doubtful: ${o.check}`);
    }
    if (r.outcomes.some((o) => o.level === 'error' || (opts.strict && o.level === 'warning'))) failed++;
  }
  process.stderr.write(`check: ${results.length} article${results.length === 1 ? '' : 's'}, ${failed} failing, ${diag.errors} error${diag.errors === 1 ? '' : 's'}, ${diag.warnings} warning${diag.warnings === 1 ? '' : 's'}\n`);
  if (opts.report) {
    try {
      writeAtomic(opts.report, junitXml(results, !!opts.strict));
    } catch (e) {
      diag.error(opts.report, `cannot write report: ${describeFsError(e)}`);
    }
  }
  return diag.errors > 0 || (opts.strict && diag.warnings > 0) ? 1 : 0;
}

export function junitXml(results: { name: string; outcomes: Outcome[] }[], strict: boolean): string {
  const cases = results.flatMap((r) =>
    r.outcomes.map((o) => {
      const tc: Record<string, unknown> = { '@_classname': r.name, '@_name': o.check };
      if (o.level === 'error' || (strict && o.level === 'warning')) tc.failure = { '@_message': o.message ?? o.check, '@_type': o.level, '#text': o.message ?? '' };
      else if (o.level === 'skipped') tc.skipped = '';
      else if (o.message) tc['system-out'] = `${o.level === 'warning' ? 'warning: ' : ''}${o.message}`;
      return tc;
    }),
  );
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => 'skipped' in c).length;
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
  const body = builder.build({
    testsuites: {
      '@_name': 'extract check',
      '@_tests': cases.length,
      '@_failures': failures,
      testsuite: { '@_name': 'extract check', '@_tests': cases.length, '@_failures': failures, '@_errors': 0, '@_skipped': skipped, testcase: cases },
    },
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
