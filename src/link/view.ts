/**
 * A language's view of a document for the linking stages (speech frames, claims): the token table, the
 * lexicon's hits by token, and the entity mentions laid over the tokens, so a rule asks "which entity is
 * named here", "is this token a cue", "where does this clause end" in constant time. Pure: built from the
 * cleaned document and the linked entities.
 */
import { firstAbove, firstAtOrAbove, sortedUnion } from '../core/arrays.js';
import { ARABIC, CAP, LINE_BEFORE, PUNCT, WORD, tokenAt, type Tokens } from '../core/tokens.js';
import type { Doc, LangLex, Span } from '../core/types.js';
import type { Lang } from '../resources/index.js';
import type { KbEntry } from '../resources/schema.js';

/** An entity mention on the tokens. */
export interface TokMention {
  /** first token and the token after the last */
  s: number;
  e: number;
  /** the cleaned span */
  span: Span;
  id: string;
  /** the entity type, or 'news-agency' */
  type: string;
}

export interface EntityInfo {
  id: string;
  type: string;
  name: string;
  kb?: string;
  /** the state the knowledge base gives it (the Kremlin: Russia), as an entity id when the article names it */
  state?: string;
  /** that state's name, whether the article names it or not */
  country?: string;
  /** the knowledge base's kind of organization (government, company, news-agency …) */
  kind?: string;
  /** the knowledge base's longest English name of an organization, where longer than its name (FBI: Federal Bureau of
   *  Investigation) */
  longName?: string;
}

/** Clause-ending punctuation (a comma does not end a clause). */
const CLAUSE_END = new Set(['.', '!', '?', '؟', ';', '؛', ':']);
/** Quotation marks, opening or closing. */
/** The forms of English "be": a participle after them is passive (was accused, is linked). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);
/** English prepositions: a name right after one is no subject (linked to North Korea, targeted by MuddyWater). */
export const PREPS_EN: ReadonlySet<string> = new Set(['to', 'from', 'by', 'with', 'for', 'of', 'in', 'at', 'on', 'against', 'about', 'into', 'over', 'toward', 'towards', 'behind', 'within', 'under', 'among', 'inside', 'across', 'through']);
/** The English indefinite articles. */
export const INDEFINITE_EN: ReadonlySet<string> = new Set(['a', 'an']);
/** The pronouns for a person or a body that may open a clause as its subject (he, she, it, they). */
export const SUBJECT_PRONOUNS = ['speech-verbs.person_pronouns', 'speech-verbs.body_pronouns'];
export const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„', '‟', '‘', '’']);

/** A state's people and government (officials, authorities, government): the state's own voice (with a place after
 *  them, officials in Kyiv; with its nationality, Chinese officials). */
export const STATE_PEOPLE = ['speech-verbs.state_officials', 'speech-verbs.state_speakers'];
/** The nouns that, with a state's nationality, name its government, officials or a public body (the Russian embassy). */
export const STATE_BODIES = [...STATE_PEOPLE, 'speech-verbs.public_heads'];

export class View {
  readonly t: Tokens;
  readonly text: string;
  readonly lex: LangLex;
  /** per token, the index into `mentions` of the mention covering it, or -1 */
  readonly mentionAt: Int32Array;
  private readonly catCache = new Map<string, number>();

  constructor(
    readonly doc: Doc,
    readonly lang: Lang,
    readonly mentions: readonly TokMention[],
    readonly entities: ReadonlyMap<string, EntityInfo>,
    /** the tokens of the dates the dates extractor found */
    readonly dates: ReadonlySet<number> = new Set(),
  ) {
    this.t = doc.tokens!;
    this.text = doc.text;
    this.lex = doc.lex![lang]!;
    this.mentionAt = new Int32Array(this.t.length).fill(-1);
    mentions.forEach((m, i) => {
      for (let k = m.s; k < m.e; k++) this.mentionAt[k] = i;
      if (m.type === 'news-agency') this.agencies.add(m.id);
    });
  }

