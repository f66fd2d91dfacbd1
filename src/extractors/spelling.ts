/**
 * Foreign names in Arabic script spelled otherwise than the knowledge base writes them (rule
 * `ar/entity/kb-spelling`): فلاديمير بوتن for بوتين, تريزا ماي for تيريزا ماي, دراغون فلاي for the group the
 * knowledge base knows as Dragonfly. Arabic transcriptions of one Latin name differ in their long vowels
 * (ي و ا written or not), in the letter chosen for a sound Arabic lacks (g: ج غ ق ك; v: ف; s between vowels:
 * س ز), in ة/ه and ى/ي, and in a space (دراغونفلاي، دراغون فلاي). Each name is reduced to a consonant
 * skeleton in a small alphabet both scripts map to: Arabic letters by class, the long vowels and hamza
 * dropped; a Latin name by its consonants (th → T, sh/sch/s/z → S, ch → TS, kh → H, c before e/i/y → S, else K,
 * g/j/k/q → K, p/b → B, v/f/ph → F, w/y/h and vowels dropped, doubles once). A run of one to three Arabic
 * words whose skeleton is that of exactly one knowledge-base name, long enough to be safe (six classes or
 * more, over two words or more) and made of words no list takes for ordinary Arabic, is that entry; one word alone names a
 * hacker group when it is set off as a name (in quotation marks, or after a group word). A person's name too short for
 * six classes (تريزا ماي) meets its entry letter for letter less the long vowels inside its words (vowelless), when it
 * opens with a given name and no word of it is an ordinary one (محمد على is no محمد علي).
 * A word set off as a group's name (after a group word, with a naming phrase between or not, or in quotation marks:
 * جماعة تدعى سوفاسي، مجموعة "تورلا") that spells one of a threat actor's one-word Latin names letter for letter, as
 * src/lexicon/latin-names.ts reads Arabic letters, is that actor however short its skeleton (rule
 * `ar/entity/kb-latin-spelling`: سوفاسي is Sofacy, APT28); and so, set off or not, is a word of seven letters or more,
 * none of a sound only Arabic writes, that spells a place's Latin name with its vowels written (غوانتانامو:
 * Guantanamo), places being left out of the skeletons. The article's later mentions of such a word are that entry too.
 * A place the knowledge base writes in Arabic letters meets another spelling of it letter for letter less the long
 * vowels and a space (rule `ar/entity/kb-place-spelling`: كراكاس for كاراكاس, نيو جيرسي for نيوجيرسي; placeSpellings).
 * Pure and table-driven: one skeleton per token, windows concatenated; no regex over the text.
 */
import type { KbEntry } from '../resources/schema.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import { ARABIC, WORD } from '../core/tokens.js';
import { nameShapedAr } from './arabic-shapes.js';
import { CLOSING_QUOTES, OPENING_QUOTES, inOrder, procliticTable } from './patterns.js';
import { loadKb, loadKbFingerprint, loadSpellingIndexData } from '../resources/index.js';
import { kbFingerprint } from '../resources/fingerprint.js';
import { ARABIC_SOUNDS, foldArabicName, nameList, romanizeWord, type NameList } from '../lexicon/latin-names.js';

/** What a mention of a knowledge-base entry carries of it: its type, key, names, kind, other English names and state. */
export function kbFields(e: KbEntry): Pick<MentionCandidate, 'type' | 'key' | 'name' | 'name_ar' | 'wikidata' | 'kind' | 'known' | 'country'> {
  return {
    type: e.type,
    key: `kb:${e.id}`,
    name: e.name,
    name_ar: e.name_ar,
    wikidata: e.wikidata,
    kind: e.kind,
    known: [...e.aliases.en, ...(e.context?.en ?? [])],
    country: e.country,
  };
}

/** Arabic letters by class; a letter not listed (the long vowels, hamza, ع, ة, tatweel) is dropped. */
const AR_CLASS: Record<string, string> = {
  ب: 'B', پ: 'B',
  ت: 'T', ط: 'T', ث: 'T',
  ج: 'K', غ: 'K', ق: 'K', ك: 'K', گ: 'K', ک: 'K',
  ح: 'H', خ: 'H',
  د: 'D', ض: 'D', ذ: 'D',
  ر: 'R',
  ز: 'S', ظ: 'S', س: 'S', ص: 'S', ش: 'S',
  ف: 'F', ڤ: 'F',
  ل: 'L', م: 'M', ن: 'N',
};

/** The class of each Arabic code point (U+0600–U+06FF) as a character code, 0 for a dropped letter. */
const AR_TABLE = new Uint8Array(256);
for (const [ch, c] of Object.entries(AR_CLASS)) AR_TABLE[ch.charCodeAt(0) - 0x600] = c.charCodeAt(0);
const HEH = 'ه'.charCodeAt(0);
/** ا و ي: the long vowels (after و, it writes a W: ووتش، واسرمان) */
const LONG_VOWEL = new Set([...'اوي'].map((c) => c.charCodeAt(0)));
/** و ب ل ف: a proclitic a name's first word may carry */
const PROCLITIC = new Set([...'وبلف'].map((c) => c.charCodeAt(0)));

/** The skeleton of one Arabic word (its article ال, if any, off: the skeleton is of the name). */
export function arabicSkeleton(word: string): string {
  const from = word.startsWith('ال') && word.length > 4 ? 2 : 0;
  let out = '';
  let last = 0;
  for (let i = from; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // (ه is a letter at the start of a word, a vowel's trace after it: هيلاري، سارة)
    const c = code === HEH ? (i === from ? 72 : 0) : code >= 0x600 && code <= 0x6ff ? AR_TABLE[code - 0x600] : 0;
    if (c && c !== last) {
      out += String.fromCharCode(c);
      last = c;
    }
  }
  return out;
}

