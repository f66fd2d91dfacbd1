/**
 * The token table: the cleaned text split once per document into words, numbers and punctuation, with
 * each token's span, kind, script and shape, and its lookup key; sentences as token ranges. Every stage
 * after segmentation reads it (the lexicon pass, the rules at their anchors) instead of splitting the
 * text again. One pass over the characters; arrays of numbers, so a megabyte of text costs a few
 * milliseconds and little memory.
 *
 * - a word: letters and digits starting with a letter (APT28, مايكروسوفت); a change of script ends it
 *   (وDell: و and Dell), so does an apostrophe or a hyphen (Russia's: Russia ' s; Iran-linked: Iran - linked);
 * - a number: digits, with a comma or a period between digits (2,700, 1.5, 2.700.000); a letter after it
 *   starts a new token (9GB: 9 GB, the second with no space before it);
 * - anything else that is not white space is a punctuation token of one character.
 */
import type { Sentence, Span } from './types.js';

export const WORD = 1;
export const NUMBER = 2;
export const PUNCT = 3;

/** Flags of a token. */
export const ARABIC = 1;
export const LATIN = 2;
/** first letter upper-case (Latin) */
export const CAP = 4;
/** every letter upper-case, and at least two letters (Latin) */
export const UPPER = 8;
/** white space right before it (or the text's start) */
export const SPACE_BEFORE = 16;
/** a line break between it and the token before (or the text's start) */
export const LINE_BEFORE = 32;
/** holds a digit (a word such as APT28, or a number) */
export const DIGIT = 64;
/** letters of another script (Cyrillic, Greek, Hebrew, Devanagari …) */
export const OTHER = 128;

export interface Tokens {
  text: string;
  length: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint16Array;
  /** the token as looked up: lower-case for Latin letters (the cleaner already folded digits, alef forms, diacritics) */
  key: string[];
  /** the sentence each token is in (an index into `sentences`), -1 outside any */
  sentence: Int32Array;
  /** per sentence, its tokens [first, end) */
  sentenceTokens: Int32Array;
}

const enum C {
  SPACE,
  NEWLINE,
  DIGIT,
  LATIN,
  ARABIC,
  OTHER_LETTER,
  PUNCT,
}

function classOf(c: number): C {
  if (c < 0x80) {
    if (c === 32 || c === 9 || c === 13) return C.SPACE;
    if (c === 10) return C.NEWLINE;
    if (c >= 48 && c <= 57) return C.DIGIT;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return C.LATIN;
    return C.PUNCT;
  }
  if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || c === 0x06ee || c === 0x06ef ||
    (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc) || (c >= 0x064b && c <= 0x065f)) return C.ARABIC;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || c === 0xaa || c === 0xba || c === 0xb5 ||
    (c >= 0x250 && c <= 0x2af)) return C.LATIN;
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return C.SPACE;
  if (c === 0x2028 || c === 0x2029) return C.NEWLINE;
  if ((c >= 0x0370 && c <= 0x03ff) || (c >= 0x0400 && c <= 0x052f) || (c >= 0x05d0 && c <= 0x05ea) || (c >= 0x0900 && c <= 0x097f)) return C.OTHER_LETTER;
  if (c >= 0xd800 && c <= 0xdfff) return C.PUNCT;
  if (c >= 0x3040 && c <= 0x9fff) return C.OTHER_LETTER;
  return C.PUNCT;
}

/**
 * classOf for the code units below U+0800 (ASCII, Latin, Arabic: nearly every character of the news), made once; the
 * walk below asks it for every character of every text (a table of all 65,536 took ~6 ms of start-up to make).
 */
const LOW = 0x800;
const CLASS_LOW = (() => {
  const t = new Uint8Array(LOW);
  for (let c = 0; c < LOW; c++) t[c] = classOf(c);
  return t;
})();
const classAt = (c: number): C => (c < LOW ? CLASS_LOW[c] : classOf(c));

/**
 * The one walk over the characters: calls `emit` per token with its span, kind, flags and key. The token
 * table and `tokenKeys` (a phrase's keys, for the resources) share it, so a phrase splits as running text does.
 */
