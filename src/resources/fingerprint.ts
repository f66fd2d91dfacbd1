/** A knowledge base's fingerprint, with no other import: the run reads it without loading the YAML compiler. */
import type { KbEntry } from './schema.js';

/** The knowledge base's size, and the length of its ids and names: an entry edited, added or dropped changes it. */
export function kbFingerprint(kb: readonly KbEntry[]): string {
  let n = 0;
  for (const e of kb) {
    n += e.id.length + e.name.length + (e.name_ar?.length ?? 0);
    for (const a of e.aliases.ar) n += a.length;
    for (const a of e.aliases.en) n += a.length;
  }
  return `${kb.length}:${n}`;
}
