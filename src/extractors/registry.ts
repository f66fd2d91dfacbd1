/**
 * The extractor framework: an Extractor is a pure function of the cleaned document (and the
 * resources it was built from) returning candidates of one dimension; a Registry holds them per
 * language and runs each on the regions of its language, then refines the results.
 */
import type { KbEntry } from '../resources/schema.js';
import { loadKb, loadLanguage, loadLexiconData, LANGS, type Lang } from '../resources/index.js';
import { tokenize } from '../core/tokens.js';
import { compileLexicon, LexiconBuilder, type LexiconData } from '../lexicon/compile.js';
import { Lexicon, matchLexicon } from '../lexicon/match.js';
import type { Candidates, Doc, Extractor, FigureCandidate, MentionCandidate, Span } from '../core/types.js';
import { append, firstAbove, spanIndex } from '../core/arrays.js';
import { figureExtractors } from './figures.js';
import { dateExtractors } from './dates.js';
import { entityExtractors } from './entities.js';
import { namedActorExtractors } from './named-actors.js';
import { bylineExtractors } from './bylines.js';
import { personExtractors } from './persons.js';
import { properNameExtractors } from './proper-names.js';
import { organizationExtractors } from './organizations.js';
import { placeExtractors } from './places.js';
import { genreOf, SPORTS_WORDS } from './genre.js';
import { sportsPageExtractors } from './sports-pages.js';
import { listExtractors } from './lists.js';
import { CLOSING_QUOTES, OPENING_QUOTES, alt, lookupKey, orgKey } from './patterns.js';
import { definiteNisbaStates } from './lexicon.js';

/**
 * The categories the rules read from the dictionary pass today: the knowledge base's names and the link
 * stage's vocabulary (speech, claims, titles, organization heads). The other lists are compiled into the
 * lexicon too, but their hits are not stored until a rule reads them (each would cost memory per token);
 * `View.cat` refuses a category outside this set, so a rule can never read a list the pass left out.
 */
export const READ_PREFIXES = ['kb', 'attribution.', 'speech-verbs.', 'titles.', 'organizations.heads', 'organizations.name_heads', 'organizations.place_words', 'organizations.descriptors', 'organizations.ministries', SPORTS_WORDS, 'organizations.list_heads', 'organizations.list_cues', 'organizations.list_joiners', 'number-words.ones', 'abbreviations', 'date-cues.direction', 'date-cues.ago_after'];
export const readByRules = Object.assign(
  (cat: string): boolean => READ_PREFIXES.some((p) => (p.endsWith('.') ? cat.startsWith(p) : cat === p || cat.startsWith(`${p}.`))),
  // (the build cuts the packaged lexicon to these categories and marks it with this; another list filters again)
  { signature: READ_PREFIXES.join('|') },
);

/** (the extractors' interface lives in core/types.ts, so that no extractor imports the registry that imports it) */
export type { Extractor } from '../core/types.js';

export class Registry {
  private readonly byLang = new Map<Lang, Extractor[]>();
  /** Builds a language's extractors on first use: an Arabic article does not pay for the English rules. */
  private readonly build: ((lang: Lang) => Extractor[]) | null = null;
  private readonly lexicons = new Map<Lang, Lexicon>();

  private readonly userKb: readonly KbEntry[];
  private readonly kbOnly: readonly KbEntry[] | null;
  private readonly off: ReadonlySet<string>;
  /** Whether a rule is turned off (the audit's option `off`): the linking steps that name a rule ask too. */
  isOff(rule: string): boolean {
    return this.off.has(rule);
  }

  /**
   * `userKb`: a user's knowledge-base entries (--kb), added to the lexicon after the packaged ones (a
   * hit's item indexes the packaged entries, then these); `kb`: a knowledge base to use instead of the
   * packaged one (a measure with some entries held out), its lexicon compiled here; `off`: rule names whose
   * candidates are dropped before refinement, as if the rule were not there (the ablation of scripts/ablation.js).
   */
  constructor(extractors: Iterable<Extractor> | ((lang: Lang) => Extractor[]), options: { userKb?: readonly KbEntry[]; kb?: readonly KbEntry[]; off?: ReadonlySet<string> } = {}) {
    this.userKb = options.userKb ?? [];
    this.kbOnly = options.kb ?? null;
    this.off = options.off ?? new Set();
    if (typeof extractors === 'function') {
      this.build = extractors;
      return;
    }
    for (const e of extractors) {
      const list = this.byLang.get(e.lang) ?? [];
      list.push(e);
      this.byLang.set(e.lang, list);
    }
  }

  extractorsOf(lang: Lang): Extractor[] {
    let list = this.byLang.get(lang);
    if (!list && this.build) {
      list = this.build(lang);
      this.byLang.set(lang, list);
    }
    return list ?? [];
  }

