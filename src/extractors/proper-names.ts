/**
 * English proper names that neither the knowledge base nor a head word settles, told apart by their shape:
 *  - en/entity/dateline: a wire story's dateline place in capitals the knowledge base lacks, before its
 *    region, date or agency (KARVELLO , Norway 1996-12-06; MOSTRAVI, Pakistan (Reuters) -);
 *  - en/entity/place-compound: a known place joined to capitalized words that are neither places,
 *    titles nor given names, and never written in lower case in the article, is an organization
 *    (Atletico Madrid, Lisbon Re, Moscow Newsroom), or a place when its last word is a place head
 *    (Tahrir Square, Kansas City: resource data place_heads) or its other words are place modifiers
 *    (Central Africa);
 *  - en/entity/place-head: capitalized words before a place head are a place (Tahrir Square, Heathrow
 *    Airport), unless one of them is a title, a weekday or month, or written in lower case in the article;
 *  - en/entity/acronym: an unknown capitalized abbreviation of 2 to 5 letters (PKK, NTT, ICFTU) is an
 *    organization, unless it is a common abbreviation (CEO, GDP, TV: resource data not_acronyms), a
 *    roman numeral, or part of a line in capitals;
 *  - en/entity/camel-name: a word with an inner capital (SentinelOne, VirusTotal) is an organization, unless it
 *    opens like a family name (McCain, DeSantis: resource data camel_name_prefixes);
 *  - en/entity/web-name: a capitalized word ending in a web domain (Realtor.com, Booking.com: resource data
 *    web_name_endings) is the company of that address, outside a web or mail address.
 * These run before the person and head rules, so on the same span they win (Dallas Cowboys).
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import type { Extractor } from '../core/types.js';
import { alt, capitalized, dropLastOf, hasAsciiLetter, isLatinLetter, lookupKey, scanFrom, wordAt, wordScan, writtenLower, type Scanner, givenNamesOf, orgKey } from './patterns.js';
import { kbNamesEn } from './lexicon.js';
import { kept, mapped } from '../core/arrays.js';

/** a lower-case ASCII letter: a line with none is in capitals */
const LOWER_ASCII = /[a-z]/;

// (the sports pages' score tables, line-ups and scorecards are a genre's rules, in sports-pages.ts, on the facts and
// line words shared here)

