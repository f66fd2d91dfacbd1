/**
 * Dates: calendar references with TIMEX3 values from the text alone (SPEC). Rules, one concept each:
 * day-month-year (5 نوفمبر 2024, November 5, 2024), ordinal-day-month (الخامس من نوفمبر, the fifth of
 * November), month-year, month (after a cue; Arabic month names alone too), year (after a cue),
 * iso-date, weekday, relative (اليوم، العام الماضي، last week, hours ago) and hijri (15 رمضان 1445 هـ, converted
 * with the Umm al-Qura calendar, the Hijri original kept). The ago rule (قبل عامين، three days ago, a year earlier)
 * gives no date: units counted before "ago" are a duration built into an offset, GOLD.md's figure, and its match only
 * keeps the words inside it from being read as a date (weeks ago in two weeks ago).
 * Paired month names (يوليو/تموز، كانون الثاني/ يناير) are one date; in a range (بين أغسطس/آب
 * وسبتمبر/أيلول 2019) a month without a year takes the year of the month it is paired with.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import { hijriToGregorian } from '../core/hijri.js';
import { firstAbove } from '../core/arrays.js';
import type { DateCandidate, DateUnit, Doc, Region } from '../core/types.js';
import type { Extractor } from '../core/types.js';
import { END, SPACES_1_4, alt, compile, lookupKey, matchAtAnchors, merged, wordAnchors, wordStart } from './patterns.js';
import { numberWordTable, numeralPattern, parseNumberWords } from './numerals.js';
import { countedRangeTail } from './lexicon.js';

const TIME_UNITS: Record<string, DateUnit> = { day: 'day', week: 'week', month: 'month', year: 'year' };

const SP = SPACES_1_4;
/** A year 1900-2099; `g` names the group (JS forbids a group name twice in one pattern). */
const year = (g = 'y') => `(?<${g}>(?:19|20)[0-9]{2})(?![0-9])`;
const YEAR = year();
/** The Hijri era mark: هـ، ه, AH. */
const HIJRI_ERA = '(?:هجرية|هجري|هـ|ه|ھ|AH|A\\.H\\.)';

/** What a rule builds; `rule` names the concept when one pattern serves several (day-month-year...). */
type Built = Omit<DateCandidate, 'start' | 'end' | 'rule'> & { range?: string; rule?: string; block?: boolean };
type Build = (g: Record<string, string>) => Built | null;