  /** A language's lexicon: the compiled vocabulary and packaged knowledge base, with a user's entries. */
  lexicon(lang: Lang): Lexicon {
    let lex = this.lexicons.get(lang);
    if (!lex && this.kbOnly) {
      lex = new Lexicon(compileLexicon(lang, loadLanguage(lang), this.kbOnly), undefined, readByRules);
      this.lexicons.set(lang, lex);
    }
    if (!lex) {
      let extra: LexiconData | undefined;
      if (this.userKb.length) {
        const b = new LexiconBuilder(lang).configure(loadLanguage(lang));
        b.addKb(this.userKb, loadKb().length);
        extra = b.data();
      }
      let data = loadLexiconData(lang);
      // (a lexicon built for another list of read categories may lack some of ours: compiled again)
      if (data.kept !== undefined && data.kept !== readByRules.signature) data = compileLexicon(lang, loadLanguage(lang), loadKb());
      lex = new Lexicon(data, extra, readByRules);
      this.lexicons.set(lang, lex);
    }
    return lex;
  }

  /** Runs every extractor on the regions of its language and refines the candidates. */
  run(doc: Doc): Candidates {
    const [c] = this.runAll([doc]);
    if (c instanceof Error) throw c;
    return c;
  }

  /**
   * `run` over several documents, rule by rule: each extractor reads every document of the batch before the next
   * one starts, so that a rule's code and vocabulary stay in the processor's caches (32 news articles of ~3 KB: the
   * extractors take ~30% less time than a document at a time). Each document's candidates are the same as `run`
   * gives it alone; a rule that throws on a document fails that document only (its Error in its place).
   */
  runAll(docs: readonly Doc[]): (Candidates | Error)[] {
    const outs: Candidates[] = docs.map(() => ({ figures: [], dates: [], mentions: [], quotes: [], attributions: [] }));
    const failed: (Error | undefined)[] = docs.map(() => undefined);
    const guard = (k: number, f: () => void) => {
      try {
        f();
      } catch (e) {
        failed[k] = e instanceof Error ? e : new Error(String(e));
      }
    };
    // the token table and, per language, the one dictionary pass: made once per document, read by every rule
    const regionsOf = LANGS.map((lang) => docs.map((d) => d.regions.filter((r) => r.lang === lang)));
    docs.forEach((doc, k) =>
      guard(k, () => {
        doc.tokens ??= tokenize(doc.text, doc.sentences);
        doc.lex ??= {};
        LANGS.forEach((lang, l) => {
          if (regionsOf[l][k].length === 0 || doc.lex![lang]) return;
          const lexicon = this.lexicon(lang);
          const hits = matchLexicon(doc.tokens!, lexicon, regionsOf[l][k]);
          doc.lex![lang] = { lexicon, hits, kb: this.kbAll(), genre: genreOf(lexicon, hits) };
        });
      }),
    );
    LANGS.forEach((lang, l) => {
      if (!regionsOf[l].some((r, k) => r.length && !failed[k])) return;
      for (const e of this.extractorsOf(lang)) {
        docs.forEach((doc, k) => {
          const regions = regionsOf[l][k];
          // (a genre's rules, the sports pages', only on its text)
          if (!regions.length || failed[k] || (e.genre !== undefined && e.genre !== doc.lex![lang]!.genre)) return;
          guard(k, () => {
            const found = e.extract(doc, regions) as { rule: string }[];
            append(outs[k][e.dimension] as unknown[], this.off.size ? found.filter((c) => !this.off.has(c.rule)) : found);
          });
        });
      }
    });
    return docs.map((doc, k) => {
      if (!failed[k]) guard(k, () => (outs[k] = refine(outs[k], this.priority(), doc.text, this.off)));
      return failed[k] ?? outs[k];
    });
  }

  private kbList: readonly KbEntry[] | null = null;
  private kbAll(): readonly KbEntry[] {
    return (this.kbList ??= this.kbOnly ?? (this.userKb.length ? [...loadKb(), ...this.userKb] : loadKb()));
  }

  private readonly priorities = new Map<string, number>();
  private readonly ranked = new Set<Lang>();
  /**
   * Earlier-registered rules win ties: a language's rules in registration order, languages in LANGS
   * order, whatever order the languages were built in (so output does not depend on the input order).
   */
  private priority(): Map<string, number> {
    LANGS.forEach((lang, l) => {
      const list = this.byLang.get(lang);
      if (!list || this.ranked.has(lang)) return;
      this.ranked.add(lang);
      list.flatMap((e) => e.rules ?? [e.name]).forEach((n, i) => {
        if (!this.priorities.has(n)) this.priorities.set(n, l * 100000 + i);
      });
    });
    return this.priorities;
  }
}

