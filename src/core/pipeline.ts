/**
 * The pure pipeline: decoded source text in, validated record out.
 * clean (offset map) → segment → language → extract → refine → link → assemble → validate.
 */
import { sha256Hex } from './hash.js';
import { Cleaner, DELETED_RE, SourceText, alaFollowers, foldForMatching, taMarbutaWords, type CleanResult, type JunkKind } from './clean.js';
import { detectLanguage, loadFranc, NeedsFranc, type FunctionWords, type LanguageGuess } from './language.js';
import { assignLanguages, segment, segmentResources, type SegmentResources } from './segment.js';
import type { NewsRecord } from './record.js';
import { checkRecord, SCHEMA_ID } from './record-check.js';
import { parseRefDate, resolveDate } from './resolve.js';
import type { Candidates, Doc, MentionCandidate, Span } from './types.js';
import { getDefaultRegistry, type Registry } from '../extractors/registry.js';
import { RATE_SEP } from '../extractors/figures.js';
import { fold, loadKb, loadRomanizeSource, loadLatinTable, loadLanguage, loadRomanizeData, LANGS } from '../resources/index.js';
import { romanizeLists, romanizeListsFromData, romanizePerson, type RomanizeLists } from '../link/romanize.js';
import { linkEntities } from '../link/entities.js';
import { NAME_OCCURRENCE_RULE, linkNameOccurrences } from '../link/occurrences.js';
import { linkStage } from '../link/stage.js';
import { resolveSharedCurrencies, type SharedCurrency } from '../link/currency.js';
import { linkStateBodies, stateBodyTable, type StateBodies } from '../link/state-bodies.js';
import { homographTable, linkPlaceHomographs, type PlaceHomograph } from '../link/homographs.js';
import { lookupKey } from '../extractors/patterns.js';
import { arabicNisbaForms } from '../lexicon/compile.js';
import { foldArabicName } from '../lexicon/latin-names.js';

export interface SourceInfo {
  path: string;
  sha256: string;
  format: NewsRecord['source']['format'];
  encoding: string;
  item?: number;
}

export interface DocumentInput {
  id: string;
  /** The decoded source text (BOM removed): offsets count code points in it. */
  text: string;
  source: SourceInfo;
  /** A language given with the input (NDJSON `lang`), trusted over detection. */
  lang?: string;
  /** Publication date of the item (feed pubDate, NDJSON `published`): the reference date. */
  published?: string;
  /** Warnings from reading and decoding. */
  warnings?: string[];
}

export interface PipelineOptions {
  /** Reference date (YYYY-MM-DD) for relative dates when the input has no publication date. */
  refDate?: string;
  /** Put the source text in the record (so offsets can be checked without the file). */
  includeText?: boolean;
  registry?: Registry;
  /** Keep the reference adverbs with no calendar unit (now, recently, الآن، حاليا: PRESENT_REF, PAST_REF) among
   *  the dates: TimeML annotates them, GOLD.md leaves them out, so records leave them out unless asked. */
  referenceAdverbs?: boolean;
}

