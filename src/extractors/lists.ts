/**
 * Organizations named in a list their kind heads (rule en/entity/list-member): a plural noun for organizations, the
 * words that open a list, and the names, capitalized, separated by commas and "and" (hundreds of companies listed in
 * New York, such as Snap, Box, Kohl's and The Nielsen Company; banks including Sberbank and VTB). Each name of such a
 * list of two or more is an organization, even one word the other rules would leave (Snap, Box); a name another rule
 * finds with the same span keeps that rule's (the knowledge base's Tesla). The heads and the opening words are resource
 * data (organizations.list_heads, list_cues, list_joiners); Arabic, which has no capitals to end a name, has none yet.
 * Pure: one walk over the token table's words at the opening words.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, Extractor, MentionCandidate, Region } from '../core/types.js';
import { CAP, LINE_BEFORE, PUNCT, SPACE_BEFORE, UPPER, WORD, type Tokens } from '../core/tokens.js';
import { lookupKey } from './patterns.js';

/** How far before its opening words a list's head may stand (hundreds of companies listed on NASDAQ and the NYSE, such as). */
const HEAD_REACH = 12;
/** The names a list may hold at most. */
const MAX_ITEMS = 40;
/** The words one name may have at most. */
const MAX_NAME_WORDS = 6;

export function listExtractors(lang: Lang, res: LangResources): Extractor<'mentions'>[] {
  const o = res.organizations;
  if (!o.list_heads.length || !o.list_cues.length) return [];
  const heads = new Set(o.list_heads.map(lookupKey));
  const cues = o.list_cues.map((c) => lookupKey(c).split(' '));
  const cueFirst = new Set(cues.map((c) => c[0]));
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  const joiners = new Set(o.list_joiners.map(lookupKey));
  const name = `${lang}/entity/list-member`;

  /** The opening words at token i: the index after them, or -1. */
  const cueAt = (t: Tokens, i: number): number => {
    for (const c of cues) {
      let k = 0;
      while (k < c.length && i + k < t.length && t.key[i + k] === c[k] && (k === 0 || !(t.flags[i + k] & LINE_BEFORE))) k++;
      if (k === c.length) return i + k;
    }
    return -1;
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

  return [
    {
      name,
      lang,
      dimension: 'mentions',
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const t = doc.tokens;
        const out: MentionCandidate[] = [];
        if (!t) return out;
        let i = 0;
        for (const r of regions) {
          while (i < t.length && t.end[i] <= r.start) i++;
          for (; i < t.length && t.start[i] < r.end; i++) {
            if (t.kind[i] !== WORD || !cueFirst.has(t.key[i])) continue;
            const from = cueAt(t, i);
            if (from < 0) continue;
            const s = t.sentence[i];
            // a head before the opening words, in the sentence
            let head = false;
            for (let b = i - 1; b >= 0 && b >= i - HEAD_REACH && t.sentence[b] === s && !head; b--) head = t.kind[b] === WORD && heads.has(t.key[b]);
            if (!head) continue;
            // the names, by commas and "and"
            const items: [number, number][] = [];
            let j = from;
            while (j < t.length && t.sentence[j] === s && t.start[j] < r.end && items.length < MAX_ITEMS && capital(t, j)) {
              const e = nameEnd(t, j, s);
              items.push([j, e]);
              let k = e;
              if (k < t.length && t.key[k] === ',') k++;
              if (k < t.length && t.kind[k] === WORD && joiners.has(t.key[k])) k++;
              if (k === e) break;
              j = k;
            }
            if (items.length < 2) continue;
            for (const [a, e] of items) {
              // (a name of function words only is none: The)
              let named = false;
              for (let k = a; k < e && !named; k++) named = t.kind[k] === WORD && !functionWords.has(t.key[k]);
              if (!named) continue;
              const text = doc.text.slice(t.start[a], t.end[e - 1]);
              out.push({ start: t.start[a], end: t.end[e - 1], rule: name, type: 'organization', key: `org:${lookupKey(text)}`, name: '' });
            }
            i = items[items.length - 1][1] - 1;
          }
        }
        return out;
      },
    },
  ];
}