/**
 * Overlap removal per dimension: of overlapping candidates the longer span wins, then the rule
 * registered first. Figures inside a date are dropped (a year is not a count). Linear after sorting.
 */
export function refine(c: Candidates, priority: Map<string, number>, text = '', off: ReadonlySet<string> = new Set()): Candidates {
  // numbers inside a web address (?q=30%25, /2020/05/) are not the article's figures or dates
  const urls = urlSpans(text);
  const dates = dedupe(c.dates, priority).filter((d) => !overlapsAny(d, urls));
  // (a place named inside a time of day is its time zone, no place of the story: 08:00 بتوقيت غرينتش، 1400 GMT)
  const times = dates.filter((d) => d.rule.endsWith('/date/time'));
  const mentions = withNestedPlaces(withBracketedEntries(withFirstDomains(withLocalBodies(withInitials(withoutDescriptions(withKnownShortForms(withoutOrphanShortForms(withoutKnownHeads(withDefinedAcronyms(withPersonSense(withoutAddresses(c.mentions.filter((m) => !m.nested && !(m.type === 'location' && times.length && overlapsAny(m, times))), text, urls), text, off)), text), priority), c.mentions), text), text, off), text, off), text), text), c.mentions, priority, off);
  const figures = withoutNamedNumbers(dedupe(c.figures, priority).filter((f) => !overlapsAny(f, dates) && !overlapsAny(f, urls)), mentions, text);
  return {
    figures,
    dates,
    mentions,
    quotes: dedupe(c.quotes, priority),
    attributions: c.attributions.sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

/**
 * GOLD.md: a proper name inside a longer name is its own entity too (Bangladesh in Bangladesh Bank, the U.S. in the
 * U.S. Department of Justice, الشرق الأوسط in وكالة أنباء الشرق الأوسط). A place the knowledge base knows, found
 * inside a kept organization's span, comes back as a nested mention (rule <lang>/entity/place-in-name), in text
 * order after the organization; the linking stage leaves it out (the organization speaks, not the place).
 */
function withNestedPlaces(kept: MentionCandidate[], all: readonly MentionCandidate[], priority: Map<string, number>, off: ReadonlySet<string>): MentionCandidate[] {
  // (a body's name, not a title: the city in a newspaper's or a club's name, the Washington Post, Atletico Madrid,
  // names the paper or the side only; a name of a place and a word, the rule place-compound, is mostly such a title. An
  // outlet named after a state or a region, the Middle East News Agency, names it: a place with no state of its own)
  const orgs = kept.filter((m) => m.type === 'organization' && m.kind !== 'club' && !m.rule.endsWith('/entity/place-compound'));
  if (!orgs.length) return kept;
  const inner: MentionCandidate[] = [];
  for (const m of all) {
    if (m.type !== 'location' || !m.key.startsWith('kb:') || !(m.nested || m.rule.endsWith('/entity/kb-alias'))) continue;
    const o = orgs[firstAbove(orgs, m.start, (x) => x.start) - 1];
    if (!o || m.end > o.end || (m.start === o.start && m.end === o.end) || (o.kind === 'news-agency' && m.country)) continue;
    const rule = m.nested ? m.rule : m.rule.replace(/kb-alias$/, 'place-in-name');
    // (the rule turned off, for the audit)
    if (!off.has(rule)) inner.push(m.nested ? m : { ...m, rule, nested: true });
  }
  if (!inner.length) return kept;
  // (one mention per span: the alias lists may find the same place twice)
  const byStart = [...kept, ...dedupe(inner, priority)];
  return byStart.sort((a, b) => a.start - b.start || (a.nested ? 1 : 0) - (b.nested ? 1 : 0));
}

/**
 * A Latin organization's initials, written in capitals elsewhere in the article (British Airways ... BA's profits; the
 * Internet Research Agency ... IRA), name it there (rule <lang>/entity/initials): two to five capitals, the first
 * letters of the name's capitalized words (of, and, the, for, & skipped), standing alone, on no other mention, not on a
 * line of capitals and not before a capitalized word (the IAAF Grand Prix Final). The abbreviation lists (not_acronyms: BA, a degree) and the acronym rule leave such tokens out;
 * the article's own name for them wins. Names whose initials two organizations share give none.
 */
function withInitials(kept: MentionCandidate[], text: string, off: ReadonlySet<string>): MentionCandidate[] {
  const byInitials = new Map<string, MentionCandidate | null>();
  for (const m of kept) {
    if (m.type !== 'organization' || m.nested) continue;
    const { skip } = initialsVocabulary(m.rule);
    // (an owner's possessive opening the name is no word of its initials: South Korea's National Intelligence Service, NIS)
    const all = text.slice(m.start, m.end).split(/[ \t]+/);
    const owned = all.findIndex((w) => /['’]s$/.test(w));
    const words = all.slice(owned + 1).filter((w) => !skip.has(w));
    if (words.length < 2 || words.length > 5 || !words.every((w) => /^[A-Z][a-z]/.test(w))) continue;
    const initials = words.map((w) => w[0]).join('');
    const had = byInitials.get(initials);
    byInitials.set(initials, had === undefined || had?.key === m.key ? m : null);
  }
  if (!byInitials.size) return kept;
  // (an unknown acronym the acronym rule took at the very span is these initials: it gives way)
  const isAcronym = (m: MentionCandidate) => m.rule.endsWith('/entity/acronym');
  const taken = spanIndex(kept.filter((m) => !isAcronym(m)));
  const replaced = new Set<string>();
  const added: MentionCandidate[] = [];
  INITIALS.lastIndex = 0;
  for (let x = INITIALS.exec(text); x; x = INITIALS.exec(text)) {
    const org = byInitials.get(x[0]);
    if (!org || initialsVocabulary(org.rule).notNames.has(x[0])) continue;
    const rule = `${org.rule.slice(0, org.rule.indexOf('/'))}/entity/initials`;
    const s = x.index;
    const e = s + x[0].length;
    // (a line of capitals: a headline or a label, NATO ALLIES SAY)
    if (off.has(rule) || taken.meets(s, e) || CAPS_AROUND.test(text.slice(Math.max(0, s - 12), s)) || CAPS_AFTER.test(text.slice(e, e + 12))) continue;
    // (named as the organization: its initials may come first, in a headline)
    added.push({ ...org, start: s, end: e, rule, name: org.name || text.slice(org.start, org.end) });
    replaced.add(`${s}:${e}`);
  }
  if (!added.length) return kept;
  return [...kept.filter((m) => !(isAcronym(m) && replaced.has(`${m.start}:${m.end}`))), ...added].sort((a, b) => a.start - b.start || (a.nested ? 1 : 0) - (b.nested ? 1 : 0));
}
/** A rule's language's words for initials (resource organizations: initials_skip, initials_not_names), made once. */
const initialsVocabularies = new Map<string, { skip: ReadonlySet<string>; notNames: ReadonlySet<string> }>();
function initialsVocabulary(rule: string): { skip: ReadonlySet<string>; notNames: ReadonlySet<string> } {
  const lang = rule.slice(0, rule.indexOf('/'));
  let v = initialsVocabularies.get(lang);
  if (!v) {
    const o = (LANGS as readonly string[]).includes(lang) ? loadLanguage(lang as Lang).organizations : null;
    v = { skip: new Set(o?.initials_skip ?? []), notNames: new Set(o?.initials_not_names ?? []) };
    initialsVocabularies.set(lang, v);
  }
  return v;
}
const INITIALS = /(?<![A-Za-z0-9&.-])[A-Z]{2,5}(?![A-Za-z0-9&-]|\.[A-Za-z])/g;
const CAPS_AROUND = /[A-Z]{2,}[ \t]+$/;
// (nor before a capitalized word: the initials open a longer name there, the IAAF Grand Prix Final)
const CAPS_AFTER = /^[ \t]+[A-Z]/;

/**
 * One sense per article: a place's one-word name that is the last word of a person's full name in the article (Neil
 * Jordan) is that person where it stands alone (Jordan said), not after a word that
 * makes it a place (in, to, from: resource organizations.venue_words). The place candidate turns into the person's
 * short form (rule <lang>/entity/short-form). Linear.
 */
const venueWords = new Map<string, RegExp | null>();
function withPersonSense(mentions: MentionCandidate[], text: string, off: ReadonlySet<string>): MentionCandidate[] {
  const last = new Map<string, MentionCandidate | null>();
  // (a person read inside a name the knowledge base knows as a place or a body is nobody, Santiago de Cuba: those names
  // sorted by start with the furthest end so far, one binary search per person, made when a place may be a surname)
  let known: MentionCandidate[] | null = null;
  const reach: number[] = [];
  const inKnown = (m: MentionCandidate) => {
    if (!known) {
      known = mentions.filter((x) => x.type !== 'person' && x.key.startsWith('kb:')).sort((a, b) => a.start - b.start);
      for (const k of known) reach.push(Math.max(k.end, reach[reach.length - 1] ?? 0));
    }
    const i = firstAbove(known, m.start, (k) => k.start) - 1;
    return i >= 0 && reach[i] >= m.end;
  };
  const places = new Set<string>();
  for (const m of mentions) if (m.type === 'location' && m.rule.endsWith('/entity/kb-alias') && m.end - m.start < 40) places.add(text.slice(m.start, m.end));
  if (!places.size) return mentions;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const t = text.slice(m.start, m.end);
    const sp = t.lastIndexOf(' ');
    if (sp < 0) continue;
    const w = t.slice(sp + 1);
    if (!places.has(w) || inKnown(m)) continue;
    const seen = last.get(w);
    last.set(w, seen === undefined || seen?.key === m.key ? m : null);
  }
  if (!last.size) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'location' || !m.rule.endsWith('/entity/kb-alias')) return m;
    const p = last.get(text.slice(m.start, m.end));
    if (!p) return m;
    const lang = m.rule.slice(0, 2) as Lang;
    // (the rule turned off, for the audit)
    if (off.has(`${lang}/entity/short-form`)) return m;
    if (!venueWords.has(lang)) {
      const v = loadLanguage(lang).organizations.venue_words;
      venueWords.set(lang, v.length ? new RegExp(`(?:^|[^A-Za-z])(?:${alt(v)})[ \t]+$`, 'i') : null);
    }
    if (venueWords.get(lang)?.test(text.slice(Math.max(0, m.start - 12), m.start))) return m;
    changed = true;
    return { ...p, start: m.start, end: m.end, rule: `${lang}/entity/short-form` };
  });
  return changed ? out : mentions;
}

