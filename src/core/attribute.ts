/**
 * Linking attributions (pure): turns attribution candidates into record items that point at entities.
 *  - asserted: the actor is the threat actor named in the actor span (or none, for unnamed 'hackers'
 *    — then an actor noun is required); the sponsor is the entity named after the linking phrase, or
 *    the state of a demonym (added as an entity when the article does not name it otherwise); the
 *    claimant is the speaker of the quote holding the evidence, else the first person or organization
 *    before a claim verb in the sentence, else none (the article asserts it).
 *  - naming (أطلقت عليها اسم "الفسفور"): the named threat actor becomes the actor of the earlier unnamed
 *    attributions whose sponsor fits the actor's known state.
 *  - denied: the claimant is the denial's subject (or the quote's speaker); it denies what was last
 *    attributed to its state, so it takes that attribution's actor; a denial with no such attribution
 *    needs a word of involvement in its sentence (نفت الشركة وجود ثغرة is no denial of an attribution).
 * One item per (actor, sponsor, claimant, stance): the first evidence stands for the claim.
 */
import type { KbEntry } from '../resources/schema.js';
import type { NewsRecord } from './record.js';
import type { AttributionCandidate, Span } from './types.js';
import { firstEndingAfter } from './spans.js';

type Entity = NewsRecord['entities'][number];
type Attribution = NewsRecord['attributions'][number];

/** How many earlier attributions a naming phrase may give its name to. */
const NAMING_BACK = 20;

export interface MentionRef {
  span: Span;
  id: string;
  /** the entity type, or 'news-agency' */
  type: string;
}

export interface AttributionContext {
  entities: Entity[];
  /** cleaned-text mentions, sorted and not overlapping */
  mentions: readonly MentionRef[];
  /** the state the knowledge base gives an entity (its name), by entity id */
  countryOf: ReadonlyMap<string, string>;
  /** quotes (cleaned spans) with their resolved speaker, or the speaker as written when it is no entity */
  quotes: readonly { span: Span; speaker: string | null; speakerText?: string }[];
  /** the cleaned text */
  text: string;
  /** a cleaned span as source text and offsets */
  source: (s: Span) => { text: string; start: number; end: number };
}

