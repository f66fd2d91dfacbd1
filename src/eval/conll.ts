/**
 * CoNLL-style NER scoring (conlleval): BIO/IOB1 files, one token per line with the tag in the last
 * column (ANERcorp: PERS/LOC/ORG/MISC; CoNLL-2003: PER/LOC/ORG/MISC). A chunk hits when a predicted
 * entity mention has exactly its span and type. MISC is ignored; our threat actors count as ORG.
 * The gold tags whole tokens (ANERcorp keeps clitics on them: لإسرائيل، والولايات المتحدة), while our
 * mention spans leave proclitics out; a mention is projected onto the tokens it touches before scoring,
 * as span predictions are for any token-level gold.
 * Sentences are scored as they come (tokens joined with spaces), documents split on -DOCSTART-.
 */
import type { NewsRecord } from '../core/record.js';
import { prf, type PRF } from './metrics.js';

export interface Chunk {
  start: number;
  end: number;
  type: string;
}

export interface ConllDoc {
  text: string;
  chunks: Chunk[];
}

const TYPE: Record<string, string> = { PER: 'PER', PERS: 'PER', LOC: 'LOC', ORG: 'ORG' };
const OURS: Record<string, string> = { person: 'PER', location: 'LOC', organization: 'ORG', threat_actor: 'ORG' };

/** Sentences per document when a file has no -DOCSTART- lines (ANERcorp). */
const SENTENCES_PER_DOC = 20;

/** Documents of sentences; each sentence is a line of the document's text. */
export function parseConll(data: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let text = '';
  let length = 0; // code points in text, kept as it grows (counting it again each time is quadratic)
  let sentences = 0;
  let chunks: Chunk[] = [];
  let sentence: { token: string; tag: string }[] = [];
  const append = (s: string) => {
    text += s;
    length += Array.from(s).length;
  };
  const endSentence = () => {
    if (!sentence.length) return;
    let open: Chunk | null = null;
    let prevType = 'O';
    if (text) append('\n');
    sentence.forEach(({ token, tag }, i) => {
      if (i) append(' ');
      const start = length;
      append(token);
      const end = length;
      const [bio, raw] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
      const type = TYPE[raw] ?? (raw ? 'MISC' : 'O');
      // conlleval: I-X after O or another type starts a chunk (IOB1 and IOB2 alike)
      const begins = bio === 'B' || (bio === 'I' && prevType !== raw);
      if (open && (bio === 'O' || begins)) {
        if (open.type !== 'MISC') chunks.push(open);
        open = null;
      }
      if (bio !== 'O' && begins) open = { start, end, type };
      else if (bio === 'I' && open) open.end = end;
      prevType = bio === 'O' ? 'O' : raw;
    });
    if (open && (open as Chunk).type !== 'MISC') chunks.push(open);
    sentence = [];
    sentences++;
  };
  const endDoc = () => {
    endSentence();
    if (text) docs.push({ text, chunks });
    text = '';
    length = 0;
    sentences = 0;
    chunks = [];
  };
  const hasDocStarts = data.includes('-DOCSTART-');
  for (const line of data.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) {
      endSentence();
      if (!hasDocStarts && sentences >= SENTENCES_PER_DOC) endDoc();
      continue;
    }
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    sentence.push({ token: cols[0], tag: cols[cols.length - 1] });
  }
  endDoc();
  return docs;
}

export interface ConllError {
  kind: 'miss' | 'false+' | 'type';
  doc: number;
  /** code-point offsets of the chunk in the document's text */
  start: number;
  end: number;
  text: string;
  gold?: string;
  got?: string;
  rule?: string;
}

export interface ConllScore {
  scores: Record<string, PRF>;
  errors: ConllError[];
}

/**
 * Exact-chunk P/R/F1 per type, and every miss, false positive and wrong type (a predicted chunk with
 * the gold's span but another type counts as both a false positive and a miss, as in conlleval).
 */
export function scoreConll(items: { doc: ConllDoc; record: NewsRecord }[]): ConllScore {
  const errors: ConllError[] = [];
  const counts: Record<string, { tp: number; pred: number; gold: number }> = {};
  const c = (t: string) => (counts[t] ??= { tp: 0, pred: 0, gold: 0 });
  for (const [di, { doc, record }] of items.entries()) {
    const cps = Array.from(doc.text);
    const space = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t';
    const seen = new Set<string>();
    // (CoNLL tags are flat: a mention inside another, the place in an organization's name, is not scored)
    const spans = record.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start || b.end - a.end);
    const nested = new Set<object>();
    let reach = -1;
    let reachStart = -1;
    for (const m of spans) {
      if (m.end <= reach && !(m.start === reachStart && m.end === reach)) nested.add(m);
      else if (m.end > reach) [reach, reachStart] = [m.end, m.start];
    }
    const predicted = record.entities
      .flatMap((e) =>
        e.mentions.filter((m) => !nested.has(m)).map((m) => {
          let start = m.start;
          let end = m.end;
          while (start > 0 && !space(cps[start - 1])) start--;
          while (end < cps.length && !space(cps[end])) end++;
          return { start, end, type: OURS[e.type], rule: m.rule };
        }),
      )
      .filter((p) => !seen.has(`${p.start}:${p.end}`) && seen.add(`${p.start}:${p.end}`));
    const golds = new Set(doc.chunks.map((g) => `${g.start}:${g.end}:${g.type}`));
    const goldType = new Map(doc.chunks.map((g) => [`${g.start}:${g.end}`, g.type]));
    const slice = (a: number, b: number) => cps.slice(a, b).join('');
    for (const g of doc.chunks) c(g.type).gold++;
    for (const p of predicted) {
      c(p.type).pred++;
      if (golds.delete(`${p.start}:${p.end}:${p.type}`)) c(p.type).tp++;
      else {
        const gt = goldType.get(`${p.start}:${p.end}`);
        errors.push({ kind: gt ? 'type' : 'false+', doc: di, start: p.start, end: p.end, text: slice(p.start, p.end), ...(gt ? { gold: gt } : {}), got: p.type, rule: p.rule });
      }
    }
    for (const g of doc.chunks) {
      const k = `${g.start}:${g.end}:${g.type}`;
      // a gold chunk predicted with the wrong type is listed once, as 'type'
      if (golds.has(k) && !predicted.some((p) => p.start === g.start && p.end === g.end))
        errors.push({ kind: 'miss', doc: di, start: g.start, end: g.end, text: slice(g.start, g.end), gold: g.type });
    }
  }
  const out: Record<string, PRF> = {};
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const [t, x] of Object.entries(counts).sort()) {
    out[t] = prf(x.tp, x.pred, x.gold);
    tp += x.tp;
    pred += x.pred;
    gold += x.gold;
  }
  out.all = prf(tp, pred, gold);
  return { scores: out, errors };
}