/**
 * A word less the long vowels inside it (ا و ي between its first and last letters), with ة as ه and ى as ي: two
 * transcriptions of one short foreign name, too short for a skeleton of six classes, meet letter for letter (تيريزا ماي،
 * تريزا ماي), while the consonants stay as written, so fewer ordinary word pairs meet one by chance.
 */
export function vowelless(word: string): string {
  return lessLongVowels(word, true, true);
}
/** The letters less the long vowels, the first letter's and the last's kept only as asked: a word's part in a name written together with the next (نيو of نيوجيرسي keeps its first, جيرسي its last). */
function lessLongVowels(word: string, first: boolean, last: boolean): string {
  let out = '';
  const n = word.length - 1;
  for (let i = 0; i <= n; i++) {
    const c = word[i];
    if (!(i === 0 && first) && !(i === n && last) && LONG_VOWEL.has(word.charCodeAt(i))) continue;
    out += c === 'ة' ? 'ه' : c === 'ى' ? 'ي' : c;
  }
  return out;
}

/** An entry's Arabic names, each once: its canonical Arabic name and its Arabic aliases. */
function arabicNames(e: KbEntry): Set<string> {
  return new Set([...(e.name_ar ? [e.name_ar] : []), ...e.aliases.ar]);
}

/** A person's Arabic names of two words or more by their first word less its long vowels: the rest of each, and the entry (null when two entries share a name). */
type VowelIndex = Map<string, { rest: string[]; entry: KbEntry | null }[]>;
const vowelIndexes = new WeakMap<readonly KbEntry[], VowelIndex>();
function vowelIndexOf(kb: readonly KbEntry[]): VowelIndex {
  let index = vowelIndexes.get(kb);
  if (index) return index;
  index = new Map();
  for (const e of kb) {
    if (e.type !== 'person') continue;
    for (const a of arabicNames(e)) {
      const words = a.split(/\s+/).map(vowelless);
      if (words.length < 2 || words.some((w) => w.length < 2)) continue;
      const list = index.get(words[0]) ?? [];
      const rest = words.slice(1);
      const same = list.find((x) => x.rest.join(' ') === rest.join(' '));
      if (same) {
        if (same.entry !== e) same.entry = null;
      } else list.push({ rest, entry: e });
      index.set(words[0], list);
    }
  }
  vowelIndexes.set(kb, index);
  return index;
}

/** A key's one knowledge-base entry: the entry the first time, null once another entry has the key too (an ambiguous
 *  spelling names no one). */
function putOwned(map: Map<string, KbEntry | null>, key: string, e: KbEntry): void {
  const was = map.get(key);
  map.set(key, was === undefined || was === e ? e : null);
}

/**
 * The threat actors the knowledge base names in Arabic letters, by the letters of the name's words less their long
 * vowels (مادي ووتر and مودي ووتر are مدي وتر), names of one to three words with four such letters or more; null where
 * two actors share them. Another spelling of a group's name, set off after a group word or in quotation marks, is that
 * group (مجموعة "مودي ووتر"), where a word of it alone may be another name (مودي, a person's).
 */
const actorVowelIndexes = new WeakMap<readonly KbEntry[], Map<string, KbEntry | null>>();
function actorVowelIndexOf(kb: readonly KbEntry[]): Map<string, KbEntry | null> {
  let index = actorVowelIndexes.get(kb);
  if (index) return index;
  index = new Map();
  for (const e of kb) {
    if (e.type !== 'threat_actor') continue;
    for (const a of arabicNames(e)) {
      const words = a.split(/\s+/);
      if (words.length > ACTOR_WORDS || !words.every((w) => /^[\u0621-\u064A]+$/.test(w))) continue;
      const key = words.map(vowelless).join(' ');
      if (key.replace(/ /g, '').length < 4) continue;
      putOwned(index, key, e);
    }
  }
  actorVowelIndexes.set(kb, index);
  return index;
}
const ACTOR_WORDS = 3;
/** Each list of group words as every way its words are written, a proclitic or none (patterns.ts procliticTable). */
const groupFormsOf = new WeakMap<ReadonlySet<string>, Map<string, readonly [string, number]>>();

/** The skeleton of one Latin word. */
export function latinSkeleton(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  let out = '';
  const put = (c: string) => {
    for (const x of c) if (!out.endsWith(x)) out += x;
  };
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const next = w[i + 1] ?? '';
    const two = ch + next;
    // (German sch is one sound, ش: Schumer, Schultz)
    if (two === 'sc' && w[i + 2] === 'h') { put('S'); i += 2; continue; }
    if (two === 'th') { put('T'); i++; continue; }
    if (two === 'sh') { put('S'); i++; continue; }
    if (two === 'ch') { put('TS'); i++; continue; }
    if (two === 'kh') { put('H'); i++; continue; }
    if (two === 'gh') { put('K'); i++; continue; }
    if (two === 'ph') { put('F'); i++; continue; }
    if (two === 'ck') { put('K'); i++; continue; }
    if (two === 'qu') { put('K'); i++; continue; }
    switch (ch) {
      case 'b': case 'p': put('B'); break;
      case 't': put('T'); break;
      case 'd': put('D'); break;
      case 'c': put('eiy'.includes(next) && next !== '' ? 'S' : 'K'); break;
      case 'g': case 'j': case 'k': case 'q': put('K'); break;
      case 'x': put('KS'); break;
      case 's': case 'z': put('S'); break;
      case 'f': case 'v': put('F'); break;
      case 'r': put('R'); break;
      case 'l': put('L'); break;
      case 'm': put('M'); break;
      case 'n': put('N'); break;
      // (h only at a word's start: Hillary; John, Sarah drop it)
      case 'h': if (i === 0) put('H'); break;
      default: break;
    }
  }
  return out;
}

