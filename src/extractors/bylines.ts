/**
 * Header fields and bylines (rules `lang/entity/byline-author`, `lang/entity/byline-source`): a line that
 * opens with a label of the article's author or source (+ Author: Jane Roe and Ali Badr; Source: The Record;
 * By Jane Roe) names people and an outlet whatever the name rules know of them. Vocabulary: titles.author_labels,
 * titles.source_labels (English; the Arabic labels, الكاتب: …، المصدر: …, added nothing on any development set and
 * went with issue 18's audit: a language with no labels has no byline rule).
 * A picture's credit line (rule `lang/entity/byline-credit`, titles.credit_labels: Image: Jane Roe, *Photo: Jane Roe*
 * as Markdown sets it off) names its photographer the same way; an agency there that the knowledge base knows (Getty
 * Images) is its mention, which wins the span.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import type { Extractor } from '../core/types.js';
import { alt, compile, lookupKey, matchAll } from './patterns.js';

/** Markdown's emphasis closing a line (*Image: Jane Roe*). */
const EMPHASIS_END = /[ \t]*[*_]{1,2}$/;

export function bylineExtractors(lang: Lang, res: LangResources): Extractor<'mentions'>[] {
  const { author_labels: authors, source_labels: sources, credit_labels: credits } = res.titles;
  if (!authors.length && !sources.length && !credits.length) return [];
  // a label at a line's start (after a list mark), a colon (or, for By, a space), then the field to the line's end
  const field = (labels: string[], group: string) => `(?<${group}>${alt(labels)})`;
  // (a credit only with its colon, after Markdown's emphasis or not: *Image: Jane Roe*; an empty list matches nothing)
  const fields = [authors.length ? field(authors, 'a') : '', sources.length ? field(sources, 's') : ''].filter(Boolean).join('|');
  const credit = credits.length ? `|[*_]{0,2}${field(credits, 'c')}[ \\t]{0,2}:[ \\t]{0,3}` : '';
  const re = compile(`^[ \\t]{0,3}(?:[-+*•][ \\t]{1,3})?(?:(?:${fields || '(?!)'})(?:[ \\t]{0,2}:[ \\t]{0,3}|[ \\t]{1,2})${credit})(?<v>[^\\n:]{2,120})$`, 'm');
  const rule = (what: string) => `${lang}/entity/${what}`;
  // (an author's name: capitalized words with the name particles of the resources, van, de, bin)
  const particles = res['given-names'].particles.length ? `|${alt(res['given-names'].particles)}` : '';
  const NAME = new RegExp(`^(?:[A-Z][A-Za-z'’.-]+)(?:[ \\t]+(?:[A-Z][A-Za-z'’.-]+${particles})){0,4}$`);
  const SPLIT = /[ \t]*(?:,|\band\b|&)[ \t]*/;
  // (a credit's name with an organization's head word is the agency's, not a photographer's: Kestrel Threat Research)
  const heads = new Set(res.organizations.heads.map(lookupKey));
  // (a byline of a role, no name: By Staff Reporter, By Staff Writer; its last word one of the titles)
  const roles = new Set(res.titles.titles.map(lookupKey));
  return [
    {
      name: rule('byline'),
      lang,
      dimension: 'mentions',
      rules: [rule('byline-author'), rule('byline-source'), rule('byline-credit')],
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const out: MentionCandidate[] = [];
        for (const { m, end } of matchAll(re, doc.text, regions)) {
          const g = m.groups ?? {};
          const v = g.v ?? '';
          // (the field's value ends the match)
          const vAt = end - v.length;
          if (g.s !== undefined) {
            const name = v.trim().replace(/[.,;]$/, '');
            // (a source is a name: capitalized words, not a sentence)
            if (!name || name.split(/[ \t]+/).length > 5 || !/^[A-Z0-9]/.test(name)) continue;
            const s = vAt + v.indexOf(name);
            out.push({ start: s, end: s + name.length, rule: rule('byline-source'), type: 'organization', key: `organization:${lookupKey(name)}`, name: '', kind: 'news-agency' });
            continue;
          }
          // the authors (or the photographers): names split on commas and "and"
          const what = g.c !== undefined ? 'byline-credit' : 'byline-author';
          let at = vAt;
          for (const part of v.split(SPLIT)) {
            const i = doc.text.indexOf(part, at);
            if (i < 0) break;
            at = i + part.length;
            // (a credit line's closing emphasis is no part of the name: *Image: Jane Roe*)
            const trimmed = g.c !== undefined ? part.trim().replace(EMPHASIS_END, '') : part.trim();
            const name = trimmed.replace(/[.,;]$/, '');
            if (!NAME.test(name) || name.split(/[ \t]+/).length < 2) continue;
            if (g.c !== undefined && name.split(/[ \t]+/).some((w) => heads.has(lookupKey(w)))) continue;
            if (roles.has(lookupKey(name.split(/[ \t]+/).pop()!))) continue;
            const s = i + part.indexOf(name);
            out.push({ start: s, end: s + name.length, rule: rule(what), type: 'person', key: `person:${lookupKey(name)}`, name: '' });
          }
        }
        return out;
      },
    },
  ];
}
