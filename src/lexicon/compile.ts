/**
 * The lexicon of a language, compiled: every phrase of every vocabulary list of its resource files
 * (months, units, speech verbs, titles, given names, attribution words …) and every name of the
 * knowledge base, indexed by its first token, so that one pass over a document's tokens finds them
 * all (src/lexicon/match.ts). Built at build time into dist/resources/lexicon-<lang>.json (plain
 * JSON, loaded when a language is first read), and from source when the tests run.
 *
 * A phrase is tokenized exactly as text is (src/core/tokens.ts), after the cleaner's folding, so
 * "U.S." in a list matches "U.S." in a text. Its category names where it comes from: the file and the
 * field (`speech-verbs.verbs`, `attribution.links`), with the item for lists of objects
 * (`units.units.phrases` item 12: the unit the phrase names); knowledge-base names are `kb` (item: the
 * entry's index) and `kb.context` (names that are ordinary words too: Phosphorus, الفسفور).
 */
import { foldForMatching } from '../core/clean.js';
import { tokenKeys } from '../core/tokens.js';
import type { KbEntry, LangResources } from '../resources/schema.js';

export type Lang = 'ar' | 'en';

/** One phrase: the keys of its tokens after the first (joined by SEP), its category and item, and
 * the form it must have as written when matching is case-sensitive (knowledge-base names, cased units). */
export type Entry = [rest: string, cat: number, item: number, form: string | null];

export interface LexiconData {
  lang: Lang;
  cats: string[];
  /** entries by the key of their first token, longest first */
  first: Record<string, Entry[]>;
  /** set when only the categories the rules read were kept (`keptFor`): the signature of that choice */
  kept?: string;
}

/**
 * The lexicon with only the categories `read` accepts (the build writes this, so that start-up neither
 * parses nor filters the rest); `signature` names the choice, and a lexicon made for another choice is
 * filtered again at load.
 */
export function keptFor(data: LexiconData, read: (cat: string) => boolean, signature: string): LexiconData {
  const keep = data.cats.map((c) => read(c));
  const first: Record<string, Entry[]> = Object.create(null);
  for (const [k, list] of Object.entries(data.first)) {
    const kept = list.filter((e) => keep[e[1]]);
    if (kept.length) first[k] = kept;
  }
  return { lang: data.lang, cats: data.cats, first, kept: signature };
}

export const SEP = '\u0001';
/** The forms of the two states whose bodies English news names with a short form before them (US Justice Department). */
const STATE_FORMS: readonly (readonly string[])[] = [['United States', 'U.S.', 'US'], ['United Kingdom', 'U.K.', 'UK']];
/** A name opening with one of those forms: [1] the form, [2] the rest. */
const STATE_PREFIXED = new RegExp(`^(${STATE_FORMS.flat().map((f) => f.replace(/\./g, '\\.')).join('|')}) (.+)$`);
/** Before a case-sensitive form that may also be written all in capitals. */
export const CAPS_TOO = '\u0003';
/** Files whose strings are no phrases to find in running text. */
const SKIP = new Set(['boilerplate']);

/** The keys of a phrase's tokens, as the text's tokens would have them. */
export function phraseKeys(phrase: string): { keys: string[]; upper: boolean } {
  return tokenKeys(foldForMatching(phrase.trim()));
}

/**
 * A one-word verb with each object pronoun glued to it, as Arabic writes them: the plural's ا drops (اتهموا: اتهموه),
 * ى becomes ا (نفى: نفاه); a participle (منتقدا، منتقدة), which writes the pronoun apart, and a phrase take none.
 * `perfect` for a form whose verb is no imperfect (no ي or ت before it): a verbal noun with a possessive is written
 * alike (رفضه, وصفها), which a rule tells apart by where the word stands.
 */
export function encliticForms(verb: string, enclitics: readonly string[]): { form: string; perfect: boolean }[] {
  const w = verb.trim();
  if (!enclitics.length || /\s/.test(w) || w.endsWith('ة') || (w.endsWith('ا') && !w.endsWith('وا'))) return [];
  const stem = w.endsWith('وا') ? w.slice(0, -1) : w.endsWith('ى') ? `${w.slice(0, -1)}ا` : w;
  const perfect = !/^[يت]/.test(w);
  return enclitics.map((e) => ({ form: stem + e, perfect }));
}

