/**
 * Place names two knowledge-base entries share, written alike (Arabic عمان without diacritics: عُمان, Oman, and عمّان,
 * Jordan's capital; Georgia and جورجيا: the country and the US state; resource organizations.place_homographs). The
 * dictionary pass finds the word as the alias of one entry; this step gives each mention of the word the reading whose
 * state the article names more: by the state itself, a place the knowledge base puts in it, a body or company of it
 * the knowledge base knows, or its nationality adjective (العاصمة الأردنية عمان, مطار عمان الأردني: Amman; Tbilisi:
 * the country Georgia; Atlanta, the FBI: the US state); with neither named more, the resource's first reading. Pure.
 */
import { LANGS } from '../resources/index.js';
import type { Doc, MentionCandidate } from '../core/types.js';
import type { KbEntry } from '../resources/schema.js';
import { kbFields } from '../extractors/spelling.js';
import { stateOfMention } from './state-bodies.js';

export interface PlaceHomograph {
  /** the word, as `key` folds it */
  word: string;
  /** its readings, the one for an article that names neither state more first, each with its state's id */
  readings: { entry: KbEntry; state: string }[];
  /** the mention keys of its readings (kb:<id>) */
  keys: ReadonlySet<string>;
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
    if (readings.length >= 2) out.push({ word: key(h.word), readings, keys: new Set(readings.map((r) => `kb:${r.entry.id}`)) });
  }
  return out;
}

/** Gives each mention of a homograph the reading of the state the article names more (in place). */
export function linkPlaceHomographs(mentions: MentionCandidate[], doc: Doc, table: readonly PlaceHomograph[], stateId: ReadonlyMap<string, string>, key: (s: string) => string): void {
  if (!table.length) return;
  // (a reading may be one of several words': Georgia and جورجيا are both the country's)
  const wordOf = (m: MentionCandidate): PlaceHomograph | undefined => {
    if (!table.some((x) => x.keys.has(m.key))) return undefined;
    const w = key(doc.text.slice(m.start, m.end));
    return table.find((x) => x.word === w && x.keys.has(m.key));
  };
  const found = new Map<MentionCandidate, PlaceHomograph>();
  for (const m of mentions) {
    const h = wordOf(m);
    if (h) found.set(m, h);
  }
  if (!found.size) return;
  // (the states the article names: by the other mentions of the knowledge base's places, bodies and companies, and by
  // the nationality adjectives the dictionary pass found, كوزارة الخارجية الأردنية or الأردني)
  const count = new Map<string, number>();
  const note = (id: string | undefined) => {
    if (id) count.set(id, (count.get(id) ?? 0) + 1);
  };
  for (const m of mentions) if (!found.has(m)) note(stateOfMention(m, stateId));
  for (const lang of LANGS) {
    const lx = doc.lex?.[lang];
    const c = lx ? lx.lexicon.cat('kb.demonym') : -1;
    if (!lx || c < 0) continue;
    for (let k = 0; k < lx.hits.length; k++) if (lx.hits.cat[k] === c) note(lx.kb[lx.hits.item[k]].id);
  }
  for (const [m, h] of found) {
    let best = h.readings[0];
    for (const r of h.readings) if ((count.get(r.state) ?? 0) > (count.get(best.state) ?? 0)) best = r;
    // (the rule says the reading was chosen: <lang>/entity/place-homograph)
    Object.assign(m, { ...kbFields(best.entry), rule: m.rule.replace(/\/entity\/.*$/, '/entity/place-homograph') });
  }
}
