/**
 * A foreign person written in Arabic letters, by the Latin name the person writes (جاريد كوشنر → Jared Kushner,
 * جورج بابادوبولوس → George Papadopoulos): the canonical name the record gives in both languages. Each word is
 * searched in a list of Latin names as src/lexicon/latin-names.ts spells them; a name is romanized only when its
 * first word is a given name of the list and each other word a surname (or, in the middle, a given name): one word
 * without a match (سكريبال) leaves the whole name as written. Pure.
 */
import type { KbEntry, LangResources, RomanizeSource } from '../resources/schema.js';
import { ARABIC_SOUNDS, count, foldArabicName, listOf, nameList, rankOfName, romanizeWord, type NameList } from '../lexicon/latin-names.js';

/** How common a name the knowledge base's people have counts, in the lists' ranks, against the lists' own spelling. */
const KNOWN_RANK = 1000;


export interface RomanizeLists {
  given: NameList;
  surnames: NameList;
  /** words (folded) that make a name no plain given name and surnames: particles (بن، آل، دي، فان), the openers of a compound (عبد، أبو) */
  particles: ReadonlySet<string>;
  /** Arabic words (folded): Arab names (سعيد، سمير), common and function words; a name with one is no foreign name */
  arabic: ReadonlySet<string>;
  /** generational suffixes (folded) and how an English name writes them (الابن: Jr.) */
  suffixes: ReadonlyMap<string, string>;
  /** the knowledge base's people's first and last names (folded) as their English names write them (ترامب: Trump):
   *  a relative, or another person of the name, is spelled as the known one is (إريك ترامب: Eric Trump) */
  known: ReadonlyMap<string, string>;
}

/**
 * The Latin name of a person's Arabic name of two to four words, or null: the first word a given name, the last a
 * surname, a word between either; each word Arabic letters only, the first of two letters or more, the others three,
 * none with the article or a particle.
 */
export function romanizePerson(name: string, lists: RomanizeLists): string | null {
  const words = name.trim().split(/\s+/).map(foldArabicName);
  // (a generational suffix after the name, as English writes it: دونالد ترامب الابن, Donald Trump Jr.)
  const suffix = words.length >= 3 ? lists.suffixes.get(words[words.length - 1]) : undefined;
  if (suffix) words.pop();
  if (words.length < 2 || words.length > 4) return null;
  // (a word with a letter of a sound only Arabic writes, سعيد or حسن, or a word of the Arab names or of the language,
  // سمير or شمس, with the article or not, is Arabic: the lists spell it as no Arab writes it; ال also opens Elizabeth)
  const arabic = (w: string) => ARABIC_SOUNDS.test(w) || lists.particles.has(w) || lists.arabic.has(w) || (w.startsWith('ال') && lists.arabic.has(w.slice(2)));
  const plain = (w: string, k: number) => /^[\u0621-\u064A\u067E\u0686\u06A4\u06AF]+$/.test(w) && w.length >= (k === 0 ? 2 : 3) && !arabic(w);
  if (!words.every(plain)) return null;
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    // (the first word a given name, the last a surname, a word between either: the list that spells it)
    const middleGiven = k > 0 && k < words.length - 1 ? romanizeWord(w, lists.given) : null;
    const list = k === 0 || middleGiven ? lists.given : lists.surnames;
    const spelled = middleGiven ?? romanizeWord(w, list);
    // (a word a known person's name has, spelled as that name is, unless the lists spell the word as a name commoner
    // than it and than the thousandth: بيريز with Tom is Perez, not Shimon Peres's spelling; ترامب is Trump, not Trampe)
    const known = lists.known.get(w);
    const latin = known && !(spelled && spelled !== known && rankOfName(list, spelled) < Math.min(KNOWN_RANK, rankOfName(list, known))) ? known : spelled;
    if (!latin) return null;
    out.push(latin);
  }
  if (suffix) out.push(suffix);
  return out.join(' ');
}

/** RomanizeLists as JSON keeps it (the build writes dist/resources/romanize.json): each list's keys in order, one a line, with their ranks. */
export interface RomanizeData {
  given: { keys: string; rank: number[] };
  surnames: { keys: string; rank: number[] };
  particles: string[];
  arabic: string[];
  suffixes: [string, string][];
  known: [string, string][];
}

/**
 * The lists from the resources: romanize.yaml's given names, then the English list's (the knowledge base's people's
 * first names, then the rest); its surnames; the Arabic particles and compound openers; as Arabic words its Arab
 * names, the Arabic common and function words.
 */
export function romanizeLists(source: RomanizeSource, en: LangResources, ar: LangResources, kb: readonly KbEntry[] = []): RomanizeLists {
  const g = ar['given-names'];
  const particles = new Set([...g.particles, ...g.compound_openers].map(foldArabicName));
  const arabic = new Set([...source.arabic, ...ar['common-words'].words, ...ar['function-words'].words].map(foldArabicName));
  const given = nameList([...source.given, ...en['given-names'].kb_names, ...en['given-names'].names]);
  const suffixes = new Map(Object.entries(g.suffix_english).map(([k, v]) => [foldArabicName(k), v]));
  return { given, surnames: nameList(source.surnames), particles, arabic, suffixes, known: knownNameWords(kb) };
}

/**
 * The first and last words of the knowledge base's people's Arabic names, by the English name's words, where the two
 * names have as many words (دونالد ترامب: Donald Trump); a word two people spell apart in English is left out, and so is
 * a word with a letter of a sound only Arabic writes (Arab names are no foreign names to spell).
 */
function knownNameWords(kb: readonly KbEntry[]): Map<string, string> {
  const known = new Map<string, string | null>();
  for (const e of kb) {
    if (e.type !== 'person' || !e.name_ar) continue;
    const ar = e.name_ar.trim().split(/\s+/).map(foldArabicName);
    const en = e.name.trim().split(/\s+/);
    if (ar.length < 2 || ar.length !== en.length) continue;
    for (const k of [0, ar.length - 1]) {
      const w = ar[k];
      if (ARABIC_SOUNDS.test(w) || !/^[\u0621-\u064A]{2,}$/.test(w) || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(en[k])) continue;
      const had = known.get(w);
      known.set(w, had === undefined || had === en[k] ? en[k] : null);
    }
  }
  return new Map([...known].filter((x): x is [string, string] => x[1] !== null));
}

export function romanizeData(lists: RomanizeLists): RomanizeData {
  const list = (l: NameList) => ({ keys: Array.from({ length: count(l) }, (_, x) => l.blob.slice(l.start[x], l.start[x + 1])).join('\n'), rank: [...l.rank] });
  return { given: list(lists.given), surnames: list(lists.surnames), particles: [...lists.particles], arabic: [...lists.arabic], suffixes: [...lists.suffixes], known: [...lists.known] };
}

export function romanizeListsFromData(d: RomanizeData): RomanizeLists {
  const list = (l: { keys: string; rank: number[] }): NameList => listOf(l.keys.split('\n'), l.rank);
  return { given: list(d.given), surnames: list(d.surnames), particles: new Set(d.particles), arabic: new Set(d.arabic), suffixes: new Map(d.suffixes), known: new Map(d.known) };
}
