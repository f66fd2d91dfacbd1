/**
 * Entity mentions from the knowledge base (rule `lang/entity/kb-alias`). A gazetteer of hundreds of
 * entries is too big for one regex (compiling it cost 0.4 s at start-up), so aliases are indexed by
 * their first word: the text is split into words once, and at each word the aliases starting with it
 * are tried, longest first. Arabic words may carry proclitics (لرويترز، وروسيا، بالحرس، للحزب): the
 * proclitic is tried off, and the span covers the name only. English matches are case-sensitive, with
 * places' and organizations' names also in capitals (datelines: WASHINGTON (AP)).
 * Context aliases (Phosphorus, الفسفور: also ordinary words) count only next to an actor word of the
 * attribution resources (group, hackers, مجموعة، قراصنة) or in quotation marks. A person named in full is the same
 * person by the last word of the name alone later (rule `lang/entity/kb-short-form`: Tiger Woods ... Woods).
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import { fold, loadKb, type Lang } from '../resources/index.js';
import type { Doc, LangLex, MentionCandidate, Region } from '../core/types.js';
import { ARABIC, CAP, LINE_BEFORE, WORD, tokenAt } from '../core/tokens.js';
import { spanIndex } from '../core/arrays.js';
import { kbFields, kbSpellings, namingPhrases, placeSpellings, spellingIndex, vowelless } from './spelling.js';

/** (kbFields lives with the spelling rule, which makes such mentions too; the link stage reads it from here) */
export { kbFields };
import { anotherStatesNisba, commonWords, definiteNisbaStates, kbHitEnd } from './lexicon.js';
import type { Extractor } from '../core/types.js';
import { AR_PROCLITIC_PREFIXES, WORD_CHARS, alt, keyOffsets, mayHaveProclitic, procliticTable, writtenLower, givenNamesOf, lookupKey } from './patterns.js';
import { DEFINITE_NISBA_AR, PRONOUN_SUFFIXED_AR } from './arabic-shapes.js';

interface Alias {
  form: string;
  entry: KbEntry;
  /** an ordinary word too: needs an actor word nearby or quotation marks */
  context: boolean;
}

