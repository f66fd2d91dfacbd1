/**
 * Building blocks for rules: phrase alternations assembled from resource data (folded like the
 * cleaned text, longest first, non-capturing) and Unicode-aware boundaries. Never \b or \W: Arabic
 * letters are not ASCII word characters.
 */
import { fold, loadPatternCache, type Lang } from '../resources/index.js';
import type { LangResources } from '../resources/schema.js';
import type { Doc, Region } from '../core/types.js';
import { DIGIT as DIGIT_FLAG, NUMBER as NUMBER_TOKEN, PUNCT as PUNCT_TOKEN, tokenize, WORD as WORD_TOKEN, type Tokens } from '../core/tokens.js';
import { phraseKeys } from '../lexicon/compile.js';
import { firstAtOrAbove, sortedUnion } from '../core/arrays.js';
import { classTable } from '../core/clean.js';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * A non-capturing alternation of phrases, folded, as a prefix trie (ال(?:حرس|امم) rather than
 * الحرس|الامم): smaller to compile and faster to match than a flat list. At every branch longer
 * continuations are tried first, so the longest phrase wins, as with a longest-first list. A space in
 * a phrase matches 1-4 spaces or tabs.
 */
export function alt(phrases: Iterable<string>): string {
  const forms = [...new Set([...phrases].map((p) => fold(p.trim()).replace(/\s+/g, ' ')).filter(Boolean))];
  if (forms.length === 0) return '(?!)';
  const key = forms.join('\n');
  // (while recording, every alternation is built afresh, never read from the cache being replaced)
  if (recorder) {
    const built = buildAlt(forms);
    recorder.set(key, built);
    return built;
  }
  return loadPatternCache().get(key) ?? buildAlt(forms);
}

/** While set (at build time), every alternation built, by its key. */
let recorder: Map<string, string> | null = null;
/** Starts recording the alternations the rules build (scripts/build-resources.js writes them for start-up). */
export function recordAlternations(): Map<string, string> {
  recorder = new Map();
  return recorder;
}

/**
 * One to four spaces or tabs before a character that is none, in the form V8 compiles as a loop: "not five, then one
 * to five" matches what [ \t]{1,4} matches wherever the next character of the pattern cannot be a space or a tab,
 * but V8 writes out [ \t]{1,4} (and any count of up to three optional copies) once per place, which made a rule with
 * a long alternation of phrases with spaces 5-6 times slower to compile on its first run.
 */
export const SPACES_1_4 = '(?![ \\t]{5})[ \\t]{1,5}';

export function buildAlt(forms: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const f of forms) {
    let n = root;
    for (const ch of f) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { end: false, next: new Map() }));
      n = c;
    }
    n.end = true;
  }
  // (a space is one to four spaces or tabs: what follows a space in a phrase is never one)
  const atom = (ch: string) => (ch === ' ' ? SPACES_1_4 : escapeRegExp(ch));
  const depths = new Map<Node, number>();
  const depth = (n: Node): number => {
    let d = depths.get(n);
    if (d === undefined) {
      d = 0;
      for (const c of n.next.values()) d = Math.max(d, 1 + depth(c));
      depths.set(n, d);
    }
    return d;
  };
  const emit = (n: Node): string => {
    // the longest continuations first; ending here (if a phrase ends here) last
    const branches = [...n.next.entries()]
      .sort((a, b) => depth(b[1]) - depth(a[1]) || (a[0] < b[0] ? -1 : 1))
      .map(([ch, c]) => atom(ch) + emit(c));
    if (branches.length === 0) return '';
    if (branches.length === 1 && !n.end) return branches[0];
    return `(?:${branches.join('|')}${n.end ? '|' : ''})`;
  };
  return `(?:${emit(root)})`;
}

/**
 * A list of phrases matched at a position as the rules' alternation of them (alt) matches there: the same folded
 * forms, a space in a phrase standing for one to four spaces or tabs, and with `ci` the case-insensitive comparison of
 * a regex with the `i` flag (and no `u`). `ends` gives the ends of the phrases that start at `p`, longest first (as the
 * regex tries them), only those before a non-word character with `atWordEnd` (the alternation followed by END): a rule
 * then looks a unit up at the place its grammar reaches, instead of carrying an alternation of every unit, which V8
 * compiles on first use (~5 KB of pattern per copy, seven copies per language in the figure rules).
 */