/**
 * The overlap removal of mentions, with a person's short form (Kestrel, Defence) kept only where the full name it
 * stands for survives: a name read inside a longer one of another kind (Kestrel Defence in the Kestrel Defence
 * Command) names nobody, and its words alone elsewhere do not either. Two passes of the same removal, linear after
 * sorting.
 */
function withoutOrphanShortForms(mentions: MentionCandidate[], priority: Map<string, number>): MentionCandidate[] {
  const kept = dedupe(mentions, priority);
  const isShort = (m: MentionCandidate) => m.rule.endsWith('/entity/short-form');
  if (!mentions.some(isShort)) return kept;
  // (a full name survives when it is kept, or when a mention of its type at its very span is: a tie the knowledge
  // base's name won, Hillary Clinton, which linking joins again)
  const at = (m: MentionCandidate) => `${m.type}:${m.start}:${m.end}`;
  const keptAt = new Set(kept.map(at));
  const named = new Set(mentions.filter((m) => !isShort(m) && keptAt.has(at(m))).map((m) => m.key));
  const orphans = mentions.filter((m) => isShort(m) && !named.has(m.key));
  if (!orphans.length) return kept;
  const drop = new Set(orphans);
  return dedupe(mentions.filter((m) => !drop.has(m)), priority);
}

