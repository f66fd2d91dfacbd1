/**
 * The linking stage after entities are merged: speech frames (who said what) and claims (who is said to be
 * behind what, by whom), per language, on the token table, the lexicon's hits and the mentions; their record
 * items, with spans carried back to the source. Pure.
 */
import { append } from '../core/arrays.js';
import { tokenAt } from '../core/tokens.js';
import type { Doc, Span } from '../core/types.js';
import type { NewsRecord } from '../core/record.js';
import { LANGS } from '../resources/index.js';
import type { KbEntry } from '../resources/schema.js';
import { speechFrames } from './speech.js';
import { findClaims, resolveClaims, type ClaimCandidate } from './claims.js';
import { View, type EntityInfo } from './view.js';

type Entity = NewsRecord['entities'][number];

export interface LinkInput {
  doc: Doc;
  /** date spans (cleaned), which a subject search steps over (the FBI on Monday said) */
  dates: readonly Span[];
  entities: Entity[];
  /** cleaned-text mentions in text order, with their entity and type ('news-agency' for agencies) */
  mentions: readonly { span: Span; id: string; type: string }[];
  /** the state the knowledge base gives an entity, by entity id (its name) */
  countryOf: ReadonlyMap<string, string>;
  /** a cleaned span as source text and offsets */
  source: (s: Span) => { text: string; start: number; end: number };
}

/** What the link stage reads of a knowledge-base entry: its kind (government, company …) and, for an organization, its
 *  longest English alias where longer than its name (FBI: Federal Bureau of Investigation), for the generic noun that
 *  stands for it (the bureau). */
interface KbFacts {
  kind?: string;
  longName?: string;
}
/** A knowledge base's facts by entry id (of entries listed twice, the last with each), made once per list. */
const factCache = new WeakMap<readonly KbEntry[], Map<string, KbFacts>>();
function kbFactsOf(kb: readonly KbEntry[]): Map<string, KbFacts> {
  let m = factCache.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb) {
      let long = e.name;
      if (e.type === 'organization') for (const a of e.aliases.en) if (a.length > long.length) long = a;
      if (!e.kind && long === e.name) continue;
      const f = m.get(e.id) ?? {};
      if (e.kind) f.kind = e.kind;
      if (long !== e.name) f.longName = long;
      m.set(e.id, f);
    }
    factCache.set(kb, m);
  }
  return m;
}

