/**
 * Segmentation of the cleaned text: paragraphs (non-empty lines), a title, sentences, and the
 * language regions the extractors run on.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import { scriptCounts } from './script.js';
import type { Region, Sentence, Span } from './types.js';

export interface SegmentResources {
  /** Per language: words that end in a period without ending a sentence. */
  abbreviations: Set<string>;
  /** Those of them that are a month's names (Jan, Sept): they end a sentence before a capital (… in Jan. The …). */
  monthAbbreviations: Set<string>;
  /** Per language: the closed-class words (function-words.words, lower-cased) that no name goes on with after an initial:
   *  a capital letter and its period before one ends the sentence (… Facebook and X. The operation …). */
  functionWords: Set<string>;
}

export function segmentResources(res: Partial<Record<Lang, LangResources>>): SegmentResources {
  const abbreviations = new Set<string>();
  for (const r of Object.values(res)) for (const a of r?.abbreviations.abbreviations ?? []) abbreviations.add(a);
  const months = new Set(Object.values(res).flatMap((r) => r?.months.months.flatMap((m) => m.names) ?? []));
  const functionWords = new Set(Object.values(res).flatMap((r) => r?.['function-words'].words.map((w) => w.toLowerCase()) ?? []));
  return { abbreviations, monthAbbreviations: new Set([...abbreviations].filter((a) => months.has(a))), functionWords };
}

/** Non-empty lines, trimmed of surrounding white space. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const TITLE_MAX = 300;

/** The first paragraph is a title when more follow and it reads like a headline. */
export function titleOf(text: string, paragraphs: Span[]): Span | null {
  if (paragraphs.length < 2) return null;
  const p = paragraphs[0];
  if (p.end - p.start > TITLE_MAX) return null;
  const line = text.slice(p.start, p.end);
  const words = line.split(/\s+/).length;
  if (/[.!?؟:،,]$/.test(line) && words > 20) return null;
  return p;
}

// A sentence ends at a run of terminators, then any closing quotes or brackets.
const TERMINATOR = /[.!?؟؛…]+[”"’'»)\]]*/g;

/** Splits a paragraph into sentences. */
export function sentencesOf(text: string, para: Span, abbreviations: Set<string>, monthAbbreviations: ReadonlySet<string> = NO_WORDS, functionWords: ReadonlySet<string> = NO_WORDS): Span[] {
  const out: Span[] = [];
  let start = para.start;
  // (searched in the paragraph alone: a search from the paragraph into the rest of the text, for a paragraph with no
  // terminator, made a text of many such lines quadratic)
  const chunk = text.slice(para.start, para.end);
  TERMINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR.exec(chunk)) !== null) {
    const at = para.start + m.index;
    const end = Math.min(para.end, at + m[0].length);
    if (isBoundary(text, at, end, abbreviations, monthAbbreviations, functionWords)) {
      pushTrimmed(text, start, end, out);
      start = end;
    }
  }
  pushTrimmed(text, start, para.end, out);
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

const DIGIT = /[0-9]/;
const LATIN_LOWER = /[a-z]/;
const LATIN = /[A-Za-z]/;
/** A Latin or Arabic-block letter, by code. */
const wordLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x600 && c <= 0x6ff);

/**
 * The word right before `at`, dots between its letters and all (U.S, Calif), within the `max` characters before it:
 * what /([A-Za-z\u0600-\u06FF]+(?:\.[A-Za-z\u0600-\u06FF]+)*)$/ finds at the end of that slice, walked back by character
 * code (the regex tried every start of the slice; a test holds the two to the same word), or null.
 */