/**
 * An organization's short form (NSO, from NSO Group found by its head) stands for the name it was read off; where the
 * knowledge base's mention of the same words won that name's span, the short form is the knowledge base's body too, not
 * a body of its own. Linear.
 */
function withKnownShortForms(kept: MentionCandidate[], all: readonly MentionCandidate[]): MentionCandidate[] {
  const isShort = (m: MentionCandidate) => m.rule.endsWith('/entity/org-short-form');
  if (!kept.some(isShort)) return kept;
  const at = (m: MentionCandidate) => `${m.start}:${m.end}`;
  const known = new Map<string, MentionCandidate>();
  for (const m of kept) if (m.type === 'organization' && m.key.startsWith('kb:')) known.set(at(m), m);
  // (the full names the short forms were read off, by key, where a known body holds their span)
  const holder = new Map<string, MentionCandidate>();
  for (const m of all) {
    if (m.type !== 'organization' || m.key.startsWith('kb:') || isShort(m)) continue;
    const k = known.get(at(m));
    if (k) holder.set(m.key, k);
  }
  if (!holder.size) return kept;
  // (unless the full name itself stands elsewhere as a name of its own)
  for (const m of kept) if (!isShort(m)) holder.delete(m.key);
  return kept.map((m) => {
    const k = isShort(m) ? holder.get(m.key) : undefined;
    return k ? { ...k, start: m.start, end: m.end, rule: m.rule } : m;
  });
}

/**
 * An acronym the article defines (the Data Protection Authority (DPA); هيئة حماية البيانات (DPA)) means there what
 * the article says, not a knowledge-base entry written the same way (DPA: Deutsche Presse-Agentur): the entry's
 * candidates at the acronym's spans give way, unless the defining name is that entry's own (the Federal Bureau of
 * Investigation (FBI)).
 */
