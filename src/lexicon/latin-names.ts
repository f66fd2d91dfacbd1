/**
 * Latin names spelled in Arabic letters, word by word: a list of Latin names ready to search (sorted once), and the
 * search for the name an Arabic word spells. An Arabic transcription of a Latin name writes every consonant and the
 * long vowels, and leaves out most short vowels. So each Arabic letter stands for a few Latin spellings (ب: b or p;
 * ك: k, c, ck, ch, q; ي: i, e, y, ee, ie, ay ...; و: o, u, w, ou ...), and between two written consonants the Latin
 * name may add up to two letters of a short vowel (كاربنتر: Carp-e-nt-e-r), after a vowel a silent h (جون: John),
 * after the last letter a silent e (واين: Wayne), and anywhere a doubled consonant (Scott, Driscoll). A word is the
 * most common name of a list that it spells so, letter for letter over the whole word (a doubled consonant counting
 * against it). A search walks a word's letters and the sorted names together (a prefix is a range of the sorted
 * list, narrowed by binary search), so a word costs a few hundred steps, not one per name. Pure. Used by the link
 * stage's persons (src/link/romanize.ts) and by the knowledge base's threat actors written in Arabic letters
 * (src/extractors/spelling.ts).
 */
/**
 * A list of Latin names ready to search: the lower-case keys sorted and written one after another in one string
 * (some 90,000 names in under a megabyte, where an array of strings takes several), where each starts, and each
 * one's rank. A name is written with its first letter a capital (and the one after Mc: McCarthy).
 */
export interface NameList {
  blob: string;
  /** where key x starts in blob; start[count] is blob's length */
  start: Int32Array;
  rank: Int32Array;
}
export const count = (l: NameList) => l.start.length - 1;
const keyLength = (l: NameList, x: number) => l.start[x + 1] - l.start[x];
/** the letter of key x at d, -1 past its end */
const codeAt = (l: NameList, x: number, d: number) => (d < l.start[x + 1] - l.start[x] ? l.blob.charCodeAt(l.start[x] + d) : -1);
function display(l: NameList, x: number): string {
  const k = l.blob.slice(l.start[x], l.start[x + 1]);
  return k.startsWith('mc') && k.length > 2 ? `Mc${k[2].toUpperCase()}${k.slice(3)}` : k[0].toUpperCase() + k.slice(1);
}
export function listOf(keys: readonly string[], rank: ArrayLike<number>): NameList {
  const start = new Int32Array(keys.length + 1);
  for (let x = 0; x < keys.length; x++) start[x + 1] = start[x] + keys[x].length;
  return { blob: keys.join(''), start, rank: Int32Array.from(rank) };
}

/** `ranked`: names most common first (a name listed twice keeps its first place). */
export function nameList(ranked: readonly string[]): NameList {
  const best = new Map<string, number>();
  ranked.forEach((name, rank) => {
    const key = name.toLowerCase();
    if (/^[a-z]+$/.test(key) && !best.has(key)) best.set(key, rank);
  });
  const keys = [...best.keys()].sort();
  return listOf(keys, keys.map((k) => best.get(k)!));
}