export interface PhraseTrie {
  /** whether a phrase can start at p (its first character opens one): a test with no allocation before `ends` */
  opens(text: string, p: number): boolean;
  ends(text: string, p: number, atWordEnd: boolean): number[];
  /** the longest phrase at p before a non-word character: its end, or -1 */
  longest(text: string, p: number): number;
}
interface TrieNode {
  end: boolean;
  next: Map<number, TrieNode>;
}
const SPACE = 32;
/** A code unit as a non-unicode case-insensitive regex compares it: upper case, unless that maps a non-ASCII unit into ASCII. */
const canonCache = new Map<number, number>();
function canonical(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let u = canonCache.get(c);
  if (u === undefined) {
    const up = String.fromCharCode(c).toUpperCase();
    u = up.length === 1 && up.charCodeAt(0) >= 128 ? up.charCodeAt(0) : c;
    canonCache.set(c, u);
  }
  return u;
}
export function phraseTrie(phrases: Iterable<string>, ci: boolean): PhraseTrie {
  const root: TrieNode = { end: false, next: new Map() };
  for (const p of phrases) {
    const f = fold(p.trim()).replace(/\s+/g, ' ');
    if (!f) continue;
    let n = root;
    for (let i = 0; i < f.length; i++) {
      const c = ci ? canonical(f.charCodeAt(i)) : f.charCodeAt(i);
      let next = n.next.get(c);
      if (!next) n.next.set(c, (next = { end: false, next: new Map() }));
      n = next;
    }
    n.end = true;
  }
  const wordEnd = (x: string, e: number) => e >= x.length || WORD_TABLE[x.charCodeAt(e)] !== 1;
  const walk = (x: string, p: number, atWordEnd: boolean, all: number[] | null): number => {
    let n: TrieNode | undefined = root;
    let best = -1;
    for (let i = p; ; ) {
      if (n.end && i > p && (!atWordEnd || wordEnd(x, i))) {
        if (all) all.push(i);
        best = i;
      }
      if (i >= x.length) break;
      const c = x.charCodeAt(i);
      if (c === SPACE || c === 9) {
        // (one to four spaces or tabs, taken greedily: what follows a space in a phrase is never one)
        n = n.next.get(SPACE);
        if (!n) break;
        let j = i + 1;
        while (j < x.length && j - i < 4 && (x.charCodeAt(j) === SPACE || x.charCodeAt(j) === 9)) j++;
        i = j;
        continue;
      }
      n = n.next.get(ci ? canonical(c) : c);
      if (!n) break;
      i++;
    }
    return best;
  };
  const opens = (x: string, p: number): boolean => {
    if (p >= x.length) return false;
    const c = x.charCodeAt(p);
    return root.next.has(c === 9 ? SPACE : ci ? canonical(c) : c);
  };
  return {
    opens,
    ends(x, p, atWordEnd) {
      if (!opens(x, p)) return [];
      const all: number[] = [];
      walk(x, p, atWordEnd, all);
      return all.reverse();
    },
    longest: (x, p) => walk(x, p, true, null),
  };
}

/**
 * Letters and digits of the scripts news uses, as a character-class body. Rules are compiled without
 * the `u` flag (it halves matching speed), so this stands in for \p{L}\p{N}: ASCII letters and
 * digits (the cleaner folds Arabic-Indic digits), Latin-1 and Latin Extended, Greek, Cyrillic,
 * Hebrew, Arabic letters (not Arabic punctuation), Devanagari, Latin Extended Additional and the
 * Arabic presentation forms.
 */
export const WORD_CHARS =
  'A-Za-z0-9_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F' +
  '\\u05D0-\\u05EA\\u0620-\\u065F\\u066E-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F' +
  '\\u08A0-\\u08FF\\u0900-\\u097F\\u1E00-\\u1EFF\\uFB1D-\\uFDFF\\uFE70-\\uFEFC';
/** WORD_CHARS as a table by UTF-16 code unit (1: a word character), for scans by character code. */
export const WORD_TABLE: Uint8Array = classTable(WORD_CHARS);

/**
 * The Latin letters of one case, as a character-class body: A-Z (or a-z) and the letters with diacritics of Latin-1,
 * Latin Extended-A and -B and Latin Extended Additional (Å, Ü, Ł, Ş; å, ü, ł, ş, ß) by Unicode's case, in ranges. A
 * name is written with them as with ASCII letters (Beate Gangås, Jürgen Müller, José Sánchez). Made once at load.
 */
function latinCaseClass(upper: boolean): string {
  const is = upper ? /\p{Lu}/u : /\p{Ll}/u;
  const hex = (c: number) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
  let out = upper ? 'A-Z' : 'a-z';
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]]) {
    for (let c = from; c <= to; c++) {
      if (!is.test(String.fromCharCode(c))) continue;
      let e = c;
      while (e + 1 <= to && is.test(String.fromCharCode(e + 1))) e++;
      out += e === c ? hex(c) : `${hex(c)}-${hex(e)}`;
      c = e;
    }
  }
  return out;
}
/** Latin capitals, with diacritics too (a class body). */
export const LATIN_UPPER = latinCaseClass(true);
/** Latin small letters, with diacritics too (a class body). */
export const LATIN_LOWER = latinCaseClass(false);