export class LexiconBuilder {
  readonly cats: string[] = [];
  private readonly catIndex = new Map<string, number>();
  readonly first: Record<string, Entry[]> = Object.create(null);
  private readonly seen = new Set<string>();

  /** words written either way in bodies' names (organizations.name_variants): every name is also added in each spelling */
  variants: readonly (readonly string[])[] = [];
  /** Latin capitals spelled out (organizations.letter_names): a body's acronym is also added spelled out */
  letterNames: Readonly<Record<string, readonly string[]>> = {};
  /** words a name writes joined to the next word or apart (given-names.compound_openers: عبد، أبو): every Arabic
   *  name is also added written the other way (عبد الفتاح السيسي as عبدالفتاح السيسي, أبوظبي as أبو ظبي) */
  compoundOpeners: readonly string[] = [];

  /** The builder's spelling lists from a language's resources. */
  configure(res: LangResources): this {
    this.variants = res.organizations.name_variants;
    this.letterNames = res.organizations.letter_names;
    this.compoundOpeners = res['given-names'].compound_openers;
    return this;
  }

  constructor(readonly lang: Lang) {}

  cat(name: string): number {
    let i = this.catIndex.get(name);
    if (i === undefined) {
      i = this.cats.length;
      this.cats.push(name);
      this.catIndex.set(name, i);
    }
    return i;
  }

  add(phrase: string, cat: string, item = -1, form: string | null = null): void {
    const { keys } = phraseKeys(phrase);
    if (keys.length === 0) return;
    const c = this.cat(cat);
    const rest = keys.slice(1).join(SEP);
    const dedupe = `${keys.join(SEP)}\u0002${c}\u0002${item}\u0002${form ?? ''}`;
    if (this.seen.has(dedupe)) return;
    this.seen.add(dedupe);
    (this.first[keys[0]] ??= []).push([rest, c, item, form]);
  }

  /**
   * Every string list of the language's resource files, as categories named by file and field. An Arabic
   * phrase ending in a lone proclitic (مرتبطون ب، التابعة ل) is written glued to the next word in text
   * (مرتبطون بإيران): it is also added without that letter, as `<category>.glued`, so a rule checks the next
   * word's first letter.
   */
  addResources(res: LangResources): void {
    for (const [file, data] of Object.entries(res)) {
      if (SKIP.has(file)) continue;
      walk(data, file, -1, (phrase, cat, item) => {
        this.add(phrase, cat, item);
        const curly = curlyApostrophes(phrase);
        if (curly) this.add(curly, cat, item);
        const glued = /^(.*\S)\s+([بل])$/.exec(phrase.trim());
        if (glued && this.lang === 'ar') this.add(glued[1], `${cat}.glued`, item);
      });
    }
    // (an object cue's verb with an object pronoun glued to it: اتهمها، تتهمهم، ووصفه)
    const speech = res['speech-verbs'];
    for (const verb of speech.object_cues) {
      for (const { form, perfect } of encliticForms(verb, speech.object_enclitics)) {
        this.add(form, 'speech-verbs.object_cues');
        this.add(form, 'speech-verbs.claim_cues');
        this.add(form, 'speech-verbs.object_cues.enclitic');
        if (perfect) this.add(form, 'speech-verbs.object_cues.enclitic_perfect');
      }
    }
    // (a verb of saying with the pronoun of what was said glued to it, after a source's ما: بحسب ما أعلنه، وفق ما ذكرته)
    for (const verb of speech.verbs) for (const { form } of encliticForms(verb, speech.object_enclitics)) this.add(form, 'speech-verbs.verbs.enclitic');
    // (English: the head of a company's generic noun of "the" and one word, the company, for a word of its trade between
    // them: the telecom company; a ministry's or a commission's word names another body, the interior ministry)
    if (this.lang === 'en') for (const n of speech.company_nominals) if (/^the [a-z]+$/.test(n)) this.add(n.slice(4), 'speech-verbs.nominal.head');
  }

