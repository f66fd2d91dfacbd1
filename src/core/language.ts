/**
 * Language identification: a script check first (cheap, and decisive for Arabic with Latin names in
 * it), then franc's trigrams on a bounded sample, restricted to the candidates that script allows.
 * franc over a whole article is slow (about 1 MB/s); a 4 KB sample is enough and keeps the tool fast.
 */
import { scriptCounts } from './script.js';

type FrancAll = (value: string, options?: { only?: string[]; minLength?: number }) => [string, number][];
let francAll: FrancAll | null = null;

/** franc is needed for this text and not loaded yet: `await loadFranc()` and try again. */
export class NeedsFranc extends Error {
  constructor() {
    super('franc is not loaded');
  }
}

/**
 * Loads franc (about 50 ms). Script counts and function words decide most Arabic and English text
 * without it, so the CLI loads it only when a document needs it; the library loads it up front.
 */
export async function loadFranc(): Promise<void> {
  if (!francAll) francAll = (await import('franc')).francAll as FrancAll;
}

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und'. */
  code: string;
  /** 0..1: the share of letters in the language's script, discounted for short samples and for a
   * near tie in franc's ranking; a heuristic, not a probability. */
  confidence: number;
}

/** franc's ISO 639-3 codes we consider, with their ISO 639-1 form. */
const LATIN: Record<string, string> = {
  eng: 'en', fra: 'fr', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', tur: 'tr', ind: 'id', zlm: 'ms',
  pol: 'pl', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ron: 'ro', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr',
  hun: 'hu', cat: 'ca', est: 'et', lit: 'lt', lvs: 'lv', afr: 'af', gle: 'ga', hau: 'ha', som: 'so', swh: 'sw',
  tgl: 'tl', vie: 'vi', yor: 'yo', zul: 'zu',
};
const ARABIC_SCRIPT: Record<string, string> = { arb: 'ar', pes: 'fa', urd: 'ur', pbu: 'ps' };
const OTHER: Record<string, string> = {
  rus: 'ru', ukr: 'uk', bul: 'bg', srp: 'sr', heb: 'he', ell: 'el', cmn: 'zh', jpn: 'ja', kor: 'ko',
  hin: 'hi', ben: 'bn', tha: 'th', amh: 'am', kat: 'ka', hye: 'hy',
};

/**
 * The words of Latin-script languages (langid.yaml: stopwords-iso, and common English words) with the
 * languages each belongs to, plus names (the project's English vocabulary and the knowledge base's
 * English names), which support English at half weight where no other language claims the word: a
 * name is written the same in every language. Plain data, built by the resource build
 * (`buildLatinTable`) and read with a binary search, so start-up builds no map of 60,000 words.
 */
export interface LatinTable {
  langs: string[];
  /** the words, sorted (code-unit order), lower case, one per line: one string parses far faster than 60,000 */
  words: string;
  /** per word, its index into `setTable` in two base-36 digits */
  sets: string;
  /** language sets: indexes into `langs`; NAME for a name that only supports English */
  setTable: number[][];
  /** elided articles and prepositions (l', d', dell') → indexes into `langs` */
  elisions: Record<string, number[]>;
}

const NAME = -1;

export function buildLatinTable(lists: Record<string, readonly string[]>, names: Iterable<string>, elisions: Record<string, readonly string[]> = {}): LatinTable {
  const langs = Object.keys(lists);
  const byWord = new Map<string, number[]>();
  langs.forEach((l, i) => {
    for (const w of lists[l]) {
      const have = byWord.get(w);
      if (have) {
        if (!have.includes(i)) have.push(i);
      } else byWord.set(w, [i]);
    }
  });
  for (const w of names) {
    const k = w.toLowerCase();
    if (k.length < 2 || !/^[a-z]+$/.test(k)) continue;
    if (!byWord.has(k)) byWord.set(k, [NAME]); // a word another language claims stays that language's
  }
  const words = [...byWord.keys()].sort();
  const setIndex = new Map<string, number>();
  const setTable: number[][] = [];
  const sets = words.map((w) => {
    const set = byWord.get(w)!.sort((a, b) => a - b);
    const key = set.join(',');
    let i = setIndex.get(key);
    if (i === undefined) {
      i = setTable.length;
      setTable.push(set);
      setIndex.set(key, i);
    }
    return i.toString(36).padStart(2, '0');
  });
  if (setTable.length > 36 * 36) throw new Error('langid: too many language sets for two base-36 digits');
  const el: Record<string, number[]> = {};
  for (const [l, list] of Object.entries(elisions)) {
    const i = langs.indexOf(l);
    if (i >= 0) for (const w of list) (el[w] ??= []).push(i);
  }
  return { langs, words: words.join('\n'), sets: sets.join(''), setTable, elisions: el };
}