/** Windows of this many classes or more match (shorter skeletons are too common among ordinary words). */
const MIN_CLASSES = 6;
/** A threat actor's name right after a group word (مجموعة "فانسي باير"): one class fewer will do, the group word vouching for it. */
const MIN_CLASSES_AFTER_GROUP = 5;
const MAX_WORDS = 3;

/** Skeleton → the one entry it names (null when two entries share it). Built once per knowledge base. */
interface SpellingIndex {
  names: Map<string, KbEntry | null>;
  /** threat actors' skeletons of MIN_CLASSES_AFTER_GROUP classes, matched only after a group word */
  short: Map<string, KbEntry | null>;
  /** every prefix of a name's skeleton: a run of words whose skeleton is none stops there */
  prefixes: Set<string>;
  /** the same with the short skeletons' too, for a run right after a group word */
  groupPrefixes: { has(prefix: string): boolean };
}
const indexes = new WeakMap<readonly KbEntry[], SpellingIndex>();

/** Whether a word may open with `n` proclitic letters (0; 1 or 2, ولسوفاسي), leaving four letters at least. */
function procliticCut(w: string, n: number): boolean {
  return n === 0 || (n <= 2 && w.length - n >= 4 && PROCLITIC.has(w.charCodeAt(n - 1)) && procliticCut(w, n - 1));
}

/** Naming phrases (as token keys) by their first word, the longest first: what kbSpellings' `words.naming` takes. */
export function namingPhrases(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const by = new Map<string, (readonly string[])[]>();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const first = p[0];
    if (first === undefined) continue;
    const list = by.get(first);
    if (list) list.push(p);
    else by.set(first, [p]);
  }
  return by;
}

/**
 * The knowledge base's one-word Latin names of a kind, to search by an Arabic word's letters: threat actors' of four
 * letters or more (Sofacy, Turla), places' of five or more (Guantanamo, Volgograd); null for a name two entries share.
 * A place is searched only by a word of seven letters or more with none of a sound only Arabic writes, and with one
 * Latin letter at most for each unwritten vowel.
 */
interface LatinNames {
  list: NameList;
  byName: Map<string, KbEntry | null>;
  place: boolean;
  /** what a word as written spells (its proclitics' length and the entry), or null, as found before (bounded: the same
   *  words recur from article to article) */
  memo: Map<string, { pre: number; entry: KbEntry } | null>;
}
const LATIN_MEMO_MAX = 20_000;
/** The fewest letters of a word read as a place's Latin name (shorter ones spell cities by chance). */
const PLACE_MIN_LETTERS = 7;
/** The entry whose Latin name the Arabic word spells, less its proclitics or not, or null. */
function spelledEntry(names: LatinNames, raw: string): { pre: number; entry: KbEntry } | null {
  let hit = names.memo.get(raw);
  if (hit !== undefined) return hit;
  hit = null;
  const w = foldArabicName(raw);
  for (let pre = 0; procliticCut(w, pre); pre++) {
    const bare = w.slice(pre);
    if (names.place && (bare.length < PLACE_MIN_LETTERS || ARABIC_SOUNDS.test(bare))) continue;
    const latin = romanizeWord(bare, names.list, names.place ? 1 : undefined);
    const entry = latin ? names.byName.get(latin.toLowerCase()) : null;
    if (entry) {
      hit = { pre, entry };
      break;
    }
  }
  if (names.memo.size >= LATIN_MEMO_MAX) names.memo.clear();
  names.memo.set(raw, hit);
  return hit;
}
const latinNamesOf = new WeakMap<readonly KbEntry[], Map<string, LatinNames>>();
function latinNames(kb: readonly KbEntry[], type: 'threat_actor' | 'location'): LatinNames {
  let byType = latinNamesOf.get(kb);
  if (!byType) latinNamesOf.set(kb, (byType = new Map()));
  let got = byType.get(type);
  if (got) return got;
  const shape = type === 'threat_actor' ? /^[A-Za-z]{4,}$/ : /^[A-Za-z]{5,}$/;
  const byName = new Map<string, KbEntry | null>();
  for (const e of kb) {
    if (e.type !== type) continue;
    for (const a of e.aliases.en) {
      if (!shape.test(a)) continue;
      const k = a.toLowerCase();
      putOwned(byName, k, e);
    }
  }
  got = { list: nameList([...byName.keys()]), byName, place: type === 'location', memo: new Map() };
  byType.set(type, got);
  return got;
}

/** Threat actors' code names, a word, a hyphen and a number (Storm-1679, Larva-208): the words as a list to spell
 *  Arabic letters against, and each code name (lower case) with its one entry (null when two share it). */
interface CodeNames {
  list: NameList;
  byCode: Map<string, KbEntry | null>;
}
const codeNamesOf = new WeakMap<readonly KbEntry[], CodeNames>();
const CODE_NAME = /^([A-Za-z]{4,})-(\d{2,5})$/;
function codeNames(kb: readonly KbEntry[]): CodeNames {
  let got = codeNamesOf.get(kb);
  if (got) return got;
  const words = new Set<string>();
  const byCode = new Map<string, KbEntry | null>();
  for (const e of kb) {
    if (e.type !== 'threat_actor') continue;
    for (const a of e.aliases.en) {
      const m = CODE_NAME.exec(a);
      if (!m) continue;
      words.add(m[1].toLowerCase());
      const k = a.toLowerCase();
      putOwned(byCode, k, e);
    }
  }
  got = { list: nameList([...words]), byCode };
  codeNamesOf.set(kb, got);
  return got;
}

