/**
 * Whether an Arabic word is a common word of the language (resource common-words): the rules that take a
 * word they cannot explain for a foreign name written in Arabic letters (شوماخر، بونغول) ask this first,
 * so a noun, a verb or an adjective the lists know (مشروع، قائلا، الحراس، وبرامجها) is no name.
 * A word is tried without its proclitics (و ف، ب ك ل، the future س, the article) and one suffix (a
 * pronoun, the feminine and plural endings, the accusative ا, a verb's ت or وا); the stem must be a listed
 * word. Guards keep foreign names whole: a stem of four letters or more before an ending foreign names share
 * (ون، ين، ان، ا، ت، وا: باتون is no بات + ون), and only with no proclitic letter taken off as well (بارادون is
 * no ب + أراد + ون); four letters or more after a proclitic letter (كمال is no ك + مال); nothing taken off a
 * word of three letters; and never the nisba ي (أنصاري is a surname, أنصار a common word).
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import type { LangLex } from '../core/types.js';
import { loadLatinTable } from '../resources/index.js';
import { englishWord } from '../core/language.js';
import { alt, lookupKey } from './patterns.js';

/**
 * The token after the longest knowledge-base name the dictionary pass found starting at token i whose entry passes
 * `test` (with `context`, a context name too: Tortoiseshell, which counts only near an actor word), or -1.
 */
export function kbHitEnd(lex: LangLex, i: number, test: (e: KbEntry, proclitic: number) => boolean, context = false): number {
  const { hits } = lex;
  const kbCat = lex.lexicon.cat('kb');
  const ctxCat = context ? lex.lexicon.cat('kb.context') : -2;
  let best = -1;
  for (let k = hits.from[i] ?? hits.length; k < hits.length && hits.start[k] === i; k++) {
    if ((hits.cat[k] === kbCat || hits.cat[k] === ctxCat) && hits.end[k] > best && test(lex.kb[hits.item[k]], hits.pre[k])) best = hits.end[k];
  }
  return best;
}

/**
 * Whether a word, in any case, is a word of the English vocabulary (SCOWL, as langid.yaml keeps it for language
 * identification; read on first use): capitalized, it is no name by itself (Computer, Newsletter, National).
 */
export function englishVocabulary(word: string): boolean {
  return englishWord(loadLatinTable(), word.toLowerCase());
}

const PREFIXES = ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فل', 'س', 'وس', 'فس'];
/** Suffixes, longest first; those after which a feminine noun's ة shows as ت come with it (ته، تها). */
const SUFFIXES = ['تهما', 'تهم', 'تها', 'هما', 'كما', 'ته', 'تي', 'هم', 'ها', 'كم', 'نا', 'ات', 'ون', 'ين', 'ان', 'وا', 'ه', 'ة', 'ا', 'ت'];

/** Endings that foreign names end in too: the stem before them must be four letters or more. */
const LONG_STEM = new Set(['ون', 'ين', 'ان', 'ا', 'ت', 'وا']);

export type CommonWord = ((word: string) => boolean) & {
  /** whether the word itself is listed, as written (folded), with no clitic or ending taken off */
  listed: (word: string) => boolean;
};

const cache = new WeakMap<LangResources, CommonWord>();

export function commonWords(res: LangResources): CommonWord {
  let f = cache.get(res);
  if (f) return f;
  const set = new Set(res['common-words'].words.map(lookupKey));
  /** `bare`: no proclitic letter was taken off, or the article was (a word both a letter and an ending shorter is mostly a name: بارادون is no ب + أراد + ون). */
  const stems = (w: string, bare: boolean): boolean => {
    if (set.has(w)) return true;
    if (w.length <= 3) return false;
    for (const s of SUFFIXES) {
      // (a plural, dual, accusative or verb ending leaves four letters at least: باتون، نيلسون are no بات، نيلس + ون)
      if (!w.endsWith(s) || w.length - s.length < (LONG_STEM.has(s) ? 4 : 2) || (LONG_STEM.has(s) && !bare)) continue;
      const r = w.slice(0, -s.length);
      if (set.has(r)) return true;
      // (the feminine ة under a suffix: حكومات، زيارته -> حكومة، زيارة)
      if ((s === 'ات' || s.startsWith('ت')) && set.has(`${r}ة`)) return true;
    }
    return false;
  };
  // (what a word is, remembered: the same words are asked of by every rule and recur from article to article; bounded)
  const memo = new Map<string, boolean>();
  const test = (word: string): boolean => {
    if (!set.size) return false;
    let got = memo.get(word);
    if (got === undefined) {
      got = testWord(word);
      if (memo.size >= 50_000) memo.clear();
      memo.set(word, got);
    }
    return got;
  };
  const testWord = (word: string): boolean => {
    const w = lookupKey(word);
    for (const p of PREFIXES) {
      // (a proclitic letter before a word of three letters is mostly a name's own: كمال is no ك + مال)
      if (!w.startsWith(p) || (p && w.length - p.length < 4)) continue;
      const rest = w.slice(p.length);
      // the future س only before an imperfect's letter; ل + ال is written لل
      if (p.endsWith('س') && !/^[يتنا]/.test(rest)) continue;
      if (stems(rest, p === '')) return true;
      if (rest.startsWith('ال') && rest.length > 3 && stems(rest.slice(2), true)) return true;
      if (p.endsWith('ل') && rest.startsWith('ل') && rest.length > 2 && stems(rest.slice(1), true)) return true;
    }
    return false;
  };
  f = Object.assign(test, { listed: (word: string) => set.has(lookupKey(word)) });
  cache.set(res, f);
  return f;
}

