/**
 * Figures: quantities that are not dates. A numeral (digits with an optional scale word, or number
 * words: "twenty-five", "three hundred", خمسة وعشرون، ثلاثمئة) followed by a unit from the language's
 * lexicon (percent, data size, currency, duration, or a counted noun mapped to an English lemma), or by
 * an unknown noun, kept with its source-language lemma. Also currency signs before a number ($2.5
 * million), Arabic duals (ساعتين: two hours) and vague amounts with their noun (عشرات الآلاف من الوثائق).
 *
 * Rules (one concept each): percent, data-size, money, duration, qualified-count (a lexicon noun),
 * unknown-count (a noun not in the lexicon), dual-count, vague-amount.
 *
 * Speed: the numeral regex starts with a digit or a number word, which the regex engine scans for
 * quickly; the qualifier before it ("more than", أكثر من) is found by a short look-back.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, FigureCandidate, Qualifier, Region } from '../core/types.js';
import type { Extractor } from './registry.js';
import { END, NUMBER, NUMBER_AFTER_SIGN, START, alt, compile, lookupKey, matchAll, parseNumber, wordStart } from './patterns.js';
import { numberWordTable, parseNumberWords, numeralPattern } from './numerals.js';

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
const SP = '[ \\t]{1,4}';

interface Unit {
  unit: string;
  kind: UnitKind;
}

export function figureRuleNames(lang: Lang): string[] {
  return [...Object.values(RULE_BY_KIND), 'unknown-count', 'dual-count', 'vague-amount', 'number'].map((r) => `${lang}/figure/${r}`);
}

export function figureExtractors(lang: Lang, res: LangResources): Extractor<'figures'>[] {
  const ci = lang === 'en' ? 'i' : '';
  const qualifierOf = new Map<string, Qualifier>();
  for (const q of res.qualifiers.qualifiers) for (const p of q.phrases) qualifierOf.set(lookupKey(p), q.qualifier);

  // number words
  const nw = res['number-words'];
  const wordValue = numberWordTable(res);
  const scaleOf = new Map<string, number>();
  for (const e of nw.scales) for (const p of e.phrases) scaleOf.set(lookupKey(p), e.value);
  const vagueOf = new Map<string, number>();
  for (const v of nw.vague) for (const p of v.phrases) vagueOf.set(lookupKey(p), v.value);
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  const notCounted = new Set(nw.not_counted.map(lookupKey));

  // units
  const unitOf = new Map<string, Unit>();
  const prefixUnits = new Map<string, Unit>();
  const duals = new Map<string, Unit>();
  for (const u of res.units.units) {
    for (const p of u.phrases) (u.prefix ? prefixUnits : unitOf).set(lookupKey(p), { unit: u.unit, kind: u.kind });
    for (const d of u.duals ?? []) duals.set(lookupKey(d), { unit: u.unit, kind: u.kind });
  }
  const symbolUnits = [...unitOf.keys()].filter((k) => !/\p{L}/u.test(k));
  const wordUnits = [...unitOf.keys()].filter((k) => /\p{L}/u.test(k));
  const countNouns = [...unitOf].filter(([, u]) => u.kind === 'count').map(([k]) => k);

  const WORDS = numeralPattern(wordValue, lang);
  const SCALE = alt(scaleOf.keys());
  const digits = (sfx: string, number = NUMBER) =>
    `(?<n${sfx}>${number})(?:[ \\t]{0,4}(?<sc${sfx}>${SCALE})${END}|(?<sca${sfx}>m|bn|tn|k)${END})?`;
  const NUMERAL = `(?:${digits('')}|${wordStart(lang)}(?<w>${WORDS})${END})`;
  // what may stand between a numeral and its unit
  const partitive = lang === 'ar'
    ? `(?<part>من${SP}(?:(?:هذه|هؤلاء|تلك|بين)${SP})?)?(?:ال)?`
    : `(?<part>of${SP}(?:the${SP})?)?`;
  const modifiers = lang === 'en'
    ? `(?<mods>(?:(?!${alt(functionWords)}${END})(?!${alt(wordUnits)}${END})[A-Za-z][A-Za-z'-]{1,24}${SP}){0,2})`
    : '';
  const unknownNoun = lang === 'en' ? `(?<x>[a-z]{3,24}(?:-[a-z]{2,12}){0,2})` : `(?<x>(?:ال)?[\\u0621-\\u064A]{2,20})`;
  const re = compile(
    `${NUMERAL}(?:[ \\t]{0,4}(?<us>${alt(symbolUnits)})` +
      `|(?:[ \\t]{0,4}|-)${partitive}${modifiers}(?<u>${alt(wordUnits)})${END}` +
      `|${SP}${unknownNoun}${END})?`,
    ci,
  );
  // "a week", "an hour": one of a unit of time (English; Arabic uses the singular noun alone)
  const timeUnits = [...unitOf].filter(([, u]) => u.kind === 'time').map(([k]) => k);
  const oneRe = lang === 'en' ? compile(`${START}(?:an?|one)${SP}(?<u>${alt(timeUnits)})${END}`, ci) : null;
  // after a currency sign or code the number may be glued to letters: USD10m, $US113 trillion
  const prefixRe = compile(`(?<u2>${alt(prefixUnits.keys())})[ \\t]?${digits('2', NUMBER_AFTER_SIGN)}`, ci);
  const dualRe = duals.size ? compile(`${wordStart(lang)}(?<dual>${alt(duals.keys())})${END}`) : null;
  const counted = alt(countNouns);
  const vagueRe = compile(
    `${wordStart(lang)}${lang === 'ar' ? '(?:ال)?' : ''}(?<v>${alt(vagueOf.keys())})${END}` +
      (lang === 'ar' ? `${SP}(?:من${SP})?(?:ال)?(?<u>${counted})${END}` : `${SP}(?:of${SP})?${modifiers}(?<u>${counted})${END}`),
    ci,
  );

  const qualifierBefore = compile(`${wordStart(lang)}(?<q>${alt(qualifierOf.keys())})[ \\t]{1,4}$`, ci);
  const nameBefore = compile(`${START}${alt(res['numbered-names'].names)}[ \\t]{1,2}$`);
  const before = (r: RegExp, text: string, at: number) => {
    r.lastIndex = 0;
    return r.exec(text.slice(Math.max(0, at - LOOKBACK), at));
  };
  const qualified = (doc: Doc, start: number): { start: number; qualifier: Qualifier } | null => {
    const q = before(qualifierBefore, doc.text, start);
    if (!q) return null;
    return { start: start - q[0].length + (q.groups?.pre?.length ?? 0), qualifier: qualifierOf.get(lookupKey(q.groups?.q ?? '')) ?? 'exact' };
  };
  const wordsValue = (s: string) => parseNumberWords(s, wordValue, lang);
  const digitsValue = (g: Record<string, string | undefined>, sfx: string) => {
    const n = parseNumber(g[`n${sfx}`] ?? '');
    const sc = g[`sc${sfx}`] ? scaleOf.get(lookupKey(g[`sc${sfx}`]!)) : g[`sca${sfx}`] ? ABBREVIATED_SCALE[g[`sca${sfx}`]!.toLowerCase()] : 1;
    return n * (sc ?? 1);
  };
  const name = (what: string) => `${lang}/figure/${what}`;

  const extractor: Extractor<'figures'> = {
    name: `${lang}/figure`,
    lang,
    dimension: 'figures',
    rules: figureRuleNames(lang),
    extract(doc: Doc, regions: Region[]): FigureCandidate[] {
      const out: FigureCandidate[] = [];
      for (const { m, start, end } of matchAll(re, doc.text, regions)) {
        const g = m.groups ?? {};
        const fromWords = g.w !== undefined;
        // a plural scale word alone (آلاف، ملايين) is a vague amount, handled below
        if (fromWords && vagueOf.has(lookupKey(g.w!))) continue;
        const value = fromWords ? wordsValue(g.w!) : digitsValue(g, '');
        if (!Number.isFinite(value)) continue;
        const q = qualified(doc, start);
        if (!q && !fromWords && before(nameBefore, doc.text, start)) continue; // Windows 10, المادة 5
        let unit: Unit | undefined;
        let unknown: string | undefined;
        if (g.us !== undefined) unit = unitOf.get(lookupKey(g.us));
        else if (g.u !== undefined) unit = unitOf.get(lookupKey(g.u));
        else if (g.x !== undefined) unknown = g.x;
        // "one of the officials" picks one out of a group: not a quantity
        if (g.part !== undefined && value === 1) continue;
        // 2016 elections, 1999 attacks: a plain year before a noun dates it; money and percentages stay
        if (unit && (unit.kind === 'count' || unit.kind === 'time') && looksLikeYear(g, value)) continue;
        let figEnd = end;
        // a capitalized word after a number is a name (787 Dreamliner, 575 Wilbraham Road), not what is counted
        if (unknown !== undefined && /^[A-Z]/.test(unknown)) {
          if (g.sc || g.sca || q) figEnd = end - m[0].length + endOfNumeral(m[0], g);
          else continue;
          unknown = undefined;
        }
        // after a capitalized word inside a sentence a number is part of a name (Big 12, Automotive 15)
        const inName = !fromWords && !q && lang === 'en' && NAME_BEFORE.test(doc.text.slice(Math.max(0, start - 32), start));
        if (unknown !== undefined && inName) continue;
        if (unknown !== undefined) {
          const lemma = unknownLemma(unknown, lang, functionWords, notCounted, value);
          // number words need a known unit in Arabic (ست، سبع are also words); a year is not a count
          if (!lemma || (fromWords && lang === 'ar') || looksLikeYear(g, value)) {
            if (!g.sc && !g.sca && !q) continue;
            figEnd = end - m[0].length + endOfNumeral(m[0], g); // the figure stops at its numeral
          } else {
            out.push({ start: q?.start ?? start, end, rule: name('unknown-count'), value, unit: lemma, unit_lang: lang, qualifier: q?.qualifier ?? 'exact' });
            continue;
          }
        }
        if (!unit) {
          // a bare numeral: digits (or words with a scale), not a year, not glued to letters (5am, 164p, 3D)
          if (looksLikeYear(g, value) || (fromWords && !(g.sc || q))) continue;
          const numeralEnd = end - m[0].length + endOfNumeral(m[0], g);
          if (!fromWords && !bareNumberEnds(doc.text, numeralEnd)) continue;
          // 202 555 0100 (a phone number), 3 p.m. (a time): not quantities
          if (!fromWords && (NEXT_IS_NUMBER_OR_TIME.test(doc.text.slice(numeralEnd, numeralEnd + 12)) || PREV_IS_NUMBER.test(doc.text.slice(Math.max(0, start - 3), start)))) continue;
          if (inName) continue;
          out.push({ start: q?.start ?? start, end: figEnd, rule: name(g.sc || g.sca || q ? 'qualified-count' : 'number'), value, unit: null, qualifier: q?.qualifier ?? 'exact' });
          continue;
        }
        out.push({ start: q?.start ?? start, end, rule: name(RULE_BY_KIND[unit.kind]), value, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' });
      }
      for (const { m, start, end } of matchAll(prefixRe, doc.text, regions)) {
        const g = m.groups ?? {};
        const value = digitsValue(g, '2');
        const unit = prefixUnits.get(lookupKey(g.u2 ?? ''));
        if (!unit || !Number.isFinite(value)) continue;
        const q = qualified(doc, start);
        out.push({ start: q?.start ?? start, end, rule: name('money'), value, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' });
      }
      if (oneRe) {
        for (const { m, start, end } of matchAll(oneRe, doc.text, regions)) {
          const unit = unitOf.get(lookupKey(m.groups?.u ?? ''));
          // "$3,500 a month", "78,000 times a minute" are rates, not durations
          if (!unit || RATE_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start))) continue;
          const q = qualified(doc, start);
          out.push({ start: q?.start ?? start, end, rule: name('duration'), value: 1, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' });
        }
      }
      if (dualRe) {
        for (const { m, start, end } of matchAll(dualRe, doc.text, regions)) {
          const unit = duals.get(lookupKey(m.groups?.dual ?? ''));
          if (!unit) continue;
          const q = qualified(doc, start);
          out.push({ start: q?.start ?? start, end, rule: name('dual-count'), value: 2, unit: unit.unit, qualifier: q?.qualifier ?? 'exact' });
        }
      }
      for (const { m, start, end } of matchAll(vagueRe, doc.text, regions)) {
        const g = m.groups ?? {};
        out.push({
          start,
          end,
          rule: name('vague-amount'),
          value: vagueOf.get(lookupKey(g.v ?? '')) ?? 0,
          unit: unitOf.get(lookupKey(g.u ?? ''))?.unit ?? null,
          qualifier: 'vague',
        });
      }
      return out;
    },
  };
  return [extractor];
}

/** What comes before "a month" when it is a rate: a number or amount, "times", "per". */
const RATE_BEFORE = /(?:[0-9%]|\b(?:times|per|dollars|euros|pounds|cents)\b)[ \t]{0,3}$/i;