/**
 * The index as JSON keeps it (the build writes the packaged knowledge base's, dist/resources/spelling.json, so that
 * start-up reads it instead of reducing some 4,500 names to skeletons): each skeleton with the knowledge-base index of
 * the one entry it names (-1 when two share it), and the prefixes.
 */
export interface SpellingIndexData {
  /** the generic heads the index was made with, joined, and a fingerprint of the knowledge base: another index is made anew */
  heads: string;
  kb: string;
  names: [string, number][];
  short: [string, number][];
  prefixes: string[];
  /** the short skeletons' prefixes that are no long one's */
  shortPrefixes: string[];
}
let recorder: ((d: SpellingIndexData) => void) | null = null;
/** Records the next index, made from scratch (the build's way to write it); returns what it recorded. */
export function recordSpellingIndex(): () => SpellingIndexData | null {
  let got: SpellingIndexData | null = null;
  recorder = (d) => {
    got = d;
  };
  return () => got;
}

/** Makes the index of a knowledge base now (a language's extractors call it when built), from the build's copy when it fits. */
export function spellingIndex(kb: readonly KbEntry[], heads: ReadonlySet<string>): SpellingIndex {
  const had = indexes.get(kb);
  if (had) return had;
  const headsKey = [...heads].join('|');
  // (the build's copy only for the packaged knowledge base, and not while the build records a new one)
  const pre = kb === loadKb() && !recorder ? loadSpellingIndexData() : null;
  // (the packaged knowledge base's fingerprint was made when it was compiled, with the build's copy of the index)
  if (pre && pre.heads === headsKey && Array.isArray(pre.shortPrefixes) && pre.kb === loadKbFingerprint()) {
    const entry = (i: number): KbEntry | null => (i < 0 ? null : kb[i]);
    const prefixes = new Set(pre.prefixes);
    const shortPrefixes = new Set(pre.shortPrefixes);
    const built = {
      names: new Map(pre.names.map(([sk, i]) => [sk, entry(i)])),
      short: new Map(pre.short.map(([sk, i]) => [sk, entry(i)])),
      prefixes,
      groupPrefixes: { has: (x: string) => prefixes.has(x) || shortPrefixes.has(x) },
    };
    indexes.set(kb, built);
    return built;
  }
  const index = new Map<string, KbEntry | null>();
  const short = new Map<string, KbEntry | null>();
  const add = (sk: string, e: KbEntry) => {
    const into = sk.length >= MIN_CLASSES ? index : sk.length >= MIN_CLASSES_AFTER_GROUP && e.type === 'threat_actor' ? short : null;
    if (!into) return;
    putOwned(into, sk, e);
  };
  for (const e of kb) {
    // (places are many and short; their Arabic names the gazetteers already list in their usual spellings)
    if (e.type === 'location') continue;
    for (const a of arabicNames(e)) {
      const words = a.split(/\s+/);
      // (not a name after a generic head, فريق ميلان: the head is an ordinary word)
      if (words.length >= 2 && !heads.has(words[0])) add(words.map(arabicSkeleton).join(''), e);
    }
    for (const a of new Set([e.name, ...e.aliases.en])) {
      // (an acronym or a name with digits is not transcribed letter by letter: APT28, GRU)
      // (nor one with a small word between its words, which Arabic translates: Law and Justice is حزب القانون والعدالة,
      // not لاند جاستس, which spells another name)
      if (/[0-9]/.test(a) || /^[A-Z.]+$/.test(a) || /\s(?:and|of|for|the|in|on|de|la|du)\s/.test(a)) continue;
      add(a.split(/[\s-]+/).map(latinSkeleton).join(''), e);
    }
  }
  const prefixes = new Set<string>();
  for (const sk of index.keys()) for (let n = 1; n <= sk.length; n++) prefixes.add(sk.slice(0, n));
  const shortPrefixes = new Set<string>();
  for (const sk of short.keys()) for (let n = 1; n <= sk.length; n++) if (!prefixes.has(sk.slice(0, n))) shortPrefixes.add(sk.slice(0, n));
  const built = { names: index, short, prefixes, groupPrefixes: { has: (x: string) => prefixes.has(x) || shortPrefixes.has(x) } };
  indexes.set(kb, built);
  if (recorder) {
    const at = new Map(kb.map((e, i) => [e, i]));
    const pairs = (m: Map<string, KbEntry | null>): [string, number][] => [...m].map(([sk, e]) => [sk, e ? at.get(e)! : -1]);
    recorder({ heads: headsKey, kb: kbFingerprint(kb), names: pairs(index), short: pairs(short), prefixes: [...prefixes], shortPrefixes: [...shortPrefixes] });
    recorder = null;
  }
  return built;
}

/**
 * A word's forms the spelling match reads (its skeleton, the skeleton less a first letter, its letters less the long
 * vowels), by the word: news repeats its words, and each form is a new string to build. A bounded memo, emptied when
 * full; the same forms either way.
 */
interface WordForms {
  skeleton: string;
  cut: string;
  vowelless: string;
  /** vowelless as the first word of a name written together with the next, made when asked */
  opening?: string;
  /** and as the second */
  closing?: string;
}
const wordForms = new Map<string, WordForms>();
const WORD_FORMS_MAX = 50_000;
function formsOf(key: string): WordForms {
  let f = wordForms.get(key);
  if (f === undefined) {
    if (wordForms.size >= WORD_FORMS_MAX) wordForms.clear();
    f = { skeleton: arabicSkeleton(key), cut: arabicSkeleton(key.slice(1)), vowelless: vowelless(key) };
    wordForms.set(key, f);
  }
  return f;
}

