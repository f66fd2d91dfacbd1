/**
 * Entity linking: the rules' mentions become the record's entities, one per key in order of first mention,
 * each with its canonical name (the knowledge base's, else the fullest form the article uses, else its Latin
 * form), its aliases and its mentions as source spans; a surname alone joins the person the knowledge base
 * knows by it in this article. Gives the linking stage the mentions in text order with their entity. Pure.
 */
import type { NewsRecord } from '../core/record.js';
import type { MentionCandidate, Span } from '../core/types.js';
import { DEFINITE_NISBA_AR } from '../extractors/arabic-shapes.js';
import { LATIN_LOWER, LATIN_UPPER, hasArabicLetter } from '../extractors/patterns.js';

type Entity = NewsRecord['entities'][number];

/** A name in Latin letters (with diacritics too: Jürgen Müller), spaces, periods, apostrophes and hyphens. */
const LATIN_FORM = new RegExp(`^[${LATIN_UPPER}${LATIN_LOWER}][${LATIN_UPPER}${LATIN_LOWER} .'-]+$`);

export interface LinkedEntities {
  entities: Entity[];
  /** cleaned-text mentions in text order, with their entity and type ('news-agency' for agencies) */
  mentions: { span: Span; id: string; type: string }[];
  /** the state the knowledge base gives an entity (a city's country), by entity id */
  countryOf: Map<string, string>;
}