interface Shared {
  cleaner: Cleaner;
  seg: SegmentResources;
  words: FunctionWords;
  /** each state's KB id by its name, as a city's or a body's country is written (built on first use) */
  states(): Map<string, string>;
  /** the shared currency names of both languages (built on first use) */
  currencies(): SharedCurrency[];
  /** the knowledge base's state bodies by their names less the state's adjective (built on first use) */
  stateBodies(): StateBodies;
  /** the Latin name of a foreign person's Arabic name, or null (its lists read on first use) */
  romanize(name: string): string | null;
  /** the place names two knowledge-base entries share, of both languages (built on first use) */
  homographs(): PlaceHomograph[];
}
let shared: Shared | null = null;
/** Every string in a resource file's data (its lists, phrases and names), depth first. */
function* stringsOf(x: unknown): Generator<string> {
  if (typeof x === 'string') yield x;
  else if (Array.isArray(x)) for (const y of x) yield* stringsOf(y);
  else if (x && typeof x === 'object') for (const y of Object.values(x)) yield* stringsOf(y);
}
function getShared(): Shared {
  if (!shared) {
    const res = Object.fromEntries(LANGS.map((l) => [l, loadLanguage(l)]));
    const boilerplateLines = LANGS.flatMap((l) => res[l].boilerplate.lines);
    const words = (l: 'ar' | 'en') => new Set(res[l]['function-words'].words.map((w) => fold(w).toLowerCase()));
    let currencies: SharedCurrency[] | null = null;
    let states: Map<string, string> | null = null;
    let bodies: StateBodies | null = null;
    let romanize: RomanizeLists | null = null;
    let homographs: PlaceHomograph[] | null = null;
    let taWords: Set<string> | null = null;
    let alaWords: Set<string> | null = null;
    let arabNames: Set<string> | null = null;
    const romanized = new Map<string, string | null>();
    /** the lists as the build prepared them, or from the YAML (from source: the tests) */
    const romanizeListsNow = (): RomanizeLists => {
      const d = loadRomanizeData();
      return d ? romanizeListsFromData(d) : romanizeLists(loadRomanizeSource(), res.en, res.ar, loadKb());
    };
    shared = {
      romanize: (name) => {
        // (the same people come back article after article: a bounded memo)
        const had = romanized.get(name);
        if (had !== undefined) return had;
        const latin = romanizePerson(name, (romanize ??= romanizeListsNow()));
        if (romanized.size >= 10_000) romanized.clear();
        romanized.set(name, latin);
        return latin;
      },
      states: () => (states ??= new Map(loadKb().filter((e) => e.type === 'location' && !e.country).map((e) => [e.name, e.id]))),
      stateBodies: () => (bodies ??= stateBodyTable(loadKb(), getShared().states(), lookupKey, res.ar.organizations.optional_heads, res.ar.organizations.shared_body_names)),
      homographs: () => (homographs ??= homographTable(LANGS.flatMap((l) => res[l].organizations.place_homographs), loadKb(), getShared().states(), lookupKey)),
      cleaner: new Cleaner({
        boilerplateLines,
        taMarbutaWords: () => (taWords ??= taMarbutaWords([...stringsOf(res.ar), ...loadKb().flatMap((e) => [...e.aliases.ar, ...(e.demonyms?.ar ?? []).flatMap(arabicNisbaForms)])])),
        // (the first words of places, bodies and people, but not an Arab name, word, particle or compound opener the
        // romanizer knows: علي محمد and علي عبد الله are names, علي هيلاري not)
        alaFollowers: () => {
          const lists = (romanize ??= romanizeListsNow());
          return (alaWords ??= alaFollowers(stringsOf(res.ar), loadKb().flatMap((e) => e.aliases.ar), new Set([...lists.arabic, ...lists.particles])));
        },
        // (the given names that are Arab names: the romanizer's Arab words; هيلاري is a given name, no Arab one)
        arabNames: () => {
          const lists = (romanize ??= romanizeListsNow());
          return (arabNames ??= new Set(res.ar['given-names'].names.map(foldForMatching).filter((n) => lists.arabic.has(foldArabicName(n)))));
        },
      }),
      seg: segmentResources(res),
      words: { ar: words('ar'), en: words('en') },
      currencies: () => (currencies ??= [...new Map(LANGS.flatMap((l) => res[l].units.shared_currencies).map((r) => [r.unit, r])).values()]),
    };
  }
  return shared;
}

export { sha256Hex } from './hash.js';

const JUNK_WORDS: Record<JunkKind, [string, string]> = {
  'html-entity': ['HTML entity', 'HTML entities'],
  markup: ['markup tag', 'markup tags'],
  'scraper-junk': ['scraper junk marker', 'scraper junk markers'],
  boilerplate: ['boilerplate line', 'boilerplate lines'],
  invisible: ['run of invisible characters', 'runs of invisible characters'],
};

export function describeJunk(junk: CleanResult['junk']): string | null {
  const parts = (Object.keys(JUNK_WORDS) as JunkKind[])
    .filter((k) => k !== 'invisible' && (junk[k] ?? 0) > 0)
    .map((k) => `${junk[k]} ${JUNK_WORDS[k][junk[k] === 1 ? 0 : 1]}`);
  return parts.length ? `cleaned before extraction: ${parts.join(', ')}` : null;
}

