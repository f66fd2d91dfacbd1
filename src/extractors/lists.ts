/**
 * Organizations named in a list their kind heads (rule en/entity/list-member): a plural noun for organizations, the
 * words that open a list, and the names, capitalized, separated by commas and "and" (hundreds of companies listed in
 * New York, such as Snap, Box, Kohl's and The Nielsen Company; banks including Sberbank and VTB). Each name of such a
 * list of two or more is an organization, even one word the other rules would leave (Snap, Box); a name another rule
 * finds with the same span keeps that rule's (the knowledge base's Tesla). The heads and the opening words are resource
 * data (organizations.list_heads, list_cues, list_joiners), found by the dictionary pass; Arabic, which has no capitals
 * to end a name, has none yet. Pure: the rule walks the pass's hits of the opening words, and the tokens after them.
 *
 * Places named in a list with places the knowledge base knows (rule en/entity/place-list): in a list of three names or
 * more, by commas and "and", of which two or more are the knowledge base's places and none another kind of its
 * entries, each name it does not know is a place too (refineries in Yanbu, Jazan, Jeddah, Ras Tanura, Riyadh and
 * Dhahran): of three words at most, no given name first (a person listed with places), not function words only.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, Extractor, LangLex, MentionCandidate } from '../core/types.js';
import { CAP, LINE_BEFORE, PUNCT, SPACE_BEFORE, UPPER, WORD, type Tokens } from '../core/tokens.js';
import type { Hits } from '../lexicon/match.js';
import { calendarKeys, givenNamesOf, lookupKey, orgKey } from './patterns.js';

/** How far before its opening words a list's head may stand (hundreds of companies listed on NASDAQ and the NYSE, such as). */
const HEAD_REACH = 12;
/** The names a list may hold at most. */
const MAX_ITEMS = 40;
/** The words one name may have at most. */
const MAX_NAME_WORDS = 6;