export function wordBefore(text: string, at: number, max = 24): string | null {
  const lo = Math.max(0, at - max);
  let i = at;
  while (i > lo) {
    const c = text.charCodeAt(i - 1);
    if (wordLetter(c)) i--;
    else if (c === 46 && i < at && i - 2 >= lo && wordLetter(text.charCodeAt(i - 2))) i -= 2;
    else break;
  }
  return i < at ? text.slice(i, at) : null;
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Whether the period at `at` joins two groups of at most three Arabic letters (إف.بي.آي), as an acronym's dots do. */
function dottedArabic(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && ARABIC_LETTER.test(text[b - 1])) b--;
  let e = at + 1;
  while (e < text.length && ARABIC_LETTER.test(text[e])) e++;
  const left = at - b;
  const right = e - at - 1;
  return left >= 1 && left <= 3 && right >= 1 && right <= 3 && (e >= text.length || !/[\u0600-\u06FF]/.test(text[e]));
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** The capitalized Latin word at `at`, lower-cased (The -> the), else ''. */
function capitalizedWordAt(text: string, at: number): string {
  if (!/[A-Z]/.test(text[at] ?? '')) return '';
  let e = at + 1;
  while (e < text.length && e < at + 12 && /[a-z]/.test(text[e])) e++;
  return /[A-Za-z]/.test(text[e] ?? '') ? '' : text.slice(at, e).toLowerCase();
}

function isBoundary(text: string, at: number, end: number, abbreviations: Set<string>, monthAbbreviations: ReadonlySet<string>, functionWords: ReadonlySet<string>): boolean {
  const term = text[at];
  const next = text[end];
  if (next === undefined) return true;
  if (term === '.' && text[end - 1] === '.' && end - at === 1) {
    // 2.5, 1.000: a period between digits
    if (DIGIT.test(text[at - 1] ?? '') && DIGIT.test(next)) return false;
    // the word before the period: an abbreviation (Mr., U.S., Calif.) or an initial (J.)
    const w = wordBefore(text, at);
    // (a month's abbreviation before a space and a capital ends the sentence: … in Jan. The …; Jan. 20 does not)
    const monthEnds = w !== null && monthAbbreviations.has(w) && next === ' ' && /[A-Z]/.test(text[end + 1] ?? '');
    // (nor does a capital letter alone before a space and a capitalized function word, no name's next word: … and X. The …)
    const letterEnds = w !== null && w.length === 1 && next === ' ' && functionWords.has(capitalizedWordAt(text, end + 1));
    if (w !== null && !monthEnds && (abbreviations.has(w) || (w.length === 1 && /[A-Z]/.test(w) && !letterEnds))) return false;
  }
  // after the terminator: no space and a Latin letter (e.g., cnn.com, U.S) is not a boundary;
  // Arabic text often runs on without a space after a period ("...”.ويعمد"), which is.
  if (!isSpace(next.charCodeAt(0))) {
    if (LATIN.test(next) || DIGIT.test(next)) return false;
    // an Arabic dotted acronym (إف.بي.آي، سي.إن.إن): short letter groups on both sides of the period
    if (term === '.' && end - at === 1 && dottedArabic(text, at)) return false;
    return /[\u0600-\u06FF“"«(]/.test(next);
  }
  // a space and then a lower-case Latin word: probably an unlisted abbreviation
  let k = end;
  while (k < text.length && text[k] === ' ') k++;
  // (an ellipsis before a lower-case word leaves a sentence out, it does not end it: "that … we can")
  if ((term === '.' || term === '…') && LATIN_LOWER.test(text[k] ?? '')) return false;
  return true;
}

/** The extraction language of a stretch of text, given the document language. */
export function extractionLang(text: string, span: Span, docLang: string): Lang | null {
  const s = scriptCounts(text, span.start, span.end);
  if (s.letters === 0) return docLang === 'ar' || docLang === 'en' ? docLang : null;
  if (s.arabic >= s.latin && s.arabic >= s.other) {
    return docLang === 'fa' || docLang === 'ur' || docLang === 'ps' ? null : 'ar';
  }
  if (s.latin >= s.other) return docLang === 'en' || docLang === 'ar' || docLang === 'und' ? 'en' : null;
  return null;
}

export interface Segmented {
  title: Span | null;
  paragraphs: Span[];
  sentences: Sentence[];
}

export function segment(text: string, res: SegmentResources): Segmented {
  const paragraphs = paragraphsOf(text);
  let title = titleOf(text, paragraphs);
  // (a first paragraph of two sentences or more, ending as a sentence does, is the story's first paragraph, no headline:
  // Roskomnadzor said it was investigating. The Kremlin declined to comment.)
  const first = title ? sentencesOf(text, title, res.abbreviations, res.monthAbbreviations, res.functionWords) : [];
  if (title && first.length > 1 && /[.!?؟]["”’»)]*$/.test(text.slice(title.start, title.end))) title = null;
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    const spans = title && i === 0 ? [p] : i === 0 && first.length ? first : sentencesOf(text, p, res.abbreviations, res.monthAbbreviations, res.functionWords);
    for (const s of spans) sentences.push({ ...s, paragraph: i, lang: null });
  });
  return { title, paragraphs, sentences };
}

/** Sets each sentence's extraction language and groups sentences into regions. */
export function assignLanguages(text: string, sentences: Sentence[], docLang: string): Region[] {
  const regions: Region[] = [];
  for (const s of sentences) {
    s.lang = extractionLang(text, s, docLang);
    if (!s.lang) continue;
    const last = regions[regions.length - 1];
    if (last && last.lang === s.lang) last.end = s.end;
    else regions.push({ start: s.start, end: s.end, lang: s.lang });
  }
  return regions;
}