// (.778 and 8 1/2 are one word each: a win percentage, games behind)
const WORDS = /[A-Za-z][A-Za-z'’.&-]*|\.[0-9]+|[0-9][0-9.,:\/-]*|\S/g;
/** JS's \s: what WORDS' \S is not. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** WORDS by character code: a Latin word (letters, ' ’ . & -), a decimal point and digits, a number (digits . , : / -), or any other one character but space. */
export const wordsScanner: Scanner = (text, found) => {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const s = i++;
    if (isLatinLetter(c)) {
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isLatinLetter(d) && d !== 39 && d !== 0x2019 && d !== 46 && d !== 38 && d !== 45) break;
      }
    } else if (c === 46 && i < n && isDigit(text.charCodeAt(i))) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    } else if (isDigit(c)) {
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isDigit(d) && d !== 46 && d !== 44 && d !== 58 && d !== 47 && d !== 45) break;
      }
    }
    found(s, i);
  }
};
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XX)$/;
/** A word with an inner capital after lower-case letters: SentinelOne, VirusTotal, KitSoft. */
// (or ending in capitals after one: SektorCERT, CyberCERT)
const CAMEL = /^[A-Z][a-z]+(?:(?:[A-Z][a-z0-9]+)+(?:[A-Z]{2,})?|[A-Z]{2,})$/;
const MAX_COMPOUND = 4;
/** A capitalized name word (O'Brien, Stuer-Lauridsen, McLean). */
export const NAME_WORD = "[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|Mc[A-Z][a-z]+";
/** A word that ends a sentence with its stop (Illinois.), not an abbreviation (St., U.S.) */
const SENTENCE_STOP = /^(?:[A-Za-z'’-]{3,}|[A-Z]{2})\.$/;
/** A word that ends in a possessive (Oman's, Germany’s). */
const POSSESSIVE_END = /['’]s$/;


/** A word of a line. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The words of a line, with their offsets (the document's words are found once, for every walk over its lines). */
export function lineWords(doc: Doc, from: number, to: number): Word[] {
  const scan = wordScan(doc, WORDS, wordsScanner);
  const out: Word[] = [];
  for (let i = scanFrom(scan, from); i < scan.length && scan.start[i] < to; i++) out.push({ start: scan.start[i], end: scan.end[i], text: wordAt(scan, i) });
  return out;
}

/** Calls `line` with the start and end of each line of the regions. */
export function eachLine(text: string, regions: readonly Region[], line: (start: number, end: number) => void): void {
  for (const r of regions) {
    let lineStart = r.start;
    while (lineStart < r.end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > r.end) lineEnd = r.end;
      line(lineStart, lineEnd);
      lineStart = lineEnd + 1;
    }
  }
}


/** What the English name rules know, shared with the sports pages' rules. */
export interface NameFacts {
  /** the knowledge base's English names, whole */
  known: ReadonlySet<string>;
  /** a known place's kind by its name */
  placeKind: ReadonlyMap<string, 'country' | 'place'>;
  /** a known place's kind, its name written in capitals too (ARIZONA, NEW ENGLAND) */
  placeKindOf(name: string): 'country' | 'place' | undefined;
  givenNames: ReadonlySet<string>;
  /** function words, place heads and organization heads, by lookup key */
  functionWords: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  /** a candidate of rule en/entity/<what> */
  mention(start: number, end: number, text: string, what: string, type: 'organization' | 'location'): MentionCandidate;
}

/** Whether a sentence starts at `at` (after a stop, at a line's start, or after a dateline's dash). */
function sentenceStart(text: string, at: number): boolean {
  // (a dateline's dash opens the story's first sentence: PHILADELPHIA (AP) – Senior US officials)
  return /(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*|\)[ \t]*[-–—][ \t]*)$/.test(text.slice(Math.max(0, at - 6), at));
}

export interface ProperNameExtractors {
  /** before the knowledge base, after the sports pages' tables: a dateline's place */
  dateline: Extractor<'mentions'>[];
  /** after the knowledge base, before persons: Dallas Cowboys is no person */
  compounds: Extractor<'mentions'>[];
  /** last: an acronym the other rules explain (NASS after its name) is theirs */
  acronyms: Extractor<'mentions'>[];
  /** for the sports pages' rules (null: no English) */
  facts: NameFacts | null;
}

export function properNameExtractors(lang: Lang, res: LangResources, kb: readonly KbEntry[]): ProperNameExtractors {
  if (lang !== 'en') return { dateline: [], compounds: [], acronyms: [], facts: null };
  const o = res.organizations;
  const placeKind = new Map<string, 'country' | 'place'>();
  for (const e of kb) {
    if (e.type !== 'location') continue;
    // a country has no country of its own in the knowledge base; cities, states and regions do
    const kind = e.country ? 'place' : 'country';
    for (const a of e.aliases.en) if (!placeKind.has(a)) placeKind.set(a, kind);
  }
  /** A known place's kind, its name written in capitals too (ARIZONA, NEW ENGLAND). */
  const placeKindOf = (name: string) => placeKind.get(name) ?? (/[a-z]/.test(name) ? undefined : capsPlaceKind.get(name));
  const capsPlaceKind = new Map<string, 'country' | 'place'>();
  for (const [a, k] of placeKind) if (!capsPlaceKind.has(a.toUpperCase())) capsPlaceKind.set(a.toUpperCase(), k);
  const maxPlaceWords = Math.max(...[...placeKind.keys()].map((p) => p.split(' ').length));
  // a name the knowledge base knows as a whole (New York Times, AP) is left to it
  const known = kbNamesEn(kb, 'all');
  const knownUpper = new Set([...known].map((a) => a.toUpperCase()));
  const placeHeads = new Set(o.place_heads.map(lookupKey));
  const orgHeads = new Set(o.heads.map(lookupKey));
  const connectorWords = new Set(o.connectors);
  const placeModifiers = new Set(o.place_modifiers.map(lookupKey));
  const notAcronyms = new Set(o.not_acronyms);
  const camelPrefix = o.camel_name_prefixes.length ? new RegExp(`^(?:${alt(o.camel_name_prefixes)})[A-Z]`) : null;
  // a company named by its web address, capitalized (Realtor.com): a domain ending of the resources
  const webName = o.web_name_endings.length ? new RegExp(`^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\\.(?:${alt(o.web_name_endings)})$`) : null;
  const cuesBefore = new Set(o.camel_cues_before);
  const cuesAfter = new Set(o.camel_cues_after);
  /** Whether a word that takes a company stands right before the name or within two words after it ('s skipped). */
  const camelCued = (text: string, start: number, end: number): boolean => {
    // (a cue of one word or two: at CloudVane, according to GridCERT)
    const before = /(?:([A-Za-z]+)[ \t]+)?([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 24), start));
    if (before && (cuesBefore.has(before[2].toLowerCase()) || (before[1] && cuesBefore.has(`${before[1]} ${before[2]}`.toLowerCase())))) return true;
    const after = /^(?:['’]s)?[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?/.exec(text.slice(end, end + 40));
    return !!after && (cuesAfter.has(after[1]) || (!!after[2] && cuesAfter.has(after[2])));
  };
  const titleWords = new Set(res.titles.titles.flatMap((t) => t.split(' ')).map(lookupKey));
  const givenNames = givenNamesOf(res).written;
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  const calendar = new Set([...res.weekdays.weekdays.flatMap((w) => w.names), ...res.months.months.flatMap((m) => m.names)].map(lookupKey));
  const rule = (what: string) => `en/entity/${what}`;
  const mention = (start: number, end: number, text: string, what: string, type: 'organization' | 'location'): MentionCandidate => ({
    start,
    end,
    rule: rule(what),
    type,
    key: type === 'location' ? `loc:${lookupKey(text)}` : orgKey(text),
    name: '',
  });
  // a wire story's dateline: a place in capitals, maybe its region, then the date or the agency
  // (KARVELLO , Norway 1996-12-06; LANDSFORD 1996-12-06; MOSTRAVI, Pakistan (Reuters) -)
  const datelineRe = /^[ \t]*(?<city>[A-Z][A-Z'.-]+(?:[ \t][A-Z][A-Z'.-]+){0,2})(?=[ \t]*(?:,[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t][A-Z][A-Za-z.'-]+){0,2}[ \t]*)?(?:[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])|\([A-Za-z .]{2,20}\)[ \t]*[-–—]))/;
  const dateline = (text: string, from: number, to: number, out: MentionCandidate[]) => {
    const m = datelineRe.exec(text.slice(from, Math.min(to, from + 120)));
    const city = m?.groups?.city;
    // (a name the knowledge base knows in capitals is left to it, with its canonical name)
    if (!city || knownUpper.has(city) || notAcronyms.has(city) || functionWords.has(lookupKey(city))) return;
    out.push(mention(from + m!.index + m![0].indexOf(city), from + m!.index + m![0].indexOf(city) + city.length, city, 'dateline', 'location'));
  };
  const capital = capitalized;
  const plain = (w: string) => dropLastOf(w, '.,;:');

  /**
   * The acronyms the compounds' walk found on its way, kept for the acronym extractor that runs last (one walk over a
   * document's lines for both; the acronym extractor walks alone only when the compounds' did not run on the document).
   */
  const walkedAcronyms = new WeakMap<Doc, MentionCandidate[]>();
  const extract = (mode: 'dateline' | 'compounds' | 'acronyms') => (doc: Doc, regions: Region[]): MentionCandidate[] => {
    const text = doc.text;
    if (mode === 'acronyms') {
      const walked = walkedAcronyms.get(doc);
      if (walked) {
        walkedAcronyms.delete(doc);
        return walked;
      }
    }
    const out: MentionCandidate[] = [];
    const acronyms: MentionCandidate[] = [];
    // words the article also writes in lower case are ordinary words, not parts of a name (three letters or more)
    const lower = (w: string) => writtenLower(doc, w, 3);
    const repeated = writtenAgain(text);
    // (the acronyms a name in the article defines, CNMF, and that name's key: their uses are that organization)
    const definedBy = new Map<string, string>();
    eachLine(text, regions, (lineStart, lineEnd) => {
      if (mode === 'dateline') return dateline(text, lineStart, lineEnd, out);
      const ws = lineWords(doc, lineStart, lineEnd);
      const capsLine = ws.filter((w) => hasAsciiLetter(w.text)).length >= 3 && ws.every((w) => !LOWER_ASCII.test(w.text));
      compounds(ws, mode === 'compounds' ? out : null, acronyms, text, lower, repeated, capsLine, lineStart, definedBy);
    });
    // (an acronym a name defined is that name's organization wherever the article uses it)
    if (definedBy.size) {
      for (const a of acronyms) {
        const key = definedBy.get(text.slice(a.start, a.end));
        if (key) a.key = key;
      }
    }
    if (mode === 'acronyms') return acronyms;
    if (mode === 'compounds') walkedAcronyms.set(doc, acronyms);
    return out;
  };

  /**
   * The capitalized words right before an acronym in brackets whose first letters are the acronym's, in order, with the
   * name's small words between them (Cyber National Mission Force (CNMF), Mahak Rayan Afraz (MRA), Bank for
   * International Settlements (BIS)): their start and end, or null.
   */
  const definedName = (ws: Word[], k: number, acr: string, text: string): [number, number] | null => {
    if (k < 2 || ws[k - 1].text !== '(' || ws[k - 1].end !== ws[k].start || text[ws[k].end] !== ')' || text.slice(ws[k - 2].end, ws[k - 1].start) !== ' ') return null;
    let n = acr.length;
    let start = -1;
    for (let i = k - 2; i >= 0 && n > 0; i--) {
      const w = ws[i].text;
      if (capital(w)) {
        if (w[0] !== acr[n - 1]) return null;
        n--;
        start = ws[i].start;
      } else if (!connectorWords.has(w) || i === k - 2) return null;
      if (n > 0 && (i === 0 || text.slice(ws[i - 1].end, ws[i].start) !== ' ')) return null;
    }
    // (not a person's name and initials: John Smith (JS))
    return n === 0 && !givenNames.has(text.slice(start, text.indexOf(' ', start))) ? [start, ws[k - 2].end] : null;
  };

  /**
   * The words of "of" and a name after a place head (Port | of Sohar): "of" at word j, then capitalized words a single
   * space apart, none a function word, up to a comma or a stop; the index after the last and where its letters end, or
   * null.
   */
  const ofName = (ws: Word[], j: number, text: string): { e: number; end: number } | null => {
    if (j + 1 >= ws.length || ws[j].text !== 'of' || text.slice(ws[j - 1].end, ws[j].start) !== ' ') return null;
    let e = j + 1;
    while (e < ws.length && e - j <= 3 && capital(ws[e].text) && !functionWords.has(lookupKey(plain(ws[e].text))) && text.slice(ws[e - 1].end, ws[e].start) === ' ') {
      e++;
      if (/[,;:]$/.test(ws[e - 1].text) || SENTENCE_STOP.test(ws[e - 1].text)) break;
    }
    return e > j + 1 ? { e, end: ws[e - 1].start + plain(ws[e - 1].text).length } : null;
  };

  /**
   * Places joined to other capitalized words (into `out`, when given), unknown acronyms (into `acronyms`), and the names
   * an acronym in brackets abbreviates (into `out`, the acronym by the name's key into `definedBy`).
   */
  const compounds = (ws: Word[], out: MentionCandidate[] | null, acronyms: MentionCandidate[], text: string, lower: (w: string) => boolean, repeated: (name: string, at: number) => boolean, capsLine: boolean, lineFrom: number, definedBy: Map<string, string>) => {
    let i = 0;
    while (i < ws.length) {
      if (!capital(ws[i].text)) {
        i++;
        continue;
      }
      // a run of capitalized words separated by single spaces (a comma or stop ends it)
      let j = i + 1;
      while (j < ws.length && capital(ws[j].text) && /^ $/.test(text.slice(ws[j - 1].end, ws[j].start)) && !/[,;:]$/.test(ws[j - 1].text) && !SENTENCE_STOP.test(ws[j - 1].text)) j++;
      // drop a sentence-initial function word (The Madrid club); by an index, not shift(), which made a run of thousands
      // of such words (A. A. A. ...) quadratic
      let from = i;
      while (from < j && functionWords.has(lookupKey(plain(ws[from].text)))) from++;
      const run = ws.slice(from, j);
      i = j;
      if (!run.length) continue;
      if (run.length === 1) {
        const w = plain(run[0].text);
        // (a place head alone, "of" and a name: the Port of Sohar, the Bay of Bengal)
        const of = out && !capsLine && placeHeads.has(lookupKey(w)) ? ofName(ws, j, text) : null;
        if (of) {
          i = of.e;
          const end = of.end;
          const name = text.slice(run[0].start, end);
          if (!known.has(name)) out!.push(mention(run[0].start, end, name, 'place-head', 'location'));
          continue;
        }
        // (a dateline's city in capitals, PARIS (Reuters), BAMAKO, is not one)
        // (a comma or bracket after it marks a dateline only with nothing but capitals before it on its line: SAN FRANCISCO,;
        // not the Czech security service BIS, the hackers …)
        // (at a line's start only with a dateline's mark after it, a comma, a bracket, a dash, a date or a label's colon
        // (SEE:), or nothing: HUR has claimed … opens a paragraph with the body's name)
        const lineStart = run[0].start === lineFrom && /^(?:[ \t]*(?:[,(:\-–—\d]|$)|[ \t]*\n)/.test(text.slice(run[0].end, run[0].end + 3));
        const dateline = lineStart || (/^[ \t]*[,(]/.test(text.slice(run[0].end, run[0].end + 3)) && /^[A-Z .'-]*$/.test(text.slice(lineFrom, run[0].start)));
        if (!capsLine && !dateline && /^[A-Z]{2,5}$/.test(w) && !notAcronyms.has(w) && !ROMAN.test(w) && !knownUpper.has(w)) {
          acronyms.push(mention(run[0].start, run[0].start + w.length, w, 'acronym', 'organization'));
          // (the name it abbreviates, right before it in brackets: Cyber National Mission Force (CNMF))
          const named = definedName(ws, from, w, text);
          if (named && out) {
            const name = text.slice(named[0], named[1]);
            if (!known.has(name)) {
              const m = mention(named[0], named[1], name, 'acronym-name', 'organization');
              out.push(m);
              definedBy.set(w, m.key);
            }
          }
        }
        // a word with an inner capital (SentinelOne, VirusTotal, KitSoft) is a company's or a product's name, not
        // a family name's (McCain, DeSantis: resource camel_name_prefixes)
        else if (CAMEL.test(w) && !known.has(w) && !camelPrefix?.test(w) && camelCued(text, run[0].start, run[0].start + w.length)) acronyms.push(mention(run[0].start, run[0].start + w.length, w, 'camel-name', 'organization'));
        // (not inside a web address or a mail address: www.Realtor.com, /Realtor.com, a@Realtor.com)
        else if (webName?.test(w) && !known.has(w) && !/[./@:]/.test(text.charAt(run[0].start - 1))) acronyms.push(mention(run[0].start, run[0].start + w.length, w, 'web-name', 'organization'));
        continue;
      }
      if (run.length > MAX_COMPOUND || capsLine || !out) continue;
      const words = mapped(run, (w) => plain(w.text));
      // where a known place sits in the run: at its start or its end
      let place: [number, number] | null = null;
      for (let n = Math.min(maxPlaceWords, words.length - 1); n >= 1 && !place; n--) {
        if (placeKind.has(words.slice(0, n).join(' '))) place = [0, n];
        else if (placeKind.has(words.slice(words.length - n).join(' '))) place = [words.length - n, words.length];
      }
      if (!place) {
        // Tahrir Square, Heathrow Airport: capitalized words before a place head are a place
        const key = mapped(words, lookupKey);
        if (!placeHeads.has(key[key.length - 1])) continue;
        // (a possessive before the head is its owner's, no word of the place: Oman's Port of Sohar)
        let s0 = 0;
        for (let k = 0; k < run.length - 1; k++) if (POSSESSIVE_END.test(run[k].text)) s0 = k + 1;
        const rest = key.slice(s0, -1);
        if (rest.some((w) => titleWords.has(w) || calendar.has(w) || functionWords.has(w) || placeHeads.has(w))) continue;
        if (words.slice(s0, -1).some(lower)) continue;
        // (the head, "of" and the capitalized words of a name: Port of Sohar, Bay of Bengal)
        const of = run.length - 1 === s0 ? ofName(ws, j, text) : null;
        if (of) i = of.e;
        // (a head alone is no name)
        if (run.length - 1 === s0 && !of) continue;
        const start = run[s0].start;
        const end = of ? of.end : run[run.length - 1].start + words[words.length - 1].length;
        const name = text.slice(start, end);
        if (!known.has(name)) out.push(mention(start, end, name, 'place-head', 'location'));
        continue;
      }
      const others = kept(words, (_, k) => k < place![0] || k >= place![1]);
      // (a compound adjective before the place, its last part in lower case, is no name's word: Russian-annexed Crimea,
      // Houthi-controlled Hodeidah)
      if (place[0] > 0 && /-\p{Ll}+$/u.test(others[others.length - 1])) continue;
      const key = mapped(others, lookupKey);
      if (key.some((w) => titleWords.has(w) || calendar.has(w) || functionWords.has(w) || placeKind.has(w))) continue;
      if (place[0] > 0 && givenNames.has(words[0])) continue; // Jordan, Victoria, Dallas before a place are people
      // Senior US officials: a sentence's first word before an abbreviated country is an ordinary word
      if (place[0] > 0 && !/[a-z]/.test(words[place[0]]) && sentenceStart(text, run[0].start)) continue;
      // (a given name that is a place, and one more name word, is a person: Chad Curtis; a plural after it a team)
      if (place[0] === 0 && others.length === 1 && givenNames.has(words[0]) && (!/s$/.test(others[0]) || givenNames.has(others[0]))) continue;
      const start = run[0].start;
      const end = run[run.length - 1].start + words[words.length - 1].length;
      const name = text.slice(start, end);
      if (known.has(name)) continue;
      if (placeHeads.has(key[key.length - 1]) || key.every((w) => placeModifiers.has(w))) {
        out.push(mention(start, end, name, 'place-compound', 'location'));
        continue;
      }
      // (a word the article also writes in lower case is still a name's when the article writes the name twice or more
      // as it is: Air France ... air companies)
      if (others.some(lower) && !repeated(name, start)) continue;
      // (a state's abbreviation before words is an adjective, US Presidential Election, US Bitcoin mixer: no
      // name unless a head word makes it a body's, left to the head rule)
      if (place[0] === 0 && place[1] === 1 && !/[a-z]/.test(words[0]) && words[0].replace(/\./g, '').length <= 3) continue;
      out.push(mention(start, end, name, 'place-compound', 'organization'));
    }
  };

  const one = (what: string, mode: 'dateline' | 'compounds' | 'acronyms', more: string[] = []): Extractor<'mentions'>[] => [{ name: rule(what), lang, dimension: 'mentions', rules: [rule(what), ...more.map(rule)], extract: extract(mode) }];
  const compoundRules: Extractor<'mentions'>[] = [{ name: rule('place-compound'), lang, dimension: 'mentions', rules: [rule('place-compound'), rule('place-head'), rule('acronym-name')], extract: extract('compounds') }];
  const facts: NameFacts = { known, placeKind, placeKindOf, givenNames, functionWords, placeHeads, orgHeads, mention };
  return { dateline: one('dateline', 'dateline'), compounds: compoundRules, acronyms: one('acronym', 'acronyms', ['camel-name', 'web-name']), facts };
}

/** The most names per article asked whether the article writes them again (each question is a search of the text). */
const MAX_REPEAT_SEARCHES = 64;
/**
 * Whether the article writes a name again as it is, somewhere other than at `at`, not inside a longer word: remembered
 * per name, and asked of the first MAX_REPEAT_SEARCHES names only (a text of many such names stays linear).
 */
function writtenAgain(text: string): (name: string, at: number) => boolean {
  const seen = new Map<string, number[]>();
  return (name, at) => {
    let where = seen.get(name);
    if (!where) {
      if (seen.size >= MAX_REPEAT_SEARCHES) return false;
      where = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        if (!/[A-Za-z0-9]/.test(text[i - 1] ?? '') && !/[A-Za-z0-9]/.test(text[i + name.length] ?? '')) where.push(i);
        if (where.length > 2) break;
      }
      seen.set(name, where);
    }
    return where.some((i) => i !== at);
  };
}
