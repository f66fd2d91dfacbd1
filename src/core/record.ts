/** The record, schema id `news-record/1` (SPEC). The JSON Schema in schemas/ is generated from this. */
import { z } from 'zod';
import { SCHEMA_ID } from './record-check.js';

export { SCHEMA_ID };

const offset = z.number().int().min(0);
const rule = z
  .string()
  .regex(/^(ar|en|any)\/[a-z]+\/[a-z0-9-]+$/, 'a rule name is lang/dimension/what-it-matches');
const entityRef = z.string().regex(/^e[0-9]+$/, 'an entity id such as e1');

const spanShape = { text: z.string(), start: offset, end: offset };
function ordered<T extends { start: number; end: number }>(v: T, ctx: z.RefinementCtx): void {
  if (v.end < v.start) ctx.addIssue({ code: 'custom', message: 'end is before start', path: ['end'] });
}

export const MentionSchema = z.object({ ...spanShape, rule }).strict().superRefine(ordered);

export const EntitySchema = z
  .object({
    id: entityRef,
    type: z.enum(['person', 'organization', 'location', 'threat_actor']),
    name: z.string().min(1),
    name_ar: z.string().min(1).optional(),
    aliases: z.array(z.string()),
    kb: z.string().optional(),
    wikidata: z.string().regex(/^Q[0-9]+$/).optional(),
    mentions: z.array(MentionSchema).min(1),
  })
  .strict();

export const DateSchema = z
  .object({
    ...spanShape,
    value: z.string().min(1),
    type: z.enum(['date', 'time', 'set']),
    anchor: z
      .object({ unit: z.enum(['day', 'week', 'month', 'year', 'season', 'ref']), offset: z.number().int() })
      .strict()
      .optional(),
    resolved: z.string().optional(),
    /** a date written in the Hijri calendar: `value` is Gregorian (XXXX-XX when the Hijri year is not written), `hijri` the date as written (XXXX-09: Ramadan) */
    calendar: z.literal('hijri').optional(),
    hijri: z.string().regex(/^(?:[0-9]{4}|XXXX)(-[0-9]{2}){0,2}$/).optional(),
    rule,
  })
  .strict()
  .superRefine(ordered);

export const FigureSchema = z
  .object({
    ...spanShape,
    value: z.number().finite(),
    unit: z.string().min(1).nullable(),
    /** present when `unit` is a noun from the text that the lexicon does not know, in this language */
    unit_lang: z.enum(['ar', 'en']).optional(),
    /** a rate: what one unit is counted against (80 USD per barrel, 2.7 million cubic meter per day: per 'barrel', 'day') */
    per: z.string().min(1).optional(),
    qualifier: z.enum(['exact', 'about', 'more_than', 'at_least', 'less_than', 'up_to', 'vague']),
    rule,
  })
  .strict()
  .superRefine(ordered);

export const QuoteSchema = z
  .object({
    speaker: entityRef.nullable(),
    speaker_text: z.string().optional(),
    cue: z.string(),
    kind: z.enum(['direct', 'indirect']),
    ...spanShape,
    rule,
  })
  .strict()
  .superRefine(ordered);

export const AttributionSchema = z
  .object({
    actor: entityRef.nullable(),
    actor_text: z.string(),
    attributed_to: entityRef.nullable(),
    claimed_by: entityRef.nullable(),
    /** the claimant as written when it is no named entity (security researchers, الشركة) */
    claimed_by_text: z.string().optional(),
    stance: z.enum(['asserted', 'denied']),
    evidence: z.object(spanShape).strict().superRefine(ordered),
    rule,
  })
  .strict();

export const NewsRecordSchema = z
  .object({
    schema: z.literal(SCHEMA_ID),
    id: z.string().min(1),
    source: z
      .object({
        path: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        format: z.enum(['text', 'ndjson', 'rss', 'atom', 'newsml', 'string']),
        encoding: z.string(),
        item: z.number().int().min(1).optional(),
      })
      .strict(),
    language: z.object({ code: z.string().regex(/^([a-z]{2}|und)$/), confidence: z.number().min(0).max(1) }).strict(),
    title: z.string().nullable(),
    published: z.string().optional(),
    entities: z.array(EntitySchema),
    dates: z.array(DateSchema),
    figures: z.array(FigureSchema),
    quotes: z.array(QuoteSchema),
    attributions: z.array(AttributionSchema),
    warnings: z.array(z.string()),
    /** The source text the offsets count in; only with --include-text. */
    text: z.string().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const ids = new Set(r.entities.map((e) => e.id));
    const check = (ref: string | null, path: (string | number)[]) => {
      if (ref !== null && !ids.has(ref)) ctx.addIssue({ code: 'custom', message: `no entity ${ref} in this record`, path });
    };
    r.quotes.forEach((q, i) => check(q.speaker, ['quotes', i, 'speaker']));
    r.attributions.forEach((a, i) => {
      check(a.actor, ['attributions', i, 'actor']);
      check(a.attributed_to, ['attributions', i, 'attributed_to']);
      check(a.claimed_by, ['attributions', i, 'claimed_by']);
    });
    if (r.text !== undefined) {
      // With the text in the record, every span must slice back to it.
      const cps = Array.from(r.text);
      const spans: [unknown[], { text: string; start: number; end: number }][] = [];
      r.entities.forEach((e, i) => e.mentions.forEach((m, j) => spans.push([['entities', i, 'mentions', j], m])));
      r.dates.forEach((d, i) => spans.push([['dates', i], d]));
      r.figures.forEach((f, i) => spans.push([['figures', i], f]));
      r.quotes.forEach((q, i) => spans.push([['quotes', i], q]));
      r.attributions.forEach((a, i) => spans.push([['attributions', i, 'evidence'], a.evidence]));
      for (const [path, s] of spans) {
        if (cps.slice(s.start, s.end).join('') !== s.text) {
          ctx.addIssue({ code: 'custom', message: `text does not match the source at ${s.start}-${s.end}`, path: [...(path as (string | number)[]), 'text'] });
        }
      }
    }
  });

export type NewsRecord = z.infer<typeof NewsRecordSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type DateItem = z.infer<typeof DateSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;

/** The JSON Schema of a record, generated from the zod schema. */
export function recordJsonSchema(): Record<string, unknown> {
  const js = z.toJSONSchema(NewsRecordSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: 'news-record-1.schema.json', title: SCHEMA_ID, ...js };
}
