/**
 * Places the knowledge base lacks, by the word that puts a place's name after it (Arabic; resource data
 * organizations.place_words):
 *  - ar/entity/place-head: a place word and the name after it, one or two words shaped like a foreign name
 *    (مدينة وولفسبورج، مقاطعة كوانغ نغاي، إقليم لاغونا), or, after a word for a settlement or a district,
 *    a definite name (قضاء الصالحية، محافظة الأنبار، حي الأمل), or a compound with a foreign particle (سيرا دو
 *    كاشيمبو); after a direction (organizations.direction_words) one word only (جنوب بومرداس); the place word is
 *    left out of the span. (The same name alone elsewhere in the article, ar/entity/place-short-form, went in
 *    issue 18's audit: it added nothing on any development set.)
 *  - ar/entity/state-formal-name: a state by its formal name, a word for a state and its adjectives (الجمهورية
 *    الإسلامية الإيرانية: Iran; stateFormalNames below).
 * A word shaped like a common noun, a verb or an adjective, or a common word (lexicon.ts), is no name (منطقة
 * الجزاء is the penalty area, ولاية الرئيس his term): the shapes are those of arabic-shapes.ts. A name the
 * knowledge base knows is left to it.
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import type { Extractor } from '../core/types.js';
import { END, alt, compile, keyOffsets, lookupKey, matchAtAnchors, procliticForms, wordAnchors, wordStart, writtenLower, givenNamesOf } from './patterns.js';
import { kbFields } from './spelling.js';
import { CAP, LINE_BEFORE, WORD, tokenAt } from '../core/tokens.js';
import { commonWords, kbNamesEn } from './lexicon.js';
import { IMPERFECT_AR, NOT_NAME_AFTER_AR, NOUN_SHAPED_AR, PRONOUN_SUFFIXED_AR, longForeign } from './arabic-shapes.js';

const SP = '[ \\t]{1,3}';
/** A definite word shaped like a verbal noun or a plural (التحقيق، الانتخابات، المفاوضات): no place's name. */
// (the ان of a verbal noun of form VII has two letters before its long vowel, الانسحاب، الانفجار; الانبار has one)
const DEFINITE_NOUN_AR = /^ال(?:ت|است|اخت|اجت|انت)[\u0621-\u064A]{2,}$|^الان[^ا]{2}ا[\u0621-\u064A]|^ال[\u0621-\u064A]{2,}(?:ات|ين|ون)$/;
/**
 * Indefinite words after a place word that describe it instead of naming it: a feminine participle, adjective
 * or nisba (متطورة، كبيرة، مصرفية، سكنية), a short nisba (قصر ملكي), a verbal noun in اء (منطقة جزاء), a feminine past verb
 * (عاصمة شهدت).
 */
const NOT_PLACE_AR = /^م[\u0621-\u064A]{3,}ة$|^[\u0621-\u064A]{2}ي[\u0621-\u064A]ة$|ية$|^[\u0621-\u064A]{2,3}[^اوي]ي$|اء$|^[\u0621-\u064A]{3}ت$/;

export function placeExtractors(lang: Lang, res: LangResources, kb: readonly KbEntry[]): Extractor<'mentions'>[] {
  const formal = stateFormalNames(lang, res, kb);
  return [...placeWordExtractors(lang, res, kb), ...(formal ? [formal] : [])];
}

/**
 * A state by its formal name (rule `lang/entity/state-formal-name`, resources organizations.state_heads and
 * state_adjectives; Arabic): a word for a state, then its adjectives, one of them a state's as the knowledge base's
 * demonyms give it, in the feminine the head takes, the others the resource's (الجمهورية الإسلامية الإيرانية، الجمهورية
 * العربية السورية، المملكة الأردنية الهاشمية، للبلاد التونسية): that state. Read at the heads' tokens; a proclitic is cut
 * off, ل + ال written لل kept (للبلاد).
 */