/** No letter or digit before. */
export const START = `(?<![${WORD_CHARS}])`;
/** No letter or digit after. */
export const END = `(?![${WORD_CHARS}])`;
/** Arabic proclitics that may stick to a word: و ف (conjunctions) then ب ك ل (prepositions). */
export const AR_PROCLITICS = '(?:[وف]?[بكل]?)';

/** The same proclitics as strings, longest first, for word scans that try a word without them. */
export const AR_PROCLITIC_PREFIXES = ['وب', 'وك', 'ول', 'فب', 'فك', 'فل', 'و', 'ف', 'ب', 'ك', 'ل'] as const;
/**
 * An Arabic word without each proclitic it may start with, longest first: [form, letters skipped]. With
 * `contracted`, ل + ال written لل also gives the article back (للحسين: الحسين, one letter skipped).
 */
export function procliticForms(word: string, contracted = false): [string, number][] {
  const out: [string, number][] = [];
  for (const p of AR_PROCLITIC_PREFIXES) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    out.push([rest, p.length]);
    if (contracted && p.endsWith('ل') && rest.startsWith('ل')) out.push([`ا${rest}`, p.length]);
  }
  return out;
}
/**
 * The words of a list as a table of every way they are written, a proclitic or none: written form -> [the word, letters
 * skipped]; with `contracted`, ل + ال written لل too (للخارجية: الخارجية, one letter skipped). A form that reads two ways
 * gives what procliticForms would find first: the word as written, then the longest proclitic, the plain form before the
 * contracted one. One lookup a token, where procliticForms makes an array and strings for every word it is asked.
 */
export function procliticTable(words: Iterable<string>, contracted = false): Map<string, readonly [string, number]> {
  const list = [...words];
  const table = new Map<string, readonly [string, number]>();
  const put = (form: string, word: string, skip: number) => {
    if (!table.has(form)) table.set(form, [word, skip]);
  };
  for (const w of list) put(w, w, 0);
  for (const p of AR_PROCLITIC_PREFIXES) {
    for (const w of list) put(p + w, w, p.length);
    if (contracted && p.endsWith('ل')) for (const w of list) if (w.startsWith('ال')) put(p + w.slice(1), w, p.length);
  }
  return table;
}

const PROCLITIC_SET: ReadonlySet<string> = new Set(AR_PROCLITIC_PREFIXES);

/** Whether an Arabic word may start with a proclitic (و ف ب ك ل). */
export function mayHaveProclitic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c === 0x648 || c === 0x641 || c === 0x628 || c === 0x643 || c === 0x644;
}

/** Where a word may start: in Arabic after optional proclitics, captured as `pre` (kept out of the span). */
export function wordStart(lang: Lang): string {
  return lang === 'ar' ? `${START}(?<pre>${AR_PROCLITICS})` : START;
}

/**
 * A number in cleaned text (digits already ASCII): 2,700 / 1.5 / 500000, or a decimal with no leading
 * zero after a space, a bracket or a tilde (.004 per cent, a .500 record); not part of 1.2.3 or 12:30.
 */
export const NUMBER = `(?<![${WORD_CHARS}.,:/\\u2044\\-])(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?|(?<=[ \\t(~])\\.[0-9]{1,8})(?![0-9]|[.,:/\\u2044\\-][0-9])`;

/** The digits of a number with no boundary on either side: the start of a range (15-22). */
export const NUMBER_CORE = `(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)`;

/** A number right after a currency sign or code (US$5, USD10m): no boundary needed before it. */
export const NUMBER_AFTER_SIGN = `${NUMBER_CORE}(?![0-9]|[.,:/\\u2044\\-][0-9])`;

// Per-word tests the rules ask of every word, by character code: a regex literal in a loop is a new RegExp object each
// time it is reached, and these ran about 350,000 times per MB of news (issue 16).

