/**
 * A state's body named without its state: Arabic news writes وزارة العدل or مجلس النواب in a story about the United
 * States where the knowledge base names the body with its nationality adjective (وزارة العدل الأمريكية). Such a
 * phrase, found by its head (ar/entity/org-head), is the knowledge base's body of that name of the state the article
 * names most (by the state, its cities and its government bodies the knowledge base knows), when the knowledge base has one (rule ar/entity/state-body); with no such state, or none of its bodies
 * so named, the phrase stays as written. The adjectives are the forms of the knowledge base's demonyms the dictionary
 * pass reads too (روسي: الروسي، الروسية). Pure.
 */
import type { MentionCandidate } from '../core/types.js';
import type { KbEntry } from '../resources/schema.js';
import { arabicNisbaForms } from '../lexicon/compile.js';
import { kbFields } from '../extractors/entities.js';
import { orgKey } from '../extractors/patterns.js';

export interface StateBodies {
  /** government bodies by their Arabic name less the state's adjective (folded key) */
  byStem: Map<string, KbEntry[]>;
  /** a state's knowledge-base id by its name (a body's and a city's `country`) */
  stateId: Map<string, string>;
  /** names many states' bodies bear, folded (organizations.shared_body_names: مجلس الشيوخ) */
  shared: Set<string>;
}

/**
 * `stateId`: each state's knowledge-base id by its name (the pipeline's, shared with the currency step); `optionalHeads`:
 * the head words a body's name is written with or without (resource organizations.optional_heads: جهاز).
 */
export function stateBodyTable(kb: readonly KbEntry[], stateId: Map<string, string>, key: (s: string) => string, optionalHeads: readonly string[] = [], sharedNames: readonly string[] = []): StateBodies {
  const byId = new Map(kb.map((e) => [e.id, e]));
  const byStem = new Map<string, KbEntry[]>();
  for (const e of kb) {
    if (e.type !== 'organization' || e.kind !== 'government' || !e.country) continue;
    const id = stateId.get(e.country);
    const demonyms = id ? byId.get(id)?.demonyms?.ar : undefined;
    if (!demonyms?.length) continue;
    const adjectives = new Set(demonyms.flatMap(arabicNisbaForms).map(key));
    for (const alias of e.aliases.ar) {
      const sp = alias.lastIndexOf(' ');
      if (sp < 0 || !adjectives.has(key(alias.slice(sp + 1)))) continue;
      // (a security service is written with جهاز or without it: جهاز الاستخبارات العسكرية is الاستخبارات العسكرية)
      const stem = alias.slice(0, sp);
      const head = optionalHeads.find((h) => stem.startsWith(`${h} `));
      const forms = head ? [stem, stem.slice(head.length + 1)] : [stem, ...optionalHeads.map((h) => `${h} ${stem}`)];
      for (const form of forms.map(key)) {
        const list = byStem.get(form) ?? [];
        if (!list.includes(e)) list.push(e);
        byStem.set(form, list);
      }
    }
  }
  return { byStem, stateId, shared: new Set(sharedNames.map(key)) };
}

/**
 * The state a knowledge-base mention names (`stateId`: a state's id by its name): the state itself, or the state of a
 * place, body or company the knowledge base puts in one (its `country`); none for a mention the knowledge base does not know.
 */
export function stateOfMention(m: MentionCandidate, stateId: ReadonlyMap<string, string>): string | undefined {
  if (!m.key.startsWith('kb:')) return undefined;
  return m.country ? stateId.get(m.country) : m.type === 'location' ? m.key.slice(3) : undefined;
}

/** في between a body's phrase and a place's name (وزارة الخارجية في بكين). */
const IN_PLACE_AR = /^[ \t]+في[ \t]+$/;

/** Gives each stateless body's phrase the knowledge base's body of the article's most named state (in place). */
export function linkStateBodies(mentions: MentionCandidate[], text: string, table: StateBodies, key: (s: string) => string): void {
  if (!table.byStem.size || !mentions.some((m) => m.rule === 'ar/entity/org-head' || m.rule === 'ar/entity/kb-alias')) return;
  // (the state the article names most: the state itself, a city the knowledge base places in it, or one of its
  // government bodies the knowledge base knows: the FBI names the United States)
  const count = new Map<string, number>();
  const stateIds = new Set(table.stateId.values());
  // (a knowledge-base alias that names a state's body by a name many states' bodies bear, مجلس الشيوخ for the US
  // Senate, names no state)
  const bare = (m: MentionCandidate): boolean =>
    m.rule === 'ar/entity/kb-alias' && m.type === 'organization' && !!m.country && table.shared.has(key(text.slice(m.start, m.end))) && !!table.byStem.get(key(text.slice(m.start, m.end)))?.some((b) => `kb:${b.id}` === m.key);
  for (const m of mentions) {
    if ((m.type !== 'location' && !(m.type === 'organization' && m.kind === 'government')) || bare(m)) continue;
    const id = stateOfMention(m, table.stateId);
    if (id && stateIds.has(id)) count.set(id, (count.get(id) ?? 0) + 1);
  }
  // (such an alias is that body unless the article names other states and not its own: then another state's body so
  // named, as written: مجلس الشيوخ in Egypt)
  for (const m of mentions) {
    const id = count.size && bare(m) ? table.stateId.get(m.country!) : undefined;
    if (!id || count.has(id)) continue;
    const written = text.slice(m.start, m.end);
    Object.assign(m, { key: orgKey(written), name: '', name_ar: undefined, wikidata: undefined, kind: undefined, known: undefined, country: undefined, rule: 'ar/entity/org-head' });
  }
  // (a body's phrase followed by في and a place, وزارة الخارجية في بكين: the body of that place's state, whichever state the
  // article names most)
  const placed = new Set<MentionCandidate>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const n = mentions[i + 1];
    if ((m.rule !== 'ar/entity/org-head' && !bare(m)) || n.type !== 'location' || !IN_PLACE_AR.test(text.slice(m.end, n.start))) continue;
    const at = stateOfMention(n, table.stateId);
    if (!at) continue;
    // (with no such body known, the phrase stays as written: no other state's)
    placed.add(m);
    const e = table.byStem.get(key(text.slice(m.start, m.end)))?.find((b) => table.stateId.get(b.country!) === at);
    if (e) Object.assign(m, { ...kbFields(e), rule: 'ar/entity/state-body' });
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return;
  const state = ranked[0][0];
  for (const m of mentions) {
    if (m.rule !== 'ar/entity/org-head' || placed.has(m)) continue;
    const e = table.byStem.get(key(text.slice(m.start, m.end)))?.find((b) => table.stateId.get(b.country!) === state);
    if (!e) continue;
    Object.assign(m, { ...kbFields(e), rule: 'ar/entity/state-body' });
  }
}