/**
 * The languages of a word, or null: a binary search over the sorted lines of `words`, found through an
 * index of where each line starts, so the table is never split into 60,000 strings.
 */
function latinLookup(t: LatinTable, w: string): number[] | null {
  const starts = lineStarts(t);
  const text = t.words;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const to = mid + 1 < starts.length ? starts[mid + 1] - 1 : text.length;
    const c = compareSlice(text, starts[mid], to, w);
    if (c === 0) return t.setTable[parseInt(t.sets.slice(2 * mid, 2 * mid + 2), 36)];
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

const startsOf = new WeakMap<LatinTable, Uint32Array>();
/** Where each line of the table starts: two passes of indexOf, no strings made. */
function lineStarts(t: LatinTable): Uint32Array {
  let starts = startsOf.get(t);
  if (starts) return starts;
  let n = 1;
  for (let i = t.words.indexOf('\n'); i >= 0; i = t.words.indexOf('\n', i + 1)) n++;
  starts = new Uint32Array(n);
  let k = 1;
  for (let i = t.words.indexOf('\n'); i >= 0; i = t.words.indexOf('\n', i + 1)) starts[k++] = i + 1;
  startsOf.set(t, starts);
  return starts;
}

/** Compares text[from, to) with w in code-unit order, as Array.prototype.sort orders strings. */
function compareSlice(text: string, from: number, to: number, w: string): number {
  const n = Math.min(to - from, w.length);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(from + i) - w.charCodeAt(i);
    if (d !== 0) return d;
  }
  return to - from - w.length;
}

export interface LatinEvidence {
  /** English words, names at half weight */
  en: number;
  /** the other language with the most words, and their count */
  best: string | null;
  other: number;
  /** the other languages with any word, as ISO 639-1 codes */
  candidates: string[];
  /** words with letters English does not write (é, ü, ñ, ß) that no list knows */
  marked: number;
  /** words of three letters or more that no list knows */
  unknown: number;
}

const LATIN_WORD = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:['’](?=[A-Za-z\u00C0-\u024F]))?/g;

/** Per language, how many of the sample's Latin words its list holds. */
export function latinEvidence(sample: string, lex: LatinTable): LatinEvidence {
  const score = new Array<number>(lex.langs.length).fill(0);
  let names = 0;
  let marked = 0;
  let unknown = 0;
  for (const m of sample.matchAll(LATIN_WORD)) {
    const raw = m[0].toLowerCase();
    if (raw.endsWith("'") || raw.endsWith('’')) {
      const hit = Object.hasOwn(lex.elisions, raw.slice(0, -1)) ? lex.elisions[raw.slice(0, -1)] : null;
      if (hit) for (const i of hit) score[i]++;
      continue;
    }
    const hit = latinLookup(lex, raw);
    if (hit) {
      for (const i of hit) {
        if (i === NAME) names++;
        else score[i]++;
      }
    } else if (/[^a-z]/.test(raw)) marked++;
    else if (raw.length >= 3) unknown++;
  }
  const enAt = lex.langs.indexOf('en');
  let best: string | null = null;
  let other = 0;
  const candidates: string[] = [];
  lex.langs.forEach((l, i) => {
    if (i === enAt || score[i] === 0) return;
    candidates.push(l);
    if (score[i] > other) {
      other = score[i];
      best = l;
    }
  });
  return { en: (score[enAt] ?? 0) + names / 2, best, other, candidates, marked, unknown };
}

const SAMPLE = 4000;
const MIN_LETTERS = 3;

/** A deterministic bounded sample: the start, the middle and the end of long text. */
export function sampleText(text: string): string {
  if (text.length <= SAMPLE) return text;
  const third = Math.floor(SAMPLE / 3);
  const mid = Math.floor(text.length / 2 - third / 2);
  return text.slice(0, third) + ' ' + text.slice(mid, mid + third) + ' ' + text.slice(text.length - third);
}

/** Frequent words of the languages we extract, as folded lower-case sets (from resources). */
export interface FunctionWords {
  ar: ReadonlySet<string>;
  en: ReadonlySet<string>;
}

/** Share of a sample's words found in a set of function words (Latin or Arabic words only). */
export function functionWordShare(sample: string, words: ReadonlySet<string>, arabic: boolean): number {
  let total = 0;
  let hits = 0;
  // (the words of /[\u0621-\u064A]+/g or LATIN_WORD, walked by character code: no match objects)
  const n = sample.length;
  for (let i = 0; i < n; ) {
    const c = sample.charCodeAt(i);
    if (arabic ? !arabicLetter(c) : !latinLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (arabic ? arabicLetter(sample.charCodeAt(j)) : latinLetter(sample.charCodeAt(j)))) j++;
    // (LATIN_WORD: an apostrophe before a letter is the word's, don't)
    if (!arabic && j + 1 < n && (sample.charCodeAt(j) === 39 || sample.charCodeAt(j) === 0x2019) && apostropheLetter(sample.charCodeAt(j + 1))) j++;
    total++;
    const w = sample.slice(i, j);
    if (words.has(arabic ? w : w.toLowerCase())) hits++;
    i = j;
  }
  return total === 0 ? 0 : hits / total;
}
const arabicLetter = (c: number) => c >= 0x621 && c <= 0x64a;
/** LATIN_WORD's letters, and the letters its look-ahead after an apostrophe accepts. */
const latinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x24f);
const apostropheLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/** Above this share of function words a text is that language, franc or not (English prose: ~0.4). */
const FUNCTION_SHARE = 0.2;