/** Whether a word holds an Arabic letter (U+0621-U+064A), as /[\u0621-\u064A]/ tests. */
export function hasArabicLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) return true;
  }
  return false;
}
/** Whether a word holds an ASCII letter, as /[A-Za-z]/ tests. */
export function hasAsciiLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isLatinLetter(w.charCodeAt(i))) return true;
  return false;
}
/** Whether a word opens with an ASCII capital, as /^[A-Z]/ tests. */
export function capitalized(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}
/** Whether a word is ASCII capitals only, one or more, as /^[A-Z]+$/ tests. */
export function allCapitals(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
/** A word less the run of the given characters at its end (`trimEndOf('حزب.', ".'-")`, as w.replace(/[.'-]+$/, '')). */
export function trimEndOf(w: string, chars: string): string {
  let e = w.length;
  while (e > 0 && chars.includes(w[e - 1])) e--;
  return e === w.length ? w : w.slice(0, e);
}
/** A word less one of the given characters at its end (as w.replace(/[.,;:]$/, '')). */
export function dropLastOf(w: string, chars: string): string {
  return w.length > 0 && chars.includes(w[w.length - 1]) ? w.slice(0, -1) : w;
}

/** The key a phrase is looked up by: folded like the cleaned text, single-spaced, lower-case. */
/** The lookup keys of the language's weekday and month names: capitalized, and never part of a name (resource data). */
export function calendarKeys(res: LangResources): Set<string> {
  return new Set([...res.weekdays.weekdays.flatMap((w) => w.names), ...res.months.months.flatMap((m) => m.names)].map(lookupKey));
}

export function lookupKey(s: string): string {
  return keyOfFolded(fold(s));
}
/**
 * The entity key of an organization the knowledge base does not know, by its name: its lookup key less spaces and
 * hyphens, which transliterations of one foreign name write or leave out (زيلترا-نت، زيلترانت; Cyber Reason, Cybereason).
 */
export function orgKey(name: string): string {
  return `org:${lookupKey(name).replace(/[ -]/g, '')}`;
}
function keyOfFolded(f: string): string {
  // (most keys need nothing: ASCII with no capital, tab or double space, and Arabic letters, are their own key;
  // one walk over the code units tells, before any new string is made)
  let plain = true;
  for (let i = 0; i < f.length && plain; i++) {
    const c = f.charCodeAt(i);
    plain = c < 0x80 ? !(c >= 65 && c <= 90) && c !== 9 && !(c === 32 && f.charCodeAt(i + 1) === 32) : c >= 0x600 && c <= 0x6ff;
  }
  if (plain) return f;
  // (a word or a single-spaced phrase has nothing to collapse: no regex run for it)
  return (f.includes('\t') || f.includes('  ') ? f.replace(/[ \t]+/g, ' ') : f).toLowerCase();
}

/**
 * A language's given names as the rules look them up, made once per language's resources (each rule used to make its
 * own sets of the ~12,000 names): as written, folded like the cleaned text (أحمد is احمد there), both, and as lookup keys.
 */
export interface GivenNames {
  written: ReadonlySet<string>;
  folded: ReadonlySet<string>;
  writtenOrFolded: ReadonlySet<string>;
  keys: ReadonlySet<string>;
}
const givenNameSets = new WeakMap<LangResources, GivenNames>();
export function givenNamesOf(res: LangResources): GivenNames {
  let g = givenNameSets.get(res);
  if (!g) {
    const names = res['given-names'].names;
    const folded = new Set(names.map(fold));
    g = { written: new Set(names), folded, writtenOrFolded: new Set([...names, ...folded]), keys: new Set([...folded].map(keyOfFolded)) };
    givenNameSets.set(res, g);
  }
  return g;
}

/** Parses a NUMBER match. */
export function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/**
 * Compiles a rule pattern: global, without the `u` and `d` flags (each halves the speed). A match's
 * span is the whole match less its leading context: the named groups `pre` (proclitics) and `cue`
 * (a preposition or cue word), which must come first in that order.
 */
export function compile(source: string, flags = ''): RegExp {
  return new RegExp(source, `g${flags}`);
}

export interface Match {
  m: RegExpExecArray;
  /** span start and end in the cleaned text: the match less its `pre` and `cue` groups */
  start: number;
  end: number;
  /** where the regex ran: add it to m.index to get a document offset */
  offset: number;
}

/** A regex match on a region's slice (starting at `offset`) in document coordinates, its `pre` and `cue` groups left out
 *  of the span. */
export function matchIn(m: RegExpExecArray, offset: number): Match {
  const g = m.groups;
  const lead = g ? (g.pre?.length ?? 0) + (g.cue?.length ?? 0) + (g.cue2?.length ?? 0) : 0;
  return { m, start: offset + m.index + lead, end: offset + m.index + m[0].length, offset };
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
      yield matchIn(m, r.start);
    }
  }
}

/**
 * `matchAll` for a rule every match of which holds a rare character (a fraction's slash or sign) at most `maxLead`
 * characters after its start: the regex, compiled sticky (flag y), is tried only at the starts in the window before
 * each such character, in text order, skipping what a match consumed. The first start that matches is the leftmost
 * match a scan would find (a match starting earlier would hold an earlier such character, whose window came first),
 * so this yields what matchAll yields at the cost of the rare characters' windows; test/anchors.test.ts holds the
 * two ways to the same matches on random text. `needs` is a global regex of one character class.
 */