  /**
   * The knowledge base's names: English names in both languages (Arabic news writes Latin names inline),
   * Arabic ones in Arabic; `offset` is the index of the first entry (user entries come after the packaged ones).
   * English names are case-sensitive (their form is kept); places' and bodies' names match in capitals too.
   */
  addKb(kb: readonly KbEntry[], offset = 0): void {
    // (a state's names and adjectives, for its bodies written with them: Russia's Foreign Ministry)
    const states = new Map<string, { names: string[]; demonyms: string[] }>();
    if (this.lang === 'en') for (const e of kb) if (e.type === 'location' && e.demonyms?.en?.length && !states.has(e.name)) states.set(e.name, { names: e.aliases.en.filter((a) => !/^[A-Z.]+$/.test(a)), demonyms: e.demonyms.en });
    // (the Arabic name is a name too when it has two words or more and is no context name: العربية، الجزيرة are
    // ordinary words the aliases leave to context; nor a name with a title before an alias, الملك محمد السادس, nor a short
    // one, بي بي)
    const ownNames = (e: KbEntry): string[] => {
      const ar = e.name_ar;
      const nameAr = ar && ar.includes(' ') && ar.replace(/\s/g, '').length >= 6 && !e.context?.ar?.includes(ar) && !e.aliases.ar.some((a) => a !== ar && ar.endsWith(` ${a}`)) ? [ar] : [];
      return this.lang === 'ar' ? [...e.aliases.ar, ...nameAr, ...e.aliases.en].flatMap((a) => compoundForms(a, this.compoundOpeners)) : [...e.aliases.en];
    };
    // (each name in its other spellings too, Centre/Center, سانت/سان: not a spelling that is another entry's own name, سانت
    // لويس is St. Louis, not San Luis as سان لويس)
    const own = kb.map(ownNames);
    const taken = new Set(own.flat());
    kb.forEach((e, i) => {
      const item = offset + i;
      const names = withVariants(own[i], this.variants).filter((n) => !taken.has(n) || own[i].includes(n));
      const bodyOrGroup = e.type === 'organization' || e.type === 'threat_actor';
      // datelines and headlines write places and bodies in capitals (WASHINGTON (AP), NEW YORK)
      const caps = e.type === 'location' || e.type === 'organization';
      const formOf = (a: string, capsToo: boolean): string | null => {
        if (!/[A-Za-z]/.test(a)) return null;
        const f = foldForMatching(a.trim()).replace(/\s+/g, ' ');
        return capsToo && /[a-z]/.test(f) && f.replace(/[^A-Za-z]/g, '').length >= 4 ? CAPS_TOO + f : f;
      };
      // (a body named for its state is also written with the state's short form: United States Department of
      // Justice as U.S. Department of Justice, US Department of Justice)
      // (and so is each alias of two words or more: Justice Department as US Justice Department)
      const short = this.lang === 'en' && e.type === 'organization' ? STATE_PREFIXED.exec(e.name) : null;
      const prefixes = short ? STATE_FORMS.find((forms) => forms.includes(short[1]))! : [];
      const bases = short ? [short[2], ...e.aliases.en.filter((a) => a.includes(' ') && !STATE_PREFIXED.test(a))] : [];
      const variants = bases.flatMap((b) => prefixes.map((p) => `${p} ${b}`));
      // (a body named "X of <state>" or "<adjective> X" is also written with the state's possessive or adjective before
      // X: Ministry of Intelligence of Iran as Iran's Ministry of Intelligence, Iranian Ministry of Intelligence;
      // Russian Foreign Ministry as Russia's Foreign Ministry)
      const state = this.lang === 'en' && e.type === 'organization' && e.country ? states.get(e.country) : undefined;
      if (state) {
        const generic = new Set<string>();
        for (const a of [e.name, ...e.aliases.en]) {
          for (const n of state.names) if (a.endsWith(` of ${n}`)) generic.add(a.slice(0, -` of ${n}`.length));
          // (and as it stands, the name too: the Ministry of Intelligence of Iran)
          if ([...generic].some((g) => a.startsWith(`${g} of `)) && !names.includes(a)) variants.push(a);
          for (const d of state.demonyms) if (a.startsWith(`${d} `)) generic.add(a.slice(d.length + 1));
        }
        for (const g of generic) {
          // (not one that opens a longer name of the body: Ministry of Intelligence of Ministry of Intelligence and Security,
          // whose Iranian form would cut the longer one short)
          if (!/^[A-Z]/.test(g) || !g.includes(' ') || e.aliases.en.some((a) => a.startsWith(`${g} `) && !generic.has(a))) continue;
          for (const n of state.names) variants.push(`${n}'s ${g}`);
          for (const d of state.demonyms) variants.push(`${d} ${g}`);
        }
      }
      const all = [...names, ...variants];
      for (const a of [...all]) {
        const curly = curlyApostrophes(a);
        if (curly) all.push(curly);
      }
      for (const a of all) {
        this.add(a, 'kb', item, formOf(a, caps));
        // (a place's or a body's acronym is also written with a point after each letter, as part of the press writes
        // them: U.K., E.U., F.B.I.)
        if (caps && /^[A-Z]{2,5}$/.test(a)) {
          const v = dottedInitials(a);
          if (!all.includes(v)) this.add(v, 'kb', item, formOf(v, false));
        }
        // (a body's acronym is also written with "of" small: DOJ as DoJ, DOD as DoD)
        if (e.type === 'organization' && /^[A-Z]{3,6}$/.test(a) && a.slice(1).includes('O')) {
          const v = a[0] + a.slice(1).replace(/O/g, 'o');
          this.add(v, 'kb', item, formOf(v, false));
        }
        // (a body's or a group's acronym of three letters or more, spelled out letter by letter: ZTE as زي تي إي; at most
        // eight spellings; and each with a point after its letters, as the press writes them too: بي.بي.سي، سي. إن. إن)
        if (bodyOrGroup && /^[A-Z]{3,5}$/.test(a)) {
          let spelled = [''];
          for (const ch of a) spelled = (this.letterNames[ch] ?? []).flatMap((l) => spelled.map((s) => (s ? `${s} ${l}` : l))).slice(0, 8);
          for (const v of spelled) {
            if (!v) continue;
            this.add(v, 'kb', item, null);
            this.add(v.replace(/ /g, '.'), 'kb', item, null);
          }
        }
        // (and a code name, letters and a number, spelled out so with its number after a space: APT35 as إيه بي تي 35; its
        // letters with points between them too, as the acronyms above: إيه.بي.تي 35)
        const coded = bodyOrGroup ? /^([A-Z]{2,5})-?(\d{1,5})$/.exec(a) : null;
        if (coded) {
          let spelled = [''];
          for (const ch of coded[1]) spelled = (this.letterNames[ch] ?? []).flatMap((l) => spelled.map((s) => (s ? `${s} ${l}` : l))).slice(0, 8);
          for (const v of spelled) {
            if (!v) continue;
            this.add(`${v} ${coded[2]}`, 'kb', item, null);
            this.add(`${v.replace(/ /g, '.')} ${coded[2]}`, 'kb', item, null);
          }
        }
        // (a brand or group written in camel case is also written with its first capital only: YouTube as Youtube,
        // DarkHotel as Darkhotel)
        if (bodyOrGroup && /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(a)) {
          const v = a[0] + a.slice(1).toLowerCase();
          if (!names.includes(v)) this.add(v, 'kb', item, formOf(v, false));
        }
      }
      // (a context name, an ordinary word too, only as written)
      const ctx = this.lang === 'ar' ? [...(e.context?.ar ?? []), ...(e.context?.en ?? [])] : (e.context?.en ?? []);
      for (const a of ctx) this.add(a, 'kb.context', item, formOf(a, false));
      // the state's adjectives (Iranian; إيراني with its feminine, plural and definite forms): `kb.demonym`
      for (const d of e.demonyms?.[this.lang] ?? []) {
        for (const f of this.lang === 'ar' ? arabicNisbaForms(d) : [d]) this.add(f, 'kb.demonym', item, this.lang === 'en' ? foldForMatching(f) : null);
      }
    });
  }

