/**
 * The one dictionary pass: every phrase of the language's lexicon found in a document's tokens, with
 * where it starts and ends (token indexes), its category and item, and, in Arabic, how many letters of
 * proclitics (و ف ب ك ل, and ل + ال written لل) were taken off its first token. Rules then run only
 * where their trigger words are (a month, a speech verb, a knowledge-base name), asking the hits.
 */
import { ARABIC, LINE_BEFORE, type Tokens } from '../core/tokens.js';
import type { Span } from '../core/types.js';
import { keptFor, SEP, type Entry, type LexiconData } from './compile.js';

/** Arabic proclitics, longest first (as patterns.ts AR_PROCLITIC_PREFIXES). */
const PROCLITICS = ['وب', 'وك', 'ول', 'فب', 'فك', 'فل', 'و', 'ف', 'ب', 'ك', 'ل'];

/** A phrase ending at a node of the trie: its place in the first word's list (longest first), category, item and form. */
interface Terminal {
  idx: number;
  c: number;
  it: number;
  form: string | null;
}

/** A node of the word-level trie under a first word: the phrases ending here, and the next words. */
interface TrieNode {
  here: Terminal[] | null;
  next: Map<string, TrieNode> | null;
}

/** The trie of one first word's entries (their rests split into words). */
function trieOf(list: readonly Entry[]): TrieNode {
  const root: TrieNode = { here: null, next: null };
  list.forEach(([rest, c, it, form], idx) => {
    let n = root;
    if (rest !== '') {
      for (const k of rest.split(SEP)) {
        n.next ??= new Map();
        let m = n.next.get(k);
        if (!m) n.next.set(k, (m = { here: null, next: null }));
        n = m;
      }
    }
    (n.here ??= []).push({ idx, c, it, form });
  });
  return root;
}

const NO_STARTS: readonly (TrieNode | number)[] = [];
/**
 * Categories whose words take only the conjunctions و ف as proclitics, not ب ك ل: with those the letters make other
 * words (كان is "was", not ك + ان; لان "because"); the forms with ب a category needs are listed as they are (بأن).
 */
const CONJUNCTION_ONLY = new Set(['speech-verbs.complementizers']);
/** The distinct keys whose starts a lexicon keeps (some 100 bytes each). */
const STARTS_MEMO_MAX = 50_000;

export class Lexicon {
  readonly cats: string[];
  /** per category, 1 where only the conjunctions و ف may be cut off its first word (CONJUNCTION_ONLY) */
  readonly conjunctionOnly: Uint8Array;
  private readonly catIndex: Map<string, number>;
  /** (a Map: a key's hash is kept with the string, so the pass asks each distinct token once; a dictionary-mode
   *  object would hash every sliced key again). A first word's entries become its trie on first use (start-up builds
   *  none: a run reads the tries of the words its documents have). */
  private readonly first: Map<string, Entry[] | TrieNode>;

  /**
   * `read`, when given, says which categories the rules read from the pass: the others stay out of the
   * match (their phrases are in the compiled data for rules to come, but no hit of theirs is stored).
   * `extra`: entries added at run time (a user's --kb), before the packaged ones of the same first word.
   */
  constructor(data: LexiconData, extra?: LexiconData, private readonly read?: ((cat: string) => boolean) & { signature?: string }) {
    this.cats = [...data.cats];
    this.conjunctionOnly = Uint8Array.from(this.cats, (c) => (CONJUNCTION_ONLY.has(c) ? 1 : 0));
    this.catIndex = new Map(this.cats.map((c, i) => [c, i]));
    // (a lexicon the build already cut to these categories is used as it is)
    this.first = new Map(Object.entries(read && !(read.signature !== undefined && data.kept === read.signature) ? keptFor(data, read, '').first : data.first));
    if (extra) {
      // the extra data's categories, renumbered into ours
      const map = extra.cats.map((c) => this.cat(c, true));
      for (const [k, list] of Object.entries(extra.first)) {
        const mine = list.map(([rest, c, item, form]): Entry => [rest, map[c], item, form]);
        const a = this.first.get(k) as Entry[] | undefined;
        this.first.set(k, a ? [...mine, ...a] : mine);
      }
    }
  }

  /** Whether the pass stores hits of a category (all of them unless the lexicon was made for some). */
  reads(name: string): boolean {
    return !this.read || this.read(name);
  }