export function* matchNear(re: RegExp, text: string, regions: readonly Region[], needs: RegExp, maxLead: number): Generator<Match> {
  if (!re.sticky || !needs.global) throw new Error('matchNear needs a sticky regex (flag y) and a global character class');
  for (const r of regions) {
    const chunk = r.start === 0 && r.end === text.length ? text : text.slice(r.start, r.end);
    // (starts below `tried` were tried already or consumed by a match)
    let tried = 0;
    needs.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = needs.exec(chunk)) !== null) {
      const p = n.index;
      for (let s = Math.max(tried, p - maxLead); s <= p; s++) {
        re.lastIndex = s;
        const m = re.exec(chunk);
        if (m === null || m[0].length === 0) continue;
        yield matchIn(m, r.start);
        tried = m.index + m[0].length;
        break;
      }
      tried = Math.max(tried, p + 1);
      if (needs.lastIndex < tried) needs.lastIndex = tried;
    }
  }
}

/**
 * A document's matches of a word pattern (a global regex such as a run of word characters), found once per document
 * and shared by every rule that walks the same words: each match's start and end, in text order (the words
 * themselves are sliced from the text when asked for, wordAt: a long document keeps two numbers per word, not a string).
 */
export interface WordScan {
  length: number;
  start: Int32Array;
  end: Int32Array;
  /** the text scanned */
  source: string;
}
const wordScans = new WeakMap<Doc, Map<RegExp, WordScan>>();
/**
 * A scanner that finds what a word pattern finds, by character code (no match objects): it calls `found` with each
 * match's start and end, in text order. The patterns the rules share have one (wordRuns …); a test holds each to its
 * regex.
 */
export type Scanner = (text: string, found: (start: number, end: number) => void) => void;

export function wordScan(doc: Doc, re: RegExp, scanner?: Scanner): WordScan {
  let byRe = wordScans.get(doc);
  if (!byRe) wordScans.set(doc, (byRe = new Map()));
  let scan = byRe.get(re);
  if (scan) return scan;
  let cap = Math.max(16, doc.text.length >> 3);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let n = 0;
  const found = (s: number, e: number) => {
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
    }
    starts[n] = s;
    ends[n++] = e;
  };
  if (scanner) scanner(doc.text, found);
  else {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found(m.index, m.index + m[0].length);
    }
  }
  scan = { length: n, start: starts.subarray(0, n), end: ends.subarray(0, n), source: doc.text };
  byRe.set(re, scan);
  return scan;
}


/** The i-th word of a scan. */
export function wordAt(scan: WordScan, i: number): string {
  return scan.source.slice(scan.start[i], scan.end[i]);
}

/** The scanner of runs of word characters, /[WORD_CHARS]+/g. */
export const wordRuns: Scanner = (text, found) => {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (WORD_TABLE[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && WORD_TABLE[text.charCodeAt(i)] === 1) i++;
    found(s, i);
  }
};

/** Whether the characters of `short` are in `long`, in order (WADA in World Anti-Doping Agency's initials; و in او). */
export function inOrder(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** An ASCII letter, by character code. */
export const isLatinLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The words the text writes in lower case, as /(?<![A-Za-z])[a-z][a-z'-]{2,}/g finds them (a lower-case letter after
 * no Latin letter, then letters, apostrophes and hyphens, `min` characters or more: 3 as written, 2 for {1,}), by
 * one walk over the characters.
 */
export function lowerWords(text: string, into: Set<string>, min = 3): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && !(i > 0 && isLatinLetter(text.charCodeAt(i - 1)))) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!((d >= 97 && d <= 122) || d === 39 || d === 45)) break;
      }
      if (j - i >= min) into.add(text.slice(i, j));
      i = j;
    } else i++;
  }
}

/**
 * The words a document writes in lower case (lowerWords with min 2), found once per document for every rule that asks
 * whether the article also writes a capitalized word in lower case. A rule that counts only words of three letters or
 * more asks `writtenLower(doc, word, 3)`.
 */
const lowerByDoc = new WeakMap<Doc, Set<string>>();
export function lowerWordsOf(doc: Doc): ReadonlySet<string> {
  let set = lowerByDoc.get(doc);
  if (!set) {
    lowerWords(doc.text, (set = new Set()), 2);
    lowerByDoc.set(doc, set);
  }
  return set;
}
/** Whether the document writes a word in lower case (its lower-case form, `min` characters or more). */
export function writtenLower(doc: Doc, word: string, min = 2): boolean {
  return word.length >= min && lowerWordsOf(doc).has(word.toLowerCase());
}

/** The first match of a scan starting at or after a text offset (the scan's length when none does). */
export function scanFrom(scan: WordScan, at: number): number {
  return firstAtOrAbove(scan.start, at);
}