/** Which of the knowledge base's entries a name set holds: places, states (places with no country of their own), all. */
export type KbNameKind = 'location' | 'state' | 'organization' | 'person' | 'all';
const kbNameSets = new WeakMap<readonly KbEntry[], Map<string, ReadonlySet<string>>>();
/**
 * The names (aliases) in one language of the knowledge base's entries of a kind, made once per knowledge base and shared
 * by the rules that ask (persons, organizations, places each built the same sets before).
 */
export function kbNames(kb: readonly KbEntry[], kind: KbNameKind, lang: 'ar' | 'en'): ReadonlySet<string> {
  let byKind = kbNameSets.get(kb);
  if (!byKind) kbNameSets.set(kb, (byKind = new Map()));
  let set = byKind.get(`${lang}:${kind}`);
  if (!set) {
    const keep = (e: KbEntry) => (kind === 'all' ? true : kind === 'state' ? e.type === 'location' && !e.country : e.type === kind);
    byKind.set(`${lang}:${kind}`, (set = new Set(kb.filter(keep).flatMap((e) => e.aliases[lang]))));
  }
  return set;
}
const nisbaStates = new WeakMap<readonly KbEntry[], ReadonlyMap<string, string>>();
/**
 * Each Arabic nationality of the knowledge base with the article, masculine and feminine (الروسي، الروسية), as a lookup
 * key, to the name of the entry it is the nationality of (the first entry that has it); made once per knowledge base.
 */
export function definiteNisbaStates(kb: readonly KbEntry[]): ReadonlyMap<string, string> {
  let map = nisbaStates.get(kb) as Map<string, string> | undefined;
  if (map) return map;
  map = new Map();
  for (const e of kb) for (const d of e.demonyms?.ar ?? []) for (const f of [lookupKey(`ال${d}`), lookupKey(`ال${d}ة`)]) if (!map.has(f)) map.set(f, e.name);
  nisbaStates.set(kb, map);
  return map;
}
/** Whether a lookup key is the definite nationality of a state other than `country` (مجلس الأمن الروسي after the UN's
 *  council, whose country is none: ''); a known body's name followed by one is another body's. */
export function anotherStatesNisba(kb: readonly KbEntry[], key: string, country = ''): boolean {
  const state = definiteNisbaStates(kb).get(key);
  return state !== undefined && state !== country;
}
/** kbNames in English. */
export const kbNamesEn = (kb: readonly KbEntry[], kind: KbNameKind): ReadonlySet<string> => kbNames(kb, kind, 'en');

/**
 * The second end of a range between two ends, from the first end's end (between 2000 | and 3000 people; بين 2000 | و3000
 * شخص): a pair connector (number-words.pair_connectors; Arabic و glued too), a number that is no year, and a counted
 * noun: in English a lower-case word that is neither a function word nor one of number-words.not_counted, in Arabic any
 * word. Regex source, for a lookahead: with it a year-shaped first end counts, as a figure, and is no date.
 */
export function countedRangeTail(res: LangResources, lang: 'ar' | 'en'): string {
  const nw = res['number-words'];
  const connector = `(?:(?:${alt(nw.pair_connectors)})[ \\t]{1,4}${lang === 'ar' ? '|و' : ''})`;
  const number = '(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9](?:[0-9]|[,.][0-9])*';
  const counted = lang === 'en'
    ? `(?!(?:${alt([...res['function-words'].words, ...nw.not_counted].filter((w) => /^[a-z]+$/.test(w)))})(?![a-z]))[a-z]`
    : '[\\u0621-\\u064A]';
  return `[ \\t]{1,4}${connector}${number}[ \\t]{1,4}${counted}`;
}