/** The letters a place's name needs, less its long vowels, for another spelling of it to count (كراكاس: كركس). */
const PLACE_MIN_VOWELLESS = 4;
/**
 * The places the knowledge base names in Arabic letters, by their letters less the long vowels and spaces (vowelless of
 * the words written together: كاراكاس and كراكاس are كركس, نيوجيرسي and نيو جيرسي نجرسي); null where two places share
 * one. Only names with no article (a foreign name: the gazetteers write Arabic ones, الرياض، المنامة, one way) of one or
 * two words.
 */
interface PlaceVowelIndex {
  /** the entry and its name as written (words together), null where two places share the letters */
  byVowelless: Map<string, { entry: KbEntry; written: string } | null>;
  /** the beginnings of its keys (a first word that opens a name of two) */
  prefixes: Set<string>;
  /** every place's Arabic names as written (keys) */
  names: Set<string>;
}
const placeVowelIndexes = new WeakMap<readonly KbEntry[], PlaceVowelIndex>();
function placeVowelIndexOf(kb: readonly KbEntry[], key: (s: string) => string): PlaceVowelIndex {
  let built = placeVowelIndexes.get(kb);
  if (built) return built;
  const index = new Map<string, { entry: KbEntry; written: string } | null>();
  const names = new Set<string>();
  for (const e of kb) {
    if (e.type !== 'location') continue;
    for (const a of arabicNames(e)) {
      names.add(key(a));
      const words = key(a).split(' ');
      if (words.length > 2 || words.some((w) => w.startsWith('ال') || !/^[\u0621-\u064A]+$/.test(w))) continue;
      const written = words.join('');
      const v = vowelless(written);
      if (v.length < PLACE_MIN_VOWELLESS) continue;
      const was = index.get(v);
      index.set(v, was === undefined ? { entry: e, written } : was !== null && was.entry === e ? was : null);
    }
  }
  const prefixes = new Set<string>();
  for (const v of index.keys()) for (let n = 1; n < v.length; n++) prefixes.add(v.slice(0, n));
  built = { byVowelless: index, prefixes, names };
  placeVowelIndexes.set(kb, built);
  return built;
}
/**
 * Whether two spellings with the same letters less the long vowels differ in one place at most, by long vowels written
 * there in one and not in the other (كراكاس، كاراكاس; سالزبيري، سالزبري; بارنول، بارناول), and the text's word writes a long vowel
 * somewhere (an Arabic word of a verb's or a verbal noun's pattern meets a place's letters by chance, أمسك for أومسك,
 * تماسك for تومسك: no vowel, or the vowels moved).
 */
function oneVowelApart(text: string, known: string): boolean {
  const gaps = (w: string): string[] => {
    const out = [''];
    const n = w.length - 1;
    for (let i = 0; i <= n; i++) {
      if (i > 0 && i < n && LONG_VOWEL.has(w.charCodeAt(i))) out[out.length - 1] += w[i];
      else out.push('');
    }
    return out;
  };
  const a = gaps(text);
  const b = gaps(known);
  if (a.length !== b.length || !a.some((g) => g !== '')) return false;
  let differ = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && (++differ > 1 || !(inOrder(a[k], b[k]) || inOrder(b[k], a[k])))) return false;
  return true;
}

/** A nisba adjective of a place in the accusative (أمريكيا، فرنسيا of أمريكا، فرنسا; باريسيا of باريس), no other spelling of it. */
const placeAdjective = (w: string, names: ReadonlySet<string>): boolean => w.endsWith('يا') && (names.has(`${w.slice(0, -2)}ا`) || names.has(w.slice(0, -2)));

/**
 * Rule `ar/entity/kb-place-spelling`: a place the knowledge base knows, written with other long vowels or with a space
 * where it writes none (كراكاس for كاراكاس, ميشيغن for ميشيغان, نيو جيرسي for نيوجيرسي): one or two Arabic words,
 * with a proclitic or none, that no dictionary hit covers, shaped like a foreign name and no ordinary word, whose
 * letters less the long vowels are one place's (the two words first).
 */
export function placeSpellings(doc: Doc, regions: readonly Region[], kb: readonly KbEntry[], ordinary: (w: string) => boolean, key: (s: string) => string, rule: string): MentionCandidate[] {
  const t = doc.tokens;
  if (!t) return [];
  const { byVowelless: index, prefixes, names } = placeVowelIndexOf(kb, key);
  if (!index.size) return [];
  const known = knownTokens(doc, t.length);
  const out: MentionCandidate[] = [];
  // (the cheap tests first; a word's shape is asked only of one whose letters are a place's)
  const open = (i: number) => t.kind[i] === WORD && (t.flags[i] & ARABIC) !== 0 && !known[i] && t.key[i].length >= 3 && !t.key[i].startsWith('ال');
  const nameWord = (w: string) => !ordinary(w) && nameShapedAr(w) && !placeAdjective(w, names);
  let i = 0;
  for (const r of regions) {
    while (i < t.length && t.end[i] <= r.start) i++;
    for (; i < t.length && t.start[i] < r.end; i++) {
      if (!open(i)) continue;
      const w = t.key[i];
      const next = i + 1 < t.length && t.start[i + 1] < r.end && t.sentence[i + 1] === t.sentence[i] && t.start[i + 1] - t.end[i] === 1 && open(i + 1) ? t.key[i + 1] : null;
      let hit: { pre: number; e: number; entry: KbEntry } | null = null;
      for (let pre = 0; pre <= (PROCLITIC.has(w.charCodeAt(0)) && w.length >= 5 ? 1 : 0) && !hit; pre++) {
        const first = pre ? w.slice(pre) : w;
        const forms = formsOf(first);
        const v = forms.vowelless;
        const opening = next === null ? '' : (forms.opening ??= lessLongVowels(first, true, false));
        const nextForms = next === null || !prefixes.has(opening) ? null : formsOf(next);
        const two = nextForms ? index.get(opening + (nextForms.closing ??= lessLongVowels(next!, false, true))) : undefined;
        if (two && oneVowelApart(first + next!, two.written) && nameWord(w) && nameWord(next!) && !(pre && ordinary(first))) hit = { pre, e: i + 1, entry: two.entry };
        const one: { entry: KbEntry; written: string } | null | undefined = hit || v.length < PLACE_MIN_VOWELLESS ? undefined : index.get(v);
        if (one && oneVowelApart(first, one.written) && nameWord(w) && !(pre && (ordinary(first) || placeAdjective(first, names)))) hit = { pre, e: i, entry: one.entry };
      }
      if (!hit) continue;
      out.push({ start: t.start[i] + hit.pre, end: t.end[hit.e], rule, ...kbFields(hit.entry) });
      i = hit.e;
    }
  }
  return out;
}