  data(): LexiconData {
    // longest phrases first under each first key: the first entry that fits is the longest
    for (const k of Object.keys(this.first)) this.first[k].sort((a, b) => count(b[0]) - count(a[0]));
    return { lang: this.lang, cats: this.cats, first: this.first };
  }
}

function count(rest: string): number {
  return rest === '' ? 0 : rest.split(SEP).length;
}

/** The names and, for each word of a variant group in them, the name with the group's other spellings (at most 8 forms a name). */
function withVariants(names: readonly string[], groups: readonly (readonly string[])[]): string[] {
  if (!groups.length) return [...names];
  const out = new Set<string>();
  for (const n of names) {
    let forms = [n];
    for (const g of groups) {
      const next: string[] = [];
      for (const f of forms) {
        const words = f.split(' ');
        const at = words.findIndex((w) => g.includes(w));
        if (at < 0) continue;
        for (const alt of g) if (alt !== words[at]) next.push([...words.slice(0, at), alt, ...words.slice(at + 1)].join(' '));
      }
      forms = [...forms, ...next].slice(0, 8);
    }
    for (const f of forms) out.add(f);
  }
  return [...out];
}

/** Calls `add` for every string in a resource file's lists: top-level lists by field, lists inside objects by field with the object's index. */
function walk(v: unknown, path: string, item: number, add: (phrase: string, cat: string, item: number) => void): void {
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      if (typeof x === 'string') add(x, path, item);
      else if (x && typeof x === 'object') walk(x, path, i, add);
    });
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') continue;
      walk(x, `${path}.${k}`, item, add);
    }
  }
}

