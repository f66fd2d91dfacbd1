/**
 * Building blocks for rules: phrase alternations assembled from resource data (folded like the
 * cleaned text, longest first, non-capturing) and Unicode-aware boundaries. Never \b or \W: Arabic
 * letters are not ASCII word characters.
 */
import { fold, type Lang } from '../resources/index.js';
import type { Region } from '../core/types.js';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A non-capturing alternation of phrases, folded, longest first; spaces match 1-4 spaces or tabs. */
export function alt(phrases: Iterable<string>): string {
  const forms = [...new Set([...phrases].map((p) => fold(p.trim())).filter(Boolean))];
  forms.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  if (forms.length === 0) return '(?!)';
  return `(?:${forms.map((f) => escapeRegExp(f).replace(/ +/g, '[ \\t]{1,4}')).join('|')})`;
}

/** No letter or digit before. */
export const START = '(?<![\\p{L}\\p{N}_])';
/** No letter or digit after. */
export const END = '(?![\\p{L}\\p{N}_])';
/** Arabic proclitics that may stick to a word: و ف (conjunctions) then ب ك ل (prepositions). */
export const AR_PROCLITICS = '(?:[وف]?[بكل]?)';

/** Where a word may start: in Arabic after optional proclitics (kept out of the span). */
export function wordStart(lang: Lang): string {
  return lang === 'ar' ? `${START}${AR_PROCLITICS}` : START;
}

/** A number in cleaned text (digits already ASCII): 2,700 / 1.5 / 500000; not part of 1.2.3 or 12:30. */
export const NUMBER = '(?<![\\p{L}\\p{N}_.,:/\\-])(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)(?![\\p{N}]|[.,:/\\-][0-9])';

/** Parses a NUMBER match. */
export function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Compiles a rule pattern: global, Unicode, with group indices (named group `s` marks the span). */
export function compile(source: string, flags = ''): RegExp {
  return new RegExp(source, `gud${flags}`);
}

export interface Match {
  m: RegExpExecArray;
  /** span start and end in the cleaned text (group `s` or `s2` if present, else the whole match) */
  start: number;
  end: number;
  /** where the regex ran: add it to m.indices to get document offsets */
  offset: number;
}

/** Runs a global regex over each region (on its own slice, so a search never runs past it), with
 * matches in document coordinates. */
export function* matchAll(re: RegExp, text: string, regions: readonly Region[]): Generator<Match> {
  for (const r of regions) {
    const chunk = r.start === 0 && r.end === text.length ? text : text.slice(r.start, r.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(chunk)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const span = m.indices?.groups?.s ?? m.indices?.groups?.s2 ?? m.indices?.[0] ?? [m.index, m.index + m[0].length];
      yield { m, start: r.start + span[0], end: r.start + span[1], offset: r.start };
    }
  }
}

/** Named groups with alternatives' suffixed twins (d2, mo2, y2) folded into the plain names. */
export function merged(groups: Record<string, string | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(groups ?? {})) {
    if (v === undefined) continue;
    out[k.replace(/2$/, '')] = v;
  }
  return out;
}

