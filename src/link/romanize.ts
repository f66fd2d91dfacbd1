/**
 * A foreign person written in Arabic letters, by the Latin name the person writes (جاريد كوشنر → Jared Kushner,
 * جورج بابادوبولوس → George Papadopoulos): the canonical name the record gives in both languages. Each word is
 * searched in a list of Latin names as src/lexicon/latin-names.ts spells them; a name is romanized only when its
 * first word is a given name of the list and each other word a surname (or, in the middle, a given name): one word
 * without a match (سكريبال) leaves the whole name as written. Pure.
 */
import type { LangResources, RomanizeSource } from '../resources/schema.js';
import { ARABIC_SOUNDS, count, foldArabicName, listOf, nameList, romanizeWord, type NameList } from '../lexicon/latin-names.js';


export interface RomanizeLists {
  given: NameList;
  surnames: NameList;
  /** words (folded) that make a name no plain given name and surnames: particles (بن، آل، دي، فان), the openers of a compound (عبد، أبو) */
  particles: ReadonlySet<string>;
  /** Arabic words (folded): Arab names (سعيد، سمير), common and function words; a name with one is no foreign name */
  arabic: ReadonlySet<string>;
}

/**
 * The Latin name of a person's Arabic name of two to four words, or null: the first word a given name, the last a
 * surname, a word between either; each word Arabic letters only, the first of two letters or more, the others three,
 * none with the article or a particle.
 */
export function romanizePerson(name: string, lists: RomanizeLists): string | null {
  const words = name.trim().split(/\s+/).map(foldArabicName);
  if (words.length < 2 || words.length > 4) return null;
  // (a word with a letter of a sound only Arabic writes, سعيد or حسن, or a word of the Arab names or of the language,
  // سمير or شمس, with the article or not, is Arabic: the lists spell it as no Arab writes it; ال also opens Elizabeth)
  const arabic = (w: string) => ARABIC_SOUNDS.test(w) || lists.particles.has(w) || lists.arabic.has(w) || (w.startsWith('ال') && lists.arabic.has(w.slice(2)));
  const plain = (w: string, k: number) => /^[\u0621-\u064A\u067E\u0686\u06A4\u06AF]+$/.test(w) && w.length >= (k === 0 ? 2 : 3) && !arabic(w);
  if (!words.every(plain)) return null;
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const latin =
      (k === 0 ? romanizeWord(w, lists.given) : k === words.length - 1 ? romanizeWord(w, lists.surnames) : romanizeWord(w, lists.given) ?? romanizeWord(w, lists.surnames));
    if (!latin) return null;
    out.push(latin);
  }
  return out.join(' ');
}

/** RomanizeLists as JSON keeps it (the build writes dist/resources/romanize.json): each list's keys in order, one a line, with their ranks. */
export interface RomanizeData {
  given: { keys: string; rank: number[] };
  surnames: { keys: string; rank: number[] };
  particles: string[];
  arabic: string[];
}

/**
 * The lists from the resources: romanize.yaml's given names, then the English list's (the knowledge base's people's
 * first names, then the rest); its surnames; the Arabic particles and compound openers; as Arabic words its Arab
 * names, the Arabic common and function words.
 */
export function romanizeLists(source: RomanizeSource, en: LangResources, ar: LangResources): RomanizeLists {
  const g = ar['given-names'];
  const particles = new Set([...g.particles, ...g.compound_openers].map(foldArabicName));
  const arabic = new Set([...source.arabic, ...ar['common-words'].words, ...ar['function-words'].words].map(foldArabicName));
  const given = nameList([...source.given, ...en['given-names'].kb_names, ...en['given-names'].names]);
  return { given, surnames: nameList(source.surnames), particles, arabic };
}

export function romanizeData(lists: RomanizeLists): RomanizeData {
  const list = (l: NameList) => ({ keys: Array.from({ length: count(l) }, (_, x) => l.blob.slice(l.start[x], l.start[x + 1])).join('\n'), rank: [...l.rank] });
  return { given: list(lists.given), surnames: list(lists.surnames), particles: [...lists.particles], arabic: [...lists.arabic] };
}

export function romanizeListsFromData(d: RomanizeData): RomanizeLists {
  const list = (l: { keys: string; rank: number[] }): NameList => listOf(l.keys.split('\n'), l.rank);
  return { given: list(d.given), surnames: list(d.surnames), particles: new Set(d.particles), arabic: new Set(d.arabic) };
}
