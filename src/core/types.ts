/** Types shared by the pure core: the cleaned document and the candidates extractors return. */
import type { Lang } from '../resources/index.js';
import type { KbEntry } from '../resources/schema.js';
import type { Tokens } from './tokens.js';
import type { Hits, Lexicon } from '../lexicon/match.js';

export type { Lang };

/** A span of the cleaned text, in UTF-16 units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** The language whose rules run on this sentence; null when we have none for it. */
  lang: Lang | null;
}

/** A maximal run of text whose sentences share an extraction language. */
export interface Region extends Span {
  lang: Lang;
}

export interface Doc {
  /** The cleaned text. */
  text: string;
  /** The document language (ISO 639-1 or 'und'). */
  lang: string;
  title: Span | null;
  paragraphs: Span[];
  sentences: Sentence[];
  regions: Region[];
  /** The token table (src/core/tokens.ts), made once by the registry before any rule runs. */
  tokens?: Tokens;
  /** Per language, the lexicon's hits in that language's regions (src/lexicon/match.ts). */
  lex?: Partial<Record<Lang, LangLex>>;
}

/** An article's genre in a language (src/extractors/genre.ts tells it). */
export type Genre = 'news' | 'sports';

/** What the one dictionary pass found for a language, and how to read it. */
export interface LangLex {
  lexicon: Lexicon;
  hits: Hits;
  /** the knowledge base a hit's item indexes (category kb, kb.context): the packaged entries, then a user's */
  kb: readonly KbEntry[];
  /** the genre the hits show (src/extractors/genre.ts): a genre's rules run only on its text */
  genre: Genre;
}

export type Qualifier = 'exact' | 'about' | 'more_than' | 'at_least' | 'less_than' | 'up_to' | 'vague';
export type EntityType = 'person' | 'organization' | 'location' | 'threat_actor';
export type Stance = 'asserted' | 'denied';

interface Base extends Span {
  /** The rule that produced it, `lang/dimension/what-it-matches`. */
  rule: string;
}

export interface FigureCandidate extends Base {
  value: number;
  unit: string | null;
  /** Set when the unit is a word from the text that the lexicon does not know (its lemma, untranslated). */
  unit_lang?: Lang;
  qualifier: Qualifier;
}

/** The granularity of a relative date; 'ref' is a reference with no calendar unit (now, recently). */
export type DateUnit = 'day' | 'week' | 'month' | 'year' | 'season' | 'ref';

export interface DateCandidate extends Base {
  /** TIMEX3 value from the text alone. */
  value: string;
  type: 'date' | 'time' | 'set';
  /** For relative expressions: the offset from the reference date, in its unit. */
  anchor?: { unit: DateUnit; offset: number };
  /** Which occurrence a yearless month or day means: 'last May' (past), 'next May', شباط الماضي. */
  direction?: 'past' | 'future';
  /** For dates written in another calendar: which, and the date as written there. */
  calendar?: 'hijri';
  hijri?: string;
}

export interface MentionCandidate extends Base {
  type: EntityType;
  /** Mentions with the same key are one entity: a KB id, or `surface:<folded text>`. */
  key: string;
  name: string;
  name_ar?: string;
  wikidata?: string;
  /** the knowledge base's kind of organization (news-agency...), for linking */
  kind?: string;
  /** the knowledge base's other English names (APT35, Charming Kitten for Mint Sandstorm) */
  known?: readonly string[];
  /** the state the knowledge base links it to (the Kremlin: Russia; a threat actor: its origin) */
  country?: string;
  /** a place named inside an organization's name (Bangladesh in Bangladesh Bank): an entity of its own, but no
   *  speaker, claimant or actor (the name around it is) */
  nested?: true;
}

export interface QuoteCandidate extends Base {
  /** Where the speaker is named (a cleaned span), if it is. */
  speaker?: Span;
  /** Which entity mention in the speaker span is the speaker: the first (Arabic VSO) or the last. */
  speakerPick?: 'first' | 'last';
  /** With no speaker named: the previous quote's speaker (وأضاف). */
  speakerFromPrevious?: boolean;
  /** A verb whose subject came before it in the sentence (رويترز نقلت عن مصادر، مؤكدة أن): the last one named there. */
  speakerBefore?: Span;
  /** The words after an Arabic verb may be its object (وأبلغت الحشد): with no name there, speakerBefore decides. */
  speakerMaybeObject?: boolean;
  /** The speaker is a pronoun (he, هو): the last person named before the quote. */
  speakerPronoun?: boolean;
  /** The speaker is a generic noun (الشركة, the company): the last organization named before the quote. */
  speakerNominal?: boolean;
  cue: string;
  /** Where the cue is, so the record can give it as written in the source. */
  cueAt?: Span;
  kind: 'direct' | 'indirect';
}

/** An attribution (its span is the evidence), a denial, or a naming of an actor (naming: true). */
export interface AttributionCandidate extends Base {
  /** where the actor is named or described */
  actor?: Span;
  /** the actor span holds an actor noun (hackers, قراصنة); without one it must name a threat actor */
  actorNoun?: boolean;
  /** where the sponsor may be named (linking takes the entity there) */
  attributedTo?: Span;
  /** the sponsor given by a demonym or a name in a compound (Iranian, Iran-linked), and where */
  attributedKb?: KbEntry;
  attributedAt?: Span;
  /** where the claimant may be named; which entity there is the claimant */
  claimedBy?: Span;
  /** the claim verb's subject as written, for a claimant the article does not name (security researchers) */
  claimText?: Span;
  claimPick?: 'first' | 'last';
  /** the sentence speaks of involvement, allegations or attacks (a denial needs that, or an earlier attribution) */
  involved?: boolean;
  naming?: boolean;
  stance: Stance;
}

export interface Candidates {
  figures: FigureCandidate[];
  dates: DateCandidate[];
  mentions: MentionCandidate[];
  quotes: QuoteCandidate[];
  attributions: AttributionCandidate[];
}

export type Dimension = keyof Candidates;

/**
 * One extractor: the rules of one dimension in one language, a pure function of a cleaned document (its token
 * table and dictionary hits) and the regions of its language. The registry (src/extractors/registry.ts) builds
 * them and runs them; they import nothing of it.
 */
export interface Extractor<D extends Dimension = Dimension> {
  /** The rule name every candidate carries: lang/dimension/what-it-matches. */
  readonly name: string;
  readonly lang: Lang;
  readonly dimension: D;
  /** The rule names it produces when it holds several (each candidate names its own); default [name]. */
  readonly rules?: readonly string[];
  /** Set for a genre's rules (the sports pages'): they run only on text of that genre (src/extractors/genre.ts). */
  readonly genre?: Genre;
  extract(doc: Doc, regions: Region[]): Candidates[D];
}