export function dateExtractors(lang: Lang, res: LangResources): Extractor<'dates'>[] {
  // Alternations keep the resource's case (English names are capitalized); lookups use lookupKey().
  const monthOf = new Map<string, number>();
  // (Arabic news writes a month by two of its names, a space between: مارس آذار، أكتوبر تشرين الأول; one name of the month)
  const namesOf = (m: { names: string[] }) => (lang === 'ar' ? [...m.names, ...m.names.flatMap((a) => m.names.filter((b) => b !== a).map((b) => `${a} ${b}`))] : m.names);
  const monthNames = res.months.months.flatMap(namesOf);
  for (const m of res.months.months) for (const n of namesOf(m)) monthOf.set(lookupKey(n), m.month);
  const dc = res['date-cues'];
  const ambiguous = new Set(dc.ambiguous_months.map(lookupKey));
  const MONTH = alt(monthNames);
  // A month name alone is a date in Arabic news (وفي مايو), but in English it needs a cue or a day:
  // "Mr. March", "May I" (see the month rule).
  const pair = (g: string, month: string) =>
    `(?<${g}>${month})(?:[ \\t]{0,2}/[ \\t]{0,2}${MONTH}|[ \\t]{1,2}\\([ \\t]{0,2}${MONTH}[ \\t]{0,2}\\))?${END}`;
  const ordinalOf = new Map<string, number>();
  for (const o of res.ordinals.ordinals) for (const p of o.phrases) ordinalOf.set(lookupKey(p), o.value);
  const hijriOf = new Map<string, number>();
  for (const m of res.months.hijri) for (const n of m.names) hijriOf.set(lookupKey(n), m.month);
  const pre = wordStart(lang);
  const cues = { month: dc.month, year: dc.year, yearInSpan: dc.year_in_span };
  const rules: { name: string; re: RegExp; build: Build; anchors: (doc: Doc) => ArrayLike<number> }[] = [];
  /**
   * Every rule runs only where one of its matches can start (matchAtAnchors): `startsWith`, the phrases a match starts
   * with after the word start (in Arabic less a proclitic), and with `numbers`, wherever digits (or a sign or bracket
   * glued to them) start. A rule must name one or the other.
   */
  const add = (what: string, source: string, build: Build, flags = '', startsWith: Iterable<string> = [], numbers = false) => {
    const phrases = [...startsWith];
    if (!phrases.length && !numbers) throw new Error(`${lang}/date/${what}: a rule runs at its anchors; give the words its matches start with or numbers`);
    rules.push({ name: `${lang}/date/${what}`, re: compile(source, `${flags}y`), build, anchors: wordAnchors(phrases, lang === 'ar', numbers) });
  };

  // which occurrence a yearless month means: before it (last May) or after it (شباط الماضي)
  const dir = { before: {} as Record<string, 'past' | 'future'>, after: {} as Record<string, 'past' | 'future'> };
  for (const d of dc.direction) for (const p of d.phrases) dir[d.position][p] = d.direction;
  const dirAfter = Object.keys(dir.after).length ? `(?:${SP}(?<dirA>${alt(Object.keys(dir.after))})${END})?` : '';
  const directionOf = (g: Record<string, string>) => dirOf(dir.before, g.dirB) ?? dirOf(dir.after, g.dirA);
  const dayMonth: Build = (g) => {
    const d = g.ord !== undefined ? ordinalOf.get(lookupKey(g.ord)) ?? 0 : Number(g.d);
    const mo = monthOf.get(lookupKey(g.mo)) ?? 0;
    if (d < 1 || d > 31 || !mo || (mo === 2 && d > 29) || ([4, 6, 9, 11].includes(mo) && d > 30)) return null;
    const direction = g.y ? undefined : directionOf(g);
    return { value: `${g.y ?? 'XXXX'}-${pad(mo)}-${pad(d)}`, type: 'date', ...(direction ? { direction } : {}) };
  };
  // One rule per language anchored on the month name (the largest alternation, compiled once): what
  // stands around it decides the concept: a day (day-month-year), an ordinal (ordinal-day-month), a
  // year (month-year), or a cue word or direction (month).
  const ORD = alt(ordinalOf.keys());
  // (a determiner before a month used as an adjective, the November election: a cue kept out of the span, as cue2;
  // the word after the month a common noun or a day, not a name's next word: the October CMS builder)
  const determiners = new Set(dc.month_determiners.map(lookupKey));
  const determinerCue = dc.month_determiners.length ? `|(?<cue2>${alt(dc.month_determiners)}${SP})(?=[A-Z][a-z]*\\.?[ \\t]+[a-z0-9])` : '';
  // (the second month of a range, after the first and a joiner: between January and June; a lookbehind from the month,
  // where the rule runs anyway, so the joiners, among the commonest words, are no anchors of their own)
  // (zero-width, so an alternation with nothing, not an optional group, whose empty match would capture nothing)
  const rangeCue = dc.month_range_joiners.length ? `(?:(?<range>(?<=(?:${MONTH})${SP}(?:${alt(dc.month_range_joiners)})${SP}))|)` : '';
  const monthCentered = lang === 'ar'
    ? `${pre}(?:(?<d>[0-9]{1,2})(?![0-9])${SP}(?:من${SP})?(?:شهر${SP})?|(?<cue>يوم${SP})?(?<ord>${ORD})${SP}(?:من${SP})?(?:شهر${SP})?|(?<cue2>${alt(cues.month)}${SP}))?` +
      `${pair('mo', MONTH)}(?:[ \\t]{0,4}[,،]?[ \\t]{0,4}(?:(?:من${SP})?(?:عام|سنة)${SP})?${YEAR})?${dirAfter}`
    : `${pre}${rangeCue}(?:(?<d>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?${SP}(?:of${SP})?|(?:the${SP})?(?<ord>${ORD})${SP}of${SP}|(?<cue>${alt(cues.month)}(?:${SP}|-))|(?<dirB>${alt(Object.keys(dir.before))})${SP}${determinerCue})?` +
      `${pair('mo', MONTH)}(?:[ \\t]{0,4}(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])|${SP}(?:the${SP})?(?<ord2>${ORD})${END})?(?:[ \\t]{0,4},?[ \\t]{0,4}(?:of${SP})?${YEAR})?`;
  add('month', monthCentered, (g) => {
    const mo = monthOf.get(lookupKey(g.mo ?? ''));
    if (!mo) return null;
    if (g.d !== undefined || g.ord !== undefined) {
      const v = dayMonth(g);
      return v ? { ...v, rule: g.d !== undefined ? 'day-month-year' : 'ordinal-day-month' } : null;
    }
    if (g.y) return { value: `${g.y}-${pad(mo)}`, type: 'date', rule: 'month-year' };
    // a month alone needs a cue or a direction word (English), or an unambiguous name (Arabic); after a determiner,
    // an unambiguous name (the November election, not the May government)
    const direction = directionOf(g);
    if (!g.cue && g.range === undefined && !g.dirB && !(lang === 'ar' && !ambiguous.has(lookupKey(g.mo)))) return null;
    if (g.cue && determiners.has(lookupKey(g.cue.trim())) && ambiguous.has(lookupKey(g.mo))) return null;
    return { value: `XXXX-${pad(mo)}`, type: 'date', rule: 'month', ...(direction ? { direction } : {}) };
  }, '', [...monthNames, ...ordinalOf.keys(), lang === 'ar' ? 'يوم' : 'the', ...cues.month, ...Object.keys(dir.before)], true);
  // a season and its year (the summer of 2022, autumn 2023; صيف 2022، خريف عام 2023): YYYY-SU and so on
  const namedSeason = new Map<string, string>();
  for (const x of dc.seasons) for (const n of x.names) namedSeason.set(lookupKey(n), x.season);
  if (namedSeason.size) {
    const seasonYear = lang === 'ar' ? `(?:(?:من${SP})?(?:عام|سنة)${SP})?` : `(?:of${SP})?`;
    add('season-year', `${pre}(?<sea>${alt(dc.seasons.flatMap((x) => x.names))})${SP}${seasonYear}${YEAR}${END}`, (g) => {
      const season = namedSeason.get(lookupKey(g.sea ?? ''));
      return season ? { value: `${g.y}-${season}`, type: 'date' } : null;
    }, lang === 'en' ? 'i' : '', dc.seasons.flatMap((x) => x.names));
  }
  // 2009-2010, 1957-58: both years are dates
  add('year-range', `(?<![0-9A-Za-z])(?<ya>(?:19|20)[0-9]{2})[-–](?<yb>(?:19|20)?[0-9]{2})(?![0-9])`, (g) => ({ value: g.ya, type: 'date', range: g.yb }), '', [], true);
  // the 20th century, القرن العشرين: TIMEX3 gives the first two digits (19)
  const centuryWords = lang === 'ar' ? `القرن${SP}(?<cord>${alt(ordinalOf.keys())})` : `(?:the${SP})?(?:(?<cn>[0-9]{1,2})(?:st|nd|rd|th)|(?<cord2>${alt(ordinalOf.keys())}))${SP}[Cc]entury`;
  add('century', `${pre}${centuryWords}${END}`, (g) => {
    const n = g.cn ? Number(g.cn) : ordinalOf.get(lookupKey(g.cord ?? ''));
    return n && n > 0 && n <= 21 ? { value: pad(n - 1), type: 'date' } : null;
  }, lang === 'en' ? 'i' : '', lang === 'ar' ? ['القرن'] : ['the', ...ordinalOf.keys()], true);
  const WORD_AFTER = `[ \\t]{1,4}[${lang === 'ar' ? '\\u0621-\\u064A' : 'a-z'}]`;
  const CONNECTOR = alt(res['number-words'].range_connectors);
  // after a preposition (in, by) the year must not count a noun: in 1500 homes, from 1200 to 2000 hires
  // what a range's second end may count: in English a plural (from 1200 to 2000 hires; not: between 1600
  // and 1900 world temperatures dropped), in Arabic any word
  const NOUN_AFTER = lang === 'en' ? '[ \\t]{1,4}[a-z]{0,20}[a-rt-z]s(?![a-z])' : WORD_AFTER;
  // عام 2016، عام ( 1993 )، (1948): a year after a cue word or alone in parentheses
  const yearSpan = cues.yearInSpan.length ? `${alt(cues.yearInSpan)}${SP}(?:\\([ \\t]?${YEAR}[ \\t]?\\)|${year('y3')})|` : '';
  // (a qualifier between the cue and the year goes with the cue: since at least 2015)
  const yearQualifier = dc.year_qualifiers.length ? `(?:${alt(dc.year_qualifiers)}${SP})?` : '';
  // (or glued to its cue by a hyphen: mid-2021)
  const gluedCue = dc.year_glued.length ? `|${alt(dc.year_glued)}-` : '';
  // (English: not the first end of a range whose second end is no year and counts a noun, a lower-case word that is no
  // function word: between 2000 and 3000 people; between 2019 and 2021 the group, in 2019 and 2020 hackers stay years)
  const countedRange = lang === 'en' ? `(?!${countedRangeTail(res, lang)})` : '';
  add('year', `${pre}(?:${yearSpan}(?<cue>${alt(cues.year)}${SP}${yearQualifier}${gluedCue})${year('y2')}${countedRange}|(?<cue2>\\([ \\t]?)${year('y4')}(?=[ \\t]?\\)))${END}`, (g) => ({ value: g.y, type: 'date' }), '', [...cues.yearInSpan, ...cues.year, ...dc.year_glued, '(']);
  // in 1600, by 2120, between 1600 and 1900: a year outside 1900-2099 needs its cue, and no noun after it (in 1500 homes)
  // (a cue that is part of a date, عام 1400, stays in the span)
  const distantOut = dc.distant_year.filter((c) => !dc.year_in_span.includes(c));
  const distantIn = dc.distant_year.filter((c) => dc.year_in_span.includes(c));
  const DISTANT = '(?<y>1[0-8][0-9]{2}|21[0-9]{2})(?![0-9]|[.,][0-9])';
  const NO_NOUN = `(?!(?![ \\t]{1,4}${CONNECTOR}${END})${WORD_AFTER})(?![ \\t]{1,4}${CONNECTOR}[ \\t]{1,4}[0-9](?:[0-9]|[,.][0-9])*${NOUN_AFTER})`;
  if (distantOut.length) add('year', `${pre}(?<cue>${alt(distantOut)}${SP})${DISTANT}${NO_NOUN}${END}`, (g) => ({ value: g.y, type: 'date' }), '', distantOut);
  if (distantIn.length) add('year', `${pre}${alt(distantIn)}${SP}${DISTANT}${END}`, (g) => ({ value: g.y, type: 'date' }), '', distantIn);
  // the second end of a range of years: between 1600 and 1900, from 1990 to 2010
  // (Arabic: و glued to the second, عامي 2019 و2021; after a dual of the year's noun the second is a year whatever follows)
  const GLUED_AND = lang === 'ar' ? '|و' : '';
  if (dc.dual_years.length) add('year', `(?<=(?:${alt(dc.dual_years)})${SP}(?:1[0-9]|2[01])[0-9]{2}${SP}(?:${CONNECTOR}${SP}${GLUED_AND}))(?<y>1[0-9]{3}|2[01][0-9]{2})(?![0-9]|[.,][0-9])${END}`, (g) => ({ value: g.y, type: 'date' }), '', [], true);
  add('year', `(?<=(?<![0-9])(?:1[0-9]|2[01])[0-9]{2}${SP}(?:${CONNECTOR}${SP}${GLUED_AND}))(?<y>1[0-9]{3}|2[01][0-9]{2})(?![0-9]|[.,][0-9])(?!(?![ \\t]{1,4}${CONNECTOR}${END})${NOUN_AFTER})${END}`, (g) => ({ value: g.y, type: 'date' }), '', [], true);
  // (English: the years of a list after a determiner are modifiers, whatever noun follows: the 2015 and 2016 blackouts,
  // the 2019, 2020 and 2021 reports)
  if (dc.month_determiners.length) add('year', `(?<=(?<![A-Za-z])(?:${alt(dc.month_determiners)})${SP}(?:19|20)[0-9]{2}(?:[ \\t]?,${SP}(?:19|20)[0-9]{2}){0,4}(?:[ \\t]?,${SP}(?:${CONNECTOR}${SP})?|${SP}${CONNECTOR}${SP}))(?<y>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9])${END}`, (g) => ({ value: g.y, type: 'date' }), '', [], true);
  // (English: a year after a name's possessive, a modifier as after a determiner: Canada's 2019 and 2021 elections; not
  // before a plural it counts, the company's 2000 employees)
  if (lang === 'en') add('year', `(?<=[A-Za-z]['’]s${SP})(?<y>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9])(?!${NOUN_AFTER})${END}`, (g) => ({ value: g.y, type: 'date' }), '', [], true);
  // 27/9/1948, 27 / 9 / 1948 (Arabic news: day/month/year); 3/22/2013 (English: month/day/year)
  add('numeric', `(?<![0-9/])(?<na>[0-9]{1,2})[ \\t]?/[ \\t]?(?<nb>[0-9]{1,2})[ \\t]?/[ \\t]?(?<ny>(?:1[89]|20)[0-9]{2})(?![0-9/])`, (g) => {
    let [d, mo] = [Number(g.na), Number(g.nb)];
    if (lang === 'en' && mo <= 31 && d <= 12) [d, mo] = [mo, d];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    const date = new Date(Date.UTC(Number(g.ny), mo - 1, d));
    return mo >= 1 && mo <= 12 && date.getUTCDate() === d ? { value: `${g.ny}-${pad(mo)}-${pad(d)}`, type: 'date' } : null;
  }, '', [], true);
  add('iso-date', `(?<![0-9/.-])(?<iy>(?:19|20)[0-9]{2})(?<sep>[-/.])(?<im>[01]?[0-9])\\k<sep>(?<id>[0-3]?[0-9])(?![0-9]|[-/.][0-9])`, (g) => {
    g.im = pad(Number(g.im));
    g.id = pad(Number(g.id));
    const d = new Date(Date.UTC(+g.iy, +g.im - 1, +g.id));
    return d.getUTCMonth() === +g.im - 1 ? { value: `${g.iy}-${g.im}-${g.id}`, type: 'date' } : null;
  }, '', [], true);

  // Hijri: 15 رمضان 1445 هـ، رمضان 1445، 1445 هـ
  const HIJRI_MONTH = `(?<hm>${alt(hijriOf.keys())})`;
  const HYEAR = '(?<hy>1[3-5][0-9]{2})(?![0-9])';
  // (in Arabic the day may be an ordinal, and من and شهر may stand between: في الخامس عشر من شهر رمضان)
  const hijriDay = lang === 'ar' ? `(?:(?<hd>[0-9]{1,2})${SP}(?:من${SP})?(?:شهر${SP})?|(?<hord>${ORD})${SP}(?:من${SP})?(?:شهر${SP})?)?` : `(?:(?<hd>[0-9]{1,2})${SP})?`;
  add('hijri', `${pre}${hijriDay}${HIJRI_MONTH}(?:${SP}${HYEAR}(?:[ \\t]{0,2}${HIJRI_ERA})?)?${END}|(?<![0-9])(?:\\([ \\t]?)?(?<hy2>1[3-5][0-9]{2})(?:[ \\t]?\\))?[ \\t]{0,2}${HIJRI_ERA}(?![\\u0621-\\u064AA-Za-z])`, (g) => {
    const y = Number(g.hy);
    const m = g.hm ? hijriOf.get(lookupKey(g.hm)) : undefined;
    const dayOfMonth = g.hd !== undefined ? Number(g.hd) : g.hord !== undefined ? ordinalOf.get(lookupKey(g.hord)) ?? 0 : 0;
    if (g.hord !== undefined) g.hd = String(dayOfMonth);
    // 15 رمضان: a day and a month with no year; its Gregorian date depends on the reference date
    if (!y && m !== undefined && g.hd) {
      const day = dayOfMonth;
      return day >= 1 && day <= 30 ? { value: 'XXXX-XX-XX', type: 'date', calendar: 'hijri', hijri: `XXXX-${pad(m)}-${pad(day)}` } : null;
    }
    // a Hijri month alone (في رمضان) is found by the rule below, after a cue
    if (!y) return null;
    if (m === undefined) {
      const start = hijriToGregorian(y, 1, 1);
      return start ? { value: String(start.getUTCFullYear()), type: 'date', calendar: 'hijri', hijri: String(y) } : null;
    }
    if (!g.hd) {
      const start = hijriToGregorian(y, m, 1);
      return start ? { value: start.toISOString().slice(0, 7), type: 'date', calendar: 'hijri', hijri: `${y}-${pad(m)}` } : null;
    }
    const day = Number(g.hd);
    const greg = hijriToGregorian(y, m, day);
    return greg ? { value: greg.toISOString().slice(0, 10), type: 'date', calendar: 'hijri', hijri: `${y}-${pad(m)}-${pad(day)}` } : null;
  }, '', [...hijriOf.keys(), '(', ...(lang === 'ar' ? ordinalOf.keys() : [])], true);

  // في رمضان، خلال شهر رمضان الماضي: a Hijri month alone after a month cue (رجب, شعبان, صفر are also names and words)
  add('hijri', `${pre}(?<cue>${alt(cues.month)}${SP})${HIJRI_MONTH}${END}(?![ \\t]{0,4}[0-9])${dirAfter}`, (g) => {
    const m = hijriOf.get(lookupKey(g.hm));
    const direction = directionOf(g);
    return m ? { value: 'XXXX-XX', type: 'date', calendar: 'hijri', hijri: `XXXX-${pad(m)}`, ...(direction ? { direction } : {}) } : null;
  }, '', cues.month);

  const dayOf = new Map<string, number>();
  for (const w of res.weekdays.weekdays) for (const n of w.names) dayOf.set(lookupKey(n), w.day);
  const partOf = new Map<string, string>();
  for (const p of dc.parts_of_day) for (const ph of p.phrases) partOf.set(lookupKey(ph), p.part);
  // (a direction word says which such day: last Friday, الجمعة الماضية, الأحد المقبل; the value stays the weekday's)
  const dirBefore = Object.keys(dir.before).length ? `(?:(?<dirB>${alt(Object.keys(dir.before))})${SP})?` : '';
  add('weekday', `${pre}${dirBefore}(?<wd>${alt(res.weekdays.weekdays.flatMap((w) => w.names))})(?:${SP}(?<pod>${alt(partOf.keys())}))?${dirAfter}${END}`, (g) => {
    const d = dayOf.get(lookupKey(g.wd));
    const direction = directionOf(g);
    // (the part of the day is in the span, not in the value: Monday morning is XXXX-WXX-1, as the dev gold gives it in
    // both languages, مساء الخميس too; TimeML's TMO is left out)
    return d ? { value: `XXXX-WXX-${d}`, type: 'date', ...(direction ? { direction } : {}) } : null;
  }, '', [...res.weekdays.weekdays.flatMap((w) => w.names), ...Object.keys(dir.before)]);

  const relOf = new Map<string, { unit: DateUnit; offset: number }>();
  const seasonOf = new Map<string, string>();
  /** anaphoric phrases (that month, في اليوم نفسه): the unit left unknown, no anchor */
  const anaphoricOf = new Map<string, string>();
  const UNKNOWN: Partial<Record<DateUnit, string>> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' };
  for (const r of res['relative-dates'].relative) {
    for (const p of r.phrases) {
      relOf.set(lookupKey(p), { unit: r.unit, offset: r.offset });
      if (r.season) seasonOf.set(lookupKey(p), r.season);
      if (r.anaphoric && UNKNOWN[r.unit]) anaphoricOf.set(lookupKey(p), UNKNOWN[r.unit]!);
    }
  }
  // (a day's noun of today before an ordinal is a numbered day of something, no date: اليوم الأول من التصويت, the first
  // day of voting; the ordinals are the days of the month's)
  const todayWords = res['relative-dates'].relative.filter((r) => r.unit === 'day' && r.offset === 0 && !r.anaphoric).flatMap((r) => r.phrases).filter((p) => !/\s/.test(p.trim()));
  if (lang === 'ar' && todayWords.length) {
    add('numbered-day', `${pre}(?:${alt(todayWords)})${SP}(?:${ORD})${END}`, () => ({ value: 'XXXX', type: 'date', block: true }), '', todayWords);
  }
  // (a phrase of "ago" tied to an event after it is an offset from the event, no date: قبل أيام من الانتخابات, days before
  // the election, as قبل يومين من الاقتراع is)
  const eventAfter = dc.ago_event_preps.length ? `(?=(?<ev>${SP}(?:${alt(dc.ago_event_preps)})${END})?)` : '';
  const agoWords = dc.ago_before.map(lookupKey);
  add('relative', `${pre}(?<rel>${alt(relOf.keys())})${END}${eventAfter}`, (g) => {
    const a = relOf.get(lookupKey(g.rel));
    if (!a) return null;
    if (g.ev && agoWords.some((w) => lookupKey(g.rel).startsWith(`${w} `))) return null;
    const unknown = anaphoricOf.get(lookupKey(g.rel));
    if (unknown) return { value: unknown, type: 'date' };
    const season = seasonOf.get(lookupKey(g.rel));
    // this summer: the summer of the reference year, whatever the season now
    if (season) return { value: `XXXX-${season}`, type: 'date', anchor: { unit: 'year', offset: a.offset } };
    return { value: refValue(a.offset), type: 'date', anchor: a };
  }, lang === 'en' ? 'i' : '', relOf.keys());

  // a part of a period before a relative one or the period's noun alone (the end of the month, the first half of next
  // year; نهاية الشهر، مطلع العام المقبل): one relative date with the period's value
  const rd = res['relative-dates'];
  // the parts of a year, by their phrase (date-cues.year_parts: first quarter, الربع الأول, Q3): the quarter or half a
  // period part names (below) and the year-part rule's
  const partOfYear = new Map<string, string>();
  for (const p of dc.year_parts) for (const ph of p.phrases) partOfYear.set(lookupKey(ph), p.part);
  const periodOf = new Map<string, DateUnit>();
  for (const n of rd.period_nouns) for (const p of n.phrases) periodOf.set(lookupKey(p), n.unit);
  if (rd.period_parts.length) {
    add('period-part', `${pre}(?<part>${alt(rd.period_parts)})[ \\t]{1,3}(?<rel>${alt([...relOf.keys(), ...periodOf.keys()])})${END}`, (g) => {
      const k = lookupKey(g.rel);
      const a = relOf.get(k) ?? (periodOf.has(k) ? { unit: periodOf.get(k)!, offset: 0 } : undefined);
      if (!a || a.unit === 'ref' || a.unit === 'season' || anaphoricOf.has(k)) return null;
      // (a quarter or a half of a year named by a relative word, the first quarter of this year, الربع الأول من العام
      // الجاري: the part's partial value, as a month's, XXXX-Q1)
      const pk = a.unit === 'year' && relOf.has(k) ? lookupKey(g.part) : '';
      const part = pk ? [...partOfYear].find(([ph]) => ph.includes(' ') && ` ${pk} `.includes(` ${ph} `))?.[1] : undefined;
      if (part) return { value: `XXXX-${part}`, type: 'date', anchor: { unit: 'year', offset: a.offset } };
      return { value: refValue(a.offset), type: 'date', anchor: a };
    }, lang === 'en' ? 'i' : '', rd.period_parts);
  }

  // N units ago: the units and duals come from the unit lexicon, the numbers from the number words
  const unitOf = new Map<string, DateUnit>();
  const dualOf = new Map<string, DateUnit>();
  for (const u of res.units.units) {
    const unit = TIME_UNITS[u.unit];
    if (u.kind !== 'time' || !unit) continue;
    for (const p of u.phrases) unitOf.set(lookupKey(p), unit);
    for (const d of u.duals ?? []) dualOf.set(lookupKey(d), unit);
  }
  const words = numberWordTable(res);
  const N = `(?:(?<an>[0-9]{1,3})|(?<aw>${numeralPattern(words, lang, res['number-words'].joiners)}))`;
  const unitAlt = alt(unitOf.keys());
  // (not a duration tied to an event after it, قبل يومين من الاقتراع: an offset, GOLD.md's figure)
  // (a qualifier between the word and the duration is the date's: قبل نحو أسبوعين; only after the words that mean "ago"
  // alone, not منذ, which with a qualifier is mostly "for": منذ أكثر من شهرين, a duration)
  const agoQualifier = dc.ago_qualifiers.length ? `(?:(?:${alt(dc.ago_qualifiers)})${SP})?` : '';
  const agoLead = `${dc.ago_one_before.length && agoQualifier ? `(?:${alt(dc.ago_one_before)})${SP}${agoQualifier}|` : ''}(?:${alt(dc.ago_before)})${SP}`;
  const noEvent = dc.ago_event_preps.length ? `(?!${SP}(?:${alt(dc.ago_event_preps)})${END})` : '';
  const agoSource = dc.ago_before.length
    ? // (or the unit alone, one of it, ending its clause: وقع الهجوم قبل عام. — not قبل يوم الانتخابات)
      `${pre}(?:(?:${agoLead})(?:${N}${SP}(?<au>${unitAlt})|(?<ad>${alt(dualOf.keys())}))${END}${noEvent}${dc.ago_one_before.length ? `|(?:${alt(dc.ago_one_before)})${SP}${agoQualifier}(?<a1>${unitAlt})(?=[ \t]*(?:[.،,؛:!?)]|$))` : ''})${END}`
    : `${pre}(?:${N}|an?|one)${SP}(?<au>${unitAlt})${SP}(?:${alt(dc.ago_after)})${END}`;
  add('ago', agoSource, (g) => {
    const unit = g.ad ? dualOf.get(lookupKey(g.ad)) : unitOf.get(lookupKey(g.au ?? g.a1 ?? ''));
    const n = g.ad ? 2 : g.an ? Number(g.an) : g.aw ? parseNumberWords(g.aw, words, lang) : 1;
    if (!unit || !Number.isFinite(n) || n <= 0) return null;
    // (a number of units before "ago", one among them, is a duration built into an offset, GOLD.md's figure, not a
    // date: two weeks ago, a year earlier, قبل ثلاثة أيام، قبل أسبوعين، قبل عام; the units with no number are the
    // relative date: hours ago, months ago)
    return { value: 'PAST_REF', type: 'date', block: true };
  }, lang === 'en' ? 'i' : '', [...words.keys(), 'a', 'an', 'one', ...dc.ago_before], true);

  // a clock time: 3:30 pm, at 11:18, 11:18 GMT, الساعة 11.25 صباحا، الساعة الثالثة والنصف بعد الظهر; with a
  // weekday after the half of the day or the zone, that day (الساعة 2:57 صباح الجمعة: XXXX-WXX-5T02:57; 15:00 GMT Saturday)
  const halfOf = new Map<string, 'am' | 'pm' | 'night'>();
  for (const h of dc.day_halves) for (const p of h.phrases) halfOf.set(lookupKey(p), h.half);
  const hourOf = new Map<string, number>();
  for (const h of dc.hours) for (const p of h.phrases) hourOf.set(lookupKey(p), h.value);
  const fractionOf = new Map<string, number>();
  for (const f of dc.hour_fractions) for (const p of f.phrases) fractionOf.set(lookupKey(p), f.minutes);
  const opt = (list: Iterable<string>, body: (a: string) => string) => {
    const items = [...list];
    return items.length ? body(alt(items)) : '';
  };
  const WEEKDAY = alt(res.weekdays.weekdays.flatMap((w) => w.names));
  const HALF = opt(halfOf.keys(), (a) => `(?:${SP}(?<half>${a})${END}(?:${SP}(?<twd>${WEEKDAY})${END})?)?`);
  const ZONE = opt(dc.time_zones, (a) => `(?:${SP}(?<zone>${a})${END})?`);
  const CLOCK = '(?<h>[01]?[0-9]|2[0-3])(?<tsep>[:.])(?<mi>[0-5][0-9])(?::(?<s>[0-5][0-9]))?(?![0-9]|[.:][0-9])';
  const HOUR_WORD = opt(hourOf.keys(), (a) => `|(?<hw>${a})${END}${opt(fractionOf.keys(), (f) => `(?:${SP}(?<fr>${f})${END})?`)}`);
  const timeCue = opt(dc.time_cues, (a) => `(?<cue>${a}${SP})?`);
  const timeInSpan = opt(dc.time_in_span, (a) => `(?<tin>${a}${SP})?`);
  add('time', `${pre}${timeCue}${timeInSpan}(?:${CLOCK}${HOUR_WORD})${HALF}${ZONE}(?:${SP}(?<twd2>${WEEKDAY})${END})?`, (g) => {
    let h: number;
    let mi: number;
    if (g.hw) {
      // an hour written as a word only after the time word (الساعة الثالثة; الثالثة alone is an ordinal)
      const hw = hourOf.get(lookupKey(g.hw));
      if (!g.tin || !hw) return null;
      const f = g.fr ? fractionOf.get(lookupKey(g.fr)) ?? 0 : 0;
      [h, mi] = f < 0 ? [hw === 1 ? 12 : hw - 1, 60 + f] : [hw, f];
    } else {
      // digits are a time with the time word, a half of the day or a zone, or after a cue with a colon (at 11:18);
      // an English period needs the half of the day (11.25 am), as 11.25 is mostly a decimal
      if (!g.tin && !g.half && !g.zone && !(g.cue && g.tsep === ':')) return null;
      if (lang === 'en' && g.tsep === '.' && !g.half) return null;
      [h, mi] = [Number(g.h), Number(g.mi)];
    }
    const hour = to24(h, g.half ? halfOf.get(lookupKey(g.half)) : undefined);
    if (hour === null) return null;
    const wd = g.twd ? dayOf.get(lookupKey(g.twd)) : undefined;
    return { value: `${wd ? `XXXX-WXX-${wd}` : 'XXXX-XX-XX'}T${pad(hour)}:${pad(mi)}${g.s ? `:${g.s}` : ''}`, type: 'time' };
  }, '', [...dc.time_cues, ...dc.time_in_span, ...hourOf.keys()], true);
  // (four digits and a zone, as wires write the hour: by 1400 GMT, 0930 local time: that time, no year)
  if (dc.time_zones.length) {
    add('time', `${pre}(?<h>[01][0-9]|2[0-3])(?<mi>[0-5][0-9])${SP}(?<zone>${alt(dc.time_zones)})${END}`, (g) => ({ value: `XXXX-XX-XXT${g.h}:${g.mi}`, type: 'time' }), '', [], true);
  }
  // a part of a year: the third quarter of 2021, Q3 2021, النصف الأول من 2016 (2016-H1); with no year, XXXX-Q3
  if (partOfYear.size) {
    const links = opt(dc.year_part_links, (a) => `(?:${a}${SP})?`);
    add('year-part', `${pre}(?<yp>${alt(partOfYear.keys())})${END}(?:${SP}${links}${year('yq')})?`, (g) => {
      const part = partOfYear.get(lookupKey(g.yp));
      // (a half with no year is mostly a match's: the first half, النصف الأول من المباراة)
      if (!part || (part.startsWith('H') && !g.yq)) return null;
      return { value: `${g.yq ?? 'XXXX'}-${part}`, type: 'date' };
    }, lang === 'en' ? 'i' : '', partOfYear.keys());
  }
  // a time right after a full date is its timestamp: 2022-01-12T20:28:53+00:00, 2022-02-04 15:58:10,
  // July 19, 2021 -- 11:18 GMT (12:18 BST), November 5, 2024 at 3:30 pm
  const ZONES = opt(dc.time_zones, (a) => `(?:${SP}${a}${END})?`);
  const stampAfter = new RegExp(
    `^(?:T|[ \\t]{0,3}(?:--|–|,)?[ \\t]{1,3}${opt([...dc.time_cues, ...dc.time_in_span], (a) => `(?:${a}[ \\t]{1,3})?`)})` +
      '(?<h>[01]?[0-9]|2[0-3]):(?<mi>[0-5][0-9])(?::(?<s>[0-5][0-9])(?:\\.[0-9]{1,9})?)?(?![0-9])(?:Z|[+-][0-9]{2}:?[0-9]{2}(?![0-9]))?' +
      `${opt(halfOf.keys(), (a) => `(?:[ \\t]{0,2}(?<half>${a})${END})?`)}${ZONES}` +
      `(?:[ \\t]{1,3}\\([ \\t]?[0-9]{1,2}:[0-5][0-9]${ZONES}[ \\t]?\\))?`,
  );
  /**
   * A relative day and its weekday are one date with the weekday's value (اليوم الجمعة، أمس الخميس; yesterday,
   * Friday); so are a relative year and the year written after it (العام المقبل 2020).
   */
  const namedRelatives = (text: string, dates: DateCandidate[]): DateCandidate[] => {
    const out: DateCandidate[] = [];
    const byStart = [...dates].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const d of dates) {
      const shape = d.anchor ? NAMED_BY_UNIT[d.anchor.unit] : undefined;
      if (!shape) continue;
      // (a year after a relative year needs no cue of its own: العام المقبل 2020)
      const y = d.anchor?.unit === 'year' ? /^[ \t]{1,3}((?:19|20)[0-9]{2})(?![0-9])/.exec(text.slice(d.end, d.end + 8)) : null;
      if (y) {
        const { start: _s, end: _e, rule: _r, anchor: _a, direction: _d, ...rest } = d;
        out.push({ ...rest, start: d.start, end: d.end + y[0].length, rule: `${lang}/date/year`, value: y[1] });
        continue;
      }
      // (the date that starts next, found by a binary search over the dates sorted by start)
      const next = byStart[firstAbove(byStart, d.end, (x) => x.start)];
      const w = next && next.start - d.end <= 6 && shape.test(next.value) && /^(?:[ \t]{1,3}|[ \t]{0,2}[,،][ \t]{1,3})$/.test(text.slice(d.end, next.start)) ? next : undefined;
      if (!w) continue;
      const { start: _s, end: _e, rule: _r, ...rest } = w;
      out.push({ ...rest, start: d.start, end: w.end, rule: w.rule });
    }
    return out;
  };
  // a time right after a full date or a weekday is its timestamp
  const stamps = (text: string, dates: DateCandidate[]): DateCandidate[] => {
    const out: DateCandidate[] = [];
    for (const d of dates) {
      if (!/^(?:(?:[0-9]{4}|XXXX)-[0-9]{2}-[0-9]{2}|XXXX-WXX-[1-7])$/.test(d.value)) continue;
      const m = stampAfter.exec(text.slice(d.end, d.end + 80));
      if (!m?.groups) continue;
      const h = to24(Number(m.groups.h), m.groups.half ? halfOf.get(lookupKey(m.groups.half)) : undefined);
      if (h === null) continue;
      const { start, end: _end, rule: _rule, ...rest } = d;
      out.push({ ...rest, start, end: d.end + m[0].length, rule: `${lang}/date/timestamp`, value: `${d.value}T${pad(h)}:${m.groups.mi}${m.groups.s ? `:${m.groups.s}` : ''}`, type: 'time' });
    }
    return out;
  };

  // the words or dashes that join the two ends of a range of dates (date-cues.range_connectors; - and – in both languages)
  const joins = `(?:${alt(res['date-cues'].range_connectors)}|-|–)`;
  const yearOfRange = rangeLinker(new RegExp(`^[ \\t]{0,3}${joins}[ \\t]{0,3}$`, lang === 'en' ? 'i' : ''));
  // (a bare day and its joining word before a dated day; English ordinal endings on the day)
  const dayBefore = new RegExp(`(?<![0-9])([0-9]{1,2})${lang === 'en' ? '(?:st|nd|rd|th)?' : ''}[ \\t]{0,3}${joins}[ \\t]{0,3}$`, lang === 'en' ? 'i' : '');
  return [
    {
      name: `${lang}/date`,
      lang,
      dimension: 'dates',
      rules: [...rules.map((r) => r.name), `${lang}/date/timestamp`],
      extract(doc: Doc, regions: Region[]): DateCandidate[] {
        const out: DateCandidate[] = [];
        /** spans no date may fall in: a duration before "ago", a figure (two weeks ago) */
        const blocked: [number, number][] = [];
        for (const r of rules) {
          for (const { m, start, end } of matchAtAnchors(r.re, doc.text, regions, r.anchors(doc))) {
            const v = r.build(merged(m.groups));
            if (!v || typeof v.value !== 'string' || !v.value) continue;
            if (v.block) {
              blocked.push([start, end]);
              continue;
            }
            const { range, rule: concept, block: _block, ...date } = v;
            const ruleName = concept ? `${lang}/date/${concept}` : r.name;
            if (range === undefined) {
              out.push({ start, end, rule: ruleName, ...date });
              continue;
            }
            // a year range gives two dates: 2009-2010, 1957-58 (the second takes the first's century)
            const cut = start + m[0].search(/[-–]/);
            const second = range.length === 2 ? date.value.slice(0, 2) + range : range;
            out.push({ start, end: cut, rule: r.name, ...date }, { start: cut + 1, end, rule: r.name, value: second, type: 'date' });
          }
        }
        const kept = blocked.length ? out.filter((d) => !blocked.some(([s, e]) => d.start >= s && d.end <= e)) : out;
        const dates = dayRanges(doc.text, yearOfRange(doc.text, kept), lang, dayBefore);
        return [...dates, ...namedRelatives(doc.text, dates), ...stamps(doc.text, dates)];
      },
    },
  ];
}