function stateFormalNames(lang: Lang, res: LangResources, kb: readonly KbEntry[]): Extractor<'mentions'> | null {
  const o = res.organizations;
  if (!o.state_heads.length) return null;
  const heads = new Set(o.state_heads.map(lookupKey));
  const adjectives = new Set(o.state_adjectives.map(lookupKey));
  const stateOf = new Map<string, KbEntry>();
  for (const e of kb) if (e.type === 'location' && !e.country) for (const d of e.demonyms?.ar ?? []) if (/^[\u0621-\u064A]+ي$/.test(d)) stateOf.set(lookupKey(`ال${d}ة`), e);
  // (and each head written with ل + ال as لل: للبلاد، وللمملكة)
  const anchors = wordAnchors([...o.state_heads, ...o.state_heads.filter((h) => h.startsWith('ال')).map((h) => `ل${h.slice(1)}`)], true);
  const rule = `${lang}/entity/state-formal-name`;
  return {
    name: rule,
    lang,
    dimension: 'mentions',
    rules: [rule],
    extract(doc: Doc, regions: Region[]): MentionCandidate[] {
      const out: MentionCandidate[] = [];
      const t = doc.tokens;
      if (!t) return out;
      const text = doc.text;
      const at = anchors(doc);
      let r = 0;
      for (let a = 0; a < at.length; a++) {
        while (r < regions.length && regions[r].end <= at[a]) r++;
        if (r >= regions.length) break;
        if (at[a] < regions[r].start) continue;
        const i = tokenAt(t, at[a]);
        if (i >= t.length || t.start[i] !== at[a]) continue;
        // (the head as written, or less a proclitic; ل + ال written لل stays whole)
        let cut = heads.has(t.key[i]) ? 0 : -1;
        if (cut < 0) for (const [form, n] of procliticForms(t.key[i], true)) if (heads.has(form) && cut < 0) cut = form.startsWith('ال') && !t.key[i].slice(n).startsWith('ال') ? n - 1 : n;
        if (cut < 0) continue;
        let state: KbEntry | undefined;
        let end = -1;
        for (let j = i + 1; j < t.length && j <= i + 3 && t.start[j] < regions[r].end && /^[ \t]+$/.test(text.slice(t.end[j - 1], t.start[j])); j++) {
          const k = t.key[j];
          const s = stateOf.get(k);
          if (s && !state) state = s;
          else if (!adjectives.has(k)) break;
          end = t.end[j];
        }
        if (state && end > 0) out.push({ start: t.start[i] + cut, end, rule, ...kbFields(state) });
      }
      return out;
    },
  };
}

