/**
 * Currency names several states use (دينار، ريال، dinar, riyal): the figures' rows give one code (KWD for
 * دينار), which this step replaces, once the article's entities are known, by the code of the state the
 * figure names right after its currency (دينار تونسي, dinars, Tunisian) or, with none, the state the article
 * names most (a Tunisian budget story in دينار: TND). Resource units.shared_currencies; pure.
 */
import type { FigureCandidate } from '../core/types.js';
import { RATE_SEP } from '../extractors/figures.js';

export interface SharedCurrency {
  unit: string;
  by_country: Record<string, string>;
}

/**
 * `demonymAt(text)`: the KB id of the state whose demonym opens the text (تونسي، Tunisian), if any.
 * `mentionsOf`: how often the article names each state, by KB id.
 */
export function resolveSharedCurrencies(
  figures: FigureCandidate[],
  table: readonly SharedCurrency[],
  text: string,
  mentionsOf: ReadonlyMap<string, number>,
  demonymAt: (text: string) => string | undefined,
): void {
  if (!table.length) return;
  const rows = new Map(table.map((r) => [r.unit, r]));
  for (const f of figures) {
    if (!f.unit || f.unit_lang) continue;
    const [code, ...rest] = f.unit.split(RATE_SEP);
    const row = rows.get(code);
    if (!row) continue;
    // a demonym inside the figure's words or right after them names the state (Egyptian pounds, دينار تونسي)
    const words = text.slice(f.start, f.end).split(/[\s,،]+/);
    const after = /^[ \t]{1,3}([^\s.,،:;!?؟)]+)/.exec(text.slice(f.end, f.end + 40))?.[1];
    const named = [...words, ...(after ? [after] : [])].map((w) => demonymAt(w)).find((x) => x !== undefined);
    let state: string | undefined;
    if (named) state = row.by_country[named] ? named : undefined;
    else {
      let best = 0;
      for (const id of Object.keys(row.by_country)) {
        const n = mentionsOf.get(id) ?? 0;
        if (n > best) [best, state] = [n, id];
      }
    }
    if (state) f.unit = [row.by_country[state], ...rest].join(RATE_SEP);
  }
}