/** The tokens a knowledge-base name of the dictionary pass covers (its hits of the kb and kb.context categories), once per document. */
const knownByDoc = new WeakMap<Doc, Uint8Array>();
function knownTokens(doc: Doc, n: number): Uint8Array {
  let known = knownByDoc.get(doc);
  if (known && known.length === n) return known;
  known = new Uint8Array(n);
  knownByDoc.set(doc, known);
  const lex = doc.lex?.ar;
  if (lex) {
    const kbCat = lex.lexicon.cat('kb');
    const ctxCat = lex.lexicon.cat('kb.context');
    const h = lex.hits;
    for (let k = 0; k < h.length; k++) if (h.cat[k] === kbCat || h.cat[k] === ctxCat) for (let j = h.start[k]; j < h.end[k]; j++) known[j] = 1;
  }
  return known;
}

/**
 * The rule: runs of Arabic words the knowledge base knows by another spelling. `words.ordinary` tells an
 * ordinary Arabic word (the common-word and function-word lists), `words.given` a given name, `words.heads` a
 * generic head (شركة، فريق); tokens a knowledge-base name already covers (the dictionary pass's hits) are left to it.
 */
export function kbSpellings(doc: Doc, regions: readonly Region[], kb: readonly KbEntry[], words: { ordinary: (w: string) => boolean; given: (w: string) => boolean; givenVowelless?: ReadonlySet<string>; heads: ReadonlySet<string>; groups: ReadonlySet<string>; naming?: ReadonlyMap<string, readonly (readonly string[])[]> }, rule: string, latinRule = rule): MentionCandidate[] {
  const { ordinary, given } = words;
  const t = doc.tokens;
  if (!t) return [];
  const { names: index, short, prefixes: longPrefixes, groupPrefixes } = spellingIndex(kb, words.heads);
  const vowels = vowelIndexOf(kb);
  // a group word before token i, a naming phrase between or not, then a quotation mark or not (مجموعة "فانسي باير"،
  // جماعة تدعى سوفاسي، مجموعة تعرف باسم "تورلا"): marked in one walk from each group word forward
  const setOffAt = new Uint8Array(t.length + 1);
  let groupForms = groupFormsOf.get(words.groups);
  if (!groupForms) groupFormsOf.set(words.groups, (groupForms = procliticTable(words.groups)));
  for (let k = 0; k < t.length; k++) {
    // (a group word with a proclitic or none: لمجموعة "لوك بيت")
    if (t.kind[k] !== WORD || !groupForms.has(t.key[k])) continue;
    let j = k + 1;
    for (const p of words.naming?.get(t.key[j]) ?? []) {
      let q = 0;
      while (q < p.length && j + q < t.length && t.key[j + q] === p[q]) q++;
      if (q === p.length) {
        j += q;
        break;
      }
    }
    // (or the group's definite words first, then its name in quotation marks: مجموعة الجرائم الإلكترونية الروسية "إيفل كورب")
    if (j === k + 1) {
      let d = j;
      while (d < t.length && d < j + 4 && t.kind[d] === WORD && t.key[d].startsWith('ال')) d++;
      if (d > j && d < t.length && t.kind[d] !== WORD && OPENING_QUOTES.has(t.key[d])) j = d;
    }
    if (j < t.length && t.kind[j] !== WORD && OPENING_QUOTES.has(t.key[j])) j++;
    if (j < t.length && t.sentence[j] === t.sentence[k]) setOffAt[j] = 1;
  }
  const afterGroup = (i: number): boolean => setOffAt[i] === 1;
  // n words from token i between quotation marks of their sentence (تعرف باسم "دراغونفلاي"; a pair: إن "إيفل كورب" شنت)
  const quotedRun = (i: number, n: number): boolean =>
    i > 0 && i + n < t.length && t.kind[i - 1] !== WORD && t.kind[i + n] !== WORD && OPENING_QUOTES.has(t.key[i - 1]) && CLOSING_QUOTES.has(t.key[i + n]) && t.sentence[i - 1] === t.sentence[i + n];
  const quoted = (i: number): boolean => quotedRun(i, 1);
  // a word set off as a group's name that spells one threat actor's Latin name letter for letter (سوفاسي: Sofacy), with
  // its proclitic or without; or a long word that spells a place's (غوانتانامو: Guantanamo), seven letters or more and
  // none of a sound only Arabic writes (ع ح ص ض ظ ق ذ and the hamzas: يعيشون, طبيعي spell cities too); the candidate, or null
  // (and the article's later mentions of the word are that entry too, set off or not: وجرى تحميل سوفاسي المسؤولية)
  const spelled = new Map<string, KbEntry>();
  const latinSpelled = (i: number, setOff: boolean): MentionCandidate | null => {
    // (the cheap tests first: a place's word is long and has no letter of a sound only Arabic writes; the word's shape
    // is asked only of one that spells an entry)
    if (known[i] || (!setOff && (t.end[i] - t.start[i] < PLACE_MIN_LETTERS || ARABIC_SOUNDS.test(t.key[i])))) return null;
    const raw = doc.text.slice(t.start[i], t.end[i]);
    const hit = (setOff ? spelledEntry(latinNames(kb, 'threat_actor'), raw) : null) ?? spelledEntry(latinNames(kb, 'location'), raw);
    if (!hit || !nameWord(i, true)) return null;
    spelled.set(t.key[i].slice(hit.pre), hit.entry);
    return { start: t.start[i] + hit.pre, end: t.end[i], rule: latinRule, ...kbFields(hit.entry) };
  };
  // two words set off as a group's name that spell one of its one-word Latin names joined (عصابة لوك بيت: LockBit,
  // as لوكبيت is; دراغون فلاي): the candidate over both words, or null
  const latinSpelledPair = (i: number): MentionCandidate | null => {
    const j = i + 1;
    if (j >= t.length || t.kind[j] !== WORD || t.sentence[j] !== t.sentence[i] || known[i] || known[j] || t.start[j] - t.end[i] > 1) return null;
    // (the second word may be an ordinary one on its own, بيت: the two spell the name together; the cheap tests first)
    const w2 = t.key[j];
    if ((t.flags[j] & ARABIC) === 0 || w2.startsWith('ال') || w2.startsWith('و') || !nameWord(i, true)) return null;
    const hit = spelledEntry(latinNames(kb, 'threat_actor'), doc.text.slice(t.start[i], t.end[i]) + doc.text.slice(t.start[j], t.end[j]));
    return hit ? { start: t.start[i] + hit.pre, end: t.end[j], rule: latinRule, ...kbFields(hit.entry) } : null;
  };
  /** A word spelling a Latin name at token i (latinSpelled), or two set off as a pair after a group word or in quotation
   *  marks (latinSpelledPair): the candidate, or null. */
  const spelledAt = (i: number, setOff: boolean): MentionCandidate | null =>
    latinSpelled(i, setOff || quoted(i)) ?? (setOff || quotedRun(i, 2) ? latinSpelledPair(i) : null);
  /** A code name at token i: an Arabic word that spells a code name's word, glued by a hyphen to its number or a space
   *  before it, the two a threat actor's code name; where it ends, the proclitic's length and the entry; else null. */
  const codeNameAt = (i: number): { e: number; pre: number; entry: KbEntry } | null => {
    let n = i + 1;
    if (n < t.length && t.key[n] === '-' && t.start[n] === t.end[i] && n + 1 < t.length && t.start[n + 1] === t.end[n]) n++;
    else if (!(n < t.length && t.start[n] - t.end[i] === 1)) return null;
    const digits = n < t.length ? t.key[n] : '';
    if (!/^\d{2,5}$/.test(digits) || known[i]) return null;
    const codes = codeNames(kb);
    if (!codes.byCode.size) return null;
    const w = foldArabicName(doc.text.slice(t.start[i], t.end[i]));
    for (let pre = 0; procliticCut(w, pre); pre++) {
      const latin = romanizeWord(w.slice(pre), codes.list);
      const entry = latin ? codes.byCode.get(`${latin.toLowerCase()}-${digits}`) : undefined;
      if (entry) return { e: n + 1, pre, entry };
    }
    return null;
  };
  /** A later mention of a word found so, with one or two proclitics or none (no array per token: it runs on each one). */
  const spelledAgain = (k: string): { pre: number; entry: KbEntry } | null => {
    for (let pre = 0; procliticCut(k, pre); pre++) {
      const entry = spelled.get(pre ? k.slice(pre) : k);
      if (entry) return { pre, entry };
    }
    return null;
  };
  if (!index.size) return [];
  const known = knownTokens(doc, t.length);
  const out: MentionCandidate[] = [];
  const skeletonAt = (i: number): string => formsOf(t.key[i]).skeleton;
  // a word shaped like a foreign name: not an ordinary word, not definite, no shape of an Arabic noun, verb or
  // pronoun-suffixed word; after the first, no conjunction و on it (خشية وتقربا is no name), though a و before a long
  // vowel writes a foreign W (هيومن رايتس ووتش، ديبي واسرمان)
  const nameWord = (i: number, first: boolean) => {
    if (t.kind[i] !== WORD || (t.flags[i] & ARABIC) === 0 || known[i]) return false;
    const w = t.key[i];
    if (w.length < 3 || w.startsWith('ال') || (!first && w.startsWith('و') && !LONG_VOWEL.has(w.charCodeAt(1))) || ordinary(w)) return false;
    return nameShapedAr(w);
  };
  // (regions are in text order: one walk over the tokens for all of them)
  let i = 0;
  for (const r of regions) {
    while (i < t.length && t.end[i] <= r.start) i++;
    for (; i < t.length && t.start[i] < r.end; i++) {
      if (t.kind[i] !== WORD || (t.flags[i] & ARABIC) === 0) continue;
      if (spelled.size && !known[i]) {
        const again = spelledAgain(t.key[i]);
        if (again) {
          out.push({ start: t.start[i] + again.pre, end: t.end[i], rule: latinRule, ...kbFields(again.entry) });
          continue;
        }
      }
      // a group's code name in Arabic letters and its number, after a hyphen or a space (ستورم-1679: Storm-1679)
      {
        const coded = codeNameAt(i);
        if (coded) {
          out.push({ start: t.start[i] + coded.pre, end: t.end[coded.e - 1], rule: latinRule, ...kbFields(coded.entry) });
          i = coded.e - 1;
          continue;
        }
      }
      // the first word may carry a proclitic (وتريزا، لبوتن): tried with it and without; the cheap test first
      // (the skeleton opens a known one), the word's shape after
      const key0 = t.key[i];
      // (the short skeletons only right after a group word)
      const setOff = afterGroup(i);
      const grouped = short.size > 0 && setOff;
      const prefixes = grouped ? groupPrefixes : longPrefixes;
      const bare = key0.length >= 4 && PROCLITIC.has(key0.charCodeAt(0)) ? key0.slice(1) : null;
      // a person's name of two words or more, the long vowels aside (تريزا ماي for تيريزا ماي), opening with a given name
      // (the word's forms, looked up once: its letters less the long vowels, its skeleton, the skeleton less a proclitic)
      const forms = formsOf(key0);
      const first = forms.vowelless;
      const byVowels = vowels.get(first);
      // (the given name vouches for the run: no test of a foreign name's shape, which a name ending in ا fails, تريزا)
      if (byVowels && (given(key0) || words.givenVowelless?.has(first)) && !known[i] && !ordinary(key0)) {
        let hit: { e: number; entry: KbEntry } | null = null;
        for (const { rest, entry } of byVowels) {
          if (!entry || (hit && hit.e - i - 1 >= rest.length)) continue;
          let k = 0;
          for (let j = i + 1; k < rest.length && j < t.length && t.sentence[j] === t.sentence[i] && t.kind[j] === WORD && !known[j] && t.start[j] - t.end[j - 1] <= 2 && !ordinary(t.key[j]) && formsOf(t.key[j]).vowelless === rest[k]; j++) k++;
          if (k === rest.length) hit = { e: i + 1 + k, entry };
        }
        if (hit) {
          const e = hit.entry;
          out.push({ start: t.start[i], end: t.end[hit.e - 1], rule, ...kbFields(e) });
          i = hit.e - 1;
          continue;
        }
      }
      // a group's name spelled another way, set off after a group word or in quotation marks (مجموعة "مودي ووتر"):
      // its words less their long vowels, the longest run of one to three that the knowledge base's actors have
      if (setOff || quoted(i)) {
        const actors = actorVowelIndexOf(kb);
        let key = '';
        let hit: { e: number; entry: KbEntry } | null = null;
        for (let j = i; j < Math.min(t.length, i + ACTOR_WORDS); j++) {
          if (t.kind[j] !== WORD || (t.flags[j] & ARABIC) === 0 || t.sentence[j] !== t.sentence[i] || (j > i && t.start[j] - t.end[j - 1] > 1)) break;
          key += (j > i ? ' ' : '') + formsOf(t.key[j]).vowelless;
          const entry = actors.get(key);
          if (entry) hit = { e: j + 1, entry };
        }
        if (hit) {
          out.push({ start: t.start[i], end: t.end[hit.e - 1], rule, ...kbFields(hit.entry) });
          i = hit.e - 1;
          continue;
        }
      }
      const whole = forms.skeleton;
      const cut = bare ? forms.cut : '';
      if (!prefixes.has(whole) && !(bare && prefixes.has(cut))) {
        const spelledHit = spelledAt(i, setOff);
        if (spelledHit) out.push(spelledHit);
        if (spelledHit && spelledHit.end > t.end[i]) i++;
        continue;
      }
      if (!nameWord(i, true)) continue;
      // (a proclitic on an ordinary word makes no name: فرغم)
      if (bare && ordinary(bare)) continue;
      const firsts = bare ? [whole, cut] : [whole];
      let best: { e: number; entry: KbEntry; pre: number } | null = null;
      for (const [n, first] of firsts.entries()) {
        let sk = first;
        for (let j = i + 1; j < t.length && j - i < MAX_WORDS && t.sentence[j] === t.sentence[i] && t.start[j] < r.end; j++) {
          if (t.start[j] - t.end[j - 1] > 2 || t.kind[j] !== WORD) break;
          sk += skeletonAt(j);
          if (!prefixes.has(sk) || !nameWord(j, false)) break;
          const entry = index.get(sk) ?? (grouped && sk.length < MIN_CLASSES ? short.get(sk) : undefined);
          // (a person by a run that opens with a given name: فلاديمير بوتن; a run of other words may sound like a
          // name by chance, سيؤمن بروز)
          if (entry && (entry.type !== 'person' || given(n ? bare! : key0))) best = { e: j + 1, entry, pre: n };
        }
      }
      // one word alone names a hacker group when it is set off as a name, in quotation marks or after a group word
      // (تعرف باسم "دراغونفلاي"، مجموعة دراغونفلاي): a skeleton of six classes or more that is one actor's only
      if (!best && (grouped || quoted(i))) {
        for (const [n, first] of firsts.entries()) {
          const entry = first.length >= MIN_CLASSES ? index.get(first) : undefined;
          if (entry && entry.type === 'threat_actor') {
            best = { e: i + 1, entry, pre: n };
            break;
          }
        }
      }
      if (!best) {
        const spelledHit = spelledAt(i, setOff);
        if (spelledHit) out.push(spelledHit);
        if (spelledHit && spelledHit.end > t.end[i]) i++;
        continue;
      }
      // (a generic head right before the name is part of it where the knowledge base writes it so: منظمة هيومن رايتس ووتش)
      const head = !best.pre && i > 0 && t.kind[i - 1] === WORD && t.sentence[i - 1] === t.sentence[i] && words.heads.has(t.key[i - 1]) ? t.key[i - 1] : null;
      const withHead = head !== null && best.entry.aliases.ar.some((a) => a.startsWith(`${head} `));
      const start = withHead ? t.start[i - 1] : t.start[i] + best.pre;
      const end = t.end[best.e - 1];
      const e = best.entry;
      out.push({ start, end, rule, ...kbFields(e) });
      i = best.e - 1;
    }
  }
  return out;
}
