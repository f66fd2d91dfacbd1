/**
 * Figures: quantities that are not dates. A numeral (digits with an optional scale word, or number
 * words: "twenty-five", "three hundred", خمسة وعشرون، ثلاثمئة) followed by a unit from the language's
 * lexicon (percent, data size, currency, duration, or a counted noun mapped to an English lemma), or by
 * an unknown noun, kept with its source-language lemma. Also currency signs before a number ($2.5
 * million), Arabic duals (ساعتين: two hours) and vague amounts with their noun (عشرات الآلاف من الوثائق).
 *
 * Rules (one concept each): percent, data-size, money, duration, measure, qualified-count (a lexicon
 * noun, or a bare number with a scale or qualifier), unknown-count (a noun not in the lexicon),
 * dual-count, vague-amount, fraction (half the voters, نصف الناخبين, one and a half million), scientific
 * (2.998×10^8), age (Maddon, 66,), number (a bare number).
 *
 * Then, on the candidates: a sign or minus word makes a number negative (-1.3%, سالب 5); a rate phrase
 * after a unit makes it "unit per thing" (barrels a day, دولارا للبرميل); the ends of a range share the
 * second end's scale and unit (15-22 mph, $10 to $15 billion, بين 3 و5 ملايين); and a bare number after
 * a counted figure of its sentence, joined by a carrier word (including, منهم), counts the same noun.
 *
 * Speed: the numeral regex starts with a digit or a number word, which the regex engine scans for
 * quickly; the qualifier before it ("more than", أكثر من) is found by a short look-back.
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import { arabicNisbaForms, dottedInitials } from '../lexicon/compile.js';
import type { Lang } from '../resources/index.js';
import type { Doc, FigureCandidate, Qualifier, Region } from '../core/types.js';
import type { Extractor } from '../core/types.js';
import { firstAbove, firstAtOrAbove } from '../core/arrays.js';
import { AR_PROCLITIC_PREFIXES, CLOSING_QUOTES, OPENING_QUOTES, END, NUMBER, SPACES_1_4, NUMBER_AFTER_SIGN, NUMBER_CORE, START, WORD_CHARS, WORD_TABLE, alt, codedMatcher, compile, continued, endingTest, isLatinLetter, lookupKey, phraseTrie, matchAll, matchAtAnchors, matchNear, parseNumber, wordAnchors, wordStart, phrasesThenSpaces, spacesAt, type PhraseTrie } from './patterns.js';
import { continuingWords, decimalValue, numberWordRuns, numberWordTable, parseNumberWords, numeralPattern } from './numerals.js';
import { countedRangeTail } from './lexicon.js';
import { ADJECTIVE_BEFORE_RATE_AR, DERIVED_PAST_FEMININE_AR, IMPERFECT_AR, IMPERFECT_PLURAL_AR } from './arabic-shapes.js';

/** Where a currency sign or code may start: no word before it, nor an apostrophe (Merck’s $1.75 billion is dollars, not S $). */
const PREFIX_START = `(?<![${WORD_CHARS}'’])`;

