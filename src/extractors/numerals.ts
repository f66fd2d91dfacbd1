/** Number words shared by the figure and date rules: the table from resources, the pattern, the parser. */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import { SPACES_1_4, alt, lookupKey, phrasesThenSpaces, phraseTrie, spacesAt, type PhraseTrie } from './patterns.js';

export type WordKind = 'one' | 'ten' | 'hundred' | 'scale';
export type NumberWords = Map<string, { kind: WordKind; value: number; dual?: boolean }>;

const SP = SPACES_1_4;
/** The most number words a run takes (no number needs more; a rule trying a run at each of its words stays linear). */
const MAX_NUMBER_WORDS = 16;

/**
 * A figure's value as its decimal number, not the binary float's neighbour: 8.2 million is 8200000, where 8.2 * 1e6
 * is 8199999.999999999. Rounded to twelve significant digits only when that moves it by a rounding error's size (a
 * whole number and a true fraction, a third, stay as they are).
 */
export function decimalValue(v: number): number {
  if (Number.isInteger(v) || !Number.isFinite(v)) return v;
  const r = Number(v.toPrecision(12));
  return Math.abs(r - v) <= Math.abs(v) * 1e-14 ? r : v;
}

export function numberWordTable(res: LangResources): NumberWords {
  const nw = res['number-words'];
  const t: NumberWords = new Map();
  for (const e of nw.ones) for (const p of e.phrases) t.set(lookupKey(p), { kind: 'one', value: e.value });
  for (const e of nw.tens) for (const p of e.phrases) t.set(lookupKey(p), { kind: 'ten', value: e.value });
  for (const e of nw.hundreds) for (const p of e.phrases) t.set(lookupKey(p), { kind: 'hundred', value: e.value });
  const duals = new Set(nw.dual_scales.map(lookupKey));
  for (const e of nw.scales) for (const p of e.phrases) t.set(lookupKey(p), { kind: 'scale', value: e.value, ...(duals.has(lookupKey(p)) ? { dual: true } : {}) });
  return t;
}

/**
 * A run of number words: joined by spaces and a joiner (resource number-words.joiners: و in Arabic, glued to the next
 * word or before up to two spaces; "and" in English, between spaces) or, in English, a hyphen; at most sixteen words (no
 * number needs more), so that a rule trying it at each word of a long run of them stays linear (an unbounded run made a
 * 1 MB line of "twenty-one and ..." quadratic: minutes).
 */
export function numeralPattern(words: NumberWords, lang: Lang, joiners: readonly string[]): string {
  const W = alt(words.keys());
  const N = alt(continuingWords(words));
  const J = joiners.length ? alt(joiners) : null;
  return lang === 'ar'
    ? `${W}(?:${SP}${J ? `(?:${J}[ \\t]{0,2})?` : ''}${N}){0,${MAX_NUMBER_WORDS - 1}}`
    : `${W}(?:(?:${SP}${J ? `(?:${J}${SP})?` : ''}|-)${N}){0,${MAX_NUMBER_WORDS - 1}}`;
}

/** The words that may go on a run of number words: all but zero, which stands alone (four zero-day flaws are four). */
export function continuingWords(words: NumberWords): string[] {
  return [...words].filter(([, w]) => w.value !== 0).map(([k]) => k);
}

/**
 * numeralPattern written in code, for rules matched in code: where a run of the trie's number words may end at p, in
 * the order the pattern tries them (each word's longest form first, each run going on before it stops).
 */
export function numberWordRuns(words: PhraseTrie, lang: Lang, joiners: readonly string[], next: PhraseTrie = words): (x: string, p: number) => number[] {
  const joiner = phraseTrie(joiners, true);
  /** Where the next word may start after one ending at e: spaces, and a joiner (Arabic: 0-2 spaces after it; English:
   *  1-4) or not; a hyphen (English). */
  const separators = (x: string, e: number): number[] => {
    const out: number[] = [];
    const s = spacesAt(x, e, 1);
    if (lang === 'ar') {
      if (s >= 0) {
        for (const j of joiner.ends(x, s, false)) {
          const k = spacesAt(x, j, 0);
          if (k >= 0 && k - j <= 2) out.push(k);
        }
        out.push(s);
      }
      return out;
    }
    if (s >= 0) out.push(...phrasesThenSpaces(x, s, joiner), s);
    if (x.charCodeAt(e) === 45) out.push(e + 1);
    return out;
  };
  const ends = (x: string, p: number, into: number[], depth: number): void => {
    if (depth >= MAX_NUMBER_WORDS) return;
    for (const e of (depth ? next : words).ends(x, p, false)) {
      for (const s of separators(x, e)) ends(x, s, into, depth + 1);
      into.push(e);
    }
  };
  return (x, p) => {
    const into: number[] = [];
    ends(x, p, into, 0);
    return into;
  };
}

/**
 * The value of a run of number words: ones and tens add, "hundred" multiplies what precedes it, a scale
 * word multiplies the total so far ("three hundred twenty thousand" = 320,000; خمسة وعشرون ألفا = 25,000).
 */
export function parseNumberWords(
  s: string,
  words: NumberWords,
  lang: Lang,
): number {
  const keys = [...words.keys()].sort((a, b) => b.length - a.length);
  const tokens: { kind: string; value: number; dual?: boolean }[] = [];
  let rest = lookupKey(s).replace(/-/g, ' ');
  while (rest.length) {
    rest = rest.replace(/^(?:\s+|and\s+)/, '');
    if (!rest.length) break;
    // a word may itself start with و (واحد): try the words before taking و as "and"
    const k = keys.find((key) => rest.startsWith(key) && (rest.length === key.length || /[\s-]/.test(rest[key.length])));
    if (!k) {
      if (lang === 'ar' && rest.startsWith('و')) {
        rest = rest.slice(1);
        continue;
      }
      return NaN;
    }
    tokens.push(words.get(k)!);
    rest = rest.slice(k.length);
  }
  let total = 0;
  let current = 0;
  // (two ones or two tens in a row make no number: a single one is no 2)
  // (zero aside, which a term may hold: four zero-day vulnerabilities)
  for (let i = 1; i < tokens.length; i++) if ((tokens[i].kind === 'one' || tokens[i].kind === 'ten') && tokens[i].kind === tokens[i - 1].kind && tokens[i].value !== 0) return NaN;
  for (const t of tokens) {
    if (t.kind === 'one' || t.kind === 'ten') current += t.value;
    else if (t.kind === 'hundred') current = t.value === 100 ? (current || 1) * 100 : current + t.value;
    else {
      // (a dual form with no number before it is two of the scale: مليونا شخص)
      total += (current || (t.dual && !total ? 2 : 1)) * t.value;
      current = 0;
    }
  }
  return tokens.length ? total + current : NaN;
}


