/**
 * People the knowledge base does not know, by the cues rule-based NER uses:
 *  - title-name: a title or role right before a name (President Vladimir Putin, coach Joe Smith,
 *    الرئيس الروسي فلاديمير بوتين); the title is left out of the span;
 *  - given-name: a known given name and the name words after it (Sam Woolley, جانيت مانفرا، غيث الطراونة);
 *  - nisba-name (Arabic): a nationality used as a noun and the name after it (الكرواتي إيفان ليوبيسيتش), when
 *    no definite word before it makes it an adjective (الجيش الإسرائيلي قصف);
 *  - latin-form: an Arabic name followed by its Latin spelling (جانيت مانفرا Jeanette Manfra) is one person;
 *  - initial-name (English): initials and a name (M. Waugh, K.J. Matthew) unless the name is a known place or
 *    the initials a place's abbreviation (U.S. Attorneys);
 *  - name-country (English): two or three name words and a country in brackets, as sports pages list
 *    athletes (Renate Goetschl ( Austria ), Budi Santoso (Indonesia)), unless a word is a place or a head;
 *  - kunya-name: a kunya (resource given-names.kunya: أبو، Abu) and the name after it (أبو خوصة، أبو مصعب الزرقاوي);
 *  - repeated-name: a full name found once, wherever the article writes it again;
 *  - short-form: later in the same article, a full name's last or first word alone (Manfra, جانيت) is
 *    the same person;
 *  - speaker-name (Arabic): one or two words right after a name verb and before إن/أن or the speaker's office
 *    (وقال ليبرمان إن، وقال جان دوبوا رئيس المعهد);
 *  - caps-surname (English): a given name and a surname in capitals (Anne LEFEBVRE), named Anne Lefebvre;
 *  - title-body-name (Arabic): a title, the body or place it serves as the knowledge base names it, then the name (الباحث في
 *    شركة كاسبرسكي ...، مذيع CNN ...، وزير خارجية إيران ...), read at the dictionary hit of the body or place.
 * Names are the mention as written (no English form is invented for an Arabic name; caps-surname only lowers capitals).
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import { fold, type Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import { Lines } from '../core/spans.js';
import { ARABIC as ARABIC_TOKEN, CAP, WORD as WORD_TOKEN, tokenAt } from '../core/tokens.js';
import type { Extractor } from '../core/types.js';
import { AR_PROCLITIC_PREFIXES, CLOSING_QUOTES, END, OPENING_QUOTES, LATIN_LOWER, LATIN_UPPER, SPACES_1_4, START, WORD_CHARS, allCapitals, alt, compile, endingTest, lookupKey, lowerWordsOf, matchAll, matchAtAnchors, mayHaveProclitic, scanFrom, wordAnchors, wordAt, wordRuns, wordScan, wordStart, givenNamesOf, orgKey } from './patterns.js';
import { commonWords, englishVocabulary, kbHitEnd, kbNames, kbNamesEn } from './lexicon.js';
import { apposedCompany } from './organizations.js';
import { BARE_TRILITERAL_AR, DEFINITE_IFAL_AR, DEFINITE_NISBA_AR, DERIVED_DEFINITE_AR, FUTURE_AR, IFAL_AR, IFTIAL_AR, IMPERFECT_AR, NOT_NAME_AFTER_AR, NOT_SURNAME_AR, NOUN_SHAPED_AR, PAST_FEMININE_AR, PAST_VERB_AR, PREPOSED_NOUN_AR, PRONOUN_SUFFIXED_AR, TRIBAL_PLURAL_AR, longForeign, nameShapedAr } from './arabic-shapes.js';

const SP = SPACES_1_4;
/** Arabic: one or two words after a kunya's name and a comma closing them (أبو الحسن | فيروز آبادي،). */
const KUNYA_MORE_AR = /^[ \t]{1,4}([\u0621-\u064A]{2,14}(?:[ \t]{1,4}[\u0621-\u064A]{2,14})?)[ \t]*[،,]/;
/** A capitalized English name word (O'Brien, McCaul, Jean-Luc; not the possessive 's: Morrison's is Morrison); particles may join them. */
/** What may continue an English name word: an apostrophe or a hyphen and more letters, never the possessive 's. */
// (the letters with diacritics too: Gangås, Müller, Sánchez; patterns.LATIN_UPPER, LATIN_LOWER)
const UP = `[${LATIN_UPPER}]`;
const LOW = `[${LATIN_LOWER}]`;
const EN_NAME_TAIL = `(?:['’](?!s(?![a-z]))${UP}?${LOW}+|-${UP}?${LOW}+)`;
// (and a one-letter prefix with an apostrophe: O'Neill, D'Angelo)
const EN_NAME = `${UP}${LOW}+${EN_NAME_TAIL}*|[A-Z]['’]${UP}${LOW}+${EN_NAME_TAIL}*|${UP}${LOW}*${UP}${LOW}+`;
/** An Arabic name word: letters only, or a compound عبد + a definite word (عبد الرحمن); the first of a name has no article (checked in code). */
const AR_NAME = '(?:عبد[ \\t]?ال[\\u0621-\\u064A]{2,12}|[\\u0621-\\u064A]{2,16})';
const WORD = new RegExp(`[${WORD_CHARS}]+`, 'g');
/** An Arabic name's words: a compound عبد + a definite word (عبد الله) is one. */
const NAME_WORD_AR = /عبد[ \t]+ال[^ \t]+|[^ \t]+/g;
/** A Latin word with hyphenated parts, at the start: Guerrero-Saade. */
const HYPHENATED = /^[A-Za-z]+(?:-[A-Za-z]+)+/;
const APOSTROPHED = /^[A-Z]['’][A-Z][a-z]+(?![A-Za-z])/;

/**
 * The letters a proclitic takes off an Arabic word (و، ف، ب، ك، ل and their pairs, longest first), by the first form
 * without it, three letters or more, that `has` holds; -1 when none does.
 */
function procliticSkip(word: string, has: (form: string) => boolean): number {
  for (const p of AR_PROCLITIC_PREFIXES) if (word.startsWith(p) && word.length - p.length > 2 && has(word.slice(p.length))) return p.length;
  return -1;
}

/** The shapes of a set of words, each its length and first letter as one number (mayBeForm). */
function shapesOf(words: Iterable<string>): Set<number> {
  const shapes = new Set<number>();
  for (const w of words) shapes.add(w.length * 0x10000 + w.charCodeAt(0));
  return shapes;
}

/**
 * Whether the word of `len` characters at `at` can be one of the words whose shapes these are: the same length and first
 * letter, in capitals too (a capital's lower case keeps both), or (Arabic) less a proclitic of one or two letters, as
 * procliticSkip cuts them. Asked by character code, before the word is sliced out of the text.
 */
function mayBeForm(shapes: ReadonlySet<number>, text: string, at: number, len: number, arabic: boolean): boolean {
  if (shapes.has(len * 0x10000 + text.charCodeAt(at))) return true;
  if (!arabic) return false;
  // (procliticSkip keeps three letters at least after the proclitic)
  for (const p of PROCLITIC_LENGTHS) if (len - p > 2 && shapes.has((len - p) * 0x10000 + text.charCodeAt(at + p))) return true;
  return false;
}
/** The lengths of the Arabic proclitics procliticSkip cuts (1, 2). */
const PROCLITIC_LENGTHS = [...new Set(AR_PROCLITIC_PREFIXES.map((p) => p.length))];

/** Two or three capitalized Latin words right after a name, bare or in brackets. */
const LATIN_AFTER = new RegExp(`^[ \\t]{1,3}\\(?[ \\t]?(?<latin>${UP}${LOW}+(?:[ \\t]${UP}${LOW}+){1,2})(?![${LATIN_UPPER}${LATIN_LOWER}])`);

/** The Arabic word right before a position. */
const PREV_WORD_AR = /([\u0621-\u064A]+)[ \t]{1,4}$/;
/** A Latin word right before a position, one or two spaces between (bounded: the text before is sliced short). */
const PREV_WORD_EN = /(?<![A-Za-z])([A-Za-z]{1,12})[ \t]{1,2}$/;
const precedingWord = (text: string, at: number): string => PREV_WORD_EN.exec(text.slice(Math.max(0, at - 16), at))?.[1] ?? '';
/** What may follow a one-word foreign name after a nationality: a comma, a stop, a bracket, a number, و, a preposition or a relative. */
const ALONE_AFTER_AR = /^[ \t]{0,2}(?:[،,.)(:؛]|[0-9]|و[\u0621-\u064A]|(?:مع|على|علي|في|من|عن|الي|ضد|الذي|التي)(?:[ \t]|$))/;
/** A first name word that opens a phrase: a preposition glued to the article (للرئيس، بالحكومة). */
const PREPOSITION_FIRST_AR = /^[وف]?(?:لل|بال|كال)/;
/** كال and one or two letters (كالين، كالوم): too short for ك, the article and a word, a foreign name's shape. */
const SHORT_KAL_AR = /^كال[\u0621-\u064A]{1,2}$/;
/** A Latin given name as a word: letters (Latin-1 and Latin Extended too), hyphenated parts (Ann-Marie). */
const LATIN_NAME_WORD = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+(?:-[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+)*$/;

/** The pronouns of a role's owner glued to an Arabic role's head (رئيسها، مديرهم): the company's or the body's spoken of. */
const ROLE_OWNER_FORMS_AR = ['ها', 'هم', 'هما', 'ه'];
const ROLE_OWNER_AR = ROLE_OWNER_FORMS_AR.join('|');

/** Arabic words that start a new phrase rather than continue a name: و + word, لل/بال/وال... */
const NEW_PHRASE_AR = /^(?:و[\u0621-\u064A]{2}|لل|بال|فال|كال)/;

/**
 * What a list of candidates covers, asked position by position: the spans sorted once, a binary search per
 * question (a set of every covered position would grow with the text's length).
 */
function coverage(spans: readonly { start: number; end: number }[]): { has(at: number): boolean; add(start: number, end: number): void } {
  const extra: { start: number; end: number }[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // the furthest end among the spans that start at or before each one
  const reach: number[] = [];
  let far = -1;
  for (const s of sorted) reach.push((far = Math.max(far, s.end)));
  return {
    has(at: number): boolean {
      let lo = 0;
      let hi = sorted.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].start <= at) (k = mid), (lo = mid + 1);
        else hi = mid - 1;
      }
      return (k >= 0 && reach[k] > at) || extra.some((e) => e.start <= at && e.end > at);
    },
    add(start: number, end: number) {
      extra.push({ start, end });
    },
  };
}

/**
 * English: a name and its regnal number one space apart, read at the numbers' tokens (Henry VIII, Louis XIV): a given
 * name of the lists, or any capitalized word right after a sovereign's title (King Baudouin II); after such a title also
 * I (Queen Elizabeth I), which elsewhere is the pronoun.
 */
function regnalNames(doc: Doc, regions: readonly Region[], numbers: ReadonlySet<string>, titles: ReadonlySet<string>, given: ReadonlySet<string>, rule: string, out: MentionCandidate[]): void {
  const t = doc.tokens;
  if (!t) return;
  const text = doc.text;
  for (const r of regions) {
    for (let i = tokenAt(t, r.start) + 1; i < t.length && t.start[i] < r.end; i++) {
      // (a numeral opens with I, V or X: the other words are passed before they are sliced)
      const c = text.charCodeAt(t.start[i]);
      if ((c !== 73 && c !== 86 && c !== 88) || t.kind[i] !== WORD_TOKEN || t.end[i] - t.start[i] > 5) continue;
      const num = text.slice(t.start[i], t.end[i]);
      if (num !== 'I' && !numbers.has(num)) continue;
      const n = i - 1;
      if (t.kind[n] !== WORD_TOKEN || (t.flags[n] & CAP) === 0 || t.start[n] < r.start || t.start[i] - t.end[n] !== 1) continue;
      const titled = n > 0 && t.kind[n - 1] === WORD_TOKEN && titles.has(t.key[n - 1]) && t.start[n] - t.end[n - 1] === 1;
      if (!titled && (num === 'I' || !given.has(text.slice(t.start[n], t.end[n])))) continue;
      out.push({ start: t.start[n], end: t.end[i], rule, type: 'person', key: `person:${text.slice(t.start[n], t.end[i]).toLowerCase()}`, name: '' });
    }
  }
}

