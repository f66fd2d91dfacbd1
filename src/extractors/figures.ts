/**
 * Figures: quantities that are not dates. First rules: a number (with optional scale word and
 * qualifier) followed by a unit from the language's unit lexicon, and vague amounts.
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

export function figureExtractors(lang: Lang, res: LangResources): Extractor<'figures'>[] {
  const qualifierOf = new Map<string, Qualifier>();
  for (const q of res.qualifiers.qualifiers) for (const p of q.phrases) qualifierOf.set(norm(p), q.qualifier);
  const scaleOf = new Map<string, number>();
  for (const s of res['number-words'].scales) for (const p of s.phrases) scaleOf.set(norm(p), s.value);

  const Q = `(?:(?<q>${alt(qualifierOf.keys())})[ \\t]{1,4})?`;
  const SCALE = alt(scaleOf.keys());
  const num = (sfx = '') => `(?<n${sfx}>${NUMBER})(?:[ \\t]{0,4}(?<sc${sfx}>${SCALE})${END})?`;
  const pre = wordStart(lang);
  const rules: Extractor<'figures'>[] = [];
  // a number right after a name word (Windows 10, المادة 5) is part of the name
  const inName = compile(`${START}${alt(res['numbered-names'].names)}[ \\t]{1,2}$`);
  const partOfName = (text: string, numberAt: number) => {
    inName.lastIndex = 0;
    return inName.test(text.slice(Math.max(0, numberAt - 40), numberAt));
  };

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
    const re = compile(`${pre}(?<s>${Q}(?:${parts.join('|')}))`, lang === 'en' ? 'i' : '');
    const unitOf = new Map([...forms.after, ...forms.before]);
    rules.push({
      name,
      lang,
      dimension: 'figures',
      extract(doc: Doc, regions: Region[]): FigureCandidate[] {
        const out: FigureCandidate[] = [];
        for (const { m, start, end, offset } of matchAll(re, doc.text, regions)) {
          const g = merged(m.groups);
          const numberAt = m.indices?.groups?.n?.[0] ?? m.indices?.groups?.n2?.[0];
          if (!g.q && numberAt !== undefined && partOfName(doc.text, offset + numberAt)) continue;
          const value = parseNumber(g.n) * (g.sc ? scaleOf.get(norm(g.sc)) ?? 1 : 1);
          if (!Number.isFinite(value)) continue;
          const unitForm = norm(g.u ?? '');
          out.push({
            start,
            end,
            rule: name,
            value,
            unit: unitOf.get(unitForm) ?? null,
            qualifier: g.q ? qualifierOf.get(norm(g.q)) ?? 'exact' : 'exact',
          });
        }
        return out;
      },
    });
  }

  // Vague amounts: عشرات، مئات، tens of thousands, hundreds of.
  const vagueOf = new Map<string, number>();
  for (const v of res['number-words'].vague) for (const p of v.phrases) vagueOf.set(norm(p), v.value);
  const counted = new Map<string, string>();
  for (const u of res.units.units) if (u.kind === 'count') for (const p of u.phrases) counted.set(norm(p), u.unit);
  const vagueName = `${lang}/figure/vague-amount`;
  const noun = lang === 'ar'
    ? `(?:[ \\t]{1,4}(?:من[ \\t]{1,4})?(?:ال)?(?<u>${alt(counted.keys())})${END})?`
    : `(?:[ \\t]{1,4}(?:of[ \\t]{1,4})?(?<u>${alt(counted.keys())})${END})?`;
  const article = lang === 'ar' ? '(?:ال)?' : '';
  const vre = compile(`${pre}(?<s>${article}(?<v>${alt(vagueOf.keys())})${END}${noun})`, lang === 'en' ? 'i' : '');
  rules.push({
    name: vagueName,
    lang,
    dimension: 'figures',
    extract(doc, regions) {
      const out: FigureCandidate[] = [];
      for (const { m, start, end } of matchAll(vre, doc.text, regions)) {
        const g = m.groups ?? {};
        // a vague word alone ("hundreds") is not a figure: it needs the counted noun
        if (!g.u) continue;
        out.push({
          start,
          end,
          rule: vagueName,
          value: vagueOf.get(norm(g.v)) ?? 0,
          unit: g.u ? counted.get(norm(g.u)) ?? null : null,
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