/** Where a phrase of a trie at p and the spaces after it end (the longest phrase first): the ways (?:phrase[ \t]{1,4}) goes on. */
export function phrasesThenSpaces(x: string, p: number, trie: PhraseTrie): number[] {
  const out: number[] = [];
  for (const e of trie.ends(x, p, false)) {
    const s = spacesAt(x, e, 1);
    if (s >= 0) out.push(s);
  }
  return out;
}
/** The end of one to four spaces or tabs at i (none with `min` 0), or -1: more than four, or too few. */
export function spacesAt(x: string, i: number, min: number): number {
  let j = i;
  while (j < x.length && (x.charCodeAt(j) === 32 || x.charCodeAt(j) === 9)) j++;
  return j - i >= min && j - i <= 4 ? j : -1;
}
/** What matchAtAnchors runs: a sticky regex, or one whose match code goes on with (continued). */
export interface StickyMatcher {
  readonly sticky: boolean;
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

/**
 * A sticky matcher written in code: at its lastIndex, after no word character (as START asks), `find` gives the
 * match's end and named groups, or null; the match is an exec array as a regex's (m[0], index, input, groups).
 */
export function codedMatcher(find: (x: string, p: number) => [number, Record<string, string | undefined>] | null): StickyMatcher {
  return {
    sticky: true,
    lastIndex: 0,
    exec(x: string) {
      const p = this.lastIndex;
      this.lastIndex = 0;
      if (p > 0 && WORD_TABLE[x.charCodeAt(p - 1)] === 1) return null;
      const found = find(x, p);
      if (!found) return null;
      this.lastIndex = found[0];
      return Object.assign([x.slice(p, found[0])], { index: p, input: x, groups: found[1] }) as unknown as RegExpExecArray;
    },
  };
}

/**
 * A sticky regex whose match `more` may lengthen in code (setting m[0] longer and adding groups): the grammar after a
 * rule's head that looks phrases up (a unit, with phraseTrie) instead of carrying their alternation. Runs where the
 * regex would (matchAtAnchors), lastIndex after the lengthened match.
 */
export function continued(head: RegExp, more: (m: RegExpExecArray) => void): StickyMatcher {
  if (!head.sticky) throw new Error('continued needs a sticky regex (flag y)');
  return {
    sticky: true,
    lastIndex: 0,
    exec(s: string) {
      head.lastIndex = this.lastIndex;
      const m = head.exec(s);
      if (m === null) {
        this.lastIndex = 0;
        return null;
      }
      more(m);
      this.lastIndex = m.index + m[0].length;
      return m;
    },
  };
}

/**
 * `matchAll` for a rule that can only match where a word of its list starts: the regex, compiled sticky (flag y),
 * is tried at the anchors (document offsets, ascending) inside each region, in order, skipping those a match
 * consumed. When every match of the regex starts at an anchor this yields exactly what scanning the whole text
 * yields (the same chunks, so lookbehinds see the same text; a consumer may move lastIndex as with matchAll), at the
 * cost of the anchors only: the rule runs at its trigger words instead of scanning the text with a word list.
 * Regions must start where a word may (the language regions do: they are runs of sentences); test/anchors.test.ts
 * holds the two ways to the same matches on random text.
 */
export function* matchAtAnchors(re: StickyMatcher, text: string, regions: readonly Region[], anchors: ArrayLike<number>): Generator<Match> {
  if (!re.sticky) throw new Error('matchAtAnchors needs a sticky regex (flag y)');
  let k = 0;
  for (const r of regions) {
    while (k < anchors.length && anchors[k] < r.start) k++;
    if (k >= anchors.length) return;
    if (anchors[k] >= r.end) continue;
    const chunk = r.start === 0 && r.end === text.length ? text : text.slice(r.start, r.end);
    re.lastIndex = 0;
    for (; k < anchors.length && anchors[k] < r.end; k++) {
      const at = anchors[k] - r.start;
      if (at < re.lastIndex) continue;
      re.lastIndex = at;
      const m = re.exec(chunk);
      if (m === null) {
        re.lastIndex = at;
        continue;
      }
      if (m[0].length === 0) {
        re.lastIndex = at + 1;
        continue;
      }
      yield matchIn(m, r.start);
    }
  }
}

/**
 * The anchors of a rule whose matches start with a phrase of a list: the document offsets of the tokens whose key
 * opens one of the phrases (in Arabic with `proclitics`, also less a proclitic: وأبو، فالروسي). A superset of where a
 * match can start (the keys are lower-case, the rule may be case-sensitive), as matchAtAnchors needs. With `numbers`,
 * also every number token and each digit run inside one (1.5: 1 and 5), a punctuation token glued right before one (a
 * sign, a decimal point: -1.3, .5), a word token holding digits and the digits inside it (USD10m, و19, APT28):
 * every place digits or a word glued to them start, for a rule whose matches may start there.
 */
export function wordAnchors(phrases: Iterable<string>, proclitics = false, numbers = false): (doc: Doc) => ArrayLike<number> {
  const first = new Set<string>();
  for (const p of phrases) {
    const k = firstKey(p);
    if (k !== undefined) first.add(k);
  }
  const id = anchorSetOf(first, proclitics, numbers);
  return (doc) => {
    const t = doc.tokens ?? tokenize(doc.text, doc.sentences);
    return anchorTableOf(t).sets[id] ?? NO_ANCHORS;
  };
}

/**
 * Every anchor set the rules asked for, numbered once per distinct set (a registry built again, as the ablation builds
 * one per rule, asks for the same sets again): the sets each first word opens, by its key as written and (the sets
 * with proclitics) less a proclitic, and the sets that take the places of numbers too. A document's anchors for all of
 * them are then one walk over its tokens (anchorTableOf), not a search per rule.
 */
const anchorSetIds = new Map<string, number>();
const setsOfKey = new Map<string, number[]>();
const setsOfBare = new Map<string, number[]>();
const numberSets: number[] = [];
let anchorSetCount = 0;
const NO_ANCHORS: readonly number[] = [];

function anchorSetOf(first: ReadonlySet<string>, proclitics: boolean, numbers: boolean): number {
  // (the words in the order the list gives them: the same list asked for again is the same set, without a sort of 11,000 names)
  const signature = `${proclitics ? 1 : 0}${numbers ? 1 : 0}\n${[...first].join('\n')}`;
  let id = anchorSetIds.get(signature);
  if (id !== undefined) return id;
  const set = (id = anchorSetCount++);
  anchorSetIds.set(signature, set);
  const note = (m: Map<string, number[]>, k: string) => {
    const ids = m.get(k);
    if (ids) ids.push(set);
    else m.set(k, [set]);
  };
  for (const k of first) {
    note(setsOfKey, k);
    if (proclitics) note(setsOfBare, k);
  }
  if (numbers) numberSets.push(set);
  return set;
}

/**
 * Per token table, the anchors of every set numbered so far (`count`; a set numbered later, as when the other language's
 * rules are built, makes the table again): the starts of the word and punctuation tokens whose key, or (sets with
 * proclitics) whose form less a proclitic, opens a phrase of the set, ascending, each once; merged with the places of
 * numbers for the sets that take them. What sortedUnion of the key index's lists gave each rule, in one walk.
 */
interface AnchorTable {
  /** how many sets were numbered when the table was made */
  count: number;
  /** each set's anchors, by its number (none: undefined) */
  sets: (ArrayLike<number> | undefined)[];
}
const anchorTables = new WeakMap<object, AnchorTable>();
function anchorTableOf(t: Tokens): AnchorTable {
  let table = anchorTables.get(t);
  if (table && table.count === anchorSetCount) return table;
  const sets: (ArrayLike<number> | undefined)[] = new Array(anchorSetCount);
  const push = (ids: readonly number[], at: number) => {
    for (const id of ids) {
      const list = sets[id] as number[] | undefined;
      if (!list) sets[id] = [at];
      else if (list[list.length - 1] !== at) list.push(at);
    }
  };
  if (setIdsCount !== anchorSetCount) {
    setIdsOfKey.clear();
    setIdsCount = anchorSetCount;
  }
  // (every place digits, or a sign or word glued to them, start: numberPlaces)
  const numbers: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const kind = t.kind[i];
    numberPlaces(t, i, numbers);
    // (words, and punctuation: a phrase may open with a sign, a bracket before a year)
    if (kind !== WORD_TOKEN && kind !== PUNCT_TOKEN) continue;
    const ids = setIdsOf(t.key[i]);
    if (ids.length) push(ids, t.start[i]);
  }
  for (const id of numberSets) sets[id] = sets[id] ? sortedUnion([numbers, sets[id]!]) : numbers;
  table = { count: anchorSetCount, sets };
  anchorTables.set(t, table);
  return table;
}