  /** A category's number (-1 if the lexicon has no phrase of it); `create` adds it. */
  cat(name: string, create = false): number {
    let i = this.catIndex.get(name);
    if (i === undefined) {
      if (!create) return -1;
      i = this.cats.length;
      this.cats.push(name);
      this.catIndex.set(name, i);
    }
    return i;
  }

  /**
   * The tries a token's phrases may start from, with the letters of proclitics each takes off the token: its key
   * (or, Arabic, the key with a final ه as ة), then, an Arabic word of three letters or more opening with و ف ب ك ل,
   * the key less each proclitic, longest first (and ل + ال written لل with its article back): [node, cut, node, cut …],
   * in the order the pass tries them. Kept per key and script (a bounded memo, emptied when full): news repeats its
   * words, and each form was a string sliced and hashed and a lookup in the whole lexicon's map, for every token.
   */
  starts(key: string, arabic: boolean): readonly (TrieNode | number)[] {
    const memo = arabic ? this.startsAr : this.startsOther;
    let out = memo.get(key);
    if (out !== undefined) return out;
    let found: (TrieNode | number)[] | null = null;
    const probe = (k: string, cut: number) => {
      const n = this.node(k) ?? (arabic ? this.node(taMarbuta(k) ?? '') : undefined);
      if (n) (found ??= []).push(n, cut);
    };
    probe(key, 0);
    if (arabic && key.length > 2) {
      const c0 = key.charCodeAt(0);
      // و ف ب ك ل
      if (c0 === 0x648 || c0 === 0x641 || c0 === 0x628 || c0 === 0x643 || c0 === 0x644) {
        for (const p of PROCLITICS) {
          if (key.length - p.length < 2 || !key.startsWith(p)) continue;
          const rest = key.slice(p.length);
          probe(rest, p.length);
          // ل + ال written لل: للحرس is ل + الحرس
          if (p.endsWith('ل') && rest.charCodeAt(0) === 0x644) probe(`ا${rest}`, p.length);
        }
      }
    }
    out = found ?? NO_STARTS;
    if (memo.size >= STARTS_MEMO_MAX) memo.clear();
    memo.set(key, out);
    return out;
  }
  private readonly startsAr = new Map<string, readonly (TrieNode | number)[]>();
  private readonly startsOther = new Map<string, readonly (TrieNode | number)[]>();

  /** The trie of the phrases whose first word has this key, or undefined. */
  node(key: string): TrieNode | undefined {
    const v = this.first.get(key);
    if (v === undefined || !Array.isArray(v)) return v;
    const n = trieOf(v);
    this.first.set(key, n);
    return n;
  }
}

export interface Hits {
  length: number;
  /** first token, and the token after the last */
  start: Int32Array;
  end: Int32Array;
  cat: Uint16Array;
  item: Int32Array;
  /** letters of proclitics taken off the first token (Arabic), 0 otherwise */
  pre: Uint8Array;
  /** per token, the index of the first hit starting at or after it (hits are sorted by start) */
  from: Int32Array;
}

/**
 * An Arabic word's final ه as ة (الولايات المتحده, وزاره: informal typing writes ة so), or null: what a word the
 * lexicon lacks is tried as, the word as written first (a final ه is mostly the pronoun "his", حكومته; a name whose ه
 * form is such a word is read as the name: جده, his grandfather, as Jeddah). A text that types every final ة so has
 * its ة back from the cleaner (restoreTaMarbuta); this is for the word typed so in a text that writes ة (ANERcorp dev's
 * جده for Jeddah, one LOC found).
 */
function taMarbuta(key: string): string | null {
  return key.length > 2 && key.charCodeAt(key.length - 1) === 0x647 ? `${key.slice(0, -1)}ة` : null;
}