export interface Analysis {
  source: SourceText;
  cleaned: CleanResult;
  doc: Doc;
  language: LanguageGuess;
}

/** The stages before extraction; also used by `extract check`. */
export function analyze(text: string, langHint?: string): Analysis {
  const { cleaner, seg, words } = getShared();
  const source = new SourceText(text);
  const cleaned = cleaner.clean(text);
  const s = segment(cleaned.text, seg);
  const language = langHint && /^([a-z]{2}|und)$/.test(langHint) ? { code: langHint, confidence: 1 } : detectLanguage(cleaned.text, words, loadLatinTable);
  const regions = assignLanguages(cleaned.text, s.sentences, language.code);
  const doc: Doc = { text: cleaned.text, lang: language.code, title: s.title, paragraphs: s.paragraphs, sentences: s.sentences, regions };
  return { source, cleaned, doc, language };
}

export function processDocument(input: DocumentInput, options: PipelineOptions = {}): NewsRecord {
  const [r] = processDocuments([input], options);
  if (r instanceof Error) throw r;
  return r;
}

/** A document analysed, with the warnings its record will carry. */
interface Begun {
  input: DocumentInput;
  a: Analysis;
  warnings: string[];
}

/**
 * The records of several documents, each the same as `processDocument` gives it, made stage by stage: the
 * extractors run rule by rule over the whole batch (Registry.runAll), which is faster than a document at a time
 * for a stream of small articles (the worker threads' batches). A document that fails has its Error in its place;
 * NeedsFranc (a document's language needs franc, not yet loaded) is thrown for the whole batch (`withLanguageId`).
 */
export function processDocuments(inputs: readonly DocumentInput[], options: PipelineOptions = {}): (NewsRecord | Error)[] {
  const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));
  const begun: (Begun | Error)[] = inputs.map((input) => {
    try {
      return begin(input);
    } catch (e) {
      if (e instanceof NeedsFranc) throw e;
      return asError(e);
    }
  });
  const registry = options.registry ?? getDefaultRegistry();
  const started = begun.filter((b): b is Begun => !(b instanceof Error));
  const found = registry.runAll(started.map((b) => b.a.doc));
  const candidates = new Map(started.map((b, k) => [b, found[k]]));
  // the stages after extraction, each over the batch before the next: entities linked; speech and claims; the
  // records assembled and checked
  /** A stage over the batch: each document that has not failed, its Error in its place if it fails here. */
  const then = <S, T>(batch: readonly (S | Error)[], f: (x: S) => T): (T | Error)[] =>
    batch.map((x) => {
      if (x instanceof Error) return x;
      try {
        return f(x);
      } catch (e) {
        return asError(e);
      }
    });
  const linked = then(begun, (b) => {
    const c = candidates.get(b)!;
    if (c instanceof Error) throw c;
    return linkMentions(b, c, registry, options);
  });
  const said = then(linked, (l): Said => ({ ...l, said: linkStage({ doc: l.a.doc, dates: l.c.dates, entities: l.entities, mentions: l.mentions, countryOf: l.countryOf, source: l.span }) }));
  return then(said, (l) => assemble(l, options));
}

/** A document after the entity link: its candidates, entities and the spans of their mentions. */
interface Linked extends Begun {
  c: Candidates;
  span: (s: Span) => { text: string; start: number; end: number };
  ref: Date | null;
  entities: NewsRecord['entities'];
  mentions: ReturnType<typeof linkEntities>['mentions'];
  countryOf: ReturnType<typeof linkEntities>['countryOf'];
}

/** A document after the linking stage: its quotes and attributions too. */
interface Said extends Linked {
  said: ReturnType<typeof linkStage>;
}

/** The stages before extraction, and the warnings they give. */
function begin(input: DocumentInput): Begun {
  const warnings = [...(input.warnings ?? [])];
  const a = analyze(input.text, input.lang);
  const { cleaned, doc, language } = a;
  if (doc.paragraphs.length === 0) warnings.push('empty or whitespace-only text');
  else if (language.code === 'und') warnings.push('language could not be determined');
  else if (language.code !== 'ar' && language.code !== 'en') {
    warnings.push(`language '${language.code}' has no extraction rules; only its Arabic or English passages were read`);
  }
  const junk = describeJunk(cleaned.junk);
  if (junk) warnings.push(junk);
  return { input, a, warnings };
}

