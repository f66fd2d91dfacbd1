/**
 * Place names two knowledge-base entries share, written alike without diacritics (Arabic عمان: عُمان, Oman, and عمّان,
 * Jordan's capital; resource organizations.place_homographs). The dictionary pass finds the word as the alias of one
 * entry; this step gives each mention of the word the reading whose state the article names more, by the state
 * itself, a city the knowledge base places in it or one of its government bodies (as the state-body step counts them:
 * a story about Jordan, its king or الزرقاء makes عمان Amman; one about مسقط or سلطنة عمان, Oman), and the first reading
 * when neither state is named more. Pure.
 */
import type { MentionCandidate } from '../core/types.js';
import type { KbEntry } from '../resources/schema.js';
import { kbFields } from '../extractors/spelling.js';

export interface PlaceHomograph {
  /** the word, as `key` folds it */
  word: string;
  /** its readings, the one for an article that names neither state more first, each with its state's id */
  readings: { entry: KbEntry; state: string }[];
}

/** The resource's homographs with their entries and states (`stateId`: a state's id by its name, as the pipeline has it). */
export function homographTable(list: readonly { word: string; readings: readonly string[] }[], kb: readonly KbEntry[], stateId: ReadonlyMap<string, string>, key: (s: string) => string): PlaceHomograph[] {
  const byId = new Map(kb.map((e) => [e.id, e]));
  const out: PlaceHomograph[] = [];
  for (const h of list) {
    const readings = h.readings.flatMap((id) => {
      const entry = byId.get(id);
      const state = entry && (entry.country ? stateId.get(entry.country) : entry.id);
      return entry && state ? [{ entry, state }] : [];
    });
    if (readings.length >= 2) out.push({ word: key(h.word), readings });
  }
  return out;
}

/** Gives each mention of a homograph the reading of the state the article names more (in place). */
export function linkPlaceHomographs(mentions: MentionCandidate[], text: string, table: readonly PlaceHomograph[], stateId: ReadonlyMap<string, string>, key: (s: string) => string): void {
  if (!table.length) return;
  const ids = new Set(table.flatMap((h) => h.readings.map((r) => `kb:${r.entry.id}`)));
  const wordOf = (m: MentionCandidate): PlaceHomograph | undefined => {
    if (!ids.has(m.key)) return undefined;
    const w = key(text.slice(m.start, m.end));
    return table.find((h) => h.word === w);
  };
  const found = mentions.filter((m) => wordOf(m));
  if (!found.length) return;
  // (the states the article names, by the other mentions: the state itself, its cities, its government bodies)
  const count = new Map<string, number>();
  for (const m of mentions) {
    if (!m.key.startsWith('kb:') || wordOf(m) || (m.type !== 'location' && !(m.type === 'organization' && m.kind === 'government'))) continue;
    const id = m.country ? stateId.get(m.country) : m.type === 'location' ? m.key.slice(3) : undefined;
    if (id) count.set(id, (count.get(id) ?? 0) + 1);
  }
  for (const m of found) {
    const h = wordOf(m)!;
    let best = h.readings[0];
    for (const r of h.readings) if ((count.get(r.state) ?? 0) > (count.get(best.state) ?? 0)) best = r;
    // (the rule says the reading was chosen: ar/entity/place-homograph)
    Object.assign(m, { ...kbFields(best.entry), rule: m.rule.replace(/\/entity\/.*$/, '/entity/place-homograph') });
  }
}