function withDefinedAcronyms(mentions: MentionCandidate[]): MentionCandidate[] {
  const isAcronym = (m: MentionCandidate) => m.rule.endsWith('/entity/org-acronym');
  if (!mentions.some(isAcronym)) return mentions;
  const at = (m: MentionCandidate) => `${m.start}:${m.end}`;
  const kbAt = new Map<string, Set<string>>();
  for (const m of mentions) if (m.key.startsWith('kb:')) kbAt.set(at(m), (kbAt.get(at(m)) ?? new Set()).add(m.key));
  const acronymKeys = new Set(mentions.filter(isAcronym).map((m) => m.key));
  // (the entries the defining names are: a candidate with an acronym's key that is no acronym, and the entries at its span)
  const definers = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (isAcronym(m) || !acronymKeys.has(m.key)) continue;
    const d = definers.get(m.key) ?? new Set<string>();
    for (const k of kbAt.get(at(m)) ?? []) d.add(k);
    definers.set(m.key, d);
  }
  const redefined = new Map<string, string>();
  for (const m of mentions) if (isAcronym(m)) redefined.set(at(m), m.key);
  // an acronym defined after a name the knowledge base knows (Google's Threat Analysis Group (TAG)) is that entry's,
  // its canonical name with it, where the entry lacks the acronym
  const entryAt = new Map<string, MentionCandidate>();
  for (const m of mentions) if (m.key.startsWith('kb:') && !entryAt.has(m.key)) entryAt.set(m.key, m);
  const entryOf = (key: string): MentionCandidate | undefined => {
    const d = definers.get(key);
    return d?.size === 1 ? entryAt.get([...d][0]) : undefined;
  };
  return mentions
    .filter((m) => {
      const acronymKey = m.key.startsWith('kb:') ? redefined.get(at(m)) : undefined;
      return acronymKey === undefined || (definers.get(acronymKey)?.has(m.key) ?? false);
    })
    .map((m) => {
      const e = isAcronym(m) ? entryOf(m.key) : undefined;
      if (!e) return m;
      return withIdentityOf(m, e);
    });
}

/** Mention m as the entry e names: e's identity (key, names, type, state), m's own span and rule. */
function withIdentityOf(m: MentionCandidate, e: MentionCandidate): MentionCandidate {
  const { start, end, rule, nested, ...entry } = e;
  return { ...entry, start: m.start, end: m.end, rule: m.rule };
}

/** Per language, the prepositions between a body's name and the place it is in (organizations.body_place_preps). */
let bodyPlacePreps: Map<string, ReadonlySet<string>> | null = null;
function bodyPlacePrepsOf(lang: string): ReadonlySet<string> {
  bodyPlacePreps ??= new Map(LANGS.map((l) => [l, new Set(loadLanguage(l).organizations.body_place_preps.map(lookupKey))]));
  return bodyPlacePreps.get(lang) ?? new Set();
}

/** The words that name a state (its names of one word, its English nationality adjectives, its Arabic definite ones as
 *  definiteNisbaStates reads them: إيران، الإيرانية, Iranian), folded: a body's name with one is bound to a state. */
let stateWords: Set<string> | null = null;
function namesAState(name: string): boolean {
  if (!stateWords) {
    const kb = loadKb();
    stateWords = new Set(definiteNisbaStates(kb).keys());
    for (const e of kb) {
      if (e.type !== 'location' || e.country) continue;
      for (const a of [...e.aliases.en, ...e.aliases.ar]) if (!a.includes(' ')) stateWords.add(lookupKey(a));
      for (const d of e.demonyms?.en ?? []) stateWords.add(lookupKey(d));
    }
  }
  return name.split(/\s+/).some((w) => stateWords!.has(lookupKey(w)));
}

/**
 * A knowledge-base body of one state, named by words that other states' bodies bear too (المركز الوطني للأمن السيبراني:
 * the UK's NCSC in the knowledge base), right before a preposition of where a body is (organizations.body_place_preps:
 * في) and a place of another state (المركز الوطني للأمن السيبراني في الكويت): that state's body, not the knowledge
 * base's; named as written (rule <lang>/entity/local-body: the linking stage names it by its source text), its state
 * the place's. Not a name that names its state (البعثة الإيرانية لدى الأمم المتحدة في نيويورك: a mission abroad).
 */
function withLocalBodies(mentions: MentionCandidate[], text: string, off: ReadonlySet<string>): MentionCandidate[] {
  return mentions.map((m, i) => {
    const n = mentions[i + 1];
    if (m.type !== 'organization' || !m.country || !m.key.startsWith('kb:') || !n || n.type !== 'location' || n.nested) return m;
    const lang = m.rule.slice(0, m.rule.indexOf('/'));
    const prep = /^[ \t]+(\S+)[ \t]+$/.exec(text.slice(m.end, n.start));
    const state = n.country ?? n.name;
    const rule = `${lang}/entity/local-body`;
    const name = text.slice(m.start, m.end);
    if (!prep || !bodyPlacePrepsOf(lang).has(lookupKey(prep[1])) || state === m.country || off.has(rule) || namesAState(name)) return m;
    return { start: m.start, end: m.end, rule, type: 'organization', key: orgKey(name), name: '', country: state };
  });
}

