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
  eng: 'en', fra: 'fr', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', tur: 'tr', ind: 'id',
  pol: 'pl', swe: 'sv', ron: 'ro', hau: 'ha', som: 'so', swh: 'sw', vie: 'vi', tgl: 'tl',
};
const ARABIC_SCRIPT: Record<string, string> = { arb: 'ar', pes: 'fa', urd: 'ur', pbu: 'ps' };
const OTHER: Record<string, string> = {
  rus: 'ru', ukr: 'uk', bul: 'bg', srp: 'sr', heb: 'he', ell: 'el', cmn: 'zh', jpn: 'ja', kor: 'ko',
  hin: 'hi', ben: 'bn', tha: 'th', amh: 'am', kat: 'ka', hye: 'hy',
};
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
  const re = arabic ? /[\u0621-\u064A]+/g : /[A-Za-z]+/g;
  let total = 0;
  let hits = 0;
  for (const m of sample.matchAll(re)) {
    total++;
    if (words.has(arabic ? m[0] : m[0].toLowerCase())) hits++;
  }
  return total === 0 ? 0 : hits / total;
}

/** Above this share of function words a text is that language, franc or not (English prose: ~0.4). */
const FUNCTION_SHARE = 0.2;

export function detectLanguage(text: string, words?: FunctionWords): LanguageGuess {
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
    if (s.latin < 12) return { code: 'und', confidence: 0 };
    const share = (s.latin / s.letters) * lengthFactor(s.latin);
    if (words && functionWordShare(sample, words.en, false) >= FUNCTION_SHARE) return { code: 'en', confidence: round(share) };
    return fromFranc(sample, LATIN, share, 'und');
  }
  return fromFranc(sample, OTHER, (s.other / s.letters) * lengthFactor(s.other), 'und');
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