/** The Latin spellings of each Arabic letter (ا ع ه and the hamza seats have their own, by position, below). */
const SPELLINGS: Record<string, readonly string[]> = {
  ب: ['b', 'p'],
  پ: ['p'],
  ت: ['t', 'th'],
  ث: ['th', 't'],
  ج: ['j', 'g', 'ge', 'je', 'dj', 'dg', 'zh'],
  چ: ['ch'],
  ح: ['h'],
  خ: ['kh', 'ch', 'h', 'j', 'x'],
  د: ['d'],
  ذ: ['th', 'dh', 'd', 'z'],
  ر: ['r', 'rh'],
  ز: ['z', 's', 'x'],
  س: ['s', 'c', 'sc'],
  ش: ['sh', 'sch', 'ch', 'sz'],
  ص: ['s'],
  ض: ['d', 'dh'],
  ط: ['t'],
  ظ: ['z', 'dh'],
  غ: ['g', 'gh'],
  ف: ['f', 'ph', 'v'],
  ڤ: ['v'],
  ق: ['q', 'k', 'c', 'ck', 'g'],
  ك: ['k', 'c', 'ck', 'ch', 'q', 'qu'],
  گ: ['g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n'],
  و: ['o', 'u', 'w', 'oo', 'ou', 'ow', 'au', 'ue'],
  ي: ['i', 'e', 'y', 'ee', 'ie', 'ei', 'ey', 'ai', 'ay', 'ea'],
  ى: ['a', 'y', 'i', 'e'],
  ة: ['a', 'ah', 'e'],
  ء: [''],
  ئ: ['', 'i', 'e', 'y'],
  ؤ: ['', 'o', 'u'],
};
/** Two Arabic letters for one Latin sound (تشارلز: Charles; ماكس: Max). */
const PAIRS: Record<string, readonly string[]> = {
  تش: ['ch', 'tch', 'cz', 'tsch'],
  كس: ['x', 'ks', 'cks', 'cs'],
  // (a diphthong: مايكل Michael, بايدن Biden, واين Wayne; ماو Mao)
  // (and one of two vowels, the a after the i: براين Brian, Bryan)
  اي: ['i', 'y', 'ai', 'ay', 'ei', 'ey', 'igh', 'ia', 'ya'],
  او: ['ao', 'au', 'ow', 'aw'],
};
const MEDIAL_YA = [...SPELLINGS['ي'], 'a'];
const FINAL_YA = SPELLINGS['ي'].filter((x) => x !== 'e' && x !== 'ea');
/** the Latin vowels (and y), by character code: what may stand for an unwritten short vowel, and after which an h is silent */
const VOWELS = [...'aeiouy'].map((v) => v.charCodeAt(0));
const IS_LATIN_VOWEL = new Set(VOWELS);
/** What a c spelled just before allows next: anything; e, i or y (س written c: Lucy, Vincent); no e, i or y (ك written c: Carl, Marc). */
type CRule = 0 | 1 | 2;
const ANY = 0;
const SOFT = 1;
const HARD = 2;
const SOFT_AFTER_C = new Set([...'eiy'].map((v) => v.charCodeAt(0)));
const ANY_VOWEL = ['a', 'e', 'i', 'o', 'u'];
/** Letters after which the Latin name writes no short vowel of its own (the long vowels, ع, ه and hamza carry it). */
const VOWEL_LETTERS = new Set([...'اويىةعءئؤه']);
/** The longest word searched (a search state holds a letter's place in six bits). */
const MAX_WORD = 40;
/** How many Latin letters may stand for an unwritten short vowel (or a silent h) in a row. */
const MAX_INSERT = 2;
/**
 * A doubled consonant the Arabic does not write (Arabic writes none) is weaker evidence than a letter it writes: it
 * counts as much as a name 1.5 times rarer (Ali over Ollie for علي, where Hassan still beats the rarer Hasan for حسن).
 */
const DOUBLING_COST = Math.log(1.5);

function spellingsAt(word: string, i: number): readonly string[] {
  const c = word[i];
  const next = word[i + 1] ?? '';
  // (أو and إي open a word with one vowel: أوستن Austin, إيريك Eric)
  // (ال opening a foreign name is Al or El: Albert, Elizabeth)
  if (c === 'ا') return i === 0 ? (next === 'ل' ? ['a', 'e'] : [...ANY_VOWEL, ...(next === 'و' || next === 'ي' ? [''] : [])]) : ['a', 'aa', 'ah'];
  if (c === 'ع') return i === 0 ? ANY_VOWEL : [...ANY_VOWEL, ''];
  if (c === 'ه') return i === 0 ? ['h'] : ['h', ''];
  // (ي for the a of Gates, Kate: inside a word, after a consonant; a final ي is sounded, no silent e: روسي Rossi, not Rose)
  if (c === 'ي' && i > 0 && i < word.length - 1 && !VOWEL_LETTERS.has(word[i - 1])) return MEDIAL_YA;
  if (c === 'ي' && i > 0 && i === word.length - 1) return FINAL_YA;
  return SPELLINGS[c] ?? [];
}

/** The sub-range of [lo, hi) (names sharing their first d letters) whose next letter is `code`. */
function narrow(l: NameList, lo: number, hi: number, d: number, code: number): [number, number] {
  // (a name of d letters has no next letter: it sorts first, as -1)
  const at = (x: number) => codeAt(l, x, d);
  let a = lo;
  let b = hi;
  while (a < b) {
    const m = (a + b) >> 1;
    if (at(m) < code) a = m + 1;
    else b = m;
  }
  const from = a;
  b = hi;
  while (a < b) {
    const m = (a + b) >> 1;
    if (at(m) <= code) a = m + 1;
    else b = m;
  }
  return [from, a];
}

/** A name's rank in `list` (0: the most common), Infinity when the list lacks it. */
export function rankOfName(list: NameList, name: string): number {
  const key = name.toLowerCase();
  let a = 0;
  let b = count(list);
  for (let d = 0; d < key.length && a < b; d++) [a, b] = narrow(list, a, b, d, key.charCodeAt(d));
  // (the names sharing the key's letters: the key itself sorts first among them)
  return a < b && keyLength(list, a) === key.length ? list.rank[a] : Infinity;
}