/**
 * An Arabic body named by its head and first domain alone (وزارة الاتصالات) where the article names it whole, its second
 * domain after و (وزارة الاتصالات وتكنولوجيا المعلومات): one entity, the whole name's key.
 */
function withFirstDomains(mentions: MentionCandidate[], text: string): MentionCandidate[] {
  const whole = mentions.filter((m) => m.rule === 'ar/entity/org-head' && / و\S/.test(text.slice(m.start, m.end)));
  if (!whole.length) return mentions;
  return mentions.map((m) => {
    if (m.rule !== 'ar/entity/org-head') return m;
    const short = text.slice(m.start, m.end);
    const full = whole.find((w) => w !== m && text.startsWith(`${short} و`, w.start) && w.end - w.start > short.length + 2);
    return full ? { ...m, key: full.key } : m;
  });
}

/**
 * A body's name the knowledge base does not know, followed by a name of one of its organizations in brackets (المركز
 * الأوروبي لأجهزة الشرطة (يوروبول)): that entry, named so in full, in every mention of the name.
 */
function withBracketedEntries(mentions: MentionCandidate[], text: string): MentionCandidate[] {
  const entryOf = new Map<string, MentionCandidate>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const n = mentions[i + 1];
    if (m.type !== 'organization' || m.key.startsWith('kb:') || n.type !== 'organization' || !n.key.startsWith('kb:') || entryOf.has(m.key)) continue;
    if (/^[ \t]*\($/.test(text.slice(m.end, n.start)) && text[n.end] === ')') entryOf.set(m.key, n);
  }
  if (!entryOf.size) return mentions;
  return mentions.map((m) => {
    const e = entryOf.get(m.key);
    if (!e) return m;
    return withIdentityOf(m, e);
  });
}

/**
 * An Arabic head phrase whose words after the head are a name the knowledge base knows (قناة الجزيرة: the
 * knowledge base's mention is الجزيرة, its head left out) gives way to that mention; not to a place, which names the
 * body after it (جامعة زيورخ is a university, Zurich a place-in-name inside it).
 */
function withoutKnownHeads(mentions: MentionCandidate[], text: string): MentionCandidate[] {
  // (per end, the latest start of a knowledge-base mention ending there: a head phrase gives way when one starts
  // inside it; one map, not a walk over all mentions per head phrase, which grew with the square of a long article)
  const latestStart = new Map<number, number>();
  const known: MentionCandidate[] = [];
  for (const k of mentions) {
    if (k.rule !== 'ar/entity/kb-alias' || k.type === 'location') continue;
    known.push(k);
    if (!(k.start <= (latestStart.get(k.end) ?? -1))) latestStart.set(k.end, k.start);
  }
  if (!latestStart.size) return mentions;
  known.sort((x, y) => x.start - y.start);
  /** the first knowledge-base mention starting after `at` */
  const firstAfter = (at: number): MentionCandidate | undefined => {
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (known[mid].start <= at) lo = mid + 1;
      else hi = mid;
    }
    return known[lo];
  };
  return mentions.filter((m) => {
    if (m.rule !== 'ar/entity/org-head') return true;
    // (not a name in quotation marks, whole as written: صحيفة "كييف إندبندنت" is no The Independent)
    if ((latestStart.get(m.end) ?? -1) > m.start && !(OPENING_QUOTES.has(text[m.start - 1]) && CLOSING_QUOTES.has(text[m.end]))) return false;
    // (also when the known name is a company's followed by its line of business after ل: شركة إيسيت للأمن السيبراني
    // is ESET, a security company; not a body's, مكتب الأمم المتحدة للمخدرات والجريمة is an office of its own)
    const k = firstAfter(m.start);
    return !(k && k.kind === 'company' && k.end < m.end && /^[ \t]+ل\p{L}/u.test(text.slice(k.end, k.end + 4)));
  });
}

/**
 * An Arabic organization phrase found by its head right before another name is that name's
 * description (شركة التكنولوجيا الأمريكية العملاقة مايكروسوفت), not a name of its own.
 */
function withoutDescriptions(mentions: MentionCandidate[], text: string): MentionCandidate[] {
  return mentions.filter((m, i) => {
    if (m.rule !== 'ar/entity/org-head') return true;
    // (a person after it is someone of that body: محافظ بنك فرنسا المركزي جان كلود تريشيه)
    const next = mentions[i + 1];
    return !next || next.type === 'person' || !/^[ \t]{1,4}$/.test(text.slice(m.end, next.start));
  });
}