/** What follows a bare number that makes it part of a phone number or a clock time. */
const NEXT_IS_NUMBER_OR_TIME = /^[ \t]{1,2}(?:[0-9]|[ap]\.?m\.?(?![a-z])|GMT|UTC|EST|o'clock|صباحا|مساء)/i;
const PREV_IS_NUMBER = /[0-9][ \t]{1,2}$/;

/** A capitalized word (not the first of a sentence) right before a number. */
const NAME_BEFORE = /[a-z0-9,;:)][ \t]+[A-Z][A-Za-z&.'-]*[ \t]+$/;

/** A bare number ends at a space, punctuation or the text's end: not glued to letters (5am, 164p). */
function bareNumberEnds(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122) && !(c >= 0x0621 && c <= 0x064a);
}

const ABBREVIATED_SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, tn: 1e12 };

/** Where the numeral (with its scale word) ends inside the whole match. */
function endOfNumeral(whole: string, g: Record<string, string | undefined>): number {
  const numeral = g.n !== undefined ? g.n : g.w ?? '';
  let at = whole.indexOf(numeral) + numeral.length;
  const scale = g.sc ?? g.sca;
  if (scale) at = whole.indexOf(scale, at) + scale.length;
  return at;
}

/** A plain four-digit number from 1900 to 2099 with no separator: a year, not a count. */
function looksLikeYear(g: Record<string, string | undefined>, value: number): boolean {
  return g.n !== undefined && /^(19|20)[0-9]{2}$/.test(g.n) && !g.sc && !g.sca && value >= 1900;
}

/** The lemma of a noun the lexicon does not know, or null when the word is not a plausible noun. */
function unknownLemma(word: string, lang: Lang, functionWords: Set<string>, notCounted: Set<string>, value: number): string | null {
  if (functionWords.has(lookupKey(word)) || notCounted.has(lookupKey(word))) return null;
  if (lang === 'ar') {
    let w = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
    if (functionWords.has(w) || notCounted.has(w)) return null;
    // 11-99 take a singular accusative noun (30 قرصانا): drop the tanween alif for the lemma
    if (value >= 11 && value <= 99 && w.length > 3 && w.endsWith('ا') && !w.endsWith('ايا')) w = w.slice(0, -1);
    return w;
  }
  const w = word.toLowerCase();
  if (w.endsWith('ly') || w.endsWith('ed') || w.endsWith('ing')) return null; // adverbs and verb forms
  return singular(w);
}

function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