/** The stage after extraction: state bodies, entities linked, shared currencies resolved. */
function linkMentions(b: Begun, c: Candidates, registry: Registry, options: PipelineOptions): Linked {
  const { input, a, warnings } = b;
  const { source, cleaned, doc } = a;
  const span = (s: Span) => {
    const [start, end] = cleaned.map.toSource(s.start, s.end);
    return { text: source.slice(start, end), start, end };
  };

  let ref: Date | null = null;
  const refText = input.published ?? options.refDate;
  if (refText) {
    ref = parseRefDate(refText);
    if (!ref) warnings.push(`reference date '${refText}' is not a date; relative dates left unresolved`);
  }

  // a state's body named without its state is the body of the state the article names most (وزارة العدل)
  if (!registry.isOff('ar/entity/state-body')) linkStateBodies(c.mentions as MentionCandidate[], doc.text, getShared().stateBodies(), lookupKey);
  // a place name two places share is the one whose state the article names more (عمان: Amman in a story about Jordan;
  // Georgia: the US state in one about Atlanta)
  if (!registry.isOff('ar/entity/place-homograph') && !registry.isOff('en/entity/place-homograph')) linkPlaceHomographs(c.mentions as MentionCandidate[], doc, getShared().homographs(), getShared().states(), lookupKey);
  // a name the rules found once is a mention wherever the article writes it again (English)
  if (!registry.isOff(NAME_OCCURRENCE_RULE)) linkNameOccurrences(c.mentions as MentionCandidate[], doc);
  // link: one entity per key, in order of first mention
  // (a foreign person in Arabic letters by the Latin name its words spell: the step ablation.js calls ar/entity/romanized-name)
  const romanize = registry.isOff('ar/entity/romanized-name') ? undefined : getShared().romanize;
  const { entities, mentions, countryOf } = linkEntities(c.mentions as MentionCandidate[], span, romanize);
  // a currency name several states use takes the state the figure or the article names (دينار: TND in a Tunisian story)
  {
    const table = getShared().currencies();
    const states = getShared().states();
    const mentionsOf = new Map<string, number>();
    // (a city the knowledge base places in a state counts for that state)
    for (const e of entities) {
      const city = countryOf.get(e.id);
      const state = e.type !== 'location' ? undefined : city !== undefined ? states.get(city) : e.kb;
      if (state) mentionsOf.set(state, (mentionsOf.get(state) ?? 0) + e.mentions.length);
    }
    resolveSharedCurrencies(c.figures, table, doc, mentionsOf);
  }
  return { ...b, c, span, ref, entities, mentions, countryOf };
}

/** The record, assembled from the linked document and checked against its schema. */
function assemble({ input, a, warnings, c, span, ref, entities, said }: Said, options: PipelineOptions): NewsRecord {
  const { doc, language } = a;
  const record: NewsRecord = {
    schema: SCHEMA_ID,
    id: input.id,
    source: { ...input.source },
    language: { code: language.code, confidence: language.confidence },
    title: doc.title ? getShared().cleaner.display(span(doc.title).text) : null,
    ...(input.published ? { published: input.published } : {}),
    entities,
    // (the items are built field by field, in the record's order, not by spreading a span and optional parts: objects made
    // by spreading were slower for everything that read them after)
    dates: c.dates.filter((d) => options.referenceAdverbs || d.anchor?.unit !== 'ref').map((d) => {
      const resolved = ref ? resolveDate(d.value, d.anchor, ref, d.direction, d.hijri) : undefined;
      const { text, start, end } = span(d);
      const item: NewsRecord['dates'][number] = { text, start, end, value: d.value, type: d.type } as NewsRecord['dates'][number];
      if (d.anchor) item.anchor = d.anchor;
      if (resolved) item.resolved = resolved;
      if (d.calendar) {
        item.calendar = d.calendar;
        item.hijri = d.hijri;
      }
      item.rule = d.rule;
      return item;
    }),
    // (SPEC: the unit is the lemma, the currency or the measure; a rate's "per" part is a field of its own)
    figures: c.figures.map((f) => {
      const [folded, ...per] = f.unit === null ? [null] : f.unit.split(RATE_SEP);
      const { text, start, end } = span(f);
      // (an Arabic word the vocabulary lacks is the unit as the source writes it, not as the cleaned text folds it: شكوى)
      const unit = folded && f.unit_lang === 'ar' ? asWritten(folded, f, a) : folded;
      const item: NewsRecord['figures'][number] = { text, start, end, value: f.value, unit } as NewsRecord['figures'][number];
      if (f.unit_lang) item.unit_lang = f.unit_lang;
      if (per.length) item.per = per.join(' ');
      item.qualifier = f.qualifier;
      item.rule = f.rule;
      return item;
    }),
    quotes: said.quotes,
    attributions: said.attributions,
    warnings,
    ...(options.includeText ? { text: input.text } : {}),
  };
  const bad = checkRecord(record);
  if (bad) throw new Error(`internal error: the record failed its schema at ${bad.path.join('.')}: ${bad.message}`);
  return record;
}