/**
 * The most common name of `list` that the Arabic word (alef forms and diacritics folded) spells (a doubled consonant
 * counting against it), or null. `maxInsert`: how many Latin letters may stand for an unwritten vowel in a row (fewer is
 * stricter: a place's name, Guantanamo, is written with its vowels; كاتانغا is no Chattanooga).
 */
export function romanizeWord(word: string, list: NameList, maxInsert = MAX_INSERT): string | null {
  const n = word.length;
  if (n > MAX_WORD) return null;
  let best = -1;
  let bestScore = Infinity;
  const seen = new Set<number>();
  const visit = (i: number, lo: number, hi: number, d: number, afterConsonant: boolean, inserted: number, c: CRule, doubled: number): void => {
    // (a prefix, lo and d, fixes hi; each other part has a few values: one number names the state)
    const state = ((((((lo * 64 + d) * 64 + i) * 2 + (afterConsonant ? 1 : 0)) * 4 + inserted) * 4 + c) * 8 + Math.min(doubled, 7));
    if (seen.has(state)) return;
    seen.add(state);
    if (i === n && c !== SOFT && keyLength(list, lo) === d) {
      const score = Math.log(list.rank[lo] + 1) + DOUBLING_COST * doubled;
      if (score < bestScore) {
        best = lo;
        bestScore = score;
      }
    }
    /** whether the c a letter before spelled allows this next Latin letter */
    const fits = (code: number) => c === ANY || (c === SOFT) === SOFT_AFTER_C.has(code);
    const walk = (spelling: string, next: number, consonant: boolean, soft: boolean) => {
      if (spelling !== '' && !fits(spelling.charCodeAt(0))) return;
      let a = lo;
      let b = hi;
      for (let k = 0; k < spelling.length && a < b; k++) [a, b] = narrow(list, a, b, d + k, spelling.charCodeAt(k));
      const rule = spelling === '' ? c : spelling.endsWith('c') ? (soft ? SOFT : HARD) : ANY;
      if (a < b) visit(next, a, b, d + spelling.length, consonant, 0, rule, doubled);
    };
    if (i < n) {
      const consonant = !VOWEL_LETTERS.has(word[i]);
      const soft = word[i] === 'س';
      for (const s of spellingsAt(word, i)) if (s !== '' || d > 0 || i + 1 < n) walk(s, i + 1, consonant, soft);
      const pair = PAIRS[word.slice(i, i + 2)];
      if (pair) for (const s of pair) walk(s, i + 2, !VOWEL_LETTERS.has(word[i + 1]), false);
    }
    if (d === 0 || inserted >= maxInsert) return;
    const last = codeAt(list, lo, d - 1);
    const insert = (code: number, stillAfterConsonant: boolean, doubling = 0) => {
      if (!fits(code)) return;
      const [a, b] = narrow(list, lo, hi, d, code);
      if (a < b) visit(i, a, b, d + 1, stillAfterConsonant, inserted + 1, code === 99 ? c : ANY, doubled + doubling);
    };
    // an unwritten short vowel between two written consonants (a vowel before a long vowel is the long vowel's own:
    // باير is Baer, not Boyer); after the last letter only a silent e (Wayne, Keene, Joe: Arabic writes a final vowel
    // that is sounded)
    if (i === n) {
      if (last !== 101) insert(101, afterConsonant);
    } else if (afterConsonant && !VOWEL_LETTERS.has(word[i])) for (const v of VOWELS) insert(v, true);
    // a silent h after a vowel (John, Sarah)
    if (IS_LATIN_VOWEL.has(last)) insert(104, false);
    // a doubled consonant (Scott, Driscoll, Kennedy), once
    else if (last !== 104 && (d < 2 || codeAt(list, lo, d - 2) !== last)) insert(last, afterConsonant, 1);
  };
  if (n > 0 && count(list) > 0) visit(0, 0, count(list), 0, false, 0, ANY, 0);
  return best < 0 ? null : display(list, best);
}

/** Letters of sounds only Arabic (or Persian, Turkish) names have, which no transcription of a Western name writes (ث، ط، خ and ة do: ثيودور، طومسون، خوان، سارة). */
export const ARABIC_SOUNDS = /[عحصضظقذءؤئى]/;

/** Alef forms as ا, diacritics and tatweel off: the letters SPELLINGS reads. */
export function foldArabicName(word: string): string {
  return word.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا');
}
