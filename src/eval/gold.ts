/**
 * Scoring records against gold annotations in the format of ../shared/GOLD.md (pure: text in, scores
 * out). Per field and per language:
 *  - figures: overlapping span and equal value; unit and qualifier accuracy over hits;
 *  - dates: overlapping span; value accuracy over hits whose gold value is not null;
 *  - entities: same type and a shared name or mention after folding (diacritics, alef forms, ta
 *    marbuta, Arabic-Indic digits, case, the clitics و ف ب ل ك and ال); canonical-name accuracy;
 *  - attributions: matching actor, attributed_to and stance; claimed_by accuracy; a descriptive gold name
 *    (one that names no gold entity: Russian hackers, security researchers) is an unnamed doer or claimant,
 *    matching null; a state or body acting itself is one fact in either encoding;
 *  - quotes: the gold text's span inside the predicted quote; speaker and kind accuracy.
 * Each gold item matches at most one predicted item. Gold spans are found in the article as the first
 * occurrence of their text not taken by an earlier item of the same field.
 */
import { z } from 'zod';
import { parse } from 'yaml';
import type { NewsRecord } from '../core/record.js';
import { matchOverlapping, prf, type PRF } from './metrics.js';

const nullableName = z.string().min(1).nullable();
export const GoldSchema = z
  .object({
    file: z.string().min(1),
    language: z.enum(['ar', 'en']),
    figures: z
      .array(
        z
          .object({
            text: z.string().min(1),
            value: z.number(),
            unit: z.string().min(1).nullable().optional(),
            qualifier: z.enum(['exact', 'about', 'more_than', 'at_least', 'less_than', 'up_to', 'vague']).optional(),
          })
          .strict(),
      )
      .default([]),
    dates: z.array(z.object({ text: z.string().min(1), value: z.string().min(1).nullable() }).strict()).default([]),
    entities: z
      .array(
        z
          .object({
            name: z.string().min(1),
            type: z.enum(['person', 'organization', 'location', 'threat_actor']),
            mentions: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      )
      .default([]),
    attributions: z
      .array(
        z
          .object({
            actor: nullableName,
            attributed_to: nullableName,
            claimed_by: nullableName,
            stance: z.enum(['asserted', 'denied']),
            evidence: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    quotes: z
      .array(z.object({ speaker: nullableName, cue: z.string().min(1), kind: z.enum(['direct', 'indirect']), text: z.string().min(1) }).strict())
      .default([]),
  })
  .strict();
export type Gold = z.infer<typeof GoldSchema>;

export class GoldError extends Error {}

/** Parses and checks a gold file; every quoted text must be in the article. */
export function parseGold(yamlText: string, where: string, article?: string): Gold {
  let data: unknown;
  try {
    data = parse(yamlText, { maxAliasCount: 50 });
  } catch (e) {
    throw new GoldError(`${where}: ${(e as Error).message.split('\n')[0]}`);
  }
  const r = GoldSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new GoldError(`${where}: ${i.path.join('.')}: ${i.message}`);
  }
  if (article !== undefined) {
    const g = r.data;
    const texts: [string, string][] = [
      ...g.figures.map((f, i) => [`figures.${i}.text`, f.text] as [string, string]),
      ...g.dates.map((d, i) => [`dates.${i}.text`, d.text] as [string, string]),
      ...g.entities.flatMap((e, i) => e.mentions.map((m, k) => [`entities.${i}.mentions.${k}`, m] as [string, string])),
      ...g.attributions.map((a, i) => [`attributions.${i}.evidence`, a.evidence] as [string, string]),
      ...g.quotes.map((q, i) => [`quotes.${i}.text`, q.text] as [string, string]),
    ];
    for (const [path, t] of texts) if (!article.includes(t)) throw new GoldError(`${where}: ${path}: "${t}" is not in the article`);
  }
  return r.data;
}

/** The fold GOLD.md names: diacritics, tatweel, alef forms, ta marbuta, alef maqsura, digits, case, clitics. */
export function foldName(s: string): string {
  const base = s
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  return base
    .split(' ')
    .map((w) => {
      if (!/^[\u0600-\u06FF]+$/.test(w)) return w;
      let x = w;
      // و ف, then ب ل ك, then ال — keeping at least two letters
      if (x.length > 3 && /^[وف]/.test(x)) x = x.slice(1);
      if (x.length > 3 && /^[بلك]/.test(x)) x = x.slice(1);
      if (x.length > 3 && x.startsWith('ال')) x = x.slice(2);
      else if (x.length > 3 && x.startsWith('ل') && w !== x) x = x.slice(1); // لل = ل + ال
      return x;
    })
    .join(' ');
}

export interface GoldProblem {
  field: string;
  kind: 'missed' | 'spurious' | 'wrong';
  text: string;
  detail?: string;
  rule?: string;
}

export interface FieldScore extends PRF {
  /** secondary accuracies over hits, name → [correct, total] */
  accuracy: Record<string, [number, number]>;
}

export type GoldScores = Record<'figures' | 'dates' | 'entities' | 'attributions' | 'quotes', FieldScore>;

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
  accuracy: Record<string, [number, number]>;
}
const FIELDS = ['figures', 'dates', 'entities', 'attributions', 'quotes'] as const;
const empty = (): Record<(typeof FIELDS)[number], Counts> =>
  Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, predicted: 0, gold: 0, accuracy: {} }])) as Record<(typeof FIELDS)[number], Counts>;