/**
 * The anchor sets a token's key opens, as written and (the sets with proclitics) less each proclitic it opens with,
 * longest first (a set may come twice: the table takes an anchor once). Kept per key, while no set is added (a bounded
 * memo, emptied when full): news repeats its words, and each was a lookup, and a string sliced for each proclitic and
 * looked up, in maps of every first word of every list.
 */
const setIdsOfKey = new Map<string, readonly number[]>();
let setIdsCount = -1;
const SET_IDS_MEMO_MAX = 50_000;
function setIdsOf(key: string): readonly number[] {
  let ids = setIdsOfKey.get(key);
  if (ids !== undefined) return ids;
  let out: number[] | null = null;
  const own = setsOfKey.get(key);
  if (own) out = [...own];
  // (an Arabic word less each proclitic, as procliticForms gives them; a punctuation key opens with no Arabic letter)
  if (setsOfBare.size && mayHaveProclitic(key)) {
    for (const p of AR_PROCLITIC_PREFIXES) {
      if (!key.startsWith(p)) continue;
      const b = setsOfBare.get(key.slice(p.length));
      if (b) (out ??= []).push(...b);
    }
  }
  ids = out ?? NO_ANCHORS;
  if (setIdsOfKey.size >= SET_IDS_MEMO_MAX) setIdsOfKey.clear();
  setIdsOfKey.set(key, ids);
  return ids;
}