  private byKb: Map<string, string> | null = null;
  /** The entity the article has for a knowledge-base entry, or undefined. */
  entityOfKb(kbId: string): string | undefined {
    if (!this.byKb) {
      this.byKb = new Map();
      for (const e of this.entities.values()) if (e.kb && !this.byKb.has(e.kb)) this.byKb.set(e.kb, e.id);
    }
    return this.byKb.get(kbId);
  }

  /** The end of a nationality adjective at token k (a `kb.demonym` hit), or -1. */
  demonymEnd(k: number): number {
    return this.hitEnd(k, 'kb.demonym');
  }

  /** A nationality adjective at token k (a `kb.demonym` hit: Canadian, الكندية): the state's knowledge-base entry, the
   *  adjective's span (less a proclitic) and the token after it; null if none starts there. */
  demonymHit(k: number): { entry: KbEntry; at: Span; e: number } | null {
    if (k < 0 || k >= this.t.length) return null;
    const c = this.cat('kb.demonym');
    if (c < 0) return null;
    const h = this.lex.hits;
    for (let x = h.from[k]; x < h.length && h.start[x] === k; x++) {
      if (h.cat[x] !== c) continue;
      return { entry: this.lex.kb[h.item[x]], at: { start: this.t.start[k] + h.pre[x], end: this.t.end[h.end[x] - 1] }, e: h.end[x] };
    }
    return null;
  }

  /** A nationality adjective at token k: the end of the hit and the state's entity, when the article names the state
   *  (GOLD.md: a nationality adjective is no entity of its own). */
  demonymAt(k: number): { e: number; id: string } | null {
    const d = this.demonymHit(k);
    const id = d ? this.entityOfKb(d.entry.id) : undefined;
    return d && id ? { e: d.e, id } : null;
  }

  /** Whether tokens k and k + 1 are a possessive 's (Russia's: Russia ' s). */
  possessiveAt(k: number): boolean {
    return (this.key(k) === "'" || this.key(k) === '’') && this.key(k + 1) === 's';
  }

  /** The tokens [s, e) a span covers. */
  private tokensOf(text: Span): [number, number] {
    const s = tokenAt(this.t, text.start);
    let e = s;
    while (e < this.t.length && this.t.end[e] <= text.end) e++;
    return [s, e];
  }

  /**
   * The nationality adjective of a phrase whose words are exactly [the] adjective noun (English: the Canadian
   * government, a Canadian government spokesman) or noun adjective (Arabic: الحكومة الكندية), the noun one of `nouns`:
   * its demonym hit, else null.
   */
  private nationalityPhrase(text: Span, nouns: readonly string[]): { entry: KbEntry; at: Span; e: number } | null {
    let [s, e] = this.tokensOf(text);
    if (this.lang === 'en') {
      if (this.key(s) === 'the' || this.key(s) === 'a' || this.key(s) === 'an') s++;
      // (and one who speaks for it after it: an Iranian government spokesman)
      if (e - s >= 3 && this.is(e - 1, 'speech-verbs.body_speakers')) e--;
      const d = this.demonymHit(s);
      // (one lower-case word of what they do between, as Arabic's: a Taiwanese security official, US intelligence officials)
      const between = !!d && d.e === e - 2 && this.isWord(e - 2) && !this.mention(e - 2) && /^[a-z]+$/.test(this.text.slice(this.t.start[e - 2], this.t.end[e - 2]));
      return d && (d.e === e - 1 || between) && this.isAny(e - 1, nouns) ? d : null;
    }
    // (the noun of one word or more: هيئة محلفين)
    let ne = -1;
    for (const n of nouns) ne = Math.max(ne, this.hitEnd(s, n));
    if (ne <= s) return null;
    const d = this.demonymHit(ne);
    if (d && d.e === e) return d;
    // (one indefinite word between, what they do or an adjective: مسؤولو استخبارات أمريكيون، هيئة محلفين اتحادية أميركية)
    const d2 = ne + 1 < e && this.isArabic(ne) && !this.mention(ne) && !this.key(ne).startsWith('ال') ? this.demonymHit(ne + 1) : null;
    return d2 && d2.e === e ? d2 : null;
  }