/** The word right before a space at the end of a slice (a given name before a surname). */
const WORD_BEFORE_SPACE = new RegExp(`([${WORD_CHARS}]+)[ \\t]{1,2}$`);
/** How far (code units) an actor word may be from a context alias. */
const CONTEXT_WINDOW = 40;
const SENTENCE_END = /[.!?؟\n]/;
/** An Arabic definite word right after a name: it makes the name a common noun phrase. */
const DEFINITE_NEXT = /^[ \t]{1,3}ال/;
/** The word after a name: a space or two, then the word ([1]). */
const NEXT_WORD = /^[ \t]{1,3}([\u0621-\u064A]+)/;
const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’', '(']);

const WINDOW_WORD = new RegExp(`[${WORD_CHARS}]+`, 'g');

export function entityExtractors(lang: Lang, kb: readonly KbEntry[], res: LangResources): Extractor<'mentions'>[] {
  const norm = (a: string) => fold(a.trim()).replace(/\s+/g, ' ');
  // (the adjectives that make a known body's name another body's: the Arabic knowledge-base rule reads them after a
  // body's name, with another state's nationality)
  const bodyQualifiers = new Set(res.organizations.body_qualifiers.map(lookupKey));
  // generic head words an Arabic alias may open with, and each entry's plain forms (for nameOnly)
  const nameHeads = new Set([...res.organizations.name_heads, ...res.organizations.heads].map(norm));
  const plainForms = new Map<string, Set<string>>();
  const contextForms = new Map<string, Set<string>>();
  for (const e of kb) {
    if (lang !== 'ar') continue;
    plainForms.set(e.id, new Set(e.aliases.ar.map(norm)));
    if (e.context?.ar?.length) contextForms.set(e.id, new Set(e.context.ar.map(norm)));
  }
  // (after a word that introduces a name, a company's, a team's or a channel's, a context alias is the name too:
  // قناة الجزيرة، فريق وليامز; تنظيم القاعدة keeps its head)
  const introHeads = new Set(res.organizations.name_heads.map(norm));
  const eventBefore = res.organizations.event_words.length ? new RegExp(`(?:^|[^${WORD_CHARS}])[وفبل]{0,2}(?:${alt(res.organizations.event_words)})[ \t]{1,3}$`) : null;
  // English sports stories: a player's role after a city's 's, and the match words before it (resource team_parts, match_verbs)
  const teamAfter = lang === 'en' && res.organizations.team_parts.length ? new RegExp(`^[ \t]*['’]s?[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:${alt(res.organizations.team_parts)})(?![A-Za-z])`, 'i') : null;
  // (and the words before a city where a game is played, which keep it the city: in Parma, at Cagliari)
  const venueBefore = res.organizations.venue_words.length ? new RegExp(`(?:^|[^A-Za-z])(?:${alt(res.organizations.venue_words)})[ \t]+$`, 'i') : null;
  const teamBefore = lang === 'en' && res.organizations.match_verbs.length ? new RegExp(`(?:^|[^A-Za-z])(?:${alt(res.organizations.match_verbs)})[ \t]+$`, 'i') : null;
  const heads = res.attribution.group_heads.map(norm);
  const groupAfter = heads.length ? new RegExp(`^[ \t]{1,2}(?:${alt(heads)})(?![${WORD_CHARS}])`) : null;
  const groupBefore = heads.length ? new RegExp(`(?<![${WORD_CHARS}])([وفبل]{0,2})(?:${alt(heads)})[ \t]{1,2}$`) : null;
  // (and the verbs of a hostile act, one word, no generic doing: The Shadow Brokers leaked …; not launched, targeted)
  const generic = new Set(res.attribution.generic_act_verbs.map(norm));
  const actVerbs = res.attribution.act_verbs.map(norm).filter((p) => !p.includes(' ') && !generic.has(p));
  const actorWords = new Set([...res.attribution.actors.flatMap((p) => norm(p).split(' ')), ...actVerbs].filter((w) => w.length > 2));
  /** A quotation mark (or a bracket) right before a name, a space between or not. */
  const quotedAt = (text: string, start: number): boolean => QUOTES.has(text[start - 1] ?? '') || QUOTES.has(text[start - 2] ?? '');
  /** And one right after it: the marks close on the name (" الشرق الاوسط الكبير " is a longer name). */
  const enclosed = (text: string, start: number, end: number): boolean => quotedAt(text, start) && (QUOTES.has(text[end] ?? '') || QUOTES.has(text[end + 1] ?? ''));
  /** An actor word within the window around [start, end), or the name in quotation marks. */
  const inContext = (text: string, start: number, end: number): boolean => {
    if (quotedAt(text, start)) return true;
    // the window stays inside the sentence (Akira ransomware group ... servers. Play again: not Play)
    let lo = Math.max(0, start - CONTEXT_WINDOW);
    let hi = Math.min(text.length, end + CONTEXT_WINDOW);
    for (let i = start - 1; i >= lo; i--) if (SENTENCE_END.test(text[i])) { lo = i + 1; break; }
    for (let i = end; i < hi; i++) if (SENTENCE_END.test(text[i])) { hi = i; break; }
    WINDOW_WORD.lastIndex = lo;
    let w: RegExpExecArray | null;
    while ((w = WINDOW_WORD.exec(text)) !== null && w.index < hi) {
      if (w.index >= start && w.index < end) continue;
      const word = w[0];
      if (actorWords.has(word) || actorWords.has(word.toLowerCase())) return true;
      if (lang === 'ar' && mayHaveProclitic(word)) {
        for (const p of AR_PROCLITIC_PREFIXES) if (word.startsWith(p) && actorWords.has(word.slice(p.length))) return true;
      }
    }
    return false;
  };
  /** An actor word right before or right after [start, end), a space between (the Conti gang, مجموعة كونتي). */
  const actorWordBy = (text: string, start: number, end: number): boolean => {
    const after = /^[ \t]{1,4}([^\s.,،;:"'“”«»()]+)/.exec(text.slice(end, end + 40))?.[1];
    const before = /([^\s.,،;:"'“”«»()]+)[ \t]{1,4}$/.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    return [after, before].some((w) => w !== undefined && (actorWords.has(w) || actorWords.has(w.toLowerCase()) || actorWords.has(norm(w))));
  };
  // words right before a context alias that make it plain (مراسل الجزيرة، زعيم القاعدة), per entry
  const cuesOf = new Map<string, RegExp>();
  for (const e of kb) {
    const cues = e.cues?.[lang] ?? [];
    if (cues.length) cuesOf.set(e.id, new RegExp(`(?:^|[^${WORD_CHARS}])[وف]?(?:${alt(cues)})[ \t]{1,4}$`, lang === 'en' ? 'i' : ''));
  }
  // a person's title right before a person's context alias makes it plain too (الرئيس بوش، President Bush), with a
  // nationality between them in Arabic (الرئيس الأمريكي بوش)
  const titleBefore = res.titles.titles.length
    ? new RegExp(`(?:^|[^${WORD_CHARS}])${lang === 'ar' ? '[وف]?' : ''}(?:${alt(res.titles.titles)})${lang === 'ar' ? '(?:[ \t]{1,4}ال[\u0621-\u064A]{2,14}ي)?' : ''}[ \t]{1,4}$`)
    : null;
  // (the titles of address among them, which say nothing of an office: Mr, السيد)
  const honorifics = res.titles.honorifics;
  const honorificBefore = honorifics.length ? new RegExp(`(?:^|[^${WORD_CHARS}])${lang === 'ar' ? '[وف]?' : ''}(?:${alt(honorifics)})[ \t]{1,4}$`) : null;
  // what follows an outlet that was told something (للجزيرة إن، لرويترز: ...): a complementizer (resource
  // speech-verbs.complementizers) or a colon
  const toldThat = new RegExp(`^[ \t]{0,3}(?:(?:${alt(res['speech-verbs'].complementizers)})(?![${WORD_CHARS}])|:)`);
  // and so does a verb that puts a speaker's name next to it (وقال بوش، said Bush; Bush said): resource speech-verbs.name_verbs
  const nameVerbs = res['speech-verbs'].name_verbs;
  const verbBefore = nameVerbs.length ? new RegExp(`(?:^|[^${WORD_CHARS}])${lang === 'ar' ? '[وف]?' : ''}(?:${alt(nameVerbs)})[ \t]{1,4}$`) : null;
  const verbAfter = nameVerbs.length ? new RegExp(`^[ \t]{1,4}(?:${alt(nameVerbs)})(?![${WORD_CHARS}])`) : null;
  // (asked once per surname and article, not once per use, which grew with the square: the answers of the last text)
  let memoText: string | null = null;
  let memo = new Map<string, boolean>();
  /** Whether the text writes the word after a given name somewhere (a person's full name with it as the surname). */
  const givenBefore = (text: string, word: string): boolean => {
    if (memoText !== text) {
      memoText = text;
      memo = new Map();
    }
    let r = memo.get(word);
    if (r === undefined) {
      r = false;
      // (a use at the text's start has no word before it; the later ones are still asked)
      for (let at = text.indexOf(word); at >= 0 && !r; at = text.indexOf(word, at + 1)) {
        const m = at > 0 ? WORD_BEFORE_SPACE.exec(text.slice(Math.max(0, at - 24), at)) : null;
        if (m && givenNames.has(fold(m[1]))) r = true;
      }
      memo.set(word, r);
    }
    return r;
  };
  /** A context alias made plain by a cue word right before it, or, for a news agency, a credit in brackets ((الجزيرة)). */
  const cued = (text: string, start: number, alias: Alias, end = start): boolean => {
    if (sportsStory && alias.entry.kind === 'club') return true;
    const before = text.slice(Math.max(0, start - 40), start);
    if (alias.entry.kind === 'news-agency' && /\([ \t]{0,2}$/.test(before)) return true;
    // (a speech verb or a title of address vouches for no one the article names in full with another given name: Sara
    // Novak ... Novak said, Ravi Patel ... Mr Patel; an office does: President Clinton)
    if (alias.entry.type === 'person' && titleBefore?.test(before) && !(honorificBefore?.test(before) && givenBefore(text, alias.form))) return true;
    if (alias.entry.type === 'person' && (verbBefore?.test(before) || verbAfter?.test(text.slice(end, end + 16))) && !givenBefore(text, alias.form)) return true;
    // (a company's everyday word as the subject of a speech verb right after it: Apple said, not Apple or Android phones)
    if (alias.entry.kind === 'company' && verbAfter?.test(text.slice(end, end + 16))) return true;
    // (start is where the word begins, proclitic and all: قال للجزيرة reads قال before it)
    return cuesOf.get(alias.entry.id)?.test(before) ?? false;
  };
  // in a sports story (genre.ts) a club's city name is the club (Barcelona beat Valencia)
  let sportsStory = false;
  const name = `${lang}/entity/kb-alias`;
  const particles = res['given-names'].particles;
  // (not a particle an ordinary word is written as once its hamza is folded: فان, van, is فإن)
  const functionWords = new Set(res['function-words'].words.map((w) => fold(w)));
  const lineageParticles = particles.filter((p) => !functionWords.has(fold(p)));
  const lineageAfter = lang === 'ar' && lineageParticles.length ? new RegExp(`^(?:[ \t]{1,2}(?:${alt(lineageParticles)})[ \t]{1,2}[\u0621-\u064A]{2,12}(?![\u0621-\u064A])){1,2}`) : null;
  const productAfter = lang === 'en' && res.organizations.product_heads.length ? new RegExp(`^[ \t](?:(?:${alt(res.organizations.product_heads)})(?![A-Za-z])|[A-Z]{1,3}-?[0-9]{2,4}(?![A-Za-z0-9]))`) : null;
  const suffixes = res['given-names'].suffixes;
  const surnameRule = `${lang}/entity/kb-short-form`;
  // Arabic news drops a ministry's head word before its state's adjective (الخارجية الروسية، الدفاع الأمريكية): the
  // knowledge base's bodies named with such a head (resource organizations.elided_heads: وزارة) + definite words + an
  // adjective, by their words less the head
  const elidedRule = `${lang}/entity/elided-head`;
  const elided = new Map<string, { words: string[]; entry: KbEntry }[]>();
  const elidable = new Set(res.organizations.elided_heads.map(norm));
  if (elidable.size) {
    for (const e of kb) {
      if (e.type !== 'organization') continue;
      for (const a of e.aliases.ar) {
        // (the head as written first: folding every alias of the knowledge base cost start-up milliseconds)
        const sp = a.indexOf(' ');
        if (sp < 0 || !elidable.has(a.slice(0, sp))) continue;
        const words = norm(a).split(' ');
        if (words.length < 3 || !elidable.has(words[0]) || !words.slice(1).every((w) => w.startsWith('ال'))) continue;
        const rest = words.slice(1);
        // (two words without a state's nationality are no name without their head, الأمن الداخلي in قوات الأمن الداخلي:
        // الخارجية الأمريكية is one)
        if (rest.length < 3 && !rest.some((w) => definiteNisbaStates(kb).has(lookupKey(w)))) continue;
        const list = elided.get(rest[0]) ?? [];
        if (!list.some((x) => x.words.join(' ') === rest.join(' '))) list.push({ words: rest, entry: e });
        elided.set(rest[0], list);
      }
    }
  }
  // (a definite noun or an office before the words makes them its adjectives: السياسة الخارجية الروسية، وزير الخارجية)
  const roleHeads = new Set(res.titles.role_heads.map(norm));
  // (every way the first words and the offices are written, a proclitic or none: one lookup a token)
  const elidedForms = procliticTable(elided.keys(), true);
  const officeForms = procliticTable([...roleHeads, ...elidable]);
  const particleSet = new Set(particles.map((p) => fold(p).toLowerCase()));
  const suffixAfter = suffixes.length ? new RegExp(`^,?[ \t]{1,2}(?:${alt(suffixes)})(?![${WORD_CHARS}])`) : null;
  // a foreign name the knowledge base writes otherwise (بوتن for بوتين): not made of ordinary Arabic words
  const spellingRule = `${lang}/entity/kb-spelling`;
  const latinSpellingRule = `${lang}/entity/kb-latin-spelling`;
  const placeSpellingRule = `${lang}/entity/kb-place-spelling`;
  const common = commonWords(res);
  const ordinary = (w: string) => functionWords.has(w) || common(w);
  // (a place name written as a common adjective, مالي: after a common noun with no article, the adjective, دعم مالي; a state's
  // or a body's head word, a direction or a proclitic on the name make it the place, جمهورية مالي، شمال مالي، في مالي)
  const adjectiveHomographs = new Set(res.organizations.adjective_homographs.map(lookupKey));
  const placeHeadWords = new Set([...res.organizations.state_heads.map((h) => h.replace(/^ال/, '')), ...res.organizations.direction_words, ...res.organizations.heads].map(lookupKey));
  const givenNames = givenNamesOf(res).folded;
  const givenKeys = givenNamesOf(res).keys;
  // (a given name spelled with or without its long vowels: تريزا، تيريزا)
  const givenVowelless = lang === 'ar' ? new Set([...givenNames].map(vowelless)) : new Set<string>();
  const spellingWords = { ordinary, given: (w: string) => givenNames.has(w), givenVowelless, heads: nameHeads, groups: new Set([...res.attribution.group_nouns, ...res.attribution.weak_actors].map((w) => fold(w))), naming: namingPhrases(res.attribution.naming.map((p) => p.split(/\s+/).map((w) => fold(w)))) };
  // (the Arabic spelling index made with the rules, from the build's copy when it fits: the build records it here)
  if (lang === 'ar') spellingIndex(kb, nameHeads);

  return [
    {
      name,
      lang,
      dimension: 'mentions',
      rules: [name, ...(teamAfter ? [`${lang}/entity/city-team`] : []), `${lang}/entity/place-in-name`, `${lang}/entity/local-body`, surnameRule, ...(elided.size ? [elidedRule] : [])],
      extract(doc: Doc): MentionCandidate[] {
        const out: MentionCandidate[] = [];
        const text = doc.text;
        sportsStory = doc.lex?.[lang]?.genre === 'sports';
        // one sense per article: a context alias the article anchors with a plain one (قناة الجزيرة ...
        // الجزيرة; تنظيم القاعدة ... القاعدة) counts without an actor word
        const pending: { start: number; end: number; alias: Alias }[] = [];
        const anchored = new Set<string>();
        const push = (hit: { start: number; end: number; alias: Alias }, nested = false) =>
          out.push({
              start: hit.start,
              end: hit.end,
              rule: nested ? `${lang}/entity/place-in-name` : name,
              ...(nested ? { nested: true as const } : {}),
              ...kbFields(hit.alias.entry),
            });
        // the knowledge base's names the lexicon pass found, read left to right: at each token the longest
        // name that fits (a plain one, or a context one in its context) wins, and the scan goes on after it
        const lex = doc.lex?.[lang];
        const tokens = doc.tokens;
        if (lex && tokens) {
          const { hits } = lex;
          const kbCat = lex.lexicon.cat('kb');
          const ctxCat = lex.lexicon.cat('kb.context');
          let skipTo = -1;
          const found: { start: number; end: number; alias: Alias; pre: number }[] = [];
          const adjectiveAt = adjectiveReadings(text, tokens, hits, kbCat, adjectiveHomographs, (w) => !w.startsWith('ال') && !functionWords.has(w) && !placeHeadWords.has(w) && common(w));
          for (let i = 0; i < tokens.length; i++) {
            const at = tokens.start[i];
            if (at < skipTo) continue;
            // the names starting at this token: those written as is first, then those after a proclitic
            // (longest proclitic first); within each, the longest first, a context name first on a tie
            found.length = 0;
            for (let k = hits.from[i]; k < hits.length && hits.start[k] === i; k++) {
              const c = hits.cat[k];
              if (c !== kbCat && c !== ctxCat) continue;
              const pre = hits.pre[k];
              const entry = lex.kb[hits.item[k]];
              if (pre && !procliticOk(tokens.key[i], pre)) continue;
              // (a person's one-word name takes no ك, like: كيلين is no ك + Yellen)
              if (pre && entry.type === 'person' && hits.end[k] === i + 1 && tokens.key[i].slice(0, pre).includes('ك')) continue;
              const end = tokens.end[hits.end[k] - 1];
              found.push({ start: at + pre, end, pre, alias: { form: text.slice(at + pre, end).replace(/[ \t]+/g, ' '), entry, context: c === ctxCat } });
            }
            if (!found.length) continue;
            found.sort((a, b) => (a.pre === 0) !== (b.pre === 0) ? (a.pre === 0 ? -1 : 1) : b.pre - a.pre || b.end - a.end || Number(b.alias.context) - Number(a.alias.context) || userFirst(a.alias.entry, b.alias.entry, lex.kb));
            let hit: { start: number; end: number; alias: Alias } | null = null;
            for (const f of found) {
              // (a person's context alias needs the full name or a title, not the quotes and actor words that mark a group's
              // name: a bracket before الأسد in a text on lions names nobody)
              // (an outlet's, its name in quotation marks that close on it or after its cue word: an actor word near الحياة
              // or الشرق الأوسط says nothing of a newspaper)
              // (or, Arabic, an outlet told something: ل on it and إن/أن or a colon after it, وقال الوزير للجزيرة إن)
              // (an Arabic company's, its name in quotation marks: hacker words near اتصالات, telecoms, or نيسان, April, say
              // nothing of Etisalat or Nissan; an English one's capital says more, Signal, Discord)
              // (a club's, in a sports story only: hacker words near Hamburg say nothing of Hamburger SV)
              // (a state body's, the Treasury, الخزانة, only with its full name in the article: which state's it is, the
              // words near it do not say)
              const plain = () =>
                f.alias.entry.kind === 'government'
                  ? false
                  : f.alias.entry.kind === 'club'
                  ? sportsStory
                  : f.alias.entry.kind === 'news-agency'
                  ? enclosed(text, f.start, f.end) || (lang === 'ar' && f.pre > 0 && text[f.start - 1] === 'ل' && toldThat.test(text.slice(f.end, f.end + 12)))
                  : lang === 'ar' && f.alias.entry.kind === 'company'
                    ? enclosed(text, f.start, f.end)
                    : inContext(text, f.start, f.end);
              if (!f.alias.context || (f.alias.entry.type !== 'person' && plain())) {
                hit = f;
                break;
              }
              // (a person's, made plain by a title or a speech verb, names the person wherever else the article writes it)
              if (cued(text, at, f.alias, f.end)) {
                hit = f;
                if (f.alias.entry.type === 'person') anchored.add(f.alias.entry.id);
                break;
              }
              pending.push(f);
            }
            if (!hit) continue;
            // (Arabic: a body's name followed by an adjective that makes another body's name, resource body_qualifiers, or by
            // another state's nationality, goes on into that name: مجلس الأمن السيبراني الإماراتي، مجلس الأمن الروسي are not
            // the UN's council; حزب الله اللبناني stays Hezbollah, its own state's)
            // (a name of two words or more: after one, رئيس الفيفا السويسري, the adjective is the construct's head's)
            if (lang === 'ar' && hit.alias.entry.type === 'organization' && hit.alias.form.includes(' ')) {
              const next = NEXT_WORD.exec(text.slice(hit.end, hit.end + 24));
              const w = next ? lookupKey(next[1]) : '';
              // (or, after a name of two definite words, a head and its adjective, by a definite adjective that names no
              // state: الحزب الديمقراطي التقدمي، الحزب الديمقراطي الكردستاني are not the Democratic Party; الحزب الديمقراطي
              // الأمريكي is)
              const twoDefinite = /^ال[^ ]+ ال[^ ]+$/.test(hit.alias.form);
              const unstated = twoDefinite && DEFINITE_NISBA_AR.test(next?.[1] ?? '') && !definiteNisbaStates(kb).has(w) && !bodyQualifiers.has(w);
              if (w && (bodyQualifiers.has(w) || anotherStatesNisba(kb, w, hit.alias.entry.country) || unstated)) {
                skipTo = hit.end;
                continue;
              }
            }
            // (a place's name that is a common adjective here, دعم مالي: the adjective)
            if (hit.alias.entry.type === 'location' && adjectiveAt.has(i)) {
              skipTo = hit.end;
              continue;
            }
            // (a place right after an event word names the event: بطولة فرنسا المفتوحة)
            if (hit.alias.entry.type === 'location' && eventBefore?.test(text.slice(Math.max(0, at - 12), at))) {
              skipTo = hit.end;
              continue;
            }
            // (Arabic: a place joined by a hyphen to a word that names no place is part of another name, a satellite's or a
            // product's: أثينا-زيلار; two places so joined stay places, باريس-برلين)
            if (lang === 'ar' && hit.alias.entry.type === 'location' && hyphenedToOther(text, hit.start, hit.end, (a) => placeHitAt(lex, tokens, a))) {
              skipTo = hit.end;
              continue;
            }
            // (a company's name before a product word or a model code with letters names the product: Microsoft
            // Exchange servers, Airbus A321; resource product_heads; not a score or a year: Samsung 49)
            if (hit.alias.entry.type === 'organization' && productAfter?.test(text.slice(hit.end, hit.end + 24))) {
              skipTo = hit.end;
              continue;
            }
            // (a person's name with a generational suffix is another person: Donald Trump Jr., دونالد ترامب الابن)
            if (hit.alias.entry.type === 'person' && suffixAfter?.test(text.slice(hit.end, hit.end + 8))) {
              skipTo = hit.end;
              continue;
            }
            // (a hacker group's context alias with an actor word right by it anchors it too: the Conti gang … Conti members)
            if (!hit.alias.context || (hit.alias.entry.type === 'threat_actor' && actorWordBy(text, hit.start, hit.end))) anchored.add(hit.alias.entry.id);
            const named = withGroupHead(text, nameOnly(text, hit));
            // (an Arabic person's name goes on past the knowledge base's form with a particle and a name: سلمان بن
            // عبدالعزيز آل سعود, محمد بن سلمان بن عبدالعزيز)
            if (lineageAfter && hit.alias.entry.type === 'person') {
              // (a name, not a kinship noun with a pronoun: صدام حسين ابن عمه is his cousin)
              const m = lineageAfter.exec(text.slice(named.end, named.end + 60));
              const nameWords = m ? m[0].trim().split(/[ \t]+/).filter((_, k) => k % 2 === 1) : [];
              if (m && !nameWords.some((w) => PRONOUN_SUFFIXED_AR.test(w) || ordinary(w))) named.end += m[0].length;
            }
            push(named);
            skipTo = named.end;
            // (a place the knowledge base knows inside an organization's name is an entity too: the U.S. in the U.S.
            // Department of Justice, England in the Bank of England; kept by refine as a nested mention)
            if (hit.alias.entry.type === 'organization') {
              for (let j = i; j < tokens.length && tokens.start[j] < named.end; j++) {
                let best = -1;
                for (let k = hits.from[j]; k < hits.length && hits.start[k] === j; k++) {
                  const e = tokens.end[hits.end[k] - 1];
                  if (hits.cat[k] !== kbCat || hits.pre[k] || lex.kb[hits.item[k]].type !== 'location' || e > named.end || (tokens.start[j] <= named.start && e === named.end)) continue;
                  if (best < 0 || hits.end[k] > hits.end[best]) best = k;
                }
                if (best < 0) continue;
                const e = tokens.end[hits.end[best] - 1];
                push({ start: tokens.start[j], end: e, alias: { form: text.slice(tokens.start[j], e), entry: lex.kb[hits.item[best]], context: false } }, true);
                j = hits.end[best] - 1;
              }
            }
          }
        }
        // English, in a sports story: a city named as a side, before a player's role after 's (Parma 's French
        // midfielder) or after a match word (a win over Cagliari, play against Middlesbrough), is its team; and so
        // is the city wherever else the story names it, but where a game is played (in Parma, at Cagliari)
        if (sportsStory && teamAfter && teamBefore) {
          const teams = new Set<string>();
          for (const c of out) {
            // (a city or a state, not a country or one of a kingdom's nations: against Wales is the national side, a place as CoNLL tags it)
            if (c.type !== 'location' || !c.country || c.key.startsWith('kb:region-')) continue;
            const before = text.slice(Math.max(0, c.start - 16), c.start);
            const after = text.slice(c.end, c.end + 40);
            if (teamAfter.test(after) || teamBefore.test(before)) teams.add(c.key);
          }
          if (teams.size)
            for (const c of out) {
              if (!teams.has(c.key) || venueBefore?.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
              Object.assign(c, { type: 'organization', key: `team:${c.key}`, kind: 'club', rule: `${lang}/entity/city-team`, country: undefined });
            }
        }
        for (const p of pending) {
          // (not when a definite word follows: الجزيرة العربية, القاعدة العسكرية are phrases of their own; a person's
          // surname without the article is followed by the verb's object: وكرر بوش القول)
          const phrase = lang === 'ar' && !(p.alias.entry.type === 'person' && !p.alias.form.startsWith('ال'));
          if (!anchored.has(p.alias.entry.id) || (phrase && DEFINITE_NEXT.test(text.slice(p.end, p.end + 6)))) continue;
          if (!out.some((o) => o.start < p.end && o.end > p.start)) push(p);
        }
        if (!tokens) return out;
        // GOLD.md cuts a proclitic from a name only where the cut is clean: ل with the article's ل is kept whole
        // (للجزيرة, not لجزيرة), the name found through its article (ال + جزيرة) and not as written (لجزيرة)
        if (lang === 'ar' && lex) {
          for (const c of out) {
            if (c.start < 1 || text[c.start] !== 'ل' || text[c.start - 1] !== 'ل') continue;
            const ti = tokenAt(tokens, c.start);
            const w = tokens.key[ti].slice(c.start - tokens.start[ti]);
            if (!lex.lexicon.node(w) && lex.lexicon.node(`ا${w}`)) c.start -= 1;
          }
        }
        return withSurnames(text, tokens, elided.size ? withElidedHeads(tokens, out) : out, doc);
      },
    },
    ...(lang === 'ar'
      ? [
          {
            name: spellingRule,
            lang,
            dimension: 'mentions' as const,
            rules: [spellingRule, latinSpellingRule, placeSpellingRule],
            extract: (doc: Doc, regions: Region[]): MentionCandidate[] => [...kbSpellings(doc, regions, kb, spellingWords, spellingRule, latinSpellingRule), ...placeSpellings(doc, regions, kb, ordinary, lookupKey, placeSpellingRule)],
          },
        ]
      : []),
  ];

  /**
   * A ministry named without its head word (rule ar/entity/elided-head): the words after the head (وزارة) of a knowledge-base
   * name, the first maybe with a proclitic (بالخارجية، للخارجية), where no other mention is and the word before is no
   * definite noun or office they would describe.
   */
  function withElidedHeads(tokens: NonNullable<Doc['tokens']>, out: MentionCandidate[]): MentionCandidate[] {
    const found: MentionCandidate[] = [];
    // (the other mentions' spans, indexed when a name is found: a test in O(log n))
    let taken: ReturnType<typeof spanIndex> | null = null;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind[i] !== WORD || (tokens.flags[i] & ARABIC) === 0) continue;
      const key = tokens.key[i];
      // (the word as written, or less a proclitic, ل + ال contracted too: والخارجية، للخارجية)
      const form = elidedForms.get(key);
      if (!form) continue;
      const [first, skip] = form;
      const list = elided.get(first)!;
      for (const { words, entry } of list) {
        let j = i + 1;
        let k = 1;
        for (; k < words.length && j < tokens.length && tokens.key[j] === words[k]; k++) j++;
        if (k < words.length) continue;
        const start = tokens.start[i] + skip;
        const end = tokens.end[j - 1];
        if ((taken ??= spanIndex(out)).meets(start, end)) continue;
        // (the word before, a proclitic on it or not: بوزيرة الخارجية الأميركية is the secretary of state)
        const prev = i > 0 && tokens.kind[i - 1] === WORD ? tokens.key[i - 1] : '';
        if (skip === 0 && (prev.startsWith('ال') || officeForms.has(prev))) continue;
        found.push({ start, end, rule: elidedRule, ...kbFields(entry) });
        i = j - 1;
        break;
      }
    }
    return found.length ? [...out, ...found] : out;
  }

  /**
   * A person the knowledge base knows, named in full in the article, is the same person wherever the article writes the
   * last word of that name alone (rule kb-short-form: Tiger Woods ... Woods; جاريد كوشنر ... كوشنر), as the person rules
   * do for names they find: not a word of three letters or less, a function or common word, a given name, an Arabic
   * definite word (نصر الله، عبدالله الثاني), one the article also writes in lower case, a name after a particle (bin
   * Salman), a last word two such people share, or a word another mention covers or a capitalized word joins (Woods Hole).
   */
  function withSurnames(text: string, tokens: NonNullable<Doc['tokens']>, out: MentionCandidate[], doc: Doc): MentionCandidate[] {
    // (by the token's key: lower case for Latin letters; the case as written is checked where it is found)
    const byWord = new Map<string, MentionCandidate | null>();
    for (const c of out) {
      if (c.type !== 'person' || c.rule !== name || c.nested) continue;
      const words = text.slice(c.start, c.end).split(/[ \t]+/);
      if (words.length < 2 || particleSet.has(fold(words[words.length - 2]).toLowerCase())) continue;
      let w = words[words.length - 1];
      // (Arabic: a surname compounded with الله is two words, or one written joined: حسن نصر الله ... نصر الله، نصرالله)
      if (lang === 'ar' && words.length >= 3 && fold(w) === 'الله' && !givenNames.has(fold(words[words.length - 2]))) {
        for (const form of [`${words[words.length - 2]} ${w}`, `${words[words.length - 2]}${w}`]) {
          const seen = byWord.get(fold(form));
          byWord.set(fold(form), seen === undefined || seen?.key === c.key ? c : null);
        }
        continue;
      }
      const f = fold(w);
      // (Arabic: not a definite word, which ends compound names and epithets: عبدالله الثاني)
      if (w.length < 4 || ordinary(f) || ordinary(f.toLowerCase()) || givenNames.has(f) || (lang === 'ar' && f.startsWith('ال')) || (lang === 'en' && !/^[A-Z][a-z]/.test(w))) continue;
      const k = lang === 'en' ? w.toLowerCase() : f;
      const seen = byWord.get(k);
      byWord.set(k, seen === undefined || seen?.key === c.key ? c : null);
    }
    let found: MentionCandidate[] | null = null;
    let taken: ReturnType<typeof spanIndex> | null = null;
    for (const [k, c] of byWord) {
      if (!c) continue;
      // (the word's tokens from the anchor index, not a walk over the text; in Arabic with a proclitic too)
      // (a two-word surname by its first word, the second checked in the token after it)
      const sp = k.indexOf(' ');
      const first = sp < 0 ? k : k.slice(0, sp);
      for (const at of keyOffsets(doc, first, lang === 'ar')) {
        const i = tokenAt(tokens, at);
        if (i >= tokens.length || tokens.kind[i] !== WORD) continue;
        // (English: capitalized as the name is, not the ordinary word: Woods, not woods)
        if (lang === 'en' && (tokens.flags[i] & CAP) === 0) continue;
        const last = sp < 0 ? i : i + 1;
        if (last >= tokens.length || (last > i && (tokens.key[last] !== k.slice(sp + 1) || (tokens.flags[last] & LINE_BEFORE) !== 0))) continue;
        const start = tokens.end[i] - first.length;
        const end = tokens.end[last];
        if ((taken ??= spanIndex(out)).meets(start, end)) continue;
        // (a capitalized word right before or after it makes another name: Woods Hole, Bay Woods)
        const joined = (j: number) => j >= 0 && j < tokens.length && tokens.kind[j] === WORD && (tokens.flags[j] & CAP) !== 0 && text.slice(Math.min(tokens.end[j], tokens.end[i]), Math.max(tokens.start[j], tokens.start[i])).trim() === '';
        if (lang === 'en' && (joined(i - 1) || joined(i + 1))) continue;
        // (nor a word the article also writes in lower case, an ordinary word there)
        if (lang === 'en' && writtenLower(doc, text.slice(start, end), 3)) break;
        const { nested: _n, ...rest } = c;
        (found ??= []).push({ ...rest, start, end, rule: surnameRule });
      }
    }
    return found ? [...out, ...found] : out;
  }

  /**
   * A threat actor's name with the word that makes it a group's (Lazarus Group, Sandworm Team; مجموعة
   * APT28): the mention covers both, so the name is not read as an organization of its own.
   */
  function withGroupHead(text: string, hit: { start: number; end: number; alias: Alias }): { start: number; end: number; alias: Alias } {
    if (hit.alias.entry.type !== 'threat_actor' || !groupAfter) return hit;
    if (lang === 'ar') {
      const m = groupBefore!.exec(text.slice(Math.max(0, hit.start - 16), hit.start));
      return m ? { ...hit, start: hit.start - m[0].length + (m[1]?.length ?? 0) } : hit;
    }
    const m = groupAfter.exec(text.slice(hit.end, hit.end + 16));
    return m ? { ...hit, end: hit.end + m[0].length } : hit;
  }

  /**
   * An Arabic alias that opens with a generic head word (حركة حماس، وكالة فرانس برس، فريق برشلونة) whose
   * remainder is another alias of the same entry (a plain one, or after a name head a context one): the mention covers the name only (حماس), as for names the
   * rules find after a head. A head that is part of the name itself (وزارة الخارجية) has no such remainder.
   */
  function nameOnly(text: string, hit: { start: number; end: number; alias: Alias }): { start: number; end: number; alias: Alias } {
    if (lang !== 'ar' || hit.alias.context) return hit;
    const sp = hit.alias.form.indexOf(' ');
    if (sp < 0 || !nameHeads.has(hit.alias.form.slice(0, sp))) return hit;
    const rest = hit.alias.form.slice(sp + 1);
    const head = hit.alias.form.slice(0, sp);
    if (!plainForms.get(hit.alias.entry.id)?.has(rest) && !(introHeads.has(head) && contextForms.get(hit.alias.entry.id)?.has(rest))) return hit;
    let at = hit.start + sp;
    while (text[at] === ' ' || text[at] === '\t') at++;
    return { ...hit, start: at };
  }

  /**
   * Whether a name may be read after this proclitic: a three-letter name takes no ك and no ف +
   * preposition (بمصر، ولقطر are Egypt and Qatar; كمين is an ambush, not ك + مين; فلمين two films).
   */
  function procliticOk(word: string, pre: number): boolean {
    // (nor a word that is a given name as written: كلاوس is Klaus, not ك + Laos; بلال is Bilal)
    if (givenKeys.has(lookupKey(word))) return false;
    const p = word.slice(0, pre);
    return !(word.length - pre <= 3 && (p.includes('ك') || p === 'فل' || p === 'فب'));
  }
}

/**
 * Of two entries with the same name: a user's (--kb; after the packaged ones in the list) first, then
 * the one listed first.
 */
function userFirst(a: KbEntry, b: KbEntry, kb: readonly KbEntry[]): number {
  if (a === b) return 0;
  const packaged = loadKb().length;
  const rank = (e: KbEntry) => {
    const i = kb.indexOf(e);
    return i >= packaged ? i - packaged - kb.length : i;
  };
  return rank(a) - rank(b);
}

const LETTER = /\p{L}/u;
/**
 * Whether the span [start, end) is glued by a hyphen to a word on either side (أثينا-زيلار) that `isPlace`, asked at the
 * word's start, does not take for a place.
 */
function hyphenedToOther(text: string, start: number, end: number, isPlace: (at: number) => boolean): boolean {
  if (text[end] === '-' && LETTER.test(text.charAt(end + 1)) && !isPlace(end + 1)) return true;
  if (start >= 2 && text[start - 1] === '-' && LETTER.test(text.charAt(start - 2))) {
    let w = start - 2;
    while (w > 0 && LETTER.test(text.charAt(w - 1))) w--;
    if (!isPlace(w)) return true;
  }
  return false;
}

/** Whether a knowledge-base place's name (plain or in context) starts at the token that starts at `at`. */
function placeHitAt(lex: LangLex, tokens: NonNullable<Doc['tokens']>, at: number): boolean {
  const i = tokenAt(tokens, at);
  return i >= 0 && i < tokens.length && tokens.start[i] === at && kbHitEnd(lex, i, (e) => e.type === 'location', true) >= 0;
}

/**
 * The tokens where a place's name that is also a common adjective (organizations.adjective_homographs: مالي) reads as the
 * adjective: right after a word `noun` accepts (a common noun with no article), nothing glued to the name, and no mention
 * of the word in the document where it cannot be the adjective (في مالي، شمال مالي: then every one is the place).
 */
function adjectiveReadings(text: string, tokens: NonNullable<Doc['tokens']>, hits: LangLex['hits'], kbCat: number, words: ReadonlySet<string>, noun: (w: string) => boolean): Set<number> {
  const out = new Set<number>();
  if (!words.size) return out;
  for (let k = 0; k < hits.length; k++) {
    if (hits.cat[k] !== kbCat || hits.end[k] !== hits.start[k] + 1) continue;
    const i = hits.start[k];
    if (!words.has(tokens.key[i].slice(hits.pre[k]))) continue;
    // (a proclitic on it, في مالي → لمالي، ومالي: the place)
    if (hits.pre[k] > 0) return new Set();
    const prev = i > 0 ? tokens.key[i - 1].replace(/^[وف](?=..)/, '') : '';
    const adjacent = i > 0 && /^[ \t]{1,3}$/.test(text.slice(tokens.end[i - 1], tokens.start[i]));
    if (!adjacent || !noun(prev)) return new Set();
    out.add(i);
  }
  return out;
}