/**
 * Where the tokens of one key start in a document (ascending offsets); with `proclitics`, also the Arabic words that
 * are the key less a proclitic (each such offset is the word's start). One walk over the tokens per call: the rules ask
 * a document for a few keys (none to four: a known person's surname, a place's first word), which an index of every
 * key cost more to make than the walks.
 */
export function keyOffsets(doc: Doc, key: string, proclitics = false): readonly number[] {
  const t = doc.tokens ?? tokenize(doc.text, doc.sentences);
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const kind = t.kind[i];
    if (kind !== WORD_TOKEN && kind !== PUNCT_TOKEN) continue;
    const k = t.key[i];
    // (or, an Arabic word, the key with a proclitic before it: k is a proclitic and the key)
    const d = k.length - key.length;
    if (k === key || (proclitics && kind === WORD_TOKEN && (d === 1 || d === 2) && k.endsWith(key) && PROCLITIC_SET.has(k.slice(0, d)))) out.push(t.start[i]);
  }
  return out;
}

/** The first key of a phrase (as phraseKeys gives it), by its first word: a token never spans a space, and the
 *  lists share first words (square meter, square foot), so each first word is folded and split once. */
const firstKeys = new Map<string, string | undefined>();
const ASCII_WORD = /^[A-Za-z]+$/;
function firstKey(phrase: string): string | undefined {
  const sp = phrase.search(/[ \t\n]/);
  const word = sp < 0 ? phrase : phrase.slice(0, sp);
  if (word === '') return phraseKeys(phrase).keys[0];
  // (a word of ASCII letters only is one token, folded to itself: its key is its lower case)
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  let k = firstKeys.get(word);
  if (k === undefined && !firstKeys.has(word)) firstKeys.set(word, (k = phraseKeys(word).keys[0]));
  return k;
}

/**
 * The places digits start at token `i`, added to `numbers` in text order: a number token, and each digit run after a
 * point or comma inside it (a rule with no lookbehind for them starts there, 1.5 June); a sign or point glued right
 * before a number (-1.3, .5); a word token holding digits (a sign glued to them, USD10m, RM79) and each digit run inside
 * it (و19).
 */
function numberPlaces(t: Tokens, i: number, numbers: number[]): void {
  const kind = t.kind[i];
  const at = t.start[i];
  const text = t.text;
  if (kind === NUMBER_TOKEN) {
    numbers.push(at);
    for (let c = at + 1; c < t.end[i]; c++) {
      const p = text.charCodeAt(c - 1);
      if (p === 44 || p === 46) numbers.push(c);
    }
  } else if (kind === PUNCT_TOKEN) {
    if (i + 1 < t.length && t.kind[i + 1] === NUMBER_TOKEN && t.start[i + 1] === t.end[i]) numbers.push(at);
  } else if (kind === WORD_TOKEN && t.flags[i] & DIGIT_FLAG) {
    numbers.push(at);
    for (let c = at + 1; c < t.end[i]; c++) {
      const d = text.charCodeAt(c);
      const p = text.charCodeAt(c - 1);
      if (d >= 48 && d <= 57 && !(p >= 48 && p <= 57)) numbers.push(c);
    }
  }
}


/** Named groups with alternatives' suffixed twins (d2, mo2, mo3, y4: a digit 2-9) folded into the plain names. */
export function merged(groups: Record<string, string | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(groups ?? {})) {
    if (v === undefined) continue;
    out[dropLastOf(k, '23456789')] = v;
  }
  return out;
}

/** Whether a word ends in one of the endings (longest first, a small alternation compiled once). */
export function endingTest(endings: readonly string[]): (word: string) => boolean {
  if (!endings.length) return () => false;
  const re = new RegExp(`(?:${[...endings].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})$`);
  return (w) => re.test(w);
}

/** The marks that open and close a quoted name (مجموعة "فانسي باير"، لـ"بايبت"). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', '«']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '»']);