function scan(text: string, emit: (from: number, to: number, kind: number, flags: number, key: string) => void): void {
  let space = true;
  let line = true;
  let i = 0;
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    const cls = classAt(c);
    if (cls === C.SPACE) {
      space = true;
      i++;
      continue;
    }
    if (cls === C.NEWLINE) {
      space = true;
      line = true;
      i++;
      continue;
    }
    let f = (space ? SPACE_BEFORE : 0) | (line ? LINE_BEFORE : 0);
    const from = i;
    let k: number;
    let key: string;
    if (cls === C.DIGIT) {
      k = NUMBER;
      f |= DIGIT;
      i++;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) i++;
        else if ((d === 44 || d === 46) && i + 1 < len && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i += 2;
        else break;
      }
      key = text.slice(from, i);
    } else if (cls === C.LATIN || cls === C.ARABIC || cls === C.OTHER_LETTER) {
      k = WORD;
      i++;
      while (i < len) {
        const d = text.charCodeAt(i);
        const dc = classAt(d);
        if (dc === cls) i++;
        else if (dc === C.DIGIT) {
          f |= DIGIT;
          i++;
        } else break;
      }
      const s = text.slice(from, i);
      if (cls === C.LATIN) {
        f |= LATIN;
        const lower = s.toLowerCase();
        if (lower !== s) {
          const first = s.charAt(0);
          if (first !== first.toLowerCase()) f |= CAP;
          if (s.length >= 2 && s === s.toUpperCase()) f |= UPPER;
        }
        key = lower;
      } else {
        f |= cls === C.ARABIC ? ARABIC : OTHER;
        key = s;
      }
    } else {
      k = PUNCT;
      // a surrogate pair is one token
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
      key = text.slice(from, i);
    }
    emit(from, i, k, f, key);
    space = false;
    line = false;
  }
}

/** The keys of a short text's tokens, and whether every Latin word in it is in capitals (no table built). */
export function tokenKeys(text: string): { keys: string[]; upper: boolean } {
  const keys: string[] = [];
  let upper = true;
  scan(text, (_from, _to, _kind, f, key) => {
    keys.push(key);
    if ((f & LATIN) && !(f & UPPER)) upper = false;
  });
  return { keys, upper: upper && keys.length > 0 };
}

/** Splits cleaned text into tokens; `sentences` (sorted spans) give each token its sentence. */
export function tokenize(text: string, sentences: readonly Span[] = []): Tokens {
  // a token per ~5 characters is typical; grow when needed
  let cap = Math.max(16, (text.length >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let flags = new Uint16Array(cap);
  const key: string[] = [];
  // (each distinct key is kept once: news repeats its words, and a big document's table stays small)
  const seen = new Map<string, string>();
  let n = 0;
  const grow = () => {
    cap *= 2;
    const s2 = new Int32Array(cap); s2.set(start); start = s2;
    const e2 = new Int32Array(cap); e2.set(end); end = e2;
    const k2 = new Uint8Array(cap); k2.set(kind); kind = k2;
    const f2 = new Uint16Array(cap); f2.set(flags); flags = f2;
  };
  scan(text, (from, to, k, f, x) => {
    if (n === cap) grow();
    if (k !== PUNCT) {
      const have = seen.get(x);
      if (have !== undefined) x = have;
      else seen.set(x, x);
    }
    key.push(x);
    start[n] = from;
    end[n] = to;
    kind[n] = k;
    flags[n] = f;
    n++;
  });
  // sentences: both lists are in text order
  const sentence = new Int32Array(n).fill(-1);
  const sentenceTokens = new Int32Array(sentences.length * 2);
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    while (t < n && end[t] <= sentences[s].start) t++;
    const first = t;
    while (t < n && start[t] < sentences[s].end) sentence[t++] = s;
    sentenceTokens[2 * s] = first;
    sentenceTokens[2 * s + 1] = t;
  }
  return {
    text,
    length: n,
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    kind: kind.subarray(0, n),
    flags: flags.subarray(0, n),
    key,
    sentence,
    sentenceTokens,
  };
}

/** The first token ending after `pos` (binary search). */
export function tokenAt(t: Tokens, pos: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens of a sentence: [first, end). */
export function sentenceRange(t: Tokens, s: number | Sentence): [number, number] {
  const i = typeof s === 'number' ? s : -1;
  return [t.sentenceTokens[2 * i], t.sentenceTokens[2 * i + 1]];
}