/**
 * In a range or pair (بين أغسطس/آب وسبتمبر/أيلول 2019; between March 3 and April 5, 2024), a date
 * without a year takes the year of the date it is joined to. Works on the candidates before overlap
 * removal; only a date whose value starts XXXX and that is followed by a connector and a dated one.
 */
function rangeLinker(connector: RegExp): (text: string, dates: DateCandidate[]) => DateCandidate[] {
  return (text, dates) => {
    const sorted = [...dates].sort((a, b) => a.start - b.start || b.end - a.end);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      if (!a.value.startsWith('XXXX-') || a.value.startsWith('XXXX-W') || a.anchor) continue;
      for (let j = i + 1; j < sorted.length && sorted[j].start - a.end <= 12; j++) {
        const b = sorted[j];
        if (b.start < a.end || !/^[0-9]{4}-/.test(b.value) || !connector.test(text.slice(a.end, b.start))) continue;
        sorted[i] = { ...a, value: b.value.slice(0, 4) + a.value.slice(4) };
        break;
      }
    }
    return sorted;
  };
}

/**
 * Day ranges sharing a month: the bare day joined to a dated day gets its month and year (بين 3 و12
 * سبتمبر، من 4 إلى 23 مارس 2024، between 3 and 12 September), and so does a day after an English
 * month-day (September 3-12). Rule day-range; the span is the bare day.
 */