  /**
   * The state an unnamed phrase stands for: a nationality phrase of `nouns` (nationalityPhrase), or, in English, the
   * noun alone right after the state's name (the U.S. government, China's government): the state's entity, else null.
   */
  stateNamedBy(text: Span, nouns: string): string | null {
    const d = this.nationalityPhrase(text, [nouns]);
    const id = d ? this.entityOfKb(d.entry.id) : undefined;
    if (id) return id;
    if (this.lang !== 'en') return null;
    let [s, e] = this.tokensOf(text);
    if (this.key(s) === 'the') s++;
    // (the state's possessive inside the phrase: China's embassy)
    const owner = this.mention(s);
    if (owner && owner.s === s && owner.type === 'location' && this.possessiveAt(owner.e) && e - (owner.e + 2) === 1 && this.is(owner.e + 2, nouns)) return owner.id;
    if (this.possessiveAt(s - 1)) s++;
    if (e - s !== 1 || !this.is(s, nouns)) return null;
    const k = this.possessiveAt(s - 2) ? s - 2 : s;
    const m = this.mentionEndingAt(k);
    return m && m.type === 'location' ? m.id : null;
  }

  /**
   * The state a speaker phrase stands for when it is that state's government, officials or one of its public bodies
   * named by the state's nationality (the Russian embassy, Chinese officials; السفارة الروسية في برلين, the place it
   * sits in left out): the state's entity, else null.
   */
  stateOfBody(text: Span): string | null {
    const phrase = this.bodyPhrase(text);
    if (!phrase) return null;
    for (const nouns of STATE_BODIES) {
      const id = this.stateNamedBy(phrase, nouns);
      if (id) return id;
    }
    return null;
  }

  /** Arabic: the state an office named by its nationality stands for, a role's head, up to three definite words of what it
   *  heads and the nationality (وزير الشؤون الرقمية البولندي، وزير الخارجية الروسي), as English reads Poland's foreign
   *  minister: the state's entity, else null. */
  stateOfOffice(text: Span): string | null {
    if (this.lang !== 'ar') return null;
    const [s, e] = this.tokensOf(text);
    const he = this.hitEnd(s, 'titles.role_heads');
    if (he <= s || this.hitPre(s, 'titles.role_heads') !== 0) return null;
    for (let k = he; k < e && k < he + 4; k++) {
      const d = this.demonymHit(k);
      if (d && d.e === e) return k > he ? (this.entityOfKb(d.entry.id) ?? null) : null;
      if (!this.isArabic(k) || this.mention(k) || !this.key(k).startsWith('ال')) return null;
    }
    return null;
  }

  /** The state such a phrase stands for when the article names the state only by that nationality (the Chinese embassy
   *  in an article on Chinese hackers): its knowledge-base entry and the adjective's span, as stateKbNamedBy gives. */
  stateKbOfBody(text: Span): { kb: KbEntry; at: Span } | null {
    const phrase = this.bodyPhrase(text);
    return phrase ? this.stateKbNamedBy(phrase, STATE_BODIES) : null;
  }

  /** A speaker phrase less the place after it (السفارة الروسية في برلين: السفارة الروسية), null if nothing is left; and
   *  less an unnamed speaker's noun before the body it speaks for (a spokesperson for the Chinese embassy, متحدث باسم
   *  السفارة الصينية: the embassy). */
  private bodyPhrase(text: Span): Span | null {
    let [s, e] = this.tokensOf(text);
    {
      const k = s + 1 < e && (this.key(s) === 'a' || this.key(s) === 'the') ? s + 1 : s;
      const h = this.hitEnd(k, 'speech-verbs.unnamed');
      if (h > k && h + 1 < e && this.is(h, 'speech-verbs.spokesman_preps')) s = this.hitEnd(h, 'speech-verbs.spokesman_preps');
    }
    for (let k = s + 1; k < e; k++) {
      if (this.is(k, 'speech-verbs.place_preps')) {
        e = k;
        break;
      }
    }
    return e > s ? this.span(s, e) : null;
  }

