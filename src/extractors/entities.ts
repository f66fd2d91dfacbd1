/**
 * Entity mentions from the knowledge base (rule `lang/entity/kb-alias`). A gazetteer of hundreds of
 * entries is too big for one regex (compiling it cost 0.4 s at start-up), so aliases are indexed by
 * their first word: the text is split into words once, and at each word the aliases starting with it
 * are tried, longest first. Arabic words may carry proclitics (لرويترز، وروسيا، بالحرس، للحزب): the
 * proclitic is tried off, and the span covers the name only. English matches are case-sensitive.
 */
import type { KbEntry } from '../resources/schema.js';
import { fold, type Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import type { Extractor } from './registry.js';
import { AR_PROCLITIC_PREFIXES, WORD_CHARS, mayHaveProclitic } from './patterns.js';

interface Alias {
  form: string;
  entry: KbEntry;
}

const WORD = new RegExp(`[${WORD_CHARS}]+`, 'g');
const IS_WORD = new RegExp(`[${WORD_CHARS}]`);
/** Everything from the first non-word character of an alias's first word. */
const AFTER_FIRST_WORD = new RegExp(`[^${WORD_CHARS}].*$`);

export function entityExtractors(lang: Lang, kb: readonly KbEntry[]): Extractor<'mentions'>[] {
  const byFirstWord = new Map<string, Alias[]>();
  const add = (form: string, entry: KbEntry) => {
    const first = form.split(' ', 1)[0].replace(AFTER_FIRST_WORD, '');
    if (!first) return;
    const list = byFirstWord.get(first) ?? [];
    if (!list.some((a) => a.form === form)) list.push({ form, entry });
    byFirstWord.set(first, list);
  };
  for (const e of kb) {
    // Arabic news writes Latin names inline (جانيت مانفرا Jeanette Manfra): Arabic text takes both forms
    const aliases = lang === 'ar' ? [...e.aliases.ar, ...e.aliases.en] : e.aliases.en;
    for (const a of aliases) {
      const f = fold(a.trim()).replace(/\s+/g, ' ');
      if (f) add(f, e);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  if (byFirstWord.size === 0) return [];
  const name = `${lang}/entity/kb-alias`;

  return [
    {
      name,
      lang,
      dimension: 'mentions',
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const out: MentionCandidate[] = [];
        const text = doc.text;
        for (const r of regions) {
          WORD.lastIndex = r.start;
          let m: RegExpExecArray | null;
          let skipTo = r.start;
          while ((m = WORD.exec(text)) !== null && m.index < r.end) {
            if (m.index < skipTo) continue;
            const hit = matchAt(text, m.index, m[0], r.end);
            if (!hit) continue;
            out.push({
              start: hit.start,
              end: hit.end,
              rule: name,
              type: hit.alias.entry.type,
              key: `kb:${hit.alias.entry.id}`,
              name: hit.alias.entry.name,
              name_ar: hit.alias.entry.name_ar,
              wikidata: hit.alias.entry.wikidata,
              kind: hit.alias.entry.kind,
            });
            skipTo = hit.end;
          }
        }
        return out;
      },
    },
  ];

  /** The longest alias starting at this word (with an Arabic proclitic off, or ل + ال contracted). */
  function matchAt(text: string, at: number, word: string, limit: number): { start: number; end: number; alias: Alias } | null {
    // what to look up, where the name starts in the text, and whether the text dropped the alias's alef
    const direct = byFirstWord.get(word);
    if (direct) {
      for (const alias of direct) {
        const end = matchForm(text, at, alias.form, limit);
        if (end >= 0) return { start: at, end, alias };
      }
    }
    if (lang !== 'ar' || !mayHaveProclitic(word)) return null;
    const tries: { lookup: string; start: number; contracted: boolean }[] = [];
    {
      for (const p of AR_PROCLITIC_PREFIXES) {
        if (word.length <= p.length + 1 || !word.startsWith(p)) continue;
        const rest = word.slice(p.length);
        tries.push({ lookup: rest, start: at + p.length, contracted: false });
        // ل + ال contracts to لل: للحرس is ل + الحرس, and the span is لحرس...
        if (p.endsWith('ل') && rest.startsWith('ل')) tries.push({ lookup: `ا${rest}`, start: at + p.length, contracted: true });
      }
    }
    for (const t of tries) {
      for (const alias of byFirstWord.get(t.lookup) ?? []) {
        const end = matchForm(text, t.start, t.contracted ? alias.form.slice(1) : alias.form, limit);
        if (end >= 0) return { start: t.start, end, alias };
      }
    }
    return null;
  }
}

/** Where `form` ends if the text has it at `at` (a space in form matches 1-4 spaces or tabs), else -1. */
function matchForm(text: string, at: number, form: string, limit: number): number {
  let i = at;
  for (let k = 0; k < form.length; k++) {
    const c = form[k];
    if (c === ' ') {
      let n = 0;
      while (i < limit && (text[i] === ' ' || text[i] === '\t') && n < 4) {
        i++;
        n++;
      }
      if (n === 0) return -1;
    } else if (i >= limit || text[i++] !== c) return -1;
  }
  // the name ends at a word boundary
  return i < text.length && IS_WORD.test(text[i]) && IS_WORD.test(form[form.length - 1]) ? -1 : i;
}