function dayRanges(text: string, dates: DateCandidate[], lang: Lang, before: RegExp): DateCandidate[] {
  const after = /^[ \t]{0,2}[-–][ \t]{0,2}([0-9]{1,2})(?![0-9])/;
  const out = [...dates];
  for (const d of dates) {
    const m = /^(.{4})-([0-9]{2})-([0-9]{2})$/.exec(d.value);
    if (!m) continue;
    const valid = (day: number) => day >= 1 && day <= 31;
    const b = before.exec(text.slice(Math.max(0, d.start - 16), d.start));
    if (b && valid(Number(b[1])) && Number(b[1]) < Number(m[3])) {
      const start = d.start - b[0].length;
      out.push({ start, end: start + b[1].length, rule: `${lang}/date/day-range`, value: `${m[1]}-${m[2]}-${pad(Number(b[1]))}`, type: 'date' });
    }
    const a = lang === 'en' ? after.exec(text.slice(d.end, d.end + 8)) : null;
    if (a && valid(Number(a[1])) && Number(a[1]) > Number(m[3])) {
      const start = d.end + a[0].length - a[1].length;
      out.push({ start, end: start + a[1].length, rule: `${lang}/date/day-range`, value: `${m[1]}-${m[2]}-${pad(Number(a[1]))}`, type: 'date' });
    }
  }
  return out;
}