/** Below this many Latin letters a text is short: trigrams say little, and only words decide. */
const SHORT_LATIN = 200;

/**
 * `words`: the function words of Arabic and English (a share above FUNCTION_SHARE decides at once);
 * `latin`: gives the lexicon that tells Latin-script languages apart. Latin-script text is English unless
 * another language's own words outnumber the English ones (two at least, or one that franc confirms); a
 * short text with no word of any list is English too, so a headline never flips on trigram noise.
 */
export function detectLanguage(text: string, words?: FunctionWords, latin?: () => LatinTable): LanguageGuess {
  const sample = sampleText(text);
  const s = scriptCounts(sample, 0, sample.length);
  if (s.letters < MIN_LETTERS) return { code: 'und', confidence: 0 };
  if (s.arabic >= s.latin && s.arabic >= s.other) {
    const share = s.arabic / s.letters * lengthFactor(s.arabic);
    // Persian, Urdu and Pashto write letters Arabic does not use; without them it is Arabic
    if (!NON_ARABIC_LETTERS.test(sample)) return { code: 'ar', confidence: round(share) };
    if (words && functionWordShare(sample, words.ar, true) >= FUNCTION_SHARE) return { code: 'ar', confidence: round(share) };
    return fromFranc(sample, ARABIC_SCRIPT, share, 'ar');
  }
  if (s.latin >= s.other) {
    const share = (s.latin / s.letters) * lengthFactor(s.latin);
    // (a quick path for running English prose; a short text is decided by its words below)
    if (words && (s.latin >= SHORT_LATIN || !latin) && functionWordShare(sample, words.en, false) >= FUNCTION_SHARE) return { code: 'en', confidence: round(share) };
    if (!latin) {
      if (s.latin < 12) return { code: 'und', confidence: 0 };
      return fromFranc(sample, LATIN, share, 'und');
    }
    const ev = latinEvidence(sample, latin());
    if (ev.best && ev.other > ev.en) {
      // another language's own words outnumber the English ones: franc tells which of the languages they
      // belong to (close languages share stop words); one word alone must also beat English in franc's eyes
      const only = ev.other >= 2 ? ev.candidates : ['en', ...ev.candidates];
      return fromFranc(sample, restrict(only), share, ev.best);
    }
    // one English word among several that no list knows (Incendios obligan a evacuar a miles): franc decides
    if (ev.en > 1 || (ev.en > 0 && ev.unknown + ev.marked < 3)) return { code: 'en', confidence: round(share) };
    // no English word at all: letters English does not write, or words no list knows, are evidence
    // enough to ask franc; a short text with neither stays English
    if (ev.en > 0 || ev.marked > 0 || ev.unknown >= 2 || s.latin >= SHORT_LATIN) return fromFranc(sample, LATIN, share, 'en');
    return { code: 'en', confidence: round(share * 0.6) };
  }
  return fromFranc(sample, OTHER, (s.other / s.letters) * lengthFactor(s.other), 'und');
}

/** franc's table cut to the given ISO 639-1 codes. */
function restrict(codes: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(LATIN).filter(([, v]) => codes.includes(v)));
}

const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06D2\u06C1]/;

/** Short samples are less certain: 0.5 for a word, 1 from about 250 letters. */
function lengthFactor(letters: number): number {
  return 0.5 + 0.5 * Math.min(1, letters / 250);
}

function fromFranc(sample: string, table: Record<string, string>, share: number, fallback: string): LanguageGuess {
  if (!francAll) throw new NeedsFranc();
  const ranked = francAll(sample, { only: Object.keys(table), minLength: 10 });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return { code: fallback, confidence: fallback === 'und' ? 0 : round(0.5 * share) };
  // franc's scores are relative (the top is 1); a runner-up within 1% is a near tie
  const tie = second && second[1] > 0.99 ? 0.9 : 1;
  return { code: table[top[0]] ?? fallback, confidence: round(share * tie) };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/** Whether a lower-case word is in the table's English vocabulary (SCOWL), not only a name the table keeps. */
export function englishWord(t: LatinTable, w: string): boolean {
  const sets = latinLookup(t, w);
  return sets !== null && sets.includes(t.langs.indexOf('en'));
}