  /**
   * The state of a nationality phrase of any of `nouns` when the article names the state nowhere else (Chinese
   * officials, المسؤولون الإيرانيون): the knowledge base's entry and the adjective's span, for a claimant the resolver
   * makes an entity of; null when the state is an entity already (stateNamedBy finds it) or the phrase is none.
   */
  stateKbNamedBy(text: Span, nouns: readonly string[]): { kb: KbEntry; at: Span } | null {
    const d = this.nationalityPhrase(text, nouns);
    return d && !this.entityOfKb(d.entry.id) ? { kb: d.entry, at: d.at } : null;
  }

  /** the entities mentioned as news agencies (Reuters, وكالة الأنباء الفرنسية) */
  private readonly agencies = new Set<string>();
  /** Whether an entity is mentioned as a news agency: one set lookup, not a scan of the mentions. */
  isAgency(id: string): boolean {
    return this.agencies.has(id);
  }

  private outletIds: Set<string> | null = null;
  /** Whether an entity is named as an outlet: an outlet word right before its name in Arabic (صحيفة "صباح"), right after it in English (the Guardian newspaper). */
  isOutlet(id: string): boolean {
    if (!this.outletIds) {
      this.outletIds = new Set();
      for (const m of this.mentions) {
        let k = this.lang === 'ar' ? m.s - 1 : m.e;
        if (k >= 0 && k < this.t.length && this.isQuote(k)) k += this.lang === 'ar' ? -1 : 1;
        if (k >= 0 && k < this.t.length && this.is(k, 'speech-verbs.outlet_heads')) this.outletIds.add(m.id);
      }
    }
    return this.agencies.has(id) || this.outletIds.has(id);
  }

  /** Lays mentions (cleaned spans) over the tokens. */
  static mentionsOn(t: Tokens, spans: readonly { span: Span; id: string; type: string }[]): TokMention[] {
    const out: TokMention[] = [];
    for (const m of spans) {
      const s = tokenAt(t, m.span.start);
      let e = s;
      while (e < t.length && t.start[e] < m.span.end) e++;
      if (e > s) out.push({ s, e, span: m.span, id: m.id, type: m.type });
    }
    return out;
  }

  cat(name: string): number {
    let c = this.catCache.get(name);
    if (c === undefined) {
      if (!this.lex.lexicon.reads(name)) throw new Error(`the dictionary pass keeps no hits of ${name}: add it to READ_PREFIXES`);
      this.catCache.set(name, (c = this.lex.lexicon.cat(name)));
    }
    return c;
  }

  /** The end token of the longest hit of a category starting at token i, or -1. */
  hitEnd(i: number, cat: string): number {
    if (i < 0 || i >= this.t.length) return -1;
    const h = this.lex.hits;
    // (most tokens start no hit at all: asked first, before the category is looked up)
    let k = h.from[i];
    if (k >= h.length || h.start[k] !== i) return -1;
    const c = this.cat(cat);
    if (c < 0) return -1;
    let best = -1;
    for (; k < h.length && h.start[k] === i; k++) if (h.cat[k] === c && h.end[k] > best) best = h.end[k];
    return best;
  }

  private readonly startsCache = new Map<string, Int32Array>();
  private readonly startsByList = new WeakMap<readonly string[], Int32Array>();
  /** every category's starts, in one array grouped by category (category c's at at[from[c]] to at[from[c + 1]]) */
  private startsByCat: { at: Int32Array; from: Int32Array } | null = null;
  /**
   * The first token at or after `from` where a hit of a category (or of any of several) starts, or the token count
   * when none does: a rule walks its trigger words (`for (let i = v.nextStart(c, a); i < b; i = v.nextStart(c, i + 1))`)
   * instead of asking every token of every sentence. The starts are listed once per view, from the hits in text order.
   */
  nextStart(cats: string | readonly string[], from: number): number {
    // (a list of categories is cached by the list itself: the frames pass constant lists, and a key joined per call
    // cost as much as the search)
    let starts = typeof cats === 'string' ? this.startsCache.get(cats) : this.startsByList.get(cats);
    if (!starts) {
      // (every category's starts in two walks over the hits, sorted by start: one counts each category's distinct
      // starts, one writes them, grouped by category, into one array)
      const byCat = (this.startsByCat ??= View.startsOf(this.lex.hits));
      const lists = (typeof cats === 'string' ? [cats] : cats).map((c) => {
        const k = this.cat(c);
        return k >= 0 && k + 1 < byCat.from.length ? byCat.at.subarray(byCat.from[k], byCat.from[k + 1]) : new Int32Array(0);
      });
      starts = lists.length === 1 ? lists[0] : sortedUnion(lists);
      if (typeof cats === 'string') this.startsCache.set(cats, starts);
      else this.startsByList.set(cats, starts);
    }
    const k = firstAtOrAbove(starts, from);
    return k < starts.length ? starts[k] : this.t.length;
  }