function placeWordExtractors(lang: Lang, res: LangResources, kb: readonly KbEntry[]): Extractor<'mentions'>[] {
  const directions = res.organizations.direction_words;
  const words = [...res.organizations.place_words, ...directions];
  const DIRECTIONS = new Set(directions.map(lookupKey));
  if (lang === 'en') return words.length ? englishPlaces(res, kb, words) : [];
  if (!words.length) return [];
  const stop = new Set(
    [
      ...res['function-words'].words,
      ...res.titles.titles,
      ...res.titles.role_heads,
      ...res.organizations.heads,
      ...res.organizations.definite_heads,
      ...words,
      ...res.months.months.flatMap((m) => m.names),
      ...res.weekdays.weekdays.flatMap((w) => w.names),
      ...res['relative-dates'].relative.flatMap((r) => r.phrases),
      ...res['number-words'].ones.flatMap((o) => o.phrases),
      ...res['number-words'].tens.flatMap((o) => o.phrases),
      ...res['given-names'].not_names,
    ].map(lookupKey),
  );
  const kbNames = new Set(kb.flatMap((e) => e.aliases.ar).map(lookupKey));
  const common = commonWords(res);
  // place words after which a definite word is the place's own name (settlements and districts, not areas or
  // offices), and first words of compound names: resource data
  const DEFINITE_OK = new Set(res.organizations.settlement_words.map(lookupKey));
  const COMPOUND_FIRST = new Set(res.organizations.place_name_openers.map(lookupKey));
  // (run where a place word starts, with its proclitics: not a scan of the text)
  const placeRe = compile(`${wordStart(lang)}(?<cue>(?<head>${alt(words)})${SP})(?<name>[\\u0621-\\u064A]{2,16}(?:${SP}[\\u0621-\\u064A]{2,16}){0,2})${END}`, 'y');
  const placeAnchors = wordAnchors(words, true);
  // a foreign particle inside a compound name takes the word after it (سيرا دو كاشيمبو، سان خوسيه دي لا)
  const particles = new Set(res['given-names'].particle_openers.map(lookupKey));
  const rule = `${lang}/entity/place-head`;
  /** A word the lists take for part of a foreign place name. */
  const foreign = (w: string, first: boolean): boolean =>
    w.length >= 3 &&
    !w.startsWith('ال') &&
    !common(w) &&
    !stop.has(lookupKey(w)) &&
    !kbNames.has(lookupKey(w)) &&
    !PRONOUN_SUFFIXED_AR.test(w) &&
    !IMPERFECT_AR.test(w) &&
    !NOT_NAME_AFTER_AR.test(w) &&
    // (a place's name may end in ة: بجاية، سهيلة; not in the plural or a verbal noun's shape)
    !(NOUN_SHAPED_AR.test(w) && !w.endsWith('ة')) &&
    !NOT_PLACE_AR.test(w) &&
    // (ك opens many foreign places, كوانغ، كابول: only و ف ب ل are taken for a proclitic, and only when what
    // follows the letter could be a word of its own: an article, a known name, a function word or a noun's
    // shape; ولاية بارا، إقليم لاغونا، قصر بكينغهام keep theirs)
    !(first && /^[وفبل]/.test(w) && !longForeign(w) && proclitic(w));
  /** Whether a word reads as a proclitic and a word: ببلجيكا، بالقرب، لمدة، وفيها. */
  const proclitic = (w: string): boolean => {
    const rest = w.slice(1);
    // (و and a long vowel opening a long word is foreign: وولفسبورج، ويلينغتون)
    return (w.startsWith('و') && !/^و[وي][\u0621-\u064A]{4,}$/.test(w)) || rest.startsWith('ال') || w.startsWith('لل') || rest.length < 4 || stop.has(lookupKey(rest)) || kbNames.has(lookupKey(rest)) || NOUN_SHAPED_AR.test(rest) || PRONOUN_SUFFIXED_AR.test(rest) || IMPERFECT_AR.test(rest);
  };
  return [
    {
      name: `${lang}/entity/place`,
      lang,
      dimension: 'mentions',
      rules: [rule],
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const out: MentionCandidate[] = [];
        for (const { m, start, offset } of matchAtAnchors(placeRe, doc.text, regions, placeAnchors(doc))) {
          // (the scan goes on from the name's first word, or past the words kept: a place word among the words
          // after a rejected or shorter name starts its own match, مدينة X في محافظة الأنبار)
          placeRe.lastIndex = start - offset;
          const head = lookupKey(m.groups?.head ?? '');
          const [w1, w2, w3] = (m.groups?.name ?? '').split(/[ \t]+/);
          if (kbNames.has(lookupKey(w1)) || (w2 && kbNames.has(lookupKey(`${w1} ${w2}`)))) continue;
          let n = 0;
          if (w1.startsWith('ال')) {
            // a definite name only after a settlement or district word, and not a verbal noun, a plural or a common word
            // (nor a nisba adjective: اقليم الأميركي)
            if (!DEFINITE_OK.has(head) || w1.length < 5 || w1.endsWith('ي') || DEFINITE_NOUN_AR.test(w1) || stop.has(lookupKey(w1)) || kbNames.has(lookupKey(w1))) continue;
            n = 1;
          } else if (COMPOUND_FIRST.has(lookupKey(w1)) && w2 && !stop.has(lookupKey(w2)) && !PRONOUN_SUFFIXED_AR.test(w2)) {
            n = particles.has(lookupKey(w2)) && w3 && foreign(w3, false) ? 3 : 2;
          } else if (foreign(w1, true) && !(head.endsWith('ة') && w1.endsWith('ة'))) {
            // one word alone must look foreign at four letters or more; a second foreign word joins (كوانغ نغاي)
            n = w2 && foreign(w2, true) && !DIRECTIONS.has(head) ? 2 : 1;
            if (n === 1 && w1.length < 4) continue;
          } else continue;
          const all = m.groups?.name ?? '';
          const last = [...all.matchAll(/[\u0621-\u064A]+/g)][n - 1];
          const raw = all.slice(0, last.index! + last[0].length);
          const name = raw.replace(/[ \t]+/g, ' ');
          placeRe.lastIndex = start + raw.length - offset;
          out.push({ start, end: start + raw.length, rule, type: 'location', key: `place:${name}`, name: '' });
        }
        return out;
      },
    },
  ];
}