export function linkStage(input: LinkInput): { quotes: NewsRecord['quotes']; attributions: NewsRecord['attributions'] } {
  const { doc, entities, countryOf, source } = input;
  if (!doc.tokens || !doc.lex) return { quotes: [], attributions: [] };
  // (a location entity of each name first: the state the knowledge base gives an entity, as the article's entity)
  const locationByName = new Map<string, string>();
  const noteLocation = (e: Entity) => {
    if (e.type === 'location' && !locationByName.has(e.name)) locationByName.set(e.name, e.id);
  };
  entities.forEach(noteLocation);
  const locationNamed = (name: string): string | undefined => locationByName.get(name);
  // (the knowledge base's kinds and long names of the entities the article names, from either language's knowledge base)
  const kbKind = new Map<string, string>();
  const kbLong = new Map<string, string>();
  for (const lang of LANGS) {
    const lex = doc.lex[lang];
    if (!lex) continue;
    const facts = kbFactsOf(lex.kb);
    for (const e of entities) {
      const f = e.kb ? facts.get(e.kb) : undefined;
      if (f?.kind) kbKind.set(e.kb!, f.kind);
      if (f?.longName) kbLong.set(e.kb!, f.longName);
    }
  }
  const infos = new Map<string, EntityInfo>(
    entities.map((e) => {
      const country = countryOf.get(e.id);
      const state = country ? locationNamed(country) : undefined;
      const kind = e.kb ? kbKind.get(e.kb) : undefined;
      const longName = e.kb ? kbLong.get(e.kb) : undefined;
      return [e.id, { id: e.id, type: e.type, name: e.name, ...(e.kb ? { kb: e.kb } : {}), ...(country ? { country } : {}), ...(state ? { state } : {}), ...(kind ? { kind } : {}), ...(longName ? { longName } : {}) }];
    }),
  );
  const mentions = View.mentionsOn(doc.tokens, input.mentions);
  const dates = new Set<number>();
  for (const d of input.dates) for (let i = tokenAt(doc.tokens, d.start); i < doc.tokens.length && doc.tokens.start[i] < d.end; i++) dates.add(i);
  const byKb = new Map(entities.filter((e) => e.kb).map((e) => [e.kb!, e.id]));
  const byId = new Map(entities.map((e) => [e.id, e]));

  const quotes: (NewsRecord['quotes'][number] & { at: Span })[] = [];
  /** each quote's speaker, cue and words, so that the same quote repeated is written once */
  const said = new Set<string>();
  const claims: ClaimCandidate[] = [];
  for (const lang of LANGS) {
    const lex = doc.lex[lang];
    if (!lex) continue;
    const v = new View(doc, lang, mentions, infos, dates);
    const frames = speechFrames(v, dates);
    for (const f of frames) {
      if (f.claimsOnly) continue;
      const base = { cue: source(f.cue).text, kind: f.kind, ...source(f.content), rule: f.rule, at: f.content };
      // (the same words with the same cue and speaker again, a headline repeated as an image's caption: one quote)
      const key = `${f.speakers[0] ?? f.relayer ?? (f.speakerText ? source(f.speakerText).text : '')}\u0000${base.cue}\u0000${base.text}`;
      if (said.has(key)) continue;
      said.add(key);
      // (coordinated speakers say one thing: the quote names the first; each is a claimant of its own)
      // (an outlet relaying an unnamed source's words speaks them: نقلت وكالة رويترز عن مسؤول أمريكي)
      // (an office no name gives speaks unnamed, its state the claimant: Britain's foreign minister said)
      quotes.push(f.roleText ? { speaker: null, speaker_text: source(f.roleText).text, ...base } : f.speakers.length ? { speaker: f.speakers[0], ...base } : f.relayer ? { speaker: f.relayer, ...base } : { speaker: null, ...(f.speakerText ? { speaker_text: source(f.speakerText).text } : {}), ...base });
    }
    append(claims, findClaims(v, frames, lex.kb, (id) => byKb.get(id)));
  }

  // what the claims' resolver needs of the entities
  // (the first location entity of each name, kept up to date as ensure adds entities: a lookup, not a walk over the
  // entities per claim, which made a long article's denials cost the square of its claims)
  const stateOf = (id: string): string | null => {
    const country = countryOf.get(id);
    if (country) return locationNamed(country) ?? null;
    return byId.get(id)?.type === 'location' ? id : null;
  };
  const ensure = (entry: KbEntry, at: Span, rule: string): string => {
    const have = byKb.get(entry.id);
    if (have) return have;
    const e: Entity = {
      id: `e${entities.length + 1}`,
      type: entry.type,
      name: entry.name,
      ...(entry.name_ar ? { name_ar: entry.name_ar } : {}),
      aliases: [],
      kb: entry.id,
      ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
      mentions: [{ ...source(at), rule }],
    };
    entities.push(e);
    noteLocation(e);
    byId.set(e.id, e);
    byKb.set(entry.id, e.id);
    return e.id;
  };
  const kindOf = (id: string): string | undefined => {
    const kb = byId.get(id)?.kb;
    return kb ? kbKind.get(kb) : undefined;
  };
  const isMentionOf = (span: Span, id: string): boolean => input.mentions.some((m) => m.id === id && m.span.start === span.start && m.span.end === span.end);
  const countryNameOf = (id: string): string | null => countryOf.get(id) ?? (byId.get(id)?.type === 'location' ? byId.get(id)!.name : null);
  const resolved = resolveClaims(claims, { typeOf: (id) => byId.get(id)?.type, kindOf, stateOf, countryOf: countryNameOf, ensure, isMentionOf });
  const attributions: NewsRecord['attributions'] = resolved.map((c) => ({
    actor: c.actor,
    actor_text: c.actorText ? source(c.actorText).text : '',
    attributed_to: c.sponsor,
    claimed_by: c.claimant,
    ...(c.claimText ? { claimed_by_text: source(c.claimText).text } : {}),
    stance: c.stance,
    evidence: source(c.evidence),
    rule: c.rule,
  }));
  return {
    quotes: quotes.sort((x, y) => x.start - y.start || x.end - y.end).map(({ at: _at, ...q }) => q),
    attributions,
  };
}