function dedupe<T extends Span & { rule: string }>(items: T[], priority: Map<string, number>): T[] {
  const better = (a: T, b: T) =>
    a.end - a.start !== b.end - b.start
      ? a.end - a.start > b.end - b.start
      : (priority.get(a.rule) ?? 0) < (priority.get(b.rule) ?? 0);
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || (priority.get(a.rule) ?? 0) - (priority.get(b.rule) ?? 0));
  const kept: T[] = [];
  for (const x of sorted) {
    const last = kept[kept.length - 1];
    if (last && x.start < last.end) {
      if (better(x, last)) kept[kept.length - 1] = x;
      continue;
    }
    kept.push(x);
  }
  return kept;
}

/**
 * GOLD.md: numbers inside names are not figures (APT28, إيه بي تي 28, Storm-0558, Office 365). A figure whose first digit
 * lies inside a kept name's span is part of the name, whatever words after it the figure rules took for its unit (إيه بي
 * تي 28 المعروفة: not 28 of «المعروفة»). Linear: both lists are walked once in text order.
 */
function withoutNamedNumbers(figures: FigureCandidate[], mentions: readonly MentionCandidate[], text: string): FigureCandidate[] {
  if (!figures.length || !mentions.length) return figures;
  const names = [...mentions].sort((a, b) => a.start - b.start);
  const named = new Set<FigureCandidate>();
  let i = 0;
  let reach = -1;
  for (const f of [...figures].sort((a, b) => a.start - b.start)) {
    // (where its number is: US $58.24 begins at a name, the US, whose span ends before the number)
    const digit = text.slice(f.start, f.end).search(/\p{Nd}/u);
    const at = digit < 0 ? f.start : f.start + digit;
    while (i < names.length && names[i].start <= at) reach = Math.max(reach, names[i++].end);
    if (at < reach) named.add(f);
  }
  return named.size ? figures.filter((f) => !named.has(f)) : figures;
}

/** Web addresses in the text, in order. */
function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[^\s"'<>«»]+/gi)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * No name inside a web address, an e-mail address or a social-media handle (twitter.com/JPS_CTI, @JPS_CTI): the letters
 * there spell an account, not a mention. Linear: the spans are found once, in text order.
 */
function withoutAddresses(mentions: MentionCandidate[], text: string, urls: readonly Span[]): MentionCandidate[] {
  if (!text.includes('@') && !urls.length) return mentions;
  const spans: Span[] = [...urls];
  for (const m of text.matchAll(/(?:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(?<![A-Za-z0-9._%+-])@[A-Za-z0-9_]{2,})/g)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  spans.sort((a, b) => a.start - b.start);
  // (merged where they overlap: overlapsAny reads a non-overlapping list)
  const merged: Span[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
    else merged.push({ ...sp });
  }
  return mentions.filter((m) => !overlapsAny(m, merged));
}

/** Whether a span overlaps any of a sorted, non-overlapping list. */
function overlapsAny(s: Span, sorted: readonly Span[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < s.end;
}

/** The extractors of one language, built from its resources and the knowledge base. */
export function languageExtractors(lang: Lang, kb: readonly KbEntry[]): Extractor[] {
  const res = loadLanguage(lang);
  // order is priority on equal spans: a score line's team over the gazetteer's city, a place compound over a
  // person (Dallas Cowboys), any other rule over a bare acronym
  const names = properNameExtractors(lang, res, kb);
  return [
    ...dateExtractors(lang, res),
    ...figureExtractors(lang, res, kb),
    ...sportsPageExtractors(lang, res, kb, names.facts),
    ...names.dateline,
    ...entityExtractors(lang, kb, res),
    ...namedActorExtractors(lang, res),
    ...bylineExtractors(lang, res),
    ...names.compounds,
    // (a place word's name over a pair of capitalized words read as a person: the village of Oster Kamp)
    ...placeExtractors(lang, res, kb),
    ...personExtractors(lang, res, kb),
    ...organizationExtractors(lang, res, kb),
    ...listExtractors(lang, res),
    ...names.acronyms,
  ];
}

let defaultRegistry: Registry | null = null;

/** The registry of every language with the packaged knowledge base (built once per process). */
export function getDefaultRegistry(extraKb: readonly KbEntry[] = []): Registry {
  if (extraKb.length) return new Registry((l) => languageExtractors(l, [...extraKb, ...loadKb()]), { userKb: extraKb });
  if (!defaultRegistry) defaultRegistry = new Registry((l) => languageExtractors(l, loadKb()));
  return defaultRegistry;
}