/**
 * A word of the cleaned text inside span `f`, as the source writes it: the cleaner folds letters one for one (a final ى
 * as ي, alef forms) and deletes marks (diacritics, tatweel: DELETED_RE); the source's letters less them, where they are as many.
 */
function asWritten(word: string, f: Span, a: Analysis): string {
  const at = a.doc.text.slice(f.start, f.end).lastIndexOf(word);
  if (at < 0) return word;
  const [s, e] = a.cleaned.map.toSource(f.start + at, f.start + at + word.length);
  const written = a.source.slice(s, e).replace(DELETED_RE, '');
  return written.length === word.length ? written : word;
}

/** A record for a string (the library entry point). */
/** Options of `extractText`: the pipeline's, with dates as a string or a Date and the language forced or 'auto'. */
export interface ExtractOptions extends Omit<PipelineOptions, 'refDate'> {
  id?: string;
  /** 'ar' or 'en' forces the language (a headline is never read as another one); 'auto' or absent detects it */
  lang?: string;
  /** reference date for relative dates: 'YYYY-MM-DD', or a Date (its UTC day) */
  refDate?: string | Date;
  /** the text's publication date, which wins over refDate: as refDate */
  published?: string | Date;
  path?: string;
}

/** A Date as its UTC day, a string as given; anything else, or an invalid Date, is the caller's mistake. */
function dateOption(name: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new TypeError(`extractText: ${name} is an invalid Date`);
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'string') {
    if (!parseRefDate(v)) throw new TypeError(`extractText: ${name} '${v}' is not a date (YYYY-MM-DD, or a Date)`);
    return v;
  }
  throw new TypeError(`extractText: ${name} must be a string (YYYY-MM-DD) or a Date, not ${typeof v}`);
}

export function extractText(text: string, options: ExtractOptions = {}): NewsRecord {
  if (typeof text !== 'string') throw new TypeError(`extractText: text must be a string, not ${text === null ? 'null' : typeof text}`);
  if (options.lang !== undefined && options.lang !== 'auto' && !/^([a-z]{2}|und)$/.test(options.lang)) {
    throw new TypeError(`extractText: lang '${options.lang}' is not 'ar', 'en', 'auto' or an ISO 639-1 code`);
  }
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const refDate = dateOption('refDate', options.refDate);
  const published = dateOption('published', options.published);
  return processDocument(
    {
      id: options.id ?? 'text',
      text: clean,
      source: { path: options.path ?? '-', sha256: sha256Hex(clean), format: 'string', encoding: 'utf-16' },
      lang: options.lang === 'auto' ? undefined : options.lang,
      published,
    },
    { ...options, refDate },
  );
}

/** For async callers (the CLI): runs `fn`, loading franc first if the document turns out to need it. */
export async function withLanguageId<T>(fn: () => T): Promise<T> {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof NeedsFranc)) throw e;
    await loadFranc();
    return fn();
  }
}