export function listExtractors(lang: Lang, res: LangResources): Extractor<'mentions'>[] {
  const o = res.organizations;
  if (!o.list_heads.length || !o.list_cues.length) return [];
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  const joiners = new Set(o.list_joiners.map(lookupKey));
  const given = givenNamesOf(res).written;
  // weekdays and months are capitalized and open a dateline's date after its places (REDMOND, Washington, March 14):
  // never a place of the list
  const calendar = calendarKeys(res);
  const name = `${lang}/entity/list-member`;
  const placeRule = `${lang}/entity/place-list`;
  /** Whether a hit of category c starts at token k. */
  const starts = (h: Hits, k: number, c: number): boolean => {
    for (let x = h.from[k]; x < h.length && h.start[x] === k; x++) if (h.cat[x] === c) return true;
    return false;
  };
  const capital = (t: Tokens, k: number) => t.kind[k] === WORD && (t.flags[k] & (CAP | UPPER)) !== 0;
  const glued = (t: Tokens, k: number) => (t.flags[k] & SPACE_BEFORE) === 0;
  /** The end of a name starting at token j (a capitalized word), within the sentence: the index after its last token. */
  const nameEnd = (t: Tokens, j: number, s: number): number => {
    let k = j + 1;
    let words = 1;
    while (k < t.length && t.sentence[k] === s && words < MAX_NAME_WORDS) {
      const key = t.key[k];
      // another capitalized word one space on (The Nielsen Company)
      if (capital(t, k) && !glued(t, k) && !(t.flags[k] & LINE_BEFORE) && t.start[k] - t.end[k - 1] === 1) k++, words++;
      // & between capitals (SS&C, AT&T, Johnson & Johnson)
      else if (t.kind[k] === PUNCT && key === '&' && k + 1 < t.length && capital(t, k + 1)) k += 2;
      // a possessive that is part of the name (Kohl's), a hyphen inside it (Rolls-Royce)
      else if (t.kind[k] === PUNCT && (key === '’' || key === "'") && glued(t, k) && k + 1 < t.length && t.key[k + 1] === 's' && glued(t, k + 1)) k += 2;
      else if (t.kind[k] === PUNCT && key === '-' && glued(t, k) && k + 1 < t.length && capital(t, k + 1) && glued(t, k + 1)) k += 2;
      else break;
    }
    return k;
  };

  /** The names of a list from token j on, by commas and the joiners (one name or more), within the sentence. */
  const listAt = (t: Tokens, j: number, joinerAt: (k: number) => boolean): [number, number][] => {
    const s = t.sentence[j];
    const items: [number, number][] = [];
    while (j < t.length && t.sentence[j] === s && items.length < MAX_ITEMS && capital(t, j)) {
      const e = nameEnd(t, j, s);
      items.push([j, e]);
      let k = e;
      if (k < t.length && t.key[k] === ',') k++;
      if (k < t.length && joinerAt(k)) k++;
      if (k === e) break;
      j = k;
    }
    return items;
  };

  /** Whether tokens a to e hold a word other than function words (The alone is no name). */
  const named = (t: Tokens, a: number, e: number): boolean => {
    for (let k = a; k < e; k++) if (t.kind[k] === WORD && !functionWords.has(t.key[k])) return true;
    return false;
  };
  /** A rule of this module: it reads the document's tokens and the language's dictionary hits, and has none without them. */
  const onHits = (rule: string, find: (doc: Doc, t: Tokens, lex: LangLex, out: MentionCandidate[]) => void): Extractor<'mentions'> => ({
    name: rule,
    lang,
    dimension: 'mentions',
    extract(doc: Doc): MentionCandidate[] {
      const out: MentionCandidate[] = [];
      const lex = doc.lex?.[lang];
      if (doc.tokens && lex) find(doc, doc.tokens, lex, out);
      return out;
    },
  });

  const placeList = onHits(placeRule, (doc, t, lex, out) => {
    const h = lex.hits;
    const kbCat = lex.lexicon.cat('kb');
    if (kbCat < 0) return;
    // the knowledge base's entry named from token i to token e, by its hits (the longest at each token)
    const kbEnd = new Int32Array(t.length).fill(-1);
    const kbItem = new Int32Array(t.length);
    for (let x = 0; x < h.length; x++) {
      if (h.cat[x] !== kbCat || h.end[x] <= kbEnd[h.start[x]]) continue;
      kbEnd[h.start[x]] = h.end[x];
      kbItem[h.start[x]] = h.item[x];
    }
    const joinerAt = (k: number) => t.kind[k] === WORD && joiners.has(t.key[k]);
    for (let j = 0; j < t.length; j++) {
      if (!capital(t, j) || (j > 0 && t.key[j - 1] === ',')) continue;
      const items = listAt(t, j, joinerAt);
      if (items.length < 3) continue;
      j = items[items.length - 1][1] - 1;
      let places = 0;
      let other = false;
      const unknown: [number, number][] = [];
      for (const [a, e] of items) {
        if (kbEnd[a] === e) {
          if (lex.kb[kbItem[a]].type === 'location') places++;
          else other = true;
        } else {
          let known = false;
          for (let k = a; k < e && !known; k++) known = kbEnd[k] >= 0;
          if (!known) unknown.push([a, e]);
          else other = true;
        }
      }
      if (places < 2 || other || !unknown.length) continue;
      for (const [a, e] of unknown) {
        if (e - a > 3 || given.has(doc.text.slice(t.start[a], t.end[a])) || calendar.has(t.key[a])) continue;
        if (!named(t, a, e)) continue;
        const text = doc.text.slice(t.start[a], t.end[e - 1]);
        out.push({ start: t.start[a], end: t.end[e - 1], rule: placeRule, type: 'location', key: `location:${lookupKey(text)}`, name: '' });
      }
    }
  });
  const listMember = onHits(name, (doc, t, lex, out) => {
    const h = lex.hits;
    const [headCat, cueCat, joinerCat] = ['heads', 'cues', 'joiners'].map((c) => lex.lexicon.cat(`organizations.list_${c}`));
    if (cueCat < 0 || headCat < 0) return;
    // (the hits are in text order, only in the language's regions: the last head seen, then each opening)
    let head = -1;
    let done = -1;
    for (let x = 0; x < h.length; x++) {
      const i = h.start[x];
      if (h.cat[x] === headCat) head = i;
      if (h.cat[x] !== cueCat || i < done) continue;
      const s = t.sentence[i];
      // a head before the opening words, in the sentence
      if (head < 0 || head >= i || head < i - HEAD_REACH || t.sentence[head] !== s) continue;
      // the names, by commas and "and"
      const j = h.end[x];
      const items = j < t.length && t.sentence[j] === s ? listAt(t, j, (k) => starts(h, k, joinerCat)) : [];
      if (items.length < 2) continue;
      for (const [a, e] of items) {
        // (a name of function words only is none: The)
        if (!named(t, a, e)) continue;
        const text = doc.text.slice(t.start[a], t.end[e - 1]);
        out.push({ start: t.start[a], end: t.end[e - 1], rule: name, type: 'organization', key: orgKey(text), name: '' });
      }
      done = items[items.length - 1][1];
    }
  });
  // (the place lists need capitals to end a name: English only)
  return lang === 'en' ? [placeList, listMember] : [listMember];
}