/** `span` gives a cleaned span as source text and offsets; `romanize` a foreign person's Arabic name in Latin letters, or null. */
export function linkEntities(
  candidates: readonly MentionCandidate[],
  span: (s: Span) => { text: string; start: number; end: number },
  romanize: (name: string) => string | null = () => null,
): LinkedEntities {
  const entities: Entity[] = [];
  const entityOf = new Map<string, Entity>();
  const mentionSpans: { span: Span; id: string; type: string }[] = [];
  const knownDone = new Set<string>();
  const countryOf = new Map<string, string>();
  // a surname alone that a person the knowledge base knows bears in this article (President Bill Clinton ...
  // Clinton said) is that person, when one such person bears it: the rules' key joins the knowledge base's
  const kbSurnames = new Map<string, MentionCandidate | null>();
  for (const m of candidates) {
    if (m.type !== 'person' || !m.key.startsWith('kb:')) continue;
    const words = span(m).text.split(/\s+/);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    const had = kbSurnames.get(last);
    kbSurnames.set(last, had === undefined || had?.key === m.key ? m : null);
  }
  for (const m of candidates) {
    if (m.type !== 'person' || m.key.startsWith('kb:')) continue;
    const own = kbSurnames.get(span(m).text);
    if (own) joinTo(m, own);
  }
  // a ministry named without its state (the Ministry of Health) is the one a state's ministry rule named with it in this
  // article (Brazil's health ministry: Brazilian Ministry of Health), when one such ministry bears that name
  const stateMinistries = new Map<string, MentionCandidate | null>();
  for (const m of candidates) {
    if (m.type !== 'organization' || !m.rule.endsWith('/entity/state-ministry') || !m.name) continue;
    const rest = m.name.slice(m.name.indexOf(' ') + 1);
    const had = stateMinistries.get(rest);
    stateMinistries.set(rest, had === undefined || had?.key === m.key ? m : null);
  }
  if (stateMinistries.size) {
    for (const m of candidates) {
      if (m.type !== 'organization' || m.key.startsWith('kb:') || m.rule.endsWith('/entity/state-ministry')) continue;
      const own = stateMinistries.get(span(m).text);
      if (own) joinTo(m, own);
    }
  }
  // an acronym defined in brackets right after a name the knowledge base knows (South Korea's National Intelligence
  // Service (NIS)), whose defining name a rule read with its own key before the knowledge base took the span: the
  // known body, there and wherever the acronym stands
  const orgs = candidates.filter((m) => m.type === 'organization');
  for (let i = 0; i < orgs.length; i++) {
    const acr = orgs[i];
    if (acr.key.startsWith('kb:') || !acr.rule.endsWith('/entity/org-acronym')) continue;
    const before = i > 0 ? orgs[i - 1] : undefined;
    if (!before || !before.key.startsWith('kb:') || before.end > acr.start || acr.start - before.end > 2) continue;
    if (!/^[ \t]?\($/.test(span({ start: before.end, end: acr.start }).text)) continue;
    const key = acr.key;
    for (const m of orgs) if (m.key === key && !m.key.startsWith('kb:')) joinTo(m, before);
  }
  // a body's name less its state, which the knowledge base knows with it in this article (Sweden's Security Service …
  // The Security Service; جهاز الأمن الفيدرالي الروسي … جهاز الأمن الفيدرالي): that body, when one such body bears that
  // name; the state is the capitalized word before an English name (Sweden's, Swedish; after "the" too) and the definite
  // nisba after an Arabic one
  const stateless = new Map<string, MentionCandidate | null>();
  for (const m of candidates) {
    if (m.type !== 'organization' || !m.key.startsWith('kb:')) continue;
    const words = span(m).text.split(/\s+/);
    const first = words[0] === 'the' ? 1 : 0;
    const short = hasArabicLetter(words[0])
      ? words.length >= 3 && DEFINITE_NISBA_AR.test(words[words.length - 1]) ? words.slice(0, -1).join(' ') : null
      : words.length - first - 1 >= 2 && /^\p{Lu}/u.test(words[first]) ? words.slice(first + 1).join(' ') : null;
    if (short === null) continue;
    const had = stateless.get(short);
    stateless.set(short, had === undefined || had?.key === m.key ? m : null);
  }
  if (stateless.size) {
    for (const m of candidates) {
      if (m.type !== 'organization' || m.key.startsWith('kb:')) continue;
      // (English: after "the", no other state's possessive or nationality before it: Ukraine's Security Service is not
      // Sweden's)
      const text = span(m).text;
      if (!hasArabicLetter(text) && !/(?:^|\s)the\s$/i.test(span({ start: Math.max(0, m.start - 4), end: m.start }).text)) continue;
      const own = stateless.get(text);
      if (own) joinTo(m, own);
    }
  }
  for (const m of candidates) {
    const sp = span(m);
    let e = entityOf.get(m.key);
    if (!e) {
      e = {
        id: `e${entities.length + 1}`,
        type: m.type,
        // a name the knowledge base does not know is the mention as written (an Arabic body's with ل on its article,
        // للحزب الاشتراكي, by the article: the mention keeps the ل, which GOLD.md does not cut there)
        name: m.name || (m.type === 'organization' && /^لل[\u0621-\u064A]/.test(sp.text) ? `ال${sp.text.slice(2)}` : sp.text),
        ...(m.name_ar ? { name_ar: m.name_ar } : {}),
        aliases: [],
        ...(m.key.startsWith('kb:') ? { kb: m.key.slice(3) } : {}),
        ...(m.wikidata ? { wikidata: m.wikidata } : {}),
        mentions: [],
      };
      entityOf.set(m.key, e);
      entities.push(e);
    }
    e.mentions.push({ text: sp.text, start: sp.start, end: sp.end, rule: m.rule });
    if (sp.text !== e.name && sp.text !== e.name_ar && !e.aliases.includes(sp.text)) e.aliases.push(sp.text);
    if (m.country) countryOf.set(e.id, m.country);
    if (m.known && !knownDone.has(e.id)) {
      knownDone.add(e.id);
      const seen = new Set([e.name, ...e.aliases].map((a) => a.toLowerCase()));
      for (const a of m.known) {
        if (seen.has(a.toLowerCase())) continue;
        seen.add(a.toLowerCase());
        e.aliases.push(a);
      }
    }
    // (a place inside an organization's name is no speaker or claimant: the organization is)
    if (m.nested) continue;
    // a news agency reports; it is not "the company" or "the organization" a story speaks of
    mentionSpans.push({ span: m, id: e.id, type: m.kind === 'news-agency' ? 'news-agency' : e.type });
  }
  // a person the KB does not know is named by the fullest form the article uses (محمود عباس, not a
  // headline's عباس before it); the shorter forms stay aliases
  for (const e of entities) {
    if (e.kb || e.type !== 'person') continue;
    const words = (t: string) => t.split(/\s+/).length;
    const fullest = e.mentions.reduce((best, m) => (words(m.text) > words(best) ? m.text : best), e.name);
    if (fullest === e.name) continue;
    e.aliases = [e.name, ...e.aliases.filter((a) => a !== fullest && a !== e.name)];
    e.name = fullest;
  }
  // an entity the KB does not know, written in both scripts: the Latin form is its name
  for (const e of entities) {
    if (e.kb || !/[\u0600-\u06FF]/.test(e.name)) continue;
    // (of a body, one word too when it is a name and no acronym: Zeltranet, not IRA)
    const latin = e.mentions.find((m) => LATIN_FORM.test(m.text) && (m.text.includes(' ') || (e.type === 'organization' && /[a-z]/.test(m.text))));
    if (latin) {
      e.name_ar = e.name;
      e.name = latin.text;
      e.aliases = e.aliases.filter((a) => a !== latin.text);
      if (!e.aliases.includes(e.name_ar) && e.mentions[0].text !== e.name_ar) e.aliases.push(e.name_ar);
      continue;
    }
    // a person written in Arabic letters alone: the Latin name its words spell (جاريد كوشنر: Jared Kushner), the
    // Arabic name its name_ar (src/link/romanize.ts)
    const latinName = e.type === 'person' ? romanize(e.name) : null;
    if (latinName) {
      e.name_ar = e.name;
      e.name = latinName;
    }
  }
  return { entities, mentions: mentionSpans, countryOf };
}

/** Makes candidate m a mention of the entity `own` is one of (its key, names and knowledge-base identity), in place. */
function joinTo(m: MentionCandidate, own: MentionCandidate): void {
  Object.assign(m, { key: own.key, name: own.name, name_ar: own.name_ar, wikidata: own.wikidata, known: own.known });
}
