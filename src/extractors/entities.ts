/**
 * Entity mentions from the knowledge base: every alias of every entry, per language, as one
 * alternation (longest first). Arabic mentions may carry proclitics (لرويترز، وروسيا، بالحرس): the
 * span covers the name only. First rules; finding names the knowledge base lacks comes with the
 * entity work.
 */
import type { KbEntry } from '../resources/schema.js';
import { fold, type Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import type { Extractor } from './registry.js';
import { END, START, alt, compile, matchAll } from './patterns.js';

export function entityExtractors(lang: Lang, kb: readonly KbEntry[]): Extractor<'mentions'>[] {
  const byForm = new Map<string, KbEntry>();
  /** forms that are an alias as written, not only its lam-contracted variant */
  const own = new Set<string>();
  for (const e of kb) {
    // Arabic news writes Latin names inline (جانيت مانفرا Jeanette Manfra): Arabic text takes both forms
    const aliases = lang === 'ar' ? [...e.aliases.ar, ...e.aliases.en] : e.aliases.en;
    for (const a of aliases) {
      const f = fold(a);
      own.add(f);
      if (!byForm.has(f)) byForm.set(f, e);
      // ل + ال contracts to لل: للحرس الثوري; keep the lam-initial form for that case only
      if (lang === 'ar' && f.startsWith('ال')) {
        const contracted = f.slice(1);
        if (!byForm.has(contracted)) byForm.set(contracted, e);
      }
    }
  }
  if (byForm.size === 0) return [];
  const name = `${lang}/entity/kb-alias`;
  const pre = lang === 'ar' ? `${START}(?<pre>[وف]?[بكل]?)` : START;
  const re = compile(`${pre}(?<name>${alt(byForm.keys())})${END}`);
  return [
    {
      name,
      lang,
      dimension: 'mentions',
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const out: MentionCandidate[] = [];
        for (const { m, start, end } of matchAll(re, doc.text, regions)) {
          const form = m.groups?.name ?? '';
          const e = byForm.get(form);
          if (!e) continue;
          // the contracted form (لحرس) only right after a lam proclitic (للحرس)
          if (!own.has(form) && !(m.groups?.pre ?? '').endsWith('ل')) continue;
          out.push({
            start,
            end,
            rule: name,
            type: e.type,
            key: `kb:${e.id}`,
            name: e.name,
            name_ar: e.name_ar,
            wikidata: e.wikidata,
          });
        }
        return out;
      },
    },
  ];
}