/**
 * Code-point offsets of each gold text in the article: the first occurrence that no earlier item of
 * the field has taken (so "أغسطس" after "أغسطس/آب" is the next August, and a repeated date is its
 * next occurrence).
 */
function locate(article: string, texts: readonly string[], sameAgain = false): { start: number; end: number }[] {
  const cpAt: number[] = new Array(article.length + 1);
  let n = 0;
  for (let k = 0; k <= article.length; k++) {
    cpAt[k] = n;
    const c = article.charCodeAt(k);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  const taken: [number, number][] = [];
  const first = new Map<string, { start: number; end: number }>();
  return texts.map((t) => {
    for (let at = article.indexOf(t); at >= 0; at = article.indexOf(t, at + 1)) {
      const end = at + t.length;
      if (taken.some(([a, b]) => at < b && a < end)) continue;
      taken.push([at, end]);
      const span = { start: cpAt[at], end: cpAt[end] };
      if (!first.has(t)) first.set(t, span);
      return span;
    }
    // (with `sameAgain`, a text the gold lists again with no other place left is the same words again: the quote of
    // a second coordinated speaker, "The FBI, CISA and the NSA said …", one item each; and a text with no place left but
    // one inside another quote's is there, the words two speakers said: a claim and the denial of it, واتهمت كييف موسكو
    // بتدبير هجمات …، وهو ما نفته روسيا)
    if (sameAgain) {
      const again = first.get(t);
      if (again) return again;
      const at = article.indexOf(t);
      if (at >= 0) return { start: cpAt[at], end: cpAt[at + t.length] };
    }
    return { start: -1, end: -1 };
  });
}

/** Whether a gold name (or null) names this entity of the record (or no entity). */
/**
 * Whether a gold name (or null) names this entity of the record (or no entity): the record's entity has the
 * name, or a surface form the gold lists for the gold entity of that name (as the entity field is scored:
 * a shared name or mention), so ستيفن منوتشين in a record is the gold's Steven Mnuchin.
 */
/** A predicted string as GOLD.md's sets count it: spaces collapsed, case and diacritics folded. */
function setKey(text: string): string {
  return foldName(text.replace(/\s+/g, ' ').trim());
}

function sameEntity(goldName: string | null, id: string | null, r: NewsRecord, gold?: Gold): boolean {
  if (goldName === null || id === null) return goldName === null && id === null;
  const e = r.entities.find((x) => x.id === id);
  if (!e) return false;
  const keys = new Set([foldName(goldName)]);
  for (const g of gold?.entities ?? []) {
    if (foldName(g.name) !== foldName(goldName)) continue;
    for (const m of g.mentions) keys.add(foldName(m));
  }
  return [e.name, e.name_ar ?? '', ...e.aliases, ...e.mentions.map((m) => m.text)].some((n) => n && keys.has(foldName(n)));
}

export interface GoldDoc {
  gold: Gold;
  record: NewsRecord;
  article: string;
}

export interface GoldReport {
  documents: Record<string, number>;
  scores: Record<string, GoldScores>;
  errors: (GoldProblem & { doc: string })[];
}

export function scoreGold(docs: readonly GoldDoc[]): GoldReport {
  const byLang = new Map<string, ReturnType<typeof empty>>();
  const all = empty();
  const documents: Record<string, number> = {};
  const errors: (GoldProblem & { doc: string })[] = [];
  for (const { gold, record: r, article } of docs) {
    const lang = gold.language;
    documents[lang] = (documents[lang] ?? 0) + 1;
    documents.all = (documents.all ?? 0) + 1;
    if (!byLang.has(lang)) byLang.set(lang, empty());
    const targets = [byLang.get(lang)!, all];
    const add = (field: (typeof FIELDS)[number], tp: number, predicted: number, goldN: number) => {
      for (const t of targets) {
        t[field].tp += tp;
        t[field].predicted += predicted;
        t[field].gold += goldN;
      }
    };
    const acc = (field: (typeof FIELDS)[number], name: string, ok: boolean) => {
      for (const t of targets) {
        const a = (t[field].accuracy[name] ??= [0, 0]);
        a[1]++;
        if (ok) a[0]++;
      }
    };
    const err = (e: GoldProblem) => errors.push({ ...e, doc: gold.file });

    // figures and dates: overlapping spans, one to one, an equal value preferred (required for figures)
    {
      const spans = locate(article, gold.figures.map((f) => f.text));
      const used = new Set<number>();
      let tp = 0;
      gold.figures.forEach((g, i) => {
        const s = spans[i];
        const k = r.figures.findIndex((p, j) => !used.has(j) && p.start < s.end && s.start < p.end && p.value === g.value);
        if (k < 0) {
          err({ field: 'figures', kind: 'missed', text: g.text, detail: `value=${g.value}` });
          return;
        }
        used.add(k);
        tp++;
        const p = r.figures[k];
        if (g.unit !== undefined) {
          acc('figures', 'unit', p.unit === g.unit);
          if (p.unit !== g.unit) err({ field: 'figures', kind: 'wrong', text: p.text, detail: `unit ${p.unit} (gold ${g.unit})`, rule: p.rule });
        }
        if (g.qualifier !== undefined) {
          acc('figures', 'qualifier', p.qualifier === g.qualifier);
          if (p.qualifier !== g.qualifier) err({ field: 'figures', kind: 'wrong', text: p.text, detail: `qualifier ${p.qualifier} (gold ${g.qualifier})`, rule: p.rule });
        }
      });
      // (GOLD.md scores sets: a string listed once however often it occurs, so a repeat of a string already
      // counted, hit or false positive, is no second false positive)
      const seen = new Set(r.figures.filter((_, j) => used.has(j)).map((p) => `${setKey(p.text)}|${p.value}`));
      let fp = 0;
      r.figures.forEach((p, j) => {
        const k = `${setKey(p.text)}|${p.value}`;
        if (used.has(j) || seen.has(k)) return;
        seen.add(k);
        fp++;
        err({ field: 'figures', kind: 'spurious', text: p.text, detail: `value=${p.value}`, rule: p.rule });
      });
      add('figures', tp, tp + fp, gold.figures.length);
    }
    {
      // an overlapping span, one to one, a date with the gold value preferred
      const spans = locate(article, gold.dates.map((d) => d.text));
      const located = gold.dates.map((g, i) => ({ ...g, ...spans[i] }));
      // (GOLD.md lists a string once however often it occurs: a date written as the gold writes it matches it
      // wherever it stands, the gold value preferred; the others by overlapping span)
      const same: [(typeof located)[number], NewsRecord['dates'][number]][] = [];
      const taken = new Set<number>();
      const rest = located.filter((g) => {
        const key = setKey(g.text);
        let k = r.dates.findIndex((p, j) => !taken.has(j) && setKey(p.text) === key && p.value === g.value);
        if (k < 0) k = r.dates.findIndex((p, j) => !taken.has(j) && setKey(p.text) === key);
        if (k < 0) return true;
        taken.add(k);
        same.push([g, r.dates[k]]);
        return false;
      });
      const overlap = matchOverlapping(rest, r.dates.filter((_, j) => !taken.has(j)), (g, p) => p.value === g.value);
      const pairs = [...same, ...overlap.pairs];
      const { missed, spurious } = overlap;
      for (const g of missed) err({ field: 'dates', kind: 'missed', text: g.text, detail: `value=${g.value}` });
      for (const [g, p] of pairs) {
        if (g.value === null) continue;
        acc('dates', 'value', p.value === g.value);
        if (p.value !== g.value) err({ field: 'dates', kind: 'wrong', text: p.text, detail: `value ${p.value} (gold ${g.value})`, rule: p.rule });
      }
      const seen = new Set(pairs.map(([, p]) => setKey(p.text)));
      let fp = 0;
      for (const p of spurious) {
        if (seen.has(setKey(p.text))) continue;
        seen.add(setKey(p.text));
        fp++;
        err({ field: 'dates', kind: 'spurious', text: p.text, detail: `value=${p.value}`, rule: p.rule });
      }
      add('dates', pairs.length, pairs.length + fp, gold.dates.length);
    }
    // entities: same type, a shared folded name or mention
    {
      const used = new Set<number>();
      let tp = 0;
      const forms = r.entities.map((e) => new Set([e.name, e.name_ar ?? '', ...e.mentions.map((m) => m.text)].filter(Boolean).map(foldName)));
      for (const g of gold.entities) {
        const keys = [g.name, ...g.mentions].map(foldName);
        const candidates = r.entities.map((_, j) => j).filter((j) => !used.has(j) && r.entities[j].type === g.type && keys.some((k) => forms[j].has(k)));
        const k = candidates.find((j) => foldName(r.entities[j].name) === foldName(g.name)) ?? candidates[0];
        if (k === undefined) {
          err({ field: 'entities', kind: 'missed', text: g.mentions[0], detail: `${g.type} ${g.name}` });
          continue;
        }
        used.add(k);
        tp++;
        const ok = foldName(r.entities[k].name) === foldName(g.name);
        acc('entities', 'canonical name', ok);
        if (!ok) err({ field: 'entities', kind: 'wrong', text: r.entities[k].mentions[0].text, detail: `name ${r.entities[k].name} (gold ${g.name})`, rule: r.entities[k].mentions[0].rule });
      }
      r.entities.forEach((e, j) => used.has(j) || err({ field: 'entities', kind: 'spurious', text: e.mentions[0].text, detail: `${e.type} ${e.name}`, rule: e.mentions[0].rule }));
      add('entities', tp, r.entities.length, gold.entities.length);
    }
    // attributions: actor, attributed_to and stance must match. A gold name that names none of the gold
    // entities is descriptive (Russian hackers, security researchers): an unnamed doer or claimant, the
    // same as a record's null. A state or body acting itself is one fact in either encoding (actor S,
    // attributed_to null; or actor null, attributed_to S): both sides are read in the second.
    {
      const used = new Set<number>();
      let tp = 0;
      const name = (id: string | null) => (id ? (r.entities.find((e) => e.id === id)?.name ?? id) : 'null');
      // (a name is a name when the gold or the record has an entity by it: Russia, though the gold lists it
      // under no mention when the text only writes Russian; a descriptive one has none)
      const goldTypes = new Map<string, string>();
      for (const e of gold.entities) for (const n of [e.name, ...e.mentions]) goldTypes.set(foldName(n), e.type);
      const recordType = (n: string) => {
        const k = foldName(n);
        return r.entities.find((e) => [e.name, e.name_ar ?? '', ...e.aliases, ...e.mentions.map((m) => m.text)].some((x) => x && foldName(x) === k))?.type;
      };
      const typeOf = (n: string) => goldTypes.get(foldName(n)) ?? recordType(n);
      const named = (n: string | null): string | null => (n !== null && typeOf(n) ? n : null);
      const goldSelf = (g: Gold['attributions'][number]) => {
        const actor = named(g.actor);
        const t = actor ? typeOf(actor) : undefined;
        return g.attributed_to === null && actor && t !== 'threat_actor' && t !== 'person' ? { actor: null, attributed_to: actor } : { actor, attributed_to: g.attributed_to };
      };
      const predSelf = (p: NewsRecord['attributions'][number]) => {
        const t = p.actor ? r.entities.find((e) => e.id === p.actor)?.type : undefined;
        return p.attributed_to === null && p.actor && t !== 'threat_actor' && t !== 'person' ? { actor: null, attributed_to: p.actor } : { actor: p.actor, attributed_to: p.attributed_to };
      };
      const claimMatch = (g: string | null, p: string | null) => sameEntity(named(g), p, r, gold);
      // two passes: first the pairs that agree on the claimant too, then the rest
      const pairOf = new Map<number, number>();
      for (const strict of [true, false]) {
        gold.attributions.forEach((g, i) => {
          if (pairOf.has(i)) return;
          const gs = goldSelf(g);
          const k = r.attributions.findIndex((p, j) => {
            if (used.has(j) || p.stance !== g.stance) return false;
            const ps = predSelf(p);
            return sameEntity(gs.actor, ps.actor, r, gold) && sameEntity(gs.attributed_to, ps.attributed_to, r, gold) && (!strict || claimMatch(g.claimed_by, p.claimed_by));
          });
          if (k < 0) return;
          used.add(k);
          pairOf.set(i, k);
        });
      }
      gold.attributions.forEach((g, i) => {
        const k = pairOf.get(i);
        if (k === undefined) {
          err({ field: 'attributions', kind: 'missed', text: g.evidence, detail: `${g.actor} → ${g.attributed_to} per ${g.claimed_by} (${g.stance})` });
          return;
        }
        tp++;
        const p = r.attributions[k];
        const ok = claimMatch(g.claimed_by, p.claimed_by);
        acc('attributions', 'claimed_by', ok);
        if (!ok) err({ field: 'attributions', kind: 'wrong', text: p.evidence.text, detail: `claimed_by ${name(p.claimed_by)} (gold ${g.claimed_by})`, rule: p.rule });
      });
      r.attributions.forEach((p, j) =>
        used.has(j) || err({ field: 'attributions', kind: 'spurious', text: p.evidence.text, detail: `${name(p.actor)} → ${name(p.attributed_to)} per ${name(p.claimed_by)} (${p.stance})`, rule: p.rule }),
      );
      add('attributions', tp, r.attributions.length, gold.attributions.length);
    }
    // quotes: the gold words inside the predicted quote; GOLD.md lists only quotes with a named
    // speaker, so predicted quotes without one (قال مسؤول، officials said) are outside its scope
    {
      const quotes = r.quotes.filter((q) => q.speaker !== null);
      const spans = locate(article, gold.quotes.map((q) => q.text), true);
      const used = new Set<number>();
      let tp = 0;
      gold.quotes.forEach((g, i) => {
        const s = spans[i];
        const k = quotes.findIndex((p, j) => !used.has(j) && p.start <= s.start && s.end <= p.end);
        if (k < 0) {
          err({ field: 'quotes', kind: 'missed', text: g.text, detail: `${g.speaker} (${g.kind})` });
          return;
        }
        used.add(k);
        tp++;
        const p = quotes[k];
        const speakerOk = sameEntity(g.speaker, p.speaker, r, gold);
        acc('quotes', 'speaker', speakerOk);
        acc('quotes', 'kind', p.kind === g.kind);
        if (!speakerOk) {
          const got = p.speaker ? (r.entities.find((e) => e.id === p.speaker)?.name ?? p.speaker) : 'null';
          err({ field: 'quotes', kind: 'wrong', text: g.text, detail: `speaker ${got} (gold ${g.speaker})`, rule: p.rule });
        }
        if (p.kind !== g.kind) err({ field: 'quotes', kind: 'wrong', text: g.text, detail: `kind ${p.kind} (gold ${g.kind})`, rule: p.rule });
      });
      quotes.forEach((p, j) => used.has(j) || err({ field: 'quotes', kind: 'spurious', text: p.text.slice(0, 60), rule: p.rule }));
      add('quotes', tp, quotes.length, gold.quotes.length);
    }
  }
  const finish = (c: ReturnType<typeof empty>): GoldScores =>
    Object.fromEntries(FIELDS.map((f) => [f, { ...prf(c[f].tp, c[f].predicted, c[f].gold), accuracy: c[f].accuracy }])) as GoldScores;
  const scores: Record<string, GoldScores> = {};
  for (const [lang, c] of [...byLang.entries()].sort()) scores[lang] = finish(c);
  scores.all = finish(all);
  return { documents, scores, errors };
}