  private static startsOf(h: LangLex['hits']): { at: Int32Array; from: Int32Array } {
    let cats = 0;
    for (let k = 0; k < h.length; k++) if (h.cat[k] >= cats) cats = h.cat[k] + 1;
    const from = new Int32Array(cats + 1);
    const last = new Int32Array(cats).fill(-1);
    for (let k = 0; k < h.length; k++) {
      const c = h.cat[k];
      if (last[c] !== h.start[k]) {
        last[c] = h.start[k];
        from[c + 1]++;
      }
    }
    for (let c = 0; c < cats; c++) from[c + 1] += from[c];
    const at = new Int32Array(from[cats]);
    const next = from.slice(0, cats);
    last.fill(-1);
    for (let k = 0; k < h.length; k++) {
      const c = h.cat[k];
      if (last[c] !== h.start[k]) {
        last[c] = h.start[k];
        at[next[c]++] = h.start[k];
      }
    }
    return { at, from };
  }

  /** Letters of proclitics the hit of `cat` at token i took off (Arabic وقال: 1). */
  hitPre(i: number, cat: string): number {
    const c = this.cat(cat);
    const h = this.lex.hits;
    for (let k = h.from[i]; k < h.length && h.start[k] === i; k++) if (h.cat[k] === c) return h.pre[k];
    return 0;
  }

  is(i: number, cat: string): boolean {
    return this.hitEnd(i, cat) > i;
  }

  /** Any of the categories. */
  isAny(i: number, cats: readonly string[]): boolean {
    for (const c of cats) if (this.is(i, c)) return true;
    return false;
  }

  key(i: number): string {
    return i >= 0 && i < this.t.length ? this.t.key[i] : '';
  }

  surface(i: number): string {
    return this.text.slice(this.t.start[i], this.t.end[i]);
  }

  isPunct(i: number): boolean {
    return this.t.kind[i] === PUNCT;
  }

  isWord(i: number): boolean {
    return this.t.kind[i] === WORD;
  }

  isCap(i: number): boolean {
    return (this.t.flags[i] & CAP) !== 0;
  }

  isArabic(i: number): boolean {
    return (this.t.flags[i] & ARABIC) !== 0;
  }

  lineBefore(i: number): boolean {
    return (this.t.flags[i] & LINE_BEFORE) !== 0;
  }

  /** Whether token i touches the token before it, no space between (a closing mark on its word, a point on Jan). */
  gluedToPrevious(i: number): boolean {
    return i > 0 && i < this.t.length && this.t.start[i] === this.t.end[i - 1];
  }

  /** Whether a space or a line break stands between token i and the token before it. */
  spacedFromPrevious(i: number): boolean {
    return i > 0 && i < this.t.length && this.t.start[i] > this.t.end[i - 1];
  }

  /** A quotation mark; not an apostrophe between two letters (d’Information, don’t, Russia’s), which is written as one. */
  isQuote(i: number): boolean {
    if (!QUOTE_MARKS.has(this.key(i))) return false;
    const t = this.t;
    return !(this.key(i) === '’' && i > 0 && i + 1 < t.length && t.kind[i - 1] === WORD && t.kind[i + 1] === WORD && t.end[i - 1] === t.start[i] && t.end[i] === t.start[i + 1]);
  }