type UnitKind = 'percent' | 'data' | 'currency' | 'time' | 'count' | 'measure';
const RULE_BY_KIND: Record<UnitKind, string> = {
  percent: 'percent',
  data: 'data-size',
  currency: 'money',
  time: 'duration',
  count: 'qualified-count',
  measure: 'measure',
};
/** How far back a qualifier or a name may start before its number. */
const LOOKBACK = 48;
const SP = SPACES_1_4;
/** A lower-case word and spaces right before a string's end (its |Five Eyes): inside a sentence, no Title Case line. */
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}])\p{Ll}[\p{L}'’-]*[ \t]+$/u;
/** A present participle at a string's start (using, carrying): the opening of a phrase on the noun before it. */
const PARTICIPLE_AT = /^[a-z]{2,}ing(?![A-Za-z])/;
/** A character of a modifier word after its first letter: a Latin letter, an apostrophe or a hyphen. */
const MOD_CHAR = (c: number): boolean => isLatinLetter(c) || c === 39 || c === 45;
/** Where wordStart's proclitics ([وف]?[بكل]?) may end at p, in the order its regex tries them. */
function procliticEnds(x: string, p: number): number[] {
  const out: number[] = [];
  const c = x.charCodeAt(p);
  for (const a of c === 0x648 || c === 0x641 ? [p + 1, p] : [p]) {
    const d = x.charCodeAt(a);
    if (d === 0x628 || d === 0x643 || d === 0x644) out.push(a + 1);
    out.push(a);
  }
  return out;
}
/** Where the text may go on from each place, as (?:phrase[ \t]{1,4})? tries: after a phrase of the trie and spaces, then at the place itself. */
function optional(x: string, at: readonly number[], trie: PhraseTrie): number[] {
  return at.flatMap((p) => [...phrasesThenSpaces(x, p, trie), p]);
}
/** Where an Arabic noun may start at p, as (?:ال)? tries: after the article, then at p. */
function articleWays(x: string, p: number): number[] {
  return x.startsWith('ال', p) ? [p + 2, p] : [p];
}
/** Where a modifier word ending at a may end with its number, as the modifier pattern [ \t]?-[0-9]{1,3} tries: a space or not, a hyphen, one to
 *  three digits (the longest first), or no number (a itself, last). */
function modNumberEnds(x: string, a: number): number[] {
  const out: number[] = [];
  const c = x.charCodeAt(a);
  for (const h of c === 32 || c === 9 ? [a + 1, a] : [a]) {
    if (x.charCodeAt(h) !== 45) continue;
    let d = h + 1;
    while (d < x.length && d - h <= 3 && x.charCodeAt(d) >= 48 && x.charCodeAt(d) <= 57) d++;
    for (let e = d; e > h + 1; e--) out.push(e);
  }
  out.push(a);
  return out;
}

interface Unit {
  unit: string;
  kind: UnitKind;
}

/** A year written in digits (1900-2099) standing alone, as figures' units pass across it. */
const YEAR_BETWEEN = /(?<![0-9]|[0-9][.,])(?:19|20)[0-9]{2}(?![0-9]|[.,][0-9])/g;

export function figureRuleNames(lang: Lang): string[] {
  return ['ratio', 'fraction', 'scientific', 'age', ...Object.values(RULE_BY_KIND), 'unknown-count', 'dual-count', 'noun-first-count', 'vague-amount', 'number'].map((r) => `${lang}/figure/${r}`);
}

/** Arabic phrases with and without the article (a rule may write (?:ال)? before them): the anchors' first words. */
function withArticle(phrases: Iterable<string>): string[] {
  const out: string[] = [];
  for (const p of phrases) out.push(p, `ال${p}`);
  return out;
}

export function figureExtractors(lang: Lang, res: LangResources, kb: readonly KbEntry[] = []): Extractor<'figures'>[] {
  // nationalities counted are people (19 روسيا، 6 فلسطينيين، a dozen Americans): every form of the KB's demonyms
  const people = new Set(
    // (a nationality of two words in the accusative after a number, each word with its alef: 14 كوريا شماليا)
    kb.flatMap((e) => e.demonyms?.[lang] ?? []).flatMap((d) => (lang === 'ar' ? [...arabicNisbaForms(d), `${d}ا`, `${d}ات`, `ال${d}ات`, d.split(' ').map((w) => `${w}ا`).join(' ')] : [d, `${d}s`])).map(lookupKey),
  );
  const othersWords = new Set(res.units.others.map(lookupKey));
  const ci = lang === 'en' ? 'i' : '';
  const qualifierOf = new Map<string, Qualifier>();
  const gluedOf = new Map<string, Qualifier>();
  for (const q of res.qualifiers.qualifiers) for (const p of q.glued) gluedOf.set(lookupKey(p), q.qualifier);
  for (const q of res.qualifiers.qualifiers) for (const p of q.phrases) qualifierOf.set(lookupKey(p), q.qualifier);
  const subunitOf = new Map(res.units.subunits.map((x) => [x.unit, x]));
  const terms = new Set(res['number-words'].terms.map(lookupKey));
  const countModifiers = new Set(res['number-words'].count_modifiers.map(lookupKey));
  const coordinators = new Set(res['number-words'].modifier_coordinators.map(lookupKey));
  /** words shaped like adjectives (residential, malicious, stolen …): no compound with the noun after them */
  const adjectiveShaped = endingTest(res['common-words'].adjective_endings);
  const afterOf = new Map<string, Qualifier>();
  for (const q of res.qualifiers.qualifiers) for (const p of q.after) afterOf.set(lookupKey(p), q.qualifier);
  const qualifierAfter = afterOf.size ? new RegExp(`^[ \\t]{1,3}(${alt(afterOf.keys())})(?![${WORD_CHARS}])`, ci) : null;

  // number words
  const nw = res['number-words'];
  const wordValue = numberWordTable(res);
  const scaleOf = new Map<string, number>();
  for (const e of nw.scales) for (const p of e.phrases) scaleOf.set(lookupKey(p), e.value);
  const vagueOf = new Map<string, number>();
  for (const v of nw.vague) for (const p of v.phrases) vagueOf.set(lookupKey(p), v.value);
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  // ordinals are not what is counted (one fourth, 3 second-round votes)
  const ambiguous = new Set(nw.ambiguous.map(lookupKey));
  // (the ordinals, by key: a fraction's word that is one, a third, names an ordinal right before a unit, where "of"
  // makes it a part: a third of a mile)
  const PART_OF = new RegExp(`^${SP}of${END}`, 'i');
  const ordinalWords = new Set(res.ordinals.ordinals.flatMap((o) => o.phrases).map(lookupKey));
  const lastWordKey = (phrase: string): string => lookupKey(phrase.trim().split(/[ \t-]+/).pop() ?? '');
  const notCounted = new Set([...nw.not_counted, ...nw.change_words, ...res.ordinals.ordinals.flatMap((o) => o.phrases), ...nw.denominators.flatMap((d) => d.phrases)].map(lookupKey));

  // units
  const unitOf = new Map<string, Unit>();
  const prefixUnits = new Map<string, Unit>();
  /** prefix signs taken only before an amount with a scale, a decimal or a thousands separator */
  const amountOnly = new Set(res.units.units.filter((u) => u.amount_only).flatMap((u) => u.phrases.map(lookupKey)));
  const duals = new Map<string, Unit>();
  /** units whose phrases match only as written (Nm is not nm) */
  const casedUnits = new Map<string, Unit>();
  for (const u of res.units.units) {
    // (a phrase opening with a state's initials is also written with a point after each: US dollars, U.S. dollars)
    for (const p of u.phrases.flatMap((x) => (STATE_INITIALS.test(x) ? [x, x.replace(STATE_INITIALS, dottedInitials)] : [x]))) {
      if (u.cased) casedUnits.set(p, { unit: u.unit, kind: u.kind });
      else (u.prefix ? prefixUnits : unitOf).set(lookupKey(p), { unit: u.unit, kind: u.kind });
      // Arabic: a sound masculine plural in construct after من, bare or with a pronoun (12 من موظفي الوكالة، ستة من موظفيه)
      if (lang === 'ar' && u.kind === 'count' && !u.prefix && /^[\u0621-\u064A]{3,}ين$/.test(p)) {
        for (const x of ['', 'ه', 'ها', 'هم', 'هما', 'نا']) unitOf.set(lookupKey(`${p.slice(0, -1)}${x}`), { unit: u.unit, kind: u.kind });
      }
    }
    for (const d of u.duals ?? []) for (const f of lang === 'ar' ? dualForms(d) : [d]) duals.set(lookupKey(f), { unit: u.unit, kind: u.kind });
  }
  /** the unit a matched unit phrase names */
  const unitFor = (s: string | undefined): Unit | undefined => (s === undefined ? undefined : casedUnits.get(s) ?? unitOf.get(lookupKey(s)));
  const unitKeys = [...new Set([...unitOf.keys(), ...[...casedUnits.keys()].map(lookupKey)])];
  const symbolUnits = unitKeys.filter((k) => !/\p{L}/u.test(k));
  const wordUnits = unitKeys.filter((k) => /\p{L}/u.test(k));
  // plurals the suffix rules get wrong (fishermen, viruses, رجال)
  const pluralOf = new Map(res.units.plurals.map((p) => [lookupKey(p.plural), p.singular]));
  // (an adjective in -ous is no plural: 2.7 million malicious requests)
  const isPlural = (w: string) => (PLURAL.test(w) && !/ous$/.test(w)) || pluralOf.has(w) || MEN_PLURAL.test(w);
  const countNouns = [...unitOf].filter(([, u]) => u.kind === 'count').map(([k]) => k);

  const WORDS = numeralPattern(wordValue, lang, res['number-words'].joiners);
  // (Arabic: what stands between the parts of one count written with scale words, a joiner glued to the next part)
  const scaledParts = lang === 'ar' && res['number-words'].joiners.length ? new RegExp(`^[ \\t]{1,2}(?:${alt(res['number-words'].joiners)})$`) : null;
  const SCALE = alt(scaleOf.keys());
  const HUNDRED = alt(nw.hundreds.filter((h) => h.value === 100).flatMap((h) => h.phrases));
  const NEGATIVE = nw.negative.length ? `${START}${alt(nw.negative)}(?:[ \\t]{1,2}|-)|` : '';
  // minus 5, -1.3% (a sign after a space or bracket, never after a letter or digit: COVID-19, 2-0)
  // in Arabic a proclitic may stick to the digits (و5 ملايين، ب300 دولار): only Latin letters and digits block
  // and Arabic writes thousands with ، and decimals with a comma (١،٢٣٤،٥٦٧؛ ٤,٨)
  const PLAIN = lang === 'ar'
    ? `(?:(?<![${WORD_CHARS}.,:/\\-])|(?<=(?<![${WORD_CHARS}])[\u0648\u0641\u0628\u0643\u0644]{1,2}))(?:[0-9]{1,3}(?:[,\u060C][0-9]{3})+(?:\\.[0-9]+)?|[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})|[0-9]+(?:\\.[0-9]+)?)(?![0-9]|[.,:/\\-][0-9])`
    : NUMBER;
  // a qualifier glued to the number (sub-5 nanometer) stands where a boundary would
  const GLUED = gluedOf.size ? `(?<=${START}${alt(gluedOf.keys())})${NUMBER_AFTER_SIGN}|` : '';
  const SIGNED = `(?:(?<neg>${NEGATIVE}(?<![${WORD_CHARS}.,:/)\\]\\-])[-\u2212](?=[0-9]))(?<nn>${NUMBER_AFTER_SIGN})|(?<n>${GLUED}${PLAIN}))`;
  const digits = (sfx: string, number: string) =>
    `${number}(?:[ \\t]{1,4}(?<h${sfx}>${HUNDRED})(?=[ \\t]{1,4}${SCALE}${END}|[ \\t]))?(?:[ \\t]{0,4}(?<sc${sfx}>${SCALE})${END}|(?<sca${sfx}>mil|mln|mn|bn|tn|m|b|k)${END})?`;
  const NUMERAL = `(?:${digits('', SIGNED)}|${wordStart(lang)}(?<w>${WORDS})${END})`;
  const FUNCTION_WORDS = alt(functionWords);
  const SYMBOL_UNITS = alt(symbolUnits);
  // Arabic: a partitive may come first (ثلاث دزينات من التفاح), and then the noun is definite; a
  // preposition glued to the article (بالمزاد، للبيع) starts a phrase, not the noun counted
  const unknownNoun = lang === 'en' ? `(?<x>[a-z]{3,24}(?:-[a-z]{2,12}){0,2})` : `(?:(?<xpart>من${SP})(?=ال))?(?![وف]?(?:[بك]ال|لل))(?<x>(?:ال)?[\\u0621-\\u064A]{2,20})`;
  // (tried only where a number, a sign or point glued to one, a number word or a word for minus starts: matchAtAnchors)
  const numeralAnchors = wordAnchors([...wordValue.keys(), ...nw.negative], lang === 'ar', true);
  // The number rule: a numeral, then a symbol unit (%), a word unit after a partitive and up to two modifiers (five of the
  // new servers) or a hyphen, or an unknown noun, tried in that order. The numeral, the symbol units and the unknown noun
  // are regexes; the partitive, the modifiers and the word unit are looked up in code at the numeral's end (numberTail),
  // trying the ways the regex with the alternation of every unit tried, in its order.
  const numeralRe = compile(`${NUMERAL}(?:[ \\t]{0,4}(?<us>${SYMBOL_UNITS}))?`, `${ci}y`);
  const unknownAfterRe = compile(
    `(?<xsep>${SP}${lang === 'en' ? '|-' : ''})${nw.count_modifiers.length ? `(?:(?:${alt(nw.count_modifiers)})${SP})?` : ''}${unknownNoun}${END}`,
    `${ci}y`,
  );
  const caseless = ci === 'i';
  const unitTrie = phraseTrie(wordUnits, caseless);
  const unitOpeners = new Set(wordUnits.map((u) => u.trim().charCodeAt(0)).filter((c) => WORD_TABLE[c] !== 1));
  /** a word unit at q before a word's end, but not a count noun that opens an English compound (12 state-owned
   *  companies: a modifier of the unit after it; a time unit's compound stays, 15 years-old) */
  const wordUnitAt = (x: string, q: number): number => {
    const e = unitTrie.longest(x, q);
    return e >= 0 && lang === 'en' && x.charCodeAt(e) === 45 && isLatinLetter(x.charCodeAt(e + 1)) && unitFor(x.slice(q, e))?.kind === 'count' ? -1 : e;
  };
  const countModifierTrie = phraseTrie(nw.count_modifiers, caseless);
  /** what a modifier may not open: a function word, a rate word, a word that counts nothing, a unit */
  const functionWordTrie = phraseTrie(functionWords, caseless);
  const notModifierTries = [functionWordTrie, phraseTrie(res.units.rate_words, caseless), phraseTrie(notCounted, caseless), { longest: wordUnitAt }];
  const partitiveTrie = phraseTrie(res.units.partitives, caseless);
  const determinerTrie = phraseTrie(res.units.partitive_determiners, caseless);
  /**
   * After up to `left` modifiers at q (lazily: none first), where `tail` matches (its end, or -1): [the modifiers' end,
   * the tail's end], or null. A modifier is a count modifier and spaces (more, new), or a word that opens no function
   * word, rate word, word that counts nothing or unit: a Latin letter, letters, apostrophes and hyphens (2-25 in all,
   * the longest first), maybe a hyphen and a number (COVID-19), and spaces. English only (Arabic takes none).
   */
  const modifiersThen = (x: string, q: number, left: number, tail: (x: string, q: number) => number): [number, number] | null => {
    const t = tail(x, q);
    if (t >= 0) return [q, t];
    if (left === 0 || lang !== 'en') return null;
    for (const e of countModifierTrie.ends(x, q, false)) {
      const s = spacesAt(x, e, 1);
      const r = s < 0 ? null : modifiersThen(x, s, left - 1, tail);
      if (r) return r;
    }
    if (!isLatinLetter(x.charCodeAt(q)) || notModifierTries.some((t) => t.longest(x, q) >= 0)) return null;
    // (a state's initials with a point after each, as the US press writes them: two U.S. companies)
    INITIALS.lastIndex = q;
    if (INITIALS.test(x)) {
      const s = spacesAt(x, INITIALS.lastIndex, 1);
      const r = s < 0 ? null : modifiersThen(x, s, left - 1, tail);
      if (r) return r;
    }
    // (two capitalized words as one, a place's adjective or name: ten South Korean defence companies, New York firms)
    CAPITALIZED_PAIR.lastIndex = q;
    if (CAPITALIZED_PAIR.test(x)) {
      const s = spacesAt(x, CAPITALIZED_PAIR.lastIndex, 1);
      const r = s < 0 ? null : modifiersThen(x, s, left - 1, tail);
      if (r) return r;
    }
    let run = q + 1;
    while (run < x.length && run - q < 25 && MOD_CHAR(x.charCodeAt(run))) run++;
    for (let a = run; a >= q + 2; a--) {
      // (only an end before a space, a tab or a hyphen can be followed by spaces, with a number or without)
      const c = x.charCodeAt(a);
      if (c !== 32 && c !== 9 && c !== 45) continue;
      // (not a plural before a word in -ing: a participle's phrase on the counted noun opens there, 165 organizations
      // using passwords counts organizations)
      const plural = /[a-z]s$/.test(x.slice(q, a));
      for (const b of modNumberEnds(x, a)) {
        const s = spacesAt(x, b, 1);
        if (plural && s >= 0 && PARTICIPLE_AT.test(x.slice(s, s + 30))) continue;
        const r = s < 0 ? null : modifiersThen(x, s, left - 1, tail);
        if (r) return r;
      }
    }
    return null;
  };
  /**
   * The number rule's word unit at p (its numeral's end): spaces (up to four), a partitive (of, of the; من، من هذه)
   * or none, in Arabic the article or none, the modifiers, then a unit phrase before a word's end; or a hyphen and the
   * unit (30-day). Lengthens the match with the groups part, mods and u; else tries the unknown noun after it.
   */
  const numberTail = (m: RegExpExecArray): void => {
    const g = m.groups!;
    if (g.us !== undefined) return;
    const x = m.input;
    const p = m.index + m[0].length;
    const take = (end: number, groups: Record<string, string | undefined>) => {
      m[0] = x.slice(m.index, end);
      Object.assign(g, groups);
    };
    const s = spacesAt(x, p, 0);
    // (a partitive, a modifier or a unit starts with a letter or with one of the few signs a unit opens with, °C, $US;
    // else only the hyphen and the unknown noun remain)
    if (s >= 0 && s < x.length && (WORD_TABLE[x.charCodeAt(s)] === 1 || unitOpeners.has(x.charCodeAt(s)))) {
      const ways: [number, boolean][] = [];
      // (pushed one by one: a spread of a mapped array gave this hot function arrays of shapes it had not met)
      for (const e1 of phrasesThenSpaces(x, s, partitiveTrie)) {
        for (const q of phrasesThenSpaces(x, e1, determinerTrie)) ways.push([q, true]);
        ways.push([e1, true]);
      }
      ways.push([s, false]);
      for (const [q0, part] of ways) {
        for (const q of lang === 'ar' ? articleWays(x, q0) : [q0]) {
          const r = modifiersThen(x, q, 2, wordUnitAt);
          // (after a partitive, a noun with a possessive owns the unit, not is it: five of the group's members; 12 of
          // the country's 27 districts, where the count after it gives the unit)
          if (r && part && /^['’]s(?![\p{L}\p{N}])/u.test(x.slice(r[1], r[1] + 3))) {
            const q2 = spacesAt(x, r[1] + 2, 1);
            const r2 = q2 >= 0 ? modifiersThen(x, q2, 2, wordUnitAt) : null;
            if (r2) return take(r2[1], { part: x.slice(s, q2), mods: x.slice(q2, r2[0]), u: x.slice(r2[0], r2[1]) });
            unknownAfterRe.lastIndex = r[1] + 2;
            const n2 = unknownAfterRe.exec(x);
            if (n2 !== null) return take(r[1] + 2 + n2[0].length, { ...n2.groups!, part: x.slice(s, r[1] + 2) });
            continue;
          }
          if (r) return take(r[1], { part: part ? x.slice(s, q0) : undefined, mods: x.slice(q, r[0]), u: x.slice(r[0], r[1]) });
        }
      }
    }
    if (x.charCodeAt(p) === 45) {
      const e = unitTrie.longest(x, p + 1);
      if (e >= 0) return take(e, { u: x.slice(p + 1, e) });
    }
    // (English: a partitive and its determiner before a noun no list knows, six of its domestic beer plants: the noun
    // after them, counted as the plural head below reads it)
    if (lang === 'en' && s >= 0) {
      for (const e1 of phrasesThenSpaces(x, s, partitiveTrie)) {
        for (const q of phrasesThenSpaces(x, e1, determinerTrie)) {
          if (q < 1 || !/[ \t]/.test(x[q - 1])) continue;
          unknownAfterRe.lastIndex = q - 1;
          const n = unknownAfterRe.exec(x);
          if (n !== null) return take(q - 1 + n[0].length, { ...n.groups!, xpart: x.slice(s, q) });
        }
      }
    }
    unknownAfterRe.lastIndex = p;
    const n = unknownAfterRe.exec(x);
    if (n !== null) take(p + n[0].length, n.groups!);
  };
  const re = continued(numeralRe, numberTail);
  // "a week", "an hour": one of a unit of time (English; Arabic uses the singular noun alone)
  // not "a second": mostly the ordinal (a second wave)
  const timeUnits = [...unitOf].filter(([, u]) => u.kind === 'time' && u.unit !== 'second').map(([k]) => k);
  // an hour (the article is the number, in the span); لمدة ساعة, منذ يوم (the cue stays out of the span)
  const oneRe = nw.one_cues.length
    ? compile(`${wordStart(lang)}(?${lang === 'en' ? ':' : '<cue>'}(?:${alt(nw.one_cues)})${SP})(?<u>${alt(nw.one_units.length ? nw.one_units : timeUnits)})${END}`, `${ci}y`)
    : null;
  const oneAnchors = wordAnchors(nw.one_cues, lang === 'ar');

  // (the first words of the months' names: a unit of time right before one names it, بعد شهر مارس, no duration)
  const monthWords = new Set(res.months.months.flatMap((m) => m.names.map((n) => lookupKey(n.split(' ')[0]))));
  const qualifiedOneRe = lang === 'ar' && nw.one_units.length ? compile(`${START}(?<u>${alt(nw.one_units)})${END}`, 'y') : null;
  const qualifiedOneAnchors = wordAnchors(nw.one_units);
  // after a currency sign or code the number may be glued to letters: USD10m, $US113 trillion
  const prefixRe = compile(`${PREFIX_START}(?<u2>${alt(prefixUnits.keys())})[ \\t]?(?<sign2>[-\\u2212])?${digits('2', `(?<n2>${NUMBER_AFTER_SIGN})`)}`, `${ci}y`);
  // (also where a range can start: a currency sign or code before it, or its digits)
  const prefixAnchors = wordAnchors(prefixUnits.keys(), false, true);
  // Maddon, 66, said; Ivan Petrov (41, Moscow): an age after a name, between commas or in brackets with a place
  // (not a bracketed number alone: Dak Prescott (4) is a shirt number)
  const ageRe = lang === 'en'
    ? compile(`(?<cue>[A-Z][a-z]{1,20},[ \\t])(?<age>[1-9][0-9]?)(?=,[ \\t])|(?<cue2>[A-Z][a-z]{1,20}[ \\t][A-Z][a-z]{1,20}(?:\\*\\*)?[ \\t]?\\()(?<age2>[1-9][0-9]?)(?=,[ \\t][A-Z])`)
    : null;
  /** a word of age right after a number of years, a space or none before it (-old, old) */
  const ageSuffix = nw.age_suffixes.length ? new RegExp(`^[ \\t]?(?:${alt(nw.age_suffixes)})(?![A-Za-z])`) : null;
  const negBefore = nw.negative.length ? compile(`${wordStart(lang)}${alt(nw.negative)}[ \\t]{1,2}$`, ci) : null;
  const prefixBefore = compile(`${PREFIX_START}(?:${alt(prefixUnits.keys())})[ \\t]?$`, ci);
  const dualRe = duals.size ? compile(`${wordStart(lang)}(?<dual>${alt(duals.keys())})${END}`, 'y') : null;
  const dualAnchors = wordAnchors(duals.keys(), lang === 'ar');
  // Arabic: the number after its noun, agreeing with it: وحدة واحدة، الأطراف الثلاثة، الأشهر الاثني عشر (ones up to
  // nineteen; the compounds list their article forms)
  const onesOf = new Map<string, number>();
  for (const o of nw.ones) if (o.value >= 1 && o.value <= 19 && o.value !== 2) for (const p of o.phrases) onesOf.set(lookupKey(p), o.value), p.startsWith('ال') || onesOf.set(lookupKey(`ال${p}`), o.value);
  const onesTrie = phraseTrie(onesOf.keys(), false);
  /** At p, a proclitic or none, the article or none, a unit (x) and spaces, then a number word up to ten (w). */
  const nounFirstRe = lang === 'ar' && onesOf.size
    ? codedMatcher((x, p) => {
      for (const a of procliticEnds(x, p)) for (const b of articleWays(x, a)) for (const e of unitTrie.ends(x, b, false)) {
        const s = spacesAt(x, e, 1);
        const w = s < 0 ? -1 : onesTrie.longest(x, s);
        if (w >= 0) return [w, { pre: x.slice(p, a), x: x.slice(a, e), w: x.slice(s, w) }];
      }
      return null;
    })
    : null;
  const unitWordAnchors = wordAnchors(withArticle(wordUnits), true);
  const onesAnchors = wordAnchors(onesOf.keys(), true);
  /** The nouns a number word up to ten may follow: only those with such a word starting close enough after them for a
   *  match (a proclitic, the article, the longest unit with its spaces widened, and spaces: most counted nouns have none
   *  there, and the rule's matcher, written in code, is dearer to try than the regex was). */
  const onesReach = 8 + 4 * Math.max(0, ...wordUnits.map((u) => u.length));
  const nounFirstAnchors = (doc: Doc): number[] => {
    const ones = onesAnchors(doc);
    if (!ones.length) return [];
    const out: number[] = [];
    const at = unitWordAnchors(doc);
    for (let i = 0; i < at.length; i++) {
      const k = firstAtOrAbove(ones, at[i] + 1);
      if (k < ones.length && ones[k] <= at[i] + onesReach) out.push(at[i]);
    }
    return out;
  };
  // a vague amount with a lexicon noun (dozens of hackers, عشرات الحسابات), or with any noun after
  // "of" (tens of thousands of students, tens of millions of dollars) or, in Arabic, any noun
  const AR_NOUN = '[\\u0621-\\u064A]{2,20}';
  // (tried only where a vague word starts, matchAtAnchors; in Arabic with or without the article, less a proclitic)
  const vagueAnchors = wordAnchors(lang === 'ar' ? withArticle(vagueOf.keys()) : vagueOf.keys(), lang === 'ar');
  const vagueTrie = phraseTrie(vagueOf.keys(), caseless);
  const countTrie = phraseTrie(countNouns, caseless);
  /** what is counted when no unit is: English letters and up to two hyphenated parts (tests, wind-power), Arabic letters */
  const nounTail = compile(lang === 'ar' ? `${AR_NOUN}${END}` : `[a-z]{3,24}(?:-[a-z]{2,12}){0,2}${END}`, `${ci}y`);
  const nounAt = (x: string, q: number): number => {
    nounTail.lastIndex = q;
    const m = nounTail.exec(x);
    if (m === null) return -1;
    // (an English compound with a noun after it modifies that noun: hundreds of small-office routers)
    const e = q + m[0].length;
    if (lang === 'en' && m[0].includes('-')) {
      const s = spacesAt(x, e, 1);
      if (s >= 0 && functionWordTrie.longest(x, s) < 0) {
        nounTail.lastIndex = s;
        if (nounTail.test(x)) return -1;
      }
    }
    return e;
  };
  /**
   * The vague-amount rule at p: a vague word or phrase (dozens, tens of thousands; عشرات، آلاف, with a proclitic and
   * the article or not), then what it counts: in English spaces, "of" or not and up to two modifiers, then a count noun
   * (m1, u); or spaces, "of", modifiers and a unit (m2, uw) or any noun (m3, x); in Arabic spaces, من or not, the
   * article or not, and a unit (u) or any noun (x). The ways are tried in the order the rule's regex tried them, the
   * longest vague phrase first; the units are looked up (phraseTrie), not an alternation of every unit.
   */
  const vagueTail = (x: string, v: number): [number, Record<string, string>] | null => {
    const s1 = spacesAt(x, v, 1);
    if (s1 < 0) return null;
    const s2 = phrasesThenSpaces(x, s1, partitiveTrie)[0] ?? -1;
    if (lang === 'ar') {
      for (const w of optional(x, [s1], partitiveTrie)) {
        for (const c of articleWays(x, w)) {
          const u = unitTrie.longest(x, c);
          if (u >= 0) return [u, { u: x.slice(c, u) }];
          const n = nounAt(x, c);
          if (n >= 0) return [n, { x: x.slice(c, n) }];
        }
      }
      return null;
    }
    for (const w of optional(x, [s1], partitiveTrie)) {
      const r = modifiersThen(x, w, 2, countTrie.longest);
      if (r) return [r[1], { m1: x.slice(w, r[0]), u: x.slice(r[0], r[1]) }];
    }
    if (s2 < 0) return null;
    const r = modifiersThen(x, s2, 2, wordUnitAt);
    if (r) return [r[1], { m2: x.slice(s2, r[0]), uw: x.slice(r[0], r[1]) }];
    const n = modifiersThen(x, s2, 2, nounAt);
    return n ? [n[1], { m3: x.slice(s2, n[0]), x: x.slice(n[0], n[1]) }] : null;
  };
  const vagueRe = codedMatcher((x, p) => {
    for (const a of lang === 'ar' ? procliticEnds(x, p) : [p]) {
      for (const b of lang === 'ar' ? articleWays(x, a) : [a]) {
        for (const v of vagueTrie.ends(x, b, true)) {
          const t = vagueTail(x, v);
          if (t) return [t[0], { ...(lang === 'ar' ? { pre: x.slice(p, a) } : {}), v: x.slice(b, v), ...t[1] }];
        }
      }
    }
    return null;
  });
  // parts of a whole: half the voters, a third of those screened, half a million, a quarter of a million, نصف الناخبين،
  // ثلث، ربع
  const fractionOf = new Map<string, number>();
  for (const f of nw.fractions) for (const p of f.phrases) fractionOf.set(lookupKey(p), f.value);
  // three fifths, خمسة أثمان: a number word (up to ten) over a plural part
  for (const o of nw.ones) {
    if (o.value < 2) continue;
    for (const d of nw.denominators) {
      if (o.value >= d.value) continue;
      for (const op of o.phrases) for (const dp of d.phrases) for (const sep of [' ', '-']) if (!fractionOf.has(lookupKey(`${op}${sep}${dp}`))) fractionOf.set(lookupKey(`${op}${sep}${dp}`), o.value / d.value);
    }
  }
  // (Arabic: with the article too, read only after a change's preposition: انخفضت بنسبة الربع; النصف الأول is a period's half)
  const definiteFractions = lang === 'ar' && nw.fraction_change_preps.length > 0;
  const fracAnchors = wordAnchors(definiteFractions ? [...fractionOf.keys(), ...[...fractionOf.keys()].map((k) => `ال${k}`)] : fractionOf.keys(), lang === 'ar');
  const fracRe = fractionOf.size
    ? compile(`${wordStart(lang)}${definiteFractions ? '(?<def>ال)?' : ''}(?<f>${alt(fractionOf.keys())})${END}(?:${SP}${nw.part_of_scale.length ? `(?:${alt(nw.part_of_scale)}${SP})?` : ''}(?<sc>${SCALE})${END})?`, `${ci}y`)
    : null;
  // what may follow a fraction for it to be one: a determiner or "of" (English), a noun (Arabic)
  const fractionOfWhat = lang === 'ar'
    ? new RegExp(`^${SP}(?!${FUNCTION_WORDS}${END})(?!(?:ال)?(?:${alt(notCounted)})${END})(?:ال)?[\\u0621-\\u064A]{2,}`)
    : null;
  // one out of four nurses, one in five adults, واحد من كل ثلاثة: the first number over the second
  // (matched in code: the regex carried the number words' alternation four times, the costliest rule to compile on a
  // first article, 12-20 ms; the ways are tried in the order that regex tried them)
  const numberWordTrie = phraseTrie(wordValue.keys(), caseless);
  const numberWordEnds = numberWordRuns(numberWordTrie, lang, res['number-words'].joiners, phraseTrie(continuingWords(wordValue), caseless));
  const connectorTries = [phraseTrie(nw.ratio_connectors, caseless), phraseTrie(nw.ratio_connectors_one, caseless)];
  /** Where a ratio's term may end at p: up to four digits (not glued to a letter, digit, point or comma), or a run of
   *  number words before a word's end. */
  const ratioTermEnds = (x: string, p: number): number[] => {
    const out: number[] = [];
    const c = p > 0 ? x.charCodeAt(p - 1) : 32;
    const c0 = x.charCodeAt(p);
    if (c0 >= 48 && c0 <= 57) {
      if (!(WORD_TABLE[c] === 1 || c === 46 || c === 44)) {
        let d = p;
        while (d < x.length && d - p < 4 && x.charCodeAt(d) >= 48 && x.charCodeAt(d) <= 57) d++;
        const n0 = x.charCodeAt(d);
        const n1 = x.charCodeAt(d + 1);
        // (no digit next, nor a point or comma and a digit: (?![0-9.,]?[0-9]))
        if (!(n0 >= 48 && n0 <= 57) && !((n0 === 46 || n0 === 44) && n1 >= 48 && n1 <= 57)) out.push(d);
      }
      // (a number word never starts with a digit)
      return out;
    }
    if (!numberWordTrie.opens(x, p)) return out;
    for (const e of numberWordEnds(x, p)) if (e >= x.length || WORD_TABLE[x.charCodeAt(e)] !== 1) out.push(e);
    return out;
  };
  const ratioRe = nw.ratio_connectors.length
    ? codedMatcher((x, p) => {
      for (const a0 of lang === 'ar' ? procliticEnds(x, p) : [p]) {
        for (const a of ratioTermEnds(x, a0)) {
          const s = spacesAt(x, a, 1);
          if (s < 0) continue;
          for (const [k, trie] of connectorTries.entries()) {
            if (!trie.opens(x, s)) continue;
            for (const c of trie.ends(x, s, false)) {
              const s2 = spacesAt(x, c, 1);
              if (s2 < 0) continue;
              for (const b of ratioTermEnds(x, s2)) {
                if (b < x.length && (WORD_TABLE[x.charCodeAt(b)] === 1 || /^[.,][0-9]/.test(x.slice(b, b + 2)))) continue;
                return [b, { ...(lang === 'ar' ? { pre: x.slice(p, a0) } : {}), a: x.slice(a0, a), ...(k === 1 ? { one: x.slice(s, c) } : {}), b: x.slice(s2, b) }];
              }
            }
          }
        }
      }
      return null;
    })
    : null;
  const ratioAnchors = wordAnchors(wordValue.keys(), lang === 'ar', true);
  const ratioTerm = (s: string) => (/^[0-9]+$/.test(s) ? Number(s) : wordsValue(s));
  const fractionFollower = new RegExp(`^${SP}(?:${alt(nw.fraction_followers)})${END}`, ci);
  // a fraction alone after a qualifier or a change's preposition (nearly half, fell by a third), at its clause's end or
  // before a preposition or a date's word: the share itself
  const changeBefore = nw.fraction_change_preps.length ? new RegExp(`${START}(?:${alt(nw.fraction_change_preps)})[ \t]{1,4}(?:a[ \t]{1,4})?$`, ci) : null;
  const clauseAfterFraction = nw.fraction_clause_followers.length ? new RegExp(`^[ \\t]*(?:[.,;:)،]|$|(?:${alt(nw.fraction_clause_followers)})(?![A-Za-z\\u0621-\\u064A]))`) : null;
  const fractionBlocker = nw.fraction_blockers.length ? new RegExp(`${START}(?:${alt(nw.fraction_blockers)})[ \\t]{1,4}$`, ci) : null;
  /** The unit after a fraction word, at the start of `x` (half an hour, a third of a mile; نصف الساعة): spaces, in
   *  English "of" or not and "an"/"a" or not, in Arabic من or not and the article or not, then a unit before a word's end. */
  const unitAfter = (x: string): { u: string; length: number } | null => {
    if (lang === 'ar') return arabicUnitAfter(x);
    const s = spacesAt(x, 0, 1);
    return s < 0 ? null : unitFrom(x, optional(x, optional(x, [s], partitiveTrie), indefiniteTrie));
  };
  // عشرون و ثلاثة أخماس, مائة و ثلاثة أرباع: a number, a free-standing و, then the fraction
  const numberAndBeforeRe = lang === 'ar' ? new RegExp(`(?:${START}(?<w>${WORDS})|(?<![0-9.,])(?<n>[0-9]+))${SP}و[ \\t]{1,2}$`) : null;
  const numberBeforeRe = new RegExp(`(?:${START}(?<w>${WORDS})|(?<![0-9.,])(?<n>[0-9]+))${SP}${lang === 'ar' ? '' : `and${SP}`}$`, ci);
  // rates: $12.50 an hour, 800,000 barrels a day, برميل يوميا
  const rateOf = new Map<string, string>();
  for (const r of res.units.rates) for (const p of r.phrases) rateOf.set(lookupKey(p), r.per);
  /**
   * The rate after a figure's unit, at the start of `x` (a short slice after it): a space or hyphen then a rate phrase
   * (a day, يوميا) or a rate word and a unit (per hour, لكل طن), or a slash and a unit (/hour, /s); the longest phrase
   * that ends a word and is not followed by a blocker (a day ago). Phrases are looked up in phrase tries (longest
   * first; case-insensitive in English, as the rules' 'i' flag), instead of alternations of every unit: that regex,
   * 10 KB, cost ~65 ms to compile on the first English article.
   */
  const rateTrie = phraseTrie(rateOf.keys(), caseless);
  const rateWordTrie = phraseTrie(res.units.rate_words, caseless);
  const blockerTrie = phraseTrie(res.units.rate_blockers, caseless);
  const symbolUnitTrie = phraseTrie(symbolUnits, caseless);
  const SPACES = /^[ \t]{1,4}/;
  const blocked = (x: string, e: number): boolean => {
    const sp = SPACES.exec(x.slice(e));
    return !!sp && blockerTrie.longest(x, e + sp[0].length) >= 0;
  };
  /** A unit phrase at p that ends a word and is not followed by a blocker: its end, or -1. */
  const unitAt = (x: string, p: number, trie: PhraseTrie): number => trie.ends(x, p, true).find((e) => !blocked(x, e)) ?? -1;
  const rateAfter = (x: string): { length: number; r?: string; ru?: string; rs?: string } | null => {
    if (x[0] === '/') {
      for (const ps of [symbolUnitTrie, unitTrie]) {
        const e = unitAt(x, 1, ps);
        if (e > 0) return { length: e, rs: x.slice(1, e) };
      }
      return null;
    }
    const lead = x[0] === '-' ? 1 : (SPACES.exec(x)?.[0].length ?? 0);
    if (!lead) return null;
    const e = unitAt(x, lead, rateTrie);
    if (e > 0) return { length: e, r: x.slice(lead, e) };
    // (Arabic: past the counted noun's indefinite nisba, 50 ألف هجوم إلكتروني يوميا)
    if (lang === 'ar') {
      const adj = ADJECTIVE_BEFORE_RATE_AR.exec(x.slice(lead));
      const e2 = adj ? unitAt(x, lead + adj[0].length, rateTrie) : -1;
      if (adj && e2 > 0) return { length: e2, r: x.slice(lead + adj[0].length, e2) };
    }
    for (const w of rateWordTrie.ends(x, lead, false)) {
      const sp = lang === 'ar' ? (/^[ \t]{0,4}/.exec(x.slice(w))?.[0].length ?? 0) : (SPACES.exec(x.slice(w))?.[0].length ?? 0);
      if (lang !== 'ar' && !sp) continue;
      const u = unitAt(x, w + sp, unitTrie);
      if (u > 0) return { length: u, ru: x.slice(w + sp, u) };
    }
    return null;
  };
  // 37m (121ft), a 37m-long skeleton: metres, not millions
  const lengthAfter = new RegExp(`^(?:[ \\t]{0,2}\\(|-|${SP})${alt(res.units.length_words)}${END}|^[ \\t]{0,2}\\(`, ci);
  const metre = [...unitOf.values()].find((u) => u.unit === 'meter');
  // ranges with a hyphen: 15-22 miles per hour, 5-10W, $10-15 million, 0-to-60-mph (both ends, the unit required)
  const rangeHead = compile(
    `(?:${PREFIX_START}(?<cur>${alt(prefixUnits.keys())})[ \\t]?|(?<![${WORD_CHARS}.,:/\\-]))(?<a>${NUMBER_CORE})(?:[ \\t]{0,2}[-\\u2013][ \\t]{0,2}|-to-)(?<b>${NUMBER_AFTER_SIGN})` +
      `(?:[ \\t]{0,4}(?<sc>${SCALE})${END}|(?<sca>mil|mln|mn|bn|tn|m|k)${END})?` +
      `(?:[ \\t]{0,4}(?<us>${SYMBOL_UNITS}))?`,
    `${ci}y`,
  );
  /** A range's word unit (15-22 miles, 0-to-60-mph): after up to four spaces, or a hyphen; looked up (wordUnitAfter). */
  const rangeRe = continued(rangeHead, (m) => {
    if (m.groups!.us !== undefined) return;
    const x = m.input;
    const p = m.index + m[0].length;
    const s = spacesAt(x, p, 0);
    const found = unitFrom(x, [...(s >= 0 ? [s] : []), ...(x.charCodeAt(p) === 45 ? [p + 1] : [])]);
    if (found) {
      m[0] = x.slice(m.index, found.length);
      m.groups!.u = found.u;
    }
  });
  // numeric fractions: 1/16 of a pint, 1⁄2 pound, 2/3 of voters, 1½ miles (9/11 and 24/7 are not: a unit,
  // "of" or a fraction sign must say so)
  // (every match holds a slash or a fraction sign at most 8 characters after its start, 123 1/2: tried only there)
  const numFracRe = compile(`(?<![${WORD_CHARS}.,/\\u2044-])(?:(?<whole>[0-9]{1,3})(?:[ \\t]|(?=[\\u00BC-\\u00BE\\u2150-\\u215E])))?(?:(?<a>[0-9]{1,3})(?<sl>[/\\u2044])(?<b>[0-9]{1,4})|(?<v>[\\u00BC-\\u00BE\\u2150-\\u215E]))(?![0-9]|[/\\u2044.,][0-9])`, 'y');
  const FRACTION_SIGN = /[/\u2044\u00BC-\u00BE\u2150-\u215E]/g;
  const articleTrie = phraseTrie(res.units.articles, caseless);
  const indefiniteTrie = phraseTrie(res.units.indefinite_articles, caseless);
  const systemTrie = phraseTrie(res.units.measure_systems, caseless);
  /**
   * The unit after a numeric fraction, at the start of `x` (1/16 of a pint, 1½ miles, ½ US gallon; ثلثي من الأطنان):
   * spaces, in English "of" and an article or not, a system of measures or not; in Arabic من or not and the article or
   * not; then a unit before a word's end. Its text and the length taken, or null.
   */
  const fractionUnitAfter = (x: string): { u: string; length: number } | null => {
    if (lang === 'ar') return arabicUnitAfter(x);
    const s = spacesAt(x, 0, 0);
    if (s < 0) return null;
    const starts = [...phrasesThenSpaces(x, s, partitiveTrie).flatMap((s1) => phrasesThenSpaces(x, s1, articleTrie)), s];
    return unitFrom(x, optional(x, starts, systemTrie));
  };
  /** The first of the places (in order) a unit phrase starts at before a word's end: its text and end. */
  const unitFrom = (x: string, starts: readonly number[]): { u: string; length: number } | null => {
    for (const b of starts) {
      const e = unitTrie.longest(x, b);
      if (e >= 0) return { u: x.slice(b, e), length: e };
    }
    return null;
  };
  /** In Arabic: spaces, من or not, the article or not, a unit before a word's end (one and a half: ونصف ساعة). */
  const arabicUnitAfter = (x: string): { u: string; length: number } | null => {
    const s = spacesAt(x, 0, 1);
    return s < 0 ? null : unitFrom(x, optional(x, [s], partitiveTrie).flatMap((a) => articleWays(x, a)));
  };
  // scientific notation: 2.998×10^8, 1.99×10−30
  // (the rule is case-sensitive: 10^8 W is no watt count)
  const sciUnitTrie = caseless ? phraseTrie(wordUnits, false) : unitTrie;
  const sciRe = continued(compile(`(?<![${WORD_CHARS}.,])(?<m>[0-9]+(?:\\.[0-9]+)?)[ \\t]?[×xX*][ \\t]?10(?:\\^|[ \\t]?)(?<e>[-\\u2212]?[0-9]{1,3})(?![0-9])`, 'y'), (m) => {
    // (and its unit after spaces, looked up)
    const x = m.input;
    const s = spacesAt(x, m.index + m[0].length, 1);
    const e = s < 0 ? -1 : sciUnitTrie.longest(x, s);
    if (e < 0) return;
    m[0] = x.slice(m.index, e);
    m.groups!.u = x.slice(s, e);
  });
  const sciAnchors = wordAnchors([], false, true);
  // (Arabic و sticks to the number: 435 منزلا بالبيع و187 بالمزاد)
  // a hyphen left hanging for the compound that follows (four-, five- and six-seat)
  const suspendedHyphen = new RegExp(`^-[ \\t]*(?:,|(?:${alt(nw.range_connectors)})[ \\t])`, ci);
  // what sets a percentage in apposition after a figure (88.5 points, or 1.9%)
  const apposition = nw.apposition_words.length ? new RegExp(`^[ \\t]*[,،][ \\t]*(?:${alt(nw.apposition_words)})[ \\t]*\\(?[ \\t]*$`, ci) : /(?!)/;
  // (a year-shaped number that opens a range whose second end is no year and counts a noun counts too: between 2000 and
  // 3000 people, بين 2000 و3000 شخص; the dates extractor leaves it alone the same way)
  const countRangeAfter = new RegExp(`^${countedRangeTail(res, lang)}`);
  const countRangeBefore = new RegExp(`(?<![0-9.,])(?!(?:19|20)[0-9]{2}[^0-9,])[0-9]{1,3}(?:,?[0-9]{3})?[ \\t]{0,2}(?:(?:${alt(nw.range_connectors)})[ \\t]{1,2}|[-\\u2013][ \\t]{0,2})$`, ci);
  const currencyFiller = res.units.currency_fillers.length ? new RegExp(`^[ \\t]{1,2}(?:${alt(res.units.currency_fillers)})(?=[ \\t])`, ci) : null;
  // a level and its change: 5,210.4, up 31.2 points; 1234 نقطة بارتفاع 12 نقطة
  const changeBetween = nw.change_words.length ? new RegExp(`^[ \\t]*[,،(]?[ \\t]*(?:${alt(nw.change_words)})[ \\t]{1,3}$`, ci) : null;
  const carrierRe = (words: string[]) =>
    new RegExp(`(?:^|[^${WORD_CHARS}])(?:${alt(words)})(?:[ \\t]{1,4}(?:(?:the|a|al|ال)[ \\t]{1,4})?${lang === 'ar' ? '|(?<=و)' : ''})$`, ci);
  const carrier = carrierRe(nw.unit_carriers);
  const countCarrier = carrierRe(nw.count_carriers);
  // a partitive, and its determiner, between two numbers (more than 9 million of the 22 million voters; 40 من بين 300
  // موظف): the first counts what the second does
  const determiner = res.units.partitive_determiners.length ? `(?:[ \\t]{1,4}(?:${alt(res.units.partitive_determiners)}))?` : '';
  // (and an owner with its possessive after the determiner: 12 of the country's 27 districts)
  const owner = lang === 'en' ? `(?:[ \\t]{1,4}[A-Za-z][A-Za-z-]{0,24}['\u2019]s)?` : '';
  const partitive = res.units.partitives.length ? new RegExp(`^[ \\t]{1,4}(?:${alt(res.units.partitives)})${determiner}${owner}[ \\t]{1,4}$`, ci) : null;
  const clauseVerbs = new Set(nw.clause_verbs.map(lookupKey));
  const clauseRe = nw.clause_carriers.length ? new RegExp(`(?:^|[^${WORD_CHARS}])(?:${alt(nw.clause_carriers)})(?<clause>(?:[ \\t]{1,4}[^ \\t0-9.!?؟،,;:()]{1,20}){1,5})[ \\t]{1,4}$`, ci) : null;
  /** A short clause after a contrast word, holding a copula or a verb of reaching (while the lowest is). */
  const clauseCarrier = (between: string): boolean => {
    const m = clauseRe?.exec(between);
    if (!m) return false;
    const words = m.groups!.clause.trim().split(/[ \t]+/).map(lookupKey);
    return words.some((w, i) => clauseVerbs.has(w) || (i > 0 && clauseVerbs.has(`${words[i - 1]} ${w}`)));
  };
  const kindOf = new Map<string, UnitKind>([...unitOf.values(), ...casedUnits.values()].map((u) => [u.unit, u.kind]));
  // a suspended hyphen may come first: 7- or 8-inch screens
  // and a list of them: 4-, 5- and 6-cylinder engines
  const connector = new RegExp(`^-?[ \\t]{0,4}(?:${alt(nw.range_connectors)})[ \\t]{0,4}$|^-,[ \\t]{1,4}$`, ci);

  // aged 25, aged 25 to 54, البالغ من العمر 45: ages (the second end of a range too)
  const ageCueBefore = nw.age_cues.length
    ? compile(`${wordStart(lang)}(?:${alt(nw.age_cues)})[ \\t]{1,3}${nw.range_openers.length ? `(?:(?:${alt(nw.range_openers)})[ \\t]{1,3})?` : ''}(?:[0-9]{1,3}[ \\t]{0,2}(?:${alt(nw.range_connectors)}|-|\\u2013)[ \\t]{0,2})?$`, ci)
    : null;
  // sixfold, tenfold: a number word glued to a multiplier ending
  const foldRe = nw.multiplier_suffixes.length ? compile(`${START}(?<w>${WORDS})(?:${alt(nw.multiplier_suffixes)})${END}`, ci) : null;
  // (the rule's matches end in a suffix: a text without one is not scanned with the number words)
  const foldSuffix = nw.multiplier_suffixes.length ? new RegExp(alt(nw.multiplier_suffixes), ci) : null;
  const timesUnit = [...unitOf.values()].find((u) => u.unit === 'times');
  const numeralBefore = compile(`(?:${START}(?:${WORDS})|[0-9])${SP}(?:[a-z]{2,20}${SP})?$`, ci);
  const qualifierBefore = compile(`${wordStart(lang)}(?<q>${alt(qualifierOf.keys())})[ \\t]{1,4}$`, ci);
  // (and its number in quotation marks: the default password "1111"; Arabic: a proclitic on the word and its definite
  // adjective after it, بكلمة المرور الافتراضية "1111"، وكلمة السر 0000)
  const procliticBefore = lang === 'ar' ? `(?:${alt(AR_PROCLITIC_PREFIXES)})?` : '';
  const adjectiveAfter = lang === 'ar' ? '(?:[ \\t]{1,2}ال[\\u0621-\\u064A]{2,20})?' : '';
  const nameBefore = compile(`${START}${procliticBefore}${alt(res['numbered-names'].names)}${adjectiveAfter}[ \\t]{1,2}["“'‘«]?$`);
  const before = (r: RegExp, text: string, at: number) => {
    r.lastIndex = 0;
    return r.exec(text.slice(Math.max(0, at - LOOKBACK), at));
  };
  const gluedBefore = gluedOf.size ? compile(`${START}(?<q>${alt(gluedOf.keys())})$`, ci) : null;
  const qualified = (doc: Doc, start: number): { start: number; qualifier: Qualifier } | null => {
    const gq = gluedBefore ? before(gluedBefore, doc.text, start) : null;
    if (gq) return { start: start - gq[0].length, qualifier: gluedOf.get(lookupKey(gq.groups?.q ?? '')) ?? 'exact' };
    const q = before(qualifierBefore, doc.text, start);
    if (!q) return null;
    // (Arabic: ل glued to an imperfect verb is one of result, not of a limit: ارتفعت لتصل إلى 2.4 مليون, rose to reach: the
    // number as it is)
    if (lang === 'ar' && q.groups?.pre?.endsWith('ل') && /^[يت]/.test(q.groups?.q ?? '')) return null;
    return { start: start - q[0].length + (q.groups?.pre?.length ?? 0), qualifier: qualifierOf.get(lookupKey(q.groups?.q ?? '')) ?? 'exact' };
  };
  const wordsValue = (s: string) => parseNumberWords(s, wordValue, lang);
  /** English: the plural noun within `hops` words after `at` (county election offices: offices), or null. */
  const pluralHead = (text: string, at: number, hops: number, afterModifier = false): { word: string; end: number; prev?: string } | null => {
    let end = at;
    let prev: string | undefined;
    let joined = false;
    /** the words read since the and/or */
    let sinceJoin = 0;
    for (let hop = 0; hop < hops && hop < 6; hop++) {
      // (two modifiers joined once by and/or, a capitalized one too: current and former customers, fake Facebook and
      // Instagram accounts; the head itself in lower case; the second conjunct makes no compound with it)
      if ((hop > 0 || afterModifier) && !joined && coordinators.size) {
        const c = NEXT_ANY_WORD.exec(text.slice(end, end + 30));
        if (c && coordinators.has(c[1])) {
          const after = NEXT_ANY_WORD.exec(text.slice(end + c[0].length, end + c[0].length + 30));
          const w = after ? after[1].toLowerCase() : '';
          if (after && !functionWords.has(w) && (!notCounted.has(w) || countModifiers.has(w))) {
            end += c[0].length;
            joined = true;
            hops++;
          }
        }
      }
      // (a capitalized word is a modifier only: the head is in lower case, below)
      const next = NEXT_ANY_WORD.exec(text.slice(end, end + 30));
      if (!next || functionWords.has(next[1]) || (notCounted.has(next[1]) && !(joined && countModifiers.has(next[1])))) return null;
      end += next[0].length;
      if (joined) sinceJoin++;
      if (isPlural(next[1]) && /^[a-z]/.test(next[1])) {
        // (after and/or, a plural-looking word before another noun is a modifier: oil and natural gas pipeline operators)
        // (and a plural of no -s before one in -s is a modifier too: social media influencers, 12 data protection officers)
        const more = NEXT_WORD.exec(text.slice(end, end + 30));
        const modifies = more && !functionWords.has(more[1]) && !notCounted.has(more[1]) && (joined || (!PLURAL.test(next[1]) && PLURAL.test(more[1]) && !/ous$/.test(more[1])));
        if (!modifies) return { word: next[1], end, prev: joined && sinceJoin <= 2 ? undefined : prev };
        hops++;
      }
      prev = next[1];
    }
    return null;
  };
  /** English: a lower-case content word next, which makes a singular word before it a modifier (a 3 cylinder engine) */
  const compoundNext = (text: string, at: number): boolean => {
    const next = NEXT_WORD.exec(text.slice(at, at + 30));
    return next !== null && !functionWords.has(next[1]) && !notCounted.has(next[1]);
  };
  /** the scale word a run of number words ends with (ثلاثة ملايين: a million), else 1 */
  const lastScale = (s: string) => {
    const key = lookupKey(s);
    for (const [k, v] of scaleOf) if (key === k || key.endsWith(` ${k}`) || key.endsWith(`و${k}`)) return v;
    return 1;
  };
  const digitsValue = (g: Record<string, string | undefined>, sfx: string) => {
    const neg = sfx === '' && g.nn !== undefined;
    const raw = (neg ? g.nn : g[`n${sfx}`]) ?? '';
    // (14.000 users: a European thousands separator in English text, which writes no decimal as .000)
    const european = lang === 'en' && /^[1-9][0-9]{0,2}\.000$/.test(raw);
    const n = (lang === 'ar' ? parseArabicNumber(raw) : european ? Number(raw.replace('.', '')) : parseNumber(raw)) * (g[`h${sfx}`] ? 100 : 1);
    return (neg ? -n : n) * scaleIn(g, sfx);
  };
  const scaleIn = (g: Record<string, string | undefined>, sfx: string) =>
    (g[`sc${sfx}`] ? scaleOf.get(lookupKey(g[`sc${sfx}`]!)) : g[`sca${sfx}`] ? ABBREVIATED_SCALE[g[`sca${sfx}`]!.toLowerCase()] : 1) ?? 1;
  const name = (what: string) => `${lang}/figure/${what}`;
  const dualScales = new Set(nw.dual_scales.map(lookupKey));
  /** The numeral's scale word is a dual_scales form with a number before it (22 مليونا، خمسة عشر مليونا). */
  const dualScaleAfterNumber = (g: Record<string, string | undefined>): boolean => {
    if (!dualScales.size) return false;
    if (g.sc !== undefined) return dualScales.has(lookupKey(g.sc));
    const words = g.w === undefined ? [] : lookupKey(g.w).split(/\s+/);
    return words.length > 1 && dualScales.has(words[words.length - 1]);
  };

  const extractor: Extractor<'figures'> = {
    name: `${lang}/figure`,
    lang,
    dimension: 'figures',
    rules: figureRuleNames(lang),
    extract(doc: Doc, regions: Region[]): FigureCandidate[] {
      const others = new Set<FigureCandidate>();
      /** the first figure pushed that ends at each position (ساعة ونصف: the half joins the figure before its و) */
      const endingAt = new Map<number, FigureCandidate>();
      const out: FigureCandidate[] = [];
      /** the scale word a figure's number carried (million: 1e6), for ranges: 10 to 15 billion */
      const scaleOfFigure = new Map<FigureCandidate, number>();
      /** where a rate phrase taken past a bracket starts (its "a year" is no duration of its own) */
      const rateAt = new Set<number>();
      /** shares found (one in five): the figures that start inside them are theirs */
      const ratios: FigureCandidate[] = [];
      const push = (f: FigureCandidate, scale = 1) => {
        // a rate after a unit: 800,000 barrels a day, $12.50 an hour, برميل يوميا
        if (f.unit !== null && (!f.unit_lang || f.unit_lang === 'en')) {
          // 9 billion shekels ($2.4 billion) a year: past a bracket the rate still applies, outside the span
          const paren = PAREN_AFTER.exec(doc.text.slice(f.end, f.end + 48));
          const filler = !paren && currencyFiller && kindOf.get(f.unit) === 'currency' ? currencyFiller.exec(doc.text.slice(f.end, f.end + 24)) : null;
          const from = f.end + (paren ? paren[0].length : 0) + (filler ? filler[0].length : 0);
          const r = rateAfter(doc.text.slice(from, from + 40));
          const per = !r ? undefined : r.r !== undefined ? rateOf.get(lookupKey(r.r)) : unitFor(r.ru ?? r.rs ?? '')?.unit;
          // (a share is per a span of time only, 3% a year; after ل a count noun is whose share it is, 7.4 بالمئة للمرشح)
          if (r && per && per !== f.unit && (f.unit !== 'percent' || kindOf.get(per) === 'time')) {
            f.unit = `${f.unit}${RATE_SEP}${per}`;
            if (!paren) f.end += r.length + (filler ? filler[0].length : 0);
            else rateAt.add(from + (r.length - doc.text.slice(from, from + r.length).trimStart().length));
          }
        }
        // a qualifier after the figure (واقعة واحدة على الأقل, 500 people or more), when none came before it
        if (qualifierAfter && f.qualifier === 'exact') {
          const a = qualifierAfter.exec(doc.text.slice(f.end, f.end + 24));
          const q = a ? afterOf.get(lookupKey(a[1])) : undefined;
          if (a && q) {
            f.end += a[0].length;
            f.qualifier = q;
          }
        }
        // a term that holds a number word counts nothing (zero-day, two-factor)
        if (terms.has(lookupKey(doc.text.slice(f.start, f.end)))) return;
        f.value = decimalValue(f.value);
        out.push(f);
        if (!endingAt.has(f.end)) endingAt.set(f.end, f);
        scaleOfFigure.set(f, scale);
      };
      for (const { m, start: at, end } of matchAtAnchors(re, doc.text, regions, numeralAnchors(doc))) {
        const g = m.groups ?? {};
        let start = at;
        const fromWords = g.w !== undefined;
        // a plural scale word alone (آلاف، ملايين) is a vague amount, handled below
        if (fromWords && vagueOf.has(lookupKey(g.w!))) continue;
        let value = fromWords ? wordsValue(g.w!) : digitsValue(g, '');
        if (!Number.isFinite(value)) continue;
        // a plain year is no count, unless it ends a range that began with a count (from 1200 to 2000 hires)
        const numeralAt = end - m[0].length + endOfNumeral(m[0], g);
        const yearHere = looksLikeYear(g, value) && !countRangeBefore.test(doc.text.slice(Math.max(0, start - 16), start)) && !countRangeAfter.test(doc.text.slice(numeralAt, numeralAt + 40));
        // minus five percent, سالب خمسة بالمئة
        if (fromWords && negBefore) {
          const nb = before(negBefore, doc.text, start);
          if (nb) {
            value = -value;
            start -= nb[0].length - (nb.groups?.pre?.length ?? 0);
          }
        }
        // $800 stone oven: the currency sign owns the number (the prefix rule below)
        if (!fromWords && g.neg === undefined && before(prefixBefore, doc.text, start)) continue;
        const q = qualified(doc, start);
        // (Arabic: اثنين with no article after an indefinite noun in the dual is that noun's number, after it as an
        // adjective: مشتبهين اثنين، رجلين اثنين; one figure of two, the noun counted, not the word after the number)
        if (lang === 'ar' && fromWords && value === 2 && !q && !g.w!.startsWith('ال')) {
          const nb = DUAL_BEFORE_AR.exec(doc.text.slice(Math.max(0, start - 24), start));
          // (the noun a dual of the units' or a plural of them, موظفين, else its own lemma)
          const known = nb && !nb[1].startsWith('ال') ? duals.get(lookupKey(nb[1])) ?? unitFor(nb[1]) : undefined;
          const lemma = nb && !nb[1].startsWith('ال') ? (known?.kind === 'count' ? known.unit : unknownLemma(nb[1], lang, functionWords, notCounted, 2, pluralOf)) : null;
          if (nb && lemma) {
            const f: FigureCandidate = { start: start - nb[0].length, end: numeralAt, rule: name('dual-count'), value: 2, unit: lemma, qualifier: 'exact' };
            if (known?.kind !== 'count') f.unit_lang = lang;
            push(f);
            continue;
          }
        }
        if (!q && !(g.neg !== undefined && g.us !== undefined) && before(nameBefore, doc.text, start)) continue; // Windows 10, المادة 5 (FTSE -0.6% is a change)
        // (a version's number closing a quoted name, words before it and no unit after it: "لوك بيت 3.0", "Brain Cipher 2.1";
        // a quotation ending in a count keeps it: "the toll is 40")
        if (!q && !fromWords && g.u === undefined && /^\d{1,2}\.\d{1,2}$/.test(doc.text.slice(start, end)) && QUOTED_NAME_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start)) && CLOSING_QUOTES.has(doc.text.slice(end, end + 3).replace(/^[ \t]+/, '')[0])) continue;
        if (!fromWords && g.neg === undefined && value >= 1 && value <= 130 && ageCueBefore && before(ageCueBefore, doc.text, start)) {
          // aged 25 to 54 grew: ages, whatever word follows; a unit of years stays in the span
          const years = g.u !== undefined && unitFor(g.u)?.unit === 'year';
          const ageEnd = years ? end : end - m[0].length + endOfNumeral(m[0], g);
          push({ start, end: ageEnd, rule: name('age'), value, unit: 'year', qualifier: 'exact' });
          continue;
        }
        let unit: Unit | undefined;
        let unknown: string | undefined;
        if (g.us !== undefined) unit = unitFor(g.us);
        else if (g.u !== undefined) unit = unitFor(g.u);
        if (unit && (g.u ?? g.us) === 'p' && /^\.?[ \t]?m(?![a-z])/i.test(doc.text.slice(end, end + 4))) continue; // 5 p.m. is a time
        else if (g.x !== undefined) unknown = g.x;
        let headEnd = end;
        // (not an irregular plural, whose lemma is another word: 9.4 million people casting ballots counts people)
        const irregularPlural = unit !== undefined && !unit.unit.includes(' ') && lookupKey(g.u ?? '') !== lookupKey(unit.unit);
        if (unit?.kind === 'count' && lang === 'en' && value !== 1 && !/s$/i.test(g.u ?? '') && !irregularPlural) {
          // a singular lexicon noun after a plural number modifies the noun counted: 14 county election offices, 40 state agencies
          const head = pluralHead(doc.text, end, 2, true);
          const known = head ? unitFor(head.word) : undefined;
          if (head && (!known || known.kind === 'count')) {
            unit = known;
            if (!known) unknown = head.word;
            headEnd = head.end;
          }
        }
        let figEnd = end;
        if (g.sca !== undefined && /^b$/i.test(g.sca)) continue; // 5b: billions only after a currency sign ($4.2b)
        if (g.sca === 'm' && !unit && unknown === undefined && metre && lengthAfter.test(doc.text.slice(end, end + 24))) {
          // 37m (121ft), a 37m-long skeleton: metres
          push({ start: q?.start ?? start, end, rule: name('measure'), value: value / 1e6, unit: metre.unit, qualifier: q?.qualifier ?? 'exact' });
          continue;
        }
        // "one of the officials" picks one out of a group: not a quantity
        if ((g.part !== undefined || g.xpart !== undefined) && value === 1) continue;
        // 2016 elections, 1999 attacks: a plain year before a noun dates it; money and percentages stay; and so does a
        // count with a qualifier before it (over 2000 machines, about 1950 people, more than 2000 years)
        if (unit && (unit.kind === 'count' || unit.kind === 'time') && yearHere && !q) continue;
        // a number word that is also another word counts only an indefinite noun (ست البيت is a housewife)
        if (fromWords && ambiguous.has(lookupKey(g.w!)) && /[ \t](?:من[ \t]+)?ال/.test(m[0].slice(m[0].indexOf(g.w!) + g.w!.length))) continue;
        const scale = fromWords ? lastScale(g.w!) : scaleIn(g, '');
        // (an Arabic scale word in its -ا form after a number takes no noun right after it, the noun left out: 22
        // مليونا يحق لهم التصويت; alone it is the dual, مليونا شخص)
        if (unknown !== undefined && dualScaleAfterNumber(g)) unknown = '';
        // a capitalized word after a number is a name (787 Dreamliner, 575 Wilbraham Road), not what is counted
        // (a nationality's plural is what is counted, a KB demonym's or one in -ans: 21 million Iraqis, Americans)
        let nationals = unknown !== undefined && lang === 'en' && value !== 1 && (DEMONYM_PLURAL.test(unknown) || (unknown.endsWith('s') && people.has(lookupKey(unknown))));
        // (a nationality of two words, the KB's: 14 North Koreans counted, or 14 North Korean nationals, its plural after it)
        if (unknown !== undefined && !nationals && lang === 'en' && value !== 1 && /^[A-Z]/.test(unknown)) {
          const second = NEXT_CAPITALIZED.exec(doc.text.slice(end, end + 30));
          if (second && people.has(lookupKey(`${unknown} ${second[1]}`))) {
            if (second[1].endsWith('s')) {
              unknown = `${unknown} ${second[1]}`;
              headEnd = end + second[0].length;
              nationals = true;
            } else {
              const head = pluralHead(doc.text, end + second[0].length, 1);
              if (head) {
                unknown = head.word;
                headEnd = head.end;
              }
            }
          }
        }
        // (a capitalized number word inside a sentence, a lower-case word before it, and a capitalized word after it is a
        // name's: its Five Eyes allies, the Big Four firms; not a headline's Title Case, Hackers Steal Five Million Records)
        if (unknown !== undefined && /^[A-Z]/.test(unknown) && lang === 'en' && fromWords && /^[A-Z]/.test(g.w!) && !nationals && LOWER_WORD_BEFORE.test(doc.text.slice(Math.max(0, start - 30), start))) continue;
        if (unknown !== undefined && /^[A-Z]/.test(unknown) && lang === 'en' && value !== 1 && !nationals && !before(numeralBefore, doc.text, start)) {
          // 96 Liverpool fans, five NBA teams: a name modifying the plural counted (not 737 in two new 737 Max jets)
          const head = pluralHead(doc.text, end, 1, true);
          if (head) {
            unknown = head.word;
            headEnd = head.end;
          }
        }
        if (unknown !== undefined && /^[A-Z]/.test(unknown) && !nationals) {
          if (g.sc || g.sca || q) figEnd = end - m[0].length + endOfNumeral(m[0], g);
          else continue;
          unknown = undefined;
        }
        // after a capitalized word inside a sentence a number is part of a name (Big 12, Automotive 15)
        const inName = !fromWords && !q && g.neg === undefined && lang === 'en' && NAME_BEFORE.test(doc.text.slice(Math.max(0, start - 32), start));
        if (unknown !== undefined && inName) continue;
        if (unit?.kind === 'count' && inName && g.mods) continue; // Planet 9 citizen scientist project
        // two new 737 Max jets: a number before a capitalized modifier, after another numeral, is a model
        if (unit?.kind === 'count' && g.mods && /^[A-Z]/.test(g.mods) && before(numeralBefore, doc.text, start)) continue;
        let nounEnd = headEnd;
        let compound: string | null = null;
        if (unknown !== undefined && lang === 'en' && !functionWords.has(lookupKey(unknown)) && !notCounted.has(lookupKey(unknown))) {
          // what is counted is the plural head after a modifier: 400 charging stations, 22 residential burglaries;
          // one counts a singular (one proposal asks), and a hyphen makes a compound (a four-cylinder engine)
          const hyphen = g.xsep === '-';
          const head = isPlural(unknown) || value === 1 || hyphen ? null : pluralHead(doc.text, nounEnd, 2, true);
          if (head) {
            // a noun before the head makes a compound, the thing counted (13 pipeline operators, two filing agents);
            // an adjective does not (22 residential burglaries: burglary), nor a name or modifiers joined by and/or
            const joinedBefore = head.prev === undefined && head.end - nounEnd > unknown.length + 1 + head.word.length + 1;
            const modifier = head.prev ?? unknown;
            compound = !joinedBefore && /^[a-z]/.test(modifier) && !adjectiveShaped(modifier) && !countModifiers.has(modifier) ? modifier : null;
            unknown = head.word;
            nounEnd = head.end;
          } else if (value !== 1 && !hyphen && !isPlural(unknown) && !compoundNext(doc.text, nounEnd)) {
            // more than one of a singular word is no count (about 1000 come, 40k cheaper, 54 grew) unless it
            // modifies a noun after it: a 3 cylinder engine, a 5 star hotel
            unknown = '';
          }
        }
        if (unknown !== undefined) {
          // (Arabic: a number word with the article counts no definite word after it, الأشهر الاثني عشر الماضية: it follows
          // its noun)
          const definiteAfterDefinite = lang === 'ar' && fromWords && g.w!.startsWith('ال') && unknown.startsWith('ال');
          const headLemma = unknown === '' || definiteAfterDefinite ? null : unknownLemma(unknown, lang, functionWords, notCounted, value, pluralOf);
          const lemma = headLemma && compound ? `${compound} ${headLemma}` : headLemma;
          // number words that are also other words (ست، سبع) need a known unit; a year is not a count
          if (!lemma || (fromWords && ambiguous.has(lookupKey(g.w!))) || (yearHere && !q)) {
            // the figure stops at its numeral; a bare one is checked below
            figEnd = end - m[0].length + endOfNumeral(m[0], g);
          } else {
            let person = people.has(lookupKey(unknown));
            let personEnd = nounEnd;
            // (Arabic: a nationality of two words, its second after the noun: 14 كوريا شماليا)
            if (!person && lang === 'ar') {
              const second = NEXT_ARABIC_WORD.exec(doc.text.slice(nounEnd, nounEnd + 24));
              if (second && people.has(lookupKey(`${unknown} ${second[1]}`))) {
                person = true;
                personEnd = nounEnd + second[0].length;
              }
            }
            const f: FigureCandidate = { start: q?.start ?? start, end: personEnd, rule: name('unknown-count'), value, unit: person ? 'person' : lemma, qualifier: q?.qualifier ?? 'exact' };
            if (!person) f.unit_lang = lang;
            if (othersWords.has(lookupKey(unknown))) others.add(f);
            push(f, scale);
            continue;
          }
        }
        if (!unit) {
          // a bare numeral: digits (or words with a scale), not a year, not glued to letters (5am, 164p)
          // number words stand alone only with a scale word (ثلاثة ملايين, two million) or a qualifier
          // (or with a suspended hyphen that a later compound completes: four-, five- and six-seat)
          const suspended = fromWords && suspendedHyphen.test(doc.text.slice(end, end + 12));
          // (or a word of two or more written in lower case, GOLD.md's "number words count": damaged six, two others,
          // from four to seven; not "one", nor a capitalized word inside a name, Five Eyes)
          // (an Arabic one with no letter glued before it: لست is "I am not", not ل + ست)
          // (and with no noun after it that it would count past other words: the next word a function word, or none:
          // damaged six of them, from four to seven; not two new 737 Max jets, whose noun is past the name)
          const nextWord = /^[ \t]{1,4}([\p{L}'’-]+)/u.exec(doc.text.slice(end, end + 40))?.[1];
          const lone = fromWords && value >= 2 && (lang === 'en' ? /^[a-z]/.test(g.w!) : !/\p{L}/u.test(doc.text[start - 1] ?? '')) && (!nextWord || functionWords.has(lookupKey(nextWord)));
          if (yearHere || (fromWords && !(g.sc || q || lastScale(g.w!) > 1 || suspended || lone))) continue;
          const numeralEnd = end - m[0].length + endOfNumeral(m[0], g);
          if (!fromWords && !bareNumberEnds(doc.text, numeralEnd)) continue;
          // 202 555 0100 (a phone number), 3 p.m. (a time): not quantities
          if (!fromWords && (NEXT_IS_NUMBER_OR_TIME.test(doc.text.slice(numeralEnd, numeralEnd + 12)) || PREV_IS_NUMBER.test(doc.text.slice(Math.max(0, start - 3), start)))) continue;
          if (inName) continue;
          // 9 E 71st St, 358 El Brillo Way (an address); Dak Prescott (4) (a jersey number)
          if (!fromWords && lang === 'en' && (ADDRESS_NEXT.test(doc.text.slice(numeralEnd, numeralEnd + 12)) || (NAME_PAREN_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start)) && doc.text[numeralEnd] === ')'))) continue;
          push({ start: q?.start ?? start, end: figEnd, rule: name(g.sc || g.sca || q || scale > 1 ? 'qualified-count' : 'number'), value, unit: null, qualifier: q?.qualifier ?? 'exact' }, scale);
          continue;
        }
        // (years and a word of age right after them: an age, its span to the word's end, a 17-year-old boy, 44 years old)
        const aged = unit.unit === 'year' && !q && ageSuffix ? ageSuffix.exec(doc.text.slice(headEnd, headEnd + 8)) : null;
        if (aged) {
          push({ start, end: headEnd + aged[0].length, rule: name('age'), value, unit: 'year', qualifier: 'exact' });
          continue;
        }
        // (Arabic: years alone in brackets right after a word, a person's age after the name: وسيصبح فاي (44 عاما) …; eleven
        // or more, as an adult's, not a span of a few years: الحرب (8 أعوام))
        if (lang === 'ar' && unit.unit === 'year' && !q && value >= 11 && value <= 120 && doc.text[start - 1] === '(' && doc.text[headEnd] === ')' && ARABIC_BEFORE_BRACKET.test(doc.text.slice(Math.max(0, start - 3), start - 1))) {
          push({ start, end: headEnd, rule: name('age'), value, unit: 'year', qualifier: 'exact' });
          continue;
        }
        push({ start: q?.start ?? start, end: headEnd, rule: name(RULE_BY_KIND[unit.kind]), value, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' }, scale);
      }
      if (foldRe && timesUnit && foldSuffix!.test(doc.text)) {
        for (const { m, start, end } of matchAll(foldRe, doc.text, regions)) {
          const value = wordsValue(m.groups?.w ?? '');
          if (!Number.isFinite(value) || value < 2) continue;
          const q = qualified(doc, start);
          push({ start: q?.start ?? start, end, rule: name('qualified-count'), value, unit: timesUnit.unit, qualifier: q?.qualifier ?? 'exact' });
        }
      }
      if (ageRe) {
        // Maddon, 66, said: a person's age between commas after a capitalized name
        for (const { m, start, end } of matchAll(ageRe, doc.text, regions)) {
          const value = Number(m.groups?.age ?? m.groups?.age2);
          if (value < 1 || value > 120) continue;
          push({ start, end, rule: name('age'), value, unit: 'year', qualifier: 'exact' });
        }
      }
      for (const { m, start, end } of matchAtAnchors(prefixRe, doc.text, regions, prefixAnchors(doc))) {
        const g = m.groups ?? {};
        const value = digitsValue(g, '2') * (g.sign2 ? -1 : 1); // $-50.8bn
        const unit = prefixUnits.get(lookupKey(g.u2 ?? ''));
        if (!unit || !Number.isFinite(value)) continue;
        // PS6m, PS21,700 (£ through an ASCII transliteration) but never PS5: such a sign needs an amount's shape
        if (amountOnly.has(lookupKey(g.u2 ?? '')) && !(g.sc2 || g.sca2 || /[.,]/.test(g.n2 ?? ''))) continue;
        const q = qualified(doc, start);
        push({ start: q?.start ?? start, end, rule: name('money'), value, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' }, scaleIn(g, '2'));
      }
      for (const { m, start, end } of matchAtAnchors(rangeRe, doc.text, regions, prefixAnchors(doc))) {
        const g = m.groups ?? {};
        const unit = g.cur !== undefined ? prefixUnits.get(lookupKey(g.cur)) : g.us !== undefined ? unitFor(g.us) : g.u !== undefined ? unitFor(g.u) : undefined;
        const a = parseNumber(g.a ?? '');
        const b = parseNumber(g.b ?? '');
        if (!unit || !(a < b) || (g.sca !== undefined && g.cur === undefined && g.sca === 'm')) continue;
        const scale = scaleIn(g, '');
        const q = qualified(doc, start);
        const aStart = start + m[0].indexOf(g.a!, g.cur?.length ?? 0);
        const bStart = aStart + g.a!.length + m[0].slice(aStart - start + g.a!.length).indexOf(g.b!);
        const rule = name(RULE_BY_KIND[unit.kind]);
        push({ start: q?.start ?? start, end: aStart + g.a!.length, rule, value: a * scale, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' }, scale);
        push({ start: bStart, end, rule, value: b * scale, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' }, scale);
      }
      for (const { m, start, end } of matchAtAnchors(sciRe, doc.text, regions, sciAnchors(doc))) {
        const g = m.groups ?? {};
        const value = Number(`${g.m}e${(g.e ?? '').replace('\u2212', '-')}`);
        const unit = g.u !== undefined ? unitFor(g.u) : undefined;
        if (!Number.isFinite(value)) continue;
        const q = qualified(doc, start);
        push({ start: q?.start ?? start, end, rule: name('scientific'), value, unit: unit?.unit ?? null, qualifier: q?.qualifier ?? 'exact' });
      }
      if (oneRe) {
        for (const { m, start, end } of matchAtAnchors(oneRe, doc.text, regions, oneAnchors(doc))) {
          const g = m.groups ?? {};
          const unit = unitFor(g.u ?? '');
          // "$3,500 a month", "78,000 times a minute" are rates, not durations
          if (!unit || unit.kind !== 'time' || rateAt.has(start) || RATE_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start))) continue;
          // (nor after a count with no unit of its own: an average of 2.4 million a day)
          let gap = start;
          while (gap > 0 && (doc.text[gap - 1] === ' ' || doc.text[gap - 1] === '\t')) gap--;
          if (gap < start && endingAt.get(gap)?.unit === null) continue;
          // (a plural after the article counts no one of it: a years-long campaign, a decades-old feud)
          if (lang === 'en' && isPlural((g.u ?? '').toLowerCase())) continue;
          // "cents a day", "calories a day": after a plural noun the article makes a rate
          // (not before an offset's word, which makes it a duration: the report comes a month after)
          const prev = lang === 'en' && !blocked(doc.text, end) ? PREV_WORD.exec(doc.text.slice(Math.max(0, start - 24), start)) : null;
          if (prev && isPlural(prev[1].toLowerCase()) && !functionWords.has(lookupKey(prev[1]))) continue;
          // (an Arabic unit of time before a definite noun names that day or year, not one of it: قبل يوم الانتخابات، بعد
          // عام الجائحة)
          if (lang === 'ar' && /^[ \t]+و?ال\p{L}/u.test(doc.text.slice(end, end + 8))) continue;
          // (nor before a month's name or a number: بعد شهر مارس، قبل عام 2020)
          const next = /^[ \t]+(\p{L}+|\d)/u.exec(doc.text.slice(end, end + 24));
          if (lang === 'ar' && next && (/\d/.test(next[1]) || monthWords.has(lookupKey(next[1])))) continue;
          const q = qualified(doc, start);
          push({ start: q?.start ?? start, end, rule: name('duration'), value: 1, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' });
        }
      }
      if (qualifiedOneRe) {
        // Arabic: a qualifier before a bare unit of time is one of it (أكثر من عام، قرابة شهر: 1 year, 1 month)
        for (const { m, start, end } of matchAtAnchors(qualifiedOneRe, doc.text, regions, qualifiedOneAnchors(doc))) {
          const unit = unitFor(m.groups?.u ?? '');
          const q = qualified(doc, start);
          if (!unit || unit.kind !== 'time' || !q) continue;
          // (nor before a definite noun or a number, which name the day or year: حتى يوم الجمعة، حتى يوم 5 مارس)
          if (/^[ \t]+(?:و?ال\p{L}|\d)/u.test(doc.text.slice(end, end + 8))) continue;
          push({ start: q.start, end, rule: name('duration'), value: 1, unit: unit.unit, qualifier: q.qualifier });
        }
      }
      if (nounFirstRe) {
        // the noun first: a definite count that refers back (الأطراف الثلاثة، الأشهر الستة) or one (وحدة واحدة، مرة واحدة)
        for (const { m, start, end } of matchAtAnchors(nounFirstRe, doc.text, regions, nounFirstAnchors(doc))) {
          const g = m.groups ?? {};
          const definite = g.x!.startsWith('ال');
          const unit = unitFor(definite ? g.x!.slice(2) : g.x);
          const value = onesOf.get(lookupKey(g.w!));
          if (!unit || (unit.kind !== 'count' && unit.kind !== 'time') || value === undefined) continue;
          // (واحد counts an indefinite noun; the other numbers a definite one, the article on both)
          if (definite !== g.w!.startsWith('ال') || (value === 1) === definite) continue;
          push({ start, end, rule: name('noun-first-count'), value, unit: unit.unit, qualifier: 'exact' });
        }
      }
      if (lang === 'ar') {
        // the noun first and the number after it in digits with the article (الساعات الـ24 الماضية، المتهمين الـ12): a
        // definite count that refers back, as with the number words
        // (one scan of the text, the regions walked beside it: a scan per region from its start would cross the rest of
        // the text each time)
        // (found from the digits, rarer than the article: ال + digits, the tatweel between or not)
        DIGIT_RUN.lastIndex = 0;
        let ri = 0;
        let n: RegExpExecArray | null;
        while ((n = DIGIT_RUN.exec(doc.text)) !== null) {
          const d = ARTICLE_BEFORE_AR.exec(doc.text.slice(Math.max(0, n.index - 4), n.index));
          if (!d) continue;
          const at = n.index - d[0].length;
          while (ri < regions.length && regions[ri].end <= at) ri++;
          if (ri >= regions.length) break;
          if (at < regions[ri].start) continue;
          const before = WORD_BEFORE_AR.exec(doc.text.slice(Math.max(0, at - 24), at));
          if (!before) continue;
          const word = before[2];
          const unit = word.startsWith('ال') ? unitFor(word.slice(2)) : undefined;
          if (!unit || (unit.kind !== 'count' && unit.kind !== 'time')) continue;
          const value = Number(n[0]);
          // (not a year, الانتخابات الـ2020, nor after a singular in ة or ى, which makes it an ordinal: الدورة الـ25، الذكرى الـ70)
          if (!Number.isFinite(value) || value < 2 || /^(?:19|20)[0-9]{2}$/.test(n[0]) || /[ةى]$/.test(word)) continue;
          const start = at - before[0].length + before[1].length;
          push({ start, end: n.index + n[0].length, rule: name('noun-first-count'), value, unit: unit.unit, qualifier: 'exact' });
        }
      }
      if (dualRe) {
        for (const { m, start, end } of matchAtAnchors(dualRe, doc.text, regions, dualAnchors(doc))) {
          const unit = duals.get(lookupKey(m.groups?.dual ?? ''));
          if (!unit) continue;
          const q = qualified(doc, start);
          push({ start: q?.start ?? start, end, rule: name('dual-count'), value: 2, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' });
        }
      }
      for (const { m, start, end } of matchAtAnchors(vagueRe, doc.text, regions, vagueAnchors(doc))) {
        const g = m.groups ?? {};
        // (after a number, Arabic's plural of millions is its scale, not a vague amount: تسعة ملايين من أصل 22 مليون)
        const before = lang === 'ar' ? PREV_NUMBER_WORD.exec(doc.text.slice(Math.max(0, start - 24), start)) : null;
        if (before && (/\p{Nd}/u.test(before[1]) || wordValue.has(lookupKey(before[1])))) continue;
        const known = unitFor(g.u ?? g.uw ?? '');
        // thousands of COVID-19 tests: a capitalized word after "of" is a name, not what is counted
        const lemma = !known && g.x !== undefined && !(lang === 'en' && /^[A-Z]/.test(g.x) && !DEMONYM_PLURAL.test(g.x)) ? unknownLemma(g.x, lang, functionWords, notCounted, 0, pluralOf) : null;
        const named = lang === 'en' && !known && g.x !== undefined && /^[A-Z]/.test(g.x) && !DEMONYM_PLURAL.test(g.x);
        const person = !known && g.x !== undefined && people.has(lookupKey(g.x));
        // (English: a singular word no list knows is a modifier of the plural head after it, as a count's is: hundreds of
        // small office routers counts routers)
        const head = lang === 'en' && lemma && !person && !isPlural(g.x!) ? pluralHead(doc.text, end, 2, true) : null;
        const headLemma = head ? unknownLemma(head.word, lang, functionWords, notCounted, 0, pluralOf) : null;
        const f: FigureCandidate = { start, end: named ? start + m[0].indexOf(g.v!) + g.v!.length : headLemma ? head!.end : end, rule: name('vague-amount'), value: vagueOf.get(lookupKey(g.v ?? '')) ?? 0, unit: person ? 'person' : known?.unit ?? headLemma ?? lemma, qualifier: 'vague' };
        if (lemma && !person) f.unit_lang = lang;
        push(f);
      }
      if (fracRe) {
        for (const { m, start, end } of matchAtAnchors(fracRe, doc.text, regions, fracAnchors(doc))) {
          const g = m.groups ?? {};
          const part = fractionOf.get(lookupKey(g.f ?? ''));
          if (part === undefined) continue;
          const scale = g.sc ? scaleOf.get(lookupKey(g.sc)) ?? 1 : 1;
          // one and a half million, مليون ونصف: the fraction adds to the number before it
          const attached = g.pre?.includes('و') ? 1 : 0;
          const lead = (attached || lang === 'en' ? before(numberBeforeRe, doc.text, start - attached) : null) ?? (numberAndBeforeRe && !attached ? before(numberAndBeforeRe, doc.text, start) : null);
          const after = doc.text.slice(end, end + 40);
          const unitAfterIt = unitAfter(after);
          let u = unitAfterIt ? unitFor(unitAfterIt.u) : undefined;
          const prev = doc.text.slice(Math.max(0, start - 16), start);
          if (fractionBlocker?.test(prev)) continue; // the first half
          // (a definite Arabic fraction only as a change's size, its clause ending after it: تراجعت بنحو الربع خلال العام)
          if (g.def && !(changeBefore?.test(prev) && clauseAfterFraction?.test(after))) continue;
          // (a part named by an ordinal right before what it counts, no "of" between, is that ordinal: for a third day,
          // a fourth time; a half day and a quarter hour are parts)
          if (u && !g.sc && !lead && !PART_OF.test(after) && ordinalWords.has(lastWordKey(g.f ?? ''))) continue;
          // (a third of a billion: a whole number, not 333333333.3333333)
          let value = scale >= 1000 ? Math.round(part * scale) : part * scale;
          let from = start;
          if (lead) {
            const n = lead.groups?.w !== undefined ? wordsValue(lead.groups.w) : Number(lead.groups?.n);
            if (!Number.isFinite(n)) continue;
            // one and a half million: (1 + 0.5) million; مليون ونصف: a million and half a million
            const leadScale = lead.groups?.w !== undefined ? lastScale(lead.groups.w) : 1;
            value = leadScale > 1 ? n + part * leadScale : (n + part) * scale;
            from = start - attached - lead[0].length;
          } else if (g.pre?.includes('و') && lang === 'ar') {
            // ساعة ونصف, مليون ونصف after a word: the half of what was just counted
            // (the figure that ends right before the و, whichever rule found it)
            const last = endingAt.get(start - 1) ?? endingAt.get(start - 2);
            if (last) {
              const s0 = scaleOfFigure.get(last) ?? 1;
              last.value += part * s0;
              last.end = end;
            }
            continue;
          }
          const whole = u && (g.sc || lead || u.kind === 'time' || u.kind === 'measure' || u.kind === 'currency');
          // (a qualifier before it, as before a number: about half a million voters, more than a quarter of a million)
          const q = whole || g.sc || lead ? qualified(doc, from) : null;
          // a part of "a million" the count rules found with what it counts (a quarter of a million Exchange servers,
          // half a million registered voters): that figure, its value the part of it, starting at the part
          const counted = g.sc && !lead ? out.findLast((f0) => f0.start > start && f0.start < end && f0.end >= end && scaleOfFigure.get(f0) === scale) : undefined;
          if (counted) {
            counted.start = q?.start ?? start;
            counted.value = value;
            if (q) counted.qualifier = q.qualifier;
            continue;
          }
          const unitEnd = unitAfterIt ? end + unitAfterIt.length : end;
          if (whole) {
            push({ start: q?.start ?? from, end: unitEnd, rule: name(u.kind === 'time' ? 'duration' : g.sc || lead ? RULE_BY_KIND[u.kind] : 'fraction'), value, unit: u.unit, qualifier: q?.qualifier ?? 'exact' }, scale);
          } else if (g.sc || lead) {
            push({ start: q?.start ?? from, end, rule: name('qualified-count'), value, unit: null, qualifier: q?.qualifier ?? 'exact' }, scale);
          } else if (fractionFollower.test(after) || fractionOfWhat?.test(after) || (lang === 'ar' && /[ \t]/.test(g.f ?? '')) || (clauseAfterFraction?.test(after) && (changeBefore?.test(prev) || qualified(doc, start)))) {
            // (an Arabic number over a plural part, خمسة أثمان, is a fraction even at a clause's end)
            const q = qualified(doc, start);
            push({ start: q?.start ?? start, end, rule: name('fraction'), value: part, unit: 'fraction', qualifier: q?.qualifier ?? 'exact' });
          }
        }
      }
      if (ratioRe) {
        for (const { m, start, end } of matchAtAnchors(ratioRe, doc.text, regions, ratioAnchors(doc))) {
          const a = ratioTerm(m.groups?.a?.trim() ?? '');
          const b = ratioTerm(m.groups?.b?.trim() ?? '');
          // a share of a whole: 1 <= a < b (one in 2019 is no share; nor are 3 out of 3 or 10 in 5)
          if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || a >= b || b > 1000 || (m.groups?.one !== undefined && a !== 1)) continue;
          const q = qualified(doc, start);
          const ratio: FigureCandidate = { start: q?.start ?? start, end, rule: name('ratio'), value: a / b, unit: 'fraction', qualifier: q?.qualifier ?? 'exact' };
          ratios.push(ratio);
          push(ratio);
        }
      }
      for (const { m, start, end } of matchNear(numFracRe, doc.text, regions, FRACTION_SIGN, 8)) {
        const g = m.groups ?? {};
        const part = g.v !== undefined ? VULGAR_FRACTIONS[g.v] : Number(g.a) / Number(g.b);
        const proper = g.v !== undefined || (Number(g.a) >= 1 && Number(g.a) < Number(g.b));
        if (!proper || !Number.isFinite(part)) continue;
        const value = (g.whole !== undefined ? Number(g.whole) : 0) + part;
        const after = doc.text.slice(end, end + 60);
        const unitAfterIt = fractionUnitAfter(after);
        const u = unitAfterIt ? unitFor(unitAfterIt.u) : undefined;
        const q = qualified(doc, start);
        const base = { start: q?.start ?? start, qualifier: q?.qualifier ?? 'exact' } as const;
        // a share of people or things counted is a fraction (2/3 of voters); of a measure, an amount (1/16 of a pint)
        if (u && u.kind !== 'count') push({ ...base, end: end + unitAfterIt!.length, rule: name(RULE_BY_KIND[u.kind]), value, unit: u.unit });
        else if (g.whole === undefined && fractionFollower.test(after)) push({ ...base, end, rule: name('fraction'), value, unit: 'fraction' });
        else if (g.v !== undefined || g.sl === '\u2044') push({ ...base, end, rule: name('number'), value, unit: null });
      }
      // "others" count what the figure before them in the sentence counted (6 dead and 192 others: person): the
      // figures sorted by end once, each "others" walking back over those within 160 characters before it
      const byEnd = others.size ? [...out].sort((a, b) => a.end - b.end) : [];
      for (const f of others) {
        let k = firstAbove(byEnd, f.start, (x) => x.end) - 1;
        while (k >= 0 && f.start - byEnd[k].end <= 160 && (others.has(byEnd[k]) || !byEnd[k].unit)) k--;
        const x = k >= 0 ? byEnd[k] : undefined;
        const before = x && f.start - x.end <= 160 && !/[.!?؟\n]/.test(doc.text.slice(x.end, f.start)) ? x : undefined;
        if (before && before.unit) {
          f.unit = before.unit;
          if (before.unit_lang) f.unit_lang = before.unit_lang;
          else delete f.unit_lang;
        } else {
          f.unit = null;
          delete f.unit_lang;
        }
      }
      // the second number of a share (one in five doctors) counts no doctors of its own
      const kept = ratios.length ? out.filter((f) => f.rule === name('ratio') || !ratios.some((r) => f.start >= r.start && f.start < r.end)) : out;
      const figures = bracketedConversions(levelsBeforeChanges(carryUnits(linkRanges(scaledParts ? joinScaledParts(kept, doc.text, scaledParts) : kept, scaleOfFigure, doc.text, connector), doc.text, { partitive, carrier, countCarrier, clauseCarrier, apposition }, kindOf), doc.text, changeBetween), doc.text, kindOf);
      // a currency's hundredths in that currency (274.5 pence: 2.745 GBP; 87 سنتا: 0.87 USD), rates too, once the
      // units are carried (84.75 cents … the lowest 74.07: 0.7407 USD)
      for (const f of figures) {
        const [u, ...rest] = (f.unit ?? '').split(RATE_SEP);
        const sub = subunitOf.get(u);
        if (!sub || f.unit_lang) continue;
        f.value = Number((f.value * sub.factor).toPrecision(12));
        f.unit = [sub.of, ...rest].join(RATE_SEP);
      }
      return figures;
    },
  };
  return [extractor];
}

/** An Arabic number: ، or , between groups of three separate thousands; a comma before 1-2 or 4+ digits is a decimal point. */
function parseArabicNumber(s: string): number {
  if (/^[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})$/.test(s)) return Number(s.replace(',', '.'));
  return Number(s.replace(/[,\u060C]/g, ''));
}

/** What comes before "a month" when it is a rate: a number or amount, "times", "per". */
const RATE_BEFORE = /(?:[0-9%]|\b(?:times|per|dollars|euros|pounds|cents)\b)[ \t]{0,3}$/i;

/** What follows a bare number that makes it part of a phone number or a clock time. */
const NEXT_IS_NUMBER_OR_TIME = /^[ \t]{1,2}(?:[0-9]|[ap]\.?m\.?(?![a-z])|GMT|UTC|EST|o'clock|صباحا|مساء)/i;
const PREV_IS_NUMBER = /[0-9][ \t]{1,2}$/;

/** The word right before a position (English letters). */
const PREV_WORD = /(?<![A-Za-z'])([A-Za-z]{3,24})[ \t]{1,3}$/;
/** The word right before a place, up to the spaces before it (a number's word or digits before a vague amount). */
const PREV_NUMBER_WORD = /([\p{L}\p{N}][\p{L}\p{N}.,]*)[ \t]+$/u;

/** The next lower-case word. */
/** Arabic: a word in the dual's or sound plural's ending right before (مشتبهين، رجلين، دولتان) */
const DUAL_BEFORE_AR = /(?<![\u0621-\u064A])([\u0621-\u064A]{3,14}(?:ين|ان))[ \t]{1,2}$/;
const NEXT_WORD = /^[ \t]{1,4}([a-z]{3,24})(?![A-Za-z'-])/;
/** the next word, capitalized or not: a modifier before the counted noun (fake Facebook and Instagram accounts) */
const NEXT_ANY_WORD = /^[ \t]{1,4}([A-Za-z][a-z]{2,23})(?![A-Za-z'-])/;
/** The next word, capitalized, one space on: the second word of a name (North Korean). */
const NEXT_CAPITALIZED = /^[ \t]([A-Z][a-z]{2,23})(?![A-Za-z'-])/;
/** The Arabic word right after a position, one space before it. */
const NEXT_ARABIC_WORD = /^[ \t]([\u0621-\u064A]{2,20})(?![\u0621-\u064A])/;
/** An English plural (stations, agencies; not class or bus). */
const PLURAL = /[^s]s$/;
/** Up to two words between an amount and the bracket opening its conversion (46 مليار ين ياباني (423 مليون دولار)). */
const BEFORE_CONVERSION = /^(?:[ \t]{1,2}[^\s()0-9]{1,14}){0,2}[ \t]{0,2}\($/;

/**
 * An amount of money in brackets right after another (more than 46 billion yen ($423 million); أكثر من 46 مليار ين
 * ياباني (423 مليون دولار)) is the same amount in another currency: it takes the first's qualifier when it has none.
 */
function bracketedConversions(figs: FigureCandidate[], text: string, kindOf: Map<string, UnitKind>): FigureCandidate[] {
  const money = (f: FigureCandidate) => !!f.unit && kindOf.get(f.unit) === 'currency';
  for (let k = 1; k < figs.length; k++) {
    const a = figs[k - 1];
    const b = figs[k];
    if (a.qualifier === 'exact' || b.qualifier !== 'exact' || !money(a) || !money(b) || a.unit === b.unit) continue;
    if (b.start - a.end > 40 || !BEFORE_CONVERSION.test(text.slice(a.end, b.start))) continue;
    b.qualifier = a.qualifier;
  }
  return figs;
}

/** A bracketed aside right after a figure: ($2.408 billion) */
const PAREN_AFTER = /^[ \t]{0,2}\([^()\n]{1,40}\)/;
/** Americans, Iranians, Palestinians: a capitalized plural that is counted, not a name */
const DEMONYM_PLURAL = /^[A-Z][a-z]{2,}ans$/;
/**
 * Between a candidate's unit and its rate (80 USD | barrel): the record splits them into unit and per. Not
 * ' per ', which unit names hold (mile per hour).
 */
export const RATE_SEP = ' \u2215 ';
/** After a bare number: a short capitalized word and another capitalized word or a number (9 E 71st St, 358 El Brillo Way). */
const ADDRESS_NEXT = /^[ \t][A-Z][a-z]{0,2}\.?[ \t]+[A-Z0-9]/;
/** A capitalized name and an opening bracket right before a number: Dak Prescott (4). */
const NAME_PAREN_BEFORE = /[A-Z][a-z]+[ \t]\($/;
/** fishermen, gunmen, policemen (not specimen, regimen, abdomen) */
const MEN_PLURAL = /^(?!speci|regi|abdo)[a-z]{2,}men$/;

/** A capitalized word (not the first of a sentence) right before a number. */
const NAME_BEFORE = /[a-z0-9,;:)][ \t]+[A-Z][A-Za-z&.'-]*[ \t]+$/;
/** An opening quotation mark and one to four words of letters right before a number (the quoted name it closes). */
const QUOTED_NAME_BEFORE = new RegExp(`[${[...OPENING_QUOTES].join('')}][\\p{L}'-]{2,15}(?:[ \\t][\\p{L}'-]{1,15}){0,3}[ \\t]$`, 'u');

/** A bare number ends at a space, punctuation or the text's end: not glued to letters (5am, 164p). */
function bareNumberEnds(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122) && !(c >= 0x0621 && c <= 0x064a);
}

/** ½ ¼ ¾ and the other vulgar-fraction characters */
const VULGAR_FRACTIONS: Record<string, number> = {
  '\u00BC': 1 / 4, '\u00BD': 1 / 2, '\u00BE': 3 / 4, '\u2150': 1 / 7, '\u2151': 1 / 9, '\u2152': 1 / 10, '\u2153': 1 / 3, '\u2154': 2 / 3,
  '\u2155': 1 / 5, '\u2156': 2 / 5, '\u2157': 3 / 5, '\u2158': 4 / 5, '\u2159': 1 / 6, '\u215A': 5 / 6, '\u215B': 1 / 8, '\u215C': 3 / 8,
  '\u215D': 5 / 8, '\u215E': 7 / 8,
};

const ABBREVIATED_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mil: 1e6, mln: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };

/** Where the numeral (with its scale word) ends inside the whole match. */
function endOfNumeral(whole: string, g: Record<string, string | undefined>): number {
  const numeral = g.n ?? g.nn ?? g.w ?? '';
  let at = whole.indexOf(numeral) + numeral.length;
  if (g.h) at = whole.indexOf(g.h, at) + g.h.length;
  const scale = g.sc ?? g.sca;
  if (scale) at = whole.indexOf(scale, at) + scale.length;
  return at;
}

/**
 * Arabic: a count with a scale word (6 ملايين، أكثر من مليون), then a joiner glued to a smaller count under that scale, and
 * so on (6 ملايين و599 ألف ناخب، 7 ملايين و176 ألفا و141 صوتا): one figure, the sum, with the first part's start and
 * qualifier and the last part's end, unit and rule; never two ends of a range, whose second part is no smaller than the
 * scale.
 */
function joinScaledParts(figs: FigureCandidate[], text: string, between: RegExp): FigureCandidate[] {
  const scaleOf = (v: number): number => (v >= 1e9 && v % 1e9 === 0 ? 1e9 : v >= 1e6 && v % 1e6 === 0 ? 1e6 : v >= 1e3 && v % 1e3 === 0 ? 1e3 : 0);
  const out: FigureCandidate[] = [];
  let last: FigureCandidate | null = null;
  let scale = 0;
  for (const f of [...figs].sort((x, y) => x.start - y.start)) {
    const sameKind = last && (f.unit === null || last.unit === null || f.unit === last.unit);
    if (last && scale && sameKind && f.qualifier === 'exact' && f.value < scale && f.start > last.end && between.test(text.slice(last.end, f.start))) {
      last.value += f.value;
      last.end = f.end;
      if (f.unit !== null) {
        last.unit = f.unit;
        last.rule = f.rule;
        if (f.unit_lang) last.unit_lang = f.unit_lang;
      }
      scale = scaleOf(f.value);
      continue;
    }
    out.push(f);
    last = f;
    scale = scaleOf(f.value);
  }
  return out;
}

/**
 * The first end of a range joined by a connector (from $10 to $15 billion, between 750,000 and
 * 800,000 people, بين 3 و5 ملايين دولار) takes the second end's scale and unit when it has none.
 */
function linkRanges(figs: FigureCandidate[], scales: Map<FigureCandidate, number>, text: string, connector: RegExp): FigureCandidate[] {
  const sorted = [...figs].sort((a, b) => a.start - b.start || b.end - a.end);
  // right to left, so a list's unit passes back along it (4-, 5- and 6-cylinder)
  for (let i = sorted.length - 1; i >= 0; i--) {
    const a = sorted[i];
    let j = i + 1;
    while (j < sorted.length && sorted[j].start < a.end) j++;
    const b = sorted[j];
    if (!b || b.qualifier === 'vague' || a.qualifier === 'vague' || b.start - a.end > 12 || !connector.test(text.slice(a.end, b.start))) continue;
    if (a.unit !== null && a.unit !== b.unit) continue;
    const sb = scales.get(b) ?? 1;
    if ((scales.get(a) ?? 1) === 1 && sb > 1 && Math.abs(a.value) * sb <= Math.abs(b.value)) {
      a.value = decimalValue(a.value * sb);
      scales.set(a, sb);
    }
    if (a.unit === null && b.unit !== null) {
      a.unit = b.unit;
      if (b.unit_lang) a.unit_lang = b.unit_lang;
      a.rule = b.rule;
    }
  }
  return sorted;
}

/**
 * A bare number after a counted figure of the same sentence, joined by a carrier word, counts the same
 * thing (More than 6 million homes, including 1.5 million in Los Angeles; rose 64.06 points to 4,577.10;
 * 68,400 people ... compared with 95,800); after a weaker carrier (and, و) only a count passes on (435
 * homes by open sale and 187 by tender), and after a contrast word and a short clause with a copula any
 * unit does (91.5 cents, while the lowest is 80.25). Otherwise money and percentages need their own sign or word.
 */
interface Carriers {
  /** between a bare count and the counted figure after it whose unit it takes (9 million of the 22 million voters) */
  partitive: RegExp | null;
  carrier: RegExp;
  countCarrier: RegExp;
  clauseCarrier: (between: string) => boolean;
  apposition: RegExp;
}

function carryUnits(figs: FigureCandidate[], text: string, { partitive, carrier, countCarrier, clauseCarrier, apposition }: Carriers, kindOf: Map<string, UnitKind>): FigureCandidate[] {
  // (backward first: a bare count before a partitive takes the counted unit of the figure right after it)
  if (partitive) {
    for (let i = figs.length - 2; i >= 0; i--) {
      const f = figs[i];
      // (the next figure after it, past any that overlap it and are dropped later: ملايين من بين, a vague amount)
      let j = i + 1;
      while (j < figs.length && figs[j].start < f.end) j++;
      const g = figs[j];
      if (f.unit !== null || !g || g.unit === null || g.start - f.end > 24) continue;
      const kind = g.unit_lang ? 'count' : kindOf.get(g.unit.split(RATE_SEP)[0]);
      if (kind !== 'count' || !partitive.test(text.slice(f.end, g.start))) continue;
      f.unit = g.unit;
      if (g.unit_lang) f.unit_lang = g.unit_lang;
    }
  }
  let last: FigureCandidate | null = null;
  let beforeLast: FigureCandidate | null = null;
  for (const f of figs) {
    // a percentage in apposition (lost 88.5 points, or 1.9%, to 4,512.3) stands aside: the
    // figure before it passes its unit on
    if (f.unit === null && last && beforeLast && last.unit === 'percent' && beforeLast.unit !== 'percent' && apposition.test(text.slice(beforeLast.end, last.start))) {
      const between = text.slice(last.end, f.start);
      const kind = beforeLast.unit_lang ? 'count' : kindOf.get(beforeLast.unit!.split(RATE_SEP)[0]);
      if ((kind === 'count' || kind === 'measure') && f.start - last.end <= 40 && !/[0-9.!?؟\n]/.test(between) && carrier.test(between)) {
        f.unit = beforeLast.unit;
        if (beforeLast.unit_lang) f.unit_lang = beforeLast.unit_lang;
      }
    }
    if (f.unit === null && last && f.start - last.end <= 80 && f.start >= last.end) {
      const between = text.slice(last.end, f.start);
      const kind = last.unit_lang ? 'count' : kindOf.get(last.unit!.split(RATE_SEP)[0]);
      // (a year between is a date's, no number: more than 1,000 attacks in 2024, up from about 600)
      const plain = !/[0-9.!?؟\n]/.test(between.replace(YEAR_BETWEEN, ''));
      // (across a clause, money and percentages too: 91.5 cents, while the lowest is 80.25)
      if (plain && (((kind === 'count' || kind === 'measure') && (carrier.test(between) || (kind === 'count' && countCarrier.test(between)))) || clauseCarrier(between))) {
        f.unit = last.unit;
        if (last.unit_lang) f.unit_lang = last.unit_lang;
      }
    }
    if (f.unit !== null) {
      beforeLast = last;
      last = f;
    }
  }
  return figs;
}

/**
 * A bare level right before its change in points or another counted unit takes that unit (The TSX closed at
 * 5,210.4, up 31.2 points); a change in percent says nothing of the level's unit.
 */
function levelsBeforeChanges(figs: FigureCandidate[], text: string, changeBetween: RegExp | null): FigureCandidate[] {
  if (!changeBetween) return figs;
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i];
    const b = figs[i + 1];
    if (a.unit !== null || b.unit === null || b.unit === 'percent' || b.unit === 'fraction' || b.start < a.end) continue;
    if (!changeBetween.test(text.slice(a.end, b.start))) continue;
    a.unit = b.unit;
    if (b.unit_lang) a.unit_lang = b.unit_lang;
  }
  return figs;
}



/** An Arabic letter, then a space or none, before an opening bracket (فاي (44 عاما)). */
const ARABIC_BEFORE_BRACKET = /[\u0621-\u064A][ \t]?$/;
/** Two capitalized words one space apart, sticky (South Korean, New York): one modifier before a count noun. */
const CAPITALIZED_PAIR = /[A-Z][a-z]{1,15} [A-Z][a-z]{2,15}(?![A-Za-z])/y;
/** Capitals with a point after each, two to four (U.S., U.K., U.A.E.), sticky. */
const INITIALS = /(?:[A-Z]\.){2,4}/y;
/** Two or three capitals opening a phrase before a word (US dollars, NZ dollars). */
const STATE_INITIALS = /^[A-Z]{2,3}(?= [a-z])/;

/** A run of digits that is a whole number (no digit or decimal after it, none before). */
const DIGIT_RUN = /(?<![0-9.,٫])[0-9]{1,6}(?![0-9]|[.,٫][0-9])/g;
/** The article (and a tatweel) glued before digits, on no longer word: الـ24، ال12 (a number that follows its definite noun). */
const ARTICLE_BEFORE_AR = /(?<![\u0621-\u064A])ال\u0640?$/;
/** The word right before (spaces after it): a proclitic (1) and the definite noun (2). */
const WORD_BEFORE_AR = /(?<![\u0621-\u064A])([وفبلك]?)(ال[\u0621-\u064A]{2,})[ \t]{1,4}$/;

/** A plain four-digit number from 1900 to 2099 with no separator: a year, not a count. */
function looksLikeYear(g: Record<string, string | undefined>, value: number): boolean {
  return g.n !== undefined && /^(19|20)[0-9]{2}$/.test(g.n) && !g.sc && !g.sca && value >= 1900;
}

/** The lemma of a noun the lexicon does not know, or null when the word is not a plausible noun. */
function unknownLemma(word: string, lang: Lang, functionWords: Set<string>, notCounted: Set<string>, value: number, pluralOf: Map<string, string>): string | null {
  if (functionWords.has(lookupKey(word)) || notCounted.has(lookupKey(word))) return null;
  if (lang === 'ar') {
    let w = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
    if (functionWords.has(w) || notCounted.has(w)) return null;
    // (an imperfect verb is no noun counted, of the plural or the singular: 1.2 مليون يعيشون في الخارج، ثلاثة يشتبه في
    // أنهم; a nisba plural is, يابانيون)
    if (IMPERFECT_PLURAL_AR.test(w) || IMPERFECT_AR.test(w)) return null;
    // (nor a derived verb's feminine past, the clause's verb after a name's number: مجموعة أبت 34 استهدفت)
    if (DERIVED_PAST_FEMININE_AR.test(w)) return null;
    const broken = pluralOf.get(lookupKey(w));
    if (broken) return broken;
    // 11-99 take a singular accusative noun (30 قرصانا): drop the tanween alif for the lemma
    if (value >= 11 && value <= 99 && w.length > 3 && w.endsWith('ا') && !w.endsWith('ايا')) w = w.slice(0, -1);
    // a sound masculine plural (متظاهرين، موظفون) has the singular for its lemma
    else if (w.length >= 6 && (w.endsWith('ين') || w.endsWith('ون'))) w = w.slice(0, -2);
    return w;
  }
  if (DEMONYM_PLURAL.test(word)) return word.slice(0, -1); // Americans: American
  const w = word.toLowerCase();
  const irregular = pluralOf.get(w);
  if (irregular) return irregular;
  if (w.endsWith('ly') || w.endsWith('ed') || w.endsWith('ing')) return null; // adverbs and verb forms
  if (MEN_PLURAL.test(w)) return `${w.slice(0, -3)}man`; // fishermen: fisherman
  return singular(w);
}

function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * An Arabic dual's forms: as listed, in the other case (ين / ان) and definite (البلدين، الزعيمان), also after
 * ل whose ال is written لل (للبلدين). Phrases of more than one word stay as listed (مسؤولين اثنين).
 */
function dualForms(d: string): string[] {
  if (/[ \t]/.test(d)) return [d];
  const base = d.endsWith('ين') || d.endsWith('ان') ? d.slice(0, -2) : null;
  const cases = base ? [`${base}ين`, `${base}ان`] : [d];
  return [...new Set(cases.flatMap((c) => [c, `ال${c}`, `ل${c}`]))];
}