/** A direction word's meaning, looked up as written or folded (the text is folded, the data is not). */
function dirOf(table: Record<string, 'past' | 'future'>, word: string | undefined): 'past' | 'future' | undefined {
  if (!word) return undefined;
  if (table[word]) return table[word];
  for (const [k, v] of Object.entries(table)) if (lookupKey(k) === lookupKey(word)) return v;
  return undefined;
}

function refValue(offset: number): string {
  return offset === 0 ? 'PRESENT_REF' : offset < 0 ? 'PAST_REF' : 'FUTURE_REF';
}


function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The dates a relative expression of each unit is joined to when written right after it (أمس الجمعة; العام المقبل 2020). */
const NAMED_BY_UNIT: Partial<Record<DateUnit, RegExp>> = { day: /^XXXX-WXX-[1-7]|^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, year: /^[0-9]{4}$/ };

/** An hour on the 24-hour clock, given the half of the day written after it (3 pm: 15; 12 am: 0); null for 13 pm. */
function to24(h: number, half: 'am' | 'pm' | 'night' | undefined): number | null {
  if (half && h > 12) return null;
  if ((half === 'pm' && h < 12) || (half === 'night' && h >= 6 && h < 12)) return h + 12;
  if ((half === 'am' || half === 'night') && h === 12) return 0;
  return h;
}
