/**
 * Organizations the knowledge base lacks, found by their head word (resource data organizations.yaml):
 *  - en/entity/org-head: a run of capitalized words holding a head (Senate Intelligence Committee,
 *    Institute for the Future, House of Representatives), small words (of, for) allowed inside; two
 *    heads joined by a small word are two names (Homeland Security Committee of the House of
 *    Representatives);
 *  - ar/entity/org-head: an indefinite head followed by definite words (وزارة الخارجية الأمريكية، مجلس
 *    الأمن الدولي، حزب العمال الكردستاني) and a complement with لل (الجماعة السلفية للتبشير
 *    والجهاد), a quoted or Latin name (شركة "بلو ستار"), or after a company, club or team word one word
 *    shaped like a foreign name (شركة أنفرايرو، فريق وليامز: the name alone); a quoted name after a word for a
 *    magazine, a channel or a hotel (resource quoted_heads: مجلة "فوربز") and quoted names joined to it by و; a head
 *    made definite, a nisba and a complement with لل (البنك الآسيوي للتنمية; not البنك المركزي alone);
 *  - ar/entity/org-team: in a sports story, a name after a part of a team (دفاع الجزيرة) or around a match verb
 *    (فاز الحسين على شباب الحسين), wherever the story writes it;
 *  - ar/entity/org-latin: in Arabic text, a Latin acronym (IBM) or a Latin name joined by و to a Latin
 *    organization, before or after it (من Apple وDell);
 *  - en/entity/org-acronym: the acronym given in parentheses after such a name, wherever it is used;
 *  - en/entity/org-apposed: one to three capitalized words set off by a comma before an apposition that ends in a word
 *    introducing a company's name (Synnovis, a pathology services provider, …), and wherever the article writes it again;
 *  - en/entity/org-team: in a sports story, "the" and a capitalized plural nothing else explains (the Colts), wherever written.
 * An Arabic head phrase right before another name describes it (شركة التكنولوجيا العملاقة مايكروسوفت):
 * the registry drops it (see refine).
 * A word scan, no backtracking; mentions cover the name only (proclitics and a leading 'The' cut).
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import { CAP as CAP_TOKEN, PUNCT as PUNCT_TOKEN, WORD as WORD_TOKEN } from '../core/tokens.js';
import { kbFields } from './spelling.js';
import type { Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import { append } from '../core/arrays.js';
import type { Extractor } from '../core/types.js';
import { numberWordTable } from './numerals.js';
import { AR_PROCLITIC_PREFIXES, CLOSING_QUOTES, OPENING_QUOTES, WORD_CHARS, WORD_TABLE, alt, dropLastOf, hasArabicLetter, lookupKey, capitalized, trimEndOf, lowerWordsOf, writtenLower, procliticForms, procliticTable, scanFrom, spacesAt, wordAnchors, wordAt, wordScan, type Scanner, givenNamesOf, inOrder, orgKey, calendarKeys } from './patterns.js';
import { firstAtOrAbove, flagsOf, spanIndex } from '../core/arrays.js';
import { anotherStatesNisba, commonWords, definiteNisbaStates, englishVocabulary, kbNames, kbNamesEn } from './lexicon.js';
import { DEFINITE_IFAL_AR, DEFINITE_NISBA_AR, DERIVED_PAST_FEMININE_AR, LOGY_AR, DEFINITE_VERBAL_NOUN_AR, IFTIAL_AR, IMPERFECT_AR, LL_COMPLEMENT_AR, L_CONSTRUCT_AR, INFAL_PAST_AR, MUFAIL_AR, NOT_NAME_AFTER_AR, NOUN_SHAPED_AR, PARTICIPLE_PLURAL_AR, PAST_VERB_AR, PRONOUN_SUFFIXED_AR, TAFAIL_AR, TAFIL_AR, nameShapedAr } from './arabic-shapes.js';
/** an Arabic letter: a name's neighbour that makes it part of a longer word */
const ARABIC_LETTER = /^[\u0621-\u064A]$/;
/** English: an apposition after a name's comma, a or an and up to five words, the last with its mark (a pathology services
 *  provider,): [1] the words. */
const APPOSED_WORDS = /^[ \t]an?[ \t]((?:[A-Za-z][A-Za-z-]*[ \t]){0,4}[A-Za-z][A-Za-z-]*[,.;:]?)/;


/** A Latin run in Arabic text, with what is glued before it (وDell): [1] the proclitic, [2] the name. */
/** A definite plural noun, sound feminine (الاتهامات) or broken in the shape of التقارير: no
 *  adjective of a body's name. */
const DEFINITE_PLURAL_NOUN_AR = /^ال(?:[\u0621-\u064A]{2,}ات|[\u0621-\u064A]{2}ا[\u0621-\u064A]ي[\u0621-\u064A])$/;