/** The compiled lexicon of a language. */
export function compileLexicon(lang: Lang, res: LangResources, kb: readonly KbEntry[]): LexiconData {
  const b = new LexiconBuilder(lang).configure(res);
  b.addResources(res);
  b.addKb(kb);
  return b.data();
}

/**
 * A name and, if it has one, its form with each compound opener written the other way: joined to the next word when
 * apart (عبد الفتاح → عبدالفتاح), apart when joined (أبوظبي → أبو ظبي).
 */
export function compoundForms(name: string, openers: readonly string[]): string[] {
  if (!openers.length) return [name];
  let changed = false;
  const words = name.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (openers.includes(w) && i + 1 < words.length) {
      out.push(w + words[++i]);
      changed = true;
      continue;
    }
    const o = openers.find((x) => w.startsWith(x) && w.length >= x.length + 3);
    if (o) {
      out.push(o, w.slice(o.length));
      changed = true;
      continue;
    }
    out.push(w);
  }
  return changed ? [name, out.join(' ')] : [name];
}

/** A phrase's straight apostrophes written curly, or null when it has none: news writes an apostrophe curly as often as
 *  straight (Lloyd’s of London, doesn’t), and the lexicon matches both. */
function curlyApostrophes(phrase: string): string | null {
  return phrase.includes("'") ? phrase.replace(/'/g, '\u2019') : null;
}

/** Capitals written with a point after each, as part of the press writes initials: UK as U.K., US as U.S. */
export function dottedInitials(capitals: string): string {
  return `${capitals.split('').join('.')}.`;
}

/** The forms of an Arabic masculine nisba (إيراني): feminine, plurals, with and without the article. */
export function arabicNisbaForms(base: string): string[] {
  const words = base.split(' ');
  // (an indefinite broken plural takes the accusative alef: اتهمت … قراصنة روسا)
  if (!words.every((w) => w.endsWith('ي'))) return words.length === 1 && !base.startsWith('ال') && !/[اةى]$/.test(base) ? [base, `${base}ا`] : [base];
  const forms: string[] = [];
  for (const suffix of ['', 'ة', 'ون', 'ين', 'ان', 'تان', 'تين']) {
    forms.push(words.map((w) => w + suffix).join(' '));
    forms.push(words.map((w) => `ال${w}${suffix}`).join(' '));
  }
  // the broken plural of a few (روس for روسي) lives in the KB's demonyms as its own entry
  return forms;
}
