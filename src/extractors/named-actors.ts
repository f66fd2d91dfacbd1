/**
 * Groups the text names as it introduces them (rule `lang/entity/named-actor`): an actor noun of the
 * attribution resources, a naming phrase, then the name (a group called ZeroX, a threat actor going by
 * ZeroX, hackers known as "Shadow Crew"; مجموعة تدعى "الغزاة"، قراصنة يعرفون باسم Cobalt): the name is a
 * threat actor the knowledge base need not know, and the article's later mentions of the same name are it
 * too. Vocabulary: attribution.actors, attribution.naming, attribution.group_nouns.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import type { Extractor } from './registry.js';
import { END, alt, compile, lookupKey, matchAll, wordStart } from './patterns.js';

const SP = '[ \\t]{1,3}';

export function namedActorExtractors(lang: Lang, res: LangResources): Extractor<'mentions'>[] {
  const a = res.attribution;
  const heads = [...a.actors, ...a.group_nouns];
  if (!heads.length || !a.naming.length) return [];
  // the name: one to three capitalized Latin words (ZeroX, Shadow Crew), or any words in quotation marks
  const LATIN = '[A-Z][A-Za-z0-9]{1,24}(?:[ \\t][A-Z][A-Za-z0-9]{1,24}){0,2}';
  const QUOTED = '["“«](?<quoted>[^"“”«»\\n]{2,40})["”»]';
  // (Arabic: up to two describing words between the noun and the naming phrase: جماعة قرصنة تركية تسمى)
  const between = lang === 'ar' ? `(?:[\\u0621-\\u064A]{2,15}${SP}){0,2}` : '';
  const re = compile(`${wordStart(lang)}(?<cue>(?:${alt(heads)})${SP}${between}(?:${alt(a.naming)})${SP})(?:${QUOTED}|(?<latin>${LATIN})${END})`);
  const rule = `${lang}/entity/named-actor`;
  return [
    {
      name: rule,
      lang,
      dimension: 'mentions',
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const out: MentionCandidate[] = [];
        const names = new Map<string, string>();
        const taken = new Set<number>();
        for (const { m, start } of matchAll(re, doc.text, regions)) {
          const g = m.groups ?? {};
          const quoted = g.quoted !== undefined;
          const name = (g.quoted ?? g.latin ?? '').trim();
          if (!name) continue;
          // (the quotation marks stay outside the span)
          const s = quoted ? doc.text.indexOf(g.quoted!, start) : start;
          const key = `threat_actor:${lookupKey(name)}`;
          names.set(name, key);
          taken.add(s);
          out.push({ start: s, end: s + name.length, rule, type: 'threat_actor', key, name: '' });
        }
        // the article's other mentions of a Latin name it introduced (ZeroX said … ZeroX shared)
        for (const [name, key] of names) {
          if (!/^[A-Za-z]/.test(name)) continue;
          for (let i = doc.text.indexOf(name); i >= 0; i = doc.text.indexOf(name, i + name.length)) {
            const before = doc.text[i - 1] ?? ' ';
            const after = doc.text[i + name.length] ?? ' ';
            if (/[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after)) continue;
            if (taken.has(i) || !regions.some((r) => i >= r.start && i < r.end)) continue;
            taken.add(i);
            out.push({ start: i, end: i + name.length, rule, type: 'threat_actor', key, name: '' });
          }
        }
        return out;
      },
    },
  ];
}