/** The copulas and articles of "X is a town". */
const COPULAS = new Set(['is', 'was']);
const ARTICLES = new Set(['a', 'an']);

/**
 * English: a lower-case place word, "of" and capitalized words are a place the knowledge base lacks (the Kurdish city of
 * Arbil, the village of Mahala: rule en/entity/place-word; resource organizations.place_words), not a name the knowledge
 * base knows, a given name, a nationality, a calendar or function word; and the name alone elsewhere in the article is
 * the same place (en/entity/place-short-form), capitalized as it is and not joined to another capitalized word.
 */
function englishPlaces(res: LangResources, kb: readonly KbEntry[], placeWords: readonly string[]): Extractor<'mentions'>[] {
  // (each word and its plural: city, cities; town, towns)
  const plurals = new Set(placeWords.map((w) => lookupKey(w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`)));
  const heads = new Set([...placeWords.map(lookupKey), ...plurals]);
  const known = kbNamesEn(kb, 'all');
  const given = givenNamesOf(res).written;
  const demonyms = new Set(kb.flatMap((e) => e.demonyms?.en ?? []));
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  const prepositions = new Set(res.organizations.place_prepositions.map(lookupKey));
  const states = kbNamesEn(kb, 'state');
  const places = kbNamesEn(kb, 'location');
  const stop = new Set(
    [...res['function-words'].words, ...res.months.months.flatMap((m) => m.names), ...res.weekdays.weekdays.flatMap((w) => w.names), ...res.organizations.heads, ...res.organizations.place_heads].map(lookupKey),
  );
  const rule = 'en/entity/place-word';
  const shortRule = 'en/entity/place-short-form';
  /** A capitalized Latin word token that may be part of a place's name. */
  const nameWord = (t: NonNullable<Doc['tokens']>, k: number, lineStart = false): boolean =>
    t.kind[k] === WORD && (t.flags[k] & CAP) !== 0 && (lineStart || (t.flags[k] & LINE_BEFORE) === 0) && !stop.has(t.key[k]) && !demonyms.has(t.text.slice(t.start[k], t.end[k]));
  /**
   * The token of a one-word name that a copula makes the place word at `i` (Longyear is a Norwegian town: is/was, a/an,
   * up to two lower-case or nationality words between), or -1. The name starts its sentence or follows no capitalized word.
   */
  const copular = (t: NonNullable<Doc['tokens']>, i: number): number => {
    // (the place word ends its phrase: a stop, or a function word after it; not a modifier, a town councillor)
    if (plurals.has(t.key[i]) || (i + 1 < t.length && t.kind[i + 1] === WORD && !functionWords.has(t.key[i + 1]))) return -1;
    let k = i - 1;
    for (let n = 0; n < 2 && k >= 0 && t.kind[k] === WORD && ((t.flags[k] & CAP) === 0 || demonyms.has(t.text.slice(t.start[k], t.end[k]))) && !ARTICLES.has(t.key[k]); n++) k--;
    if (k < 2 || !ARTICLES.has(t.key[k]) || !COPULAS.has(t.key[k - 1])) return -1;
    const nameAt = k - 2;
    if (!nameWord(t, nameAt, true) || (nameAt > 0 && t.kind[nameAt - 1] === WORD && (t.flags[nameAt - 1] & CAP) !== 0 && t.sentence[nameAt - 1] === t.sentence[nameAt])) return -1;
    return nameAt;
  };
  return [
    {
      name: 'en/entity/place',
      lang: 'en',
      dimension: 'mentions',
      rules: [rule, shortRule],
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const t = doc.tokens;
        const out: MentionCandidate[] = [];
        if (!t) return out;
        const text = doc.text;
        const names = new Map<string, string>();
        /** The end of a run of capitalized words from token `a` (at most `max`, one space between), by `ok`. */
        const run = (a: number, max: number, ok = (k: number) => nameWord(t, k)): number => {
          let e = a;
          while (e < t.length && e < a + max && ok(e) && (e === a || t.start[e] - t.end[e - 1] === 1)) e++;
          return e;
        };
        /** Tokens [a, e) as a place, unless the knowledge base knows the name or its first word is a given name. */
        const place = (a: number, e: number): void => {
          const name = text.slice(t.start[a], t.end[e - 1]);
          if (known.has(name) || given.has(text.slice(t.start[a], t.end[a]))) return;
          out.push({ start: t.start[a], end: t.end[e - 1], rule, type: 'location', key: `place:${name}`, name: '' });
          names.set(name, `place:${name}`);
        };
        const capital = (k: number) => k < t.length && t.kind[k] === WORD && (t.flags[k] & CAP) !== 0;
        let i = 0;
        for (const r of regions) {
          while (i < t.length && t.end[i] <= r.start) i++;
          for (; i + 2 < t.length && t.start[i] < r.end; i++) {
            if (!heads.has(t.key[i]) || (t.flags[i] & CAP) !== 0) continue;
            if (t.key[i + 1] !== 'of') {
              // (a name the sentence says is one: Longyear is a Norwegian town, Velgar was a small mining settlement)
              const said = copular(t, i);
              if (said >= 0) place(said, said + 1);
              continue;
            }
            if (t.start[i + 2] >= r.end) continue;
            // (a plural place word takes names joined by commas and "and": the mining towns of Barentsburg and Pyramiden;
            // a name the knowledge base knows is its own, and the list goes on after it)
            const plural = plurals.has(t.key[i]);
            for (let from = i + 2; ; ) {
              const e = run(from, 3, (k) => t.start[k] < r.end && nameWord(t, k));
              if (e === from || given.has(text.slice(t.start[from], t.end[from])) || (capital(e) && t.start[e] - t.end[e - 1] <= 1)) break;
              place(from, e);
              i = e - 1;
              if (!plural || e + 1 >= t.length || (t.key[e] !== 'and' && t.key[e] !== ',')) break;
              from = t.key[e] === ',' && t.key[e + 1] === 'and' ? e + 2 : e + 1;
            }
          }
        }
        // a name between a preposition and ", <state>" is a place of that state (orchards in Michoacan, Mexico; born in
        // Uyo, Nigeria; not before the state's possessive or another capitalized word, Mexico City), or before "near" and a
        // place the knowledge base knows (in Velten near Berlin)
        for (const r of regions) {
          for (let k = tokenAt(t, r.start); k < t.length && t.start[k] < r.end; k++) {
            if (!prepositions.has(t.key[k]) || (t.flags[k] & CAP) !== 0) continue;
            const a = k + 1;
            const e = run(a, 2);
            if (e === a || e + 1 >= t.length) continue;
            const b = e + 1;
            if (t.key[e] === 'near' && (t.flags[e] & CAP) === 0) {
              const be = run(b, 3, capital);
              if (be > b && places.has(text.slice(t.start[b], t.end[be - 1]))) {
                place(a, e);
                k = e;
              }
            } else if (t.key[e] === ',') {
              const be = run(b, 3, capital);
              if (be === b || !states.has(text.slice(t.start[b], t.end[be - 1])) || (be < t.length && (t.key[be] === "'" || t.key[be] === '’' || capital(be)))) continue;
              place(a, e);
              k = be - 1;
            }
          }
        }
        if (!names.size) return out;
        // the name alone elsewhere: its first word's tokens, the rest checked after it, no capitalized word either side
        const taken = new Set(out.map((c) => c.start));
        for (const [name, key] of names) {
          const parts = name.split(/[ \t]+/);
          for (const at of keyOffsets(doc, lookupKey(parts[0]))) {
            const k = tokenAt(t, at);
            if (k >= t.length || taken.has(t.start[k]) || text.slice(t.start[k], t.end[k]) !== parts[0]) continue;
            const last = k + parts.length - 1;
            if (last >= t.length || text.slice(t.start[k], t.end[last]).replace(/[ \t]+/g, ' ') !== name) continue;
            const capAt = (j: number) => j >= 0 && j < t.length && t.kind[j] === WORD && (t.flags[j] & CAP) !== 0 && (j < k ? t.start[k] - t.end[j] <= 1 : t.start[j] - t.end[last] <= 1);
            if (capAt(k - 1) || capAt(last + 1) || writtenLower(doc, parts[0], 3)) continue;
            out.push({ start: t.start[k], end: t.end[last], rule: shortRule, type: 'location', key, name: '' });
          }
        }
        return out;
      },
    },
  ];
}