export function linkAttributions(cands: readonly AttributionCandidate[], ctx: AttributionContext): Attribution[] {
  const { entities, mentions } = ctx;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const within = (s: Span | undefined, types: readonly string[]): MentionRef[] => {
    const out: MentionRef[] = [];
    if (!s) return out;
    for (let i = firstEndingAfter(mentions, s.start); i < mentions.length && mentions[i].span.start < s.end; i++) {
      if (mentions[i].span.start >= s.start && types.includes(mentions[i].type)) out.push(mentions[i]);
    }
    return out;
  };
  const quoteOf = (s: Span) => ctx.quotes.find((q) => q.span.start <= s.start && s.end <= q.span.end);
  const speakerOf = (s: Span): string | null => quoteOf(s)?.speaker ?? null;
  const byKb = new Map(entities.filter((e) => e.kb).map((e) => [e.kb!, e.id]));
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
      mentions: [{ ...ctx.source(at), rule }],
    };
    entities.push(e);
    byId.set(e.id, e);
    byKb.set(entry.id, e.id);
    return e.id;
  };
  /** The state an entity stands for or belongs to, as an entity id when the article has it. */
  const stateOf = (id: string): string => {
    const country = byId.has(id) ? ctx.countryOf.get(id) : undefined;
    const state = country ? locationNamed(country) : undefined;
    return state ?? id;
  };
  /** A city or region the article names stands for its state when the article names that state too (Tehran: Iran). */
  const asState = (id: string): string => (byId.get(id)?.type === 'location' ? stateOf(id) : id);
  const locationNamed = (name: string): string | undefined => entities.find((x) => x.type === 'location' && x.name === name)?.id;
  const stateName = (id: string | null): string | null => {
    if (!id) return null;
    const e = byId.get(id);
    return ctx.countryOf.get(id) ?? e?.name ?? null;
  };

  const asserted: Attribution[] = [];
  const at = new Map<Attribution, number>();
  const claimTypes = ['person', 'organization', 'news-agency'];
  for (const x of cands) {
    if (x.stance !== 'asserted' || x.naming) continue;
    const actorMention = within(x.actor, ['threat_actor']).at(-1);
    const actor = actorMention?.id ?? null;
    if (!actor && !x.actorNoun) continue;
    // the sponsor is the first entity named after the linking phrase, or what it owns (Russia's GRU)
    const sponsors = within(x.attributedTo, ['location', 'organization', 'news-agency']);
    const possessive = sponsors.length > 1 && /^['’]s\s/.test(ctx.text.slice(sponsors[0].span.end, sponsors[0].span.end + 3));
    const named = possessive ? sponsors[1] : sponsors[0];
    const sponsor = (named && asState(named.id)) ?? (x.attributedKb && x.attributedAt ? ensure(x.attributedKb, x.attributedAt, ruleFor(x, 'entity/demonym')) : null);
    // the evidence ends with the sponsor's name
    const end = !x.rule.endsWith('/link') ? x.end : named ? named.span.end : x.attributedAt ? Math.max(x.attributedAt.end, x.actor?.end ?? 0) : x.end;
    if (!sponsor || sponsor === actor) continue;
    const claimant =
      speakerOf(x) ?? within(x.claimedBy, claimTypes).find((m) => m.id !== sponsor && m.id !== actor)?.id ?? null;
    // an unnamed claimant as written: the quote's speaker (officials), or the claim verb's subject (researchers)
    const claimText = claimant ? undefined : (quoteOf(x)?.speakerText ?? (x.claimText ? ctx.source(x.claimText).text : undefined));
    const item: Attribution = {
      actor,
      actor_text: actorMention && x.actor && actorMention.span.start >= x.actor.start ? ctx.source(actorMention.span).text : ctx.source(x.actor ?? x).text.trim(),
      attributed_to: sponsor,
      claimed_by: claimant,
      ...(claimText ? { claimed_by_text: claimText } : {}),
      stance: 'asserted',
      evidence: ctx.source({ start: x.actorNoun || !actorMention ? x.start : actorMention.span.start, end }),
      rule: x.rule,
    };
    asserted.push(item);
    at.set(item, x.start);
  }

  // naming: the group the story spoke of gets its name (looking back a bounded number of attributions)
  for (const x of cands) {
    if (!x.naming) continue;
    const actor = within(x.actor, ['threat_actor'])[0]?.id;
    if (!actor) continue;
    const home = ctx.countryOf.get(actor);
    let last = asserted.length - 1;
    while (last >= 0 && (at.get(asserted[last]) ?? 0) > x.end) last--;
    for (let i = Math.max(0, last - NAMING_BACK); i <= last; i++) {
      const a = asserted[i];
      if (a.actor) continue;
      if (home && stateName(a.attributed_to) !== home) continue;
      a.actor = actor;
    }
  }

  const out: Attribution[] = [...asserted];
  // the last attribution to each state before a denial, kept as the candidates go by in text order
  const lastByState = new Map<string | null, Attribution>();
  let next = 0;
  for (const x of cands) {
    if (x.stance !== 'denied') continue;
    while (next < asserted.length && (at.get(asserted[next]) ?? 0) < x.start) {
      lastByState.set(stateName(asserted[next].attributed_to), asserted[next]);
      next++;
    }
    let claimant: string | null = null;
    if (x.claimedBy) {
      const found = within(x.claimedBy, ['person', 'organization', 'location', 'news-agency']);
      const pick = (x.claimPick === 'last' ? found.at(-1) : found[0])?.id;
      claimant = pick ? asState(pick) : null;
    } else claimant = speakerOf(x);
    if (!claimant) continue;
    // the state denied: named in the denial (any Russian involvement), else the denier's own state,
    // or for a person, the state of the organization named with them (Kremlin spokesman Dmitry Peskov)
    const others = within(x.claimedBy, ['organization', 'location']).filter((m) => m.id !== claimant);
    const person = byId.get(claimant)?.type === 'person';
    // a person denying for no named state or body denies what was last attributed (Putin's denials)
    const latest = next > 0 ? asserted[next - 1].attributed_to : null;
    const state =
      x.attributedKb && x.attributedAt
        ? ensure(x.attributedKb, x.attributedAt, ruleFor(x, 'entity/demonym'))
        : person && others.length
          ? stateOf(others[0].id)
          : person && latest
            ? stateOf(latest)
            : stateOf(claimant);
    const prior = lastByState.get(stateName(state));
    if (!prior && !x.involved) continue;
    out.push({
      actor: prior?.actor ?? null,
      actor_text: prior?.actor_text ?? '',
      attributed_to: state,
      claimed_by: claimant,
      stance: 'denied',
      evidence: ctx.source(x),
      rule: x.rule,
    });
  }

  const seen = new Set<string>();
  return out
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .filter((a) => {
      const k = `${a.actor}|${a.attributed_to}|${a.claimed_by}|${a.stance}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

function ruleFor(x: AttributionCandidate, what: string): string {
  return `${x.rule.split('/')[0]}/${what}`;
}