const LATIN_RUN = /(?<![A-Za-z0-9])([\u0648\u0641\u0628\u0644]{0,2})([A-Z][A-Za-z0-9&.-]*(?:[ \t][A-Z][A-Za-z0-9&.-]*){0,3})(?![A-Za-z0-9])/g;
/** Two to six capital letters, maybe with digits after the first (IBM, GOL, G4S). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** Whether a character code is an ASCII letter or digit (NaN, outside the text, is not). */
const LATIN_OR_DIGIT = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The endings of adjectives of peoples and faiths (Scottish, Islamic, Kurdish, Sudanese, Jordanian). */
const PEOPLE_ADJECTIVE = /(?:ish|ic|ian|ese)$/;
/** An English ordinal in digits right before a word (85th, 1st). */
const ORDINAL_BEFORE = /(?<![A-Za-z0-9.,])[0-9]{1,4}(?:st|nd|rd|th)[ \t]$/;
/** The most words of a knowledge-base place that names an Arabic body after its head (جامعة بيونغ يانغ، بلدية سان بطرسبرغ). */
const PLACE_WORDS_AR = 3;
/** The words of ws[from, to) joined by a space, each through `f`: ws.slice(from, to).map(...).join(' ') without its arrays. */
function joinedWords(ws: readonly { word: string }[], from: number, to: number, f?: (w: string) => string): string {
  let out = '';
  for (let i = from; i < Math.min(to, ws.length); i++) out += (i > from ? ' ' : '') + (f ? f(ws[i].word) : ws[i].word);
  return out;
}
/** Whether every word of ws[from, to) passes the test (ws.slice(from, to).every(...) without its array). */
function everyWord(ws: readonly { word: string }[], from: number, to: number, test: (w: string) => boolean): boolean {
  for (let i = from; i < Math.min(to, ws.length); i++) if (!test(ws[i].word)) return false;
  return true;
}
/** A word less its possessive ending, 's or a plural's bare apostrophe (China's: China; the Netherlands': Netherlands), or null. */
const ownerWord = (w: string): string | null => (/['’]s$/.test(w) ? w.slice(0, -2) : /s['’]$/.test(w) ? w.slice(0, -1) : null);
/** Whether a word has a possessive ending (Group's, Group’s), by character code. */
const isPossessive = (w: string): boolean => w.length > 2 && w.charCodeAt(w.length - 1) === 115 && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 2) === 0x2019);
/** A possessive pronoun on a feminine Arabic noun, its ta marbuta written ت before it (شركته، صحيفتها، قناتهم). */
const POSSESSIVE_AR = /ت(?:هما|هم|ها|ه)$/;
/** POSSESSIVE_AR's test, its last letter asked first (ه، ا or م): it is asked of every Arabic word. */
const possessiveAr = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 1);
  return (c === 0x0647 || c === 0x0627 || c === 0x0645) && POSSESSIVE_AR.test(w);
};
/** A body's Latin name right after its Arabic one (شركة "زيلترا-نت" Zeltranet، بنك الاستثمار (Harlow Freres)): a closing quotation mark, a bracket or not, one to four capitalized words. */
const LATIN_NAME_AFTER = /^["”»]?[ \t]{1,3}\(?[ \t]?([A-Z][A-Za-z0-9&.'-]*(?:[ \t][A-Z][A-Za-z0-9&.'-]*){0,3})(?![A-Za-z0-9])/;
/** و (glued or apart) and a capitalized Latin name right after an organization. */
const LATIN_AFTER_AND = /^[ \t]{1,3}(?:و[ \t]{0,2})([A-Z][A-Za-z0-9&-]{1,20})(?![A-Za-z0-9])/;
/** A capitalized Latin name and و right before an organization (Apple وDell). */
const LATIN_BEFORE_AND = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&-]{1,20})[ \t]{1,3}و[ \t]{0,2}$/;
const TOKEN = new RegExp(`[${WORD_CHARS}][${WORD_CHARS}&'’.\\-]*|[^ \\t]`, 'g');
/** TOKEN by character code: a word character and the word characters, & ' ’ . - after it; else any one character but a space or tab. */
export const tokenScanner: Scanner = (text, found) => {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const s = i++;
    if (WORD_TABLE[c] === 1) {
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (WORD_TABLE[d] === 0 && d !== 38 && d !== 39 && d !== 0x2019 && d !== 46 && d !== 45) break;
      }
    }
    found(s, i);
  }
};
const MAX_WORDS = 8;
/** A lower-case word, a comma and a space before a name (operator, Dunamu): the word that may introduce it. */
const HEAD_COMMA_BEFORE = /([a-z]+), $/;
/** One to three capitalized words and the comma closing an apposition (Dunamu, said): a name set off after a company's word. */
const APPOSED_NAME = /^[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,2},/;
/** A capitalized word with a lower-case part after a hyphen: an adjective before a name (Boston-based, Kremlin-backed). */
const ADJECTIVE_COMPOUND = /^[A-Z][A-Za-z.]*-[a-z]+[,.]?$/;
/** After a name: a space, a lower-case word or not, a role ([1]), and a capitalized word ([2]): Netenrich threat hunter John. */
const ROLE_AFTER = /^[ \t](?:[a-z][a-z-]{1,20}[ \t])?([A-Za-z-]{3,20})[ \t]+([A-Z][a-z]+)/;
/** The word right before a name ([1]). */
const WORD_BEFORE = /(?<![A-Za-z-])([A-Za-z-]{3,20})[ \t]+$/;
/** Before a name: a role ([1]) and a preposition ([2]): chief executive of, analyst at, spokesman for. */
const ROLE_BEFORE = /(?<![A-Za-z-])([A-Za-z-]{3,20})[ \t]+([a-z]+)[ \t]+$/;
/** "The" and a capitalized plural (the Colts, The Wallabies). */
const THE_PLURAL = /(?<![A-Za-z])[Tt]he[ \t]+([A-Z][a-z]{2,}s)(?![A-Za-z'’-])/g;

/** 'the' and a space at the end of a slice, a word of its own. */
const THE_BEFORE = /(?:^|[^A-Za-z])[Tt]he[ \t]$/;
/** A number of one to four digits after a name, before a stop, a comma or a bracket (Qihoo 360.); not a year. */
const NUMBER_IN_NAME = /^[ \t](?!(?:1[89]|20)[0-9]{2}(?![0-9]))[0-9]{1,4}(?=[.,](?![0-9])|[;:)]|$)/;

/** Whether text[from, to), between two words, is one to four spaces or tabs (spacesAt's run from `from` ends at `to`). */
const spacedApart = (text: string, from: number, to: number): boolean => spacesAt(text, from, 1) === to;


/** Where a word ends without a stop after it or a possessive on it (Chainalysis., Velmore's: the name's end). */
function bareEnd(w: { word: string; end: number }): number {
  const stop = /[.,;:]$/.test(w.word) ? 1 : 0;
  return w.end - stop - (/['’]s$/.test(stop ? w.word.slice(0, -1) : w.word) ? 2 : 0);
}


/**
 * Whether an apposition opens at `at`, after a name's comma: a or an, up to four words of no function word, then a word
 * that introduces a company's name (organizations.name_heads), ended by a mark or a word that goes on describing it
 * (apposition_tails: , a pathology services provider,; , a maker of routers): the name is that company's. The
 * organization rules read it after a run of capitalized words, the person rules before calling a pair of them a person.
 */
export function apposedCompany(res: LangResources): (text: string, at: number) => boolean {
  const o = res.organizations;
  const nameHeads = new Set(o.name_heads.map(lookupKey));
  const tails = new Set(o.apposition_tails);
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  const givenNames = givenNamesOf(res).written;
  return (text, at) => {
    const m = APPOSED_WORDS.exec(text.slice(at, at + 90));
    if (!m) return false;
    const words = m[1].split(/[ \t]+/);
    // (the company's word may come before its "of": a provider of pathology services)
    for (let k = 0; k < words.length; k++) {
      const w = words[k].replace(/[.,;:]$/, '');
      if (nameHeads.has(lookupKey(w)) && /^[a-z]+$/.test(w) && (w !== words[k] || tails.has(words[k + 1] ?? ''))) return true;
      if (w !== words[k] || functionWords.has(w.toLowerCase()) || givenNames.has(w)) return false;
    }
    return false;
  };
}

export function organizationExtractors(lang: Lang, res: LangResources, kb: readonly KbEntry[]): Extractor<'mentions'>[] {
  // places end an English name's complement: Institute for the Future (of Palo Alto)
  const places = kbNamesEn(kb, 'location');
  // (nor a nationality: Czech of the Czech Social Democrats is the country's adjective, not the party)
  const demonymsEn = new Set(kb.flatMap((e) => e.demonyms?.en ?? []));
  /** capitalized one-word titles before a person's name (Minister, Secretary): an office's last word, no body's */
  const titleWordsEn = new Set(lang === 'en' ? res.titles.titles.filter((t) => /^[A-Z][a-z]+$/.test(t)) : []);
  const knownOrgs = kbNamesEn(kb, 'organization');
  /** the knowledge base's organizations' English context aliases (Treasury): a body's name too, as an owner's possessive */
  const contextOrgs = new Set(kb.filter((e) => e.type === 'organization').flatMap((e) => e.context?.en ?? []));
  // (every name the knowledge base knows, of any kind: an acronym of its names in brackets is that entry, US, UK, EU)
  const allKnown = kbNames(kb, 'all', 'en');
  const productHeads = new Set(res.organizations.product_heads);
  // (the ones and tens of the number words: Four Ministry of State Security officers)
  const numberWordsEn = new Set(lang === 'en' ? [...numberWordTable(res)].filter(([, w]) => w.kind === 'one' || w.kind === 'ten').map(([k]) => k) : []);
  const o = res.organizations;
  const heads = new Set(o.heads.map(lookupKey));
  const multiHeads = o.heads.filter((h) => h.includes(' ')).map((h) => ({ text: h, words: h.split(' ') }));
  const multiAt = (ws: readonly { word: string }[], i: number) => multiHeads.find((mh) => mh.words.every((p, k) => bare(ws[i + k]) === p));
  const connectors = new Set(o.connectors.map(lookupKey));
  /** before a known place after a body's complement: where the body is (في) */
  const bodyPlacePreps = new Set(o.body_place_preps.map(lookupKey));
  const complementizers = new Set(res['speech-verbs'].complementizers.map(lookupKey));
  const speechDocuments = new Set(res['speech-verbs'].documents.map(lookupKey));
  const speechMediumPreps = new Set(res['speech-verbs'].medium_preps.map(lookupKey));
  /** Whether word k opens what a verb of saying's subject is followed by: إن/أن, في and a document (في بيان), or a medium's
   *  preposition, one word and إن/أن (على تلغرام إن). */
  const saidAfterName = (ws: readonly { word: string }[], k: number): boolean => {
    const at = (j: number) => (j < ws.length ? lookupKey(ws[j].word) : '');
    if (complementizers.has(at(k))) return true;
    if (at(k) === 'في' && speechDocuments.has(at(k + 1))) return true;
    return speechMediumPreps.has(at(k)) && complementizers.has(at(k + 2));
  };
  /**
   * The closing mark's index of a quoted name no list knows whose opening mark is word k: up to `reach` words of letters
   * (digits and brackets too with `numbered`), the first no common or function word and no article's; else -1.
   */
  const quotedNameEnd = (ws: readonly { word: string }[], k: number, reach: number, numbered: boolean): number => {
    if (k + 1 >= ws.length || !/^["“«]$/.test(ws[k].word)) return -1;
    const inName = numbered ? NUMBERED_NAME_WORD : NAME_WORD;
    let j = k + 1;
    while (j < ws.length && j - k <= reach && inName.test(ws[j].word)) j++;
    const first = ws[k + 1].word;
    return j > k + 1 && j < ws.length && /^["”»]$/.test(ws[j].word) && !first.startsWith('ال') && !common(first) && !functionWords.has(lookupKey(first)) ? j : -1;
  };
  /** the verbs of saying as the cleaned text writes them, a proclitic or not (وقالت، وأعلنت) */
  const speechVerbForms = procliticTable(lang === 'ar' ? res['speech-verbs'].verbs.filter((w) => !w.includes(' ')).map(lookupKey) : []);
  // Arabic words as the cleaned text has them that may be a head (with a proclitic, or ل + ال contracted):
  // a Set lookup per word before any folding
  const arabicHeadForms = new Set<string>();
  /** (the heads made definite, with their proclitics, by the length of the proclitic: البنك، والاتحاد، للمعهد) */
  const definiteHeadForms = new Map<string, number>();
  if (lang === 'ar') {
    // (and the heads that are bodies only made definite, with a nisba and a complement: الصندوق الوطني للضمان الاجتماعي,
    // where صندوق alone is a box, صندوق الاقتراع)
    for (const h of [...heads, ...o.definite_heads.map(lookupKey).filter((d) => d.startsWith('ال')).map((d) => d.slice(2))]) {
      if (!h.includes(' ') && !h.startsWith('ال')) {
        definiteHeadForms.set(`ال${h}`, 0);
        // (ل + ال written لل keeps its ل: the cut is not clean, للشركة stays whole, وللشركة loses its و)
        for (const p of AR_PROCLITIC_PREFIXES) definiteHeadForms.set(p.endsWith('ل') ? `${p}ل${h}` : `${p}ال${h}`, p.endsWith('ل') ? p.length - 1 : p.length);
      }
      arabicHeadForms.add(h);
      for (const p of AR_PROCLITIC_PREFIXES) {
        arabicHeadForms.add(p + h);
        if (p.endsWith('ل') && h.startsWith('ال')) arabicHeadForms.add(p + h.slice(1));
      }
    }
  }
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  // company legal forms (resource legal-forms, generated from cleanco: SpA, SA, AB, Co), with and without their stops
  const legalForms = new Set(res['legal-forms'].forms.flatMap((f) => [f, f.replace(/\./g, '')]));
  /**
   * Whether a word is a legal form as written here: one with a stop inside or a capital after a small letter (S.A.,
   * SpA, GmbH) always; in capitals (SA, AB, NV) unless it is a function word (AS, AT); capitalized (Co, Bhd, Oyj)
   * unless it is a word of the English vocabulary (Spa, Private).
   */
  const legalFormAsWritten = (w: string): boolean => {
    const lower = w.toLowerCase();
    const dotless = lower.replace(/\./g, '');
    if (!legalForms.has(lower) && !legalForms.has(dotless)) return false;
    if (/\.[A-Za-z]/.test(w) || /[a-z][A-Z]/.test(w)) return true;
    if (functionWords.has(dotless)) return false;
    if (/^[A-Z]+\.?$/.test(w)) return true;
    return /^[A-Z][a-z]+\.?$/.test(w) && !englishVocabulary(w.replace(/\.$/, ''));
  };
  /** (the same, by the word as written, remembered: names repeat their words) */
  const legalSeen = new Map<string, boolean>();
  const legalForm = (w: string): boolean => {
    let r = legalSeen.get(w);
    if (r === undefined) {
      if (legalSeen.size > 50_000) legalSeen.clear();
      legalSeen.set(w, (r = legalFormAsWritten(w)));
    }
    return r;
  };
  const descriptors = new Set(o.descriptors.map(lookupKey));
  const headQuantifiers = new Set(o.head_quantifiers.map(lookupKey));
  const bodyQualifiers = new Set(o.body_qualifiers.map(lookupKey));
  /**
   * An indefinite noun that may stand in construct after an organization's head (أبحاث، حظر، شؤون): Arabic letters
   * only, no article, proclitic-looking conjunction or preposition, no function word, given name or date word, and no
   * adjective's (nisba), verb's or pronoun-suffixed noun's shape; no plural in ين/ون, which keeps its ن only out of
   * construct (هيئة محلفين | الاتهام: a jury, then the verb's object).
   */
  // (a head word in a verbal noun's shape, تنظيم, is the verbal noun in construct after another head: هيئة تنظيم الاتصالات)
  // (a borrowed noun in -logy, تكنولوجيا، بيولوجيا, is a noun whatever its يا and ا say: وزارة تكنولوجيا المعلومات)
  const constructNoun = (x: string): boolean =>
    LOGY_AR.test(x) ||
    /^[\u0621-\u064A]{3,12}$/.test(x) && !/^(?:ال|[وفبلك]ال|لل|[لب][اأإآ])/.test(x) && !/(?:[^ا]ية|ي|يا|ين|ون)$/.test(x) && !functionWords.has(lookupKey(x)) && !connectors.has(lookupKey(x)) && !givenNamesAr.has(x) && !dateWordsAr.has(lookupKey(x)) && !titleWordsAr.has(lookupKey(x)) && (!heads.has(lookupKey(x)) || TAFIL_AR.test(x)) && !kbArabic.has(lookupKey(x)) && !IMPERFECT_AR.test(x) && !PAST_VERB_AR.test(x) && !PRONOUN_SUFFIXED_AR.test(x) && !NOT_NAME_AFTER_AR.test(x) && !MUFAIL_AR.test(x);
  const titleWordsAr = new Set(lang === 'ar' ? res.titles.titles.filter((t) => !t.includes(' ')).map(lookupKey) : []);
  // (as the cleaned text writes them, with a proclitic or two: a set lookup per word, no folding)
  const quotedHeadForms = new Set<string>();
  for (const h of o.quoted_heads.map(lookupKey)) for (const p of ['', ...AR_PROCLITIC_PREFIXES]) quotedHeadForms.add(p + h);
  /**
   * The quoted names right after word k: `" X "`, then `و " Y "` ..., each of one to five words of letters and
   * nothing else: [first, last] word indexes.
   */
  const quotedAfter = (ws: readonly { start: number; end: number; word: string }[], k: number, text: string): [number, number][] => {
    const found: [number, number][] = [];
    let at = k;
    for (;;) {
      if (at >= ws.length || !/^["“«]$/.test(ws[at].word) || (found.length === 0 && !spacedApart(text, ws[at - 1].end, ws[at].start))) break;
      let j = at + 1;
      while (j < ws.length && j - at <= 5 && /^[\u0621-\u064AA-Za-z]/.test(ws[j].word) && !/^["”»]$/.test(ws[j].word)) j++;
      if (j >= ws.length || j === at + 1 || !/^["”»]$/.test(ws[j].word)) break;
      found.push([at + 1, j - 1]);
      // (و, glued to the next quote or apart, joins another name)
      if (j + 2 < ws.length && ws[j + 1].word === 'و' && /^["“«]$/.test(ws[j + 2].word)) at = j + 2;
      else break;
    }
    return found;
  };
  const dateWordsAr = new Set(
    lang === 'ar'
      ? [...res.weekdays.weekdays.flatMap((w) => w.names), ...res.months.months.flatMap((m) => m.names), ...res['relative-dates'].relative.flatMap((r) => r.phrases)].filter((p) => !p.includes(' ')).map(lookupKey)
      : [],
  );
  /** relative dates of two words, by their keys (العام الماضي، الشهر المقبل): a date's first word, العام, is a name's too */
  const datePairsAr = new Set(
    lang === 'ar' ? res['relative-dates'].relative.flatMap((r) => r.phrases).filter((p) => p.split(' ').length === 2).map((p) => p.split(' ').map(lookupKey).join(' ')) : [],
  );
  // heads a foreign name may follow as one indefinite word (شركة أنفرايرو، فريق وليامز): resource data
  const nameHeads = new Set(o.name_heads.map(lookupKey));
  const nameTails = new Set(o.name_tails.map(lookupKey));
  const givenNamesAr: ReadonlySet<string> = lang === 'ar' ? givenNamesOf(res).written : new Set();
  const common = commonWords(res);
  /** An indefinite Arabic word shaped like a foreign name, not followed by a word it would be construct to. */
  /** the Latin capitals' names as Arabic spells them (إم، جي، دبليو): organizations.letter_names */
  const letterNamesAr = new Set<string>(lang === 'ar' ? Object.values(o.letter_names ?? {}).flat().map(lookupKey) : []);
  const foreignName = (ws: readonly { word: string }[], k: number): boolean => {
    const x = ws[k].word;
    // (nor a function word with و on it: فريق | وذلك)
    if (!/^[\u0621-\u064A]{4,16}$/.test(x) || x.startsWith('ال') || functionWords.has(lookupKey(x)) || (x.startsWith('و') && functionWords.has(lookupKey(x.slice(1)))) || givenNamesAr.has(x) || common(x) || IFTIAL_AR.test(x) || TAFAIL_AR.test(x)) return false;
    // feminine, accusative or nisba adjectives (كبرى، عملاقة، أمريكية، جديدا) and prepositions glued on
    // (a long word in ا that no list knows is a foreign name too: معهد كارولينسكا، شركة ماتسوشيتا; not a
    // participle's or verbal noun's accusative, متقدما)
    const foreignA = x.length >= 6 && x.endsWith('ا') && !NOT_NAME_AFTER_AR.test(x) && !NOUN_SHAPED_AR.test(x);
    // (a first letter that is also a preposition, a conjunction or an imperfect's prefix only in a word of six letters or
    // more whose rest is no common word and that has no noun's or imperfect's shape: شركة بلوشيلد، شركة نورثغيت)
    const proclitic = /^[بلفين]/.test(x) && !(x.length >= 6 && !common(x.slice(1)) && !NOUN_SHAPED_AR.test(x) && !IMPERFECT_AR.test(x) && !NOT_NAME_AFTER_AR.test(x));
    if ((/(?:ة|ى|ا|ي|ه|ها|هم)$/.test(x) && !foreignA) || proclitic) return false;
    // (nor a verb's shape, the head an indefinite subject or object: شركة تدير المحطة، 11 شركة اخترقت)
    if (NOT_NAME_AFTER_AR.test(x) || DERIVED_PAST_FEMININE_AR.test(x)) return false;
    const next = ws[k + 1]?.word ?? '';
    // (a relative or a nisba adjective may follow the name: شركة أنفرايرو التي، مركز إينتسر اليهودي)
    if (functionWords.has(lookupKey(next)) || /^ال[\u0621-\u064A]{3,}(?:ي|ية)$/.test(next)) return true;
    return !next.startsWith('ال') && (next.startsWith('و') || !/^[\u0621-\u064A]{2,}(?:ة|ى|ية|ي)$/.test(next));
  };
  /** A definite word shaped like a transliterated foreign name (التايمز، الغارديان), not an Arabic noun. */
  const definiteForeign = (x: string): boolean => {
    const stem = x.slice(2);
    return x.startsWith('ال') && /^[\u0621-\u064A]{4,14}$/.test(stem) && !/(?:ة|ات|ية|ي|ون|ين|ى)$/.test(stem) && !common(x) && !common(stem) && !functionWords.has(lookupKey(x)) && !IFTIAL_AR.test(stem) && !DEFINITE_IFAL_AR.test(x) && !NOUN_SHAPED_AR.test(stem);
  };
  // Latin capitals that are not organizations in Arabic text (units, roman numerals, grades)
  const notAcronyms = new Set(o.not_acronyms ?? []);
  /** the knowledge base's Arabic names (as keys), each with its entry's state ('' for a body of none: the UN's council) */
  const kbArabic = new Map<string, string>(lang === 'ar' ? kb.flatMap((e) => e.aliases.ar.map((a) => [lookupKey(a), e.country ?? ''] as [string, string])) : []);
  const nounNamedHeads = new Set(o.noun_named_heads.map(lookupKey));
  /** definite nouns that name a body after any head (لجنة الانتخابات): organizations.naming_nouns */
  const namingNouns = new Set(o.naming_nouns.map(lookupKey));
  /**
   * Whether a head (`head`, its proclitic off) and one common or verbal definite noun, nothing more, describe a body
   * rather than name it (لجنة الدفاع، شركة الغاز، مركز الإجلاء، لجنة التحقيق), unless the head names a body so (وزارة
   * الطاقة، حزب الاستقلال: resource organizations.noun_named_heads) or the knowledge base knows the name.
   */
  /** Whether words[k] goes on a company's foreign name as its second word: foreign-shaped, no definite word behind a
   *  proclitic, no participle's plural or dual, no given name, no verb's shape (انسحب، اخترق، يقول) and no common word
   *  behind و (شركة أدفانسد إنتليجنس; not فريق وليامز انسحب, ووكالات). */
  const secondNameWord = (ws: readonly { word: string }[], k: number): boolean => {
    const x = ws[k].word;
    return companyWord(ws, k) && !givenNamesAr.has(x) && !PAST_VERB_AR.test(x) && !IMPERFECT_AR.test(x) && !INFAL_PAST_AR.test(x);
  };
  /** Whether words[k] may be a company's foreign name after its head or trade words: foreign-shaped, no definite word
   *  behind a proclitic (والزلازل، بالفلبين), no participle's plural or dual (متوجهتين), no common word behind و (ووكالات). */
  const companyWord = (ws: readonly { word: string }[], k: number): boolean => {
    const x = ws[k].word;
    return foreignName(ws, k) && !/^[وفبلك]ال/.test(x) && !PARTICIPLE_PLURAL_AR.test(x) && !(x.startsWith('و') && common(x.slice(1)));
  };
  const describesBody = (head: string, name: string): boolean => {
    const ws = name.split(/[ \t]+/);
    if (ws.length !== 2 || nounNamedHeads.has(head) || namingNouns.has(lookupKey(ws[1])) || !ws[1].startsWith('ال')) return false;
    return (common(ws[1]) || DEFINITE_IFAL_AR.test(ws[1]) || DEFINITE_VERBAL_NOUN_AR.test(ws[1])) && !kbArabic.has(lookupKey(name));
  };
  // (the knowledge base's places of one to three words: جامعة بيونغ يانغ is named by its city as جامعة زيورخ is)
  const placesAr = new Set(lang === 'ar' ? kb.filter((e) => e.type === 'location').flatMap((e) => e.aliases.ar).filter((a) => a.split(' ').length <= PLACE_WORDS_AR).map(lookupKey) : []);
  const calendar = calendarKeys(res);
  const rule = (what: string) => `${lang}/entity/${what}`;
  /** An Arabic body's name written with ل on its article, للبنك الآسيوي, by the article (البنك الآسيوي): one entity with its
   *  other mentions. */
  const byArticle = (written: string): string => (written.startsWith('لل') ? `ال${written.slice(2)}` : written);
  const mention = (start: number, end: number, text: string, what: string): MentionCandidate => ({
    start,
    end,
    rule: rule(what),
    type: 'organization',
    key: orgKey(text),
    name: '',
  });

  /**
   * Arabic: in a sports story, a definite name right after a word for part of a team (دفاع الجزيرة، مرمى الاتحاد)
   * or the subject of a match verb and the name after its preposition (فاز الحسين على شباب الحسين) is a team,
   * and so is the name wherever else the story writes it (وسط الجزيرة، فالحسين): not a common word (مرمى الفريق)
   * or a nationality (المرمى البرازيلي).
   */
  const TEAM_NAME = `(?:(?:${alt(o.club_openers)})[ \\t]{1,3})?ال[\\u0621-\\u064A]{2,14}`;
  const partRe = lang === 'ar' && o.team_parts.length ? new RegExp(`(?:^|[^\\u0621-\\u064A])[وفبل]?(?:${alt(o.team_parts)})[ \\t]{1,3}(${TEAM_NAME})(?![\\u0621-\\u064A])`, 'g') : null;
  const matchRe = lang === 'ar' && o.match_verbs.length
    ? new RegExp(`(?:^|[^\\u0621-\\u064A])[وف]?(?:${alt(o.match_verbs)})ت?[ \\t]{1,3}(${TEAM_NAME})[ \\t]{1,3}(?:على|علي|مع|امام)[ \\t]{1,3}(?:ضيفه[ \\t]{1,3}|مضيفه[ \\t]{1,3})?(${TEAM_NAME})(?![\\u0621-\\u064A])`, 'g')
    : null;
  const demonymsAr: ReadonlySet<string> = new Set(lang === 'ar' ? definiteNisbaStates(kb).keys() : []);
  /** (bodies' heads with the article, الجيش، الشرطة: a second body after و, not a domain of the first's name) */
  const definiteHeadsAr = new Set(lang === 'ar' ? o.definite_heads.map(lookupKey) : []);
  const nisbaNamedHeads = new Set(o.nisba_named_heads.map(lookupKey));
  /** (indefinite nationalities that open with أل, ألمانية، ألباني: folded, they look definite, المانية) */
  const alefDemonymsAr = new Set(lang === 'ar' ? kb.flatMap((e) => e.demonyms?.ar ?? []).filter((d) => /^[أإآا]ل/.test(d)).flatMap((d) => [lookupKey(d), lookupKey(`${d}ة`)]) : []);
  /** (in a sports story: genre.ts) */
  const arabicTeams = (doc: Doc, regions: Region[]): MentionCandidate[] => {
    if (!partRe || doc.lex?.ar?.genre !== 'sports') return [];
    const text = doc.text;
    const teams = new Set<string>();
    const consider = (name: string) => {
      const last = name.split(/[ \t]+/).pop()!;
      if (common(last) || functionWords.has(lookupKey(last)) || demonymsAr.has(lookupKey(last)) || descriptors.has(lookupKey(last))) return;
      teams.add(name.replace(/[ \t]+/g, ' '));
    };
    for (const m of text.matchAll(partRe)) consider(m[1]);
    if (matchRe) for (const m of text.matchAll(matchRe)) { consider(m[1]); consider(m[2]); }
    if (!teams.size) return [];
    // every occurrence, a proclitic off (وسط الجزيرة، فالحسين، للحسين), by a word scan
    const found: MentionCandidate[] = [];
    const byFirst = new Map<string, string[]>();
    // (longest first: a two-word club before a one-word name with the same first word)
    for (const t of [...teams].sort((a, b) => b.length - a.length)) {
      const first = t.split(' ')[0];
      byFirst.set(first, [...(byFirst.get(first) ?? []), t]);
    }
    for (const r of regions) {
      for (const w of text.slice(r.start, r.end).matchAll(/[\u0621-\u064A]+/g)) {
        const at = r.start + w.index!;
        for (const [form, skip] of [[w[0], 0] as [string, number], ...procliticForms(w[0], true)]) {
          const names = byFirst.get(form);
          if (!names) continue;
          // (the longest team name that starts here; ل + ال written لل has one letter less in the text)
          for (const t of names) {
            const rest = t.slice(form.length);
            const end = at + w[0].length + rest.length;
            if (rest && text.slice(at + w[0].length, end).replace(/[ \t]+/g, ' ') !== rest) continue;
            if (end > r.end) continue;
            found.push(mention(at + skip, end, t, 'org-team'));
            break;
          }
          break;
        }
      }
    }
    return found;
  };

  // a state's ministry in lower case after its nationality or possessive (resource organizations.ministries): the
  // function words, the head word their forms end in (Foreign Ministry: ministry), the states by nationality and by name,
  // and the knowledge base's bodies by their English names (also a unit's owner: Microsoft's Threat Research Team; and,
  // with the states by nationality, whether a nationality before a known body is that body's state's)
  const ministryWords = new Map<string, { form: string; name: string }>();
  for (const m of o.ministries) for (const w of m.words) ministryWords.set(lookupKey(w), m);
  const ministryHeads = new Set(o.ministries.flatMap((m) => [m.form, ...m.also]).map((f) => lookupKey(f.slice(f.lastIndexOf(' ') + 1))));
  /** each word with the head words its forms end in (foreign ministry, foreign office: the also forms of a ministry) */
  const ministryPairs = new Set(o.ministries.flatMap((m) => [m.form, ...m.also]).map((f) => lookupKey(f)));
  const stateByDemonym = new Map<string, KbEntry>();
  const stateByName = new Map<string, KbEntry>();
  const bodyByName = new Map<string, KbEntry>();
  /** (Arabic: the knowledge base's bodies by their Arabic names, as keys: وزارة الخارجية الأمريكية is the State Department) */
  const bodyByNameAr = new Map<string, KbEntry>();
  for (const e of kb) {
    if (e.type === 'location' && !e.country) {
      // (Arabic: by the definite feminine nisba, as a ministry's adjective agrees with it: الخارجية الصينية; a masculine
      // one describes an office, وزير العدل الأمريكي)
      if (lang === 'ar') for (const d of e.demonyms?.ar ?? []) if (!stateByDemonym.has(lookupKey(`ال${d}ة`))) stateByDemonym.set(lookupKey(`ال${d}ة`), e);
      if (lang === 'en') for (const d of e.demonyms?.en ?? []) if (!stateByDemonym.has(d)) stateByDemonym.set(d, e);
      for (const a of e.aliases.en) if (!stateByName.has(a)) stateByName.set(a, e);
    } else if (e.type === 'organization') {
      for (const a of e.aliases.en) bodyByName.set(a, e);
      if (lang === 'ar') for (const a of e.aliases.ar) bodyByNameAr.set(lookupKey(a), e);
    }
  }
  /** English: the state named by the capitalized words at token k, one or two of them: a state's name, or a city the
   *  knowledge base places in a state (Beijing: China). */
  const cityStates = new Map<string, KbEntry>();
  if (lang === 'en') {
    for (const e of kb) {
      const state = e.type === 'location' && e.country ? stateByName.get(e.country) : undefined;
      if (state) for (const a of e.aliases.en) if (!cityStates.has(a)) cityStates.set(a, state);
    }
  }
  const placeStateAt = (t: NonNullable<Doc['tokens']>, text: string, k: number): KbEntry | undefined => {
    for (const n of [2, 1]) {
      if (k + n > t.length || (t.flags[k] & CAP_TOKEN) === 0) continue;
      const name = text.slice(t.start[k], t.end[k + n - 1]);
      const st = stateByName.get(name) ?? cityStates.get(name);
      if (st) return st;
    }
    return undefined;
  };
  /**
   * English, at each lower-case head of the forms (ministry): a function word of the list before it, a hyphen between or not, and the
   * state's nationality (the Iranian foreign-ministry: the whole phrase) or possessive (Iran's foreign ministry: the
   * ministry alone, the state its own mention); the knowledge base's body where it writes the nationality and the form
   * (Russian Foreign Ministry), else the nationality and the ministry's name (Brazilian Ministry of Foreign Affairs).
   */
  const stateMinistries = (doc: Doc, regions: Region[]): MentionCandidate[] => {
    const t = doc.tokens;
    if (!t || !ministryWords.size) return [];
    const text = doc.text;
    const out: MentionCandidate[] = [];
    for (let i = 2; i < t.length; i++) {
      if (t.kind[i] !== WORD_TOKEN || !ministryHeads.has(t.key[i]) || (t.flags[i] & CAP_TOKEN) !== 0) continue;
      let f = i - 1;
      if (t.kind[f] === PUNCT_TOKEN && text[t.start[f]] === '-' && t.end[f] === t.start[i] && t.start[f] === t.end[f - 1]) f--;
      const fn = t.kind[f] === WORD_TOKEN && (t.flags[f] & CAP_TOKEN) === 0 ? ministryWords.get(t.key[f]) : undefined;
      if (!fn || f < 1 || !ministryPairs.has(`${t.key[f]} ${t.key[i]}`)) continue;
      let s = f - 1;
      let from = t.start[s];
      let demonym = text.slice(t.start[s], t.end[s]);
      let state = stateByDemonym.get(demonym);
      if (!state && s >= 2 && t.key[s] === 's' && t.kind[s - 1] === PUNCT_TOKEN && /['’]/.test(text[t.start[s - 1]])) {
        state = stateByName.get(text.slice(t.start[s - 2], t.end[s - 2]));
        demonym = state?.demonyms?.en?.[0] ?? '';
        from = t.start[f];
        s -= 2;
      }
      // (or "in" and the state or a city of it after the head: the foreign ministry in Beijing)
      if (!state && i + 2 < t.length && t.key[i + 1] === 'in' && t.sentence[i + 2] === t.sentence[i]) {
        const place = placeStateAt(t, text, i + 2);
        if (place) {
          state = place;
          demonym = state.demonyms?.en?.[0] ?? '';
          from = t.start[f];
          s = f;
        }
      }
      if (!state || !demonym || t.sentence[s] !== t.sentence[i] || !regions.some((r) => from >= r.start && from < r.end)) continue;
      // (or the state's name with the form, as the knowledge base names a central bank: Egypt's Central Bank, Central Bank
      // of Egypt)
      const body = bodyByName.get(`${demonym} ${fn.form}`) ?? bodyByName.get(`${state.name}'s ${fn.form}`) ?? bodyByName.get(`${fn.form} of ${state.name}`);
      const name = `${demonym} ${fn.name}`;
      out.push(body ? { start: from, end: t.end[i], rule: rule('state-ministry'), ...kbFields(body) } : { start: from, end: t.end[i], rule: rule('state-ministry'), type: 'organization', key: orgKey(name), name });
    }
    return out;
  };
  /**
   * Arabic, at each word of the forms (الخارجية، الدفاع), with وزارة before it or not and a proclitic or not: the state's
   * definite nisba right after it (الخارجية الصينية، وزارة الدفاع الروسية); the knowledge base's body where its English
   * aliases write the nationality and the form (Russian Foreign Ministry), else the English nationality and the
   * ministry's name (Chinese Ministry of Foreign Affairs), as the English rule names it.
   */
  // (each list as every way its words are written, a proclitic or none, ل + ال contracted too: والخارجية، للخارجية)
  const ministryHeadsAr = new Set(o.ministry_heads.map(lookupKey));
  const ministryHeadForms = procliticTable(ministryHeadsAr, true);
  const ministryWordForms = procliticTable(lang === 'ar' ? ministryWords.keys() : [], true);
  const elidedMinistries = new Set(o.elided_ministries.map(lookupKey));
  const officeForms = procliticTable(lang === 'ar' ? [...res.titles.titles, ...res.titles.role_heads].filter((w) => !w.includes(' ')).map(lookupKey) : [], true);
  /** Whether an office ends right before word i: a title or an office's head, a definite nisba after it or not (الرئيس التنفيذي). */
  const officeBefore = (ws: readonly { word: string }[], i: number): boolean => {
    let j = i - 1;
    if (j > 0 && DEFINITE_NISBA_AR.test(ws[j].word)) j--;
    if (j < 0) return false;
    const x = lookupKey(ws[j].word);
    return officeForms.has(x) || (x.startsWith('ال') && officeForms.has(x.slice(2)));
  };
  // (the states by their Arabic names, up to three words: وزارة الاتصالات في إيران)
  const stateByNameAr = new Map<string, KbEntry>();
  if (lang === 'ar') for (const e of kb) if (e.type === 'location' && !e.country) for (const a of e.aliases.ar) if (a.split(' ').length <= 3 && !stateByNameAr.has(lookupKey(a))) stateByNameAr.set(lookupKey(a), e);
  /** The state named right after a preposition of where a body is at token k (في إيران، في الولايات المتحدة), else undefined. */
  const stateInPlaceAt = (doc: Doc, k: number): KbEntry | undefined => {
    const t = doc.tokens!;
    if (k + 1 >= t.length || t.kind[k] !== WORD_TOKEN || !bodyPlacePreps.has(t.key[k])) return undefined;
    for (let n = 3; n >= 1; n--) {
      const e = k + n;
      if (e >= t.length || t.sentence[e] !== t.sentence[k] || t.kind[e] !== WORD_TOKEN) continue;
      const state = stateByNameAr.get(lookupKey(doc.text.slice(t.start[k + 1], t.end[e])));
      // (a whole word after it: في إيران، not في إيران الجديدة's first word only)
      if (state && (e + 1 >= t.length || t.kind[e + 1] !== WORD_TOKEN || !/^ال/.test(t.key[e + 1]))) return state;
    }
    return undefined;
  };
  const stateMinistriesAr = (doc: Doc, regions: Region[]): MentionCandidate[] => {
    const t = doc.tokens;
    if (!t || !ministryWords.size) return [];
    const out: MentionCandidate[] = [];
    /** per ministry's word, the mention of each state's ministry of it the article names; and the bare ones, وزارة المالية */
    const byWord = new Map<string, Map<string, MentionCandidate>>();
    const bareAt: { word: string; start: number; end: number }[] = [];
    for (let i = 0; i + 1 < t.length; i++) {
      if (t.kind[i] !== WORD_TOKEN) continue;
      const k = t.key[i];
      const word = ministryWordForms.get(k);
      if (!word) continue;
      const [bare, pre] = word;
      const fn = ministryWords.get(bare)!;
      // (وزارة before it is part of the name; a proclitic on the first word is not)
      const p = i - 1;
      const pk = p >= 0 && t.kind[p] === WORD_TOKEN && t.sentence[p] === t.sentence[i] ? t.key[p] : '';
      const headed = pk ? ministryHeadForms.get(pk) : undefined;
      const nisba = t.kind[i + 1] === WORD_TOKEN && t.sentence[i + 1] === t.sentence[i] ? stateByDemonym.get(t.key[i + 1]) : undefined;
      // (or, with وزارة, the state it is in after في: وزارة الاتصالات في إيران, the place its own mention)
      const placed = !nisba && headed ? stateInPlaceAt(doc, i + 1) : undefined;
      const state = nisba ?? placed;
      const demonym = state?.demonyms?.en?.[0];
      // (a definite word after it may go on its name, unless it is a title or a definite plural, the verb's object: وكيل وزارة
      // الداخلية الفريق …، دعت وزارة الداخلية المواطنين)
      const nextKey = i + 1 < t.length && t.sentence[i + 1] === t.sentence[i] && t.kind[i + 1] === WORD_TOKEN ? t.key[i + 1] : '';
      const endsHere = !nextKey.startsWith('ال') || titleWordsAr.has(nextKey) || DEFINITE_PLURAL_NOUN_AR.test(nextKey) || /^ال[\u0621-\u064A]{3,}(?:ين|ون)$/.test(nextKey);
      if (headed && !state && endsHere) bareAt.push({ word: bare, start: t.start[p] + headed[1], end: t.end[i] });
      if (!state || !demonym) continue;
      // (without وزارة only the ministries news names so, الخارجية الروسية: الطاقة الأمريكية is a sector; and not after an
      // office, وزيرة الدفاع الفرنسية is the minister)
      // (nor after a definite noun it describes: السياسة الخارجية الروسية is foreign policy)
      if (!headed && (!elidedMinistries.has(bare) || (pk && officeForms.has(pk)) || /^(?:[وفبل]?ال|لل)/.test(pk))) continue;
      // (GOLD.md: ل with the article's ل, للخارجية, is kept whole)
      const from = headed ? t.start[p] + headed[1] : t.start[i] + (k.startsWith('لل') ? 0 : pre);
      if (!regions.some((r) => from >= r.start && from < r.end)) continue;
      // (the body the knowledge base names in Arabic with a head, وزارة الخارجية الأمريكية: the State Department; else in
      // English by the nationality and the form)
      let body: KbEntry | undefined;
      if (nisba) for (const h of ministryHeadsAr) body ??= bodyByNameAr.get(`${h} ${bare} ${t.key[i + 1]}`);
      body ??= bodyByName.get(`${demonym} ${fn.form}`);
      const name = `${demonym} ${fn.name}`;
      const end = nisba ? t.end[i + 1] : t.end[i];
      const found: MentionCandidate = body ? { start: from, end, rule: rule('state-ministry'), ...kbFields(body) } : { start: from, end, rule: rule('state-ministry'), type: 'organization', key: orgKey(name), name };
      out.push(found);
      const states = byWord.get(bare) ?? new Map<string, MentionCandidate>();
      states.set(state.id, found);
      byWord.set(bare, states);
    }
    // (the same ministry named bare elsewhere in the article, وزارة المالية in the headline and وزارة المالية الكويتية in
    // the text, is that state's ministry when the article names that ministry of one state only)
    for (const b of bareAt) {
      const states = byWord.get(b.word);
      if (!states || states.size !== 1 || !regions.some((r) => b.start >= r.start && b.start < r.end)) continue;
      const [one] = states.values();
      out.push({ ...one, start: b.start, end: b.end });
    }
    return out;
  };
  const roleNouns = new Set(o.role_nouns);
  const rolePreps = new Set(o.role_prepositions);
  const kbPeople = kbNamesEn(kb, 'person');
  /**
   * Whether capitalized words `from`-`to` of a run are a company's name by a person's role next to them: before a
   * role (a lower-case word may open it) and a capitalized name (Netenrich threat hunter John Bambenek), or after a role
   * and of/at/for (chief executive of Cowbell Cyber). Not a place, a nationality, a given name, a known person, a
   * month or weekday, a function word, nor a first word the article also writes in lower case.
   */
  const roleFrame = (ws: readonly { start: number; end: number; word: string }[], from: number, to: number, doc: Doc): boolean => {
    const text = doc.text;
    const words = ws.slice(from, to).map((w) => w.word.replace(/[.,;:]$/, ''));
    const name = words.join(' ');
    const after = from === 0 && to === ws.length && !/[.,;:]$/.test(ws[to - 1].word) ? ROLE_AFTER.exec(text.slice(ws[to - 1].end, ws[to - 1].end + 60)) : null;
    // (from > 0: the caller found the role inside the run)
    const before = after || from > 0 ? null : ROLE_BEFORE.exec(text.slice(Math.max(0, ws[0].start - 40), ws[0].start));
    if (from === 0 && !(after && roleNouns.has(after[1]) && !functionWords.has(after[2].toLowerCase())) && !(before && roleNouns.has(before[1]) && rolePreps.has(before[2]))) return false;
    // (nor a nationality of two words, researchers at South Korean think tanks)
    if (places.has(name) || kbPeople.has(name) || demonymsEn.has(words[0]) || demonymsEn.has(words.slice(0, 2).join(' ')) || givenNames.has(words[0]) || places.has(words[0])) return false;
    if (words.some((w) => functionWords.has(w.toLowerCase()) || calendar.has(lookupKey(w)) || !/^(?:[A-Z][A-Za-z&'’-]*|&)$/.test(w))) return false;
    // (one word of the English vocabulary is no name: Yet aviation analyst Mike Powell)
    if (words.length === 1 && englishVocabulary(words[0])) return false;
    const lower = lowerWordsOf(doc);
    // (of two words or more, the first: a company's name may end in a common word, Cowbell Cyber in an article on cyber
    // insurance)
    return !lower.has(words[0].toLowerCase());
  };
  const roleAnchors = wordAnchors(o.role_nouns);
  /** Whether a role word starts between two offsets (sorted offsets). */
  const roleNear = (at: ArrayLike<number>, from: number, to: number) => {
    const k = firstAtOrAbove(at, from);
    return k < at.length && at[k] < to;
  };
  const apposedHead = apposedCompany(res);
  const english = (doc: Doc, regions: Region[]): MentionCandidate[] => {
    const out: MentionCandidate[] = [];
    const text = doc.text;
    // (where the role words are: the role frame is tried only near one)
    const roleAt = roleNouns.size ? roleAnchors(doc) : [];
    for (const r of regions) {
      let run: { start: number; end: number; word: string }[] = [];
      /** a lower-case word that ends a party's name after it (the Georgian Dream party) comes right after the run */
      let tail = false;
      const flush = () => {
        if (run.length === 0) return;
        const before = out.length;
        emitRun(run);
        // (a party's name before its lower-case word, when no head made the run a name: two to four capitalized words,
        // none a place, a month or a function word, and not the sentence's first word alone)
        if (tail && out.length === before && run.length >= 2 && run.length <= 4 && run.every((w) => /^[A-Z][a-z]/.test(w.word) && !/[.,;:]$/.test(w.word))) {
          const name = text.slice(run[0].start, run[run.length - 1].end);
          // (nor a possessive, a person's party: Chancellor Olaf Scholz's party)
          const plain = run.every((w) => !functionWords.has(w.word.toLowerCase()) && !calendar.has(lookupKey(w.word))) && !/['’]s?$/.test(run[run.length - 1].word);
          if (plain && !places.has(name) && !knownOrgs.has(name)) out.push(mention(run[0].start, run[run.length - 1].end, name, 'org-name-tail'));
        }
        tail = false;
        run = [];
      };
      /** Whether 'the' comes right before word k of a run (in the run, or before the run's first word). */
      const theBefore = (ws: typeof run, k: number): boolean =>
        k > 0 ? /^[Tt]he$/.test(ws[k - 1].word) : THE_BEFORE.test(text.slice(Math.max(0, ws[0].start - 5), ws[0].start));
      const emitRun = (ws: typeof run) => {
        // (a head with a possessive ends its name there: the Katerji Group's servers)
        // (the word tests as byte arrays: map's arrays of booleans took several shapes, each a new compilation of this function)
        const possessive = flagsOf(ws, (w) => isPossessive(w.word));
        // (a head ending a sentence keeps its stop in the word: the Norwegian Parliament.)
        const isHead = flagsOf(ws, (w, i) => {
          if (!capitalized(w.word)) return false;
          const word = possessive[i] ? w.word.slice(0, -2) : dropLastOf(w.word, ',');
          return heads.has(lookupKey(word)) || (w.word.endsWith('.') && heads.has(lookupKey(w.word.slice(0, -1)))) || legalForm(word);
        });
        // weekdays and months are capitalized but never part of a name (the Department of Transport on Friday)
        // (nor is a capitalized word with a lower-case part after a hyphen, an adjective: London-based, Iran-linked)
        const isCap = flagsOf(ws, (w) => capitalized(w.word) && !calendar.has(lookupKey(dropLastOf(w.word, '.,'))) && !ADJECTIVE_COMPOUND.test(w.word));
        const isSmall = flagsOf(ws, (w) => connectors.has(w.word.toLowerCase()));
        let taken = -1;
        let joinable = -1;
        for (let h = 0; h < ws.length; h++) {
          const multi = multiAt(ws, h)?.text;
          if (!isHead[h] && !multi) continue;
          if (h <= taken) continue;
          // left: capitalized words right before the head (not sentence-start function words)
          let a = h;
          // (and across an ampersand between capitalized words: Douglas & Lomason Co, Procter & Gamble Co)
          for (;;) {
            if (a > 0 && isCap[a - 1] && !isSmall[a - 1] && a - 1 > taken) a--;
            else if (a > 1 && ws[a - 1].word === '&' && isCap[a - 2] && !isSmall[a - 2] && a - 2 > taken) a -= 2;
            // (and across 'and' when 'the' opens the whole name, up to three words before 'and': the Food and Drug
            // Administration, the National Intelligence and Security Service; not Acme and Beta Group, two names, nor a
            // place or a known body before 'and': the US and UK)
            else if (a > 1 && ws[a - 1].word === 'and' && isCap[a - 2] && !isSmall[a - 2] && a - 2 > taken) {
              let j = a - 2;
              // (not onto a place or a nationality: the US Cybersecurity and Infrastructure Security Agency is the US's)
              while (j > a - 4 && j - 1 > taken && isCap[j - 1] && !isSmall[j - 1] && !theBefore(ws, j) && !places.has(bare(ws[j - 1]) ?? '') && !demonymsEn.has(ws[j - 1].word)) j--;
              const before = joinedWords(ws, j, a - 1, (w) => w.replace(/[.,]$/, ''));
              // (a nationality between "the" and the name stays out of it: the Dutch Military Intelligence and Security Service)
              const nationality = !theBefore(ws, j) && j - 1 > taken && demonymsEn.has(ws[j - 1].word) && theBefore(ws, j - 1);
              if ((theBefore(ws, j) || nationality) && !places.has(before) && !knownOrgs.has(before)) {
                a = j;
                if (nationality) break;
              }
              else break;
            } else break;
          }
          // (nor a number word: Four Ministry of State Security officers)
          while (a < h && (functionWords.has(ws[a].word.toLowerCase()) || numberWordsEn.has(ws[a].word.toLowerCase()))) a++;
          // (a place's or a known body's possessive is no part of the name, China's Ministry of State Security,
          // Google's Threat Analysis Group; nor a nationality before a body the knowledge base knows, the Chinese
          // Ministry of State Security)
          // (a plural's bare apostrophe too: the Netherlands' Military Intelligence and Security Service)
          const first = a < h ? ownerWord(ws[a].word) : null;
          // (or one the knowledge base names only in context: Treasury's Office of Foreign Assets Control)
          if (first !== null && (places.has(first) || knownOrgs.has(first) || contextOrgs.has(first))) a++;
          // (and a place of two or three words: Saudi Arabia's National Cybersecurity Authority, the United States' …)
          else {
            for (let p = a + 1; p < Math.min(h, a + 3); p++) {
              const last = ownerWord(ws[p].word);
              if (last === null) continue;
              const owner = `${joinedWords(ws, a, p)} ${last}`;
              if (places.has(owner) || knownOrgs.has(owner)) a = p + 1;
              break;
            }
          }
          // (nor a person's possessive, a title or a given name before it: Prime Minister Narendra Modi's | Bharatiya Janata
          // Party; a one-word owner stays, McDonald's Corp)
          for (let p = h - 1; p > a; p--) {
            if (!possessive[p] || ownerWord(ws[p].word) === null) continue;
            if (titleWordsEn.has(ws[a].word) || givenNames.has(ws[p - 1].word)) a = p + 1;
            break;
          }
          // a company the knowledge base knows and a product head is its product (Microsoft Exchange servers)
          if (a < h && !multi && productHeads.has(ws[h].word) && knownOrgs.has(joinedWords(ws, a, h)) && (h + 1 >= ws.length || !isHead[h + 1])) {
            taken = h;
            continue;
          }
          // right: a multiword head, then 'of/for (the) X' complements, stopping at a place or another head
          let b = multi ? h + multi.split(' ').length : h + 1;
          // (a nationality, a sector's head word and a title are an office, no body: Iranian Oil Minister Javad Owji,
          // Russian Energy Minister)
          if (!multi && h === a + 1 && demonymsEn.has(ws[a].word) && b < ws.length && titleWordsEn.has(ws[b].word)) {
            taken = h;
            continue;
          }
          // heads in a row are one name's ending (Newmont Mining Corp, Gulf Air Holdings Ltd)
          while (b < ws.length && isHead[b] && !possessive[b - 1]) b++;
          const headEnd = b;
          // (a company's legal form ends its name: what follows is where it is from, Kia Motor Corp of South Korea)
          for (; !possessive[b - 1] && !legalForm(bare(ws[b - 1]) ?? ''); ) {
            let k = b;
            if (k < ws.length && isSmall[k] && /^(?:of|for|on)$/.test(ws[k].word)) k++;
            else break;
            if (k < ws.length && ws[k].word === 'the') k++;
            if (multiAt(ws, k)) break;
            let e = k;
            // (a head word ends the complement, Agency for Communications, Department of Energy, unless it opens a
            // name of its own with its complement: Committee of the House of Representatives)
            const ownName = (x: number) => isHead[x] && x + 1 < ws.length && /^(?:of|for|on)$/.test(ws[x + 1].word);
            // (a possessive ends it: the University of Toronto's | Citizen Lab)
            while (e < ws.length && isCap[e] && !isSmall[e] && !ownName(e) && !(e > k && possessive[e - 1])) e++;
            // (a nationality is no complement's last word: of the Russian armed forces is an adjective of words in lower
            // case, Main Directorate of the General Staff | of the Russian armed forces)
            if (e > k && demonymsEn.has(ws[e - 1].word)) break;
            if (e === k) break;
            // (a place right after the head is its complement, University of Yangon, Rubber Board of India; after
            // another complement it is where the body is: Institute for the Future | of Palo Alto)
            if (b > headEnd && places.has(joinedWords(ws, k, e))) break;
            b = e;
            if (e < ws.length && isHead[e]) break;
            // a complement's second half after 'and' (Ministry of Roads and Urban Development, Committee on
            // Intelligence and Security), unless it is a place, a known body or a person of its own
            if (e < ws.length && ws[e].word === 'and') {
              let e2 = e + 1;
              // (a possessive opens a name of its own: Ministry of Foreign Affairs and Iran's Foreign Ministry)
              while (e2 < ws.length && isCap[e2] && !isSmall[e2] && !ownName(e2) && !possessive[e2]) e2++;
              if (e2 < ws.length && possessive[e2]) e2 = e + 1;
              const conj = joinedWords(ws, e + 1, e2, (w) => w.replace(/[.,]$/, ''));
              if (e2 > e + 1 && !places.has(conj) && !knownOrgs.has(conj) && !givenNames.has(ws[e + 1].word)) b = e2;
              break;
            }
          }
          // (unless the known body is another state's: a nationality before it makes another body's name, the Indonesian
          // Democratic Party; the states by demonym and the bodies by name are the state-ministry rule's tables)
          if (a < h && demonymsEn.has(ws[a].word) && !places.has(ws[a].word)) {
            const known = text.slice(ws[a + 1].start, ws[b - 1].end).replace(/[.,]$/, '');
            const country = bodyByName.get(known)?.country;
            if (knownOrgs.has(known) && (!country || country === stateByDemonym.get(ws[a].word)?.name)) a++;
          }
          let capitals = 0;
          for (let x = a; x < b; x++) capitals += isCap[x];
          if (capitals < 2 && !multi) continue;
          // a headline in capitals (CZECH VICE-PM SEES WIDER DEBATE AT PARTY) is not a name
          if (b - a > 4 && everyWord(ws, a, b, (w) => !/[a-z]/.test(w))) continue;
          const last = ws[b - 1];
          const end = last.end - (possessive[b - 1] && (isHead[b - 1] || b - 1 > h) ? 2 : /[.,]$/.test(last.word) && !heads.has(lookupKey(last.word)) && !(last.word.endsWith('.') && legalForm(last.word)) ? 1 : 0);
          // (a unit's ordinal number opens its name: the 85th Main Special Service Center, 101st Airborne Division)
          const ordinal = a === 0 ? ORDINAL_BEFORE.exec(text.slice(Math.max(0, ws[0].start - 8), ws[0].start)) : null;
          const start = ws[a].start - (ordinal?.[0].length ?? 0);
          // (a name right after another, with nothing between, is its ending: National Computer Network Emergency
          // Response Technical Team)
          if (a === taken + 1 && joinable >= 0 && !/[.,;:]$/.test(ws[taken].word) && !possessive[taken]) {
            const prev = out[joinable];
            out[joinable] = mention(prev.start, end, text.slice(prev.start, end), 'org-head');
          } else {
            joinable = out.length;
            out.push(mention(start, end, text.slice(start, end), 'org-head'));
          }
          taken = b - 1;
        }
        // a name after a word that introduces one (security firm Chainalysis, the company Kaspersky Lab): the
        // capitalized words right after it, when no head made them a name already
        let lead = 0;
        while (lead < ws.length && capitalized(ws[lead].word)) lead++;
        // (nor a weekday or month, the agency Saturday launched, nor a lone letter, company N / A)
        if (intro && taken < 0 && lead >= 1 && lead <= 3 && !places.has(ws[0].word) && !givenNames.has(ws[0].word) && !calendar.has(lookupKey(ws[0].word.replace(/[.,;:]$/, ''))) && !/^[A-Z][.,;:]?$/.test(ws[0].word)) {
          const last = ws[lead - 1];
          const end = bareEnd(last);
          // (a number right after the name, then a stop, is part of it: security firm Qihoo 360.; not a year)
          const num = end === last.end ? NUMBER_IN_NAME.exec(text.slice(end, end + 8)) : null;
          const to = num ? end + num[0].length : end;
          if (end > ws[0].start) out.push(mention(ws[0].start, to, text.slice(ws[0].start, to), 'org-name-head'));
        } else if (taken < 0 && ws.length <= 3 && text[ws[ws.length - 1].end] === ',' && everyWord(ws, 0, ws.length, (w) => /^[A-Z][A-Za-z-]+$/.test(w)) && !givenNames.has(ws[0].word) && !places.has(ws[0].word) && apposedHead(text, ws[ws.length - 1].end + 1)) {
          // a name set off by a comma before an apposition that ends in such a word (Synnovis, a pathology services
          // provider, …; Kelvion, an energy company.)
          const end = ws[ws.length - 1].end;
          out.push(mention(ws[0].start, end, text.slice(ws[0].start, end), 'org-apposed'));
        } else if (taken < 0 && roleAt.length && roleNear(roleAt, ws[0].start - 40, ws[ws.length - 1].end + 40)) {
          // (a capitalized role opens the run, CEO of Cowbell Cyber; or a role stands before a person's name and of/at/for,
          // aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein: the name after the connector)
          let from = ws.length > 2 && roleNouns.has(bare(ws[0]) ?? '') && rolePreps.has(ws[1].word) ? 2 : 0;
          if (from === 0) {
            const k = ws.findIndex((w, i) => i >= 2 && i <= 4 && rolePreps.has(w.word));
            const role = k > 0 && everyWord(ws, 0, k, (w) => /^[A-Z][a-z]/.test(w)) ? WORD_BEFORE.exec(text.slice(Math.max(0, ws[0].start - 24), ws[0].start)) : null;
            if (role && roleNouns.has(role[1])) from = k + 1;
          }
          let to = from;
          while (to < ws.length && (/^[A-Z]/.test(ws[to].word) || (ws[to].word === '&' && to + 1 < ws.length && /^[A-Z]/.test(ws[to + 1].word)))) to++;
          // (not a place with its possessive, Hungary's government spokesman: the state's, no company)
          const place = to - from === 1 && places.has(ws[from].word.replace(/[.,;:]$/, '').replace(/['’]s$/, ''));
          if (to - from >= 1 && to - from <= 3 && !place && roleFrame(ws, from, to, doc)) {
            // (its possessive is none of its name: Velmore's threat hunter)
            const end = bareEnd(ws[to - 1]);
            out.push(mention(ws[from].start, end, text.slice(ws[from].start, end), 'org-role'));
          }
        }
      };
      let intro = false;
      const tokens = wordScan(doc, TOKEN, tokenScanner);
      let lastEnd = -1;
      // (a word is sliced out of the text only when it counts: a capitalized one, a lower-case one inside a run (of,
      // for, and), or the word before a run's first, which may introduce it)
      let prev = -1;
      for (let ti = scanFrom(tokens, r.start); ti < tokens.length && tokens.start[ti] < r.end; ti++) {
        const at = tokens.start[ti];
        const end = tokens.end[ti];
        // (one space or tab between the words; a capital first letter; the last character: by character code)
        const gapOk = lastEnd < 0 || (at - lastEnd === 1 && (text.charCodeAt(lastEnd) === 32 || text.charCodeAt(lastEnd) === 9));
        const c0 = text.charCodeAt(at);
        const capital = c0 >= 65 && c0 <= 90;
        const w = capital || run.length > 0 ? wordAt(tokens, ti) : '';
        const small = !capital && run.length > 0 && connectors.has(w.toLowerCase());
        if (run.length > 0 && gapOk && !capital && !small && nameTails.size && nameTails.has(lookupKey(wordAt(tokens, ti).replace(/[.,;:]$/, '')))) tail = true;
        if (!gapOk || !(capital || small) || run.length >= MAX_WORDS * 2) flush();
        // (or set off by commas after it, one to three capitalized words: Upbit's operator, Dunamu, said)
        if (capital && run.length === 0) {
          intro = gapOk && nameHeads.has(lookupKey(prev >= 0 ? wordAt(tokens, prev) : ''));
          const before = intro || text.charCodeAt(at - 2) !== 44 ? null : HEAD_COMMA_BEFORE.exec(text.slice(Math.max(0, at - 32), at));
          if (before && nameHeads.has(lookupKey(before[1])) && APPOSED_NAME.test(text.slice(at, at + 80))) intro = true;
        }
        if (capital || (small && run.length > 0)) run.push({ start: at, end, word: w });
        prev = ti;
        lastEnd = end;
        // a word ending in a comma or full stop ends the run after it (Corp. is a head and keeps its stop)
        const z = text.charCodeAt(end - 1);
        if (z === 44 || z === 59 || z === 58 || (z === 46 && !(capital && (heads.has(lookupKey(w)) || legalForm(w))))) flush();
      }
      flush();
    }
    return withShortForms(doc, regions, withAcronyms(text, [...out, ...pluralTeams(doc, regions)], rule('org-acronym'), allKnown));
  };

  /**
   * English: in a sports story, "the" and a capitalized plural nothing else explains is a team (the Colts, the
   * Wallabies, the Barbarians), and so is the word wherever else the story writes it (Eagles quarterback Ty Detmer):
   * not a place, a demonym, a given name or a word the story also writes in lower case (the Games, games).
   */
  const pluralTeams = (doc: Doc, regions: Region[]): MentionCandidate[] => {
    // (a sports story: genre.ts)
    if (lang !== 'en' || doc.lex?.en?.genre !== 'sports') return [];
    const text = doc.text;
    const teams = new Set<string>();
    let lower: Set<string> | null = null;
    for (const m of text.matchAll(THE_PLURAL)) {
      const w = m[1];
      if (teams.has(w) || places.has(w) || demonymsEn.has(w) || demonymsEn.has(w.slice(0, -1)) || givenNames.has(w) || calendar.has(lookupKey(w)) || functionWords.has(w.toLowerCase()) || heads.has(lookupKey(w))) continue;
      // (the story's lower-case words, read once)
      lower ??= new Set([...text.matchAll(/(?<![A-Za-z])[a-z]+/g)].map((x) => x[0]));
      if (lower.has(w.toLowerCase())) continue;
      teams.add(w);
    }
    const found: MentionCandidate[] = [];
    if (!teams.size) return found;
    // (every capitalized word of the story, once: the teams' other mentions)
    for (const r of regions) {
      for (const m of text.slice(r.start, r.end).matchAll(/(?<![A-Za-z'’-])[A-Z][a-z]{2,}s(?![A-Za-z'’-])/g)) {
        if (teams.has(m[0])) found.push(mention(r.start + m.index!, r.start + m.index! + m[0].length, m[0], 'org-team'));
      }
    }
    return found;
  };

  /**
   * English: the first word of a name found by its head (Newmont Mining Corp, Bre-X Minerals Ltd) names
   * the same organization when the article later uses it alone, unless it is a word of the English vocabulary
   * (National, United, Armed: SCOWL, as langid.yaml keeps it), a head, a place or a given name.
   */
  const givenNames = givenNamesOf(res).written;
  const withShortForms = (doc: Doc, regions: Region[], found: MentionCandidate[]): MentionCandidate[] => {
    const text = doc.text;
    const forms = new Map<string, MentionCandidate>();
    // (and a name a word before it introduced, the health insurer Medibank Private … Medibank said)
    for (const c of found) {
      if (c.rule !== rule('org-head') && c.rule !== rule('org-name-head')) continue;
      const words = text.slice(c.start, c.end).split(/[ \t]+/);
      const first = words[0];
      if (words.length < 2 || !/^[A-Z][A-Za-z-]{2,}$/.test(first) || heads.has(lookupKey(first)) || englishVocabulary(first)) continue;
      // (nor an adjective of a people or a faith, Scottish Amicable, Islamic Jihad: a word's ending says so)
      // (nor a title, General Motors: the General said; the Attorney General)
      // (nor a ministry's portfolio word, Defence Intelligence Service: Defence Minister X)
      if (functionWords.has(first.toLowerCase()) || givenNames.has(first) || places.has(first) || demonymsEn.has(first) || titleWordsEn.has(first) || PEOPLE_ADJECTIVE.test(first) || ministryWords.has(lookupKey(first)) || forms.has(first)) continue;
      forms.set(first, c);
    }
    // (a company's name less its legal form, when two words or more are left: Douglas & Lomason Co ... Douglas & Lomason)
    const stems = new Map<string, { stem: string; c: MentionCandidate }[]>();
    for (const c of found) {
      if (c.rule !== rule('org-head')) continue;
      const words = text.slice(c.start, c.end).split(/[ \t]+/);
      let k = words.length;
      while (k > 0 && legalForm(words[k - 1])) k--;
      if (k === words.length || k < 2 || words[k - 1] === '&') continue;
      const stem = words.slice(0, k).join(' ');
      const list = stems.get(words[0]) ?? [];
      if (!list.some((x) => x.stem === stem)) list.push({ stem, c });
      stems.set(words[0], list);
    }
    // (a name introduced by a word before it, or by a person's role, written again alone: security firm Velmora …
    // Velmora said; the whole name, as the article wrote it first)
    for (const c of found) {
      if (c.rule !== rule('org-name-head') && c.rule !== rule('org-role') && c.rule !== rule('org-name-tail') && c.rule !== rule('org-apposed')) continue;
      const name = text.slice(c.start, c.end);
      const first = name.split(/[ \t]/)[0];
      if (!/^[A-Z]/.test(first)) continue;
      const list = stems.get(first) ?? [];
      if (!list.some((x) => x.stem === name)) list.push({ stem: name, c });
      stems.set(first, list);
    }
    if (forms.size === 0 && stems.size === 0) return found;
    // (nor a word the article also writes in lower case, an ordinary word there: Cyber Command ... cyber attacks)
    for (const f of [...forms.keys()]) if (writtenLower(doc, f, 3)) forms.delete(f);
    if (forms.size === 0 && stems.size === 0) return found;
    const out = [...found];
    const taken = spanIndex(found);
    for (const r of regions) {
      const tokens = wordScan(doc, TOKEN, tokenScanner);
      for (let ti = scanFrom(tokens, r.start); ti < tokens.length && tokens.start[ti] < r.end; ti++) {
        // (the token less a full stop, comma, semicolon or colon after it; looked up only when its first letter is a form's)
        const c0 = text.charCodeAt(tokens.start[ti]);
        if (c0 < 65 || c0 > 90) continue;
        const raw = wordAt(tokens, ti);
        const z = raw.charCodeAt(raw.length - 1);
        const w = z === 46 || z === 44 || z === 59 || z === 58 ? raw.slice(0, -1) : raw;
        const at = tokens.start[ti];
        const stem = stems.get(w)?.find((x) => text.startsWith(x.stem, at) && !/[A-Za-z0-9]/.test(text[at + x.stem.length] ?? ''));
        if (stem && !taken.covers(at)) {
          out.push({ ...stem.c, start: at, end: at + stem.stem.length, rule: rule('org-short-form') });
          ti = scanFrom(tokens, at + stem.stem.length) - 1;
          continue;
        }
        const c = forms.get(w);
        if (!c || taken.covers(at)) continue;
        out.push({ ...c, start: at, end: at + w.length, rule: rule('org-short-form') });
      }
    }
    return out;
  };

  const arabic = (doc: Doc, regions: Region[]): MentionCandidate[] => {
    const out: MentionCandidate[] = [];
    const text = doc.text;
    /**
     * The Latin name right after the word at `i` (شركة Blue Star, شركته Broidy Capital Management): up to four
     * capitalized words a space or two apart, a stop after one ending it; `k` the word after it, `end` its end less the stop.
     */
    const latinRun = (words: readonly { start: number; end: number; word: string }[], i: number): { k: number; end: number } => {
      let k = i + 1;
      let end = -1;
      while (k < words.length && k - i <= 4 && /^[A-Z]/.test(words[k].word) && spacedApart(text, words[k - 1].end, words[k].start)) {
        end = words[k].end - (/[.,;:]$/.test(words[k].word) ? 1 : 0);
        k++;
        if (/[.,;:]$/.test(words[k - 1].word)) break;
      }
      return { k, end };
    };
    for (const r of regions) {
      const words: { start: number; end: number; word: string }[] = [];
      const tokens = wordScan(doc, TOKEN, tokenScanner);
      // (a full stop, hyphen or apostrophe after an Arabic word is punctuation, not part of it: حزب العمال.)
      for (let ti = scanFrom(tokens, r.start); ti < tokens.length && tokens.start[ti] < r.end; ti++) {
        const raw = wordAt(tokens, ti);
        const word = hasArabicLetter(raw) ? trimEndOf(raw, ".’'-") : raw;
        words.push({ start: tokens.start[ti], end: tokens.start[ti] + word.length, word });
      }
      // (the next word, one to four spaces on: no punctuation between)
      const adjacent = (k: number) => k < words.length && spacedApart(text, words[k - 1].end, words[k].start);
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        // a quoted name after a word for a magazine, a channel, a hotel (مجلة "فوربز"): the name alone, and a quoted
        // name joined to it by و (شركتي "نيوز كورب" و"ميديا سيت")
        if (quotedHeadForms.has(w.word)) {
          const names = quotedAfter(words, i + 1, text);
          if (names.length) {
            for (const [a, b] of names) out.push(mention(words[a].start, words[b].end, text.slice(words[a].start, words[b].end), 'org-head'));
            i = names[names.length - 1][1] + 1;
            continue;
          }
        }
        // a quoted name no list knows right after ل glued to its mark, an office before them (الرئيس التنفيذي لـ"كييفستار"):
        // the body the office serves, of one to four words, the first no common or function word and no article's
        if (w.word === 'ل' && i + 2 < words.length && words[i + 1].start === w.end && officeBefore(words, i)) {
          const j = quotedNameEnd(words, i + 1, 4, false);
          if (j > 0) {
            out.push(mention(words[i + 2].start, words[j - 1].end, text.slice(words[i + 2].start, words[j - 1].end), 'org-head'));
            i = j;
            continue;
          }
        }
        // a quoted name no list knows right after a verb of saying, إن or أن, في and a document, or a medium right after
        // it (وقالت "كو أوب" إن …، في بيان، على تلغرام إن): the subject, a body (quoted words after the verb, its words,
        // have none of them after them); one to four words, the first no common or function word and no article's
        // (a number and its brackets too, as a group names itself: "نو نيم 057(16)")
        if (speechVerbForms.has(w.word) && i + 3 < words.length && adjacent(i + 1)) {
          const j = quotedNameEnd(words, i + 1, 7, true);
          if (j > 0 && saidAfterName(words, j + 1)) {
            out.push(mention(words[i + 2].start, words[j - 1].end, text.slice(words[i + 2].start, words[j - 1].end), 'org-head'));
            i = j;
            continue;
          }
        }
        // a head made definite, a nisba after it and a complement in لل: a body's full name (البنك الآسيوي للتنمية، الاتحاد
        // الدولي للشرطة; البنك المركزي alone is no name)
        const definiteCut = definiteHeadForms.get(w.word);
        if (definiteCut !== undefined) {
          // (and no stop or comma ending the word before: حزب العمال. | ...)
          const adjacentAt = (k: number) => adjacent(k) && !/[.,;:،]$/.test(words[k - 1].word);
          let k = i + 1;
          // (or a qualifier of a body's name, العليا، المستقلة: المفوضية العليا المستقلة للانتخابات)
          while (k < words.length && k - i <= 3 && adjacentAt(k) && (DEFINITE_NISBA_AR.test(words[k].word) || bodyQualifiers.has(lookupKey(words[k].word))) && !dateWordsAr.has(lookupKey(words[k].word)) && !titleWordsAr.has(lookupKey(words[k].word))) k++;
          // (a preposition right after the complement makes it a purpose, البنك المركزي للعمل على; إن after it opens a clause,
          // and a relative pronoun describes the body: المعهد الوطني للأرصاد الذي)
          // (in and a known place is where the body is: المفوضية العليا المستقلة للانتخابات في العراق)
          const purpose = (k: number) => {
            const key = adjacentAt(k) ? lookupKey(words[k].word) : '';
            if (bodyPlacePreps.has(key) && k + 1 < words.length && adjacent(k + 1) && placesAr.has(lookupKey(words[k + 1].word))) return false;
            return connectors.has(key) && !complementizers.has(key) && !key.startsWith('ال');
          };
          // (or ل on an indefinite verbal noun in construct with a definite word, or one more noun and then it: الهيئة
          // الوطنية لمكافحة الفساد، اللجنة الوطنية لمراقبة حماية المعطيات)
          const constructAt = (k: number): number => {
            if (!(adjacentAt(k) && L_CONSTRUCT_AR.test(words[k].word))) return -1;
            for (let j = k + 1; j <= k + 2 && j < words.length && adjacentAt(j); j++) {
              if (/^ال[\u0621-\u064A]{2,}$/.test(words[j].word)) return connectors.has(lookupKey(words[j].word)) || dateWordsAr.has(lookupKey(words[j].word)) ? -1 : j;
              // (a noun between, in construct too, with no pronoun on it: هدم الجيش لمنزل أسرته is an act's object)
              if (!/^[\u0621-\u064A]{3,}$/.test(words[j].word) || connectors.has(lookupKey(words[j].word)) || PRONOUN_SUFFIXED_AR.test(words[j].word)) return -1;
            }
            return -1;
          };
          // (not after a name the knowledge base knows, whose ل is a purpose: الاتحاد الروسي لاختراق …)
          // (nor a complement in لل: الحرس الثوري الإيراني للعبث بأنظمة …)
          const known = kbArabic.has(lookupKey(text.slice(w.start + definiteCut, words[k - 1].end)));
          const construct = k > i + 1 && !(adjacentAt(k) && LL_COMPLEMENT_AR.test(words[k].word)) && !known ? constructAt(k) : -1;
          const complement = k > i + 1 && adjacentAt(k) && ((LL_COMPLEMENT_AR.test(words[k].word) && !known) || construct > k) && !purpose(k + 1);
          if (complement) {
            k = construct > k ? construct : k + 1;
            // (and its definite words, one of them with و: للتعاون الإنمائي، للعلوم والتكنولوجيا)
            // (not a relative pronoun, a date or a title: للحزب الديمقراطي | الذي، للشرطة | والعقيد)
            const nameWordAt = (k: number) => {
              const key = lookupKey(words[k].word.replace(/^و(?=ال)/, ''));
              return /^و?ال[\u0621-\u064A]{2,}$/.test(words[k].word) && !connectors.has(key) && !dateWordsAr.has(key) && !titleWordsAr.has(key);
            };
            for (let n = 0; n < 2 && adjacentAt(k) && nameWordAt(k); n++) k++;
            // (a second complement in لل, with its definite words: للجان السياحية للمقاطعات الفرنسية)
            if (adjacentAt(k) && LL_COMPLEMENT_AR.test(words[k].word) && !purpose(k + 1)) {
              k++;
              for (let n = 0; n < 2 && adjacentAt(k) && nameWordAt(k); n++) k++;
            }
            const start = w.start + definiteCut;
            const written = text.slice(start, words[k - 1].end);
            // (one entity with the article's other mentions: للبنك الآسيوي للتنمية is البنك الآسيوي للتنمية)
            out.push(mention(start, words[k - 1].end, byArticle(written), 'org-head'));
            i = k - 1;
            continue;
          }
          // (a party's head made definite and two nisbas or more that are no nationality alone and no descriptor, with no
          // complement: a party's name, الحزب الاشتراكي الديمقراطي، الحزب الوطني الديمقراطي; not الحزب الحاكم, nor a name
          // the knowledge base knows, الحزب الديمقراطي, whose nationality after it is where it is)
          const headWord = byArticle(w.word.slice(definiteCut));
          if (nisbaNamedHeads.has(lookupKey(headWord)) && k - i >= 3) {
            const nisbas = words.slice(i + 1, k).map((x) => lookupKey(x.word));
            const named = nisbas.every((x) => DEFINITE_NISBA_AR.test(x) && !descriptors.has(x)) && nisbas.some((x) => !demonymsAr.has(x));
            const known = kbArabic.has(lookupKey(`${headWord} ${words[i + 1].word}`));
            if (named && !known) {
              const start = w.start + definiteCut;
              const written = text.slice(start, words[k - 1].end);
              out.push(mention(start, words[k - 1].end, byArticle(written), 'org-head'));
              i = k - 1;
              continue;
            }
          }
        }
        // a company's, a paper's or a channel's word with a possessive on it (شركته، صحيفتها) and a Latin name right after
        // it: the name (شركته Broidy Capital Management)
        if (!arabicHeadForms.has(w.word)) {
          const owned = possessiveAr(w.word) ? stripProclitic(w.word.replace(POSSESSIVE_AR, 'ة'), (x) => nameHeads.has(x)).bare : '';
          if (!nameHeads.has(owned) || i + 1 >= words.length || !/^[A-Z]/.test(words[i + 1].word) || !spacedApart(text, w.end, words[i + 1].start)) continue;
          const { k, end } = latinRun(words, i);
          out.push(mention(words[i + 1].start, end, text.slice(words[i + 1].start, end), 'org-head'));
          i = k - 1;
          continue;
        }
        const { bare, cut } = stripProclitic(w.word, (x) => heads.has(x));
        // (a head after a quantifier is any such body, no name: لن يطلب منك أي بنك رمزك، كل شركة)
        if (heads.has(bare) && !cut && i > 0 && adjacent(i) && headQuantifiers.has(lookupKey(words[i - 1].word))) continue;
        if (heads.has(bare)) {
          // definite words after the head, or a quoted / Latin name
          let k = i + 1;
          let end = -1;
          if (k < words.length && /^["“«]$/.test(words[k].word) && adjacent(k)) {
            let j = k + 1;
            while (j < words.length && j - k <= 5 && !/^["”»]$/.test(words[j].word)) j++;
            if (j < words.length && j > k + 1 && /^["”»]$/.test(words[j].word)) {
              out.push(mention(words[k + 1].start, words[j - 1].end, text.slice(words[k + 1].start, words[j - 1].end), 'org-head'));
              i = j;
              continue;
            }
          }
          let joined = 0;
          // a foreign name written with the article after a newspaper, channel or company word (صحيفة التايمز،
          // قناة الجزيرة is Arabic and stays whole): the name alone, as the undefined foreign name above
          if (nameHeads.has(bare) && k < words.length && adjacent(k) && definiteForeign(words[k].word) && !(k + 1 < words.length && adjacent(k + 1) && words[k + 1].word.startsWith('ال'))) {
            out.push(mention(words[k].start, words[k].end, words[k].word, 'org-head'));
            i = k;
            continue;
          }
          // a known place right after the head is part of the name, the body named by its place, a nisba or a complement
          // after it or not (جامعة زيورخ، بنك فرنسا المركزي، شركة قطر للغاز المسال); the place is its own mention inside
          // (place-in-name)
          let afterPlace = -1;
          for (let n = PLACE_WORDS_AR; n >= 1; n--) {
            let run = k < words.length && adjacent(k);
            for (let q = 1; q < n && run; q++) run = k + q < words.length && adjacent(k + q);
            if (!run || !placesAr.has(lookupKey(joinedWords(words, k, k + n)))) continue;
            end = words[k + n - 1].end;
            k += n;
            afterPlace = k;
            break;
          }
          // an indefinite noun or two in construct with the head, before its definite word (وكالة أبحاث الإنترنت،
          // منظمة حظر الأسلحة الكيميائية): joined when that definite word follows
          // (not after a head in a verbal noun's shape with ل, a purpose: لتنظيم صفوف القبائل)
          if (end < 0 && !(/^[وف]?ل/.test(w.word.slice(0, cut)) && TAFIL_AR.test(bare))) {
            let j = k;
            while (j < k + 2 && j < words.length && adjacent(j) && constructNoun(words[j].word)) j++;
            // (a noun, not an adjective describing the head, وكالة بلومبيرغ الإخبارية, nor another body's head, مجلس إدارة الوكالة)
            const dw = j < words.length && adjacent(j) ? words[j].word : '';
            if (j > k && dw.startsWith('ال') && !/(?:[^ا]ية|ي)$/.test(dw) && !heads.has(lookupKey(dw.slice(2))) && !dateWordsAr.has(lookupKey(dw)) && !titleWordsAr.has(lookupKey(dw)) && !connectors.has(lookupKey(dw))) k = j;
          }
          while (k < words.length && k - i <= 5 && adjacent(k) && !connectors.has(lookupKey(words[k].word))) {
            // definite words, then (after one) a complement with لل, and a second part with وال only inside
            // it (الجماعة السلفية للتبشير والجهاد): a وال elsewhere joins another name (الاتحاد الأوروبي والولايات المتحدة)
            const wk = words[k].word;
            const prevWord = words[k - 1].word;
            // a date word ends the name (مجلس النواب | الخميس), and so does a participle that governs what follows
            // (معهد الموسيقى العربية | التابع لدار الأوبرا، اتحاد الرمثا | المصنف بالدرجة، الواقع في; a nisba is no participle,
            // masculine or feminine: البنك المركزي في، وكالة الخدمات المالية في)
            if (dateWordsAr.has(lookupKey(wk))) break;
            if (k + 1 < words.length && adjacent(k + 1) && datePairsAr.has(`${lookupKey(wk)} ${lookupKey(words[k + 1].word)}`)) break;
            // (and so does a title: منظمة التعاون الإسلامي | السيد فؤاد)
            if (titleWordsAr.has(lookupKey(wk))) break;
            // a word that describes the body ends its name (حزب الاتحاد الديمقراطي | اليميني المتطرف)
            if (end > 0 && descriptors.has(lookupKey(wk))) break;
            // and so does a nationality right after the place that names the body: it says where the place is (نادي
            // بوردو | الفرنسي، جامعة ليون | الفرنسية; بنك فرنسا المركزي keeps its adjective)
            if (k === afterPlace && demonymsAr.has(lookupKey(wk))) break;
            // (an indefinite nationality is no definite word, whatever folding made of its alef: شركة ألمانية is a company)
            if (alefDemonymsAr.has(lookupKey(wk))) break;
            // (after a state's nationality, a definite plural is the next phrase's: نفت وزارة الخارجية الصينية | الاتهامات،
            // رفضت وزارة الدفاع الروسية | التقارير, the verb's object; an adjective may still follow, العملاقة)
            if (end > 0 && demonymsAr.has(lookupKey(prevWord)) && DEFINITE_PLURAL_NOUN_AR.test(wk)) break;
            // (and a definite word with no adjective's ending, a verbal noun: أعلنت وزارة الداخلية الكويتية | القبض على)
            if (end > 0 && demonymsAr.has(lookupKey(prevWord)) && /^ال[\u0621-\u064A]{3,}$/.test(wk) && !/(?:ي|ية|ة|ى|ان|ون|ين)$/.test(wk)) break;
            const next = k + 1 < words.length && adjacent(k + 1) ? words[k + 1].word : '';
            // a complement in لل with a preposition right after it is a purpose, not part of the name (الاتحاد | للعمل على)
            if (/^لل/.test(wk) && next && connectors.has(lookupKey(next))) break;
            // (not the genitive or the adjective of a ministry's second domain: وزارة الاتصالات وتكنولوجيا المعلومات إن،
            // والطاقات المتجددة إن)
            const constructOpen = /^و[\u0621-\u064A]{3,}$/.test(prevWord) && ministryHeadsAr.has(bare);
            // (a participle that names the body's kind is its name's, المستقلة، المشتركة: organizations.body_qualifiers)
            if (!constructOpen && /^ال(?:م[\u0621-\u064A]{3,}|[\u0621-\u064A]ا[\u0621-\u064A]{2})$/.test(wk) && !/(?:ي|ية)$/.test(wk) && !bodyQualifiers.has(lookupKey(wk)) && next && (connectors.has(lookupKey(next)) || (/^[لب]/.test(next) && !next.startsWith('لل') && !next.startsWith('ال')))) break;
            // (or, after a definite word, a second one with و that a nisba follows, which makes the pair one name's:
            // جهاز الاستخبارات والأمن العسكري; not a state's nationality, وزارة الدفاع والجيش الإسرائيلي)
            const pairedWaw = end > 0 && joined < 2 && /^وال[\u0621-\u064A]{3,}/.test(wk) && prevWord.startsWith('ال') && DEFINITE_NISBA_AR.test(next) && !demonymsAr.has(lookupKey(next));
            // (a ministry's second domain with و, وزارة الداخلية والبلديات، وزارة الاتصالات وتكنولوجيا المعلومات: its name's;
            // not another body's head or a place, وزارة الدفاع والجيش، وحزب الاستقلال، والولايات المتحدة, nor one a state's
            // nationality follows or ends: وزارة المالية الكويتية ووزارة المالية القطرية)
            const afterWaw = lookupKey(wk.slice(1));
            const ministryWaw =
              end > 0 && joined < 2 && ministryHeadsAr.has(bare) && /^و?ال/.test(prevWord) && !demonymsAr.has(lookupKey(prevWord)) && !demonymsAr.has(lookupKey(next)) &&
              !heads.has(afterWaw) && !definiteHeadsAr.has(afterWaw) && !placesAr.has(afterWaw) && !(next && placesAr.has(lookupKey(`${wk.slice(1)} ${next}`))) &&
              /^و[\u0621-\u064A]{3,}$/.test(wk) && (wk.startsWith('وال') || next.startsWith('ال'));
            const continues =
              wk.startsWith('ال') ||
              pairedWaw ||
              ministryWaw ||
              (end > 0 && joined < 2 && !/[.,;:،]$/.test(prevWord) && (/^لل[\u0621-\u064A]{3,}/.test(wk) || (/^وال[\u0621-\u064A]{3,}/.test(wk) && prevWord.startsWith('لل'))));
            if (!continues) break;
            if (!wk.startsWith('ال')) joined++;
            end = words[k].end;
            k++;
            // a name the knowledge base knows ends here (تنظيم القاعدة | الهجوم: the object of the verb), unless an adjective
            // that makes it another body's name follows (مجلس الأمن القومي: a state's council, not the United Nations')
            // (or another state's nationality: مجلس الأمن الروسي is Russia's council, حزب الله اللبناني still Hezbollah)
            const known = lookupKey(text.slice(w.start + cut, end));
            const nextKey = k < words.length && adjacent(k) ? lookupKey(words[k].word) : '';
            const otherState = nextKey && known.includes(' ') && anotherStatesNisba(kb, nextKey, kbArabic.get(known));
            if (kbArabic.has(known) && !(nextKey && (bodyQualifiers.has(nextKey) || otherState))) break;
          }
          // a company's word and the words of its trade, then its name in quotation marks (شركة الأمن الإلكتروني "أهنلاب"):
          // the quoted name alone, of one to three words none of them common (not words said after a channel's name)
          if (end > 0 && nameHeads.has(bare) && k < words.length && /^["“«]$/.test(words[k].word) && adjacent(k)) {
            let j = k + 1;
            // (a common word after the first, a name's "technology" or "group": إنتغريتي تكنولوجي غروب)
            while (j < words.length && j - k <= 4 && !/^["”»]$/.test(words[j].word) && (j > k + 1 || !common(words[j].word)) && !functionWords.has(lookupKey(words[j].word))) j++;
            if (j < words.length && j > k + 1 && /^["”»]$/.test(words[j].word)) {
              out.push(mention(words[k + 1].start, words[j - 1].end, text.slice(words[k + 1].start, words[j - 1].end), 'org-head'));
              i = j;
              continue;
            }
          }
          // (or unquoted, one or two foreign-shaped words: شركة الشحن العملاقة ميرسك، لشركة الأمن الإلكتروني إمسيسوفت)
          if (end > 0 && nameHeads.has(bare) && k < words.length && adjacent(k) && companyWord(words, k)) {
            let j = k + 1;
            if (j < words.length && adjacent(j) && !kbArabic.has(lookupKey(words[k].word)) && secondNameWord(words, j)) j++;
            out.push(mention(words[k].start, words[j - 1].end, text.slice(words[k].start, words[j - 1].end), 'org-head'));
            i = j - 1;
            continue;
          }
          let nameAt = -1;
          let latinAt = -1;
          // (a name's Latin capitals spelled out, two or more, and its foreign words after them: شركة إم جي إم ريزورتس;
          // letters that are also function words, إن، أو، في, alone make none)
          if (end < 0 && nameHeads.has(bare)) {
            let j = k;
            let own = false;
            while (j < words.length && j < k + 6 && adjacent(j) && letterNamesAr.has(lookupKey(words[j].word))) {
              if (!functionWords.has(lookupKey(words[j].word))) own = true;
              j++;
            }
            // (a last إن or أن opens the clause the company says: شركة كيو في تي إن أنظمتها …)
            if (j - k >= 3 && complementizers.has(lookupKey(words[j - 1].word))) j--;
            if (j - k >= 2 && own) {
              for (let n = 0; n < 2 && j < words.length && adjacent(j) && secondNameWord(words, j); n++) j++;
              out.push(mention(words[k].start, words[j - 1].end, text.slice(words[k].start, words[j - 1].end), 'org-head'));
              i = j - 1;
              continue;
            }
          }
          if (end < 0 && nameHeads.has(bare) && k < words.length && adjacent(k) && foreignName(words, k)) {
            // a foreign name after a company, club or team word: شركة أنفرايرو، فريق وليامز (the name alone)
            nameAt = words[k].start;
            end = words[k].end;
            k++;
            // (and a second foreign-shaped word: شركة أدفانسد إنتليجنس، شركة بروغرس سوفتوير)
            // (not after a name the knowledge base knows, nor a given name or a verb's shape: بشركة مايكروسوفت زولتان
            // بيلاسكو، فريق وليامز انسحب)
            if (k < words.length && adjacent(k) && !kbArabic.has(lookupKey(words[k - 1].word)) && secondNameWord(words, k)) {
              end = words[k].end;
              k++;
            }
            // (with a complement in لل after it, the head is part of the name: معهد ماساتشوستس للتكنولوجيا)
            // (unless a preposition after it makes it a purpose; إن after it opens the clause the body says: معهد زيلتران
            // للتكنولوجيا إن ...)
            const after = k + 1 < words.length && adjacent(k + 1) ? lookupKey(words[k + 1].word) : '';
            if (k < words.length && adjacent(k) && LL_COMPLEMENT_AR.test(words[k].word) && !(connectors.has(after) && !complementizers.has(after))) {
              nameAt = -1;
              end = words[k].end;
              k++;
            }
          }
          if (end < 0) {
            // a Latin name right after the head: شركة Blue Star (the name alone, as with a quoted one)
            if (k === i + 1 && k < words.length && adjacent(k) && /^[A-Z]/.test(words[k].word)) {
              latinAt = words[k].start;
              ({ k, end } = latinRun(words, i));
            }
          }
          if (end > 0) {
            const start = latinAt >= 0 ? latinAt : nameAt >= 0 ? nameAt : w.start + cut;
            const name = text.slice(start, end);
            if (latinAt >= 0 || nameAt >= 0 || !describesBody(bare, name)) out.push(mention(start, end, name, 'org-head'));
            i = k - 1;
          }
        }
      }
    }
    // a body's Latin name right after its Arabic name, a name and no acronym (the acronym in brackets is org-acronym's):
    // the same body, and its Latin form its name (link/entities.ts)
    for (const c of [...out]) {
      if (c.rule !== rule('org-head') || !hasArabicLetter(text.slice(c.start, c.end))) continue;
      const l = LATIN_NAME_AFTER.exec(text.slice(c.end, c.end + 60));
      if (!l || !/[a-z]/.test(l[1])) continue;
      const at = c.end + l[0].length - l[1].length;
      out.push({ ...c, start: at, end: at + trimEndOf(l[1], '.').length, rule: rule('org-latin-form') });
    }
    append(out, arabicTeams(doc, regions));
    // Latin script in an Arabic sentence: an acronym (IBM, GOL) is an organization, and so is a capitalized
    // name joined by و to a Latin organization already found (Apple وDell); the runs are read once
    const runs: { start: number; name: string }[] = [];
    for (const r of regions) {
      // (searched in the region alone: a search from each region into the rest of the text made a text of many short
      // Arabic regions between English ones quadratic)
      // (a run has a Latin capital, with at most two proclitics before it: the search starts there, and a region with
      // no capital is not searched)
      let cap = r.start;
      while (cap < r.end && !(text.charCodeAt(cap) >= 65 && text.charCodeAt(cap) <= 90)) cap++;
      if (cap === r.end) continue;
      const chunk = text.slice(r.start, r.end);
      LATIN_RUN.lastIndex = Math.max(0, cap - r.start - 2);
      let m: RegExpExecArray | null;
      while ((m = LATIN_RUN.exec(chunk)) !== null) runs.push({ start: r.start + m.index + (m[1]?.length ?? 0), name: m[2] });
    }
    for (const { start, name } of runs) if (ACRONYM.test(name) && !notAcronyms.has(name)) out.push(mention(start, start + name.length, name, 'org-latin'));
    // a Latin name found once names the same organization wherever else the article writes it (وDell)
    const latinNames = new Map<string, MentionCandidate>();
    for (const c of out) {
      const t = text.slice(c.start, c.end);
      if (/^[A-Z][A-Za-z0-9&.-]*$/.test(t) && !latinNames.has(t)) latinNames.set(t, c);
    }
    // (the candidates' starts, kept as a set: a lookup per run, not a scan of all candidates)
    const starts = new Set(out.map((o) => o.start));
    const pushNew = (c: MentionCandidate) => {
      if (starts.has(c.start)) return;
      starts.add(c.start);
      out.push(c);
    };
    for (const run of latinNames.size ? runs : []) {
      const name = run.name.replace(/[.,;:]$/, '');
      const c = latinNames.get(name);
      if (c) pushNew({ ...c, start: run.start, end: run.start + name.length, rule: rule('org-latin') });
    }
    for (let pass = 0; pass < 2; pass++) {
      for (const c of [...out]) {
        if (!/^[A-Za-z]/.test(text.slice(c.start, c.end))) continue;
        const after = LATIN_AFTER_AND.exec(text.slice(c.end, c.end + 40));
        if (after) {
          const start = c.end + after[0].length - after[1].length;
          pushNew(mention(start, start + after[1].length, after[1], 'org-latin'));
        }
        const before = LATIN_BEFORE_AND.exec(text.slice(Math.max(0, c.start - 40), c.start));
        if (before) {
          const start = c.start - before[0].length;
          pushNew(mention(start, start + before[1].length, before[1], 'org-latin'));
        }
      }
    }
    // an Arabic name with its Latin acronym in brackets (وكالة أبحاث الإنترنت (IRA)): the acronym, there and wherever
    // else the article writes it, names the same organization
    // (the Latin candidates by their text, made once: a walk over all of them per definition would be quadratic)
    let latinByText: Map<string, MentionCandidate[]> | null = null;
    for (const m of out) {
      if (m.rule !== rule('org-head') || !/[\u0621-\u064A]/.test(text.slice(m.start, m.end))) continue;
      const acr = /^[ \t]{0,2}\([ \t]?(?<acr>[A-Z][A-Z0-9]{1,5})[ \t]?\)/.exec(text.slice(m.end, m.end + 14))?.groups?.acr;
      if (!acr || notAcronyms.has(acr)) continue;
      if (!latinByText) {
        latinByText = new Map();
        for (const c of out) {
          if (c.rule !== rule('org-latin')) continue;
          const t = text.slice(c.start, c.end);
          const list = latinByText.get(t);
          if (list) list.push(c);
          else latinByText.set(t, [c]);
        }
      }
      // (the first definition names them: one already taken keeps its body)
      for (const c of latinByText.get(acr) ?? []) if (c.rule === rule('org-latin')) Object.assign(c, { key: m.key, rule: rule('org-acronym') });
    }
    return withQuotedAgain(text, out, regions);
  };
  /**
   * A name a head word introduced in quotation marks (شركة "سينوفيس"), written again in them alone (وقالت "سينوفيس"
   * إن): the same body there; unquoted too when it is one word no list knows and of no Arabic noun's or verb's shape
   * (المتحدث باسم ميكوروت): the writer's marks made a word a name, which unquoted it may not be.
   */
  const bareName = (x: string): boolean =>
    /^[\u0621-\u064A]{4,14}$/.test(x) && !/^(?:ال|[وفبلك]ال|لل)/.test(x) && !common(x) && !functionWords.has(lookupKey(x)) && !givenNamesAr.has(x) && nameShapedAr(x) && !TAFAIL_AR.test(x);
  const withQuotedAgain = (text: string, out: MentionCandidate[], regions: readonly Region[]): MentionCandidate[] => {
    const quoted = new Map<string, MentionCandidate>();
    for (const m of out) {
      if (m.rule !== rule('org-head') || !OPENING_QUOTES.has(text[m.start - 1] ?? '') || !CLOSING_QUOTES.has(text[m.end] ?? '')) continue;
      const name = text.slice(m.start, m.end);
      if (!quoted.has(name)) quoted.set(name, m);
    }
    if (!quoted.size) return out;
    const taken = spanIndex(out);
    const found: MentionCandidate[] = [];
    for (const [name, m] of quoted) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        const quotedHere = OPENING_QUOTES.has(text[at - 1] ?? '') && CLOSING_QUOTES.has(text[end] ?? '');
        if ((!quotedHere && !(bareName(name) && !ARABIC_LETTER.test(text[at - 1] ?? '') && !ARABIC_LETTER.test(text[end] ?? ''))) || taken.meets(at, end)) continue;
        if (!regions.some((r) => r.start <= at && end <= r.end)) continue;
        found.push({ ...m, start: at, end, rule: rule('org-short-form') });
      }
    }
    return found.length ? [...out, ...found] : out;
  };

  return [
    {
      name: rule('org'),
      lang,
      dimension: 'mentions',
      rules: lang === 'ar' ? [rule('state-ministry'), rule('org-head'), rule('org-latin'), rule('org-acronym'), rule('org-team'), rule('org-latin-form'), rule('org-short-form')] : [rule('org-head'), rule('org-acronym'), rule('org-short-form'), rule('org-team'), rule('org-name-head'), rule('org-name-tail'), rule('org-role'), rule('org-apposed'), rule('state-ministry')],
      extract: lang === 'ar' ? (doc: Doc, regions: Region[]) => [...stateMinistriesAr(doc, regions), ...arabic(doc, regions)] : (doc: Doc, regions: Region[]) => withOwners(doc.text, [...english(doc, regions), ...stateMinistries(doc, regions)], bodyByName),
    },
  ];
}

/** An organization's name and a possessive right before a position: Microsoft's, Check Point's. */
const OWNER_BEFORE = /(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9&.-]*[ \t]){0,2}[A-Z][A-Za-z0-9&.-]*)['’]s[ \t]$/;
/**
 * English: a body found by its head (a company's unit: Threat Research Team, Threat Intelligence Center) right after the
 * possessive of an organization the knowledge base knows (Microsoft's Threat Research Team) is named with its owner, as
 * the unit is known (Microsoft Threat Research Team); the mention stays as written.
 */
function withOwners(text: string, found: MentionCandidate[], owners: ReadonlyMap<string, unknown>): MentionCandidate[] {
  for (const c of found) {
    if (!c.rule.endsWith('/org-head') || c.name) continue;
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start))?.[1];
    if (owner && owners.has(owner)) c.name = `${owner} ${text.slice(c.start, c.end)}`;
  }
  return found;
}

/**
 * An English name followed by its acronym in parentheses (National Association of Secretaries of
 * State (NASS)): the acronym, there and wherever else the article uses it, is the same organization.
 * The acronym's letters must be the initials of the name's capitalized words, in order; or, of three capitals or
 * more (a lower-case letter between them or not), the name's own language's acronym that the English name does not
 * spell (Police Security Service (PST), Federal Office for the Protection of the Constitution (BfV)), unless the
 * knowledge base knows it as a name (`known`: US, UK, EU after a body are its state or union).
 */
/** An acronym of three capitals or more, a lower-case letter between them or not (PST, AIVD, BfV). */
const FOREIGN_ACRONYM = /^[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,4}[A-Z]$/;
/** Or a short form of the name in its own language: an acronym with a hyphened part (CERT-In, CERT-UA), or one word
 *  written as a name (Supo, Europol). */
const SHORT_FORM = /^(?:[A-Z][A-Za-z]{0,4}[A-Z]-[A-Z][A-Za-z]{0,3}|[A-Z][a-z]{2,7})$/;
/** An acronym or a short form in brackets right after a name: [acr] the bracketed words. */
const BRACKETED_SHORT = /^[ \t]?\((?<acr>[A-Z][A-Za-z]{0,4}[A-Z](?:-[A-Z][A-Za-z]{0,3})?|[A-Z][a-z]{2,7})\)/;

function withAcronyms(text: string, found: MentionCandidate[], ruleName: string, known: ReadonlySet<string>): MentionCandidate[] {
  const out = [...found];
  // (the names that define each acronym, by the acronym and the name's key: one search of the text per pair, so that a
  // name defined again and again, as a list may, gives each use one mention, not one per definition)
  const definers = new Map<string, MentionCandidate[]>();
  for (const m of found) {
    const p = BRACKETED_SHORT.exec(text.slice(m.end, m.end + 16));
    if (!p) continue;
    const acr = p.groups!.acr;
    // (a hyphened word's capitalized parts give their initials too: World Anti-Doping Agency (WADA))
    const words = text.slice(m.start, m.end).split(/[ \t]+|-(?=[A-Z])/);
    const initials = words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    // (or with the small words' initials too: Department of Energy (DOE), Department of Defense (DoD))
    const spelled = isSubsequence(acr, initials) || isSubsequence(acr.toUpperCase(), words.map((w) => w[0].toUpperCase()).join(''));
    if (!spelled && !((FOREIGN_ACRONYM.test(acr) || SHORT_FORM.test(acr)) && !known.has(acr))) continue;
    const k = `${acr}\n${m.key}`;
    const list = definers.get(k);
    if (list) list.push(m);
    else definers.set(k, [m]);
  }
  for (const [k, ms] of definers) {
    const acr = k.slice(0, k.indexOf('\n'));
    // (each use standing alone, no letter or digit either side: found by indexOf, no regex made per acronym and article)
    for (let at = text.indexOf(acr); at >= 0; at = text.indexOf(acr, at + 1)) {
      if (LATIN_OR_DIGIT(text.charCodeAt(at - 1)) || LATIN_OR_DIGIT(text.charCodeAt(at + acr.length))) continue;
      // (not inside the defining name; with several definitions, outside one of them)
      const m = ms.find((d) => at < d.start || at >= d.end);
      if (m) out.push({ ...m, start: at, end: at + acr.length, rule: ruleName });
    }
  }
  return out;
}

/**
 * Whether `short` can be read off `long` in order (NASS from NASoS); from the first letter, or for three
 * letters or more from a later one (CIP for the State Service for Communications and Information Protection).
 */
function isSubsequence(short: string, long: string): boolean {
  return inOrder(short, long) && (short[0] === long[0] || short.length >= 3);
}

/** A word of a run without the punctuation that may trail it. */
function bare(w: { word: string } | undefined): string | undefined {
  return w === undefined ? undefined : dropLastOf(w.word, '.,;:');
}

/** An Arabic word without the proclitic that makes it a known head (وبوزارة → وزارة), and its length. */
function stripProclitic(word: string, known: (w: string) => boolean): { bare: string; cut: number } {
  const w = lookupKey(word);
  if (known(w)) return { bare: w, cut: 0 };
  for (const p of AR_PROCLITIC_PREFIXES) {
    if (!w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    if (known(rest)) return { bare: rest, cut: p.length };
    // ل + ال contracted: للحزب is ل + الحزب
    if (p.endsWith('ل') && known(`ا${rest}`)) return { bare: `ا${rest}`, cut: p.length };
  }
  return { bare: w, cut: 0 };
}

/** A quoted name's word: Arabic or Latin letters first (quotedNameEnd); with digits and brackets, a group's numbered name. */
const NAME_WORD = /^[\u0621-\u064AA-Za-z]/;
const NUMBERED_NAME_WORD = /^[\u0621-\u064AA-Za-z0-9()]/;