export function personExtractors(lang: Lang, res: LangResources, kb: readonly KbEntry[] = []): Extractor<'mentions'>[] {
  // Arabic: a noun of relation with a possessive pronoun is a title before a name (زميله بوزاني، لاعبتها أمنية)
  const relationForms = res.titles.relations.flatMap((r) => (r.endsWith('ة') ? ['ته', 'تها', 'تهم', 'تهما'].map((x) => r.slice(0, -1) + x) : ['ه', 'ها', 'هم', 'هما'].map((x) => r + x)));
  const titleList = [...res.titles.titles, ...relationForms];
  const stop = new Set([
    ...res['function-words'].words,
    ...res['given-names'].not_names,
    // a verb after a title or a given name starts the predicate (الملكة قالت، الرئيس أكد)
    ...res['speech-verbs'].verbs.filter((v) => !v.includes(' ')),
    // (and so does a verb of accusing or denying: اتهمت وزيرة الدفاع، نفى المتحدث)
    ...res['speech-verbs'].claim_cues.filter((v) => !v.includes(' ')),
    ...titleList,
    ...res.months.months.flatMap((m) => m.names),
    ...res.weekdays.weekdays.flatMap((w) => w.names),
    ...res['relative-dates'].relative.flatMap((r) => r.phrases),
    // an office or an organization's head word starts a new phrase (مسعود البارزاني رئيس حكومة), and so does a number word
    // or a direction (يونس جنوب لبنان; not its adjective, شرقي, which may be a family name)
    ...res.titles.role_heads,
    ...res.organizations.heads,
    ...res.organizations.direction_words.filter((d) => !d.endsWith('ي')),
    ...res['number-words'].ones.flatMap((o) => o.phrases),
    ...res['number-words'].tens.flatMap((o) => o.phrases),
    // (nor is a hostile actor's noun a name: الوزير قراصنة أجانب is no minister called so)
    ...res.attribution.actors.filter((w) => !w.includes(' ')),
    ...res.attribution.weak_actors.filter((w) => !w.includes(' ')),
  ].map(lookupKey));
  // (a month's short form that is also a given name opens a name before another word: Jan Kubis; alone it is the month)
  const monthGiven = new Set(res.months.months.flatMap((m) => m.names.filter((n, k) => k > 0 && m.names[0].startsWith(n))).map(lookupKey).filter((k) => givenNamesOf(res).keys.has(k)));
  const titleWords = new Set(titleList.map(lookupKey));
  /** the prepositions that tie a person to the body after them (Mike Powell of …: speech-verbs.person_of) */
  const personOf = new Set(res['speech-verbs'].person_of.map(lookupKey));
  const particles = new Set(res['given-names'].particles.map(lookupKey));
  const nasab = new Set(res['given-names'].nasab.map(lookupKey));
  // (as written and as the cleaned text writes them: its alef forms are folded, أحمد is احمد there)
  const givenNames = givenNamesOf(res).writtenOrFolded;
  const givenKeys = givenNamesOf(res).keys;
  const functionWordSet = new Set(res['function-words'].words.map(lookupKey));
  // English: the regnal numbers (the Roman numerals of the suffixes, II to XXIII) and a sovereign's titles, after which
  // I is one too
  const regnalNumbers = new Set(lang === 'en' ? res['given-names'].suffixes.filter((x) => /^[IVX]+$/.test(x)) : []);
  const regnalTitles = new Set(res.titles.regnal.map(lookupKey));
  const ordinals = new Set(res.ordinals.ordinals.flatMap((o) => o.phrases).flatMap((p) => [lookupKey(p), lookupKey(`ال${p}`)]));
  // (a title the language abbreviates is also written with its dot: د. أحمد)
  const abbreviated = new Set(res.abbreviations.abbreviations.map(lookupKey));
  // (Arabic: a definite title after ل drops its alef, للملك، للرئيس: that form too)
  const contracted = lang === 'ar' ? titleList.filter((t) => t.startsWith('ال')).map((t) => `ل${t.slice(1)}`) : [];
  const titles = alt([...titleList, ...contracted, ...titleList.filter((t) => abbreviated.has(lookupKey(t))).map((t) => `${t}.`)]);
  const NAME = lang === 'en' ? `(?:${EN_NAME})` : AR_NAME;
  // particles inside names (von der, bin, آل) come from the resources
  const particle = alt(res['given-names'].particles);
  const AR_PARTICLE = particle;
  // (up to two particles between name words: van den, de la; a generational suffix after the last: Jr., III)
  const suffixes = res['given-names'].suffixes;
  const suffix = suffixes.length ? `(?:${SP}(?:${alt(suffixes)})(?![A-Za-z]))?` : '';
  // (a later word may carry a particle and a hyphen, as the English press writes Arab family names: Omar al-Haddadi)
  const hyphenParticles = res['given-names'].hyphen_particles;
  const HYPHENED = hyphenParticles.length ? `(?:(?:${alt(hyphenParticles)})-)?` : '';
  const NEXT_NAME = `${HYPHENED}${NAME}`;
  const nameTail = `(?:${SP}(?:${particle}${SP}){0,2}${NEXT_NAME}){0,2}${lang === 'en' ? suffix : ''}`;
  const nameWords = `${NAME}${nameTail}`;
  // (Arabic: adjectives after the title, as the nisba adjectives there: الرئيس السابق، رجل الأعمال الهارب)
  // (tried before a nisba's shape, which a listed phrase may open: المنتهية ولايته)
  const titleAdjectives = res.titles.title_adjectives.length ? `(?:${alt(res.titles.title_adjectives)})(?![\\u0621-\\u064A])|` : '';
  // English: an office's complement between the title and the name, one or two, opened by titles.office_preps (Minister
  // for Communications, Minister of State for Communications): capitalized words, the fewest that leave a name after
  // them; the name is then its last two words (titleRe, office)
  const officeComplementEn = lang === 'en' && res.titles.office_preps.length
    ? `(?:${SP}(?:${alt(res.titles.office_preps)})${SP}(?:the${SP})?(?<office>[A-Z][a-z]+(?:${SP}(?:and${SP})?[A-Z][a-z]+){0,3}?)){0,2}`
    : '';
  const titleRe = lang === 'en'
    ? compile(`${START}(?<cue>${titles}${officeComplementEn}${SP})(?<name>${nameWords})${END}`, 'y')
    : compile(`${wordStart(lang)}(?<cue>${titles}(?:${SP}(?:${titleAdjectives}ال[\\u0621-\\u064A]{2,14}(?:ي|ية))){0,2}(?<comma>[ \\t]{0,4}[،,])?${SP})(?<name>${AR_NAME}(?:${SP}(?:${AR_PARTICLE}${SP})?${AR_NAME}){0,3})${END}`, 'y');
  const titleAnchors = wordAnchors([...titleList, ...contracted], lang === 'ar');
  const officePreps = new Set(res.titles.office_preps.map(lookupKey));
  // (a body's head in construct between the office's head and its definite words: رئيسة لجنة الدفاع، رئيس هيئة الأركان)
  const orgHeads = lang === 'ar' && res.organizations.heads.length ? alt(res.organizations.heads) : '';
  const constructHead = orgHeads ? `(?:${SP}(?:${orgHeads}))?` : '';
  // (and a complement opened by a preposition of offices among them: رئيسة لجنة الدفاع في البرلمان)
  const officeComplement = lang === 'ar' && res.titles.office_preps.length ? `|${SP}(?:${alt(res.titles.office_preps)})${SP}ال[\\u0621-\\u064A]{2,14}` : '';
  // Arabic: an office named by its head and definite words, then the name (رئيس الوزراء البريطاني توني بلير; past
  // the first, a definite word may carry و or a preposition: وزير الطاقة والنفط، مدير الموارد البشرية بالشركة)
  // (or a word of rank and the office's plural, in construct before its definite words or definite itself: كبير مفوضي
  // الانتخابات، كبير المحققين; or before a body's head in construct and its definite words: كبير أمناء مجلس الوزراء)
  const headBeforeDefinite = orgHeads ? `(?:(?:${orgHeads})${SP})?` : '';
  const rankHead = res.titles.rank_heads.length ? `|(?:${alt(res.titles.rank_heads)})(?:${SP}(?!ال)[\u0621-\u064A]{2,14}(?=${SP}${headBeforeDefinite}ال))?` : '';
  const roleRe = res.titles.role_heads.length && lang === 'ar'
    ? compile(`${wordStart(lang)}(?<cue>(?:${alt(res.titles.role_heads)}${rankHead})(?:${ROLE_OWNER_AR})?${constructHead}(?:${SP}ال[\\u0621-\\u064A]{2,14})(?:${SP}(?:[وب]?ال|لل)[\\u0621-\\u064A]{2,14}${officeComplement}){0,4}${SP})(?<name>${AR_NAME}(?:${SP}(?:${AR_PARTICLE}${SP})?${AR_NAME}){0,3})${END}`, 'y')
    : null;
  // (the role with the owner's pronoun on it too: رئيسها التنفيذي فلان، مديرهم العام فلان)
  const roleAnchors = wordAnchors(lang === 'ar' ? [...res.titles.role_heads.flatMap((h) => [h, ...ROLE_OWNER_FORMS_AR.map((p) => h + p)]), ...res.titles.rank_heads] : res.titles.role_heads, true);
  // (tried only where a word opening a given name starts: matchAtAnchors, givenAnchors)
  // (English: the word is any name-shaped word, checked against the list in code: the list's 11k names as one
  // alternation made a 60 KB regex whose compiling alone cost ~90 ms of a run's start-up; a name is one word of
  // letters and hyphens followed by a space either way, so the matches are the same)
  const givenForms = givenNamesOf(res).folded;
  const givenByWord = lang === 'en' && [...givenForms].every((n) => LATIN_NAME_WORD.test(n));
  const givenRe = lang === 'en'
    ? compile(`${START}(?<name>${givenByWord ? `(?<g>${LATIN_NAME_WORD.source.slice(1, -1)})` : alt(res['given-names'].names)}${SP}(?:(?:${particle})${SP}){0,2}${NEXT_NAME}${nameTail})${END}`, 'y')
    : compile(`${wordStart(lang)}(?<name>${alt(res['given-names'].names)}${SP}(?:${AR_PARTICLE}${SP})?${AR_NAME}(?:${SP}(?:${AR_PARTICLE}${SP})?${AR_NAME}){0,3})${END}`, 'y');
  const givenAnchors = wordAnchors(res['given-names'].names, lang === 'ar');
  // English: a given name and a surname in capitals, as French and other European press releases write it (Jean-Paul
  // MARTIN): the surname three letters or more with a vowel, no acronym the lists or the knowledge base know, no Roman
  // numeral; named with the surname in lower case after its capital (Jean-Paul Martin)
  const capsSurnameRe = lang === 'en' ? compile(`${START}(?<g>${LATIN_NAME_WORD.source.slice(1, -1)})[ \\t](?<s>[A-Z]{3,}(?:-[A-Z]{2,})?)(?![A-Za-z0-9_])`, 'y') : null;
  const notAcronymsEn = new Set(res.organizations.not_acronyms);

  // Arabic: a given name that is also a common word (علي) starts a name only before another given name, عبد
  // or a particle (علي عبد الله صالح، علي حسن المجيد; not علي الأرض، علي رأس)
  const ambiguousGiven = res['given-names'].ambiguous;
  const ambiguousRe = lang === 'ar' && ambiguousGiven.length
    ? compile(`${wordStart(lang)}(?<name>(?:${alt(ambiguousGiven)})${SP}(?<second>${AR_NAME})(?:${SP}(?:${AR_PARTICLE}${SP})?${AR_NAME}){0,2})${END}`, 'y')
    : null;
  const ambiguousAnchors = wordAnchors(ambiguousGiven, true);
  // (not a word's shape: texts that write على as علي also write ى as ي, so علي الفرنسي, علي مستوي are no names)
  const surnameShaped = (w: string) => givenNames.has(w) || particles.has(lookupKey(w)) || w.startsWith('عبد');
  const sv = res['speech-verbs'];
  // Arabic: one or two words right after a name verb and before إن/أن, a colon, a comma or the speaker's office in
  // construct with its body (وقال ليبرمان إن، وأضاف الأعرجي أن، وقال جان دوبوا رئيس المعهد). (English had the
  // capitalized words right before "said" too, and a lone one the article never writes after a first name as a body
  // speaking: both added nothing on any development set, issue 18's audit, and went.)
  const speakerRe = !sv.name_verbs.length || lang !== 'ar'
    ? null
    : compile(`${wordStart(lang)}(?:${alt(sv.name_verbs)})${SP}(?<name>[\\u0621-\\u064A]{2,15}(?:${SP}(?!(?:إن|أن|ان)${END})[\\u0621-\\u064A]{2,15})?)${END}(?=[ \\t]{0,4}[:،,"«“]|[ \\t]{1,4}(?:إن|أن|ان)${END}|[ \\t]{1,4}(?:${alt(res.titles.role_heads)})[ \\t]{1,4}(?:ال|لل)${res.titles.spokesman_roles.length ? `|[ \\t]{1,4}(?:${alt(res.titles.spokesman_roles)})${END}` : ''}|[ \\t]{1,4}ل(?:${alt([...res.organizations.name_heads, ...res.organizations.heads])})${END})`, 'y');
  const speakerAnchors = wordAnchors(sv.name_verbs, true);
  // Arabic: two or three words right after a verb of denying or accusing, then a comma and a title set off after them
  // (ونفى إيلان شور، رجل الأعمال الهارب …، أنه): the words a name, checked as the name verbs' are
  const appositiveVerbs = lang === 'ar' ? sv.claim_cues.filter((c) => !c.includes(' ')) : [];
  const appositiveRe = !appositiveVerbs.length || !res.titles.titles.length
    ? null
    : compile(`${wordStart(lang)}(?:${alt(appositiveVerbs)})${SP}(?<name>[\u0621-\u064A]{2,15}${SP}[\u0621-\u064A]{2,15}(?:${SP}[\u0621-\u064A]{2,15})?)${END}(?=[ \t]{0,2}[،,]${SP}(?:${alt(res.titles.titles)})${END})`, 'y');
  const appositiveAnchors = wordAnchors(appositiveVerbs, true);
  // Arabic: the speaker's office, then the name, after a name verb (وقال رئيس المديرية، يوسي كارادي، إن؛ وقال الخبير في
  // الأمن المعلوماتي يزيد بوعنان لوكالة ... إن): a title, or a role head and a definite word, with up to three definite
  // words or a preposition of its complement (titles.office_preps: في) and one after; a comma or none; two or three name words; then a comma, إن/أن, ل and the one spoken to, or quoted words (a colon before them or not)
  // (or where or when the words were said, a preposition of place, medium or date and up to three words, before إن، أن or a
  // colon: وقال رئيس المفوضية وافولا تشيبوكاتي في مؤتمر صحفي: "…"، وقال الوزير بودي آري سيتيادي يوم الأربعاء إن)
  const wherePreps = [...new Set([...sv.place_preps, ...sv.medium_preps, ...sv.date_preps])];
  const whereSaid = wherePreps.length ? `|[ \t]{1,4}(?:${alt(wherePreps)})[ \t]{1,4}[\u0621-\u064A]{2,15}(?:[ \t]{1,4}[\u0621-\u064A]{2,15}){0,2}[ \t]{0,4}(?::|(?:إن|أن|ان)${END})` : '';
  const officeSpeakerRe = !sv.name_verbs.length || lang !== 'ar' || !res.titles.role_heads.length
    ? null
    : compile(`${wordStart(lang)}(?:${alt(sv.name_verbs)})${SP}(?:${alt(titleList)}|(?:${alt(res.titles.role_heads)})${SP}ال[\u0621-\u064A]{2,14})(?:${SP}(?:(?:[وب]?ال|لل)[\u0621-\u064A]{2,14}${res.titles.office_preps.length ? `|(?:${alt(res.titles.office_preps)})${SP}ال[\u0621-\u064A]{2,14}` : ''})){0,3}(?<comma>[ \t]{0,4}[،,])?${SP}(?<name>[\u0621-\u064A]{2,15}(?:${SP}(?!(?:إن|أن|ان)${END})[\u0621-\u064A]{2,15}){1,2})${END}(?=(?<close>[ \t]{0,4}[،,])|[ \t]{1,4}(?:إن|أن|ان)${END}|[ \t]{1,4}ل[\u0621-\u064A]{2,}|[ \t]{0,4}:?[ \t]{0,4}["«“]${whereSaid})`, 'y');
  const notBefore = res['given-names'].not_before.length && lang === 'ar'
    ? new RegExp(`(?:^|[^\\u0621-\\u064A])(?:${alt(res['given-names'].not_before)})[ \\t]+$`)
    : null;
  // nor an unnamed speaker, a generic noun or an organization's head word (قالت شركة أكمي: a company)
  const relativesAr = new Set(lang === 'ar' ? sv.relatives.map(lookupKey) : []);
  const notSpeaker = new Set([...sv.unnamed, ...sv.nominal, ...res.organizations.heads, ...res.organizations.definite_heads, ...res.organizations.name_heads].flatMap((p) => lookupKey(p).split(' ')));

  /**
   * A surname that opens with و and a long vowel (وودورد، ويليامز) is foreign, not و + a word: six letters or
   * more, no common-noun shape, and what follows the و neither a given name (وأحمد) nor an imperfect verb (ويقول).
   */
  const foreignW = (w: string): boolean =>
    (/^وال[\u0621-\u064A]{2}$/.test(w) && !stop.has(lookupKey(w.slice(1)))) ||
    // (or فال، بال، كال opening a foreign name, فالستروم، فالنتينا، بالمر: past the proclitic no definite word of the lists,
    // nor a definite derived noun's or a noun's shape, فالحكومة، بالتعاون، كالمعتاد)
    (/^[فبك]ال[\u0621-\u064A]{3,}$/.test(w) && !common(w.slice(1)) && !common(w.slice(3)) && !stop.has(lookupKey(w.slice(1))) && !functionWordSet.has(lookupKey(w.slice(1))) && !/(?:ة|ات|ون|ين|ية|ي|ا)$/.test(w) && !NOUN_SHAPED_AR.test(w.slice(3)) && !DERIVED_DEFINITE_AR.test(w.slice(1)) && !DEFINITE_IFAL_AR.test(w.slice(1))) ||
    // (and كال with one or two letters after it, too short for the article and a word: كالين، كالوم)
    (SHORT_KAL_AR.test(w) && !common(w) && !stop.has(lookupKey(w)) && !functionWordSet.has(lookupKey(w.slice(1))) && !functionWordSet.has(lookupKey(w))) ||
    (/^و[وي][\u0621-\u064A]{4,}$/.test(w) && !NOUN_SHAPED_AR.test(w) && !PRONOUN_SUFFIXED_AR.test(w) && !givenNames.has(w.slice(1)) && !/^ي[\u0621-\u064A]{2,4}$/.test(w.slice(1))) ||
    // (or و and ا, as W is written before a vowel, واتسون، وارنر: what follows the و no word of the lists and no verb's or
    // verbal noun's shape, وانتقد، واستمر، وإخراج)
    (/^وا[^ل][\u0621-\u064A]{3,}$/.test(w) && !NOUN_SHAPED_AR.test(w) && !PRONOUN_SUFFIXED_AR.test(w) && !PAST_VERB_AR.test(w.slice(1)) && !IFTIAL_AR.test(w.slice(1)) && !/^ا(?:ست|ن|[\u0621-\u064A]ت)/.test(w.slice(1)) && !IFAL_AR.test(w.slice(1)) && !common(w.slice(1)) && !common(w) && !givenNames.has(w.slice(1)) && !stop.has(lookupKey(w)) && !stop.has(lookupKey(w.slice(1))));
  /** A given name with the article (الأحمد، الحسين): a patronym in a name chain. */
  const patronym = (w: string): boolean => w.startsWith('ال') && w.length >= 5 && givenKeys.has(lookupKey(w.slice(2))) && !stop.has(lookupKey(w));
  /** A definite family name in ات that no list takes for a plural (الطاهات، الزريقات; not الانتخابات، المفاوضات). */
  const familyInAt = (w: string): boolean => /^ال[\u0621-\u064A]{3,8}ات$/.test(w) && !DERIVED_DEFINITE_AR.test(w) && !common(w) && !stop.has(lookupKey(w));
  /** The length of a name cut before its first common word (stop list); 0 when it starts with one. */
  const ambiguousSet = new Set(res['given-names'].ambiguous.flatMap((n) => [n, fold(n)]));
  const suffixSet = new Set(res['given-names'].suffixes);
  const suffixAfterAr = lang === 'ar' && suffixSet.size ? new RegExp(`^[ \t]{1,2}(?:${alt([...suffixSet])})(?![\u0621-\u064A])`) : null;
  /**
   * After a title, a definite word that may be the family name of a first name the lists lack (د. عزيز الدويك): four
   * letters or more past the article, no common or stop word, no verbal noun's or participle's shape (القول، التأكيد، الإعلان).
   */
  const titledSurname = (w: string): boolean =>
    w.length >= 6 && !NOT_SURNAME_AR.test(w) && !DERIVED_DEFINITE_AR.test(w) && !DEFINITE_IFAL_AR.test(w) && !common(w) && !stop.has(lookupKey(w));
  /**
   * English: whether the last of two or three name words is a title word that is the surname (John Major, Billie Jean
   * King): no function word, and the words before it given names (of two words, only when `givenFirst`).
   */
  const titleSurnameLast = (words: readonly string[], givenFirst: boolean): boolean => {
    const last = words[words.length - 1];
    if ((words.length !== 2 && words.length !== 3) || !titleWords.has(lookupKey(last)) || functionWordSet.has(last.toLowerCase())) return false;
    return (!givenFirst && words.length === 2) || words.slice(0, -1).every((w) => givenNames.has(w));
  };
  /**
   * Whether a word may read as a proclitic and a word, as foreignWord's `first` asks: one opening with a verb's prefix
   * (ت ي ن: تجاوب) always; one opening with a proclitic's letter (ب ل ف و ك) when it is a word of the lists itself (لاعبي:
   * لاعب in construct), the rest is a common or function word (بمستوى; the cleaned text writes its ى as ي, as some texts do) or it
   * is an imperfect verb; else it may be a foreign name's word (بلانيسي، فورت).
   */
  const wordAfterProclitic = (w: string): boolean => {
    const rest = w.slice(1);
    // (nor a word of the lists itself, or in construct before a noun, its ي the plural's: لاعبي الفريق)
    const listed = (x: string) => common(x) || stop.has(lookupKey(x));
    return !/^[بلفوك]/.test(w) || listed(w) || (w.endsWith('ي') && listed(w.slice(0, -1))) || common(rest) || functionWordSet.has(lookupKey(rest)) || IMPERFECT_AR.test(w);
  };
  // (a state's name after a name's first word is the verb's object or a place, no surname: ولم يدخل موسى فلسطين، زار سامي مصر)
  const stateWordsAr = lang === 'ar' ? new Set([...kbNames(kb, 'state', 'ar')].filter((a) => !/\s/.test(a)).map(lookupKey)) : new Set<string>();
  const keptLength = (name: string, firstIsName = false, cued = false): number => {
    // (عبد الله, عبد العزيز: one name word)
    const words = [...name.matchAll(lang === 'ar' ? NAME_WORD_AR : /[^ \t]+/g)];
    // a common word, or (Arabic) a word with a conjunction or preposition glued on, starts a new phrase
    // an ambiguous given name (علي) inside a name is a name word when a surname-shaped word follows (محمد علي يوسف)
    // (a family name in ية after a particle: عبدالرحمن بن حمد العطية)
    const familyAfterParticle = (i: number, w: string) => /ية$/.test(w) && i >= 2 && words.slice(0, i).some((x) => particles.has(lookupKey(x[0])));
    // (after a particle the word is the name it introduces, و and all: سعد بن وقاص، أبو وليد)
    const afterParticle = (i: number) => i > 0 && particles.has(lookupKey(words[i - 1][0]));
    // (after بن or بنت, and after a kunya's أبي that follows one, the word is the father's name whatever it means alone:
    // علي بن أبي طالب، عمر بن الخطاب; given-names.nasab)
    const fathersName = (i: number, w: string) =>
      i > 0 &&
      !functionWordSet.has(lookupKey(w)) &&
      !particles.has(lookupKey(w)) &&
      (nasab.has(lookupKey(words[i - 1][0])) || (i > 1 && particles.has(lookupKey(words[i - 1][0])) && nasab.has(lookupKey(words[i - 2][0]))));
    const ambiguousName = (i: number) => ambiguousSet.has(words[i][0]) && ((i === 0 && firstIsName) || (i > 0 && i + 1 < words.length && (surnameShaped(words[i + 1][0]) || nisbaSurname(words[i + 1][0], 6))));
    let firstStop = words.findIndex(
      (w, i) =>
        !fathersName(i, w[0]) &&
        (
          // (a generational suffix ends the name and belongs to it: Albert Murray III, Donald Trump Jr.)
          (stop.has(lookupKey(w[0])) && !ambiguousName(i) && !(lang === 'en' && i === words.length - 1 && i >= 2 && suffixSet.has(w[0])) && !(i === 0 && words.length > 1 && monthGiven.has(lookupKey(w[0])))) ||
          (lang === 'ar' && i > 0 && ((NEW_PHRASE_AR.test(w[0]) && !foreignW(w[0]) && !afterParticle(i) && !particles.has(lookupKey(w[0]))) || (NOT_SURNAME_AR.test(w[0]) && !familyAfterParticle(i, w[0]) && !familyInAt(w[0])))) ||
          // (a function or common word with a preposition or conjunction on it: لهذه، فهي، بولاية، لمدة)
          // (a common word only after ب or ل, and no given name: كمال and كامل are names, not ك + مال)
          // (or a body's head word: وقال مارتن لهيئة الإذاعة)
          (lang === 'ar' && i > 0 && /^[لبفك]/.test(w[0]) && (functionWordSet.has(lookupKey(w[0].slice(1))) || (/^[لب]/.test(w[0]) && !givenNames.has(w[0]) && (common(w[0].slice(1)) || PREPOSED_NOUN_AR.test(w[0]) || bodyHeadKeys.has(lookupKey(w[0].slice(1))))))) ||
          // (and one opening with ب or ل right after a foreign word read past its own ف/ب/ك + ال, خوان بالاسيوس بفارق: the
          // phrase after the name)
          (lang === 'ar' && i > 1 && /^[بل]/.test(w[0]) && !givenNames.has(w[0]) && !foreignW(w[0]) && /^[فبك]ال/.test(words[i - 1][0]) && foreignW(words[i - 1][0])) ||
          (lang === 'ar' && IMPERFECT_AR.test(w[0]) && !givenNames.has(w[0])) ||
          // (a verb in the future, its stem a listed word: باوتيستا سيواجه، not a name in ست/سي such as ستالين or سيلفا)
          (lang === 'ar' && i > 0 && FUTURE_AR.test(w[0]) && !givenNames.has(w[0]) && common.listed(w[0].slice(2))) ||
          // (a feminine past verb of three letters and ت, no long vowel, past the second word: إيلان شور دفعت; a given name
          // of that shape, حكمت، مدحت, is one of the lists, and stays a name in the first two words)
          (lang === 'ar' && i > 1 && PAST_FEMININE_AR.test(w[0]) && !givenNames.has(w[0])) ||
          (lang === 'ar' && i > 0 && stateWordsAr.has(lookupKey(w[0]))) ||
          // past the first word, a noun with a pronoun (حياته، أعماله), an imperfect in ت (تشمل) or an accusative
          // adverb or participle (متقدما، تكريما، عسكريا) is the phrase after the name
          (lang === 'ar' && i > 0 && !givenNames.has(w[0]) && NOT_NAME_AFTER_AR.test(w[0])) ||
          // (a definite common word after a name is the verb's object: هايل الكرة، رامي الحجارة; no nisba)
          // (but after a title and a given name, such a word is the family name: وزير الخارجية وليد المعلم)
          (lang === 'ar' && i > 0 && w[0].startsWith('ال') && !w[0].endsWith('ي') && !patronym(w[0]) && common(w[0]) && !(cued && firstIsName && i === 1 && givenNames.has(words[0][0]) && !stop.has(lookupKey(w[0])))) ||
          // (and so is a listed common noun in ة or accusative in ا, as written: طلعت فرصة; محمد سلامة is no سلام + ة)
          (lang === 'ar' && i > 0 && /(?:ة|ا)$/.test(w[0]) && !givenKeys.has(lookupKey(w[0])) && (common.listed(w[0]) || (w[0].endsWith('ا') && common.listed(w[0].slice(0, -1)))))
        ),
    );
    // Arabic has no capitals to end a name: past the second word a name word must be a given name that
    // ends the chain (خالد شيخ محمد; in دونالد ترامب جيف ماركس جيف starts the next person), a nisba after
    // an indefinite word (معمر القذافي), a surname after two given names (جان كلود تريشيه، عمر حسن البشير), or follow a
    // particle (عبد العزيز آل سعود)
    if (lang === 'ar') {
      const end = firstStop < 0 ? words.length : firstStop;
      for (let i = 2; i < end; i++) {
        const w = words[i][0];
        const prev = words[i - 1][0];
        const ok =
          particles.has(lookupKey(w)) ||
          particles.has(lookupKey(prev)) ||
          (givenNames.has(w) && i + 1 >= end) ||
          // a father's or grandfather's given name with the article, as Gulf and Hashemite names chain them
          // (جابر الأحمد الجابر، زيد بن رعد الحسين), after a given name, a particle or another such name
          (patronym(w) && (givenKeys.has(lookupKey(prev)) || patronym(prev) || words.slice(0, i).some((x) => particles.has(lookupKey(x[0]))))) ||
          (w.startsWith('ال') && w.endsWith('ي') && !prev.startsWith('ال')) ||
          (i === 2 && givenNames.has(prev) && !NOT_SURNAME_AR.test(w) && (givenNames.has(w) || !BARE_TRILITERAL_AR.test(w))) ||
          // (after a title and a given name of two words, a definite family name of the plural shape tribes take ends it:
          // المتحدث باسم الهيئة محمد خير الرواشدة، الطراونة، المعايطة)
          (cued && i === 2 && i + 1 >= end && givenNames.has(words[0][0]) && !prev.startsWith('ال') && TRIBAL_PLURAL_AR.test(w) && titledSurname(w)) ||
          // a family name after a chain of particles (عبدالرحمن بن حمد العطية، فلاح بن جاسم بن جبر آل ثاني)
          // (a nisba-shaped family name, ي or ية, and not after آل X, which is the family already)
          (w.startsWith('ال') && /(?:ي|ية)$/.test(w) && words.slice(0, i).some((x) => particles.has(lookupKey(x[0]))) && !(i >= 2 && lookupKey(words[i - 2][0]) === lookupKey('آل')) && !/^ال(?:ت|است|ان)/.test(w) && i + 1 >= end) ||
          // after a title or a nationality, a third foreign-shaped word (جويس كارول أوتس، طارق عظيم خان), one opening
          // with a proclitic's letter too when the rest is no word (فيليب دوست بلانيسي، مارك فيلا فورت)
          (cued && i === 2 && !w.startsWith('ال') && !prev.startsWith('ال') && !words[0][0].startsWith('ال') && foreignWord(w, 4, wordAfterProclitic(w)) && !NOUN_SHAPED_AR.test(w) && !speechWords.has(lookupKey(w)));
        if (!ok) {
          firstStop = i;
          break;
        }
      }
    }
    // Arabic: a regnal ordinal right after a given name is part of the name and ends it (تشارلز الأول، الفونسو الثالث
    // عشر), and after a title one after a longer name too (السلطان إبراهيم خان الأول); not after two words with no
    // title, mostly a rank (فرناندو غونزاليز الثالث في التصنيف)
    if (lang === 'ar' && cued && words.length >= 2) {
      const o = words.findIndex((w, i) => i > 0 && ordinals.has(lookupKey(w[0])));
      if (o > 0 && (firstStop < 0 || firstStop >= o) && o <= (firstIsName ? 3 : 1)) {
        const teen = o + 1 < words.length && ordinals.has(lookupKey(`${words[o][0]} ${words[o + 1][0]}`));
        firstStop = o + (teen ? 2 : 1);
      }
    }
    // Arabic: after a first word the lists do not know, a definite second word is a surname only as a nisba
    // (فينوجرادوف القول: القول is the verbal noun that follows; بشار الأسد keeps its given name)
    if (lang === 'ar' && words.length >= 2 && (firstStop < 0 || firstStop > 1) && !givenKeys.has(lookupKey(words[0][0])) && !ambiguousSet.has(words[0][0]) && words[1][0].startsWith('ال') && !words[1][0].endsWith('ي') && !(cued && titledSurname(words[1][0]))) firstStop = 1;
    // Arabic: a first word that opens another phrase (للرئيس، وحظوظه) makes no name
    // (not a short foreign word the letters of ك and the article open, كالين: too short for them and a word)
    if (lang === 'ar' && words.length && ((PREPOSITION_FIRST_AR.test(words[0][0]) && !(SHORT_KAL_AR.test(words[0][0]) && foreignW(words[0][0]))) || (words[0][0].startsWith('و') && !givenNames.has(words[0][0])))) return 0;
    // a title word that ends a given name and a surname-less name is the surname (John Major, Anna General), and after
    // two given names (Billie Jean King)
    if (lang === 'en' && firstStop === words.length - 1 && titleSurnameLast(words.map((w) => w[0]), words.length === 3)) firstStop = -1;
    if (firstStop >= 0) words.length = firstStop;
    // (a name never ends with a particle: in أحمد ولد عام 1960 the ولد is the verb)
    while (words.length > 1 && particles.has(lookupKey(words[words.length - 1][0]))) words.length--;
    if (words.length === 0) return 0;
    // (a given name the folding writes with ال stays one: ألبرت is البرت in the cleaned text)
    // (and so does a given name with the article before بن, as historical and royal names write it: الحسن بن طلال)
    if (lang === 'ar' && words[0][0].startsWith('ال') && !givenKeys.has(lookupKey(words[0][0])) && !(words.length > 2 && patronym(words[0][0]) && nasab.has(lookupKey(words[1][0])))) return 0;
    const last = words[words.length - 1];
    return last.index! + last[0].length;
  };

  const titleStart = lang === 'ar' ? new RegExp(`^(?:${titles})(?:[ \\t]|$)`) : null;
  const rule = (what: string) => `${lang}/entity/${what}`;
  // Arabic: particles that open a name (أبو، ابن، آل), not those that join two (بن، بنت between names)
  const joining = new Set(res['given-names'].joining);
  const opening = res['given-names'].particles.filter((p) => !joining.has(p));
  const kunyaBefore = lang === 'ar' && opening.length ? new RegExp(`(?<![\u0621-\u064A])(?:${alt(opening)})[ \t]{1,2}$`) : null;
  // before an Arabic given name: a word ([1]) and a particle that joins two names (شكيب بن | موسى; given-names.joining)
  const nasabBefore = lang === 'ar' && joining.size ? new RegExp(`(?<![\u0621-\u064A])([\u0621-\u064A]{3,12})[ \t]{1,2}(${alt(joining)})[ \t]{1,2}$`) : null;
  // English: initials and a name; a name and a country in brackets (sports results)
  const places = kbNamesEn(kb, 'location');
  const countries = kbNamesEn(kb, 'state');
  const heads = new Set(res.organizations.heads.map(lookupKey));
  const initialRe = lang === 'en' ? compile(`(?<![A-Za-z.])(?<name>[A-Z]\\.(?:[ \\t]?[A-Z]\\.)?[ \\t]?(?:${EN_NAME}))${END}`) : null;
  // Arabic: a spokesman for a body, the body (a head and its definite words, or one word with no article), then the name
  const spokesmanRe = lang === 'ar' && res.titles.spokesman_roles.length
    ? compile(`${wordStart(lang)}(?<cue>(?:${alt(res.titles.spokesman_roles)})${SP}(?:(?:${alt(res.organizations.heads)})(?:${SP}ال[\\u0621-\\u064A]{2,14}){1,3}|ال[\\u0621-\\u064A]{2,14}(?:${SP}ال[\\u0621-\\u064A]{2,14}){0,3}|(?<bare>(?!ال)[\\u0621-\\u064A]{3,14}))${SP}(?:(?:في|لدى)${SP}(?<place>[\\u0621-\\u064A]{2,14})${SP})?)(?<name>${AR_NAME}(?:${SP}(?:${AR_PARTICLE}${SP})?${AR_NAME}){0,2})${END}`, 'y')
    : null;
  const spokesmanAnchors = wordAnchors(res.titles.spokesman_roles, true);
  const spokesmanHeads = new Set(lang === 'ar' ? res.organizations.heads.map(lookupKey) : []);
  const placesAr = lang === 'ar' ? new Set([...kbNames(kb, 'location', 'ar')].map(lookupKey)) : new Set<string>();
  const countryRe = lang === 'en' ? compile(`${START}(?<name>(?:${EN_NAME})(?:[ \\t](?:${EN_NAME})){1,2})[ \\t]{0,2}\\([ \\t]{0,2}(?<c>[A-Z][A-Za-z.]+(?:[ \\t][A-Z][A-Za-z.]+){0,2})[ \\t]{0,2}\\)`) : null;
  /** the knowledge base's dotted abbreviations of places and bodies (U.N., U.K.), made on first use */
  let kbAbbreviations: Set<string> | undefined;
  const ownWord = (w: string) => !places.has(w) && !heads.has(lookupKey(w)) && !stop.has(lookupKey(w));
  // Arabic: a nationality used as a noun, then the name (الكرواتي إيفان ليوبيسيتش، والفرنسي بيولي)
  const nisbas = lang === 'ar' ? [...new Set(kb.flatMap((e) => (e.type === 'location' ? e.demonyms?.ar ?? [] : [])).filter((d) => d.endsWith('ي') && !d.includes(' ')))] : [];
  const nisbaRe = nisbas.length ? compile(`${wordStart(lang)}(?<cue>ال(?:${alt(nisbas)})ة?${SP})(?<name>${AR_NAME}(?:${SP}(?:${AR_PARTICLE}${SP})?${AR_NAME}){0,2})${END}`, 'y') : null;
  const nisbaAnchors = wordAnchors(nisbas.flatMap((n) => [`ال${n}`, `ال${n}ة`]), true);
  const nisbaWord = nisbas.length ? new RegExp(`^[وفبكل]{0,2}ال(?:${alt(nisbas)})ة?$`) : null;
  /** A common word of the language (resource common-words), which no rule takes for a foreign name. */
  const common = commonWords(res);
  /**
   * A word that may head a lineage (شكيب in شكيب بن موسى): a given name or a word shaped like a name (not a verb's or a
   * noun's shape: تحدث بن موسى is Ben Moussa spoke, قضية بن موسى his case), or before a kunya any word no list takes for
   * a common one (معاوية بن أبي سفيان).
   */
  const nasabHead = (w: string, kunya: boolean): boolean =>
    (givenNames.has(w) || nameShapedAr(w) || kunya) && !speechWords.has(lookupKey(w)) && !w.startsWith('ال') && !w.startsWith('و') && !common(w) && !stop.has(lookupKey(w)) && !functionWordSet.has(lookupKey(w)) && !particles.has(lookupKey(w)) && !titleWords.has(lookupKey(w)) && !IMPERFECT_AR.test(w) && !PAST_VERB_AR.test(w) && !PRONOUN_SUFFIXED_AR.test(w);
  const kbNamesAr = lang === 'ar' ? new Set([...kbNames(kb, 'all', 'ar')].map(lookupKey)) : new Set<string>();
  /** A news agency's Arabic name of one word the knowledge base knows (رويترز): no word of a person's name after its first. */
  const agencyWordsAr = lang === 'ar' ? new Set(kb.filter((e) => e.kind === 'news-agency').flatMap((e) => e.aliases.ar).filter((x) => !/[ \t]/.test(x)).map(lookupKey)) : new Set<string>();
  /** An Arabic word that is ل glued to a name the knowledge base knows (لرويترز، لبايبت): the one spoken to, or an office's body. */
  const toKnownName = (w: string): boolean => w.startsWith('ل') && kbNamesAr.has(lookupKey(w.slice(1)));
  /** An Arabic word that is ل glued to a body's head or an outlet's noun (لإذاعة، لصحيفة، لوكالة): the one spoken to. */
  const outletNouns = new Set([...res.organizations.heads, ...res['speech-verbs'].outlets.map((o) => o.replace(/^ال/, ''))].map(lookupKey));
  const toBodyNoun = (w: string): boolean => w.startsWith('ل') && outletNouns.has(lookupKey(w.slice(1)));
  /** the knowledge base's people by an Arabic name of one word (ترامب، بوتين) */
  const kbPersonWordAr = lang === 'ar' ? new Set(kb.filter((e) => e.type === 'person').flatMap((e) => e.aliases.ar).filter((a) => !/\s/.test(a)).map(lookupKey)) : new Set<string>();
  /**
   * Whether an Arabic word the lists lack may be (part of) a foreign name: no pronoun on it (فوزه، عواقبها),
   * no article, not a known place or body, not a particle, and (as a first word, checked by the caller's
   * `first`) no first letter that is a preposition, a conjunction or a verb prefix (لصناعة، بتورط، فيما، تحرك، يترك).
   */
  const foreignWord = (w: string, minLength: number, first = minLength > 2): boolean =>
    w.length >= minLength && !w.startsWith('ال') && !common(w) && !PRONOUN_SUFFIXED_AR.test(w) && !kbNamesAr.has(lookupKey(w)) && !particles.has(lookupKey(w)) && !(first && /^[بلفوتين]/.test(w) && !longForeign(w) && !foreignW(w));
  /**
   * Whether a name's first two words are both foreign-shaped words (a letter that is also a proclitic may open them) and
   * neither a common noun's, an imperfect verb's or a stop word's shape: two such words make a name after a title or an
   * office whatever their first letters (رئيس البنك المركزي الأوروبي فيم دويسنبرج).
   */
  const foreignPair = (words: readonly string[]): boolean => words.length >= 2 && words.slice(0, 2).every(foreignNameWord);
  /** A foreign-shaped word whatever its first letter, of no common noun's, imperfect's or stop word's shape (foreignPair's,
   *  and each word a kunya's name goes on with). */
  const foreignNameWord = (w: string): boolean => foreignWord(w, 3, false) && !NOUN_SHAPED_AR.test(w) && !IMPERFECT_AR.test(w) && !stop.has(lookupKey(w));
  const bodyHeadKeys = new Set([...res.organizations.heads, ...res.organizations.name_heads].map(lookupKey));
  /**
   * Whether an Arabic name's first word, glued to ب or ل and no given name itself, is the body an office belongs to, the
   * name after it (الرئيس التنفيذي لكييفستار أولكسندر كوماروف): a given name or two foreign-shaped words follow it.
   */
  const gluedBody = (words: readonly string[]): boolean =>
    words.length >= 3 && /^[بل]/.test(words[0]) && words[0].length >= 5 && !givenNames.has(words[0]) &&
    // (not a body's head word, whose name follows it: الباحث الأمني بشركة مايكروسوفت فلان)
    !bodyHeadKeys.has(lookupKey(words[0].slice(1))) && !kbNamesAr.has(lookupKey(words[1])) && (givenNames.has(words[1]) || foreignPair(words.slice(1)));
  /**
   * One Arabic word standing alone as a foreign name (a subject, a speaker, after a particle): a foreign word with
   * a first word's letters, no stop word and no shape of a common noun, an adverb, an imperfect or a past verb.
   */
  const loneForeign = (w: string, minLength: number): boolean =>
    foreignWord(w, minLength, true) && !stop.has(lookupKey(w)) && nameShapedAr(w);
  /**
   * A first word after a title or a nationality that opens the phrase after it, not a name: a past verb, an accusative of
   * a listed noun, or a listed noun after ب or ل (الوزيرة طرحت مجرد أفكار، لم يحرك الملك ساكنا، الإمام بحزن شديد), and with
   * `future`, after a title, a verb in the future (الفريق سيقاطع الجلسة: الفريق is also the team; after a nationality
   * سيدي is a name), when no list holds it for a given name or a knowledge-base name.
   */
  const phraseFirst = (w: string, future = false): boolean =>
    !givenNames.has(w) && !kbNamesAr.has(lookupKey(w)) && ((future && FUTURE_AR.test(w)) || PAST_VERB_AR.test(w) || (w.endsWith('ا') && common.listed(w.slice(0, -1))) || (/^[بل]/.test(w) && common.listed(w.slice(1))));
  /** A definite nisba surname that is no nationality and no stop word (الأعرجي، الربيعي), of minLength letters or more. */
  const nisbaSurname = (w: string, minLength: number): boolean =>
    w.length >= minLength && w.startsWith('ال') && w.endsWith('ي') && !nisbaWord?.test(w) && !stop.has(lookupKey(w));
  // English: two or three capitalized words the lists do not know, in running text, are a person (Takuya Takagi
  // scored): none a known name, place, head, title, month, demonym or common word, none written in lower case
  // elsewhere in the article, and the line not in capitals
  /** A lower-case word of three letters or more that no capital opens: the line is running text. */
  const LOWER_WORD = /(?<![A-Za-z])[a-z]{3,}/;
  // (a word may open with a family name's prefix and an inner capital: Sherrod DeGrippo, Aileen McNally; resource
  // organizations.camel_name_prefixes)
  const camelPrefixes = res.organizations.camel_name_prefixes;
  const PAIR_WORD = `(?:${camelPrefixes.length ? `(?:${alt(camelPrefixes)})${UP}${LOW}{1,15}|` : ''}${UP}${LOW}{1,15})`;
  const PAIR_RE = new RegExp(`(?<![${LATIN_UPPER}${LATIN_LOWER}0-9'’.&-])(${PAIR_WORD}${EN_NAME_TAIL}?)[ \\t](${PAIR_WORD}${EN_NAME_TAIL}?)(?:[ \\t](${PAIR_WORD}))?(?![${LATIN_UPPER}${LATIN_LOWER}0-9&-]|['’](?!s(?![a-z])))`, 'g');
  // (the words of the knowledge base's names of bodies, places and groups: a known person's name words make another
  // person's name no less one, Wang in Wang Yi for Wang Donghai, Qiang in Li Qiang for Xiao Qiang)
  const knownEn = lang === 'en'
    ? new Set(kb.filter((e) => e.type !== 'person').flatMap((e) => [...e.aliases.en, ...(e.context?.en ?? [])]).flatMap((a) => a.split(/[ \t]+/)))
    : new Set<string>();
  const demonymsEn = lang === 'en' ? new Set(kb.flatMap((e) => e.demonyms?.en ?? [])) : new Set<string>();
  /** a comma and a relative pronoun only a thing takes (given-names.thing_relatives: which) */
  const thingAfter = res['given-names'].thing_relatives.length ? new RegExp(`^,[ \\t]{0,2}(?:${alt(res['given-names'].thing_relatives)})(?![${LATIN_UPPER}${LATIN_LOWER}])`) : null;
  // (or an apposition that names a company's kind, as the organization rules read it: Nordal Kliniken, a company that …)
  const companyAfter = lang === 'en' ? apposedCompany(res) : null;
  const placeHeadsEn = new Set([...res.organizations.place_heads, ...res.organizations.place_modifiers].map(lookupKey));
  // (a word with an abstract noun's ending is no name: Information Protection, Threat Management)
  const abstractNoun = endingTest(res['common-words'].abstract_noun_endings);
  // (nor a word of the English vocabulary: Bleeping Computer, Insiders Newsletter; a pair of unknown capitalized
  // words is a name only when neither is a common word)
  // (a word shaped like a nationality, Ivorian or Sudanese; in -ian only before another word: a pair's last word is a
  // surname, Siburian, Petrosian)
  const pairWord = (w: string, lower: ReadonlySet<string>, last: boolean): boolean =>
    !(lang === 'en' && englishVocabulary(w)) && !abstractNoun(w) && !stop.has(lookupKey(w)) && !knownEn.has(w) && !demonymsEn.has(w) && !heads.has(lookupKey(w)) && !placeHeadsEn.has(lookupKey(w)) && !lower.has(w.toLowerCase()) && !(last ? /(?:ese|ish)$/ : /(?:ian|ese|ish)$/).test(w);
  // a kunya and the name after it (أبو مازن، أبو السكر، أبو مصعب الزرقاوي; Abu Mazen, Abu Musab al-Zarqawi):
  // one name word, and a nisba surname or (English) a second name word
  const kunyas = res['given-names'].kunya;
  const kunyaRe = !kunyas.length
    ? null
    : lang === 'ar'
      ? compile(`${wordStart(lang)}(?<name>(?:${alt(kunyas)})${SP}(?<w>[\u0621-\u064A]{2,14})(?:${SP}(?<n>ال[\u0621-\u064A]{3,14}ي))?)${END}`, 'y')
      : compile(`${START}(?<name>(?:${alt(kunyas)})[ \t](?<w>${EN_NAME})(?:[ \t](?<n>${HYPHENED}(?:${EN_NAME})))?)${END}`, 'y');
  const kunyaAnchors = wordAnchors(kunyas, lang === 'ar');
  const speechWords = new Set(res['speech-verbs'].verbs.map(lookupKey));
  // Arabic: a title or an office, the body or place it serves as the knowledge base names it, then the name (الباحث في
  // شركة كاسبرسكي ...، مذيع CNN ...، وزير خارجية إيران ...): the title's one-word forms, definite and not (باحث، مذيع)
  const bodyTitles = lang === 'ar'
    ? new Set([...titleList, ...res.titles.role_heads].filter((x) => !/\s/.test(x)).flatMap((x) => (x.startsWith('ال') ? [x, x.slice(2)] : [x])).map(lookupKey))
    : new Set<string>();
  const rolePrepsAr = new Set(res.organizations.role_prepositions.map(lookupKey));
  const titleAdjectiveKeys = new Set(res.titles.title_adjectives.filter((x) => !/\s/.test(x)).map(lookupKey));
  /**
   * Arabic, read at the knowledge base's organizations and places (the dictionary pass's hits): a title or an office
   * right before the body, a preposition of the role's body between them or not (في، لدى، من; ب and ل glued on) and the
   * body's own head or not (شركة، وكالة), one or two nationalities after the title (الباحث الأمني في); or an office and
   * its own word in construct with a place (وزير خارجية إيران، سفير روسيا); the place or body the office is held at
   * after لدى or في (سفير روسيا لدى الأمم المتحدة), all in one sentence; then the name right after, tested as a name after
   * a title is (a given name, or two foreign-shaped words).
   */
  const titleBodyNames = (doc: Doc, regions: readonly Region[], add: (start: number, raw: string, what: string, firstIsName?: boolean, cued?: boolean) => number): void => {
    const t = doc.tokens;
    const lex = doc.lex?.ar;
    if (!t || !lex || !bodyTitles.size) return;
    const kbCat = lex.lexicon.cat('kb');
    const h = lex.hits;
    const text = doc.text;
    const word = (i: number) => i >= 0 && i < t.length && t.kind[i] === WORD_TOKEN;
    const inRegion = (at: number) => regions.some((r) => r.start <= at && at < r.end);
    /** a token at i that is one of the marks (an opening or a closing one) */
    const quoteAt = (i: number, marks: ReadonlySet<string>) => i >= 0 && i < t.length && t.kind[i] !== WORD_TOKEN && marks.has(t.key[i]);
    // (the bodies: the knowledge base's, and a name no list knows in quotation marks after ل or ب glued to them or after a
    // body's head: الرئيس التنفيذي لـ"كييفستار" فلان، الرئيس التنفيذي لشركة "كييفستار" فلان)
    const bodies: [number, number, string, boolean][] = [];
    for (let k = 0; k < h.length; k++) {
      const type = h.cat[k] === kbCat ? lex.kb[h.item[k]].type : '';
      if (type !== 'organization' && type !== 'location') continue;
      // (the longest hit at a token: the next ones at the same start are shorter)
      if (k > 0 && h.start[k - 1] === h.start[k] && h.cat[k - 1] === kbCat) continue;
      bodies.push([h.start[k], h.end[k], type, h.pre[k] > 0]);
    }
    for (let q = 1; q < t.length; q++) {
      if (!quoteAt(q, OPENING_QUOTES) || !word(q - 1) || !word(q + 1)) continue;
      const before = t.key[q - 1];
      if (!((before === 'ل' || before === 'ب') && t.end[q - 1] === t.start[q]) && !bodyHeadKeys.has(before) && !(/^[بل]/.test(before) && bodyHeadKeys.has(before.slice(1)))) continue;
      let e = q + 1;
      while (e < q + 6 && word(e) && t.sentence[e] === t.sentence[q]) e++;
      if (!quoteAt(e, CLOSING_QUOTES) || t.sentence[e] !== t.sentence[q] || bodies.some(([bs]) => bs === q + 1)) continue;
      bodies.push([q + 1, e, 'organization', false]);
    }
    for (const [s, e0, type, pre] of bodies) {
      let e = e0;
      // (and the place or body the office is held at: سفير روسيا لدى واشنطن ...، مندوب فرنسا لدى الأمم المتحدة ...)
      if (word(e + 1) && rolePrepsAr.has(t.key[e]) && t.sentence[e] === t.sentence[s]) {
        const pe = kbHitEnd(lex, e + 1, (x, pre) => !pre && (x.type === 'location' || x.type === 'organization'));
        if (pe > 0) e = pe;
      }
      // (a body's name in quotation marks, ل or ب written apart before them: الرئيس التنفيذي لـ"بايبت" فلان)
      const quoted = type === 'organization' && quoteAt(s - 1, OPENING_QUOTES) && quoteAt(e, CLOSING_QUOTES) && t.sentence[e] === t.sentence[s];
      if (quoted) e++;
      // (an adjective of the office after the body, then the name: رئيس كوستاريكا الجديد رودريغو تشافيس)
      if (word(e) && titleAdjectiveKeys.has(t.key[e]) && t.sentence[e] === t.sentence[s]) e++;
      if (!word(e) || (t.flags[e] & ARABIC_TOKEN) === 0 || t.sentence[e] !== t.sentence[s]) continue;
      let p = quoted ? s - 2 : s - 1;
      let glued = pre;
      if (quoted && word(p) && (t.key[p] === 'ل' || t.key[p] === 'ب') && t.end[p] === t.start[s - 1]) {
        glued = true;
        p--;
      }
      // a place: the office's own word in construct with it between the title and the place, or none (وزير خارجية
      // إيران، رئيس وزراء اليابان، سفير روسيا): a word without the article, no function word
      if (type === 'location') {
        if (glued) continue;
        // (or the place an office of definite words serves, after في or لدى: قائد الشرطة الوطنية في مولدوفا فلان)
        if (word(p) && rolePrepsAr.has(t.key[p]) && t.sentence[p] === t.sentence[s]) {
          let q = p - 1;
          for (let n = 0; n < 3 && word(q) && t.sentence[q] === t.sentence[s] && /^(?:[وب]?ال|لل)/.test(t.key[q]) && !bodyTitles.has(t.key[q]); n++) q--;
          if (q < p - 1) p = q;
        } else if (word(p) && t.sentence[p] === t.sentence[s] && !bodyTitles.has(t.key[p]) && /^[\u0621-\u064A]{3,}$/.test(t.key[p]) && !t.key[p].startsWith('ال') && !functionWordSet.has(t.key[p])) p--;
      } else if (!glued && word(p) && t.sentence[p] === t.sentence[s]) {
        // the body's head before it (شركة كاسبرسكي), a preposition glued to the head (بشركة)
        const key = t.key[p];
        if (bodyHeadKeys.has(key)) p--;
        else if (/^[بل]/.test(key) && bodyHeadKeys.has(key.slice(1))) {
          p--;
          glued = true;
        }
      }
      if (type === 'organization' && !glued && word(p) && t.sentence[p] === t.sentence[s] && rolePrepsAr.has(t.key[p])) p--;
      // (a nationality or two after the title: الباحث الأمني، المحلل السياسي الروسي)
      for (let n = 0; n < 2 && type === 'organization' && word(p) && DEFINITE_NISBA_AR.test(t.key[p]) && !bodyTitles.has(t.key[p]); n++) p--;
      if (!word(p) || t.sentence[p] !== t.sentence[s]) continue;
      const title = t.key[p];
      if (!bodyTitles.has(title) && !(/^[وف]/.test(title) && bodyTitles.has(title.slice(1)))) continue;
      // (words only between the title and the name: no comma, bracket or quotation mark but those around the body's name)
      let gap = false;
      for (let j = p + 1; j < e && !gap; j++) gap = !word(j) && !(quoted && (j === s - 1 || j === e - 1));
      if (gap) continue;
      // the name's words: up to four words right after the body
      let last = e;
      while (last + 1 < t.length && last - e < 3 && word(last + 1) && t.sentence[last + 1] === t.sentence[e]) last++;
      const start = t.start[e];
      if (!inRegion(start)) continue;
      const raw = text.slice(start, t.end[last]);
      const words = raw.split(/[ \t]+/);
      const pair = foreignPair(words);
      if (!givenNames.has(words[0]) && !pair) continue;
      if (phraseFirst(words[0], true)) continue;
      add(start, raw, 'title-body-name', givenNames.has(words[0]), true);
    }
  };
  return [
    {
      name: `${lang}/entity/person`,
      lang,
      dimension: 'mentions',
      rules: [rule('title-name'), rule('given-name'), rule('latin-form'), rule('short-form'), ...(lang === 'ar' ? [rule('speaker-name'), rule('office-speaker-name'), rule('title-body-name')] : []), rule('kunya-name'), rule('repeated-name'), ...(lang === 'en' ? [rule('initial-name'), rule('name-country'), rule('name-pair'), rule('which-name'), rule('regnal-name'), rule('caps-surname')] : [rule('nisba-name')])],
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        // (the runs of word characters, found once and walked by the three word scans below)
        const docWords = wordScan(doc, WORD, wordRuns);
        const out: MentionCandidate[] = [];
        /** Adds the name cut before its first common word (`kept`: that length, when the caller has it); returns the length kept (0: none). */
        const add = (start: number, raw: string, what: string, firstIsName = false, cued = false, kept?: number): number => {
          let n = kept ?? keptLength(raw, firstIsName, cued);
          if (!n) return 0;
          // a name the knowledge base knows ends there (محمود عباس | حدوث: the next word is the verb's object)
          if (lang === 'ar') {
            // (and a news agency's name after it is the one told, no part of the name: وأبلغ قائد الشرطة جون دو رويترز بأن)
            for (const w of raw.slice(0, n).matchAll(/[ \t]+([^ \t]+)/g)) {
              if (!agencyWordsAr.has(lookupKey(w[1]))) continue;
              n = w.index!;
              break;
            }
            const spaces = [...raw.slice(0, n).matchAll(/[ \t]+/g)].map((x) => x.index!);
            // (one known word too, when no given name follows it: الرئيس ترامب | حدوث)
            for (let k = spaces.length - 1; k >= 0; k--) {
              if (!(k === 0 ? kbPersonWordAr : kbNamesAr).has(lookupKey(raw.slice(0, spaces[k])))) continue;
              if (k === 0 && (givenNames.has(raw.slice(spaces[0]).trim().split(/[ \t]+/)[0]))) break;
              n = spaces[k];
              break;
            }
          }
          // a given name alone is not enough (لدينا is ل + دينا): it needs the name after it
          if (what === 'given-name' && !/[ \t]/.test(raw.slice(0, n))) return n;
          // a title that starts with a given name is still a title (رائد الفضاء: an astronaut)
          if (what === 'given-name' && titleStart?.test(raw)) return n;
          const name = raw.slice(0, n).replace(/[ \t]+/g, ' ');
          // (a suffix read as a name word keeps its period: Donald Trump Jr.)
          // (and an Arabic name its suffix after it: دونالد ترامب الابن)
          const dot = lang === 'en'
            ? (doc.text[start + n] === '.' && suffixSet.has(`${name.slice(name.lastIndexOf(' ') + 1)}.`) ? 1 : 0)
            : (suffixAfterAr?.exec(doc.text.slice(start + n, start + n + 12))?.[0].length ?? 0);
          out.push({ start, end: start + n + dot, rule: rule(what), type: 'person', key: `person:${name.toLowerCase()}`, name: '' });
          return n;
        };
        // a name cut short gives back the words after the cut, where another name may start (ناصر الحداد ومحمد سلامة)
        const resume = (re: RegExp, at: number, raw: string, n: number, offset: number) => {
          if (n > 0 && n < raw.length) re.lastIndex = at + n - offset;
        };
        for (const { m, start: at0, offset } of matchAtAnchors(titleRe, doc.text, regions, titleAnchors(doc))) {
          let raw = m.groups?.name ?? '';
          let start = at0;
          let keptN: number | undefined;
          // (a match refused below leaves the words of its name to their own anchors: المدير ونقلت الوكالة عن رائد الفضاء ...)
          const after = titleRe.lastIndex;
          titleRe.lastIndex = at0 - offset;
          // Arabic: the body a title belongs to, glued to a preposition, comes before the name (القيادي بحماس إسماعيل
          // رضوان، الباحث بالمعهد): the name starts after it
          if (lang === 'ar') {
            const first = /^[^ \t]+[ \t]+/.exec(raw);
            // (or any body's word glued to ب/ل before a name: gluedBody)
            if (first && /^[بل]/.test(first[0]) && (kbNamesAr.has(lookupKey(first[0].trim().slice(1))) || gluedBody(raw.split(/[ \t]+/)))) {
              start += first[0].length;
              raw = raw.slice(first[0].length);
            }
          }
          // Arabic: a first word that opens like a preposition or a conjunction (القيادي بحماس، الملك وولي العهد)
          // is a name only as a given name or the first of two foreign-shaped words
          if (lang === 'ar') {
            const words = raw.split(/[ \t]+/);
            // (بن right after a title has no father's name before it to join: the given name Ben of a foreign name, a
            // foreign-shaped word after it: الرئيس التنفيذي لبايبت بن تشو)
            const pair = foreignPair(words) || (words[0] === 'بن' && !!words[1] && foreignNameWord(words[1]));
            // (a particle after the first word makes it a name chain: الشيخ فلاح بن جاسم)
            if (!givenNames.has(words[0]) && !ambiguousSet.has(words[0]) && /^[بلفو]/.test(words[0]) && !pair && !longForeign(words[0]) && !(words[1] && particles.has(lookupKey(words[1])))) continue;
            // (nor a word that opens the phrase after the title, a verb in the future too: phraseFirst)
            if (phraseFirst(words[0], true)) continue;
            // one word alone after a title is a name when it is a given name or shaped like a foreign name: not a
            // short word (دفع، سعر: mostly a verb or a noun), a common-noun shape (جائزة، عبارة) or an adverb (عسكريا)
            keptN = keptLength(raw, true, true);
            const kept = raw.slice(0, keptN);
            if (kept && !/[ \t]/.test(kept) && !givenNames.has(kept) && !ambiguousSet.has(kept) && (kept.length < 4 || NOUN_SHAPED_AR.test(kept) || NOT_NAME_AFTER_AR.test(kept) || PAST_VERB_AR.test(kept))) continue;
            // (nor a first word of a common noun's shape the lists lack, before another word: سيشهد الرئيس العراقي السابق
            // محاكمة أخرى is a trial, no one's name)
            // (a woman's given name the lists lack, أمنية، سميحة, has a name after it, not a common word)
            if (!givenNames.has(words[0]) && !ambiguousSet.has(words[0]) && words.length > 1 && NOUN_SHAPED_AR.test(words[0]) && !givenNames.has(words[1]) && (common(words[1]) || NOUN_SHAPED_AR.test(words[1]))) continue;
            // (nor does a short first word the lists lack: الرئيس الحالي دفع ثمن)
            if (kept && !givenNames.has(words[0]) && !ambiguousSet.has(words[0]) && words[0].length <= 3 && !particles.has(lookupKey(words[0])) && !(words[1] && particles.has(lookupKey(words[1])))) continue;
          }
          // English: after an office's complement, the last two capitalized words are the name (Minister for Foreign Affairs
          // Simon Coveney: the fewest words of the complement leave "Affairs Simon Coveney")
          // (a capitalized title's: director of the New York-based … is a lower-case role's body)
          if (lang === 'en' && m.groups?.office) {
            if (!/^[A-Z]/.test(m.groups.cue ?? '')) continue;
            const words = raw.split(/[ \t]+/);
            if (words.length > 2) {
              const cut = raw.length - words.slice(-2).join(' ').length;
              if (/^[A-Z][a-z]+[ \t]+[A-Z][a-z]+$/.test(raw.slice(cut))) {
                start += cut;
                raw = raw.slice(cut);
              }
            }
          }
          // a name set off by commas after its title is an appositive (السناتور الجمهوري، ارلن سبيكتر، ...): closed by a comma too
          if (m.groups?.comma && !/^[ \t]{0,4}[،,]/.test(doc.text.slice(start + raw.length, start + raw.length + 6))) continue;
          titleRe.lastIndex = after;
          // (an ambiguous given name right after a title is a name: السيد علي السويدي)
          resume(titleRe, start, raw, add(start, raw, 'title-name', true, lang === 'ar', keptN), offset);
        }
        if (roleRe) {
          for (const { m, start } of matchAtAnchors(roleRe, doc.text, regions, roleAnchors(doc))) {
            const name = m.groups?.name ?? '';
            // not an organization's head or a noun for an unnamed speaker (رئيس الوزراء البريطاني شركة ...), and
            // a first word that is no given name may not open like a preposition, a conjunction or a verb
            // (مساعدة الوزير لشؤون الأمن، بحملة، ينسق الجهود)
            // (the checks read the first two words, as before a third may join: add cuts the rest)
            const words = name.split(/[ \t]+/).slice(0, 2);
            if (words.some((w) => notSpeaker.has(lookupKey(w)))) continue;
            // (the office's own words hold no function word: رئيس الجمهورية والذي قام ...)
            const officeWords = (m.groups?.cue ?? '').split(/[ \t]+/).filter(Boolean).slice(1);
            // (but a preposition of offices: رئيسة لجنة الدفاع في البرلمان)
            if (officeWords.some((w) => !officePreps.has(lookupKey(w)) && (functionWordSet.has(lookupKey(w)) || functionWordSet.has(lookupKey(w.replace(/^[وب]/, '')))))) continue;
            // (two foreign-shaped words may open with such a letter: رئيس البنك المركزي الأوروبي فيم دويسنبرج)
            const pair = foreignPair(words);
            if (!givenNames.has(words[0]) && /^[بلكفوينت]/.test(words[0]) && !pair && !longForeign(words[0])) continue;
            // (after an office, a third foreign-shaped word joins the name: وزير الإعلام الباكستاني طارق عظيم خان)
            const third = name.split(/[ \t]+/)[2];
            add(start, third && notSpeaker.has(lookupKey(third)) ? words.join(' ') : name, 'title-name', true, true);
          }
        }
        // (a hyphenated given name whose first part is one and the other a capitalized word the lists may lack, as a
        // French or a Quebec compound writes it: Marie-Josee, Jean-Baptiste)
        const hyphenGiven = (g: string) => {
          const parts = g.split('-');
          return parts.length === 2 && givenForms.has(parts[0]) && /^\p{Lu}\p{Ll}{2,}$/u.test(parts[1]);
        };
        for (const { m, start, offset } of matchAtAnchors(givenRe, doc.text, regions, givenAnchors(doc))) {
          // (a word that is no given name: as if the regex had failed at this anchor)
          // (nor a nationality the lists also hold as a given name: German Defence Minister, Georgian officials)
          // (a hyphenated given name whose every part is one counts: Marc-Antoine, Anne-Marie)
          const g0 = m.groups?.g ?? '';
          if (givenByWord && (!(givenForms.has(g0) || hyphenGiven(g0)) || demonymsEn.has(g0))) {
            givenRe.lastIndex = m.index + 1;
            continue;
          }
          // a short given name after a preposition is mostly a word (بيان is ب + يان, لجان is ل + جان): only و/ف may stick to it
          if (lang === 'ar' && /[بكل]/.test(m.groups?.pre ?? '') && (m.groups?.name ?? '').split(/[ \t]/)[0].length <= 3) continue;
          // a kunya or family word before the given name belongs to the name (أبو مصعب الزرقاوي، ابن خلدون)
          // a given name that itself starts with the proclitic's letter (فلوران, not ف + لوران) keeps it
          const pre = m.groups?.pre ?? '';
          const firstWord = (m.groups?.name ?? '').split(/[ \t]/)[0];
          const own = pre && givenNames.has(pre.slice(-1) + firstWord) ? 1 : 0;
          // (nor a whole word that is a function word: لصالح is "in favour of", not ل + صالح)
          if (pre && functionWordSet.has(lookupKey(pre + firstWord))) continue;
          const lead = own ? null : kunyaBefore?.exec(doc.text.slice(Math.max(0, start - 8), start));
          // the head of a lineage before بن and the given name or kunya (شكيب بن موسى، معاوية بن أبي سفيان): a word
          // the lists lack, no article, conjunction, verb or common word
          const at = lead ? start - lead[0].length : start - own;
          const chain = nasabBefore && !own ? nasabBefore.exec(doc.text.slice(Math.max(0, at - 24), at)) : null;
          // (a given name with the article heads it too before بن: الحسن بن طلال)
          const from = chain && (nasabHead(chain[1], !!lead) || (patronym(chain[1]) && nasab.has(lookupKey(chain[2])))) ? at - chain[0].length : at;
          const raw = doc.text.slice(from, start) + (m.groups?.name ?? '');
          resume(givenRe, from, raw, add(from, raw, 'given-name', false, lang === 'ar'), offset);
        }
        if (capsSurnameRe) {
          for (const { m, start } of matchAtAnchors(capsSurnameRe, doc.text, regions, givenAnchors(doc))) {
            const g = m.groups?.g ?? '';
            const sur = m.groups?.s ?? '';
            if (!(givenForms.has(g) || givenForms.has(g.split('-')[0])) || demonymsEn.has(g) || !/[a-z]/.test(g)) continue;
            if (!/[AEIOUY]/.test(sur) || /^[IVXLC]+$/.test(sur) || notAcronymsEn.has(sur) || knownEn.has(sur) || kbNamesEn(kb, 'all').has(sur)) continue;
            const name = `${g} ${sur.replace(/[A-Z]+/g, (x) => x[0] + x.slice(1).toLowerCase())}`;
            out.push({ start, end: start + m[0].length, rule: rule('caps-surname'), type: 'person', key: `person:${name.toLowerCase()}`, name });
          }
        }
        if (regnalNumbers.size) regnalNames(doc, regions, regnalNumbers, regnalTitles, givenNames, rule('regnal-name'), out);
        if (lang === 'ar') titleBodyNames(doc, regions, add);
        if (nisbaRe) {
          for (const { m, start, offset } of matchAtAnchors(nisbaRe, doc.text, regions, nisbaAnchors(doc))) {
            // the nationality is a noun, not an adjective: no definite word before it that it would describe
            // (الجيش الإسرائيلي قصف), unless that word is a nationality too (الأمريكي والفرنسي)
            const at = m.index + offset;
            const prev = PREV_WORD_AR.exec(doc.text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
            const bare = prev.replace(/^[وف]?(?:[بك](?=ال)|ل(?=ال)|ل(?=ل))/, '').replace(/^ل(?=[\u0621-\u064A]{3})/, (x) => (prev.startsWith('لل') || prev.startsWith('ولل') ? 'ا' : x));
            // (a title or profession before it is no word it describes: الدبلوماسي السريلانكي جاينثا دانابالا)
            if ((bare.startsWith('ال') || /^[وف]?لل/.test(prev)) && !nisbaWord?.test(prev) && !titleWords.has(lookupKey(bare))) continue;
            const raw = m.groups?.name ?? '';
            const words = raw.slice(0, keptLength(raw, false, true)).split(/[ \t]+/).filter(Boolean);
            if (!words.length || phraseFirst(words[0])) continue;
            if (!givenNames.has(words[0])) {
              // a foreign name the lists lack (foreignWord; Arabic names have their own rules); one word alone
              // only before a comma, a full stop, a bracket, a number or a conjunction (والفرنسي بيولي ، ...)
              // (two such words may open with a letter that is also a proclitic, when neither is shaped like a
              // common noun: التايلندي بارادورن سريشابان)
              const pair = words.length >= 2 && words.every((w) => !NOUN_SHAPED_AR.test(w) && !IMPERFECT_AR.test(w));
              if (!words.every((w, k) => foreignWord(w, k === 0 ? 3 : 2, k === 0 && !pair))) continue;
              if (words.length === 1 && (words[0].length < 4 || NOUN_SHAPED_AR.test(words[0]) || NOT_NAME_AFTER_AR.test(words[0]) || PAST_VERB_AR.test(words[0]) || !ALONE_AFTER_AR.test(doc.text.slice(start + words[0].length, start + words[0].length + 6)))) continue;
            }
            resume(nisbaRe, start, raw, add(start, raw, 'nisba-name', false, true), offset);
          }
        }
        if (ambiguousRe) {
          for (const { m, start, offset } of matchAtAnchors(ambiguousRe, doc.text, regions, ambiguousAnchors(doc))) {
            // (or a definite nisba surname of seven letters or more that is no nationality: علي الأنصاري، علي الأعرجي;
            // texts that write على as علي also write ى as ي, so علي الماضي، علي الكرسي stay out by length or shape)
            const second = m.groups?.second ?? '';
            if (!surnameShaped(second) && !(nisbaSurname(second, 7) && !/^الم/.test(second))) continue;
            const raw = m.groups?.name ?? '';
            resume(ambiguousRe, start, raw, add(start, raw, 'given-name', true), offset);
          }
        }
        if (spokesmanRe) {
          for (const { m, start, offset } of matchAtAnchors(spokesmanRe, doc.text, regions, spokesmanAnchors(doc))) {
            const raw = m.groups?.name ?? '';
            const first = raw.split(/[ \t]+/)[0];
            // a given name, or a word the lists take for a foreign name (not a verb: المتحدث باسم الوزارة قال), or two such
            // words whatever their first letters (ليو بنغيو)
            if (!givenKeys.has(lookupKey(first)) && !foreignWord(first, 3) && !foreignPair(raw.split(/[ \t]+/))) continue;
            // (a place after the body, في or لدى before it, is where the body is, the knowledge base's place: المتحدث باسم السفارة
            // الصينية في واشنطن ليو بنغيو)
            if (m.groups?.place !== undefined && !placesAr.has(lookupKey(m.groups.place))) continue;
            // (a body of one word with no article, المتحدث باسم ميكوروت إيلي كوهين: a name of two words or more after it)
            // (nor a head word as that body, وزارة خارجية روسيا: the name's words are the body's then)
            if (m.groups?.bare && (!/[ \t]/.test(raw) || spokesmanHeads.has(lookupKey(m.groups.bare)))) continue;
            resume(spokesmanRe, start, raw, add(start, raw, 'title-name', true), offset);
          }
        }
        if (kunyaRe) {
          for (const { m, start } of matchAtAnchors(kunyaRe, doc.text, regions, kunyaAnchors(doc))) {
            const w = m.groups?.w ?? '';
            // the name word is no common word, no verbal noun or plural, no pronoun-suffixed noun (أبو الطفل is
            // still a kunya's shape; a known place, أبو ظبي، أبو غريب, is the knowledge base's)
            const key = lookupKey(w);
            const pair = (m.groups?.name ?? '').slice(0, (m.groups?.name ?? '').indexOf(w) + w.length);
            if (stop.has(key) || notSpeaker.has(key) || kbNamesAr.has(lookupKey(pair)) || places.has(pair)) continue;
            if (lang === 'ar' && (PRONOUN_SUFFIXED_AR.test(w) || NOT_SURNAME_AR.test(w) || IMPERFECT_AR.test(w) || /^[\u0621-\u064A]{2}$/.test(w))) continue;
            let raw = m.groups?.name ?? '';
            // (a nisba that is a nationality describes the person: أبو مصعب العراقي keeps it as ANERcorp does; a
            // stop word or a known place is cut)
            const n = m.groups?.n;
            if (n && (stop.has(lookupKey(n)) || (lang === 'en' && (places.has(n) || heads.has(lookupKey(n)))))) raw = raw.slice(0, raw.length - n.length).trimEnd();
            // (Arabic: a name of one or two more words after the kunya's, set off by a comma after them, each a given name or
            // foreign-shaped: أبو الحسن فيروز آبادي، رئيس …)
            if (lang === 'ar' && raw === (m.groups?.name ?? '')) {
              const more = KUNYA_MORE_AR.exec(doc.text.slice(start + raw.length, start + raw.length + 40));
              const words = more ? more[1].split(/[ \t]+/) : [];
              if (more && words.every((x) => (givenKeys.has(lookupKey(x)) || foreignNameWord(x)) && !stop.has(lookupKey(x)) && !common(x))) raw += more[0].replace(/[ \t]*[،,]$/, '');
            }
            out.push({ start, end: start + raw.length, rule: rule('kunya-name'), type: 'person', key: `person:${raw.replace(/[ \t]+/g, ' ').toLowerCase()}`, name: '' });
          }
        }
        let lines: Lines | undefined;
        if (initialRe) {
          for (const { m, start } of matchAll(initialRe, doc.text, regions)) {
            const name = m.groups?.name ?? '';
            const last = name.replace(/^(?:[A-Z]\.[ \t]?)+/, '');
            if (!ownWord(last)) continue; // N. Ireland, St. Louis
            // (initials that are a place's or a body's abbreviation open no person's name: U.S. Attorneys, U.K. Government,
            // U.N. High Commissioner)
            const initials = name.slice(0, name.length - last.length).replace(/[ \t]+/g, '');
            if (places.has(initials) || (kbAbbreviations ??= new Set(kb.filter((e) => e.type !== 'person').flatMap((e) => e.aliases.en.filter((a) => /^(?:[A-Z]\.)+$/.test(a))))).has(initials)) continue;
            out.push({ start, end: start + name.length, rule: rule('initial-name'), type: 'person', key: `person:${name.replace(/[ \t]+/g, ' ').toLowerCase()}`, name: '' });
          }
        }
        if (countryRe) {
          for (const { m, start } of matchAll(countryRe, doc.text, regions)) {
            const name = m.groups?.name ?? '';
            // (a first word that is a given name as well as a place is the given name here: Florence Masnada ( France ))
            if (!countries.has(m.groups?.c ?? '') || !name.split(/[ \t]+/).every((w, k) => ownWord(w) || (k === 0 && givenNames.has(w)))) continue;
            out.push({ start, end: start + name.length, rule: rule('name-country'), type: 'person', key: `person:${name.replace(/[ \t]+/g, ' ').toLowerCase()}`, name: '' });
          }
        }
        if (lang === 'en') {
          let lower: ReadonlySet<string> | null = null;
          const proseLines = new Map<number, boolean>();
          // (region by region, each on its own slice: a scan never runs on past its region)
          for (const { m, start: at } of matchAll(PAIR_RE, doc.text, regions)) {
            {
              let words = [m[1], m[2], m[3]].filter((w): w is string => !!w);
              let from = at;
              // a description before a name of two words (Swede Kennet Andersson, Third-stringer Kerwin Bell): the name alone
              lower ??= lowerWordsOf(doc);
              // (not a name word itself set off by commas, an appositive's three names: the commission's head, Jalil Adnan Khalaf,)
              // (a first word that may be a name's, no word of the vocabulary, nationality, title or list, after a lower-case word
              // stays too: said Bassirou Diomaye Faye; not opening a sentence or a clause, Later Sara Novak, nor after the preposition
              // of a person's body, Mike Powell of Dresdner Kleinwort Wasserstein, a body's name)
              const appositive = /,[ \t]{1,2}$/.test(doc.text.slice(Math.max(0, at - 3), at)) && doc.text[at + m[0].length] === ',';
              const before = precedingWord(doc.text, at);
              const midClause = /^[a-z]/.test(before) && !personOf.has(before) && !words[0].includes('-') && !titleWords.has(lookupKey(words[0]));
              if (words.length === 3 && !givenNames.has(words[0]) && !((appositive || midClause) && pairWord(words[0], lower, false))) {
                from += m[0].indexOf(words[1], words[0].length);
                words = words.slice(1);
              }
              if (words[0].includes('-')) continue;
              // (after "the" a pair names a body or a thing, not a person: the Autoriteit Persoonsgegevens)
              if (/(?:^|[^A-Za-z])[Tt]he[ \t]{1,2}$/.test(doc.text.slice(Math.max(0, from - 5), from))) continue;
              lower ??= lowerWordsOf(doc);
              // (a line of names or capitals: tables and headlines have their rules; one test per line)
              const [lineFrom, lineTo] = (lines ??= new Lines(doc.text)).around(at);
              let prose = proseLines.get(lineFrom);
              if (prose === undefined) {
                prose = LOWER_WORD.test(doc.text.slice(lineFrom, lineTo));
                proseLines.set(lineFrom, prose);
              }
              if (!prose) continue;
              if (!words.every((w, i) => pairWord(w, lower!, i === words.length - 1))) continue;
              const end = at + m[0].length;
              // (a pair a thing's relative pronoun follows, Medway Kliniken, which runs ...: a body, no person)
              if (thingAfter?.test(doc.text.slice(end, end + 12)) || (doc.text[end] === ',' && !!companyAfter?.(doc.text, end + 1))) {
                out.push({ start: from, end, rule: rule('which-name'), type: 'organization', key: orgKey(words.join(' ')), name: '' });
                continue;
              }
              out.push({ start: from, end, rule: rule('name-pair'), type: 'person', key: `person:${words.join(' ').toLowerCase()}`, name: '' });
            }
          }
        }
        // Arabic: one or two words right after a name verb (وقال ليبرمان إن), not a common or unnamed-speaker word
        for (const [re, anchorsOf] of [[speakerRe, speakerAnchors], [appositiveRe, appositiveAnchors]] as const) {
          if (!re) continue;
          for (const { m, start } of matchAtAnchors(re, doc.text, regions, anchorsOf(doc))) {
            const raw = m.groups?.name ?? '';
            const words = raw.split(/[ \t]+/);
            if (words.some((w) => stop.has(lookupKey(w)) || notSpeaker.has(lookupKey(w)))) continue;
            // an Arabic definite word is a name only as a nisba surname (الأعرجي), not a noun (البيان)
            if (lang === 'ar' && words.some((w) => w.startsWith('ال') && !w.endsWith('ي'))) continue;
            // nor a preposition with the article (وتابع بالقول: by saying), nor ل on a name the knowledge base knows: the one
            // spoken to (وقال لرويترز إن)
            // (nor a later word with a preposition and the article, وأوضح بلاغ للمديرية أن: a body's noun, no name's)
            if (lang === 'ar' && (words.some((w) => PREPOSITION_FIRST_AR.test(w)) || toKnownName(words[0]))) continue;
            // (the name's one word, then ل glued to the one spoken to, a known name or a body's head or outlet's noun:
            // وقال غافكوفسكي لرويترز إن، وقال غافكوفسكي لإذاعة "…" إن)
            let raw1 = raw;
            if (lang === 'ar' && words.length === 2 && words[1].startsWith('ل') && (toKnownName(words[1]) || toBodyNoun(words[1]))) {
              raw1 = words[0];
              words.pop();
            }
            // nor a noun with a pronoun (وقال محاميها إن: her lawyer), nor a common word (وقال موقع "غلوبو")
            if (lang === 'ar' && words.some((w) => (PRONOUN_SUFFIXED_AR.test(w) || common(w)) && !givenNames.has(w))) continue;
            // (the name is the match's last words, after the verb)
            const at = start + m[0].length - (m.groups?.pre?.length ?? 0) - raw.length;
            // Arabic: two speakers joined by و (وقال بوش وبلير إن): each a name of one word, unless the و opens a
            // foreign surname (ويليامز، والاس) or the first word is a particle (بن والاس)
            // (nor after a given name, nor when the word after و is of three letters: جون واتس، كلينت واتس are one name)
            if (lang === 'ar' && words.length === 2 && words[1].startsWith('و') && !foreignW(words[1]) && !words[1].startsWith('وال') && !particles.has(lookupKey(words[0])) && !givenNames.has(words[0]) && words[1].length > 4) {
              const second = raw.length - words[1].length + 1;
              out.push({ start: at, end: at + words[0].length, rule: rule('speaker-name'), type: 'person', key: `person:${words[0]}`, name: '' });
              out.push({ start: at + second, end: at + raw.length, rule: rule('speaker-name'), type: 'person', key: `person:${words[1].slice(1)}`, name: '' });
              continue;
            }
            out.push({ start: at, end: at + raw1.length, rule: rule('speaker-name'), type: 'person', key: `person:${raw1.replace(/[ \t]+/g, ' ').toLowerCase()}`, name: '' });
          }
        }
        // Arabic: the name after the speaker's office in a name verb's frame (officeSpeakerRe): each word no common, stop or
        // unnamed-speaker word, no definite word but a nisba surname after the first, no pronoun on it, none opening with
        // a preposition and the article; an opening comma needs its closing one (an appositive)
        if (officeSpeakerRe) {
          for (const { m, start } of matchAtAnchors(officeSpeakerRe, doc.text, regions, speakerAnchors(doc))) {
            let raw = m.groups?.name ?? '';
            if (m.groups?.comma && m.groups?.close === undefined) continue;
            // (a relative pronoun among the office's words opens a clause on it, no name: وقال الباحث الذي يعرف باسم "…")
            if (m[0].split(/[ \t]+/).some((w) => relativesAr.has(lookupKey(w)))) continue;
            let words = raw.split(/[ \t]+/);
            // (the office's body with ل glued, a name the knowledge base knows, before the name: الرئيس التنفيذي لبايبت بن
            // تشو: the name after it)
            if (words.length > 1 && (toKnownName(words[0]) || gluedBody(words))) {
              raw = raw.slice(raw.indexOf(words[1], words[0].length));
              words = words.slice(1);
            }
            const nameWord = (w: string, k: number): boolean =>
              !stop.has(lookupKey(w)) && !notSpeaker.has(lookupKey(w)) && !functionWordSet.has(lookupKey(w)) && !PREPOSITION_FIRST_AR.test(w) &&
              (!w.startsWith('ال') || (k > 0 && w.endsWith('ي'))) && ((!PRONOUN_SUFFIXED_AR.test(w) && !common(w)) || givenNames.has(w)) &&
              !kbNamesAr.has(lookupKey(w));
            if (!words.every(nameWord)) continue;
            const at = start + m[0].length - (m.groups?.pre?.length ?? 0) - raw.length;
            out.push({ start: at, end: at + raw.length, rule: rule('office-speaker-name'), type: 'person', key: `person:${raw.replace(/[ \t]+/g, ' ').toLowerCase()}`, name: '' });
          }
        }
        // an Arabic name followed by its Latin spelling (جانيت مانفرا Jeanette Manfra, or in brackets) is
        // one person: the Latin form joins the Arabic one
        if (lang === 'ar') {
          for (const c of [...out]) {
            LATIN_AFTER.lastIndex = 0;
            const l = LATIN_AFTER.exec(doc.text.slice(c.end, c.end + 80));
            if (l?.groups?.latin) {
              const at = c.end + l[0].indexOf(l.groups.latin);
              out.push({ start: at, end: at + l.groups.latin.length, rule: rule('latin-form'), type: 'person', key: c.key, name: '' });
            }
          }
        }
        // short forms: the last (or first) word of a full name found above, alone elsewhere in the article
        const forms = new Map<string, string>();
        // (English: a surname after particles is named later with them, in either case: Annika van der Berg ... Van der
        // Berg; by the surname, the particles before it, lower case, and the person)
        const particleForms = new Map<string, { parts: string[]; key: string }>();
        // (from given-name matches and English titles; an Arabic title may be followed by a common noun, so
        // after an Arabic title or nationality only a surname that passes the foreign-name checks counts:
        // رئيس البنك المركزي الأوروبي فيم دويسنبرج ... دويسنبرج)
        // (English: a surname alone after a title, candidate Faye, read after the full names, so that one of them bearing it
        // gives the word its person, the title's surname joining it: candidate Faye … Bassirou Diomaye Faye)
        const loneTitledSurname = (c: MentionCandidate) => lang === 'en' && c.rule === rule('title-name') && !/[ \t]/.test(doc.text.slice(c.start, c.end));
        const byFullNamesFirst = lang === 'en' ? [...out.filter((c) => !loneTitledSurname(c)), ...out.filter(loneTitledSurname)] : out;
        for (const c of byFullNamesFirst) {
          if (loneTitledSurname(c)) {
            const full = forms.get(doc.text.slice(c.start, c.end));
            if (full) c.key = full;
          }
          // Arabic: a speaker's one-word name that is a definite nisba surname (وقال الأعرجي إن ... الأعرجي) names him again
          if (lang === 'ar' && c.rule === rule('speaker-name') && !/[ \t]/.test(doc.text.slice(c.start, c.end))) {
            const w = doc.text.slice(c.start, c.end);
            if (nisbaSurname(w, 6) && !forms.has(w)) forms.set(w, c.key);
            // (and so does one the lists take for a foreign name: وقال ليبرمان إن ... ليبرمان)
            else if (loneForeign(w, 5) && !forms.has(w)) forms.set(w, c.key);
            continue;
          }
          // (a speaker's name of two words gives its surname as a title's does: وقال سيرهي ديميديوك إن ... ديميديوك)
          const arabicCue = lang === 'ar' && (c.rule === rule('title-name') || c.rule === rule('nisba-name') || c.rule === rule('speaker-name'));
          // (English: a pair of capitalized words read as a name, or initials and a name, give their words alone too:
          // Frantisek Gaulieder ... Gaulieder; Wang Donghai ... Wang)
          const englishPair = lang === 'en' && (c.rule === rule('name-pair') || c.rule === rule('initial-name'));
          if (c.rule !== rule('given-name') && c.rule !== rule('name-country') && !arabicCue && !englishPair && !(lang === 'en' && c.rule === rule('title-name'))) continue;
          // (عبد الله is one name word: its الله is no short form)
          const words: string[] = doc.text.slice(c.start, c.end).match(lang === 'ar' ? NAME_WORD_AR : /[^ \t]+/g) ?? [];
          // (a generational or regnal suffix names nobody alone: the surname before it is the short form, Albert Murray III ... Murray)
          while (lang === 'en' && words.length > 1 && suffixSet.has(words[words.length - 1])) words.pop();
          // (English: a surname a title introduced, President Clinton, is the person alone later too)
          if (words.length < 2 && !(lang === 'en' && c.rule === rule('title-name'))) continue;
          // not an epithet (عبدالله الثاني: الثاني alone is not the king)
          // (a surname after a particle is not used alone: آل ثاني, بن لادن)
          const afterParticle = words.length >= 2 && particles.has(lookupKey(words[words.length - 2]));
          const last = words[words.length - 1];
          if (lang === 'en' && afterParticle && words.length >= 3) {
            let k = words.length - 2;
            while (k > 1 && particles.has(lookupKey(words[k - 1]))) k--;
            if (!particleForms.has(last) && !forms.has(last)) particleForms.set(last, { parts: words.slice(k, -1).map((p) => p.toLowerCase()), key: c.key });
          }
          // (the first word too, except after an Arabic title or nationality: a name written family name first is
          // named by it alone later, Wang Donghai ... Wang; news names nobody by a given name alone)
          const candidates = [...(afterParticle ? [] : [last]), ...(arabicCue ? [] : [words[0]])];
          // (English: a surname that is also a title, after a given name, is the surname alone later: John Major ... Major 's office)
          const titleSurname = lang === 'en' && titleSurnameLast(words, true);
          for (const w of candidates) {
            if (w.length < 3 || (stop.has(lookupKey(w)) && !(titleSurname && w === last)) || ordinals.has(lookupKey(w)) || particles.has(lookupKey(w)) || forms.has(w)) continue;
            // (nor, in Arabic, a nationality or a word the common words list as written, which the text uses as an adjective
            // or a noun too: المصري، عدد، أهم; a given name of the lists still is one)
            if (lang === 'ar' && (nisbaWord?.test(w) || (common.listed(w) && !givenNames.has(w)))) continue;
            // (after an Arabic title, a foreign-shaped surname, or a definite nisba surname that is no nationality:
            // مستشار الأمن الوطني موفق الربيعي ... الربيعي)
            // (or a definite family name in ات that the common words do not hold, as Levantine ones end: محمد الطاهات)
            const family = familyInAt(w);
            // (or a definite family name of the shape a title takes after a given name: د. عزيز الدويك ... الدويك)
            if (arabicCue && !foreignWord(w, 4) && !nisbaSurname(w, 6) && !family && !(w.startsWith('ال') && titledSurname(w))) continue;
            forms.set(w, c.key);
          }
        }
        // (Arabic: a one-word name a speech verb introduces that is the last word of a full name named before, a nationality's
        // word or not, is that person: محمد حمد الكويتي … وأضاف الكويتي أن)
        if (lang === 'ar') {
          const lastWordOf = new Map<string, { key: string; start: number }>();
          for (const c of out) {
            const words = doc.text.slice(c.start, c.end).split(/[ \t]+/);
            if (words.length >= 2 && !lastWordOf.has(words[words.length - 1])) lastWordOf.set(words[words.length - 1], { key: c.key, start: c.start });
          }
          for (const c of out) {
            if (c.rule !== rule('speaker-name')) continue;
            const full = lastWordOf.get(doc.text.slice(c.start, c.end));
            if (full && full.start < c.start) c.key = full.key;
          }
        }
        if (forms.size || particleForms.size) {
          const hyphenated = lang === 'en' && [...forms.keys()].some((f) => f.includes('-'));
          const apostrophed = lang === 'en' && [...forms.keys()].some((f) => APOSTROPHED.test(f));
          // a word scan against the forms (no regex is built per document)
          const shapes = shapesOf([...forms.keys(), ...particleForms.keys()]);
          const text = doc.text;
          for (const r of regions) {
            for (let wi = scanFrom(docWords, r.start); wi < docWords.length && docWords.start[wi] < r.end; wi++) {
              const wAt = docWords.start[wi];
              const len = docWords.end[wi] - wAt;
              const after = text.charCodeAt(wAt + len);
              // (a word no form has the shape of is passed before it is sliced, unless it joins the next: O'Neill, Guerrero-Saade)
              if (!mayBeForm(shapes, text, wAt, len, lang === 'ar') && !(hyphenated && after === 45) && !(apostrophed && len === 1 && (after === 39 || after === 0x2019))) continue;
              const w0 = wordAt(docWords, wi);
              // (a hyphenated surname is one word, Guerrero-Saade, and so is one with a one-letter prefix and an
              // apostrophe, O'Neill: the word scan splits both)
              const next = doc.text[wAt + w0.length];
              const joinedRe = hyphenated && next === '-' ? HYPHENATED : apostrophed && w0.length === 1 && (next === "'" || next === '’') ? APOSTROPHED : null;
              const j = joinedRe?.exec(doc.text.slice(wAt, wAt + 60));
              const joinedKey = j ? forms.get(j[0]) : undefined;
              if (j && joinedKey) {
                out.push({ start: wAt, end: wAt + j[0].length, rule: rule('short-form'), type: 'person', key: joinedKey, name: '' });
                wi = scanFrom(docWords, wAt + j[0].length) - 1;
                continue;
              }
              // (English headlines write a surname in capitals: CUTTITTA BACK FOR ITALY ... Massimo Cuttitta)
              const own = forms.get(w0) ?? (lang === 'en' && w0.length >= 3 && allCapitals(w0) ? forms.get(w0[0] + w0.slice(1).toLowerCase()) : undefined);
              // (Arabic: a name after a word that makes it another thing's name is not the person: جائزة نوبل)
              const blocked = () => lang === 'ar' && (notBefore?.test(doc.text.slice(Math.max(0, wAt - 12), wAt)) ?? false);
              if (own) {
                if (!blocked()) out.push({ start: wAt, end: wAt + w0.length, rule: rule('short-form'), type: 'person', key: own, name: '' });
                continue;
              }
              const withParticles = particleForms.get(w0);
              if (withParticles) {
                // (the particles right before it, one space apart, the first capitalized or not; a word boundary before them)
                let from = wAt;
                for (let k = withParticles.parts.length - 1; k >= 0 && from >= 0; k--) {
                  const p = withParticles.parts[k];
                  const at = from - 1 - p.length;
                  from = at >= 0 && text[from - 1] === ' ' && text.slice(at, from - 1).toLowerCase() === p && (k === 0 || text.slice(at, from - 1) === p) ? at : -1;
                }
                if (from >= 0 && !/[A-Za-z]/.test(text[from - 1] ?? '')) out.push({ start: from, end: wAt + w0.length, rule: rule('short-form'), type: 'person', key: withParticles.key, name: '' });
                continue;
              }
              if (lang !== 'ar' || !mayHaveProclitic(w0)) continue;
              const skip = procliticSkip(w0, (form) => forms.has(form));
              if (skip < 0 || blocked()) continue;
              out.push({ start: wAt + skip, end: wAt + w0.length, rule: rule('short-form'), type: 'person', key: forms.get(w0.slice(skip))!, name: '' });
            }
          }
        }
        // (whether a word stands alone twice in the article: counted once per word, the search stops at two)
        const standing = new Map<string, number>();
        const recursElsewhere = (w: string): boolean => {
          let n = standing.get(w);
          if (n === undefined) {
            n = 0;
            for (let i = doc.text.indexOf(w); i >= 0 && n < 2; i = doc.text.indexOf(w, i + 1))
              if (!/[\u0621-\u064A]/.test(doc.text[i - 1] ?? '') && !/[\u0621-\u064A]/.test(doc.text[i + w.length] ?? '')) n++;
            standing.set(w, n);
          }
          return n >= 2;
        };
        // Arabic: a surname found alone, right after a word the lists take for a foreign given name, is that full
        // name (وأضاف أنوش أنصاري: أنصاري names her elsewhere; أنوش is no common word, verb or office)
        if (lang === 'ar') {
          // (what other candidates cover: a name already found before the surname is left alone)
          const covered = coverage(out);
          for (const c of out) {
            if (c.rule !== rule('short-form')) continue;
            const prev = PREV_WORD_AR.exec(doc.text.slice(Math.max(0, c.start - 20), c.start));
            const w = prev?.[1];
            if (!w || covered.has(c.start - prev[0].length)) continue;
            if (!loneForeign(w, 4) || notSpeaker.has(lookupKey(w)) || speechWords.has(lookupKey(w)) || nisbaWord?.test(w)) continue;
            // (and the article writes that word again, alone or before the surname: a given name recurs, a word
            // that happens to stand there mostly does not)
            if (!recursElsewhere(w)) continue;
            c.start -= prev[0].length;
            c.rule = rule('given-name');
          }
        }
        // a full name found once is the same person wherever the article writes it again, whatever the words
        // around it there (the longer span wins over a short form on the same words)
        const full = new Map<string, string>();
        for (const c of out) {
          if (c.rule === rule('latin-form') || c.rule === rule('short-form')) continue;
          const t = doc.text.slice(c.start, c.end);
          if (/[ \t]/.test(t) && !full.has(t)) full.set(t, c.key);
        }
        if (full.size) {
          // a word scan: names by their first word, each tried where that word starts (no search per name)
          const byFirst = new Map<string, [string, string][]>();
          for (const [t, key] of full) {
            const first = t.split(/[ \t]/)[0];
            const list = byFirst.get(first);
            if (list) list.push([t, key]);
            else byFirst.set(first, [[t, key]]);
          }
          const taken = new Set(out.map((c) => `${c.start}:${c.end}`));
          const letter = lang === 'ar' ? /[\u0621-\u064A]/ : /[A-Za-z0-9]/;
          const firstShapes = shapesOf(byFirst.keys());
          for (const r of regions) {
            for (let wi = scanFrom(docWords, r.start); wi < docWords.length && docWords.start[wi] < r.end; wi++) {
              const wAt = docWords.start[wi];
              if (!mayBeForm(firstShapes, doc.text, wAt, docWords.end[wi] - wAt, lang === 'ar')) continue;
              const w0 = wordAt(docWords, wi);
              // (in Arabic one or two proclitic letters may be glued on: وجانيت مانفرا; tried only when the word is no first word itself)
              const skip = byFirst.has(w0) ? 0 : lang === 'ar' && mayHaveProclitic(w0) ? procliticSkip(w0, (form) => byFirst.has(form)) : -1;
              if (skip < 0) continue;
              const at = wAt + skip;
              for (const [t, key] of byFirst.get(skip ? w0.slice(skip) : w0)!) {
                const end = at + t.length;
                if (end > r.end || !doc.text.startsWith(t, at) || letter.test(doc.text[end] ?? '') || taken.has(`${at}:${end}`)) continue;
                out.push({ start: at, end, rule: rule('repeated-name'), type: 'person', key, name: '' });
              }
            }
          }
        }
        return out;
      },
    },
  ];
}
