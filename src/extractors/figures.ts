/**
 * Figures: quantities that are not dates. First rules: a number (with optional scale word and
 * qualifier) with a unit from the language's unit lexicon, and vague amounts with a counted noun.
 *
 * Speed: a rule's regex starts at the number (or currency sign), a character the regex engine can
 * scan for quickly; the qualifier before it ("more than", أكثر من) is found by a short look-back.
 */
import type { LangResources } from '../resources/schema.js';
import { fold, type Lang } from '../resources/index.js';
import type { Doc, FigureCandidate, Qualifier, Region } from '../core/types.js';
import type { Extractor } from './registry.js';
import { END, NUMBER, START, alt, compile, matchAll, merged, parseNumber, wordStart } from './patterns.js';

type UnitKind = 'percent' | 'data' | 'currency' | 'time' | 'count';
/** Rule names by unit kind: one concept per rule. */
const RULE_BY_KIND: Record<UnitKind, string> = {
  percent: 'percent',
  data: 'data-size',
  currency: 'money',
  time: 'duration',
  count: 'qualified-count',
};
/** How far back a qualifier may start before its number. */
const LOOKBACK = 48;

export function figureExtractors(lang: Lang, res: LangResources): Extractor<'figures'>[] {
  const ci = lang === 'en' ? 'i' : '';
  const qualifierOf = new Map<string, Qualifier>();
  for (const q of res.qualifiers.qualifiers) for (const p of q.phrases) qualifierOf.set(norm(p), q.qualifier);
  const scaleOf = new Map<string, number>();
  for (const s of res['number-words'].scales) for (const p of s.phrases) scaleOf.set(norm(p), s.value);

  // the qualifier right before a number, with the Arabic proclitics it may carry (بأكثر من)
  const qualifierBefore = compile(`${wordStart(lang)}(?<q>${alt(qualifierOf.keys())})[ \\t]{1,4}$`, ci);
  // a number right after a name word (Windows 10, المادة 5) is part of the name
  const nameBefore = compile(`${START}${alt(res['numbered-names'].names)}[ \\t]{1,2}$`);
  const before = (re: RegExp, text: string, at: number) => {
    re.lastIndex = 0;
    return re.exec(text.slice(Math.max(0, at - LOOKBACK), at));
  };

  const SCALE = alt(scaleOf.keys());
  const num = (sfx = '') => `(?<n${sfx}>${NUMBER})(?:[ \\t]{0,4}(?<sc${sfx}>${SCALE})${END})?`;
  const rules: Extractor<'figures'>[] = [];

  const byKind = new Map<UnitKind, { after: Map<string, string>; before: Map<string, string> }>();
  for (const u of res.units.units) {
    const k = byKind.get(u.kind) ?? { after: new Map(), before: new Map() };
    for (const p of u.phrases) (u.prefix ? k.before : k.after).set(norm(p), u.unit);
    byKind.set(u.kind, k);
  }

  for (const [kind, forms] of byKind) {
    const name = `${lang}/figure/${RULE_BY_KIND[kind]}`;
    const parts: string[] = [];
    // Symbols such as % and $ need no word boundary of their own.
    const unitEnd = (m: Map<string, string>) => ([...m.keys()].every((p) => /\p{L}/u.test(p)) ? END : '');
    if (forms.after.size) {
      // Arabic counted nouns may take the article in a partitive: 241 من هذه الحسابات
      const partitive = kind === 'count' && lang === 'ar' ? `(?:من[ \\t]{1,4}(?:هذه|هؤلاء|تلك)?[ \\t]{0,4}(?:ال)?)?` : '';
      parts.push(`${num()}[ \\t]{0,4}${partitive}(?<u>${alt(forms.after.keys())})${unitEnd(forms.after)}`);
    }
    if (forms.before.size) parts.push(`(?<u2>${alt(forms.before.keys())})[ \\t]?${num('2')}`);
    const re = compile(parts.join('|'), ci);
    const unitOf = new Map([...forms.after, ...forms.before]);
    rules.push({
      name,
      lang,
      dimension: 'figures',
      extract(doc: Doc, regions: Region[]): FigureCandidate[] {
        const out: FigureCandidate[] = [];
        for (const { m, start, end } of matchAll(re, doc.text, regions)) {
          const g = merged(m.groups);
          const q = before(qualifierBefore, doc.text, start);
          if (!q && !m.groups?.u2 && before(nameBefore, doc.text, start)) continue;
          const value = parseNumber(g.n) * (g.sc ? scaleOf.get(norm(g.sc)) ?? 1 : 1);
          if (!Number.isFinite(value)) continue;
          const qStart = q ? start - q[0].length + (q.groups?.pre?.length ?? 0) : start;
          out.push({
            start: qStart,
            end,
            rule: name,
            value,
            unit: unitOf.get(norm(g.u ?? '')) ?? null,
            qualifier: q ? qualifierOf.get(norm(q.groups?.q ?? '')) ?? 'exact' : 'exact',
          });
        }
        return out;
      },
    });
  }

  // Vague amounts with their counted noun: عشرات الآلاف من الوثائق، آلاف الحسابات، tens of thousands of documents.
  const vagueOf = new Map<string, number>();
  for (const v of res['number-words'].vague) for (const p of v.phrases) vagueOf.set(norm(p), v.value);
  const counted = new Map<string, string>();
  for (const u of res.units.units) if (u.kind === 'count') for (const p of u.phrases) counted.set(norm(p), u.unit);
  const vagueName = `${lang}/figure/vague-amount`;
  const noun = lang === 'ar'
    ? `[ \\t]{1,4}(?:من[ \\t]{1,4})?(?:ال)?(?<u>${alt(counted.keys())})${END}`
    : `[ \\t]{1,4}(?:of[ \\t]{1,4})?(?<u>${alt(counted.keys())})${END}`;
  const article = lang === 'ar' ? '(?:ال)?' : '';
  const vre = compile(`${wordStart(lang)}${article}(?<v>${alt(vagueOf.keys())})${END}${noun}`, ci);
  rules.push({
    name: vagueName,
    lang,
    dimension: 'figures',
    extract(doc, regions) {
      const out: FigureCandidate[] = [];
      for (const { m, start, end } of matchAll(vre, doc.text, regions)) {
        const g = m.groups ?? {};
        out.push({
          start,
          end,
          rule: vagueName,
          value: vagueOf.get(norm(g.v ?? '')) ?? 0,
          unit: counted.get(norm(g.u ?? '')) ?? null,
          qualifier: 'vague',
        });
      }
      return out;
    },
  });
  return rules;
}

function norm(s: string): string {
  return fold(s).replace(/[ \t]+/g, ' ').toLowerCase();
}