/** Finds every phrase of the lexicon in the tokens of the given spans (regions of the lexicon's language). */
export function matchLexicon(t: Tokens, lex: Lexicon, spans: readonly Span[]): Hits {
  let cap = 256;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let cat = new Uint16Array(cap);
  let item = new Int32Array(cap);
  let pre = new Uint8Array(cap);
  let n = 0;
  const push = (s: number, e: number, c: number, it: number, p: number) => {
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap); s2.set(start); start = s2;
      const e2 = new Int32Array(cap); e2.set(end); end = e2;
      const c2 = new Uint16Array(cap); c2.set(cat); cat = c2;
      const i2 = new Int32Array(cap); i2.set(item); item = i2;
      const p2 = new Uint8Array(cap); p2.set(pre); pre = p2;
    }
    start[n] = s;
    end[n] = e;
    cat[n] = c;
    item[n] = it;
    pre[n] = p;
    n++;
  };
  const text = t.text;
  /** The phrase as written, spaces collapsed, for a case-sensitive entry. */
  const surface = (i: number, j: number, cut: number): string => {
    let s = text.slice(t.start[i] + cut, t.end[i]);
    for (let k = i + 1; k < j; k++) s += (t.start[k] > t.end[k - 1] ? ' ' : '') + text.slice(t.start[k], t.end[k]);
    return s;
  };
  // (the phrases found at one token, in their first word's list order, longest first: kept sorted as they come by
  // insertion into two arrays reused for every token, so the pass allocates nothing per token)
  const foundTerm: Terminal[] = [];
  const foundEnd: number[] = [];
  let nFound = 0;
  const take = (here: Terminal[], j: number) => {
    for (const term of here) {
      let k = nFound++;
      while (k > 0 && foundTerm[k - 1].idx > term.idx) {
        foundTerm[k] = foundTerm[k - 1];
        foundEnd[k] = foundEnd[k - 1];
        k--;
      }
      foundTerm[k] = term;
      foundEnd[k] = j;
    }
  };
  /** The phrases from the trie `n` of token i's word (less `cut` letters of proclitics), up to token `limit`. */
  const walk = (i: number, n: TrieNode, limit: number, cut: number) => {
    nFound = 0;
    if (n.here) take(n.here, i + 1);
    // (a phrase does not run over a line break: a line is a title, a paragraph or a table row)
    for (let j = i + 1; n.next !== null && j < limit && (t.flags[j] & LINE_BEFORE) === 0; j++) {
      const next: TrieNode | undefined = n.next.get(t.key[j]) ?? (t.flags[j] & ARABIC ? n.next.get(taMarbuta(t.key[j]) ?? '') : undefined);
      if (!next) break;
      n = next;
      if (n.here) take(n.here, j + 1);
    }
    for (let f = 0; f < nFound; f++) {
      const term = foundTerm[f];
      const j = foundEnd[f];
      const form = term.form;
      if (form !== null) {
        const s = surface(i, j, cut);
        // a name matches as written, or for places and bodies in capitals (datelines: WASHINGTON)
        if (form.charCodeAt(0) === 3 ? s !== form.slice(1) && s !== form.slice(1).toUpperCase() : s !== form) continue;
      }
      // (a proclitic that makes another word of it: كان is no ك + ان)
      if (cut > 0 && lex.conjunctionOnly[term.c] === 1 && /[بكل]/.test(t.key[i].slice(0, cut))) continue;
      push(i, j, term.c, term.it, cut);
    }
  };
  let ti = 0;
  for (const sp of spans) {
    while (ti < t.length && t.end[ti] <= sp.start) ti++;
    let limit = ti;
    while (limit < t.length && t.start[limit] < sp.end) limit++;
    for (let i = ti; i < limit; i++) {
      const from = lex.starts(t.key[i], (t.flags[i] & ARABIC) !== 0);
      for (let q = 0; q < from.length; q += 2) walk(i, from[q] as TrieNode, limit, from[q + 1] as number);
    }
    ti = limit;
  }
  // sorted by start (the pass went in token order), then an index from each token to its first hit
  const from = new Int32Array(t.length + 1);
  let h = 0;
  for (let k = 0; k <= t.length; k++) {
    while (h < n && start[h] < k) h++;
    from[k] = h;
  }
  return { length: n, start: start.subarray(0, n), end: end.subarray(0, n), cat: cat.subarray(0, n), item: item.subarray(0, n), pre: pre.subarray(0, n), from };
}

/** The hits starting at token `i`, as indexes into `hits`. */
export function* hitsAt(h: Hits, i: number): Generator<number> {
  for (let k = h.from[i]; k < h.length && h.start[k] === i; k++) yield k;
}

/** The hits of a category, as indexes into `hits`, in text order. */
export function hitsOf(h: Hits, cat: number): number[] {
  const out: number[] = [];
  if (cat < 0) return out;
  for (let k = 0; k < h.length; k++) if (h.cat[k] === cat) out.push(k);
  return out;
}
