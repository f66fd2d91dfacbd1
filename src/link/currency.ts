/**
 * Currency names several states use (دينار، ريال، dinar, riyal): the figures' rows give one code (KWD for
 * دينار), which this step replaces, once the article's entities are known, by the code of the state the
 * figure names right after its currency (دينار تونسي, dinars, Tunisian) or, with none, the state the article
 * names most (a Tunisian budget story in دينار: TND). The demonyms are the dictionary pass's `kb.demonym` hits.
 * Resource units.shared_currencies; pure.
 */
import { tokenAt } from '../core/tokens.js';
import type { Doc, FigureCandidate } from '../core/types.js';
import { RATE_SEP } from '../extractors/figures.js';
import { LANGS } from '../resources/index.js';

export interface SharedCurrency {
  unit: string;
  by_country: Record<string, string>;
}

/** The word right after a figure, with no punctuation between: where a demonym may name its currency's state. */
const WORD_AFTER = /^[ \t]{1,3}[^\s.,،:;!?؟)]+/;

/**
 * `mentionsOf`: how often the article names each state, by KB id. Figures of a shared currency get the code of
 * the state a demonym in or right after them names, else of the state the article names most.
 */
export function resolveSharedCurrencies(figures: FigureCandidate[], table: readonly SharedCurrency[], doc: Doc, mentionsOf: ReadonlyMap<string, number>): void {
  if (!table.length || !doc.tokens) return;
  const rows = new Map(table.map((r) => [r.unit, r]));
  for (const f of figures) {
    if (!f.unit) continue;
    const [code, ...rest] = f.unit.split(RATE_SEP);
    const row = rows.get(code);
    // (a row of a lemma, a word that names a currency or something else, pound: for a count of that word only, and
    // money only where a state of the row is named; a row of a code for a currency's figure, its code the default)
    const lemma = !!row && !/^[A-Z]{3}$/.test(row.unit);
    if (!row || (lemma ? !f.unit_lang : !!f.unit_lang)) continue;
    const after = WORD_AFTER.exec(doc.text.slice(f.end, f.end + 40));
    const named = demonymIn(doc, f.start, f.end + (after ? after[0].length : 0));
    let state: string | undefined;
    if (named) state = row.by_country[named] ? named : undefined;
    else {
      let best = 0;
      for (const id of Object.keys(row.by_country)) {
        const n = mentionsOf.get(id) ?? 0;
        if (n > best) [best, state] = [n, id];
      }
    }
    if (state && (!lemma || (named ?? '') === state || (mentionsOf.get(state) ?? 0) > 0)) {
      f.unit = [row.by_country[state], ...rest].join(RATE_SEP);
      delete f.unit_lang;
    }
  }
}

/** The KB id of the state the first demonym hit in [from, to) names (Egyptian pounds, دينار تونسي), if any. */
function demonymIn(doc: Doc, from: number, to: number): string | undefined {
  const t = doc.tokens!;
  for (const lang of LANGS) {
    const lx = doc.lex?.[lang];
    const c = lx ? lx.lexicon.cat('kb.demonym') : -1;
    if (!lx || c < 0) continue;
    const h = lx.hits;
    for (let i = tokenAt(t, from); i < t.length && t.start[i] < to; i++) {
      for (let k = h.from[i]; k < h.length && h.start[k] === i; k++) if (h.cat[k] === c) return lx.kb[h.item[k]].id;
    }
  }
  return undefined;
}