  clauseEnd(i: number): boolean {
    if (!CLAUSE_END.has(this.key(i))) return false;
    // (a period inside a word, between letters with no space: إف.بي.آي, U.S, cnn.com; or a name's own last period:
    // the computers of U.S. companies)
    const t = this.t;
    if (this.key(i) === '.' && this.mention(i)) return false;
    // (nor an abbreviation's period inside the sentence, a date's or a title's: the Oct. 20 vote, Gen. Smith)
    if (this.key(i) === '.' && i > 0 && t.end[i - 1] === t.start[i] && (this.dates.has(i) || this.hitEnd(i - 1, 'abbreviations') === i + 1)) return false;
    return !(this.key(i) === '.' && i > 0 && i + 1 < t.length && t.end[i - 1] === t.start[i] && t.start[i + 1] === t.end[i] && this.isWord(i - 1) && this.isWord(i + 1));
  }

  mention(i: number): TokMention | null {
    const k = i >= 0 && i < this.t.length ? this.mentionAt[i] : -1;
    return k >= 0 ? this.mentions[k] : null;
  }

  /** Whether a mention starts at token s between quotation marks (شركة "كاسبرسكي"، the "APT40" group). */
  quotedNameAt(s: number): boolean {
    const m = s > 0 ? this.mention(s) : null;
    return !!m && m.s === s && this.isQuote(s - 1) && this.isQuote(m.e);
  }

  /** Where a name ends, past its closing quotation mark when it stands between two (مجموعة "لازاروس" الكورية). */
  nameEnd(m: TokMention): number {
    return this.isQuote(m.s - 1) && this.isQuote(m.e) ? m.e + 1 : m.e;
  }

  /** The mention that ends right before token i (its last token is i - 1). */
  mentionEndingAt(i: number): TokMention | null {
    const m = this.mention(i - 1);
    return m && m.e === i ? m : null;
  }

  private readonly byType = new Map<string, TokMention[]>();
  /** The last mention of one of the types ending at or before token `before` (binary search per type). */
  lastBefore(before: number, types: readonly string[]): TokMention | null {
    let best: TokMention | null = null;
    for (const t of types) {
      let list = this.byType.get(t);
      if (!list) this.byType.set(t, (list = this.mentions.filter((m) => m.type === t)));
      const lo = firstAbove(list, before, (x) => x.e);
      const m = lo > 0 ? list[lo - 1] : null;
      if (m && (!best || m.e > best.e)) best = m;
    }
    return best;
  }

  /** The first mention of one of the types starting at or after token `from`. */
  firstAfter(from: number, types: readonly string[]): TokMention | null {
    let best: TokMention | null = null;
    for (const t of types) {
      let list = this.byType.get(t);
      if (!list) this.byType.set(t, (list = this.mentions.filter((m) => m.type === t)));
      const lo = firstAbove(list, from - 1, (x) => x.s);
      const m = lo < list.length ? list[lo] : null;
      if (m && (!best || m.s < best.s)) best = m;
    }
    return best;
  }

  entity(id: string): EntityInfo | undefined {
    return this.entities.get(id);
  }

  /** The token at (or, in white space, after) a cleaned offset. */
  tokenAt(pos: number): number {
    let lo = 0;
    let hi = this.t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.t.end[mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The cleaned span of tokens [a, b). */
  span(a: number, b: number): Span {
    return { start: this.t.start[a], end: this.t.end[b - 1] };
  }

  /** The span of tokens [a, b) as evidence: without a conjunction glued to its first word (ونفت → نفت), which a
   *  hit of the dictionary pass at that token took off. */
  evidence(a: number, b: number): Span {
    const sp = this.span(a, b);
    if (!this.isArabic(a)) return sp;
    const h = this.lex.hits;
    let pre = 0;
    for (let k = h.from[a]; k < h.length && h.start[k] === a; k++) if (h.pre[k] > pre) pre = h.pre[k];
    if (!pre) return sp;
    const head = this.text.slice(sp.start, sp.start + pre);
    const conj = /^[وف]+/.exec(head);
    return conj ? { start: sp.start + conj[0].length, end: sp.end } : sp;
  }

  /** The sentences as token ranges, the title first when there is one. */
  *sentences(): Generator<[number, number, number]> {
    const st = this.t.sentenceTokens;
    for (let s = 0; s < st.length / 2; s++) if (st[2 * s + 1] > st[2 * s]) yield [st[2 * s], st[2 * s + 1], s];
  }
}
