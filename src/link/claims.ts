/**
 * Claims: which actor is said to be behind a hostile act, who says so, and who denies it. A claim is
 * found as a frame, a word with its roles, on the token table, the lexicon's hits and the linked mentions
 * (src/link/view.ts); its claimant is the speaker of the speech frame whose content holds it (src/link/
 * speech.ts: the subject of "said", "accused", "وقال", "according to" …), or nobody when the article
 * itself asserts it. Frames (rule `lang/attribution/<what>`):
 *  - link: an actor, a linking phrase, its sponsor (hackers linked to Iran's MOIS; APT28, a group tied to
 *    the GRU; قراصنة مرتبطون بالحكومة الإيرانية);
 *  - compound: a sponsor glued to an actor (Iran-linked hackers, Kremlin-backed group);
 *  - nisba-actor: an actor noun with a demonym or an origin (Russian hackers, hackers from North Korea,
 *    قراصنة روس، متسللين من روسيا), or with "state-sponsored" and a state;
 *  - accusation: a verb of accusing and the accused (accused Russia of hacking, blamed Iran for the attack,
 *    اتهم … الروس بشن هجمات), one claim per accused;
 *  - attribution: a verb that attributes an act or a group to a doer or sponsor (attributed the attack to
 *    X, pinned the hack on X, linked the group to X; نسب الهجوم إلى X);
 *  - act: a doer and a hostile act verb (Russian hackers breached …; X was behind the attack; the attack
 *    was carried out by X; شنت روسيا هجمات);
 *  - actor-act: a named threat actor next to a hostile word (APT31 attacks; هجمات مجموعة X), or seen at work
 *    by an observer (APT31 was spotted by Google);
 *  - sanction: sanctions on X for a hostile act (عقوبات على X بسبب …), claimed by the sanctioner;
 *  - state-act: a demonym qualifying a hostile act (Russian interference, التدخل الروسي);
 *  - origin-verb: a doer, then a finite verb of working from a place (LockBit operates out of Russia; مجموعة X تنشط من
 *    روسيا): the place is its origin;
 *  - denial: a verb of denying and its subject; what is denied is the state or actor of the denied clause
 *    (rejected accusations that Beijing was behind …), else the last claim against the denier's state,
 *    else the denier itself (China denies the hack); denial-phrase: "baseless", "لا أساس لها" in a quote;
 *  - described-denial: the accused state, or its body named by its nationality, calling the accusations something (The
 *    Russian embassy called the accusations a provocation; ووصفت السفارة الروسية الاتهامات بأنها …): its denial of the
 *    claim against it, when one was made;
 *  - collusion-denial: a denial (verb, noun or phrase) of collusion (denied any collusion; نفي تواطؤ حملته):
 *    that unnamed people colluded, with no sponsor; collusion: the partner of X conspired with Y acts too;
 *  - naming: a phrase that names the group a story spoke of (dubbed X, أطلقت عليها اسم "…"): in its sentence the
 *    unnamed doers get the name; referring back (this group, known as X), a claim that the named group is tied to
 *    the sponsor of the unnamed doers before it (they keep their descriptive name).
 * A state acting itself is written actor null, attributed_to the state, as SPEC asks.
 */
import type { KbEntry } from '../resources/schema.js';
import { foldForMatching } from '../core/clean.js';
import { firstAbove } from '../core/arrays.js';
import type { Span } from '../core/types.js';
import { NUMBER } from '../core/tokens.js';
import type { SpeechFrame } from './speech.js';
import { arabicCharge, coordinated, inDateline, nationalitySubjectEnd, pastDate, pastGaps, pastGloss, relativeClauseClose, subjectsBefore, unnamedEndingAt } from './speech.js';
import { BE_FORMS, INDEFINITE_EN, PREPS_EN, SUBJECT_PRONOUNS, STATE_BODIES, STATE_PEOPLE, View, type TokMention } from './view.js';
import { APPOSITIVE_PRONOUN_AR, DEFINITE_WORD_AR, PLURAL_COMPLEMENTIZER_AR, PLURAL_OR_DUAL_AR, PRONOUN_COMPLEMENTIZER_AR, PRONOUN_SUFFIXED_AR, SHORT_BA_NOUN_AR } from '../extractors/arabic-shapes.js';

export interface ClaimCandidate {
  rule: string;
  /** the doer: an entity, or null (unnamed), with the words that name it */
  actor: string | null;
  actorText?: Span;
  /** the sponsor: an entity, or a knowledge-base entry to add as one (a demonym's state), or null */
  sponsor: string | { kb: KbEntry; at: Span } | null;
  /** the claimants: entities; empty with claimText for an unnamed one; empty alone for the article itself */
  claimants: string[];
  claimText?: Span;
  /** a name inside an unnamed claimant's words (a senior Biden administration official): its state claims */
  claimVia?: string;
  /** a claimant named only by a demonym (العقوبات البريطانية): the knowledge-base entry, added as an entity */
  claimKb?: { kb: KbEntry; at: Span };
  stance: 'asserted' | 'denied';
  evidence: Span;
  /** naming: the name given to earlier unnamed actors (those whose evidence starts at or after namingFrom) */
  naming?: string;
  namingFrom?: number;
  /** where the naming's sentence starts: the unnamed doers before it keep their descriptive name */
  namingSentence?: number;
  /** a denial whose denied claim is not in its own words: found among the claims before it */
  open?: boolean;
  /** a denial phrase (baseless, لا أساس لها): it denies a claim only if one was made before */
  needsPrior?: boolean;
  /** an unnamed doer with no sponsor, named by an actor noun (hackers breached …; القراصنة يطالبون) */
  unnamed?: boolean;
  /** an operation's phrase with its state (American sabotage operations, عمليات تخريب أمريكية), no doers a group named
   *  later stands for */
  operation?: boolean;
}

/** A state named by its nationality at a token: its entity, or its knowledge-base entry and the adjective's span when the
 *  article names it only so; where the adjective ends. */
type DemonymState = (i: number) => { sponsor: string | { kb: KbEntry; at: Span }; e: number } | null;

interface ActorNP {
  s: number;
  e: number;
  /** the actor's noun (hackers in "criminal hackers") */
  head: number;
  /** a threat actor named in or right by the phrase (APT31 hacking group) */
  named: TokMention | null;
  /** the sponsor the phrase itself names (Russian hackers, hackers from Iran, Iran-linked group) */
  sponsor: string | { kb: KbEntry; at: Span } | null;
  sponsorTok: number;
  /** more sponsors coordinated with the first (hackers from Iran, China and North Korea; قراصنة من روسيا والصين) */
  also?: (string | { kb: KbEntry; at: Span })[];
  /** an operation or its instruments (a campaign, accounts), not a group of people */
  operation?: boolean;
}

/** how far back, in characters, sanctions with no one imposing them are those an earlier sentence's imposer imposed */
const SANCTION_REACH = 1500;

/** Nouns for a state's bodies or people that a nisba after them gives their state (بالحكومة الروسية، بأجهزة الاستخبارات
 *  الروسية): a sponsor, unlike an event's noun (بالانتخابات الأمريكية). */
const NISBA_SPONSOR_NOUNS = ['speech-verbs.state_speakers', 'speech-verbs.state_officials', 'organizations.heads', 'attribution.actors', 'attribution.weak_actors', 'attribution.weak_bodies', 'attribution.state_services'];

/** English: a company's name at token s after "a", with a noun after it, names what the doer is, and is none itself
 *  (targeted by a Facebook Messenger phishing scam; hacked by a Microsoft contractor). */
function modifierName(v: View, s: number): boolean {
  if (v.lang !== 'en' || !INDEFINITE_EN.has(v.key(s - 1))) return false;
  const m = v.mention(s);
  return !!m && m.s === s && m.type === 'organization' && v.isWord(m.e) && !v.is(m.e, 'speech-verbs.complementizers') && !v.isAny(m.e, ['attribution.act_verbs', 'speech-verbs.verbs']);
}

/** The closing bracket of the one opened at token k, within twenty tokens and before b (APT40 (TEMP.Periscope/Leviathan)),
 *  else k. */
function bracketEnd(v: View, k: number, b: number): number {
  for (let j = k + 1; j < Math.min(b, k + 20); j++) {
    if (v.key(j) === ')') return j;
    if (v.key(j) === '(' || v.clauseEnd(j)) return k;
  }
  return k;
}

/** A word stepped over between a doer and its phrase (attribution.gap_words), as written: not a word less a proclitic. */
function gapWord(v: View, k: number): boolean {
  return v.is(k, 'attribution.gap_words') && v.hitPre(k, 'attribution.gap_words') === 0;
}
/** English: the gap words (up to five) before token i that hold a copula (X is likely behind, X is believed to be based
 *  in): the token before them, else null when none of them is a copula. */
function copulaGapBefore(v: View, i: number, a: number): number | null {
  let k = i - 1;
  let copula = false;
  for (let n = 0; n < 7 && k >= a && hedgeGap(v, k); n++, k--) if (v.is(k, 'attribution.copulas')) copula = true;
  return copula ? k : null;
}
/**
 * The body or state an act was done for, named after the verb in its clause (hacked the computers of … on behalf of China's
 * Ministry of State Security; اخترقوا الحواسيب لصالح وزارة أمن الدولة): after attribution.behalf, within 30 tokens; the
 * body of a state's possessive (China's MSS: the MSS), else the place; null when none.
 */
/** The first phrase of acting for someone (attribution.behalf) in the clause within 30 tokens after `from`: its token,
 *  or -1. */
function behalfPhraseAt(v: View, from: number, b: number): number {
  for (let k = from; k < b && k < from + 30 && !v.clauseEnd(k); k++) if (v.hitEnd(k, 'attribution.behalf') > k) return k;
  return -1;
}
function behalfAfter(v: View, from: number, b: number): { id: string; e: number } | null {
  const k = behalfPhraseAt(v, from, b);
  if (k < 0) return null;
  // (the article before the name, or Arabic's ل glued to it)
  let q = v.hitEnd(k, 'attribution.behalf');
  if (q < b && v.key(q) === 'the') q++;
  const m = v.mention(q);
  if (!m || m.s !== q || (m.type !== 'organization' && m.type !== 'location')) return null;
  if (m.type === 'location' && v.possessiveAt(m.e)) {
    const body = v.mention(m.e + 2);
    if (body && body.s === m.e + 2 && body.type === 'organization') return { id: body.id, e: body.e };
  }
  return { id: m.id, e: m.e };
}
/** The gaps (gap words, hedges in quotes, gap phrases of more words) and copulas right before token i, at most `steps` of
 *  them: the token before them, and whether a copula or a form of "be" is among them (was likely; كانت "على الأرجح"). */
function gapsBefore(v: View, i: number, a: number, steps: number): { k: number; copula: boolean } {
  let k = i - 1;
  let copula = false;
  for (let n = 0; n < steps && k >= a; n++) {
    if (v.is(k, 'attribution.copulas')) {
      copula = true;
      k--;
      continue;
    }
    const g = gapEndingAt(v, k, a);
    if (g < 0) break;
    for (let j = g; j <= k; j++) if (v.is(j, 'attribution.copulas') || BE_FORMS.has(v.key(j))) copula = true;
    k = g - 1;
  }
  return { k, copula };
}
/** Where a gap ending at token k starts: a gap word or a quotation mark next to one there (hedgeGap), or a gap phrase of
 *  more words ending there (على الأرجح, as written, no proclitic); -1 when none ends there. */
function gapEndingAt(v: View, k: number, a: number): number {
  if (hedgeGap(v, k)) return k;
  for (let j = k - 1; j >= Math.max(a, k - 3); j--) if (v.hitEnd(j, 'attribution.gap_words') === k + 1 && v.hitPre(j, 'attribution.gap_words') === 0) return j;
  return -1;
}
/** A gap word, or a quotation mark next to one: a hedge in scare quotes (APT31 was "almost certainly" behind). */
function hedgeGap(v: View, k: number): boolean {
  return gapWord(v, k) || (v.isQuote(k) && !v.mention(k) && (gapWord(v, k - 1) || gapWord(v, k + 1)));
}
/** Arabic's gap words in Arabic; elsewhere only the comma they hold (the code that asks runs in both languages). */
function arGap(v: View, k: number): boolean {
  return v.lang === 'ar' ? gapWord(v, k) : v.key(k) === ',' || v.key(k) === '،';
}
/** How far back (tokens) a claim looks in its sentence for a word of claiming and its subject (claimantsAt). */
const CLAIM_REACH = 120;
/** How many of a sentence's claims so far a frame looks back over (here): no sentence of news makes more. */
const HERE_WINDOW = 64;

/** The trigger categories of the frames that start at either of two kinds of word (View.nextStart takes a list). */
const ACCUSE_OR_BLAME = ['attribution.accuse_verbs', 'attribution.blame_verbs', 'attribution.person_object_verbs'];
const LINKS = ['attribution.links', 'attribution.links.glued'];
/** A hostile word of any kind (an act, a hostile noun, a verb of acting): a sentence with one is about attacks. */
const HOSTILE_CATS = ['attribution.hostile', 'attribution.acts', 'attribution.act_verbs'];
/**
 * Whether the name or nationality at token k is what a word of hostility before it is aimed at (hostile to the United
 * States, opposed to Iran; معادية للولايات المتحدة, ل glued to the name): a target, no sponsor.
 */
function opposedBefore(v: View, k: number): boolean {
  if (k < 1) return false;
  if (v.lang === 'ar') return v.key(k).startsWith('ل') && v.is(k - 1, 'attribution.opposed');
  const to = DETERMINERS.has(v.key(k - 1)) ? k - 2 : k - 1;
  return to >= 1 && v.key(to) === 'to' && v.is(to - 1, 'attribution.opposed');
}
/** English prepositions of place or target: an operation's noun after one names what was hit (inside US networks). */
const TARGET_PREPS_EN: ReadonlySet<string> = new Set(['in', 'inside', 'into', 'on', 'onto', 'against', 'at', 'across', 'within', 'through']);
/** The words an actor's phrase may open with, a preposition glued to them or not (بقراصنة، لشبكة تضليل، لثلاثة إيرانيين). */
const GLUED_PHRASE_WORDS = ['attribution.actors', 'attribution.weak_actors', 'attribution.weak_bodies', 'attribution.operations', 'attribution.group_nouns', 'number-words.ones.phrases'];
/** A hostile noun or an act: what makes a word near a doer or a denial about an attack. */
const HOSTILE_WORDS = ['attribution.hostile', 'attribution.acts'];
/** Where a hostile act's word or phrase starting at token k ends (HOSTILE_WORDS), or k when none starts there. */
const hostileWordEnd = (v: View, k: number): number => Math.max(k, ...HOSTILE_WORDS.map((c) => v.hitEnd(k, c)));
/** English: the sponsor a place glued to a participle gives (Iran-linked, Beijing-backed, a Wuhan-based company): the place;
 *  but a city a doer is only based in (attribution.seat_suffixes) gives its state where the article names it, else none
 *  (a Shanghai-based hacker ties no one to a city). */
function placeSponsor(v: View, m: TokMention, suffix: number): string | null {
  const info = v.entity(m.id);
  if (!info?.country || !v.is(suffix, 'attribution.seat_suffixes')) return m.id;
  return info.state ?? null;
}

/** The signs of a currency a price opens with ($10,000, €5): after charged, a price asked, no charge. */
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);

/** Verbs of another clause's saying or denying: an accusation's noun does not reach past them for its charge. */
const CLAUSE_VERBS = ['speech-verbs.verbs', 'speech-verbs.claim_cues', 'attribution.denials'];
/** Verbs of denying: those that deny what they take (attribution.denials) and those that deny only a word for claims
 *  (attribution.claim_denials: opposes any accusations). */
const DENIAL_VERBS = ['attribution.denials', 'attribution.claim_denials'];
/** Where the denial verb at token i ends (either kind), or i if none starts there. */
const denialEnd = (v: View, i: number): number => Math.max(v.hitEnd(i, 'attribution.denials'), v.hitEnd(i, 'attribution.claim_denials'));
/** The words an actor phrase starts at (hackers; in a hostile sentence also a weak actor noun or an operation). */
/** The verbs a self claim starts at: with its object after the doer (أعلنت X مسؤوليتها عن), or the act itself (تبنت X الهجوم). */
const SELF_CLAIM_VERBS = ['attribution.self_claim_verbs', 'attribution.self_claim_act_verbs', 'attribution.self_claim_relative_verbs'];
/** How many tokens before a sanction an anaphoric reason looks for the act it stands for (about two sentences of news). */
const SENTENCE_BACK = 80;
const ACTOR_WORDS_HOSTILE = ['attribution.actors', 'attribution.weak_actors', 'attribution.weak_bodies', 'attribution.operations'];
/** The words an actor phrase starts at in a sentence with no hostile word: an actor noun, or a weak one that is a group anaphor. */
const ACTOR_WORDS_QUIET = ['attribution.actors', 'attribution.weak_actors'];
/** How far back (characters) a definite group word looks for the group it stands for (the group, المجموعة). */
const ANAPHOR_REACH = 800;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** No tokens (a subject's search with no dates to pass over). */
const NO_TOKENS: ReadonlySet<number> = new Set();
/** A cleft between an Arabic subject and its verb (X هي التي شنت), and auxiliaries (X قد شنت، X كانت قد شنت). */
const CLEFT_AR = new Set(['هي التي', 'هو الذي', 'هم الذين', 'هما اللذان', 'هما اللتان']);
const AUX_AR = new Set(['قد', 'كانت', 'كان', 'كانوا', 'ربما']);
/** A definite group word standing for the group last named (the group, this gang, المجموعة، هذه الجماعة). */
const ANAPHOR = /^(?:(?:the|this) (?:group|gang|threat actor|actor|hacking group|hacker group)|(?:هذه )?(?:المجموعة|الجماعة))$/i;
/** How many words an attributing verb's preposition may follow it by (attributed … to X). */
const WORDS_TO_PREP = 20;
const PASSIVE_AUX = new Set([...BE_FORMS, 'has', 'have', 'had']);
/** The forms of "be" that make a participle after them passive ("has accused" is active, "has been accused" not). */
const PASSIVE_BE = new Set([...BE_FORMS, "'s", 'got', 'get', 'gets']);
/** Whether token k is an adverb or auxiliary between a subject and its verb (publicly, also, not: the resource's
 *  subject gaps, and any word in -ly). */
function adverbGap(v: View, k: number): boolean {
  return /ly$/.test(v.key(k)) || v.is(k, 'speech-verbs.subject_gaps');
}

/** Whether the English verb at token `i` is a passive participle: a form of "be" before it, with at most two
 *  adverbs between (was publicly accused, were also formally blamed). */
function passiveAt(v: View, i: number): boolean {
  let k = i - 1;
  for (let n = 0; n < 2 && k >= 0 && adverbGap(v, k); n++) k--;
  return k >= 0 && PASSIVE_BE.has(v.key(k));
}
/** Nouns after a demonym that make it the state itself (the Iranian government, Russian intelligence). */
const STATE_HEADS_EN = new Set(['government', 'regime', 'state', 'authorities', 'intelligence', 'military', 'army', 'officials', 'leadership', 'administration', 'services', 'agencies']);
/** The nouns for a state's people and its government (officials, authorities; government, administration). */
// (folded as the token keys write them: the cleaned text folds alef forms, أجهزة is اجهزة there)
const STATE_HEADS_AR = new Set(['الحكومة', 'حكومة', 'النظام', 'الدولة', 'الاستخبارات', 'المخابرات', 'استخبارات', 'مخابرات', 'السلطات', 'الجيش', 'القوات', 'أجهزة'].map(foldForMatching));

/**
 * The claims of a language's sentences: the helpers a document's frames share, then one function per frame (link,
 * accusation, involvement … naming, in the order they run), then the walk over the sentences that sets the sentence's
 * state (its bounds, hostile words, actor phrases) and runs the frames in turn. (A frame a function of its own: V8
 * optimizes each alone, where the one function they made was too large to optimize without being thrown out and
 * compiled again on varied text.)
 */
export function findClaims(v: View, frames: readonly SpeechFrame[], _kb: readonly KbEntry[], entityOfKb: (id: string) => string | undefined): ClaimCandidate[] {
  const ar = v.lang === 'ar';
  const out: ClaimCandidate[] = [];
  const lang = v.lang;
  const rule = (what: string) => `${lang}/attribution/${what}`;
  // frames by their content, to find who makes a claim
  // (not a relative denial's, which Moscow denied: its words are the claim just made, asserted by that claim's speaker;
  // the denier denies it, by the relative denial below)
  const notRelative = frames.filter((f) => !f.rule.endsWith('/quote/relative-denial'));
  const byContent = new FrameIndex(notRelative);
  const bySentence = new Map<number, SpeechFrame[]>();
  for (const f of frames) {
    const s = v.t.sentence[f.cueTok[0]];
    const list = bySentence.get(s);
    if (list) list.push(f);
    else bySentence.set(s, [f]);
  }
  // (each sentence's frames by their cue, stably: a binary search finds the latest cue before a place)
  for (const list of bySentence.values()) list.sort((x, y) => x.cueTok[0] - y.cueTok[0]);
  const claimantsAt = (t: number): { ids: string[]; text?: Span } => {
    let best: SpeechFrame | null = byContent.at(t);
    // else a cue earlier in the same sentence whose words the frame did not reach (وأشارت مانفرا إلى التداخلات الروسية)
    if (!best) {
      // (the sentence's frames are in the order of their cues, which do not overlap: the last one ending by t, found by a
      // binary search, is the latest cue before t; of frames sharing that cue, the first)
      const list = bySentence.get(v.t.sentence[t]) ?? [];
      let lo = firstAbove(list, t, (f) => f.cueTok[1]);
      while (lo > 1 && list[lo - 2].cueTok[0] === list[lo - 1].cueTok[0]) lo--;
      if (lo > 0) best = list[lo - 1];
    }
    // (a news agency credited for the sentence, وفقا لرويترز, is the claimant only when no one in the sentence makes the claim)
    const agencyOnly = best && best.speakers.length > 0 && best.speakers.every((id) => v.entity(id)?.type === 'organization' && v.isAgency(id));
    if (best && !agencyOnly) return { ids: best.speakers, ...(best.speakerText && !best.speakers.length ? { text: best.speakerText } : {}) };
    // else a word of claiming earlier in the sentence (supported the findings, تفضح, exposed) and the body or
    // person named before it: its subject
    const s = v.t.sentence[t];
    if (s >= 0) {
      const first = v.t.sentenceTokens[2 * s];
      // (within CLAIM_REACH tokens: a line with no full stop and a claim every few words stays linear)
      for (let k = t - 1; k >= Math.max(first, t - CLAIM_REACH); k--) {
        if (!v.isAny(k, ['attribution.claims', 'attribution.accuse_verbs'])) continue;
        // (English: a participle with its preposition right after it and no name or unnamed source before it is a reduced
        // relative, a campaign attributed to APT10: the noun before it was attributed, nobody before it claims)
        if (!ar && v.is(k + 1, 'attribution.attribute_preps') && k - 1 >= first && v.isWord(k - 1) && !v.mentionEndingAt(k) && !v.is(k - 1, 'speech-verbs.unnamed') && !PASSIVE_BE.has(v.key(k - 1))) continue;
        // (the subject after an Arabic verb: فضحت شركة … مايكروسوفت، or before an English one)
        const svo = ar ? v.mentionEndingAt(k) : null;
        const m0 = ar ? (svo && svo.s >= first && (svo.type === 'person' || svo.type === 'organization') ? svo : firstMentionIn(v, k + 1, t, ['person', 'organization'])) : v.lastBefore(k, ['person', 'organization', 'news-agency']);
        // (not a wire story's dateline, WARSAW (Reuters) -: its agency tells the story, it makes no claim in it)
        const m = m0 && inDateline(v, m0.s) ? null : m0;
        // (coordinated subjects before an English verb claim each: The NSA, CISA, and FBI issued an advisory; the subject
        // before an appositive, as a speech verb's is: Mandiant, owned by Google, has described …)
        const subj = !ar && m && m.s >= first ? subjectsBefore(v, k, first, NO_TOKENS) : null;
        if (subj?.ids.length) return { ids: subj.ids };
        if (m && m.s >= first) return { ids: ar ? [m.id] : coordinated(v, m, first).map((x) => x.id) };
        // (else, after an Arabic verb, a state's government or officials named by their nationality: كشفت السلطات
        // الألمانية عن هجوم …، أعلنت الحكومة الأمريكية فرض عقوبات على …; the state, as a speaker phrase of a frame is)
        const se = ar ? nationalitySubjectEnd(v, k + 1) : -1;
        if (se > 0 && se <= t) return { ids: [], text: v.span(k + 1, se) };
        // (an Arabic verbal noun names no subject, فرض عقوبات على: the verb before it may, أعلنت الحكومة الأمريكية فرض …)
        if (ar && !m) continue;
        // (English: an unnamed speaker's words right before the verb and its auxiliary, a state's name or nationality before
        // them or not: US officials have described X as …; the words, as a frame's speaker phrase is)
        if (!ar && !m) {
          const q = v.is(k - 1, 'speech-verbs.auxiliaries') ? k - 1 : k;
          const u = unnamedEndingAt(v, q);
          if (u >= first) {
            const st = v.mentionEndingAt(u);
            const from = st && st.type === 'location' && st.s >= first ? st.s : demonymState(u - 1)?.e === u ? u - 1 : u;
            return { ids: [], text: v.span(from, q) };
          }
        }
        break;
      }
    }
    return best ? { ids: best.speakers } : { ids: [] };
  };
  /** The states a speaker phrase names one after another, joined by commas and and/و (US and British officials; مسؤولون
   *  أمريكيون وبريطانيون): each an entity where the article names it, else its knowledge-base entry; [] with any other word
   *  between them. */
  const joinedStates = (text: Span): (string | { kb: KbEntry; at: Span })[] => {
    const out: (string | { kb: KbEntry; at: Span })[] = [];
    let k = v.tokenAt(text.start);
    const end = v.tokenAt(text.end - 1) + 1;
    let gap = true;
    for (; k < end; k++) {
      const m = v.mention(k);
      const d = m ? null : demonymState(k);
      if ((m && m.s === k && m.type === 'location') || d) {
        // (Arabic: its و glued to it, وبريطانيون)
        if (!gap && !(ar && out.length && v.text[v.t.start[k]] === 'و')) return [];
        const st = m ? m.id : d!.sponsor;
        if (!out.some((x) => (typeof x === 'string' ? x === st : typeof st !== 'string' && x.kb.id === st.kb.id))) out.push(st);
        k = (m ? m.e : d!.e) - 1;
        gap = false;
        continue;
      }
      if (out.length && (v.key(k) === 'and' || v.key(k) === ',' || v.key(k) === '،')) gap = true;
      else if (out.length && !gap) break;
    }
    return out;
  };
  const cueFrames = new Map<number, SpeechFrame>();
  for (const f of frames) if (!cueFrames.has(f.cueTok[0])) cueFrames.set(f.cueTok[0], f);
  const frameOfCue = (t: number): SpeechFrame | undefined => cueFrames.get(t);
  /** The sponsor a demonym's hit at token i names: the state, as an entity if the article has it, else its KB entry. */
  const demonymState = (i: number): { sponsor: string | { kb: KbEntry; at: Span }; e: number } | null => {
    const d = v.demonymHit(i);
    // (a nationality after pro- or anti- is a side taken, no sponsor: pro-Russian hackers, a pro-Ukrainian group)
    if (d && !ar && i >= 2 && v.key(i - 1) === '-' && /^(?:pro|anti)$/.test(v.key(i - 2))) return null;
    // (nor one that names a language, a Russian-speaking gang: who speaks it, not who sponsors)
    if (d && !ar && v.key(d.e) === '-' && v.is(d.e + 1, 'attribution.language_speakers')) return null;
    return d ? { sponsor: entityOfKb(d.entry.id) ?? { kb: d.entry, at: d.at }, e: d.e } : null;
  };
  /** Whether a claim ends before token i and within 600 characters of it (among the last 64 claims: a long line of them
   *  stays linear). */
  const claimJustBefore = (i: number): boolean => {
    for (let j = out.length - 1; j >= 0 && j >= out.length - 64; j--) if (out[j].evidence.end <= v.t.start[i] && v.t.start[i] - out[j].evidence.end < 600) return true;
    return false;
  };
  /** English: the subject of a verb of saying or believing between a relative pronoun and the verb at token i (which some
   *  analysts believe is linked to …; that the FBI says is tied to …): a name, or an unnamed speaker's words; else undefined. */
  const relativeSpeaker = (i: number): { ids: string[]; text?: Span } | undefined => {
    // (not past a comma: a relative clause closed before the verb, LockBit, which Europol said was based in Russia, stole …)
    let r = i - 1;
    while (r > a && r > i - 8 && !v.is(r, 'attribution.relatives') && !v.clauseEnd(r) && v.key(r) !== ',') r--;
    if (!v.is(r, 'attribution.relatives')) return undefined;
    for (let k = r + 2; k < i; k++) {
      if (!v.isAny(k, ['speech-verbs.verbs', 'speech-verbs.claim_cues']) || v.mention(k)) continue;
      // (an auxiliary between the subject and the verb: which the FBI has said …)
      const m = v.mentionEndingAt(k) ?? (k - 1 > r && v.is(k - 1, 'speech-verbs.auxiliaries') ? v.mentionEndingAt(k - 1) : null);
      if (m && m.s >= r + 1 && (m.type === 'organization' || m.type === 'person' || m.type === 'location')) return { ids: [m.id] };
      // (a pronoun subject: the speaker its verb's frame found, which it said had stolen …: the body the pronoun stands for)
      // (or, with no frame of its own, a fragment of the words an outer frame reports, that frame's speaker)
      const f = k === r + 2 && v.isAny(r + 1, ['speech-verbs.body_pronouns', 'speech-verbs.person_pronouns']) ? frameOfCue(k) ?? byContent.at(k) ?? undefined : undefined;
      if (f?.speakers.length) return { ids: f.speakers };
      const u = unnamedEndingAt(v, k);
      return u > r ? { ids: [], text: v.span(r + 1, k) } : undefined;
    }
    return undefined;
  };
  /** English: a group's relative clause with a verb of saying or believing and its subject before the verb at i (Lazarus,
   *  which U.S. officials say operates under the RGB; DarkSide, which the FBI has said operates from Russia): the group
   *  before the relative pronoun as the doer, the subject as the claimants; else null. */
  const saidOfAntecedent = (i: number): { doer: { actor: string | null; text: Span; s: number }; claimants: { ids: string[]; text?: Span } } | null => {
    const said = relativeSpeaker(i);
    const ante = said ? relativeAntecedent(v, i, a, actors) : null;
    return ante && said ? { doer: { actor: ante.actor, text: ante.text, s: v.tokenAt(ante.text.start) }, claimants: said } : null;
  };
  const isHostile = (i: number) => v.isAny(i, HOSTILE_CATS);
  /** Where a state named as the maker of allegations ends (U.S. accusations, American accusations, Washington's
   *  accusations; in Arabic the nisba after the noun: الاتهامات الأمريكية), or -1: its allegations are what a denial
   *  rejects, the state is their author, not their target. */
  const accuserEnd = (k: number): number => {
    if (ar) {
      const d = k > 0 && v.is(k - 1, 'attribution.allegations') ? demonymState(k) : null;
      return d ? d.e : -1;
    }
    const m = v.mention(k);
    let e = m && m.s === k && m.type === 'location' ? m.e : (demonymState(k)?.e ?? -1);
    if (e < 0) return -1;
    if (v.possessiveAt(e)) e += 2;
    return v.is(e, 'attribution.allegations') ? e : -1;
  };
  /** The accused named in tokens [from, to): named doers or actor phrases right there, else the first state a
   *  demonym or a place's name gives (لنحو 12 ضابطا في الاستخبارات الروسية: Russia), unnamed. */
  const accusedIn = (from: number, to: number): Target[] => {
    // (not the allegations' author right after their noun: الاتهامات الأمريكية بشن هجمات)
    const author = accuserEnd(from);
    if (author > from) from = author;
    const found = targetsAfter(v, from, to, [], demonymState, ar).filter((t) => t.s < to);
    if (found.length) return found;
    for (let k = from; k < to; k++) {
      const accuser = accuserEnd(k);
      if (accuser > k) {
        k = accuser - 1;
        continue;
      }
      // (not the one the doers are hostile to: جهات معادية للولايات المتحدة)
      if (opposedBefore(v, k)) continue;
      const d = demonymState(k);
      if (d) return [{ actor: null, text: v.span(from, to), sponsor: d.sponsor, s: k, e: d.e }];
      const m = v.mention(k);
      if (m && (m.type === 'location' || m.type === 'threat_actor')) return [{ ...mentionTarget(m, null, v), s: m.s, e: m.e }];
    }
    return [];
  };
  /** whether token t is in the words of a denial (…denied that X was behind …; نفت … مزاعم بسرقة جواسيس صينيين) */
  const denialWords = new FrameIndex(notRelative.filter((f) => v.is(f.cueTok[0], 'attribution.denials')));
  const insideDenial = (t: number) => denialWords.at(t) !== null || unvoiced.some(([s, e]) => t >= s && t < e);
  /** the words of the sentence's denials whose denier no frame names (A top China spokesman … rejected accusations that …) */
  let unvoiced: [number, number][] = [];
  /** the asserted claims a denial of the sentence takes as what it denies */
  let deniedHere: Omit<ClaimCandidate, 'claimants' | 'claimText'>[] = [];

  // the sentence the frames read (its tokens [a, b)), and what its frames share: set for each sentence below
  let a = 0;
  let b = 0;
  let sentenceFrom = 0;
  let hostile = false;
  let actors: ActorNP[] = [];
  /** actor ids a frame of this sentence already claimed */
  let claimed = new Set<string>();
  /** the tokens a sponsor frame read as a group's sponsor (no act of their own) */
  let sponsoredAt = new Set<number>();
  /** the words of responsibility a responsibility frame read (held X responsible for: no act of X's own there) */
  let heldAt = new Set<number>();
  // (the claims of this sentence: what a rule asks of the claims made so far is asked of these, not of the document's;
  // the last HERE_WINDOW of them, so that a line with no full stop and a claim every few words stays linear)
  const here = (test: (c: ClaimCandidate) => boolean): boolean => {
    for (let j = out.length - 1; j >= Math.max(sentenceFrom, out.length - HERE_WINDOW); j--) if (test(out[j])) return true;
    return false;
  };
  // (not an allegation told, مزاعم بأن حملته تواطأت مع الكرملين: that is someone else's claim, often denied; nor an
  // open question, يحقق فيما إذا كانت حملته قد تواطأت)
  const alleged = (i: number): boolean => {
    for (let k = Math.max(a, i - 8); k < i; k++) if (v.isAny(k, ['attribution.allegations', 'attribution.open_questions'])) return true;
    return false;
  };
  /** The claimants of the last sanction claim before token i that had one, within SANCTION_REACH characters; else
   *  undefined. */
  const earlierImposer = (i: number): { ids: string[] } | undefined => {
    for (let n = out.length - 1; n >= 0 && n >= out.length - 12; n--) {
      const c = out[n];
      if (c.evidence.end > v.t.start[i]) continue;
      if (v.t.start[i] - c.evidence.end > SANCTION_REACH) return undefined;
      if (c.rule === rule('sanction') && c.claimants.length) return { ids: [...c.claimants] };
    }
    return undefined;
  };
  const push = (c: Omit<ClaimCandidate, 'claimants' | 'claimText'>, anchor: number, claimants?: { ids: string[]; text?: Span; kb?: { kb: KbEntry; at: Span } }) => {
    // (an asserted claim inside a denial's words is what is denied: the denial takes it)
    if (c.stance === 'asserted' && !claimants && insideDenial(anchor)) {
      deniedHere.push(c);
      return;
    }
    const who = claimants ?? claimantsAt(anchor);
    // (the actor's words without a conjunction glued to them, as the evidence: والقراصنة يطالبون → القراصنة)
    // (and without a preposition glued to them: مرتبطة بشبكة تضليل → شبكة تضليل; لشبكة → شبكة; لثلاثة إيرانيين)
    if (c.actorText && ar) {
      const k = v.tokenAt(c.actorText.start);
      const at = k < v.t.length && v.t.start[k] === c.actorText.start;
      const pre = at ? Math.max(0, ...GLUED_PHRASE_WORDS.map((cat) => (v.is(k, cat) ? v.hitPre(k, cat) : 0))) : 0;
      const from = pre > 0 && /^[وف]*[بلك]$/.test(v.text.slice(v.t.start[k], v.t.start[k] + pre)) ? v.t.start[k] + pre : at ? v.evidence(k, k + 1).start : c.actorText.start;
      if (from > c.actorText.start && from < c.actorText.end) c = { ...c, actorText: { start: from, end: c.actorText.end } };
    }
    if (!c.actor && c.actorText) {
      const back = anaphorActor(c.actorText);
      if (back) c = { ...c, actor: back };
    }
    // ("officials" of a state are the state, GOLD.md: US officials, a senior Biden administration official)
    // (and a state's officials or authorities named by its nationality: Chinese officials, المسؤولون الإيرانيون)
    // (never the accused itself: a speaker phrase read too far, هيئة محلفين الاتهام إلى روسيا, names it)
    const within = !who.ids.length && who.text ? mentionWithin(v, who.text, ['location', 'person', 'organization']) : undefined;
    // (not a place as the adjective of a noun that names no state's people or body: A large U.S. hospital operator)
    const last = who.text ? v.tokenAt(who.text.end - 1) : -1;
    const placeAdjective = within?.type === 'location' && within.e <= last && !v.isAny(last, OFFICIAL_HEADS);
    const viaMention = within && !placeAdjective && within.id !== c.actor && within.id !== (typeof c.sponsor === 'string' ? c.sponsor : null) ? within : undefined;
    // (or a state's office named by its nationality with no name, وزير الخارجية البولندي, as English Poland's foreign minister)
    const via = viaMention?.id ?? (!who.ids.length && who.text ? (v.stateNamedBy(who.text, 'speech-verbs.state_officials') ?? v.stateOfOffice(who.text)) : null);
    // (the state named by the adjective alone, Chinese officials or the Chinese government in an article that names China
    // nowhere: made an entity)
    const viaKb = !via && !claimants?.kb && !who.ids.length && who.text ? v.stateKbNamedBy(who.text, STATE_PEOPLE) : null;
    const claimKb = claimants?.kb ?? viaKb;
    // (states joined by and/و before the officials' noun claim each, GOLD.md's coordinated claimants: US and British
    // officials, مسؤولون أمريكيون وبريطانيون)
    const joined = !who.ids.length && who.text && (via || viaKb) ? joinedStates(who.text) : [];
    if (joined.length > 1) {
      for (const st of joined) out.push({ ...c, claimants: [], claimText: who.text!, ...(typeof st === 'string' ? { claimVia: st } : { claimKb: st }) });
      return;
    }
    out.push({ ...c, claimants: who.ids, ...(who.text ? { claimText: who.text } : {}), ...(via ? { claimVia: via } : {}), ...(claimKb ? { claimKb } : {}) });
    if (c.actor) claimed.add(c.actor);
  };
  // (a definite group word, the group, المجموعة, refers back to the group last named nearby)
  const anaphorActor = (text: Span): string | null => groupAnaphor(v, text);
  /** Where the clause after token `k` ends, before `end`: a punctuation mark, a complementizer, an agent's preposition or a relative. */
  const clauseAfter = (k: number, end: number): number => {
    // (a name's own points are no punctuation of the clause: interfering in U.S. elections)
    while (k < end && (!v.isPunct(k) || (v.mention(k)?.s ?? k) < k) && !v.isAny(k, ['speech-verbs.complementizers', 'attribution.agent_preps', 'speech-verbs.relatives'])) k++;
    return k;
  };
  /** The token before `k` is a verb of finding, studying, reporting or stopping (speech-verbs.observer_verbs), in the sentence. */
  const observerBefore = (k: number): boolean => k - 1 >= a && v.is(k - 1, 'speech-verbs.observer_verbs');
  /** A name at token `s` is the agent of such a verb: right after it, after it and a head word (رصدتها شركة X), or after it
   *  and an agent preposition (تم رصدها من قبل X). */
  const observedBy = (s: number): boolean => {
    if (observerBefore(s) || (s - 1 >= a && !v.isPunct(s - 1) && observerBefore(s - 1))) return true;
    for (let p = Math.max(a, s - 3); p < s; p++) if (v.hitEnd(p, 'attribution.agent_preps') === s && observerBefore(p)) return true;
    return false;
  };
  /** The accused's own nisba (قراصنة صينيين, Chinese hackers) read before as a claim of its own: that claim without its claimant, dropped. */
  const dropOwnNisba = (t: Target): void => {
    for (let n = out.length - 1; n >= sentenceFrom; n--) if (out[n].rule === rule('nisba-actor') && out[n].evidence.start >= v.t.start[t.s] && out[n].evidence.end <= v.t.end[t.e - 1]) out.splice(n, 1);
  };
  /** The last token of the subject before the verb at token i: past up to three adverbs or auxiliaries (has also; قد). */
  const subjectEndBefore = (i: number): number => {
    let k = i - 1;
    for (let n = 0; n < 3 && k >= a && (adverbGap(v, k) || PASSIVE_AUX.has(v.key(k)) || (ar && arGap(v, k))); n++) k--;
    return k;
  };
  /** A body, person or place of the sentence ending at token k: a verb's subject. */
  const subjectBefore = (k: number): TokMention | null => {
    let m = v.mentionEndingAt(k + 1);
    // (Arabic: the body's nationality after its name, مكتب التحقيقات الفيدرالي الأمريكي: the body)
    for (let j = k; !m && ar && j >= Math.max(a + 1, k - 1); j--) if (v.demonymEnd(j) === k + 1) m = v.mentionEndingAt(j);
    return m && m.s >= a && (m.type === 'organization' || m.type === 'person' || m.type === 'location') ? m : null;
  };
  /** A name is the subject of a verb of imposing sanctions within three words before it (فرضت وزارة الخزانة، الجمعة،
   *  عقوبات على …): the imposer, never the sanctioned. */
  const imposes = (x: TokMention): boolean => {
    for (let p = x.s - 1; p >= Math.max(a, x.s - 3); p--) if (v.is(p, 'attribution.sanction_verbs')) return true;
    // (or the verb right after it, subject first: الاتحاد الأوروبي يفرض عقوبات)
    for (let p = x.e; p < Math.min(b, x.e + 2); p++) {
      if (v.is(p, 'attribution.sanction_verbs')) return true;
      if (!arGap(v, p) && !adverbGap(v, p)) break;
    }
    return false;
  };
  /** Where a negation and the auxiliaries before it start, right before the verb at token i (did not, doesn't, لا، لم),
   *  else -1. */
  const negationBefore = (i: number): number => {
    let at = -1;
    for (let s0 = Math.max(a, i - 3); s0 < i && at < 0; s0++) if (v.hitEnd(s0, 'speech-verbs.negations') === i) at = s0;
    if (at < 0) return at;
    while (at - 1 >= a && v.is(at - 1, 'speech-verbs.negation_auxiliaries')) at--;
    // (the quotation mark the words said open with: Russia "does not interfere", روسيا "لا تتدخل")
    if (at - 1 > a && v.isQuote(at - 1) && v.mention(at - 2)) at--;
    return at;
  };
  /** Whether a preposition of where an act happened, right after the act's word, stands before token k (its article
   *  between or not): cyberattacks in Europe, هجمات في أوروبا. */
  const actPlaceBefore = (k: number): boolean => {
    const p = !ar && DETERMINERS.has(v.key(k - 1)) ? k - 2 : k - 1;
    if (p - 1 < a || !v.is(p, 'attribution.act_place_preps')) return false;
    // (or a word between, a noun after the act's or an adjective of it: sabotage incidents in Poland, هجمات تخريبية في)
    return v.isAny(p - 1, HOSTILE_WORDS) || (p - 2 >= a && v.isWord(p - 1) && !v.mention(p - 1) && v.isAny(p - 2, HOSTILE_WORDS));
  };
  /** Whether words that keep what follows at a distance (so-called, ما يسمى: attribution.distancing) end right before
   *  token s, glued to it (بالقرصنة) or not. */
  const distancedAt = (s: number): boolean => {
    for (let k = Math.max(a, s - 3); k < s; k++) if (v.is(k, 'attribution.distancing') && (v.hitEnd(k, 'attribution.distancing') === s || (ar && gluedPhraseEnd(v, k, 'attribution.distancing')?.e === s))) return true;
    return false;
  };
  /** Whether an actor noun's phrase with no name and no sponsor starts at token s (hackers, unknown attackers; not a group word). */
  const bareActorAt = (s: number): boolean => actors.some((x) => x.s === s && !x.operation && !x.sponsor && v.is(x.head, 'attribution.actors'));
  const npOf = (np: ActorNP) => ({ actor: np.named?.id ?? null, actorText: v.span(np.s, np.e) });
  /** The mark of an unnamed doer with no sponsor, an actor noun's phrase (ClaimCandidate.unnamed), for a doer so found. */
  const unnamedMark = (d: { actor: string | null; sponsor?: unknown; s: number }) => (!d.actor && !d.sponsor && bareActorAt(d.s) ? { unnamed: true } : {});

  /** The token after the determiners, quantifiers and adjectives of denial from token k, before `limit` (any baseless
   *  accusations, all such claims): where the word for claims a denial takes should stand. */
  const pastClaimQualifiers = (k: number, limit: number): number => {
    while (k < limit && (DETERMINERS.has(v.key(k)) || v.isAny(k, ['attribution.claim_quantifiers', 'attribution.denial_phrases'])) && !v.mention(k)) k++;
    return k;
  };
  /** Whether a word of suffering an act (attribution.victim_words) stands in tokens [from, to) before any act's word: a
   *  denial of what the denier suffered, no denial of its own act (تنفي تعرض أنظمتها لاختراق, denied suffering an attack). */
  const sufferedIn = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      if (v.is(k, 'attribution.victim_words')) return true;
      if (v.is(k, 'attribution.acts') && v.hitEnd(k, 'attribution.acts') > k) return false;
    }
    return false;
  };

  // (a denial verb with no frame, its object a word for claims: rejected accusations that …, نفت اتهامات; and a verb
  // that denies only so, firmly opposes any baseless accusations: attribution.claim_denials)
  const unvoicedDenials = (): void => {
    for (let i = v.nextStart(DENIAL_VERBS, a); i < b; i = v.nextStart(DENIAL_VERBS, i + 1)) {
      const de = denialEnd(v, i);
      if (de <= i || frameOfCue(i)) continue;
      let k = de;
      // (its determiners, quantifiers and adjectives of denial: rejected any baseless accusations)
      k = pastClaimQualifiers(k, Math.min(b, de + 3));
      // (a verb that denies only a word for claims takes one: opposes any attacks denies nothing)
      if (v.hitEnd(i, 'attribution.denials') <= i ? v.is(k, 'attribution.allegations') : v.isAny(k, ['attribution.accusations', 'attribution.involvement']) || (v.is(k, 'attribution.claim_reports') && claimJustBefore(i))) {
        // (to the clause's end, or a conjunction that may open the next predicate: … and accused the US of …)
        let e = k;
        // (not one joining another word for claims: any baseless smears and accusations against China)
        while (e < b && !v.clauseEnd(e) && !(/^(?:and|but|,|،)$/.test(v.key(e)) && !v.is(e + 1, 'attribution.allegations'))) e++;
        unvoiced.push([de, e]);
      }
    }
  };

  /** Whether the words right after a word of responsibility at token re, when they name what it is for (a quotation mark,
   *  attribution.responsibility_preps, or an Arabic noun in construct), hold a hostile act's word within six tokens; true
   *  with nothing named. */
  const responsibleForAct = (re: number): boolean => {
    let k = re;
    // (past an adverb of time or manner: حمّل مسؤول إسرائيل المسؤولية لاحقا)
    while (k < b && v.is(k, 'speech-verbs.subject_gaps')) k = v.hitEnd(k, 'speech-verbs.subject_gaps');
    const construct = ar && v.isArabic(k) && !v.mention(k) && !v.clauseEnd(k) && !v.isAny(k, ['speech-verbs.complementizers', 'speech-verbs.date_preps']);
    if (v.isQuote(k) || v.is(k, 'attribution.responsibility_preps')) k++;
    else if (!construct) return true;
    if (k >= b || v.clauseEnd(k) || v.mention(k)) return true;
    // (or a word standing for the act named before, the campaign, الحملة)
    for (let j = k; j < Math.min(b, k + 6) && !v.clauseEnd(j); j++) if (v.isAny(j, HOSTILE_WORDS) || v.isAny(j, ['attribution.acts', 'attribution.activity_anaphors'])) return true;
    return false;
  };

  /** A hacker group named after a link's sponsor and a word or two of it (state, government; الصينية), set off by commas
   *  (…, APT31, …) or after a naming phrase (والمعروفة باسم "…"): the group the phrase before described, else null. */
  const namedAfterLink = (e: number): TokMention | null => {
    let k = e;
    while (k < b && k < e + 2 && v.isWord(k) && !v.mention(k) && !v.is(k, 'attribution.naming') && (ar ? v.isArabic(k) : /^[a-z]/.test(v.surface(k)))) k++;
    // (or a naming phrase right after, and or a comma before it or not: المدعومة من الدولة الصينية والمعروفة باسم "…")
    const named = v.hitEnd(k, 'attribution.naming');
    if (named > k) {
      const q = v.isQuote(named) ? named + 1 : named;
      const m = v.mention(q);
      return m && m.s === q && m.type === 'threat_actor' ? m : null;
    }
    if (v.key(k) !== ',' && v.key(k) !== '،') return null;
    const m = v.mention(k + 1);
    return m && m.s === k + 1 && m.type === 'threat_actor' && (v.key(m.e) === ',' || v.key(m.e) === '،') ? m : null;
  };

  /** English: the subject between a relative pronoun and the verb at token i, a body, state or person named (the SolarWinds
   *  hack, which the United States attributed to the SVR), or unnamed, a word or two and a noun of unnamed speakers,
   *  auxiliaries after it or none (Turla, a group that Western governments attribute to the FSB; which officials have
   *  linked to …: the words as they stand); else undefined. */
  const relativeSubject = (i: number): { ids: string[]; text?: Span } | undefined => {
    const subj = v.mentionEndingAt(i);
    const r = subj ? (DETERMINERS.has(v.key(subj.s - 1)) ? subj.s - 2 : subj.s - 1) : -1;
    if (subj) return r >= a && v.is(r, 'attribution.relatives') && (subj.type === 'organization' || subj.type === 'location' || subj.type === 'person') ? { ids: [subj.id] } : undefined;
    let h = i - 1;
    while (h > a && v.is(h, 'speech-verbs.auxiliaries')) h--;
    if (h <= a || v.mention(h) || v.hitEnd(h, 'speech-verbs.unnamed') !== h + 1) return undefined;
    let o = h - 1;
    while (o > a && o >= h - 2 && v.isWord(o) && !v.mention(o) && !v.is(o, 'attribution.relatives')) o--;
    return o < h && o >= a && v.is(o, 'attribution.relatives') ? { ids: [], text: v.span(o + 1, h + 1) } : undefined;
  };

  // link: ACTOR … linked to / tied to / on behalf of / مرتبطة ب … SPONSOR
  const linkFrame = (): void => {
    for (let i = v.nextStart(LINKS, a); i < b; i = v.nextStart(LINKS, i + 1)) {
      // (an Arabic phrase ending in ب or ل is glued to the sponsor: مرتبطة بإيران، المرتبطين بالحرس)
      const link = gluedPhraseEnd(v, i, 'attribution.links');
      if (!link) continue;
      const { e: le, glued } = link;
      const sponsors = sponsorsAfter(v, le, b, demonymState, glued);
      if (!sponsors.length) continue;
      let doer = actorBefore(v, i, a, actors, ar);
      // (an operation's noun right after a hostile act's word, a word of what it is between or none, is what was hit, not
      // who is tied: admitted to hacking computer networks on behalf of the UAE)
      if (doer && doer.operation && doer.text) {
        const ds = v.tokenAt(doer.text.start);
        if ([ds - 1, ds - 2].some((k) => k >= a && isHostile(k) && !v.mention(k))) doer = null;
      }
      // (English: a group's relative clause with a verb of saying or believing and its subject before the link, Lazarus,
      // which U.S. officials say operates under the RGB: the group, and the subject claims)
      let claimants: { ids: string[]; text?: Span } | undefined;
      // (a linking participle that is an attributing verb, tied to, linked to, is the attribution frame's there)
      if (!doer && !ar && !v.is(i, 'attribution.attribute_verbs')) {
        const rel = saidOfAntecedent(i);
        if (rel) {
          doer = rel.doer;
          claimants = rel.claimants;
        }
      }
      // (a pronoun subject right before the link, on the complementizer or after it, is the hacker group named last
      // nearby: …، مشيرين إلى أنها على صلة بوزارة الاستخبارات; adding that it has ties to …)
      if (!doer) {
        const p = i - 1;
        // (and with its ب after a verb of describing: ويصفون المجموعة بأنها مرتبطة ب…)
        const pronoun = p >= a && (ar ? PRONOUN_COMPLEMENTIZER_AR.test(v.key(p).replace(/^ب/, '')) : v.is(p, 'speech-verbs.body_pronouns') && v.is(p - 1, 'speech-verbs.complementizers'));
        const group = pronoun ? v.lastBefore(p, ['threat_actor']) : null;
        if (group && v.t.start[p] - group.span.end < ANAPHOR_REACH) doer = { actor: group.id, text: group.span, s: p };
      }
      // (a plural pronoun for people, a subject or an object or on the complementizer, copulas, hedges and "as" between, is
      // the doers named last in the sentence, or the group named last nearby: described them as working for …; ووصفتهم
      // بأنهم يعملون لصالح …)
      if (!doer) {
        let p = i - 1;
        while (p > a && (hedgeGap(v, p) || v.is(p, 'attribution.predicate_words'))) p--;
        const plural = p >= a && (ar ? PLURAL_COMPLEMENTIZER_AR.test(v.key(p)) : v.is(p, 'attribution.plural_pronouns'));
        if (plural) {
          let np: ActorNP | null = null;
          for (const x of actors) if (x.e <= p && !x.operation && (!np || x.e > np.e)) np = x;
          const group = v.lastBefore(p, ['threat_actor']);
          if (group && (!np || group.s >= np.e) && v.t.start[p] - group.span.end < ANAPHOR_REACH) doer = { actor: group.id, text: group.span, s: p };
          else if (np) doer = { actor: np.named?.id ?? null, text: v.span(np.s, np.e), s: p, ...(np.sponsor ? { sponsor: np.sponsor } : {}) };
        }
      }
      // (English: the link's own words open with an indefinite unit of the sponsor and nothing named before them, said a
      // unit of the GRU hacked …: that unit is the doer)
      if (!doer && !ar && INDEFINITE_EN.has(v.key(i)) && v.is(i + 1, 'attribution.weak_actors') && v.hitEnd(i + 1, 'attribution.weak_actors') === i + 2 && le > i + 2 && !v.mentionEndingAt(i)) {
        doer = { actor: null, text: v.span(i + 1, i + 2), s: i };
      }
      if (!doer) continue;
      // (the subject between a relative pronoun and the link's verb claims: APT29, which officials have linked to the SVR)
      if (!claimants && !ar) claimants = relativeSubject(i);
      // (an unnamed group described by the link and named right after it, set off by commas: a hacking group linked to the
      // Chinese state, APT31, was behind …: APT31)
      if (!doer.actor && !doer.operation) {
        const named = namedAfterLink(sponsors[sponsors.length - 1].e);
        // (the doer's words stay its text, as a naming phrase's group does: a unit of the GRU known as APT28, "unit")
        if (named) doer = { ...doer, actor: named.id };
      }
      // (named groups joined by commas and and/و in the doer's words, each tied: the Lazarus, Andariel and Kimsuky groups,
      // all tied to …; مجموعات لازاروس وكيمسوكي، المرتبطة جميعها ب…)
      const doers = [doer];
      if (doer.actor && v.entity(doer.actor)?.type === 'threat_actor') {
        const prev = v.lastBefore(i, ['threat_actor']);
        const list = prev && prev.s >= doer.s ? coordinatedDoers(v, prev, a) : null;
        if (list && list.some((m) => m.id === doer!.actor)) for (const m of list) if (m.id !== doer.actor) doers.push({ actor: m.id, text: m.span, s: m.s });
      }
      for (const d of doers) for (const sp of sponsors) {
        if (d !== doer) {
          if (sp.id !== d.actor) push({ rule: rule('link'), actor: d.actor, actorText: d.text, sponsor: sp.sponsor, stance: 'asserted', evidence: v.evidence(d.s, sp.e) }, i, claimants);
          continue;
        }
        if (doer.actor && sp.id === doer.actor) continue;
        // an operation tied to a named group is the group's (a hacking campaign tied to Tortoiseshell)
        if (doer.operation && sp.id && v.entity(sp.id)?.type === 'threat_actor') {
          push({ rule: rule('operation-link'), actor: sp.id, actorText: v.mentionEndingAt(sp.e)?.span, sponsor: doer.sponsor ?? null, stance: 'asserted', evidence: v.evidence(doer.s, sp.e) }, i);
          continue;
        }
        push({ rule: rule('link'), actor: doer.actor, actorText: doer.text, sponsor: sp.sponsor, stance: 'asserted', evidence: v.evidence(doer.s, sp.e) }, i, claimants);
      }
      i = le - 1;
    }
  };

  // nisba-actor and compound: actor phrases that name their own sponsor (Russian hackers, Iran-linked group)
  const nisbaActorFrame = (): void => {
    for (const np of actors) {
      if (!np.sponsor) continue;
      if (here((c) => c.evidence.start <= v.t.start[np.s] && v.t.end[np.e - 1] <= c.evidence.end)) continue;
      // (the so-called Russian hackers: kept at a distance, no claim)
      if (distancedAt(np.s)) continue;
      // (an operation's noun right after a word of a hostile act is what was hit, not who did it: targeted Australian
      // networks)
      // (and after a preposition of the target, against British networks, ضد شبكات بريطانية)
      if (np.operation && np.s - 1 >= a && (isHostile(np.s - 1) || v.hitEnd(np.s - 1, 'attribution.target_preps') === np.s)) continue;
      // (named in what a speaker withheld, without mentioning any details about the Iranian hackers: no one's claim)
      if (withheldBefore(v, np.s, a)) continue;
      for (const sponsor of [np.sponsor, ...(np.also ?? [])]) push({ rule: rule('nisba-actor'), ...npOf(np), sponsor, stance: 'asserted', evidence: v.evidence(np.s, np.e), ...(np.operation ? { operation: true } : {}) }, np.s);
      // (the other groups a plural or dual noun names, joined to the first by commas and "and"/و: North Korean hacking groups
      // Lazarus and Andariel; مجموعتي القرصنة الكوريتين الشماليتين "لازاروس" و"أندارييل": each the state's)
      const plural = ar ? PLURAL_OR_DUAL_AR.test(v.key(np.s)) : np.named !== null && np.named.s > np.s && /s$/.test(v.key(np.named.s - 1));
      if (np.named && plural) {
        let j = np.e;
        for (let n = 0; n < 6 && j < b; n++) {
          const from = j;
          while (j < b && j < from + 3 && (v.key(j) === ',' || v.key(j) === '،' || v.key(j) === 'and' || v.key(j) === 'و' || v.isQuote(j))) j++;
          const m = v.mention(j);
          if (j === from || !m || m.s !== j || m.type !== 'threat_actor' || m.id === np.named.id) break;
          push({ rule: rule('nisba-actor'), actor: m.id, actorText: m.span, sponsor: np.sponsor, stance: 'asserted', evidence: v.evidence(np.s, m.e) }, np.s);
          j = m.e;
        }
      }
    }
    // (a named group with its state's or body's possessive before it, North Korea's Lazarus Group, or, in Arabic, its
    // state's nationality after it, مجموعة لازاروس الكورية الشمالية: that state or body is behind it)
    for (let k = a; k < b; k++) {
      const m = v.mention(k);
      if (!m || m.s !== k || m.type !== 'threat_actor') continue;
      k = m.e - 1;
      const owner = ar ? null : possessiveOwner(v, m.s - 1, a);
      const after = ar ? demonymState(m.e) : null;
      if (!owner && !after) continue;
      const [s0, e0] = owner ? [owner.s, m.e] : [m.s, after!.e];
      if (here((c) => c.actor === m.id && !!c.sponsor && c.evidence.start <= v.t.start[m.s] && v.t.end[m.e - 1] <= c.evidence.end)) continue;
      push({ rule: rule('nisba-actor'), actor: m.id, actorText: m.span, sponsor: owner ? owner.id : after!.sponsor, stance: 'asserted', evidence: v.evidence(s0, e0) }, s0);
    }
  };

  // criticism: criticised X for a hostile act (criticised Moscow for its "hostile behaviour"; انتقد … موسكو على سلوكها
  // العدائي): X is accused, by the verb's subject; the reason's hostile word within three tokens of the preposition, so
  // that criticising someone for failing to stop an attack is none
  const criticismFrame = (): void => {
    // (hostile conduct counts as the reason here only: criticised Moscow for its "hostile behaviour")
    const conduct = (k: number) => isHostile(k) || v.is(k, 'attribution.hostile_conduct');
    if (!hostile && v.nextStart('attribution.hostile_conduct', a) >= b) return;
    for (let i = v.nextStart('attribution.criticize_verbs', a); i < b; i = v.nextStart('attribution.criticize_verbs', i + 1)) {
      const ve = v.hitEnd(i, 'attribution.criticize_verbs');
      if (ve <= i || withheldAt(v, i, a)) continue;
      let r = ve;
      while (r < Math.min(b, ve + 12) && !v.clauseEnd(r) && !v.is(r, 'attribution.criticize_reasons')) r++;
      if (r >= b || !v.is(r, 'attribution.criticize_reasons')) continue;
      const re = v.hitEnd(r, 'attribution.criticize_reasons');
      const reach = Math.min(b, re + 4);
      let h = re;
      while (h < reach && !conduct(h) && !v.clauseEnd(h) && !v.mention(h)) h++;
      if (h >= reach || !conduct(h)) continue;
      const he = Math.max(h + 1, v.hitEnd(h, 'attribution.hostile_conduct'), ...HOSTILE_CATS.map((c) => v.hitEnd(h, c)));
      // (the one criticised right before the reason: a name, or an actor's phrase)
      const np = actors.find((x) => x.e === r);
      const m = v.mentionEndingAt(r);
      const t = np ? npTargets(np, v)[0] : m && m.s >= ve && isDoer(m) ? mentionTarget(m, null, v) : null;
      if (!t) continue;
      // (the subject: the sentence's speech frame, else the name before the verb, else in Arabic the name after it)
      const f = frameOfCue(i);
      let claimants: { ids: string[]; text?: Span } | undefined = f && (f.speakers.length || f.speakerText) ? { ids: f.speakers.filter((id) => id !== t.actor && id !== t.sponsor), ...(f.speakerText && !f.speakers.length ? { text: f.speakerText } : {}) } : undefined;
      if (!claimants?.ids.length && !claimants?.text) {
        const subj = ar ? firstMentionIn(v, ve, t.s, ['person', 'organization', 'location'], t.s) : subjectBefore(subjectEndBefore(i));
        claimants = subj ? { ids: [subj.id] } : undefined;
      }
      push({ rule: rule('criticism'), actor: t.actor, actorText: t.text, sponsor: t.sponsor, stance: 'asserted', evidence: v.evidence(i, he) }, t.s, claimants);
      i = he - 1;
    }
  };

  /** The person an object pronoun of the verb at token i stands for: the last named before it, within 600 characters,
   *  not named between `from` and `to` (the verb's own subject: وتتهمها السلطات …), nor the verb's subject before it. */
  const personBefore = (i: number, from: number, to: number): TokMention | null => {
    let p = v.lastBefore(i, ['person']);
    const subject = subjectBefore(subjectEndBefore(i));
    while (p && subject && p.id === subject.id) p = v.lastBefore(p.s, ['person']);
    if (!p || v.t.start[i] - p.span.end > 600 || firstMentionIn(v, from, to, ['person'], to)?.id === p.id) return null;
    return p;
  };

  // accusation: accused X of …, blamed X for …, اتهم … X ب…
  const accusationFrame = (): void => {
    if (hostile) {
      for (let i = v.nextStart(ACCUSE_OR_BLAME, a); i < b; i = v.nextStart(ACCUSE_OR_BLAME, i + 1)) {
        // (an accusation withheld or negated is none: stopped short of blaming Russia; did not accuse; لم يتهم)
        if (withheldAt(v, i, a)) continue;
        const ve = v.hitEnd(i, 'attribution.accuse_verbs');
        // (Arabic: the verb with an object pronoun for the person named before, its subject after it, then the charge:
        // وتتهمها السلطات الأمريكية بالتجسس لصالح روسيا)
        const pv = ar ? v.hitEnd(i, 'attribution.person_object_verbs') : -1;
        if (pv > i) {
          let k = pv;
          while (k < Math.min(b, pv + 8) && !v.clauseEnd(k) && !(arabicCharge(v, k) && isHostile(k))) k++;
          if (k >= b || !arabicCharge(v, k) || !isHostile(k)) continue;
          const person = personBefore(i, pv, k);
          if (!person) continue;
          const m = firstMentionIn(v, pv, k, ['person', 'organization', 'location'], k);
          const claimants = m ? { ids: [m.id] } : k > pv ? { ids: [], text: v.span(pv, k) } : undefined;
          const behalf = behalfAfter(v, k, b);
          // (done for a body the text does not name, لصالح حكومة أجنبية: a sponsor there is, but none to give)
          if (!behalf && behalfPhraseAt(v, k, b) >= 0) continue;
          push({ rule: rule('accusation'), actor: person.id, actorText: person.span, sponsor: behalf?.id ?? null, stance: 'asserted', evidence: v.evidence(i, behalf ? behalf.e : k + 1) }, i, claimants);
          i = k;
          continue;
        }
        if (ve <= i) {
          // (Arabic: a verb of laying blame, its subject, then باللوم على and the accused: وتلقي الوزارة بالمسؤولية على روسيا)
          const be = ar ? v.hitEnd(i, 'attribution.blame_verbs') : -1;
          if (be <= i) continue;
          let oe = -1;
          let k = be;
          for (; k < Math.min(b, be + 7) && !v.clauseEnd(k); k++) if ((oe = v.hitEnd(k, 'attribution.blame_objects')) > k) break;
          if (oe <= k) continue;
          // (right after it, or after the speaker's own name for them and its quotation mark: على من سماهم "مخربين")
          let first = v.is(oe, 'attribution.so_called') ? v.hitEnd(oe, 'attribution.so_called') : oe;
          if (v.isQuote(first)) first++;
          const targets = targetsAfter(v, oe, b, actors, demonymState, ar).filter((t) => t.s === first);
          if (!targets.length) continue;
          // (the subject between: a name, else the speaker of the sentence)
          const subj = firstMentionIn(v, be, k, ['organization', 'person', 'location'], k);
          for (const t of targets) {
            dropOwnNisba(t);
            // (unnamed, with no state: ألقى باللائمة على قراصنة, as the verbs' frame below)
            const bare = !t.actor && !t.sponsor && bareActorAt(t.s);
            push({ rule: rule('accusation'), actor: t.actor, actorText: t.text, sponsor: t.sponsor, stance: 'asserted', evidence: v.evidence(i, t.e), ...(bare ? { unnamed: true } : {}) }, t.s, subj ? { ids: [subj.id] } : undefined);
          }
          i = oe - 1;
          continue;
        }
        const passive = !ar && passiveAt(v, i);
        let targets: Target[];
        let claimants: { ids: string[]; text?: Span } | undefined;
        if (passive) {
          targets = targetsBefore(v, i - 1, a, actors, demonymState);
          const by = v.key(ve) === 'by' ? mentionsAfter(v, ve + 1, b) : [];
          claimants = { ids: by.map((m) => m.id) };
        } else {
          // the object comes after the verb (after the subject, in Arabic: the speech frame knows where it ends)
          const f = frameOfCue(i);
          let from = ve;
          if (ar && f && f.contentTok[0] > ve && f.contentTok[0] - ve < 12) from = f.contentTok[0];
          // (English: no object, the charge right after the verb: an object relative, a GRU unit it blames for the
          // attack; the accused is the antecedent before the relative's subject, the accuser the sentence's subject)
          const charged = !ar && v.is(ve, 'attribution.charge_preps');
          const relative = charged ? objectRelative(i) : null;
          targets = charged ? (relative?.targets ?? []) : targetsAfter(v, from, b, actors, demonymState, ar);
          if (ar && !targets.length && arabicCharge(v, ve)) {
            // the charge right after the verb: a passive, the accused named before it (وكانت روسيا قد اتُّهمت بـ…)
            let k = i - 1;
            while (k >= a && arGap(v, k)) k--;
            const m = v.mentionEndingAt(k + 1);
            const np = actors.find((x) => x.e === k + 1);
            if (np) targets = npTargets(np, v);
            else if (m && m.s >= a && isDoer(m)) targets = [mentionTarget(m, null, v)];
          } else if (ar && !targets.length && !v.mention(from)) {
            // (a word or two between the verb and the accused, then the charge: يتهم فيها الدوحة بـ…)
            for (let g = from + 1; g <= from + 2 && !targets.length && !v.mention(g - 1) && !v.clauseEnd(g); g++) {
              const m = v.mention(g);
              if (m && m.s === g && arabicCharge(v, m.e)) targets = targetsAfter(v, g, b, actors, demonymState, ar);
            }
          }
          // blamed the attacks on Iran: the accused after "on" (a verb of blaming: after sanctioned or accused, "on"
          // names the target, sanctions six over cyberattacks on Ukraine)
          if (!targets.length && !ar && v.is(i, 'attribution.attribute_verbs')) {
            for (let k = ve; k < Math.min(b, ve + 10); k++) {
              if (v.is(k, 'attribution.attribute_preps') && k > ve) {
                targets = targetsAfter(v, k + 1, b, actors, demonymState, ar);
                break;
              }
              if (v.clauseEnd(k)) break;
            }
          }
          // (English: an object pronoun for the person named before: prosecutors accuse her of spying for Russia)
          if (!targets.length && !ar && v.is(ve, 'attribution.person_objects')) {
            const person = personBefore(i, i, ve);
            if (person) targets = [{ actor: person.id, text: person.span, sponsor: null, s: ve, e: ve + 1 }];
          }
          claimants = f ? { ids: f.speakers, ...(f.speakerText && !f.speakers.length ? { text: f.speakerText } : {}) } : undefined;
          if (relative) claimants = relative.claimants;
          // (a verb that is no speech cue, sanctioned, charged: its subject right before it accuses)
          else if (!f && !ar) {
            const subj = subjectBefore(subjectEndBefore(i));
            if (subj) claimants = { ids: [subj.id] };
          }
        }
        // (an accused party or company, no state, its body or a group, whose charge right after it names no hostile act
        // is accused of something else: رسائل تتهم حزب الله بتخزين أسلحة, accusing the party of storing weapons, in a
        // story about a hack; a state accused of an attempt, بمحاولة اعتراض …, is still accused of the sentence's act)
        const otherCharge = (t: Target): boolean => {
          const e = t.e;
          const who = typeof t.sponsor === 'string' && !t.actor ? v.entity(t.sponsor) : undefined;
          if (who?.type !== 'organization' || who.kind === 'government') return false;
          // (Arabic: a short verbal noun on ب is a charge here too, right after the accused: بجر لبنان إلى الحرب)
          if (!(ar ? v.isArabic(e) && (arabicCharge(v, e) || (SHORT_BA_NOUN_AR.test(v.key(e)) && !v.mention(e))) : v.is(e, 'attribution.charge_preps'))) return false;
          for (let k = ar ? e : e + 1; k < Math.min(b, e + 4) && !v.clauseEnd(k); k++) if (isHostile(k) || v.isAny(k, ['attribution.involvement', 'attribution.acts'])) return false;
          return true;
        };
        // (nor one charged with talk, a claim's rebuttal: accused Japan of groundless speculation; متهما اليابان بالتكهنات)
        const talkCharge = (t: Target): boolean => {
          for (let k = t.e; k < Math.min(b, t.e + 4) && !v.clauseEnd(k); k++) if (v.isAny(k, ['attribution.talk_charges', 'attribution.denial_phrases'])) return true;
          return false;
        };
        // (nor a price asked: charged the agencies between $10,000 and $75,000 for each inbox; a currency's sign after the
        // object, before any charge's preposition)
        const priceAsked = (t: Target): boolean => {
          if (!v.is(i, 'attribution.price_verbs')) return false;
          for (let k = ve; k < Math.min(b, Math.max(t.e, ve) + 3) && !v.clauseEnd(k); k++) {
            if (v.is(k, 'attribution.charge_preps') || v.key(k) === 'with') return false;
            if (CURRENCY_SIGNS.has(v.text[v.t.start[k]])) return true;
          }
          return false;
        };
        targets = targets.filter((t) => !otherCharge(t) && !talkCharge(t) && !priceAsked(t));
        if (targets.length) actStateOn(targets, ve);
        for (const t of targets) {
          // (unnamed accused with no sponsor, named by an actor noun: blamed hackers for the attack, as the act frame's)
          // (the body they acted for, named after them in the clause: charged seven Chinese nationals with hacking … on
          // behalf of the MSS: the MSS, not only their state)
          // (a named person too: prosecutors accuse her of spying for Russia; not a named group, whose sponsor is its own)
          const behalf = t.actor && v.entity(t.actor)?.type !== 'person' ? null : behalfAfter(v, Math.max(t.e, ve), b);
          const bare = !t.actor && !t.sponsor && !behalf && bareActorAt(t.s);
          push({ rule: rule('accusation'), actor: t.actor, actorText: t.text, sponsor: behalf?.id ?? t.sponsor, stance: 'asserted', evidence: t.e > i ? v.evidence(i, t.e) : v.evidence(t.s, ve), ...(bare ? { unnamed: true } : {}) }, t.s, claimants);
        }
        if (targets.length) i = ve - 1;
      }
    }
  };

  /** English: the accused and the accuser of an object relative clause at verb i (a GRU unit [that] it blames for …):
   *  the actor phrase or doer ending before the pronoun subject (and a relative word), and the first body, state or
   *  person of the sentence before it, the main clause's subject; null when no such antecedent stands there. */
  const objectRelative = (i: number): { targets: Target[]; claimants?: { ids: string[] } } | null => {
    let k = i - 1;
    while (k >= a && v.is(k, 'speech-verbs.subject_gaps')) k--;
    if (k < a || !v.isAny(k, ['speech-verbs.body_pronouns', 'speech-verbs.person_pronouns'])) return null;
    k--;
    if (k >= a && v.is(k, 'attribution.relatives')) k--;
    const np = actors.find((x) => x.e === k + 1);
    const m = v.mentionEndingAt(k + 1);
    const targets = np ? npTargets(np, v) : m && m.s >= a && isDoer(m) ? [mentionTarget(m, null, v)] : [];
    if (!targets.length) return null;
    const subject = firstMentionIn(v, a, targets[0].s, ['organization', 'location', 'person'], targets[0].s);
    return { targets, ...(subject ? { claimants: { ids: [subject.id] } } : {}) };
  };

  // involvement: a noun of taking part, its doer (Russia's involvement, the role of Iran; تورط روسيا), then in/في and
  // a hostile act within a few words: the doer did it, as the sentence's speaker says (a denial takes it: insideDenial)
  const involvementFrame = (): void => {
    for (let i = v.nextStart('attribution.involvement_nouns', a); i < b; i = v.nextStart('attribution.involvement_nouns', i + 1)) {
      const ne = v.hitEnd(i, 'attribution.involvement_nouns');
      if (ne <= i) continue;
      let doer: TokMention | null = null;
      let after = ne;
      if (ar) {
        const m = v.mention(ne);
        if (m && m.s === ne) {
          doer = m;
          after = m.e;
        }
      } else if (v.possessiveAt(i - 2)) doer = v.mentionEndingAt(i - 2);
      else if (v.key(ne) === 'of') {
        const m = v.mention(ne + 1) ?? (DETERMINERS.has(v.key(ne + 1)) ? v.mention(ne + 2) : null);
        if (m && (m.s === ne + 1 || m.s === ne + 2)) {
          doer = m;
          after = m.e;
        }
      }
      if (!doer || !isDoer(doer) || doer.type === 'person') continue;
      if (!v.is(after, 'attribution.involvement_preps')) continue;
      let act = false;
      for (let k = after + 1; k < Math.min(b, after + 5) && !act; k++) if (isHostile(k)) act = true;
      if (!act) continue;
      const t = bodyOfState(v, mentionTarget(doer, null, v), doer, a, demonymState);
      push({ rule: rule('involvement'), actor: t.actor, actorText: t.text, sponsor: t.sponsor, stance: 'asserted', evidence: v.evidence(Math.min(i, doer.s), after) }, Math.min(i, doer.s));
      i = after - 1;
    }
  };

  // accusation-noun: a noun of accusing, its accuser (in Arabic a genitive right after it), the accused, then
  // the charge (ب + a hostile word; for/of/over + a hostile word): اتهامات وزارة العدل لضباط روس باختراق …،
  // the indictment of two Iranians for hacking
  const accusationNounFrame = (): void => {
    for (let i = v.nextStart('attribution.accusation_nouns', a); i < b; i = v.nextStart('attribution.accusation_nouns', i + 1)) {
      const ne = v.hitEnd(i, 'attribution.accusation_nouns');
      // (withheld: امتنع الرئيس عن اتهام روسيا)
      if (ne <= i || withheldAt(v, i, a)) continue;
      let h = -1;
      for (let k = ne + 1; k < Math.min(b, ne + 16) && !v.clauseEnd(k); k++) {
        // (nor past another clause's verb of saying or denying, or a comma and a clause's opener: ولم تعلق على هذه
        // الاتهامات، لكن طهران نفت أي صلة لها بهجمات …; the act is the denial's, the noun accuses nobody)
        if (v.isAny(k, CLAUSE_VERBS) || (v.is(k, 'speech-verbs.clause_openers') && (v.key(k - 1) === '،' || v.key(k - 1) === ','))) break;
        // (Arabic: ب on the hostile act, or on a verbal noun of doing one, بتنفيذ حملة قرصنة، بشن هجمات; not بشأن)
        // (or on a word of involvement in one: بالتورط في اختراق)
        const charge = ar ? v.isArabic(k) && v.key(k).startsWith('ب') && (isHostile(k) || (v.isAny(k, ['attribution.act_nouns', 'attribution.involvement']) && (isHostile(k + 1) || isHostile(k + 2)))) : /^(?:for|of|over|with)$/.test(v.key(k)) && (isHostile(k + 1) || isHostile(k + 2));
        if (charge) {
          h = k;
          break;
        }
      }
      if (h < 0) continue;
      let k = ne;
      // (indefinite adjectives after the noun: أول اتهام رسمي مباشر)
      while (ar && k < h - 1 && v.isArabic(k) && !v.mention(k) && !/^(?:ال|ل|ب)/.test(v.key(k)) && !demonymState(k)) k++;
      // (the preposition before the accused, standing apart: اتهامات إلى ثلاثة ضباط)
      if (ar && k < h - 1 && v.is(k, 'attribution.attribute_preps') && v.hitEnd(k, 'attribution.attribute_preps') === k + 1 && !v.mention(k)) k++;
      let claimants: { ids: string[]; text?: Span } | undefined;
      const m = v.mention(k);
      if (ar && m && m.s === k && !gluedToPreposition(v, m) && (m.type === 'organization' || m.type === 'person' || m.type === 'location') && m.e < h && accusedIn(m.e, h).length) {
        claimants = { ids: [m.id] };
        k = m.e;
      }
      // (Arabic: the accuser right before the noun, after its verb or before it: وجهت واشنطن اتهامات لـ…؛ واشنطن توجه اتهامات)
      if (ar && !claimants && !insideDenial(i)) {
        for (const e of [i, i - 1]) {
          const before = e - 1 >= a ? v.mentionEndingAt(e) : null;
          if (before && before.s >= a && !gluedToPreposition(v, before) && (before.type === 'organization' || before.type === 'person' || before.type === 'location') && !v.isAny(before.s - 1, ['speech-verbs.place_preps', 'attribution.attribute_preps'])) {
            claimants = { ids: [before.id] };
            break;
          }
        }
      }
      // (or an unnamed accuser after the verb, its nationality right before the noun: ووجهت هيئة محلفين اتحادية أميركية
      // الاتهام إلى …: its words, their state the claimant, as a state's officials are)
      if (ar && !claimants && !insideDenial(i)) {
        const d = [i - 1, i - 2].find((j) => j > a && demonymState(j)?.e === i);
        if (d !== undefined) {
          // (its words back to the verb, up to four: the verb right before them)
          const verb = (k: number) => v.isAny(k, ['speech-verbs.claim_cues', 'speech-verbs.object_cues']);
          let p = d;
          while (p > a && p > d - 5 && v.isArabic(p - 1) && !v.mention(p - 1) && !verb(p - 1)) p--;
          if (p < d && p > a && verb(p - 1)) claimants = { ids: [], text: v.span(p, i) };
        }
      }
      // (English: the accuser is the subject of the verb before the noun, The DOJ unsealed charges against …)
      if (!ar && !claimants) {
        const subj = v.lastBefore(i, ['organization', 'person', 'location']);
        if (subj && subj.s >= a && !insideDenial(i)) claimants = { ids: [subj.id] };
      }
      // (the charge may name whom the accused worked for: … for hacking companies on behalf of the MSS)
      let onBehalf: ReturnType<typeof sponsorsAfter>[number] | undefined;
      for (let k2 = h; k2 < b && !v.clauseEnd(k2); k2++) {
        const le = v.hitEnd(k2, 'attribution.links');
        if (le > k2) {
          onBehalf = sponsorsAfter(v, le, b, demonymState, false)[0];
          break;
        }
      }
      for (const t of accusedIn(k, h)) {
        const sponsor = !t.actor && onBehalf ? onBehalf.sponsor : t.sponsor;
        push({ rule: rule('accusation-noun'), actor: t.actor, actorText: t.text, sponsor, stance: 'asserted', evidence: v.evidence(i, onBehalf && sponsor === onBehalf.sponsor ? onBehalf.e : h + 1) }, i, claimants);
      }
      i = h;
    }
  };

  // sanction: sanctions on X for a hostile act, عقوبات على X بسبب …: the sanctioner claims X did it (a sanction
  // with no hostile reason, over a nuclear programme, claims nothing)
  const sanctionFrame = (): void => {
    for (let i = v.nextStart('attribution.sanctions', a); i < b; i = v.nextStart('attribution.sanctions', i + 1)) {
      const se = v.hitEnd(i, 'attribution.sanctions');
      if (se <= i) continue;
      let reasonEnd = -1;
      /** whether a hostile act is named just before the sanction, in its sentence or the one before (what "it" stands
       *  for): SENTENCE_BACK tokens at most, so that a long line of sanctions stays linear */
      const actBefore = (): boolean => {
        for (let h = i - 1; h >= Math.max(0, i - SENTENCE_BACK); h--) if (isHostile(h)) return true;
        return false;
      };
      for (let k = se; k < Math.min(b, se + 24) && reasonEnd < 0; k++) {
        // (a reason that stands for the act named before: over it, بسببه)
        if (v.is(k, 'attribution.sanction_reason_pronouns') && (k > se || ar) && (ar || v.is(k - 1, 'attribution.sanction_reasons')) && actBefore()) {
          reasonEnd = v.hitEnd(k, 'attribution.sanction_reason_pronouns');
          break;
        }
        const re = v.hitEnd(k, 'attribution.sanction_reasons');
        if (re <= k) continue;
        for (let h = re; h < Math.min(b, re + 5); h++) {
          if (isHostile(h)) {
            // (to the end of an act's phrase: trying to interfere)
            reasonEnd = Math.max(h + 1, v.hitEnd(h, 'attribution.act_verbs'));
            break;
          }
        }
        if (ar && reasonEnd < 0 && isHostile(k)) reasonEnd = k + 1;
      }
      if (reasonEnd < 0) continue;
      // the sanctioned: after the word (sanctions on X, sanctioned X, عقوبات على X), else a name right before it
      // (يخضع X لعقوبات; X was sanctioned)
      // (a nisba right after the noun names who imposes them: العقوبات الأمريكية على …)
      let from = se;
      let imposer: string | { kb: KbEntry; at: Span } | null = null;
      const own = ar ? demonymState(se) : null;
      if (own) {
        imposer = own.sponsor;
        from = own.e;
        if (v.key(from) === 'على' || v.key(from) === 'ضد') from++;
      }
      let targets = from < reasonEnd ? targetsAfter(v, from, reasonEnd, actors, demonymState, ar) : [];
      // (the words right after the phrase are its object only when it ends in its preposition or is a verb: sanctions
      // on …, عقوبات على …, sanctioned …; a bare noun, نظام العقوبات السيبرانية … عندما أدرج, has none there)
      const objectAfter = own !== null || v.is(se - 1, 'attribution.target_preps') || v.is(i, 'attribution.accuse_verbs');
      // (people or companies unnamed, then where they are based: seven individuals and two companies based in Iran,
      // سبعة أفراد وشركتين مقرهما إيران; the place's state, the words up to it the doer's)
      if (!targets.length && from < reasonEnd && objectAfter) {
        for (let k = from + 1; k < Math.min(reasonEnd, from + 10) && !v.mention(k) && !v.isPunct(k); k++) {
          const oe = v.hitEnd(k, 'attribution.origin_preps');
          const place = oe > k ? v.mention(oe) : null;
          // (not a partitive: سبعة من موظفي شركة في إيران)
          if (place && place.s === oe && place.type === 'location' && !v.is(k, 'attribution.partitive_preps')) {
            targets = [{ actor: null, text: v.span(from, k), sponsor: place.id, s: from, e: place.e }];
            break;
          }
        }
      }
      // (people among the sanctioned tied to a state's body or a state, after a word for them: six people, including two
      // officers of the GRU; officers of Russia's military intelligence; بينهم ضابطان في الاستخبارات العسكرية الروسية: the
      // body, or the state, is behind them)
      if (!targets.length && from < reasonEnd && objectAfter) {
        for (let k = from + 2; k < reasonEnd && !targets.length; k++) {
          const m = v.mention(k);
          let p = DETERMINERS.has(v.key(k - 1)) ? k - 2 : k - 1;
          // (Arabic: or a body no list names after the preposition, its words up to a link to the named one: ستة مسؤولين في
          // قيادة الحرب الإلكترونية التابعة للحرس الثوري, as English six officials of the IRGC's Cyber-Electronic Command)
          if (ar && m && m.s === k && !v.is(p, 'attribution.member_preps')) {
            let j = k - 1;
            let linked = false;
            while (j > from + 1 && j > k - 4 && !(linked = gluedPhraseEnd(v, j, 'attribution.links')?.e === k)) j--;
            let q = linked ? j - 1 : -1;
            while (q > from + 1 && q > j - 6 && !v.is(q, 'attribution.member_preps') && !v.mention(q) && (v.isArabic(q) || v.t.kind[q] === NUMBER)) q--;
            if (q > from + 1 && v.is(q, 'attribution.member_preps')) p = q;
          }
          if (!m || m.s !== k || p <= from || !v.is(p, 'attribution.member_preps') || !v.isWord(p - 1) || v.mention(p - 1)) continue;
          if (isOrigin(v, m)) targets = [{ actor: null, text: v.span(from, m.e), sponsor: m.id, s: from, e: m.e }];
          else break;
        }
      }
      // (an English sanction word that is an active verb, EU sanctions six over …: the name before it imposes them)
      const activeVerb = !ar && se === i + 1 && v.is(i, 'attribution.accuse_verbs') && !PASSIVE_AUX.has(v.key(i - 1)) && !v.isPunct(se) && v.key(se) !== 'by';
      if (!targets.length && !activeVerb) {
        let k = i - 1;
        while (k >= a && (PASSIVE_AUX.has(v.key(k)) || arGap(v, k))) k--;
        const m = v.mentionEndingAt(k + 1);
        const np = actors.find((x) => x.e === k + 1);
        if (np) targets = npTargets(np, v);
        else if (m && m.s >= a && isDoer(m) && !imposes(m)) targets = [bodyOfState(v, mentionTarget(m, null, v), m, a, demonymState)];
        else if (ar && /^[لب]/.test(v.key(i))) {
          // (the subject after the verb, coordinated with more before the noun: يخضع جهاز … FSB، وستة من موظفيه لعقوبات;
          // the noun with ل or ب, the verb's complement: not نظام العقوبات, whose verb's subject uses the regime)
          for (let j = Math.max(a, i - 12); j < i && !targets.length; j++) {
            const x = v.mention(j);
            if (x && x.s === j && isDoer(x) && x.type !== 'location' && !imposes(x)) targets = [bodyOfState(v, mentionTarget(x, null, v), x, a, demonymState)];
          }
        }
      }
      if (!targets.length) continue;
      // the sanctioner: the speaker of the sentence, else the subject before the word (the Treasury imposed
      // sanctions on; فرضت الولايات المتحدة عقوبات)
      let claimants: { ids: string[]; text?: Span; kb?: { kb: KbEntry; at: Span } } | undefined;
      const who = claimantsAt(i);
      if (imposer) claimants = typeof imposer === 'string' ? { ids: [imposer] } : { ids: [], kb: imposer };
      else if (!who.ids.length && !who.text) {
        const subj = v.lastBefore(i, ['organization', 'person', 'location']);
        // (coordinated ones each: The United States and Britain imposed sanctions; فرضت الولايات المتحدة وبريطانيا عقوبات)
        if (subj && subj.s >= a && !targets.some((t) => (t.s <= subj.s && subj.e <= t.e) || t.actor === subj.id || t.sponsor === subj.id) && subj.e <= Math.min(i, ...targets.map((t) => t.s))) claimants = { ids: coordinated(v, subj, a).map((x) => x.id) };
        // (with no one imposing them in the sentence, the sanctions are those an earlier sentence said someone imposed, a
        // few paragraphs before: يخضع جهاز الأمن الفيدرالي … لعقوبات after فرضت الولايات المتحدة عقوبات)
        else claimants = earlierImposer(i);
      }
      for (const t of targets) push({ rule: rule('sanction'), actor: t.actor, actorText: t.text, sponsor: t.sponsor, stance: 'asserted', evidence: v.evidence(Math.min(i, t.s), Math.max(reasonEnd, t.e)) }, Math.min(i, t.s), claimants);
      i = reasonEnd - 1;
    }
  };

  // attribution: attributed/linked/pinned A to/on X; نسب A إلى X، ربط A ب X
  const attributionFrame = (): void => {
    // (a group named in the sentence makes it about hostile actors: The Pentagon ties MuddyWater to …; asked once per
    // sentence, not per verb)
    let groupNamed: boolean | undefined;
    for (let i = v.nextStart('attribution.attribute_verbs', a); i < b; i = v.nextStart('attribution.attribute_verbs', i + 1)) {
      const ve = v.hitEnd(i, 'attribution.attribute_verbs');
      if (ve <= i) continue;
      // (English: the charge right after the verb, no object: an object relative the accusation frame reads, a unit it
      // blames for a cyberattack on the parliament, whose "on" names the target)
      if (!ar && v.is(ve, 'attribution.charge_preps')) continue;
      // (the activity of a group named before, the object or a passive's subject: Proofpoint linked the activity to the
      // IRGC, هذا النشاط ربطه باحثون ب…; the group did it, and the sentence is about it)
      const passive = !ar && passiveAt(v, i);
      const anaphor = anaphorAt(i, ve);
      if (!anaphor && !hostile && !actors.length && !(groupNamed ??= firstMentionIn(v, a, b, ['threat_actor'], b) !== undefined)) continue;
      // (a verb inside a link already read, a group tied to Russia's GRU, is that link)
      if (here((c) => (c.rule === rule('link') || c.rule === rule('operation-link')) && c.evidence.start <= v.t.start[i] && v.t.end[ve - 1] <= c.evidence.end)) continue;
      // (nor a verb's word inside a linking phrase, a noun there: a company with ties to the Guards, which has links to
      // Iran; the link frame reads it, with the one who has the ties, or nobody)
      if (!ar && [i - 1, i - 2, i - 3].some((k) => k >= a && v.hitEnd(k, 'attribution.links') > i)) continue;
      // (nor a participle right after a common noun that names no act and no actor, its preposition right after it: a
      // front company linked to APT31 says what the company is tied to, not who did an act)
      // (a relative's verb is none: a group that researchers have linked to Iran)
      // (an adverb between the subject and the verb is neither: which U.S. officials also blamed on the SVR)
      let pv = i - 1;
      while (pv > a && v.is(pv, 'speech-verbs.subject_gaps') && !v.is(pv, 'speech-verbs.auxiliaries')) pv--;
      if (!ar && !passive && pv >= a && v.is(ve, 'attribution.attribute_preps') && v.isWord(pv) && !v.mention(pv) && /^[a-z]/.test(v.surface(pv)) && !isHostile(pv) && !PASSIVE_BE.has(v.key(pv)) && !v.is(pv, 'speech-verbs.negation_auxiliaries') && !actors.some((x) => x.e === pv + 1) && !v.isAny(pv, ['speech-verbs.unnamed', 'attribution.actors', 'attribution.weak_actors', 'attribution.operations']) && !relativeAntecedent(v, i, a, actors)) continue;
      // (nor a participle glued by a hyphen to its sponsor, an adjective: the GRU-linked group APT28 was behind an attack
      // on the party; the actor phrase reads it)
      if (!ar && i - 1 >= a && v.key(i - 1) === '-' && v.surface(i - 1) === '-' && v.t.start[i] === v.t.end[i - 1]) continue;
      // the preposition before the doer or sponsor
      let p = -1;
      // (and the name after the body's head it is glued to, if so)
      let bodyName = -1;
      // (within WORDS_TO_PREP words: punctuation and a name's later words do not count, so that a figure, a bracketed
      // short form or a long name between stays in reach: attributed the theft of about $1.5 billion … from the
      // Dubai-based exchange Bybit to North Korea; نسب مكتب التحقيقات الفيدرالي الأمريكي (إف بي آي) …)
      let reach = ve + WORDS_TO_PREP;
      for (let k = ve; k < Math.min(b, reach, ve + 3 * WORDS_TO_PREP); k++) {
        if (v.clauseEnd(k)) break;
        // (English: after a doer as the object, the charge holds a later "on": blamed Sandworm for the attacks on Russian
        // banks; not after an act, the theft of … to North Korea)
        if (!ar && k > ve && v.is(k, 'attribution.charge_preps') && (v.mentionEndingAt(k) || actors.some((x) => x.e === k))) break;
        // (nor after a passive's charge: the group was blamed by US officials for the attacks on Ukraine, whose "on" names
        // the target; the passive's subject is the doer and its sponsor comes before the charge, was blamed on Russia for)
        if (!ar && passive && k > ve && v.is(k, 'attribution.charge_preps')) break;
        if (!v.isWord(k) || (v.mention(k)?.s ?? k) < k) reach++;
        // (an aside set off by dashes is stepped over: linked the actor — whose targets … — to Tehran; typed with
        // spaced hyphens too, - or --)
        const dash = asideDash(v, k);
        if (dash) {
          let close = k + dash.length;
          while (close < b && close < k + 40 && asideDash(v, close) !== dash && !v.clauseEnd(close)) close++;
          if (close < b && asideDash(v, close) === dash) {
            reach += close - k;
            k = close + dash.length - 1;
            continue;
          }
        }
        // (or ب/ل glued to a name, the name after the letter, بإيران, not بايبت, a name that opens with the letter; or
        // glued to an actor phrase: ربطها المكتب بمجموعة تعرف باسم …)
        // (right after the verb only when its object is the pronoun glued to it, with no subject named: التي ربطها بجهاز …)
        const lettered = ar && (k > ve || PRONOUN_SUFFIXED_AR.test(v.key(ve - 1))) && v.isArabic(k) && /^[بل]/.test(v.key(k));
        const gluedTo = lettered ? v.mention(k) : null;
        // (or glued to a body's head in construct with a name: بجهاز استخبارات الحرس الثوري)
        const bodyHead = lettered && !gluedTo && v.is(k, 'organizations.heads') && v.hitPre(k, 'organizations.heads') === 1 ? [k + 1, k + 2].find((j) => j < b && v.mention(j)?.s === j && v.mention(j)!.type !== 'person') : undefined;
        // (not "to" after a word of hostility: blamed actors hostile to the United States; بجهات معادية لـ)
        if (ar ? opposedBefore(v, k) : v.is(k - 1, 'attribution.opposed')) continue;
        // (nor a letter that ends a link's phrase in the subject after the verb: نسبت وحدة "مانديانت" التابعة لشركة غوغل
        // السرقات إلى …: Google owns the claimant, it is not whom the act is attributed to)
        if (lettered && k - 1 >= ve && gluedPhraseEnd(v, k - 1, 'attribution.links')?.e === k) continue;
        // (or glued to a noun or two and a nisba, a state's body or government: بالحكومة الروسية، بأجهزة الاستخبارات الروسية)
        const nisbaNoun = lettered && !gluedTo && !isHostile(k) && v.isAny(k, NISBA_SPONSOR_NOUNS) && [k + 1, k + 2].some((j) => j < b && v.isArabic(j) && !!demonymState(j));
        if (v.is(k, 'attribution.attribute_preps') || (gluedTo && gluedTo.s === k && gluedTo.span.start > v.t.start[k]) || (lettered && actors.some((x) => x.s === k)) || bodyHead !== undefined || nisbaNoun) {
          p = k;
          bodyName = bodyHead ?? -1;
          break;
        }
      }
      if (p < 0) continue;
      const glued = ar && !v.is(p, 'attribution.attribute_preps');
      const targets = targetsAfter(v, bodyName >= 0 ? bodyName : glued ? p : p + 1, b, actors, demonymState, ar, false);
      if (!targets.length) continue;
      // (a link withheld is none: did not attribute, stopped short of attributing the campaign to; GOLD.md annotates no
      // statement that no link was made)
      if (withheldAt(v, i, a)) continue;
      // what is attributed: a group named between the verb and the preposition (linked MuddyWater to Iran), or
      // the subject of a passive (the attack was attributed to X), else an act (attributed the attack to X)
      // (an activity's group has one sponsor: the attacks blamed on Iran and Russia were more than one group's)
      let thing: { actor: string | null; text?: Span } | null = targets.length === 1 ? anaphor : null;
      for (let k = ve; k < p && !thing; k++) {
        const m = v.mention(k);
        if (m && m.type === 'threat_actor') {
          thing = { actor: m.id, text: m.span };
          break;
        }
        const np = actors.find((x) => x.s === k);
        // (an operation's phrase with no group or sponsor of its own, عمليات الاختراق, is the act linked: the one named
        // after the preposition did it)
        if (np && np.operation && !np.named && !np.sponsor) continue;
        if (np) {
          const { actor, actorText } = npOf(np);
          thing = { actor, text: actorText };
          break;
        }
      }
      // (English: "it" right before the preposition stands for the group named last nearby: the police named the group and
      // linked it to Beijing)
      if (!thing && !ar && p === ve + 1 && v.key(ve) === 'it') {
        const g = v.lastBefore(i, ['threat_actor']);
        if (g && v.t.start[i] - g.span.end < 800) thing = { actor: g.id, text: g.span };
      }
      if (!thing && passive) {
        const before = actorBefore(v, i - 1, a, actors, ar);
        // (or a definite group word standing for a group named before: the group had been linked by researchers to …)
        const back = before && !before.actor && before.text ? groupAnaphor(v, before.text) : null;
        if (before && (before.actor || before.text)) thing = { actor: before.actor ?? back, text: before.text };
      }
      // (or the named group a relative clause hangs on: APT29, which Western governments attribute to the SVR; the
      // relative pronoun a few words before the verb, its subject between them)
      if (!thing) thing = relativeAntecedent(v, i, a, actors);
      // (Arabic: a verb whose object is its glued pronoun, the letter right after it: the group set off before it by a
      // comma, a clause on an indefinite noun with no relative, مجموعة تعرف باسم "ميرور فيس"، ربطتها بالصين; with none, no
      // claim: the pronoun's referent is unknown, not the one it is tied to)
      if (!thing && ar && p === ve) {
        const c = i - 1;
        const named = c > a && (v.key(c) === '،' || v.key(c) === ',') ? v.mentionEndingAt(v.isQuote(c - 1) ? c - 1 : c) : null;
        if (named && named.type === 'threat_actor') thing = { actor: named.id, text: named.span };
        else if (glued) continue;
      }
      // (an Arabic verb's subject after it, a state's officials or body by their nationality, makes the claim, not the
      // speaker whose words hold it: التي ربطها مسؤولون أمريكيون بروسيا)
      const se = ar ? nationalitySubjectEnd(v, ve) : -1;
      // (or a body or person named right after it: ربطها مكتب التحقيقات الفيدرالي بمجموعة …)
      const named = ar && se < 0 ? v.mention(ve) : null;
      // (or unnamed people right after it, researchers or officials: ربطها باحثون بإيران)
      const ue = ar && se < 0 && !named ? v.hitEnd(ve, 'speech-verbs.unnamed') : -1;
      // (the body they are of, after a preposition and a company's word or none: باحثون في شركة X: X)
      let of = ue > ve && ue < p && v.is(ue, 'speech-verbs.place_preps') ? ue + 1 : -1;
      if (of > 0 && !v.mention(of) && v.is(of, 'organizations.name_heads')) of++;
      const body = of > 0 && of < p ? v.mention(of) : null;
      let claimants: { ids: string[]; text?: Span } | undefined = se > ve && se <= p ? { ids: [], text: v.span(ve, se) } : named && named.s === ve && named.e <= p && (named.type === 'organization' || named.type === 'person') ? { ids: [named.id] } : body && body.s === of && body.type === 'organization' ? { ids: [body.id] } : ue > ve && ue <= p ? { ids: [], text: v.span(ve, ue) } : undefined;
      // (English: the subject of a verb of saying or believing inside the relative makes the claim: Predatory Sparrow,
      // which some analysts believe is linked to Israel)
      if (!ar && !claimants && thing) claimants = relativeSpeaker(i);
      // (and the subject named between a relative pronoun and the verb itself: the SolarWinds hack, which the United States
      // attributed to the SVR: the United States, not the speaker whose words hold the clause)
      if (!ar && !claimants) claimants = relativeSubject(i);
      // (a passive's agent after the sponsor claims: was blamed on North Korea by South Korean officials)
      const last = targets[targets.length - 1];
      if (passive && !claimants && last && v.key(last.e) === 'by') claimants = agentAfter(v, last.e + 1, b);
      for (const t of targets) {
        const doer = thing ?? { actor: t.actor, text: t.text };
        // (an activity attributed to unnamed actors and the body they work for, attributed the operation to actors working on
        // behalf of Iran's Ministry of Intelligence: that body, the link after the actors' noun)
        let sponsor = t.sponsor ?? null;
        let te = t.e;
        if (!sponsor && !t.actor && thing) {
          const link = gluedPhraseEnd(v, t.e, 'attribution.links');
          const sp = link ? sponsorsAfter(v, link.e, b, demonymState, link.glued)[0] : undefined;
          if (sp) {
            sponsor = sp.sponsor;
            te = sp.e;
            // (the link frame's reading of the same words, unnamed actors tied to the body, is this claim less precisely)
            for (let n = out.length - 1; n >= sentenceFrom; n--) if (out[n].rule === rule('link') && !out[n].actor && out[n].evidence.start >= v.t.start[t.s] && out[n].evidence.end <= v.t.end[te - 1]) out.splice(n, 1);
          }
        }
        push({ rule: rule('attribution'), actor: doer.actor, actorText: doer.text, sponsor, stance: 'asserted', evidence: v.evidence(i, te) }, t.s, claimants);
      }
      i = p;
    }
  };

  // sponsor: a state or body behind a group (the MSS is behind the groups tracked as APT40; backs X)
  const sponsorFrame = (): void => {
    for (let i = v.nextStart('attribution.sponsor_verbs', a); i < b; i = v.nextStart('attribution.sponsor_verbs', i + 1)) {
      const ve = v.hitEnd(i, 'attribution.sponsor_verbs');
      if (ve <= i) continue;
      const groups = targetsAfter(v, ve, b, actors, demonymState, ar, false).filter((t) => t.actor !== null && v.entity(t.actor)?.type === 'threat_actor' || (t.actor === null && actors.some((x) => x.s === t.s)));
      // the groups may be named after the phrase (groups tracked as APT40 and APT31)
      // (a bracket of the group's other names after one, APT40 (TEMP.Periscope/Leviathan) and APT31, counts as no words)
      const named: TokMention[] = [];
      for (let k = ve, n = 0; k < b && n < 14 && !v.clauseEnd(k); k++, n++) {
        const m = v.mention(k);
        if (m && m.type === 'threat_actor' && !named.includes(m)) named.push(m);
        if (v.key(k) === '(') k = bracketEnd(v, k, b);
      }
      if (!groups.length && !named.length) continue;
      // (English: a relative clause whose subject says or believes it, the Guard Corps, which Treasury said was behind …,
      // which Britain says is behind …: the relative's antecedent is the sponsor, its subject the claimant)
      // (Arabic: the pronoun on إن/أن right before the verb, in a relative clause whose verb of saying has a subject of its
      // own, الحرس الثوري، والذي قالت الوزارة إنه يقف وراء …: the antecedent; the claimant is the words' speaker)
      const pronounAr = ar && i - 1 > a && PRONOUN_COMPLEMENTIZER_AR.test(v.key(i - 1));
      let rel = ar ? i - 2 : i - 1;
      while ((!ar || pronounAr) && rel > a && rel > i - 8 && !v.is(rel, 'attribution.relatives') && !v.clauseEnd(rel)) rel--;
      const saidBy = !ar && v.is(rel, 'attribution.relatives') ? relativeSpeaker(i) : undefined;
      const saidAr = pronounAr && v.is(rel, 'attribution.relatives') && rel + 2 < i - 1 && v.is(rel + 1, 'speech-verbs.verbs');
      const antecedent = saidBy || saidAr ? v.mentionEndingAt(v.key(rel - 1) === ',' || v.key(rel - 1) === '،' ? rel - 1 : rel) : null;
      if (saidBy && !antecedent) continue;
      // (the sponsor is the subject before the verb: المخابرات تقف وراء …، the MSS is behind …)
      const sponsor = antecedent ?? (ar ? v.mentionEndingAt(i) : v.mentionEndingAt(i) ?? (() => {
        let k = i - 1;
        while (k >= a && gapWord(v, k)) k--;
        // (a bracketed short form after the name: the Ministry of State Security (MSS) is behind …)
        if (v.key(k) === ')' && v.mention(k - 1) && v.key(v.mention(k - 1)!.s - 1) === '(') k = v.mention(k - 1)!.s - 2;
        return v.mentionEndingAt(k + 1);
      })());
      if (!sponsor || (sponsor.type !== 'organization' && sponsor.type !== 'location')) continue;
      const doers = named.length ? named.map((m) => ({ actor: m.id as string | null, text: m.span })) : groups.map((g) => ({ actor: g.actor, text: g.text }));
      const gs = groups.length ? groups[0].s : ve;
      const ge = Math.max(...groups.map((g) => g.e), ...named.map((m) => m.e), ve);
      for (const d of doers) push({ rule: rule('sponsor'), actor: d.actor, actorText: d.text, sponsor: sponsor.id, stance: 'asserted', evidence: v.evidence(Math.min(i, sponsor.s), ge) }, i, saidBy);
      sponsoredAt.add(i);
      // (the groups' own nisba, Chinese state-backed groups, is the same claim less precisely: the sponsor named wins)
      for (let n = out.length - 1; n >= 0; n--) {
        const c = out[n];
        if (c.rule === rule('nisba-actor') && c.evidence.start >= v.t.start[gs] && c.evidence.end <= v.t.end[ge - 1]) out.splice(n, 1);
      }
    }
  };

  // act: a doer and a hostile act verb
  // (a generic verb of doing, launched, conducted, نفذ, acts only in a sentence with a hostile word of its own:
  // the Treasury launched a bond is no claim)
  /**
   * A pronoun at token p denying its own act (the verb at i, ending at ve) in the words of one claimant: a state's, its own
   * act, the doer returned (Russia said it had not interfered); a government body's, what was claimed against its state,
   * pushed as an open denial the resolver ties to that claim (The Kremlin said it had not interfered): true; else null.
   */
  const ownActDenied = (p: number, i: number, ve: number): Target[] | true | null => {
    const ids = claimantsAt(i).ids;
    const who = ids.length === 1 ? v.entity(ids[0]) : undefined;
    if (who?.type === 'location') return [{ actor: null, text: v.span(p, p + 1), sponsor: who.id, s: p, e: i }];
    if (who?.type !== 'organization' || who.kind !== 'government') return null;
    push({ rule: rule('negated-act'), actor: null, sponsor: null, open: true, needsPrior: true, stance: 'denied', evidence: v.evidence(p, ve) }, p, { ids: [who.id] });
    return true;
  };

  const actFrame = (): void => {
    // (a sentence about sport: its attack is a team's play, coach X is responsible for the weak attack)
    const hostileWord = v.nextStart(HOSTILE_WORDS, a) < b && v.nextStart('attribution.sports', a) >= b;
    for (let i = v.nextStart('attribution.act_verbs', a); i < b; i = v.nextStart('attribution.act_verbs', i + 1)) {
      const ve = v.hitEnd(i, 'attribution.act_verbs');
      if (ve <= i || sponsoredAt.has(i) || heldAt.has(i)) continue;
      // (an office's phrase, its preposition of responsibility before a body's name: الوزيرة المسؤولة عن مكتب أمن الاتصالات
      // الحكومية; the body is what she heads, no doer nor act)
      const heads = v.is(ve - 1, 'attribution.responsibility_preps') ? v.mention(ve) : null;
      if (heads && heads.s === ve && heads.type === 'organization') continue;
      // (inside an accusing phrase, the accusation frame's: was held responsible for)
      if (i > a && v.hitEnd(i - 1, 'attribution.accuse_verbs') > i) continue;
      // (a named hacker group doing it is a hostile act still: مجموعة X نفذت عملية منفصلة)
      const weak = !hostileWord && v.hitEnd(i, 'attribution.generic_act_verbs') === ve;
      let doers: Target[] = [];
      /** the subject of a verb of saying in a relative clause on the doer (which the EU said was …): the claimant */
      let relativeClaimants: { ids: string[]; text?: Span } | undefined;
      // (a negation right before the verb, and its auxiliaries: Russia did not interfere, روسيا لا تتدخل: the doer stands
      // before them, and the act is denied, in the words of whoever says so)
      const negAt = negationBefore(i);
      // the passive agent: carried out by X, the work of X
      // (has/had before the verb is its perfect, active: the group had targeted …; a form of "be" makes it passive)
      // (a form of "be" before an -ing verb is the progressive, active: ZeroX was auctioning the data)
      if (!ar && PASSIVE_BE.has(v.key(i - 1)) && !/ing$/.test(v.key(i)) || (!ar && v.is(ve, 'attribution.agent_preps'))) {
        const ap = v.is(ve, 'attribution.agent_preps') ? v.hitEnd(ve, 'attribution.agent_preps') : -1;
        // (past a company's word before a hacker group's name: carried out by the company Emennet Pasargad)
        const owned = ap > 0 && DETERMINERS.has(v.key(ap)) && v.is(ap + 1, 'organizations.name_heads') ? v.mention(ap + 2) : null;
        const from = owned && owned.s === ap + 2 && owned.type === 'threat_actor' ? ap + 2 : ap;
        if (ap > 0) doers = targetsAfter(v, from, b, actors, demonymState, ar);
      } else if (ar) {
        // VSO: شنت روسيا هجمات; SVO: روسيا شنت; or an agent after من قبل
        // (SVO with a cleft or an auxiliary between: مجموعة X للقرصنة هي التي دبرت، روسيا قد شنت)
        const j = subjectEndAr(v, negAt >= 0 ? negAt : i, a);
        // (a verb with و or ف glued to it is joined to the verb before, whose object the name before it is: اخترقت موقع
        // وزارة الفلاحة وسربت: no subject there)
        const joined = negAt < 0 && v.hitPre(i, 'attribution.act_verbs') > 0 && /^[وف]/.test(v.key(i));
        // (nor a verb of targeting with a tool on ب right after it, no object between: a passive, the name before it the
        // target, هاتف السياسي أحمد طنطاوي استهدف ببرنامج التجسس)
        const byTool = v.is(i, 'attribution.target_verbs') && ve < b && /^ب/.test(v.key(ve)) && v.hitPre(ve, 'attribution.tool_heads') === 1;
        const before0 = joined || byTool ? null : v.mentionEndingAt(j) ?? appositiveGroupEndingAt(v, j, a);
        // (a name that is the genitive of a noun before it, حملة ترامب, is part of a longer subject: not the doer)
        // (nor the agent of a relative clause's verb of finding before the verb: الهجمات التي رصدتها شركة X استهدفت)
        if (before0 && observedBy(before0.s)) continue;
        const before = before0 && v.is(i, 'attribution.collusion') && genitiveAr(v, before0, a) ? null : before0;
        const np = actors.find((x) => x.e === j);
        // (the colluding subject itself, unnamed: officials of Trump's campaign conspired: a doer with no sponsor)
        if (before0 && !before && !np && !alleged(i) && collusionContext(v, i)) push({ rule: rule('collusion'), actor: null, sponsor: null, unnamed: true, stance: 'asserted', evidence: v.evidence(before0.s - 1, ve) }, i);
        // (a group's noun whose relative clause names it: المجموعة، التي تطلق عليها اسم "أوشن لوتس"، اخترقت: that group)
        const namedIn = np && !np.named && j < i ? firstMentionIn(v, j, i, ['threat_actor'], i) : undefined;
        if (np && namedIn && v.isAny(np.head, ['attribution.group_nouns', 'attribution.weak_actors'])) doers = [{ actor: namedIn.id, text: v.span(np.s, np.e), sponsor: null, s: np.s, e: np.e }];
        else if (np) doers = npTargets(np, v);
        // (a place after a phrase of origin is where the doer works from, no subject: the doer is the phrase before the
        // relative pronoun that opens it, with that place as its origin: المجموعة التي تعمل من روسيا اخترقت …)
        else if (before && before.type === 'location' && originStart(v, before, a) >= 0) {
          const d = originAntecedent(v, originStart(v, before, a), a, actors);
          if (d) doers = [{ actor: d.actor, text: d.text, sponsor: d.sponsor ?? before.id, s: d.s, e: d.e }];
        }
        // (a name after a preposition glued to it is no subject: التابعة لبكين تستهدف)
        else if (before && isDoer(before) && !gluedToPreposition(v, before)) {
          doers = [mentionTarget(before, demonymState, v)];
          // (states or groups joined by و, each a doer: روسيا والصين حاولت التأثير)
          const list = coordinatedDoers(v, before, a);
          if (list) doers = list.map((m) => mentionTarget(m, demonymState, v));
        }
        else {
          // VSO: the name after the verb is its subject, unless the verb takes a target first (استهدف اللجنة):
          // then only an actor phrase or a named group is taken as the doer
          // (past a hedge between them: نفذته على الأرجح أجهزة روسية)
          let from = ve;
          while (from < b && from < ve + 3 && v.is(from, 'attribution.hedges')) from = Math.max(from + 1, v.hitEnd(from, 'attribution.hedges'));
          const after = targetsAfter(v, from, Math.min(b, from + 4), actors, demonymState, ar);
          const targetFirst = v.is(i, 'attribution.target_verbs');
          if (after.length && after[0].s === from && (!targetFirst || after[0].actor !== null && v.entity(after[0].actor)?.type === 'threat_actor' || actors.some((x) => x.s === from))) doers = after.slice(0, 1);
        }
        // a pronoun on the complementizer right before the verb is its subject, the noun after it the object (إنها سرقت
        // شبكة المستشفى); in the words of a hacker group that speaks (قالت المجموعة إنها سرقت …), the group itself, as
        // "it" in English
        let p = (negAt >= 0 ? negAt : i) - 1;
        if (p > a && v.key(p) === 'قد') p--;
        if (p >= a && PRONOUN_COMPLEMENTIZER_AR.test(v.key(p))) {
          const self = claimantsAt(i).ids.find((id) => v.entity(id)?.type === 'threat_actor');
          doers = self ? [{ actor: self, text: v.span(p, p + 1), sponsor: null, s: p, e: i }] : [];
          // (a state or a state body denying its own act, negated after the pronoun: وقالت روسيا إنها لم تتدخل)
          if (!self && negAt >= 0) {
            const own = ownActDenied(p, i, ve);
            if (own === true) continue;
            if (own) doers = own;
          }
        }
      } else {
        // (a verb with nothing after it, or a preposition, reads as a participle: Finland also targeted, targeted by)
        // (a past form in -ed with nothing after it, or a preposition, may be a participle: Finland also
        // targeted, targeted by; after has/have/had, or for a verb that takes a preposition, it is active)
        const next = v.key(ve);
        const last = v.key(ve - 1);
        const ambiguous = /ed$/.test(last) && ve === i + 1 && !['has', 'have', 'had'].includes(v.key(i - 1)) && !/^(?:interfered|meddled)$/.test(last);
        const objectFollows = ve < b && !v.isPunct(ve) && !PREPS_EN.has(next) && next !== 'as';
        const before = !ambiguous || objectFollows ? actorBefore(v, negAt >= 0 ? negAt : i, a, actors, ar, true) : null;
        if (before) {
          doers = [{ actor: before.actor, text: before.text, sponsor: before.sponsor ?? null, s: before.s, e: i }];
          // (a relative clause on the doer with a pronoun and a verb of saying: UNC5537, which it said had stolen …: the
          // pronoun's body claims)
          if (!ar) relativeClaimants = relativeSpeaker(i);
        }
        // (a group's relative clause with a verb of saying and its subject before the verb: Sandworm, which the EU said was
        // responsible for …: the group does it, in the subject's words, as the link frame reads it)
        else if (negAt < 0) {
          const rel = saidOfAntecedent(i);
          if (rel) {
            doers = [{ ...rel.doer, sponsor: null, e: i }];
            relativeClaimants = rel.claimants;
          }
        }
        // (named doers joined by commas and "and", each a doer: Russia, China and Iran were all trying to influence …)
        const named = before ? v.mention(before.s) : null;
        const list = named && named.s === before!.s && before!.text?.start === named.span.start ? coordinatedDoers(v, named, a) : null;
        if (list) doers = list.map((m) => ({ ...mentionTarget(m, null, v), e: i }));
        // a pronoun doer in the words of a hacker group that speaks (the group said it hacked …): the group itself
        else if (objectFollows) {
          // (past an auxiliary: the group said it had stolen …)
          let p = i - 1;
          while (p > a && p > i - 3 && /^(?:has|have|had|also|then)$/.test(v.key(p))) p--;
          const self = v.is(p, 'speech-verbs.body_pronouns') ? claimantsAt(i).ids.find((id) => v.entity(id)?.type === 'threat_actor') : undefined;
          if (self) doers = [{ actor: self, text: v.span(p, p + 1), sponsor: null, s: p, e: i }];
        }
        // (a pronoun denying its own act in a state's words: Russia said it had not interfered: the state denies its act;
        // in a state body's, The Kremlin said it had not interfered: the body denies what was claimed against its state)
        if (!doers.length && negAt > a && v.is(negAt - 1, 'speech-verbs.body_pronouns')) {
          const own = ownActDenied(negAt - 1, i, ve);
          if (own === true) continue;
          if (own) doers = own;
        }
      }
      // (claimed, claims: an act only for a named group claiming a hostile act, Indra has claimed the attacks; not a
      // speaker claiming that …)
      const groupClaim = v.hitEnd(i, 'attribution.group_claims') === ve;
      if (groupClaim && (v.is(ve, 'speech-verbs.complementizers') || !hostileAfter(v, ve, b))) doers = [];
      for (const d of doers) {
        if (groupClaim && !(d.actor && v.entity(d.actor)?.type === 'threat_actor')) continue;
        if (modifierName(v, d.s)) continue;
        // (an unnamed doer with no sponsor: only an actor noun's phrase, hackers or attackers, not a group word)
        const bare = !d.actor && !d.sponsor && bareActorAt(d.s);
        if (!d.actor && !d.sponsor && !(d.text && anaphorActor(d.text)) && !bare) continue;
        // (a group named as what an operation is tied to is no subject: a campaign tied to Gamaredon hit two ministries;
        // the link read it)
        if (d.e <= i && here((c) => (c.rule === rule('link') || c.rule === rule('operation-link')) && c.evidence.start < v.t.start[d.s] && v.t.end[d.e - 1] <= c.evidence.end)) continue;
        // (or a group word standing for one: the group was behind the incident)
        if (weak && !(d.actor && v.entity(d.actor)?.type === 'threat_actor') && !(d.text && anaphorActor(d.text))) continue;
        // (a doer claiming its own act claims it: DarkSide claimed responsibility for; أعلنت X مسؤوليتها عن)
        const self = v.hitEnd(i, 'attribution.self_claims') >= ve && d.actor ? { ids: [d.actor] } : relativeClaimants;
        // (a negated act is a denial, of a named doer or a state, by whoever says so; with nobody saying so, none)
        if (negAt >= 0) {
          const sayer = claimantsAt(i);
          if ((d.actor || d.sponsor) && (sayer.ids.length || sayer.text)) push({ rule: rule('negated-act'), actor: d.actor, actorText: d.text, sponsor: d.sponsor, stance: 'denied', evidence: v.evidence(Math.min(d.s, i), ve) }, Math.min(d.s, i));
          continue;
        }
        // (a verb inside a denial's words is what is denied, its doer before them too: نفت روسيا شن هجمات)
        // (the body it was done for, named after the verb: hacked … on behalf of the MSS; an unnamed doer's too, the
        // hackers hacked … on behalf of the MSS, no longer one with no sponsor)
        const behalf = d.sponsor ? null : behalfAfter(v, Math.max(ve, d.e), b);
        push({ rule: rule('act'), actor: d.actor, actorText: d.text, sponsor: behalf?.id ?? d.sponsor, stance: 'asserted', evidence: v.evidence(Math.min(d.s, i), Math.max(ve, d.e, behalf?.e ?? 0)), ...(bare && !behalf ? { unnamed: true } : {}) }, insideDenial(i) ? i : Math.min(d.s, i), self);
      }
    }
  };

  /** Accused with no state of their own, charged with acts a state's adjective names (held responsible for the Russian
   *  cyberattacks; تحميل سوفاسي المسؤولية عن أبرز الهجمات الإلكترونية الروسية): that state sponsors them. The adjective is
   *  on the act's noun itself, within eight tokens after `from`, not on its target (the attacks on Russian banks). */
  const actStateOn = (targets: Target[], from: number): void => {
    if (!targets.some((t) => !t.sponsor)) return;
    for (let k = from; k < Math.min(b, from + 8) && !v.clauseEnd(k); k++) {
      const d = demonymState(k);
      if (!d) continue;
      const onAct = ar ? isHostile(k - 1) || (isHostile(k - 2) && v.is(k - 1, 'attribution.modifiers')) : isHostile(d.e) || (v.is(d.e, 'attribution.modifiers') && isHostile(d.e + 1));
      if (!onAct) continue;
      for (const t of targets) if (!t.sponsor) t.sponsor = d.sponsor;
      return;
    }
  };

  // responsibility: held X responsible for …; حمّلت بريطانيا روسيا المسؤولية عن …: the one held responsible is the
  // accused, the verb's subject (before an English verb; between an Arabic verb and the accused, else before it) the
  // claimant
  /** Who holds another responsible at verb i (its phrase ending at ve): in Arabic the words between it and `end`, a person
   *  named there, else a body or state, else the words as they stand (وزير الخارجية البريطاني); with none between, the subject
   *  before the verb (Britain has held …, بريطانيا تحمل …), or a state by its nationality (the British government). */
  const holderBetween = (i: number, ve: number, end: number): { ids: string[]; text?: Span } | undefined => {
    if (end > ve) {
      const m = firstMentionIn(v, ve, end, ['person']) ?? firstMentionIn(v, ve, end, ['organization', 'location']);
      return m ? { ids: [m.id] } : { ids: [], text: v.span(ve, end) };
    }
    const k = subjectEndBefore(i);
    const m = subjectBefore(k);
    if (m) return { ids: [m.id] };
    if (!ar && k - 1 >= a && v.isAny(k, STATE_PEOPLE) && v.demonymEnd(k - 1) === k) return { ids: [], text: v.span(DETERMINERS.has(v.key(k - 2)) ? k - 2 : k - 1, k + 1) };
    return undefined;
  };
  const responsibilityFrame = (): void => {
    if (!hostile) return;
    for (let i = v.nextStart('attribution.hold_verbs', a); i < b; i = v.nextStart('attribution.hold_verbs', i + 1)) {
      const ve = v.hitEnd(i, 'attribution.hold_verbs');
      if (ve <= i) continue;
      let r = ve + 1;
      while (r < Math.min(b, ve + 12) && !v.clauseEnd(r) && !v.is(r, 'attribution.responsibility')) r++;
      // (past a relative clause on the accused set off by commas: تحمل مجموعة "…"، التي تديرها المخابرات …، مسؤولية
      // الحملة; the accused end at its opening comma)
      let asideAt = -1;
      if (r >= b || !v.is(r, 'attribution.responsibility')) {
        for (let j = ve + 2; j < Math.min(b, ve + 16) && asideAt < 0 && !v.clauseEnd(j); j++) if ((v.key(j - 1) === '،' || v.key(j - 1) === ',') && v.is(j, 'attribution.relatives')) asideAt = j - 1;
        const close = asideAt >= 0 ? relativeClauseClose(v, asideAt + 1, b) : -1;
        if (close < 0 || !v.is(close + 1, 'attribution.responsibility')) continue;
        r = close + 1;
      }
      // (withheld or negated: stopped short of holding Russia responsible; لم يصل إلى حد تحميل روسيا المسؤولية; nor is its
      // word of responsibility an act then)
      if (withheldAt(v, i, a)) {
        heldAt.add(r);
        continue;
      }
      // (Arabic: the accused after the word of responsibility, ل glued on, past what it is for or not: وحمّلت الشركة
      // المسؤولية عن الهجوم لمجموعة تعرف باسم …; the subject between the verb and the word)
      if (ar && asideAt < 0) {
        const re = v.hitEnd(r, 'attribution.responsibility');
        let k = re;
        if (v.is(k, 'attribution.responsibility_preps')) for (let n = 0; n < 8 && k < b && !v.clauseEnd(k) && !v.key(k).startsWith('ل'); n++) k++;
        const after = k < b && v.key(k).startsWith('ل') && v.isArabic(k) ? targetsAfter(v, k, b, actors, demonymState, ar).filter((t) => t.s === k) : [];
        if (after.length && (re === k || responsibleForAct(re))) {
          const claimants = holderBetween(i, ve, r);
          heldAt.add(r);
          for (const t of after) dropOwnNisba(t);
          actStateOn(after, re);
          for (const t of after) push({ rule: rule('responsibility'), actor: t.actor, actorText: t.text, sponsor: t.sponsor, stance: 'asserted', evidence: v.evidence(i, t.e), ...(!t.actor && !t.sponsor && bareActorAt(t.s) ? { unnamed: true } : {}) }, t.s, claimants);
          i = after[after.length - 1].e - 1;
          continue;
        }
      }
      // the accused: the names or actor phrase right before the word of responsibility (in Arabic after the subject:
      // the first place from which a list of them runs to it)
      // (an adverb between them: حمّل كوريا الشمالية رسميا مسؤولية الهجوم)
      let accusedEnd = asideAt >= 0 ? asideAt : r;
      while (accusedEnd - 1 > ve && v.is(accusedEnd - 1, 'speech-verbs.subject_gaps') && !v.mention(accusedEnd - 1)) accusedEnd--;
      let targets: Target[] = [];
      let p = ve;
      for (; p < accusedEnd && !targets.length; p++) {
        const t = targetsAfter(v, p, accusedEnd, actors, demonymState, ar).filter((x) => x.e <= accusedEnd);
        if (t.length && t[t.length - 1].e === accusedEnd) targets = t;
        if (!ar) break;
      }
      // (the accused quoted with what is said of them: حمّل … "جهات أجنبية تريد زرع الشك" المسؤولية; blamed "foreign actors
      // who …" for: the actor's phrase that opens the quotation)
      if (!targets.length && v.isQuote(r - 1)) {
        let o = r - 2;
        while (o > ve && o > r - 20 && !v.isQuote(o) && !v.clauseEnd(o)) o--;
        const np = v.isQuote(o) ? actors.find((x) => x.s === o + 1) : undefined;
        if (np) {
          targets = npTargets(np, v);
          p = o + 1;
        }
      }
      if (!targets.length) continue;
      // (Arabic: a state found after an actor's phrase and a linking phrase is the sponsor of the accused, not the accused:
      // وحملت مجموعات مدعومة من كوريا الشمالية المسؤولية; the subject ends before the phrase)
      if (ar && targets.length === 1 && !targets[0].actor && targets[0].sponsor) {
        const t0 = targets[0];
        const np = actors.find((x) => x.s >= ve && x.s < t0.s && !x.operation && !x.sponsor && (gluedPhraseEnd(v, x.e, 'attribution.links')?.e ?? -1) === t0.s);
        if (np) {
          targets = [{ actor: np.named?.id ?? null, text: v.span(np.s, t0.e), sponsor: t0.sponsor, s: np.s, e: t0.e }];
          p = np.s + 1;
        }
      }
      // (the accused's start, with a group's noun before its name: تحميل مجموعة ساندوورم; before it, in Arabic, the subject
      // and a preposition of pointing: أشار الخبراء إلى روسيا)
      let from = p - 1;
      while (from > ve && v.isAny(from - 1, ['attribution.group_nouns', 'attribution.weak_actors'])) from--;
      const subjectEnd = ar && v.is(from - 1, 'speech-verbs.pointing_preps') ? from - 1 : from;
      const claimants = holderBetween(i, ve, subjectEnd);
      const re = v.hitEnd(r, 'attribution.responsibility');
      // (a body or state held responsible for what is named right after, no hostile act among its first words: not a
      // claim of one, حمل مايكروسوفت مسؤولية "سلسلة من الإخفاقات الأمنية"، held the firm responsible for the failures;
      // attackers held responsible for an outage still are)
      if (targets.every((t) => t.sponsor) && !responsibleForAct(re)) continue;
      heldAt.add(r);
      for (const t of targets) dropOwnNisba(t);
      actStateOn(targets, re);
      for (const t of targets) push({ rule: rule('responsibility'), actor: t.actor, actorText: t.text, sponsor: t.sponsor, stance: 'asserted', evidence: v.evidence(i, re), ...(!t.actor && !t.sponsor && bareActorAt(t.s) ? { unnamed: true } : {}) }, t.s, claimants);
      i = re - 1;
    }
  };

  // copula-nationality: a group or actor phrase, a copula and hedges, then its nationality and the clause's end (the group
  // was likely Russian; the hackers were believed to be Chinese; القراصنة على الأرجح صينيون): that state sponsors it
  const copulaNationalityFrame = (): void => {
    for (let i = v.nextStart('kb.demonym', a); i < b; i = v.nextStart('kb.demonym', i + 1)) {
      const d = demonymState(i);
      if (!d || d.e > b || !(d.e === b || v.isPunct(d.e) || v.clauseEnd(d.e))) continue;
      // (English: a copula among the words between; Arabic: a nominal sentence, hedges or a copula between or none)
      const { k, copula } = gapsBefore(v, i, a, 7);
      if (!ar && !copula) continue;
      // (the doer: a named group, or an actor's phrase with no sponsor of its own; no person or state: Smith is Russian)
      const m = v.mentionEndingAt(k + 1);
      const np = actors.find((x) => x.e === k + 1 && !x.sponsor && !x.operation);
      const group = m && m.type === 'threat_actor' ? m : np?.named ?? null;
      const anaphor = !group && np ? groupAnaphor(v, v.span(np.s, np.e)) : null;
      if (!group && !np) continue;
      const actor = group?.id ?? anaphor ?? null;
      // (an Arabic actor's noun right before its nisba is the nisba-actor frame's: قراصنة صينيون)
      if (ar && k + 1 === i && !group) continue;
      const s0 = group && (!np || group.s < np.s) ? group.s : np!.s;
      // (Arabic: said in a relative clause as what is believed, a masculine imperfect after a feminine relative, التي
      // يعتقد أنها جزائرية: an impersonal passive, no one's claim, not the speaker's whose subject the group is)
      let impersonal = false;
      for (let t = k + 1; ar && t < i - 1 && !impersonal; t++) impersonal = v.is(t, 'speech-verbs.feminine_relatives') && v.key(t + 1).startsWith('ي') && v.isAny(t + 1, ['speech-verbs.verbs', 'speech-verbs.claim_cues']);
      push({ rule: rule('copula-nationality'), actor, actorText: v.span(s0, k + 1), sponsor: d.sponsor, stance: 'asserted', evidence: v.evidence(s0, d.e) }, s0, impersonal ? { ids: [] } : undefined);
    }
  };

  // origin-verb: a doer, then a finite verb of working from a place (REvil operates from Russia; المجموعة تعمل من روسيا،
  // التي تعمل من روسيا after the doer's phrase): the place is the doer's origin, as 'a gang based in Russia' is
  const originVerbFrame = (): void => {
    for (let i = v.nextStart('attribution.origin_verbs', a); i < b; i = v.nextStart('attribution.origin_verbs', i + 1)) {
      const oe = v.hitEnd(i, 'attribution.origin_verbs');
      const om = oe > i ? v.mention(oe) : null;
      if (!om || om.s !== oe || !isOrigin(v, om)) continue;
      // (Arabic: the doer right before it, or before the relative pronoun that opens it)
      let d = ar ? doerEndingAt(v, i - 1 >= a && v.is(i - 1, 'attribution.relatives') ? i - 1 : i, a, actors) : actorBefore(v, i, a, actors, ar);
      // (English: a group's relative clause with a verb of saying and its subject before the verb, DarkSide, which the FBI
      // has said operates from Russia: the group, in the subject's words, as the link frame reads it)
      const rel = !d && !ar ? saidOfAntecedent(i) : null;
      if (rel) d = rel.doer;
      if (d && !d.sponsor) push({ rule: rule('origin-verb'), actor: d.actor, actorText: d.text, sponsor: om.id, stance: 'asserted', evidence: v.evidence(d.s, om.e) }, d.s, rel?.claimants);
    }
  };

  /** A verb of saying among the copula's gap (tokens after k, before i) whose named subject, ending at k, opens a relative
   *  clause set off by a comma (, which X said was …): the comma before the relative pronoun and the subject, else null. */
  const relativeSaying = (k: number, i: number): { comma: number; speaker: string } | null => {
    let said = false;
    for (let j = k + 1; j < i && !said; j++) said = v.is(j, 'speech-verbs.verbs');
    const sm = said ? v.mentionEndingAt(k + 1) : null;
    if (!sm || (sm.type !== 'person' && sm.type !== 'organization')) return null;
    for (let r = sm.s - 1; r > a && r >= sm.s - 8; r--) {
      if (v.is(r, 'speech-verbs.relatives')) return v.key(r - 1) === ',' || v.key(r - 1) === '،' ? { comma: r - 1, speaker: sm.id } : null;
      if (!v.isWord(r) && !v.possessiveAt(r)) return null;
    }
    return null;
  };

  /**
   * copula-origin's claim: the doer before a copula's gap ending at k, the place om its origin, the evidence to token
   * `end`; with a verb of saying in a relative clause on the doer before the copula, the doer is the clause's noun and the
   * one who says it the claimant (the group, which the former cyber chief X said was based in Russia, …). `named` asks for
   * a doer with a name or words.
   */
  const copulaOrigin = (k: number, at: number, om: TokMention, end: number, named: boolean): void => {
    const rel = relativeSaying(k, at);
    const d = rel ? actorBefore(v, rel.comma, a, actors, ar, true) : actorBefore(v, at, a, actors, ar, true);
    if (d && !d.sponsor && (!named || d.actor || d.text)) push({ rule: rule('copula-origin'), actor: d.actor, actorText: d.text, sponsor: om.id, stance: 'asserted', evidence: v.evidence(d.s, end) }, d.s, rel ? { ids: [rel.speaker] } : undefined);
  };

  /** Arabic: where the aside opens whose closing comma is at or right before token k (، المرتبطة بـ…، or ، التي …،):
   *  its opening comma, within fifteen tokens and the clause, else -1. */
  const asideOpening = (k: number): number => {
    let close = k;
    while (close > a && close > k - 3 && v.key(close) !== '،' && v.key(close) !== ',') close--;
    if (v.key(close) !== '،' && v.key(close) !== ',') return -1;
    for (let o = close - 2; o > a && o >= close - 15 && !v.clauseEnd(o); o--) if (v.key(o) === '،' || v.key(o) === ',') return o;
    return -1;
  };

  // copula-behind: a copula, its subject, then behind and the act (أن تكون الصين وراء الهجوم): the subject did it
  const copulaBehindFrame = (): void => {
    if (!ar) {
      // (English: the subject, a copula and hedges, then behind: Russia was likely behind the attack)
      for (let i = v.nextStart('attribution.behind_words', a); i < b; i = v.nextStart('attribution.behind_words', i + 1)) {
        const be = v.hitEnd(i, 'attribution.behind_words');
        if (be <= i || !hostileAfter(v, be, b)) continue;
        const k = copulaGapBefore(v, i, a);
        if (k === null || k === i - 2) continue;
        const d = actorBefore(v, i, a, actors, ar, true);
        // (an unnamed doer with no sponsor marked, as the act frame's: a hacking group was likely behind)
        if (d) push({ rule: rule('copula-behind'), actor: d.actor, actorText: d.text, sponsor: d.sponsor ?? null, stance: 'asserted', evidence: v.evidence(d.s, be), ...unnamedMark(d) }, d.s);
      }
      // (the subject, a copula and hedges, then where it works from: the gang is likely based in Russia, as 'a gang based
      // in Russia' is; not a bare "from", a source's word after a copula: the data was from 2019)
      for (let i = v.nextStart('attribution.origin_preps', a); i < b; i = v.nextStart('attribution.origin_preps', i + 1)) {
        const oe = v.hitEnd(i, 'attribution.origin_preps');
        if (oe <= i + 1) continue;
        const om = v.mention(oe);
        if (!om || om.s !== oe || !isOrigin(v, om)) continue;
        const k = copulaGapBefore(v, i, a);
        if (k !== null) copulaOrigin(k, i, om, om.e, false);
      }
      // (or a state glued to a linking participle as the predicate: the gang was probably Russia-based, is Iran-linked;
      // read at the participles)
      for (let s = v.nextStart('attribution.link_suffixes', a); s < b; s = v.nextStart('attribution.link_suffixes', s + 1)) {
        if (v.key(s - 1) !== '-') continue;
        const om = v.mentionEndingAt(s - 1);
        if (!om || om.s < a + 2 || !isOrigin(v, om)) continue;
        if (v.isWord(s + 1) && !v.clauseEnd(s + 1) && !v.isPunct(s + 1)) continue;
        const g = copulaGapBefore(v, om.s, a);
        if (g !== null) copulaOrigin(g, om.s, om, s + 1, true);
      }
      return;
    }
    // (the doer first, then a copula and hedges or none, then behind: إن مجموعة X كانت "على الأرجح" وراء الهجمات؛ إن روسيا
    // وراء الهجوم, with إن/أن before the doer when no copula stands between)
    for (let i = v.nextStart('attribution.behind_words', a); i < b; i = v.nextStart('attribution.behind_words', i + 1)) {
      const be = v.hitEnd(i, 'attribution.behind_words');
      if (be <= i || v.hitPre(i, 'attribution.behind_words') > 0 || !hostileAfter(v, be, b) || here((c) => c.evidence.start <= v.t.start[i] && v.t.end[i] <= c.evidence.end)) continue;
      const { k, copula } = gapsBefore(v, i, a, 8);
      // (an aside set off by commas between the doer and the verb, مجموعات X وY، المرتبطة جميعها بـ…، تقف وراء: the doer
      // before its opening comma, a group's name or phrase; else the words before the verb as they stand)
      const aside = asideOpening(k + 1);
      const before = aside >= 0 ? actorBefore(v, aside, a, actors, ar, true) : null;
      const d = before && (before.actor || before.text) ? before : actorBefore(v, k + 1, a, actors, ar, true);
      if (!d || (!copula && !v.is(d.s - 1, 'speech-verbs.complementizers'))) continue;
      // (a name glued to a preposition is its object, no subject: المرتبطة بإيران تقف وراء)
      if (d.text && d.text.start > v.t.start[d.s] && /^[وف]?[بلك]$/.test(v.text.slice(v.t.start[d.s], d.text.start))) continue;
      // (named doers joined by و, each: مجموعات لازاروس وكيمسوكي … تقف وراء)
      const named = v.mention(d.s);
      const list = named && named.s === d.s && (d.actor === named.id || d.sponsor === named.id) ? coordinatedDoers(v, named, a) : null;
      if (list) {
        for (const m of list) push({ rule: rule('copula-behind'), ...mentionTarget(m, null, v), actorText: m.span, stance: 'asserted', evidence: v.evidence(m.s, be) }, insideDenial(i) ? i : m.s);
        continue;
      }
      push({ rule: rule('copula-behind'), actor: d.actor, actorText: d.text, sponsor: d.sponsor ?? null, stance: 'asserted', evidence: v.evidence(d.s, be), ...unnamedMark(d) }, insideDenial(i) ? i : d.s);
    }
    for (let i = v.nextStart('attribution.copulas', a); i < b; i = v.nextStart('attribution.copulas', i + 1)) {
      const ce = v.hitEnd(i, 'attribution.copulas');
      if (ce <= i) continue;
      const doers = targetsAfter(v, ce, Math.min(b, ce + 8), actors, demonymState, ar);
      if (!doers.length) continue;
      const last = doers[doers.length - 1].e;
      const be = v.hitEnd(last, 'attribution.behind_words');
      if (be <= last || !hostileAfter(v, be, b)) continue;
      for (const d of doers) push({ rule: rule('copula-behind'), actor: d.actor, actorText: d.text, sponsor: d.sponsor, stance: 'asserted', evidence: v.evidence(i, be) }, insideDenial(i) ? i : d.s);
      i = be - 1;
    }
  };

  // self-claim: a verb, the named doer, then its claim of the act (أعلنت مجموعة لوك بيت مسؤوليتها عن الهجوم): the doer
  // claims its own act
  const selfClaimFrame = (): void => {
    for (let i = v.nextStart(SELF_CLAIM_VERBS, a); i < b; i = v.nextStart(SELF_CLAIM_VERBS, i + 1)) {
      // (the verb with the act's pronoun after a relative on a hostile act's noun, the group after it: الهجوم، الذي تبنته
      // عصابة "بلاك كات"، …)
      const re = v.hitEnd(i, 'attribution.self_claim_relative_verbs');
      if (re > i) {
        let n = i - 1;
        const rel = n > a && v.is(n, 'attribution.relatives');
        if (rel) n--;
        if (v.key(n) === '،' || v.key(n) === ',') n--;
        let at = v.is(re, 'attribution.group_nouns') ? v.hitEnd(re, 'attribution.group_nouns') : re;
        if (v.isQuote(at)) at++;
        const m = v.mention(at);
        // (or an indefinite act's noun right before it with no relative, Arabic's relative clause on an indefinite noun: هجوم
        // ببرامج الفدية تبنته عصابة "كونتي"؛ the noun and up to two words that say what kind of act)
        let act = rel && n >= a && isHostile(n) ? n : -1;
        for (let h = i - 1; !rel && act < 0 && h >= Math.max(a, i - 3) && v.isArabic(h) && !v.mention(h); h--) if (isHostile(h) && !DEFINITE_WORD_AR.test(v.key(h))) act = h;
        if (act >= 0 && m && m.s === at && m.type === 'threat_actor' && !here((c) => c.actor === m.id)) {
          push({ rule: rule('self-claim'), actor: m.id, actorText: m.span, sponsor: null, stance: 'asserted', evidence: v.evidence(act, v.nameEnd(m)) }, act, { ids: [m.id] });
        }
        continue;
      }
      const ve = v.hitEnd(i, 'attribution.self_claim_verbs');
      // (a verb whose object is the act itself: تبنت مجموعة X الهجوم)
      const ae = ve > i ? -1 : v.hitEnd(i, 'attribution.self_claim_act_verbs');
      const vend = Math.max(ve, ae);
      if (vend <= i) continue;
      // (Arabic, the act first and the doer after it: وتبنت الهجوم مجموعة تدعى "حنظلة"؛ its group noun and naming phrase or
      // none)
      if (ar && ae > i && v.isAny(vend, HOSTILE_WORDS)) {
        let g = hostileWordEnd(v, vend);
        if (g > vend && v.is(g, 'attribution.group_nouns')) g = v.hitEnd(g, 'attribution.group_nouns');
        if (g > vend && v.hitEnd(g, 'attribution.naming') > g) g = v.hitEnd(g, 'attribution.naming');
        if (g > vend && g < b && v.isQuote(g)) g++;
        const doer = g > vend ? v.mention(g) : null;
        if (doer && doer.s === g && doer.type === 'threat_actor' && !here((c) => c.actor === doer.id && (!c.sponsor || c.claimants.includes(doer.id)))) {
          push({ rule: rule('self-claim'), actor: doer.id, actorText: doer.span, sponsor: null, stance: 'asserted', evidence: v.evidence(i, v.nameEnd(doer)) }, i, { ids: [doer.id] });
          i = doer.e - 1;
          continue;
        }
      }
      // (Arabic, the group opening the sentence before the verb, as a headline puts it: عصابة "بلاك باستا" تتبنى هجوما على …،
      // مجموعة X تعلن مسؤوليتها عن …; its group noun and quotation marks or none)
      const subj = ar ? v.mentionEndingAt(v.isQuote(i - 1) ? i - 1 : i) : null;
      if (subj && subj.type === 'threat_actor') {
        let s0 = v.isQuote(subj.s - 1) ? subj.s - 1 : subj.s;
        for (let g = Math.max(a, s0 - 2); g < s0; g++) if (v.hitEnd(g, 'attribution.group_nouns') === s0) s0 = g;
        const oe = ae > i ? (v.isAny(vend, HOSTILE_WORDS) ? hostileWordEnd(v, vend) : -1) : v.hitEnd(vend, 'attribution.self_claim_objects');
        if (s0 === a && oe > vend && (ae > i || hostileAfter(v, oe, b)) && !here((c) => c.actor === subj.id && (!c.sponsor || c.claimants.includes(subj.id)))) {
          push({ rule: rule('self-claim'), actor: subj.id, actorText: subj.span, sponsor: null, stance: 'asserted', evidence: v.evidence(s0, oe) }, s0, { ids: [subj.id] });
          i = oe - 1;
          continue;
        }
      }
      const np = actors.find((x) => x.s === vend && x.named);
      // (the doer named, after a group noun or not: عصابة لوك بيت; in quotation marks or not: مجموعة "كيلنت")
      let at = !np && v.is(vend, 'attribution.group_nouns') ? vend + 1 : vend;
      if (!np && v.isQuote(at)) at++;
      let m = np ? np.named! : v.mention(at);
      // (or after up to four words that describe the group and its naming phrase, as the named-actor rule reads it:
      // أعلنت مجموعة غير معروفة من قبل تطلق على نفسها اسم "…" مسؤوليتها)
      if (ar && !np && (!m || m.type !== 'threat_actor') && v.is(vend, 'attribution.group_nouns')) {
        for (let j = vend + 2; j <= vend + 5 && j < b && v.isArabic(j - 1) && !v.mention(j - 1); j++) {
          let ne = v.hitEnd(j, 'attribution.naming');
          if (ne <= j) continue;
          if (v.isQuote(ne)) ne++;
          const named = v.mention(ne);
          if (named && named.s === ne && named.type === 'threat_actor') {
            m = named;
            at = ne;
          }
          break;
        }
      }
      // (or unnamed, an actor's phrase: أعلنت مجموعة قرصنة موالية لروسيا مسؤوليتها عن هجمات، the act frame's claim
      // as the English word order gives it, a pro-Russian hacking group claimed responsibility)
      const unnamed = !np && (!m || m.type !== 'threat_actor') && ve > i ? actors.find((x) => x.s === vend && !x.named && !x.operation) : undefined;
      if (unnamed) {
        const ue = pastDate(v, unnamed.e, b);
        const uo = v.hitEnd(ue, 'attribution.self_claim_objects');
        if (uo > ue && hostileAfter(v, uo, b)) {
          push({ rule: rule('self-claim'), actor: null, actorText: v.span(unnamed.s, unnamed.e), sponsor: unnamed.sponsor, stance: 'asserted', evidence: v.evidence(i, uo), ...(!unnamed.sponsor && bareActorAt(unnamed.s) ? { unnamed: true } : {}) }, i);
          i = uo - 1;
        }
        continue;
      }
      // (the group noun may be the name's own first word: مجموعة لازاروس)
      if (!m || m.type !== 'threat_actor' || (!np && m.s !== at && m.s !== vend)) continue;
      let e = np ? Math.max(np.e, v.nameEnd(m)) : v.nameEnd(m);
      // (a date between the doer and its claim, set off by commas or not: أعلنت مجموعة X، يوم الأربعاء، مسؤوليتها عن; a
      // gloss of the name: تبنت مجموعة "غونجشك دراندة"، أي "العصفور المفترس"، الهجوم)
      e = pastDate(v, pastGloss(v, e, b), b);
      // (and what kind of group it is, ل and a noun in construct before its definite words: عصابة "ريسيدا" لبرامج الفدية)
      if (ve > i && v.hitEnd(e, 'attribution.self_claim_objects') <= e && v.isArabic(e) && /^ل[^ل]/.test(v.key(e)) && !v.mention(e)) {
        let k = e + 1;
        while (k < b && k < e + 3 && v.isArabic(k) && v.key(k).startsWith('ال') && !v.mention(k)) k++;
        const o = pastGaps(v, k, b);
        if (k > e + 1 && v.hitEnd(o, 'attribution.self_claim_objects') > o) e = k;
      }
      // (and an adverb of time or manner between the doer and its claim: أعلنت مجموعة X لاحقا مسؤوليتها عن)
      e = pastGaps(v, e, b);
      let oe = ae > i ? -1 : v.hitEnd(e, 'attribution.self_claim_objects');
      if (ae > i && v.isAny(e, HOSTILE_WORDS)) oe = hostileWordEnd(v, e);
      // (the responsibility alone, no عن and the act after it, a hacker group's claim of the act told before: أعلنت مجموعة
      // "X" مسؤوليتها على تليغرام, as English's claimed responsibility on Telegram)
      const bare = oe > e && ae <= i && !v.is(oe - 1, 'attribution.responsibility_preps');
      // (not when the sentence has the group's claim of its own already: a link another claimant made, المجموعة واجهة لـ…
      // in someone's words, leaves the self-claim to be made)
      if (oe <= e || (ae <= i && !bare && !hostileAfter(v, oe, b)) || here((c) => c.actor === m!.id && (!c.sponsor || c.claimants.includes(m!.id)))) continue;
      push({ rule: rule('self-claim'), actor: m.id, actorText: m.span, sponsor: null, stance: 'asserted', evidence: v.evidence(i, oe) }, i, { ids: [m.id] });
      i = oe - 1;
    }
  };

  // collusion: X colluded/conspired with Y (تآمروا مع الحكومة الروسية): the partner acts too, each named one a claim
  // of its own; a name inside a longer subject (officials in Trump's campaign, المسؤولين في حملة ترامب) is no doer
  const collusionFrame = (): void => {
    for (let i = v.nextStart('attribution.collusion', a); i < b; i = v.nextStart('attribution.collusion', i + 1)) {
      if (v.hitEnd(i, 'attribution.collusion') !== i + 1) continue;
      // (the preposition as written, no proclitic on it)
      const withWord = v.is(i + 1, 'attribution.collusion_preps') && v.hitPre(i + 1, 'attribution.collusion_preps') === 0 ? v.hitEnd(i + 1, 'attribution.collusion_preps') : -1;
      if (withWord < 0 || alleged(i) || !collusionContext(v, i)) continue;
      for (const sp of sponsorsAfter(v, withWord, b, demonymState, false)) {
        push({ rule: rule('collusion'), actor: null, sponsor: sp.sponsor, stance: 'asserted', evidence: v.evidence(i, sp.e) }, i);
      }
    }
  };

  // the passive agent of an act noun or participle: the attack by X, attacks carried out by X, هجمات من قبل X
  const passiveAgentFrame = (): void => {
    for (let i = v.nextStart('attribution.agent_preps', a); i < b; i = v.nextStart('attribution.agent_preps', i + 1)) {
      const pe = v.hitEnd(i, 'attribution.agent_preps');
      if (pe <= i || !hostile) continue;
      // (the agent of a verb of finding, studying, reporting or stopping observes the act: attacks detected by
      // Microsoft, تم رصدها من قبل)
      if (observerBefore(i)) continue;
      // (the act before it in its phrase: not past a comma that opens a participle's clause or a source, the hack, citing
      // the work of the FBI; an appositive's is the phrase's, used by Iranian hackers, namely by the SamSam group)
      const clauseAfter = (k: number) => (v.key(k) === ',' || v.key(k) === '،') && (/ing$/.test(v.key(k + 1)) || v.is(k + 1, 'speech-verbs.sources'));
      let near = false;
      for (let k = i - 1; k >= Math.max(a, i - 4) && !near && !clauseAfter(k); k--) if (v.isAny(k, HOSTILE_WORDS)) near = true;
      if (!near) continue;
      // (the agent of another verb's participle is no doer: targeted equipment made by an Israeli company, breached
      // systems operated by a firm: attribution.other_participles, and in English a word in -ed, right before the
      // preposition, that is no hostile act's)
      // (unless what the participle says is hostile itself: malware was developed by the MRA)
      if (i - 1 >= a && (v.is(i - 1, 'attribution.other_participles') || (!ar && /ed$/.test(v.key(i - 1)))) && !v.isAny(i - 1, HOSTILE_WORDS) && !v.is(i - 1, 'attribution.act_verbs')) {
        let h = i - 2;
        while (h > a && PASSIVE_BE.has(v.key(h))) h--;
        if (!(h >= a && v.isAny(h, HOSTILE_WORDS))) continue;
      }
      let doers = targetsAfter(v, pe, b, actors, demonymState, ar).slice(0, 3);
      // (English: words describing the agent before its phrase, by a previously unknown group calling itself …)
      for (let k = pe + 1; !doers.length && !ar && k < Math.min(b, pe + 5) && v.isWord(k) && !v.mention(k - 1); k++) {
        if (actors.some((x) => x.s === k)) doers = targetsAfter(v, k, b, actors, demonymState, ar).slice(0, 3);
      }
      // (a group's claim in the passive, the attack was claimed by Killnet: the group claims its own act)
      const claimedBy = i - 1 >= a && v.is(i - 1, 'attribution.group_claims');
      for (const d of doers) {
        if (!d.actor && !d.sponsor) continue;
        if (here((c) => c.evidence.start <= v.t.start[d.s] && v.t.end[d.e - 1] <= c.evidence.end)) continue;
        if (modifierName(v, d.s)) continue;
        const self = claimedBy && d.actor && v.entity(d.actor)?.type === 'threat_actor' ? { ids: [d.actor] } : undefined;
        push({ rule: rule('act'), actor: d.actor, actorText: d.text, sponsor: d.sponsor, stance: 'asserted', evidence: v.evidence(Math.max(a, i - 3), d.e) }, d.s, self);
      }
    }
  };

  // state-act: a demonym qualifying a hostile act (Russian interference; التدخل الروسي)
  const stateActFrame = (): void => {
    for (let i = v.nextStart('attribution.acts', a); i < b; i = v.nextStart('attribution.acts', i + 1)) {
      const ae = v.hitEnd(i, 'attribution.acts');
      if (ae <= i) continue;
      // (Arabic: modifiers between the act and its nisba, هجوم إلكتروني صيني)
      let after = ae;
      if (ar) while (after < b && after < ae + 2 && v.is(after, 'attribution.modifiers')) after++;
      const d = ar ? demonymState(after) : null;
      const dBefore = !ar ? (() => {
        for (let k = i - 1; k >= Math.max(a, i - 3); k--) {
          const x = demonymState(k);
          if (x && x.e <= i) return { ...x, s: k };
          if (!v.is(k, 'attribution.modifiers')) break;
        }
        return null;
      })() : null;
      const st = d ? { ...d, s: after } : dBefore;
      if (!st) continue;
      // (an Arabic nisba agrees with its noun: التدخل الروسي، الهجمات الروسية; and the definite article with it:
      // هجوم صيني، الهجوم الصيني)
      if (ar && /(?:ات|ة)$/.test(v.key(ae - 1)) !== /ة$/.test(v.key(st.s))) continue;
      // (not inside an actor phrase that names its group: a Russian influence operation it tracks as Storm-1679 is the
      // group's, a claim the phrase makes itself)
      const from = Math.min(i, st.s);
      const to = Math.max(ae, st.e);
      if (actors.some((np) => np.named && np.sponsor && np.s <= from && to <= np.e)) continue;
      // (nor a hostile word that is part of an actor's noun: مجموعة قرصنة روسية is a group, read as one)
      if (actors.some((np) => np.head <= i && i < v.hitEnd(np.head, 'attribution.actors'))) continue;
      // (nor an act word that names a tool, its nationality the maker's: برنامج التجسس الإسرائيلي، the Israeli spy software)
      if (ar ? i - 1 >= a && v.is(i - 1, 'attribution.tool_heads') && v.hitEnd(i - 1, 'attribution.tool_heads') === i : v.is(ae, 'attribution.tool_heads')) continue;
      // (nor an act the speaker keeps at a distance: the so-called Chinese hacking threat, ما يسمى بالقرصنة الروسية)
      if (distancedAt(from)) continue;
      push({ rule: rule('state-act'), actor: null, sponsor: st.sponsor, stance: 'asserted', evidence: v.evidence(Math.min(i, st.s), Math.max(ae, st.e)) }, i);
    }
  };

  // actor-act: a named threat actor next to a hostile word, its own act: Fancy Bear's phishing campaign,
  // APT31 attacks; هجمات مجموعة لازاروس (the act first, a group word between)
  /** Whether a variant's words (attribution.tool_variants) end right before token s, past the article, a tool's word
   *  (the ransomware) and a quotation mark: a variant of the LockBit ransomware, نسخة من برنامج الفدية "لوك بيت". */
  const toolVariantBefore = (s: number): boolean => {
    let k = s - 1;
    if (k >= a && v.isQuote(k)) k--;
    for (let n = 0; n < 3 && k >= a && !v.mention(k) && v.isWord(k); n++, k--) {
      for (let j = Math.max(a, k - 4); j <= k; j++) if (v.is(j, 'attribution.tool_variants') && v.hitEnd(j, 'attribution.tool_variants') === k + 1) return true;
    }
    return false;
  };
  const actorActFrame = (): void => {
    if (hostile) {
      for (let i = a; i < b; i++) {
        const m = v.mention(i);
        if (!m || m.type !== 'threat_actor' || m.s !== i) continue;
        i = m.e - 1;
        if (claimed.has(m.id)) continue;
        // (nor a group's name as a tool's, after a variant's words: a variant of the LockBit 3.0 ransomware, نسخة من برنامج
        // الفدية "لوك بيت"; others used it)
        if (toolVariantBefore(m.s)) continue;
        let act = -1;
        if (!ar) {
          let k = m.e;
          if (v.possessiveAt(k)) k += 2;
          for (let n = 0; n < 2 && k < b && act < 0 && !v.mention(k); n++, k++) if (v.isAny(k, HOSTILE_WORDS) && !PREPS_EN.has(v.key(k))) act = k;
        } else {
          let k = m.s - 1;
          if (k >= a && v.isAny(k, ['attribution.actors', 'attribution.weak_actors'])) k--;
          if (k >= a && v.isAny(k, HOSTILE_WORDS)) act = k;
        }
        if (act < 0 && !ar) {
          // (a group seen at work by someone: APT31 was also spotted by Google; tracked by Microsoft as …): the
          // observer claims it
          let k = m.e;
          while (k < b && k < m.e + 3 && (PASSIVE_AUX.has(v.key(k)) || adverbGap(v, k))) k++;
          const ve = k > m.e && passiveAt(v, k) ? v.hitEnd(k, 'attribution.claims') : -1;
          const by = ve > k && v.key(ve) === 'by' ? mentionsAfter(v, ve + 1, b) : [];
          if (by.length) {
            push({ rule: rule('actor-act'), actor: m.id, actorText: m.span, sponsor: null, stance: 'asserted', evidence: v.evidence(m.s, by[0].e) }, m.s, { ids: by.map((x) => x.id) });
            continue;
          }
        }
        if (act < 0) continue;
        push({ rule: rule('actor-act'), actor: m.id, actorText: m.span, sponsor: null, stance: 'asserted', evidence: v.evidence(Math.min(act, m.s), Math.max(act + 1, m.e)) }, m.s);
      }
    }
  };

  // denial: a verb of denying and its subject (a speech frame's speaker)
  /** The state right at token q (the article's place, or a demonym: the Russian government, بالحكومة الروسية), or null. */
  const tiedState = (q: number): { sponsor: Target['sponsor']; e: number } | null => {
    if (v.key(q) === 'the') q++;
    const m = v.mention(q);
    if (m && m.s === q && m.type === 'location') return { sponsor: m.id, e: m.e };
    for (let k = q; k < Math.min(b, q + 3); k++) {
      const d = demonymState(k);
      if (d) return d;
    }
    return null;
  };
  /** The hacker group a denial of ties speaks for: a denier that is one, else one named in the speaker's phrase, else
   *  the last one named within a paragraph or so. */
  const tiedGroup = (deniers: readonly string[], speakerText: Span | undefined, at: number): string | null => {
    const own = deniers.find((id) => v.entity(id)?.type === 'threat_actor');
    if (own) return own;
    if (speakerText) {
      for (let k = v.tokenAt(speakerText.start); k < v.t.length && v.t.start[k] < speakerText.end; k++) {
        const m = v.mention(k);
        if (m && m.type === 'threat_actor') return m.id;
      }
    }
    const last = v.lastBefore(at, ['threat_actor']);
    return last && v.t.start[at] - last.span.end < 800 ? last.id : null;
  };
  /** The speech frame whose words hold a denial verb at token i with a pronoun for the frame's speaker as its subject
   *  (we, it, they; in Arabic one glued to إن/أن: إنها), auxiliaries and adverbs between or none; else undefined. */
  const speakerOfPronoun = (i: number): SpeechFrame | undefined => {
    const enc = byContent.at(i);
    if (!enc || (!enc.speakers.length && !enc.speakerText)) return undefined;
    let k = i - 1;
    // (and a quotation mark that opens the words quoted: it "firmly rejects …")
    while (k >= enc.contentTok[0] && (v.is(k, 'speech-verbs.subject_gaps') || v.isQuote(k))) k--;
    // (an Arabic verb opening the speaker's words with no subject after it carries the speaker as its own: "نرفض أي اتهامات")
    if (k < enc.contentTok[0]) return ar && !v.mention(denialEnd(v, i)) ? enc : undefined;
    const pronoun = (ar && PRONOUN_COMPLEMENTIZER_AR.test(v.key(k))) || v.isAny(k, ['speech-verbs.first_person', 'speech-verbs.body_pronouns', 'speech-verbs.person_pronouns']);
    // (the pronoun opens the speaker's words or its clause: not the object of a verb before it)
    return pronoun && (ar || k === enc.contentTok[0] || v.isPunct(k - 1) || v.isQuote(k - 1) || v.is(k - 1, 'speech-verbs.complementizers')) ? enc : undefined;
  };
  const denialFrame = (): void => {
    for (let i = v.nextStart(DENIAL_VERBS, a); i < b; i = v.nextStart(DENIAL_VERBS, i + 1)) {
      const de = denialEnd(v, i);
      // (a verb that denies only a word for claims after it: read where the unvoiced denials found one)
      if (de <= i || (v.hitEnd(i, 'attribution.denials') <= i && !unvoiced.some(([s0]) => s0 === de))) continue;
      // (the speech frame's cue may start inside the denial's phrase: has denied, its cue denied)
      let f = frameOfCue(i);
      for (let k = i + 1; k < de && !f; k++) {
        f = frameOfCue(k);
        // (the evidence opens at the cue too: denied, not has denied)
        if (f) i = k;
      }
      // (a denial with no frame of its own in a speaker's words, its subject a pronoun for the speaker, is the speaker's:
      // "We reject any allegations …," Peskov said; the embassy said it firmly rejects …; قال إنها ترفض …)
      const g = f ?? speakerOfPronoun(i);
      // (a state's government, officials or public body named by its nationality denies for the state: the Russian
      // embassy denied the accusations, نفت السفارة الروسية هذه الاتهامات)
      const bodyState = g && !g.speakers.length && g.speakerText ? v.stateOfBody(g.speakerText) : null;
      const deniers = g ? (bodyState ? [bodyState] : g.speakers) : [];
      // (and where the article names the state only by its nationality, Iranian hackers, the state by the knowledge
      // base, made an entity as a claimant so named is: the Iranian embassy, البعثة الإيرانية)
      const bodyKb = g && !g.speakers.length && g.speakerText && !bodyState ? v.stateKbOfBody(g.speakerText) : null;
      // a relative before the verb, or before its subject, denies the claim the sentence just made (وهو ما نفته روسيا،
      // which Moscow has denied): the denier is the subject after the Arabic verb, between the relative and the English one
      let relative = -1;
      let relativeAt = -1;
      // (the longest phrase: وهو ما before ما)
      for (let k = Math.max(a, i - 4); k < i && relative < 0; k++) {
        const re = v.hitEnd(k, 'attribution.relative_denial');
        if (re > k && re >= i - 3) [relative, relativeAt] = [re, k];
      }
      const prior = relative >= 0 ? [...out].reverse().find((c) => c.stance === 'asserted' && c.evidence.end <= v.t.start[relative - 1] + 8 && c.evidence.start >= v.t.start[a]) : undefined;
      if (prior) {
        // (English: the subject after the relative, its article or not: which the Kremlin denies, a claim the Kremlin rejects)
        const subjectAt = !ar && DETERMINERS.has(v.key(relative)) ? relative + 1 : relative;
        const who = ar ? v.mention(de) : v.mention(subjectAt);
        const subject = who && (ar ? who.s === de : who.s === subjectAt && who.e <= i) ? who : null;
        // (or a state's body named by its nationality: وهو ما نفته السفارة الإيرانية, which the Iranian embassy denied)
        // (the Arabic body after the verb, its noun and nationality; the English one between the relative and the verb)
        const nounEnd = ar && !subject ? v.hitEnd(de, 'speech-verbs.nominal') : -1;
        const body = subject ? null : ar ? (nounEnd > de && v.demonymEnd(nounEnd) > nounEnd ? [de, v.demonymEnd(nounEnd)] : null) : DETERMINERS.has(v.key(relative)) && i > relative + 1 ? [relative, i] : null;
        const bodyState = body ? v.stateOfBody(v.span(body[0], body[1])) : null;
        // (the state by the knowledge base where the article names it only by the nationality: نفته الحكومة الروسية after
        // قراصنة روس)
        const bodyKbState = body && !bodyState ? v.stateKbOfBody(v.span(body[0], body[1])) : null;
        if ((subject && (subject.type === 'location' || subject.type === 'organization' || subject.type === 'person')) || bodyState || bodyKbState) {
          const e = v.tokenAt(prior.evidence.start);
          push({ rule: rule('denial'), actor: prior.actor, sponsor: prior.sponsor, stance: 'denied', evidence: v.evidence(relativeAt, Math.max(de, subject?.e ?? body![1])) }, e, subject || bodyState ? { ids: [subject?.id ?? bodyState!] } : { ids: [], kb: bodyKbState! });
          i = de - 1;
          continue;
        }
      }
      // (an unnamed denier, a spokesman, or none named, denies only what the denied words name: see below)
      const silent = !f ? unvoiced.find(([s0]) => s0 === de) : undefined;
      if (!deniers.length && !g?.speakerText && !silent) continue;
      // (what is denied must be about a hostile act or a role in one, in the denied words themselves: رفض تعزيز
      // القوة, refused a proposal, denies nothing of the kind)
      const content = f?.contentTok ?? silent ?? [de, b];
      let involved = false;
      // (a role or an allegation, when the sentence is about a hostile act or a claim was made just before it:
      // denied any role in the attack; … . The Kremlin denied any involvement)
      // (claims come in text order, sentence by sentence: the last few are the ones that can be that near)
      // (or the denier is a hacker group, whose role is a hostile one: Anonymous Sudan denied any link to Russia)
      let claimBefore = hostile || claimJustBefore(i) || deniers.some((id) => v.entity(id)?.type === 'threat_actor');
      // (or the story just before is about a hostile act: a ransomware gang disrupted … . Peskov denied any
      // Russian involvement)
      for (let k = a - 1; k >= 0 && k >= a - 120 && !claimBefore; k--) if (v.isAny(k, HOSTILE_WORDS)) claimBefore = true;
      // (or, English, the allegations denied are the definite ones the article made before, however far back: Germany said a
      // Russian network was behind …; three paragraphs on, The Kremlin dismissed the allegations)
      if (!claimBefore && !ar && (DETERMINERS.has(v.key(content[0])) || v.is(content[0], 'attribution.claim_quantifiers')) && v.is(content[0] + 1, 'attribution.allegations')) {
        // (among the last 64 claims: a long line of such denials stays linear)
        for (let j = out.length - 1; j >= 0 && j >= out.length - 64 && !claimBefore; j--) if (out[j].stance === 'asserted' && out[j].evidence.end <= v.t.start[i]) claimBefore = true;
      }
      for (let k = Math.min(de, content[0]); k < Math.max(content[1], Math.min(b, de + 8)); k++) {
        if (v.isAny(k, HOSTILE_WORDS)) involved = true;
        else if (claimBefore && v.is(k, 'attribution.involvement')) involved = true;
        // (the reports a claim was made in, right after one: Iran's mission dismissed the reports)
        else if (v.is(k, 'attribution.claim_reports') && claimJustBefore(i)) involved = true;
      }
      if (!involved) continue;
      // what is denied: a state or actor named in the denied clause (… that Beijing was behind …)
      let target: Target | null = null;
      // (the denier's own role, its pronoun pointing back at it: Russia denied its involvement, نفت روسيا تورطها)
      const own = v.nextStart('attribution.own_involvement', content[0]);
      const denier = deniers.length === 1 ? v.entity(deniers[0]) : undefined;
      if (own < Math.min(content[1], content[0] + 3) && denier && (denier.type === 'location' || denier.type === 'organization')) target = { actor: null, sponsor: deniers[0], s: own, e: v.hitEnd(own, 'attribution.own_involvement') };
      // what is denied: a claim made in the denied words (accusations that Beijing was behind …), else a state or
      // group named there
      const inWords = deniedHere.find((d) => d.evidence.start >= v.t.start[content[0]] && d.evidence.end <= v.t.end[content[1] - 1]);
      if (inWords && !target) target = { actor: inWords.actor, text: inWords.actorText, sponsor: inWords.sponsor, s: content[0], e: content[1] };
      // (not a name after a target's preposition, up to the next clause: denied cyberattacks against Ukraine)
      let targetUntil = -1;
      for (let k = content[0]; k < content[1] && !target; k++) {
        if (v.is(k, 'attribution.target_preps')) targetUntil = clauseAfter(k + 1, content[1]);
        if (k < targetUntil) continue;
        // (a tie denied, that the gang had any ties to the Russian government, أن تكون للعصابة أي صلات بالحكومة
        // الروسية: the group's tie to the state, the group the denier, or named in the speaker's phrase, or last named)
        // (in Arabic the phrase's last letter may be glued to the state's word: أي صلات بالحكومة الروسية)
        const le = gluedPhraseEnd(v, k, 'attribution.links')?.e ?? -1;
        const tie = le > k ? tiedState(le) : null;
        if (tie) {
          const group = tiedGroup(deniers, f?.speakerText, i);
          if (group) {
            target = { actor: group, sponsor: tie.sponsor, s: k, e: tie.e };
            break;
          }
        }
        // (a state that makes the allegations is not what is denied: rejected U.S. accusations, Washington's accusations,
        // رفضت الاتهامات الأمريكية)
        const accuser = accuserEnd(k);
        if (accuser > k) {
          k = accuser - 1;
          continue;
        }
        const m = v.mention(k);
        // (nor a place after an act's word and a preposition of where it happened: denied involvement in cyberattacks in
        // Europe, نفت تورطها في هجمات في أوروبا)
        if (m && m.s === k && m.type === 'location' && actPlaceBefore(k)) {
          k = m.e - 1;
          continue;
        }
        if (m && (m.type === 'location' || m.type === 'threat_actor') && !deniers.includes(m.id)) target = mentionTarget(m, demonymState, v);
        // (a demonym before the role denied names the state: denied any Russian involvement)
        else if (!m) {
          const d = demonymState(k);
          if (d && v.is(d.e, 'attribution.involvement')) target = { actor: null, sponsor: d.sponsor, s: k, e: d.e };
        }
      }
      // (a group word in the denied words stands for the group named before: denied any link to the group)
      // (and what was said of it before, its sponsor, is what is denied: MuddyWater's tie to Iran)
      if (target && !target.actor && target.text) {
        const back = anaphorActor(target.text);
        // (among the last HERE_WINDOW claims: a long line of such denials stays linear)
        let said: ClaimCandidate | undefined;
        for (let j = out.length - 1; j >= Math.max(0, out.length - HERE_WINDOW) && back && !said; j--) if (out[j].actor === back && out[j].stance === 'asserted' && out[j].sponsor) said = out[j];
        target = { ...target, actor: back, sponsor: said?.sponsor ?? target.sponsor };
      }
      if (!deniers.length) {
        const named = { ids: [], ...(g?.speakerText ? { text: g.speakerText } : {}), ...(bodyKb ? { kb: bodyKb } : {}) };
        if (target) push({ rule: rule('denial'), actor: target.actor ?? null, sponsor: target.sponsor, stance: 'denied', evidence: v.evidence(i, Math.min(content[1], de + 8)) }, i, named);
        // (a state's body named by its nationality denies what was claimed against its state, as the state would)
        else if (bodyKb) push({ rule: rule('denial'), actor: null, sponsor: null, open: true, stance: 'denied', evidence: v.evidence(i, Math.min(content[1], de + 8)) }, i, named);
        i = de - 1;
        continue;
      }
      // (the denier's own act, the denied clause opening with a pronoun for it: NSO Group denies that it sells spyware;
      // English only: an Arabic clause carries its subject in the verb)
      if (!target && !ar && deniers.length === 1) {
        let k = content[0];
        // (or the accusations it denies and their clause: rejected accusations that it conducts cyber attacks)
        k = pastClaimQualifiers(k, Math.min(content[1], content[0] + 4));
        if (v.is(k, 'attribution.allegations') && v.is(k + 1, 'speech-verbs.complementizers')) k++;
        if (v.is(k, 'speech-verbs.complementizers')) k++;
        const denier = v.mention(k) ? null : v.entity(deniers[0]);
        // (not a passive: that they had been hacked is the denier as the victim)
        let passive = false;
        for (let j = k + 1; j < Math.min(content[1], k + 4); j++) if (PASSIVE_BE.has(v.key(j)) || v.key(j) === 'been') passive = true;
        // (a state or its capital too, for the state: Moscow has rejected accusations that it conducts …)
        const place = denier?.type === 'location' ? (denier.state ?? deniers[0]) : null;
        if (denier && !passive && v.isAny(k, denier.type === 'person' ? ['speech-verbs.person_pronouns'] : ['speech-verbs.body_pronouns']) && (denier.type === 'organization' || denier.type === 'threat_actor' || denier.type === 'person' || place)) {
          target = denier.type === 'organization' ? { actor: null, sponsor: deniers[0], s: k, e: k + 1 } : place ? { actor: null, sponsor: place, s: k, e: k + 1 } : { actor: deniers[0], sponsor: null, s: k, e: k + 1 };
        }
      }
      // (a denial of collusion: that unnamed people colluded, whoever they colluded with)
      const colluded = collusionIn(v, de, Math.max(content[1], Math.min(b, de + 8)));
      // (a state denying an act named as such, with no doer in the words: its own act, تنفي روسيا التدخل في الانتخابات,
      // Moscow denied interfering, whatever group a claim before named)
      // (not one it suffered: تنفي تعرض أنظمتها لاختراق, denied suffering a cyber attack, denies being the victim)
      if (!target && sufferedIn(de, Math.min(content[1], de + 3))) {
        i = de - 1;
        continue;
      }
      let ownAct = false;
      if (!target) for (let k = de; k < Math.min(content[1], de + 3) && !ownAct; k++) ownAct = v.is(k, 'attribution.acts') && v.hitEnd(k, 'attribution.acts') > k;
      const evidence = v.evidence(i, Math.min(content[1], de + 8));
      for (const who of deniers) {
        // (a state's body denies for its state, named in the article: the Kremlin denied interfering, Russia's act)
        const e = v.entity(who);
        const doer = e?.type === 'location' ? who : e?.type === 'organization' ? e.state : undefined;
        if (ownAct && doer) push({ rule: rule('denial'), actor: null, sponsor: doer, stance: 'denied', evidence }, i, { ids: [who] });
        else if (colluded) push({ rule: rule('collusion-denial'), actor: null, sponsor: null, unnamed: true, stance: 'denied', evidence }, i, { ids: [who] });
        else push({ rule: rule('denial'), actor: target?.actor ?? null, sponsor: target ? target.sponsor : null, ...(target ? {} : { open: true }), stance: 'denied', evidence }, i, { ids: [who] });
      }
      i = de - 1;
    }
  };

  // denial-noun: Putin's denials; نفي موسكو
  const denialNounFrame = (): void => {
    for (let i = v.nextStart('attribution.denial_nouns', a); i < b; i = v.nextStart('attribution.denial_nouns', i + 1)) {
      const ne = v.hitEnd(i, 'attribution.denial_nouns');
      if (ne <= i) continue;
      // (an Arabic verb folded as the noun, نفى as نفي, that the denial frame read as the verb already is no noun)
      if (ar && out.some((c) => c.stance === 'denied' && c.evidence.start >= v.t.start[i] && c.evidence.start < v.t.end[i])) continue;
      // (nor one opening the sentence, the verb (ونفى باوتيستا أن …), whose frame found no hostile act denied: the noun
      // stands in a phrase, رغم نفي موسكو)
      if (ar && (i === a || v.clauseEnd(i - 1))) continue;
      let who: TokMention | null = null;
      if (ar) who = v.mention(ne) && v.mention(ne)!.s === ne ? v.mention(ne) : null;
      else if ((v.key(i - 1) === 's' && (v.key(i - 2) === "'" || v.key(i - 2) === '’')) || v.key(i - 1) === "'") {
        const at = v.key(i - 1) === 's' ? i - 2 : i - 1;
        who = v.mentionEndingAt(at);
      }
      // (nor a denial of an act suffered: نفى العراق تعرض خوادمه لاختراق)
      if (who && sufferedIn(Math.max(ne, who.e), Math.max(ne, who.e) + 3)) continue;
      if (who && collusionIn(v, Math.max(ne, who.e), Math.min(b, Math.max(ne, who.e) + 4))) push({ rule: rule('collusion-denial'), actor: null, sponsor: null, unnamed: true, stance: 'denied', evidence: v.evidence(Math.min(i, who.s), Math.min(b, Math.max(ne, who.e) + 4)) }, i, { ids: [who.id] });
      else if (who) push({ rule: rule('denial-noun'), actor: null, sponsor: null, open: true, stance: 'denied', evidence: v.evidence(Math.min(i, who.s), Math.max(ne, who.e)) }, i, { ids: [who.id] });
    }
  };

  // accusation-noun: أصابع الاتهام … إلى روسيا (the accusations, pointed at a state within the clause)
  const pointedAccusationFrame = (): void => {
    if (ar) {
      for (let i = v.nextStart('attribution.accusations', a); i < b; i = v.nextStart('attribution.accusations', i + 1)) {
        const ne = v.hitEnd(i, 'attribution.accusations');
        if (ne <= i) continue;
        for (let k = ne; k < Math.min(b, ne + 20) && !v.clauseEnd(k); k++) {
          if (v.key(k) !== 'الي') continue;
          // (a state, a body, or a state's government by its nisba: إلى الحكومة الفيتنامية; coordinated ones each)
          const m = v.mention(k + 1);
          if (m && m.s === k + 1 && (m.type === 'location' || m.type === 'organization')) push({ rule: rule('accusation'), actor: null, actorText: m.span, sponsor: m.id, stance: 'asserted', evidence: v.evidence(i, m.e) }, i);
          else if (!m) for (const sp of sponsorsAfter(v, k + 1, b, demonymState, false)) push({ rule: rule('accusation'), actor: null, sponsor: sp.sponsor, stance: 'asserted', evidence: v.evidence(i, sp.e) }, i);
          break;
        }
      }
    }
  };

  // abroad: an act said to come from abroad, its doer unnamed (the attempts came from outside the country; مصدر الهجوم من
  // خارج إيران): unknown perpetrators, when the sentence makes no other claim
  const abroadFrame = (): void => {
    if (!hostile || here(() => true)) return;
    for (let i = v.nextStart('attribution.abroad', a); i < b; i = v.nextStart('attribution.abroad', i + 1)) {
      const pe = v.hitEnd(i, 'attribution.abroad');
      if (pe <= i) continue;
      // (the act named before it in its clause: the attempts, الهجوم)
      let h = -1;
      for (let k = i - 1; k >= Math.max(a, i - 6) && !v.clauseEnd(k); k--) if (isHostile(k)) h = k;
      if (h < 0) continue;
      // (an assessment someone makes: in a speaker's words only, not a headline's scare quotes)
      const who = claimantsAt(h);
      if (!who.ids.length && !who.text) continue;
      const place = v.mention(pe);
      const end = place && place.s === pe && place.type === 'location' ? place.e : pe;
      push({ rule: rule('abroad'), actor: null, sponsor: null, unnamed: true, stance: 'asserted', evidence: v.evidence(h, end) }, h);
      return;
    }
  };

  /** Whether sanctions are named in the four words before token i, with no claims named after them (the sanctions were
   *  groundless; not the sanctions, calling the claims baseless). */
  const sanctionsJustBefore = (i: number): boolean => {
    for (let k = i - 1; k >= Math.max(a, i - 4); k--) {
      if (v.isAny(k, ['attribution.allegations', 'attribution.accusations']) || v.mention(k)) return false;
      if (v.is(k, 'attribution.sanctions') && v.hitEnd(k, 'attribution.sanctions') <= i) return true;
    }
    return false;
  };

  // denial-phrase: words that deny inside a speaker's words (the claims are baseless, لا أساس لها)
  const denialPhraseFrame = (): void => {
    for (let i = v.nextStart('attribution.denial_phrases', a); i < b; i = v.nextStart('attribution.denial_phrases', i + 1)) {
      const pe = v.hitEnd(i, 'attribution.denial_phrases');
      if (pe <= i) continue;
      // (said of sanctions, the sanctions were groundless, العقوبات لا أساس لها: rejecting sanctions denies no claim, GOLD.md)
      // (or after a possessive, expose their lies: the lies are someone's, no claim is called a lie)
      // (or the false claims spread, لنشر مزاعم كاذبة، spreading false claims: the claims themselves, none called false)
      if (sanctionsJustBefore(i) || (i > a && v.isAny(i - 1, ['attribution.denial_possessives', 'attribution.spread_words']))) {
        i = pe - 1;
        continue;
      }
      // (Arabic: one word after an indefinite noun that names no claim is its adjective, مقاطع فيديو مفبركة, fabricated
      // videos: no claim called false; after a claim's noun or a pronoun it is, الاتهامات مفبركة، بأنها مفبركة)
      if (ar && pe === i + 1 && i - 1 >= a && v.isArabic(i - 1) && !v.mention(i - 1) && !v.key(i - 1).startsWith('ال') && !v.isAny(i - 1, ['attribution.allegations', 'attribution.accusations', 'speech-verbs.complementizers', 'speech-verbs.body_pronouns', 'attribution.acts'])) {
        i = pe - 1;
        continue;
      }
      let who: { ids: string[]; text?: Span; kb?: { kb: KbEntry; at: Span } } = claimantsAt(i);
      // (no frame: the subject of a verb of calling before it, Moscow called the accusations "baseless", whose one
      // quoted word is no quote; or a state's body named by its nationality or its state, the Chinese embassy in
      // London, Beijing's embassy: the state, the place it sits in left out)
      if (!who.ids.length && !ar) {
        for (let k = i - 1; k >= Math.max(a, i - 8); k--) {
          if (!v.is(k, 'speech-verbs.quote_cues')) continue;
          const m = v.mentionEndingAt(k);
          const seat = m && m.type === 'location' && m.s - 1 > a && v.is(m.s - 1, 'speech-verbs.place_preps');
          if (m && !seat && m.s >= a && (m.type === 'location' || m.type === 'organization' || m.type === 'person')) who = { ids: [m.id] };
          else who = bodyClaimantBefore(k, 7) ?? who;
          break;
        }
      }
      // (a frame's unnamed speaker that is a state's body named by its nationality: ووصفت السفارة الروسية … بأنها سخيفة; The
      // Chinese embassy said the accusations were unfounded)
      if (!who.ids.length && !who.kb && who.text) who = bodyClaimant(who.text);
      // (claims of collusion called baseless: مزاعم التواطؤ الروسي التي لا أساس لها)
      const colluded = collusionIn(v, Math.max(a, i - 6), i);
      const claimants = who.ids.length ? who.ids.map((id) => ({ ids: [id] })) : who.kb ? [who] : [];
      // (the phrase said of a state or a group, its subject right before it, an auxiliary between or none: Moscow had
      // nothing to do with the attacks, Russia was not involved, موسكو لا علاقة لها: that is what is denied, whatever
      // claim came before)
      let subjectEnd = i;
      // (and the quotation mark of the phrase quoted, had "nothing to do with")
      while (!ar && subjectEnd > a && subjectEnd > i - 3 && (v.isAny(subjectEnd - 1, ['speech-verbs.negation_auxiliaries', 'speech-verbs.auxiliaries']) || v.isQuote(subjectEnd - 1))) subjectEnd--;
      const subject = subjectEnd > a ? v.mentionEndingAt(subjectEnd) : null;
      // (about a hostile act: the sentence names one, or a claim was made just before; Iran was not involved in the talks
      // denies nothing)
      const about = hostile || claimJustBefore(i);
      const denied = about && subject && subject.s >= a && (subject.type === 'location' || subject.type === 'threat_actor') && !gluedToPreposition(v, subject) ? mentionTarget(subject, null, v) : null;
      for (const named of claimants) {
        if (colluded) push({ rule: rule('collusion-denial'), actor: null, sponsor: null, unnamed: true, stance: 'denied', evidence: v.evidence(Math.max(a, i - 6), pe) }, i, named);
        else if (denied) push({ rule: rule('denial-phrase'), actor: denied.actor, sponsor: denied.sponsor, stance: 'denied', evidence: v.evidence(subject!.s, pe) }, i, named);
        else push({ rule: rule('denial-phrase'), actor: null, sponsor: null, open: true, needsPrior: true, stance: 'denied', evidence: v.evidence(i, pe) }, i, named);
      }
      i = pe - 1;
    }
  };

  // described-denial: a state, or its body named by its nationality, calling the accusations something (The Russian embassy
  // called the accusations an unfriendly provocation; ووصفت السفارة الروسية الاتهامات بأنها استفزاز): its denial of what
  // was claimed against it, when such a claim was made (the resolver's open denial by a state)
  const describedDenialFrame = (): void => {
    for (let i = v.nextStart('speech-verbs.quote_cues', a); i < b; i = v.nextStart('speech-verbs.quote_cues', i + 1)) {
      const ce = v.hitEnd(i, 'speech-verbs.quote_cues');
      if (ce <= i) continue;
      // (the accusations right after the verb, their article or not; in Arabic after the subject: ووصفت السفارة الروسية في
      // برلين الاتهامات)
      let k = ce;
      if (k < b && DETERMINERS.has(v.key(k))) k++;
      // (or its quantifier: called such accusations "Russophobic")
      while (!ar && k < b && k < ce + 3 && v.is(k, 'attribution.claim_quantifiers')) k = v.hitEnd(k, 'attribution.claim_quantifiers');
      if (ar) while (k < Math.min(b, ce + 8) && !v.isAny(k, ['attribution.allegations', 'attribution.accusations']) && !v.clauseEnd(k) && !v.isPunct(k)) k++;
      if (k >= b || !v.isAny(k, ['attribution.allegations', 'attribution.accusations'])) continue;
      const ae = Math.max(v.hitEnd(k, 'attribution.allegations'), v.hitEnd(k, 'attribution.accusations'));
      // (a denial phrase in the description is that frame's: called the accusations baseless)
      if (v.nextStart('attribution.denial_phrases', ae) < Math.min(b, ae + 8)) continue;
      // (who: the verb's speaker; else its subject, before the English verb, between the Arabic verb and the accusations)
      const f = frameOfCue(i);
      let who: { ids: string[]; text?: Span; kb?: { kb: KbEntry; at: Span } } = { ids: [] };
      if (f) who = f.speakers.length ? { ids: f.speakers } : f.speakerText ? bodyClaimant(f.speakerText) : who;
      else if (ar) {
        const m = v.mention(ce);
        who = m && m.s === ce ? { ids: [m.id] } : k > ce ? bodyClaimant(v.span(ce, k)) : who;
      } else {
        const m = v.mentionEndingAt(i);
        if (m && m.s >= a) who = { ids: [m.id] };
        else who = bodyClaimantBefore(i, 6) ?? who;
      }
      // (a state, as an entity or by the knowledge base: a company or a person calling accusations anything denies nothing here)
      const state = who.ids.length === 1 && v.entity(who.ids[0])?.type === 'location';
      if (!state && !who.kb) continue;
      push({ rule: rule('described-denial'), actor: null, sponsor: null, open: true, needsPrior: true, stance: 'denied', evidence: v.evidence(i, ae) }, i, who.kb ? { ids: [], kb: who.kb } : { ids: who.ids });
      i = ae - 1;
    }
  };

  /** A state's body named by its nationality, or by its state (the Russian embassy, Beijing's embassy, السفارة الروسية
   *  في الكويت) as the one who speaks: the state's entity, else the state the knowledge base gives for the adjective
   *  (made an entity when the claim is resolved), else no one. */
  const bodyClaimant = (text: Span): { ids: string[]; text?: Span; kb?: { kb: KbEntry; at: Span } } => {
    const state = v.stateOfBody(text);
    if (state) return { ids: [state] };
    const kb = v.stateKbOfBody(text);
    return kb ? { ids: [], text, kb } : { ids: [] };
  };

  /** A state's body named in the English words right before the verb at token k, up to `reach` of them (The Russian
   *  embassy called …; Beijing's embassy in London called …): bodyClaimant of the longest such phrase; null when there is
   *  no room for one, else no one. */
  const bodyClaimantBefore = (k: number, reach: number): { ids: string[]; text?: Span; kb?: { kb: KbEntry; at: Span } } | null => {
    if (k - 1 <= Math.max(a, k - reach)) return null;
    for (let s0 = Math.max(a, k - reach); s0 < k - 1; s0++) {
      const who = bodyClaimant(v.span(s0, k));
      if (who.ids.length || who.kb) return who;
    }
    return { ids: [] };
  };

  // naming: the group … dubbed X, المجموعة التي أطلقت عليها اسم "X": a definite group word (or a relative
  // after it) before the phrase refers back to the unnamed actor of the last sentences, which gets the name
  const namingFrame = (): void => {
    for (let i = v.nextStart('attribution.naming', a); i < b; i = v.nextStart('attribution.naming', i + 1)) {
      const ne = v.hitEnd(i, 'attribution.naming');
      if (ne <= i) continue;
      let k = ne;
      // (the ones it is known to between the phrase and "as": known to researchers as Sandworm)
      if (!ar && v.key(ne - 1) === 'to') {
        while (k < b && k < ne + 4 && v.isWord(k) && !v.mention(k) && !v.is(k, 'attribution.predicate_words')) k++;
        if (!v.is(k, 'attribution.predicate_words')) continue;
        k++;
      }
      while (k < b && (v.isQuote(k) || DETERMINERS.has(v.key(k)))) k++;
      // (the group named as the verb's object between it and the name: named the group Storm-0558)
      // (and "as" after it: naming the group as UNC3886)
      if (!ar && k > ne && DETERMINERS.has(v.key(k - 1)) && v.is(k, 'attribution.group_nouns') && !v.mention(k)) {
        k++;
        if (v.is(k, 'attribution.predicate_words')) k++;
        while (k < b && v.isQuote(k)) k++;
      }
      const m = v.mention(k);
      if (!m || m.type !== 'threat_actor') continue;
      // (two names, tracked as APT40 and APT31, name no one of them alone; their quotation marks and a glued و between:
      // باسم "إيه بي تي 41" و"موستانغ باندا")
      let j = m.e;
      while (j < b && j < m.e + 4 && (v.isQuote(j) || v.key(j) === ',' || v.key(j) === '،' || v.key(j) === 'and' || v.key(j) === 'و') && !v.mention(j)) j++;
      const other = j > m.e ? v.mention(j) : null;
      if (other && other.type === 'threat_actor' && other.id !== m.id) continue;
      // (a definite group word refers back to the last sentences' unnamed actor; an indefinite one after a comma,
      // in a group it calls X, to the unnamed actor of its own sentence)
      let anaphor = false;
      let here = false;
      const groupWord = (j: number) => v.isAny(j, ['attribution.weak_actors', 'attribution.actors']);
      // (up to ten tokens back: the group, which other security firms call X; a unit of Russia's GRU military intelligence known as X)
      // (or inside the phrase or before the name: أطلقت الشركة على المجموعة اسم X, named the group X)
      // (a name of several words counting as one: a group of the Islamic Revolutionary Guard Corps that firms track as X)
      let reach = i;
      for (let n = 0; n < NAMING_REACH && reach > a; n++) {
        reach--;
        const mm = v.mention(reach);
        if (mm && mm.s < reach && mm.s >= a) reach = mm.s;
      }
      for (let j = reach; j < k; j++) {
        // (the same group too)
        if ((/^(?:the|this|that|these)$/.test(v.key(j)) && (groupWord(j + 1) || (v.key(j + 1) === 'same' && groupWord(j + 2)))) || (v.key(j).startsWith('ال') && groupWord(j))) anaphor = true;
        else if (/^(?:a|an)$/.test(v.key(j)) && groupWord(j + 1)) here = true;
        // (a group word after a body's name or possessive, the GRU's unit 26165, also known as X; GRU unit 26165: the
        // unnamed actor of its own sentence)
        else if (!ar && groupWord(j) && !v.mention(j) && j - 1 >= a && (v.mentionEndingAt(j) || (j - 2 >= a && v.possessiveAt(j - 2) && v.mentionEndingAt(j - 2)))) here = true;
        // (Arabic: an indefinite group word, وحدة تابعة لـ… تعرف باسم X, the unnamed actor of its own sentence)
        else if (ar && !v.key(j).startsWith('ال') && !v.mention(j) && groupWord(j) && v.hitPre(j, 'attribution.weak_actors') === 0 && v.hitPre(j, 'attribution.actors') === 0) here = true;
      }
      if (!anaphor && !here) continue;
      const from = anaphor ? 0 : v.t.start[a];
      // (the subject of a naming verb right before it names: The AIVD (…) and the MIVD (…) named the group X)
      const subj = !ar && (v.mentionEndingAt(i) || v.key(i - 1) === ')') ? subjectsBefore(v, i, a, NO_TOKENS) : null;
      out.push({ rule: rule('naming'), actor: m.id, actorText: m.span, sponsor: null, claimants: subj?.ids.length ? subj.ids : claimantsAt(i).ids, stance: 'asserted', evidence: v.evidence(i, m.e), naming: m.id, namingFrom: from, namingSentence: v.t.start[a] });
    }
  };

  /** Whether the sentence attributes the activity of a group named before (The company attributed the operation to actors
   *  working on behalf of …; هذا النشاط ربطه باحثون ب…): a sentence about that hostile act, with no hostile word of its own. */
  const attributedActivity = (): boolean => {
    for (let i = v.nextStart('attribution.attribute_verbs', a); i < b; i = v.nextStart('attribution.attribute_verbs', i + 1)) {
      const ve = v.hitEnd(i, 'attribution.attribute_verbs');
      if (ve > i && anaphorAt(i, ve)) return true;
    }
    return false;
  };
  /** The activity anaphor of the verb of attributing at token i (activityAnaphor), asked once per verb: the sentence's
   *  hostility test and the attribution frame both read it. */
  const anaphors = new Map<number, ReturnType<typeof activityAnaphor>>();
  const anaphorAt = (i: number, ve: number): ReturnType<typeof activityAnaphor> => {
    let found = anaphors.get(i);
    if (found === undefined) {
      found = activityAnaphor(v, i, ve, a, !ar && passiveAt(v, i));
      anaphors.set(i, found);
    }
    return found;
  };

  for (const [sa, sb] of v.sentences()) {
    a = sa;
    b = sb;
    sentenceFrom = out.length;
    anaphors.clear();
    deniedHere = [];
    unvoiced = [];
    unvoicedDenials();
    hostile = v.nextStart(HOSTILE_CATS, a) < b || attributedActivity();
    actors = actorPhrases(v, a, b, hostile, demonymState);
    claimed = new Set<string>();
    sponsoredAt = new Set<number>();
    heldAt = new Set<number>();
    linkFrame();
    nisbaActorFrame();
    accusationFrame();
    criticismFrame();
    involvementFrame();
    accusationNounFrame();
    sanctionFrame();
    attributionFrame();
    sponsorFrame();
    responsibilityFrame();
    copulaBehindFrame();
    copulaNationalityFrame();
    actFrame();
    originVerbFrame();
    selfClaimFrame();
    collusionFrame();
    passiveAgentFrame();
    stateActFrame();
    actorActFrame();
    denialFrame();
    denialNounFrame();
    pointedAccusationFrame();
    denialPhraseFrame();
    describedDenialFrame();
    abroadFrame();
    namingFrame();
    // (hackers named by their nationality inside the words of a claim of the sentence that has claimants, a sanction or
    // an accusation, are that claim's doers: no claim of no one's beside it, فرضت الولايات المتحدة وبريطانيا عقوبات على
    // قراصنة روس بسبب …)
    // (one pass to list the doers' words of the claims with claimants, one to drop: a line of claims with no full stop
    // stays linear)
    let claimedWords: Set<string> | null = null;
    const claimless = (c: ClaimCandidate) => c.rule === rule('nisba-actor') && !c.claimants.length && !c.claimText && !c.claimKb && !c.claimVia && !!c.actorText;
    for (let n = sentenceFrom; n < out.length; n++) {
      const d = out[n];
      if (d.actorText && (d.claimants.length > 0 || d.claimText || d.claimKb)) (claimedWords ??= new Set()).add(`${d.actorText.start}:${d.actorText.end}:${d.stance}`);
    }
    if (claimedWords) {
      let w = sentenceFrom;
      for (let n = sentenceFrom; n < out.length; n++) {
        const c = out[n];
        if (claimless(c) && claimedWords.has(`${c.actorText!.start}:${c.actorText!.end}:${c.stance}`)) continue;
        out[w++] = c;
      }
      out.length = w;
    }
  }
  return out;
}

interface Target {
  actor: string | null;
  text?: Span;
  sponsor: string | { kb: KbEntry; at: Span } | null;
  s: number;
  e: number;
}

/** An Arabic word with a glued preposition as its definite form: للحكومة → الحكومة, بالحكومة → الحكومة, بحكومة → حكومة. */
function unglue(key: string): string {
  if (key.startsWith('لل')) return 'ال' + key.slice(2);
  return /^[بل]/.test(key) ? key.slice(1) : key;
}

/**
 * Speech frames by the tokens of their words: the frame holding a token whose words start last (the innermost).
 * Short frames by binary search over their starts; the few long ones (a quotation over paragraphs) one by one.
 */
export class FrameIndex {
  private readonly short: SpeechFrame[];
  private readonly long: SpeechFrame[];
  private static readonly SHORT = 400;
  constructor(frames: readonly SpeechFrame[]) {
    const sorted = [...frames].sort((x, y) => x.contentTok[0] - y.contentTok[0]);
    this.short = sorted.filter((f) => f.contentTok[1] - f.contentTok[0] <= FrameIndex.SHORT);
    this.long = sorted.filter((f) => f.contentTok[1] - f.contentTok[0] > FrameIndex.SHORT);
  }
  at(t: number): SpeechFrame | null {
    const fs = this.short;
    const lo = firstAbove(fs, t, (f) => f.contentTok[0]);
    let best: SpeechFrame | null = null;
    for (let j = lo - 1; j >= 0 && fs[j].contentTok[0] + FrameIndex.SHORT > t; j--) {
      if (t < fs[j].contentTok[1]) {
        best = fs[j];
        break;
      }
    }
    // (of frames starting at one token, the one sorted last, as a walk in start order would keep)
    for (const f of this.long) if (f.contentTok[0] <= t && t < f.contentTok[1] && (!best || f.contentTok[0] >= best.contentTok[0])) best = f;
    return best;
  }
}

/**
 * A denial of collusion (denied any collusion; نفى تواطؤ حملته مع روسيا): a word of collusion in [from, to) not
 * charged to an accused named just before it (اتهام روسيا بالتواطؤ, accusing Russia of collusion: Russia is denied).
 */
function collusionIn(v: View, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (!v.is(k, 'attribution.collusion')) continue;
    const m = v.mentionEndingAt(k) ?? (v.key(k - 1) === 'of' ? v.mentionEndingAt(k - 1) : undefined);
    return !(m && (m.type === 'location' || m.type === 'threat_actor' || m.type === 'organization')) && collusionContext(v, k);
  }
  return false;
}

/**
 * Whether a collusion at token k is a state's affair, not a referee's: a state named with it (collusion with
 * Russia, التواطؤ الروسي), or a hostile act other than collusion named in the last stretch of the story.
 */
function collusionContext(v: View, k: number): boolean {
  for (let j = k + 1; j < Math.min(v.t.length, k + 6); j++) {
    const m = v.mention(j);
    if ((m && m.type === 'location') || v.demonymHit(j)) return true;
  }
  for (let j = k - 1; j >= Math.max(0, k - 150); j--) if (v.isAny(j, HOSTILE_WORDS) && !v.is(j, 'attribution.collusion')) return true;
  return false;
}

/** Whether a hostile act is named within the few words after token `from` (claimed the following attacks). */
function hostileAfter(v: View, from: number, b: number): boolean {
  for (let k = from; k < Math.min(b, from + 4); k++) if (v.isAny(k, HOSTILE_WORDS)) return true;
  return false;
}


/** Whether an Arabic mention is the genitive of the noun right before it (حملة ترامب): part of a longer phrase. */
function genitiveAr(v: View, m: TokMention, a: number): boolean {
  const k = m.s - 1;
  return k >= a && v.isWord(k) && v.isArabic(k) && !arGap(v, k) && !v.mention(k) && !v.isAny(k, ['speech-verbs.verbs', 'attribution.claims', 'speech-verbs.complementizers']);
}

/** The first mention of one of the types starting at a token in [from, to) (and, with `end`, ending by it). */
function firstMentionIn(v: View, from: number, to: number, types: readonly string[], end = Infinity): TokMention | undefined {
  for (let k = Math.max(0, from); k < to; k++) {
    const m = v.mention(k);
    if (m && m.s === k && m.e <= end && types.includes(m.type)) return m;
  }
  return undefined;
}

/** how many tokens before a naming phrase its group word may stand (namingFrame) */
const NAMING_REACH = 10;

/** The nouns of a state's people or bodies (officials, government, ministry, sources): with a state named before them
 *  in an unnamed claimant's phrase, the state is the claimant. */
const OFFICIAL_HEADS = [...STATE_BODIES, 'speech-verbs.unnamed'];

/** The first mention of one of the types wholly inside a span. */
function mentionWithin(v: View, span: Span, types: readonly string[]): TokMention | undefined {
  for (let k = v.tokenAt(span.start); k < v.t.length && v.t.start[k] < span.end; k++) {
    const m = v.mention(k);
    if (m && m.span.start >= span.start && m.span.end <= span.end && types.includes(m.type)) return m;
  }
  return undefined;
}

/**
 * Where an Arabic subject before the verb at token i ends: at i, or before a cleft (هي التي، هو الذي، هم الذين),
 * an auxiliary (قد، كانت قد، ربما), a hostile complement of a group's name (مجموعة X للقرصنة) and the quotation
 * mark closing the name. A bare relative
 * (الوزارة التي اخترقت) is not skipped: unvocalised, its verb is as often passive.
 */
function subjectEndAr(v: View, i: number, a: number): number {
  let j = i;
  // (a pronoun opening the phrase after a comma resumes the subject before it: فلاديمير بوتين، هو المسؤول عن)
  if (j - 1 >= a && (v.key(j - 1) === '،' || v.key(j - 1) === ',') && /^(?:هو|هي|هم)$/.test(v.key(j))) return j - 1;
  if (j - 2 >= a && CLEFT_AR.has(`${v.key(j - 2)} ${v.key(j - 1)}`)) j -= 2;
  for (let n = 0; n < 2 && j - 1 >= a && AUX_AR.has(v.key(j - 1)); n++) j--;
  // (للقرصنة، للتجسس: ل and the article glued to a hostile noun)
  if (j < i && j - 1 >= a && v.key(j - 1).startsWith('لل') && v.is(j - 1, 'attribution.hostile')) j--;
  // (a group's name in quotation marks: جماعة "فانسي باير" للقرصنة; a quotation that ends before the verb is no subject)
  if (j - 1 >= a && /^["”»]$/.test(v.key(j - 1)) && v.mentionEndingAt(j - 1)?.type === 'threat_actor') j--;
  // (a relative clause set off by commas between the subject and the verb: المجموعة، التي تطلق عليها اسم "X"، اخترقت)
  if (j === i && j - 1 > a && (v.key(j - 1) === '،' || v.key(j - 1) === ',')) {
    for (let c = j - 3; c > a && c > j - 24 && !v.clauseEnd(c); c--) {
      // (or a link's or a naming's participle opening it: مجموعة لازاروس، المرتبطة بكوريا الشمالية، اخترقت)
      if ((v.key(c) === '،' || v.key(c) === ',') && (v.is(c + 1, 'attribution.relatives') || gluedPhraseEnd(v, c + 1, 'attribution.links') || v.hitEnd(c + 1, 'attribution.naming') > c + 1)) return c;
      if (v.key(c) === '،' || v.key(c) === ',') break;
    }
  }
  return j;
}

/** Whether a mention's first word carries a glued preposition (لبكين، بإيران، كروسيا): it is an object, not a subject. */
/** Arabic: where a phrase of origin (attribution.origin_preps: من، مقرها في) ending right before the place m starts,
 *  within three tokens; -1 when none does. */
function originStart(v: View, m: TokMention, a: number): number {
  for (let p = m.s - 1; p >= Math.max(a, m.s - 3); p--) if (v.hitEnd(p, 'attribution.origin_preps') === m.s) return p;
  return -1;
}

/** Arabic: the doer a relative pronoun (attribution.relatives) within three tokens before token `o` refers back to: a
 *  hacker group named right before it, or an actor's phrase ending there; null when none. */
function originAntecedent(v: View, o: number, a: number, actors: readonly ActorNP[]): DoerPhrase | null {
  for (let r = o - 1; r >= Math.max(a, o - 3); r--) if (v.is(r, 'attribution.relatives')) return doerEndingAt(v, r, a, actors);
  return null;
}

/** A doer and the tokens [s, e) that name it. */
type DoerPhrase = { actor: string | null; text: Span; sponsor?: ActorNP['sponsor']; s: number; e: number };

/** Arabic: the doer named right before token j: a hacker group (its name in quotation marks or not, مجموعة "لازاروس"), or
 *  an actor's phrase ending there; null when none. */
/** Arabic: a hacker group named in an apposition opened by a pronoun and closed by a comma right before token j (مجموعة
 *  أخرى، هي "إيه بي تي 31"، اخترقت): its mention, else null. */
function appositiveGroupEndingAt(v: View, j: number, a: number): TokMention | null {
  if (v.lang !== 'ar' || j - 2 <= a || (v.key(j - 1) !== '،' && v.key(j - 1) !== ',')) return null;
  const g = v.mentionEndingAt(v.isQuote(j - 2) ? j - 2 : j - 1);
  const open = g ? (v.isQuote(g.s - 1) ? g.s - 1 : g.s) : -1;
  return g && g.type === 'threat_actor' && open - 1 >= a && APPOSITIVE_PRONOUN_AR.test(v.key(open - 1)) ? g : null;
}

function doerEndingAt(v: View, j: number, a: number, actors: readonly ActorNP[]): DoerPhrase | null {
  const g = v.mentionEndingAt(j) ?? (j - 1 > a && v.isQuote(j - 1) ? v.mentionEndingAt(j - 1) : null);
  if (g && g.type === 'threat_actor') return { actor: g.id, text: g.span, s: g.s, e: g.e };
  const np = actors.find((x) => x.e === j && !x.operation);
  return np ? { actor: np.named?.id ?? null, text: v.span(np.s, np.e), sponsor: np.sponsor, s: np.s, e: np.e } : null;
}

function gluedToPreposition(v: View, m: TokMention): boolean {
  // (or kept in the mention, ل on the article, whose alef it drops: للحرس الثوري is ل + الحرس الثوري)
  return /[بلك]/.test(v.text.slice(v.t.start[m.s], m.span.start)) || /^لل/.test(v.text.slice(m.span.start, m.span.end));
}

/** The named doers joined to a state or hacker group `last` by commas, 'and' or و, all of its kind (Russia, China and Iran
 *  were all trying …; روسيا والصين حاولت …), first to last; null when it stands alone. */
function coordinatedDoers(v: View, last: TokMention, a: number): TokMention[] | null {
  if (last.type !== 'location' && last.type !== 'threat_actor') return null;
  const list = coordinated(v, last, a);
  return list.length > 1 && list.every((m) => m.type === last.type) ? list : null;
}

function isDoer(m: TokMention): boolean {
  return m.type === 'threat_actor' || m.type === 'location' || m.type === 'organization' || m.type === 'person';
}

/** A mention as a doer: a threat actor acts itself; a state or body acts itself (actor null, sponsor it); a person acts. */
function mentionTarget(m: TokMention, _d: unknown, _v?: View): Target {
  if (m.type === 'threat_actor' || m.type === 'person') return { actor: m.id, text: m.span, sponsor: null, s: m.s, e: m.e };
  return { actor: null, text: m.span, sponsor: m.id, s: m.s, e: m.e };
}

/** A body named with its state acts for that state (the Russian FSB, جهاز الأمن الفيدرالي الروسي, a nisba inside
 *  or right after its name): actor the body, sponsor the state, as the text says. */
function bodyOfState(v: View, t: Target, m: TokMention, from: number, demonymState: DemonymState): Target {
  if (m.type !== 'organization') return t;
  let d: { sponsor: string | { kb: KbEntry; at: Span }; e: number } | null = null;
  if (v.lang === 'ar') {
    for (let k = m.s + 1; k <= m.e && !d; k++) d = demonymState(k);
  } else {
    for (let k = Math.max(from, m.s - 2); k < m.s && !d; k++) {
      const x = demonymState(k);
      if (x && x.e === m.s) d = x;
    }
  }
  return d ? { ...t, actor: m.id, sponsor: d.sponsor } : t;
}

function npTarget(np: ActorNP, v: View): Target {
  // (a name right after the noun is in the actor's words: مجموعة APT31, مجموعة "فانسي بير")
  const after = np.named && np.named.s >= np.e && np.named.s <= np.e + 1 ? v.nameEnd(np.named) : np.e;
  return { actor: np.named?.id ?? null, text: v.span(np.named && np.named.s < np.s ? np.named.s : np.s, after), sponsor: np.sponsor, s: np.s, e: np.e };
}

/** One target per sponsor of the phrase (Russian and Chinese hackers: two). */
function npTargets(np: ActorNP, v: View): Target[] {
  const t = npTarget(np, v);
  // (pushed, and only when there are more: spreading an empty literal or the list gave the caller two array shapes)
  const out = [t];
  if (np.also) for (const sponsor of np.also) out.push({ ...t, sponsor });
  return out;
}

/**
 * The actor phrases of a sentence: an actor noun (hackers, threat actor, قراصنة; a weak one, group or
 * مجموعة, only in a sentence about hostile acts) with what names its sponsor: a demonym before it in English
 * (Russian hackers, Chinese state-sponsored cyber actors) or after it in Arabic (قراصنة روس), a state glued to
 * a linking participle (Iran-linked hackers), an origin (hackers from North Korea, متسللين من روسيا); and a
 * threat actor named right before or after it (the Chinese-backed APT31 hacking group; hackers, namely X).
 */
function actorPhrases(v: View, a: number, b: number, hostile: boolean, demonymState: DemonymState): ActorNP[] {
  const ar = v.lang === 'ar';
  const out: ActorNP[] = [];
  const triggers = hostile ? ACTOR_WORDS_HOSTILE : ACTOR_WORDS_QUIET;
  for (let i = v.nextStart(triggers, a); i < b; i = v.nextStart(triggers, i + 1)) {
    // (a noun inside a name is the name's: Lazarus Group, Sandworm Team)
    if (v.mention(i)) continue;
    let e = v.hitEnd(i, 'attribution.actors');
    // (a weak noun only in a sentence about attacks; or, in any sentence, as a definite group word standing for the
    // group named just before: the group is linked to Algeria, أن تكون المجموعة مرتبطة بالجزائر)
    // (or a weak noun a hacker group's name follows, in any sentence: the Iranian group APT34, مجموعة "APT34")
    // (or set off after a hacker group's name as what it is, in any sentence: Storm-0156, a group linked to Pakistan)
    if (e <= i && (hostile || groupAnaphorAt(v, i) || groupNamedAfter(v, i) || groupApposedAt(v, i, a))) e = v.hitEnd(i, 'attribution.weak_actors');
    // (or a noun for an unnamed body acting, only in a sentence about attacks: a Chinese state-affiliated actor, جهة مرتبطة بالصين)
    if (e <= i && hostile) e = v.hitEnd(i, 'attribution.weak_bodies');
    let operation = false;
    if (e <= i && hostile) {
      e = v.hitEnd(i, 'attribution.operations');
      operation = e > i;
    }
    if (e <= i) continue;
    let s = i;
    let sponsor: ActorNP['sponsor'] = null;
    let sponsorTok = -1;
    let named: TokMention | null = null;
    /** the sponsor is glued to a linking participle (Iran-linked, Kremlin-backed): a tie, not a nationality */
    let linked = false;
    let also: (string | { kb: KbEntry; at: Span })[] | undefined;
    /** an origin place (hackers from Iran, قراصنة من روسيا) and the places coordinated after it, one sponsor each */
    /** The state named after an origin's phrase of more than a bare preposition at token k (مقرها في روسيا، مقرهم روسيا),
     *  else null: a bare في or من after an actor's noun is where it acts, not where it is based (من has its own reading). */
    const seatAt = (k: number): TokMention | null => {
      const oe = v.hitEnd(k, 'attribution.origin_preps');
      if (oe <= k || (oe === k + 1 && v.is(k, 'speech-verbs.place_preps'))) return null;
      const om = v.mention(oe);
      return om && om.s === oe && isOrigin(v, om) ? om : null;
    };
    const takeOrigin = (om: TokMention) => {
      sponsor = om.id;
      sponsorTok = om.s;
      e = om.e;
      const more = coordinatedPlaces(v, e, b);
      if (more.ids.length) {
        also = more.ids;
        e = more.e;
      }
    };
    /** The end of a side taken and the place it names right after token k (loyal to Russia, موالية لروسيا), else -1. */
    const sideAt = (k: number): number => {
      const q = gluedPhraseEnd(v, k, 'attribution.sides')?.e ?? -1;
      if (q < 0) return -1;
      const m = v.mention(q);
      return m && m.s === q && m.type === 'location' ? m.e : -1;
    };
    if (!ar) {
      // before: modifiers, a demonym or a state glued to a participle (Iran-linked), a named actor
      // (an operation may carry its kind before it: a Russian phishing campaign)
      const before = operation ? ['attribution.modifiers', 'attribution.state_words', 'attribution.hostile'] : ['attribution.modifiers', 'attribution.state_words'];
      let k = i - 1;
      // (modifiers joined by a hyphen too: a cyber-espionage group)
      while (k >= a && (v.isAny(k, before) || (k - 1 >= a && hyphenedModifier(v, k)))) k--;
      // X-linked, X-backed: a participle after a hyphen, the sponsor before it
      if (k - 1 >= a && v.is(k, 'attribution.link_suffixes') && v.key(k - 1) === '-') {
        k -= 2;
        linked = true;
      }
      while (k >= a && v.isAny(k, ['attribution.modifiers', 'attribution.state_words'])) k--;
      // (a language its members speak is a modifier too: a Russian-speaking criminal group)
      if (!linked && k - 2 >= a && v.is(k, 'attribution.language_speakers') && v.key(k - 1) === '-' && v.isWord(k - 2)) {
        k -= 3;
        while (k >= a && v.isAny(k, ['attribution.modifiers', 'attribution.state_words'])) k--;
      }
      const dm = k >= a ? demonymAt(v, k, a, demonymState) : null;
      // (a group's name in quotation marks before the noun: the "APT31" group)
      const quoted = k - 1 >= a && v.isQuote(k) ? v.mentionEndingAt(k) : null;
      const mm = quoted && quoted.type === 'threat_actor' ? quoted : k >= a ? v.mentionEndingAt(k + 1) : null;
      let anaphorState: { id: string; at: number } | null = null;
      if (dm) {
        sponsor = dm.sponsor;
        sponsorTok = dm.s;
        s = dm.s;
        // coordinated demonyms: Russian and Chinese hackers; Iranian, Russian and Chinese groups
        const before: (typeof sponsor)[] = [];
        for (let n = 0; n < 4; n++) {
          let j = s - 1;
          if (v.key(j) === 'and' || v.key(j) === 'or') j--;
          if (v.key(j) === ',') j--;
          if (j === s - 1 || j < a) break;
          const d2 = demonymAt(v, j, a, demonymState);
          if (!d2) break;
          before.unshift(d2.sponsor);
          s = sponsorTok = d2.s;
        }
        if (before.length) {
          also = [...before.slice(1), dm.sponsor];
          sponsor = before[0];
        }
      } else if (mm && (mm.type === 'location' || mm.type === 'organization') && mm.e < i && (v.key(mm.e) === '-' || v.is(mm.e, 'attribution.state_words') || (v.is(mm.e, 'attribution.modifiers') && (mm.type === 'location' || v.entity(mm.id)?.kind === 'government')))) {
        // (a modifier after a company's name names whom they hacked, the SolarWinds hacking campaign, as the noun right
        // after it does below; after a state's or a state body's, who did: Russian military hackers, GRU cyber unit)
        // (a city the doer is only based in gives its state, where the article names it: a Shanghai-based hacker)
        sponsor = v.key(mm.e) === '-' ? placeSponsor(v, mm, mm.e + 1) : mm.id;
        sponsorTok = mm.s;
        s = mm.s;
      } else if (mm && mm.type === 'organization' && mm.e === i && v.entity(mm.id)?.kind === 'government') {
        // (a state body's name right before the noun: GRU hackers, the SVR unit; a company's or a party's, the DNC
        // hackers, names whom they hacked as often)
        sponsor = mm.id;
        sponsorTok = mm.s;
        s = mm.s;
      } else if (possessiveOwner(v, k, a)) {
        // a state's or a state body's possessive before the noun: its own (North Korea's military hackers, the GRU's hackers)
        const owner = possessiveOwner(v, k, a)!;
        sponsor = owner.id;
        sponsorTok = owner.s;
        s = owner.s;
      } else if (k - 3 >= a && v.possessiveAt(k - 1) && (anaphorState = possessedStateAnaphor(v, k - 1))) {
        // (a noun standing for the state named last, in the possessive: the country's hackers)
        sponsor = anaphorState.id;
        sponsorTok = anaphorState.at;
        s = anaphorState.at;
      } else if (mm && mm.type === 'threat_actor') {
        named = mm;
        s = mm === quoted && v.isQuote(mm.s - 1) ? mm.s - 1 : mm.s;
        // a sponsor before the named group: the Chinese-backed APT31 hacking group
        let j = mm.s - 1;
        while (j >= a && (v.isAny(j, ['attribution.modifiers', 'attribution.state_words', 'attribution.link_suffixes']) || v.key(j) === '-')) j--;
        const d2 = j >= a ? demonymAt(v, j, a, demonymState) : null;
        const m2 = j >= a ? v.mentionEndingAt(j + 1) : null;
        if (d2 && j < mm.s - 1) {
          sponsor = d2.sponsor;
          sponsorTok = d2.s;
          s = d2.s;
        } else if (m2 && m2.type !== 'threat_actor' && v.key(m2.e) === '-') {
          sponsor = m2.id;
          sponsorTok = m2.s;
          s = m2.s;
        } else if (j === mm.s - 1 && possessiveOwner(v, j, a)) {
          // (a state's possessive before the named group: North Korea's Lazarus group)
          const owner = possessiveOwner(v, j, a)!;
          sponsor = owner.id;
          sponsorTok = owner.s;
          s = owner.s;
        }
      }
      // (the modifiers before the noun are the phrase's, with no sponsor before them: a criminal group known as X; and a
      // side taken, pro-Russian hackers, which names no sponsor but says what the actors are)
      if (s === i && !linked && k + 1 < i && k + 1 >= a) s = k + 1;
      if (!sponsor && !named && k - 2 >= a && v.demonymHit(k) && v.key(k - 1) === '-' && /^(?:pro|anti)$/.test(v.key(k - 2))) s = k - 2;
      // after: a side taken (hackers loyal to Russia): the phrase runs over it, with no sponsor
      const side = sponsor ? -1 : sideAt(e);
      if (side > e) e = side;
      // after: an origin (hackers from North Korea, based in Iran)
      else if (!sponsor) {
        const oe = v.hitEnd(e, 'attribution.origin_preps');
        const om = oe > e ? v.mention(oe) : null;
        // (a state's body after its possessive: hackers from Russia's GRU)
        const body = om && om.type === 'location' && v.possessiveAt(om.e) ? v.mention(om.e + 2) : null;
        if (om && body && body.s === om.e + 2 && isOrigin(v, body)) takeOrigin(body);
        else if (om && om.s === oe && isOrigin(v, om)) takeOrigin(om);
      }
    } else {
      // after: modifiers, then a nisba (قراصنة إلكترونيون روس، مجموعة قرصنة إيرانية), or an origin (من روسيا)
      // (an operation may carry its kind after it: حملة تضليل روسية، حسابات زائفة)
      const after = operation ? ['attribution.modifiers', 'attribution.hostile'] : ['attribution.modifiers'];
      let k = e;
      // (or a hostile phrase the noun opens: عملية تأثير روسية)
      if (operation) k = Math.max(k, v.hitEnd(i, 'attribution.hostile'));
      while (k < b && v.isAny(k, after)) k++;
      // (the modifiers are the phrase's with no sponsor after them too: قراصنة مجهولون)
      const modifiersEnd = k;
      // (and the language its members speak: مجموعة إجرامية ناطقة بالروسية)
      if (k + 1 < b && v.is(k, 'attribution.language_speakers') && v.isArabic(k + 1) && v.key(k + 1).startsWith('ب')) {
        k += 2;
        while (k < b && v.isAny(k, after)) k++;
        if (!operation) e = k;
      }
      if (operation) e = k;
      // (a side taken after it, موالون لروسيا: the phrase runs over it, with no sponsor; and the one it is hostile to,
      // جهات معادية للولايات المتحدة)
      const target = opposedBefore(v, k) ? v.mention(k) : null;
      const side = target && target.s === k ? target.e : sideAt(k);
      const dm = side > k ? null : demonymState(k);
      let seat: TokMention | null = null;
      let constructState: TokMention | null = null;
      if (side > k) e = side;
      else if (dm) {
        sponsor = dm.sponsor;
        sponsorTok = k;
        e = dm.e;
        // coordinated nisbas: قراصنة روس وصينيون
        for (let n = 0; n < 4 && e < b && v.isArabic(e) && v.key(e).startsWith('و') && v.key(e).length > 2; n++) {
          const d2 = demonymState(e);
          if (!d2 || d2.e > b) break;
          (also ??= []).push(d2.sponsor);
          e = d2.e;
        }
      } else if (v.key(k) === 'من' && v.mention(k + 1) && isOrigin(v, v.mention(k + 1)!)) {
        takeOrigin(v.mention(k + 1)!);
      } else if ((seat = seatAt(k))) {
        // (where it is based, a word of its seat before the state: عصابة مقرها في روسيا، قراصنة مقرهم روسيا)
        takeOrigin(seat);
      } else if (!operation && k === e && v.hitEnd(k, 'attribution.state_anaphors') > k && (constructState = stateAnaphor(v, k))) {
        // (a noun standing for the state named last, in construct after the noun: قراصنة البلاد)
        sponsor = constructState.id;
        sponsorTok = k;
        e = v.hitEnd(k, 'attribution.state_anaphors');
      } else if (!operation && k === e && k + 1 < b && v.key(k).startsWith('ال') && v.isAny(k, ['attribution.state_services', 'speech-verbs.state_speakers']) && !v.mention(k) && demonymState(k + 1)) {
        // (a state, its government or its services in construct after the noun, then their nisba: قراصنة الدولة الروسية،
        // قراصنة الحكومة الصينية: that state's, as Russian state hackers)
        const d = demonymState(k + 1)!;
        sponsor = d.sponsor;
        sponsorTok = k + 1;
        e = d.e;
      } else {
        // (the name may stand in quotation marks: مجموعة "لازاروس")
        const q = v.isQuote(k) ? k + 1 : k;
        // (inside the sentence: a headline's last noun is no construct with the dateline's place after it)
        const om = q < b ? v.mention(q) : null;
        // (من glued: متسللين من روسيا is من + روسيا; a known actor named right after the noun: مجموعة APT28)
        if (om && om.s === e && q === e && !operation && !v.key(i).startsWith('ال') && v.is(i, 'attribution.actors') && isOrigin(v, om) && !v.mention(e - 1)) {
          // (a state or a state's body in construct after the noun, with no article on it: قراصنة كوريا الشمالية، قراصنة
          // الاستخبارات الروسية: theirs)
          takeOrigin(om);
        } else if (om && om.s === q && om.type === 'threat_actor') {
          named = om;
          // (its nisba after the name: مجموعة تشارمينغ كيتن الإيرانية, the state's if the knowledge base gives it; the
          // phrase then runs to the nisba, else it stays the noun and the name its actor's words)
          const ne = v.nameEnd(om);
          const d = ne < b ? demonymState(ne) : null;
          if (d && ofState(v, om, d.sponsor)) {
            sponsor = d.sponsor;
            sponsorTok = ne;
            e = d.e;
          }
        }
      }
      if (e < modifiersEnd) e = modifiersEnd;
    }
    // a group described by its nationality and named right after (a Russian hacker group known as DarkSide;
    // Iranian hackers, namely X): the named group, tied to the state only by a state word (state-sponsored) or a
    // linking participle (a Russia-linked group known as X)
    if (!named) {
      let k = e;
      // (Arabic: a state word after the nisba, then the naming: جماعة روسية ترعاها الدولة، تعرف باسم …)
      let stateAfter = false;
      const se = ar ? v.hitEnd(k, 'attribution.state_words') : -1;
      if (se > k) {
        k = se;
        stateAfter = true;
      }
      if (v.key(k) === ',' || v.key(k) === '،') k++;
      const ne = v.hitEnd(k, 'attribution.naming');
      // (or named right after the noun, as a title names its holder: the Iranian group Charming Kitten, مجموعة APT28)
      let q = e;
      while (q < b && q < e + 2 && v.isQuote(q)) q++;
      // (or set off by commas right after it, an apposition: a Chinese state-affiliated group, APT31, had targeted …)
      const ak = k === e + 1 ? v.mention(k) : null;
      const apposed = !!ak && ak.type === 'threat_actor' && ak.s === k && (v.key(ak.e) === ',' || v.key(ak.e) === '،');
      let j = ne > k ? ne : (k === e && v.mention(q)?.type === 'threat_actor') ? q : apposed ? k : -1;
      while (j > 0 && j < b && (v.isQuote(j) || DETERMINERS.has(v.key(j)))) j++;
      const m = j > 0 ? v.mention(j) : null;
      if (m && m.s === j && m.type === 'threat_actor') {
        named = m;
        if (!tiedByPhrase(v, m, s, i, stateAfter || linked, sponsor)) sponsor = null;
        // (with its closing quotation mark: a group calling itself "CyberAv3ngers" claimed …)
        e = v.nameEnd(m);
        // (English: a naming phrase in an apposition on the same group's other name, TraderTraitor, a North Korean group also
        // known as Jade Sleet: the phrase opens at that name, as an apposition's does)
        if (!ar && ne > k) {
          let p = s - 1;
          while (p > a && DETERMINERS.has(v.key(p))) p--;
          const other = v.key(p) === ',' ? v.mentionEndingAt(p) : null;
          if (other && other.id === m.id && other.s >= a) s = other.s;
        }
      }
    }
    // an apposition set off by commas after a group's name (Lazarus, a North Korean group, …): the phrase describes that
    // group, tied to the state as a phrase after the name ties it (a state word, a linking participle, or the knowledge
    // base's state)
    // (and the predicate of a copula or of "as" after the name, with its article: UNC3886 is a China-nexus espionage group;
    // described UNC3886 as a Chinese group)
    if (!named && !ar && !operation) {
      let j = s - 1;
      while (j > a && DETERMINERS.has(v.key(j))) j--;
      // (or a relative clause on the apposition right after it: Lazarus, the hacking unit that the US says is controlled by …;
      // or a naming phrase: TraderTraitor, a North Korean group also known as Jade Sleet)
      // (or a relative clause with no pronoun, its subject a pronoun and an attributing or linking verb: MirrorFace, a group
      // they linked to the Chinese state)
      const zeroRelative = v.isAny(e, SUBJECT_PRONOUNS) && (v.is(e + 1, 'attribution.attribute_verbs') || !!gluedPhraseEnd(v, e + 1, 'attribution.links'));
      const apposed = v.key(j) === ',' && (v.key(e) === ',' || v.clauseEnd(e) || v.isAny(e, ['attribution.relatives', 'attribution.naming']) || zeroRelative);
      const predicate = j < s - 1 && v.isAny(j, ['attribution.copulas', 'attribution.predicate_words']);
      const m = apposed || predicate ? v.mentionEndingAt(j) : null;
      if (m && m.type === 'threat_actor' && m.s >= a) {
        if (!tiedByPhrase(v, m, s, i, linked, sponsor)) sponsor = null;
        named = m;
        s = m.s;
      }
    }
    // a person named right after the phrase (Iranian hacker Behzad Mesri; القرصان الإيراني بهزاد مسري): the phrase is
    // the person's description, and a named individual is not attributed to a nationality (GOLD.md)
    const person = !named && !operation ? v.mention(e) : null;
    if (person && person.s === e && person.type === 'person') {
      named = person;
      sponsor = null;
      also = undefined;
      e = person.e;
    }
    // (English: an operation's noun before a word for people is that word's modifier, no operation: US campaign officials,
    // the Russian campaign staff)
    if (operation && !ar && e === i + 1 && !named && v.isAny(e, ['speech-verbs.unnamed', 'attribution.members', 'titles.titles']) && !v.mention(e)) continue;
    // (nor after a preposition of place or target: hiding inside US networks, attacks on Iranian networks name what was
    // hit; an agent's or an origin's preposition keeps it, a campaign by Russian accounts; so does "in" before an
    // activity's noun, stolen in a Russian operation, where a target's preposition still makes it the target's)
    const p = DETERMINERS.has(v.key(s - 1)) ? s - 2 : s - 1;
    if (operation && !ar && !named && s - 1 >= a && TARGET_PREPS_EN.has(v.key(p)) && !(v.key(p) === 'in' && v.is(i, 'attribution.activity_operations'))) continue;
    // (a collective's noun and "of" before the phrase, in English a lower-case word or two between, is the phrase's: a group of
    // young English-speaking hackers known as X, from the collective's noun, as phrases open after their article; the
    // collective's own phrase, pushed before, is this one)
    // (Arabic: the collective's noun and من before a definite actor's noun, لمجموعة من القراصنة تعرف باسم …)
    if (!operation) {
      let o = s - 1;
      if (!ar) for (let n = 0; n < 2 && o > a && v.isWord(o) && !v.mention(o) && /^[a-z][a-z-]*$/.test(v.surface(o)) && v.key(o) !== 'of'; n++) o--;
      const partitive = ar ? v.key(o) === 'من' && v.key(s).startsWith('ال') : v.key(o) === 'of';
      if (o - 1 >= a && partitive && !v.mention(o - 1) && v.isAny(o - 1, ['attribution.group_nouns', 'attribution.weak_actors'])) {
        if (out.length && out[out.length - 1].head === o - 1) out.pop();
        s = o - 1;
      }
    }
    out.push({ s, e, head: i, named, sponsor, sponsorTok, ...(also && sponsor ? { also } : {}), ...(operation ? { operation } : {}) });
    i = e - 1;
  }
  return out;
}

/** The group a definite group word stands for (the group, the prolific threat actor, this gang, المجموعة): the threat
 *  actor named within ANAPHOR_REACH characters before it, else null. */
function groupAnaphor(v: View, text: Span): string | null {
  const at = v.tokenAt(text.start);
  // (up to two lower-case words may stand between "the" and the group word: the prolific threat actor; not
  // words that make it another group, the other group)
  let d = at - 1;
  if (v.lang === 'en') for (let n = 0; n < 2 && d > 0 && /^[a-z][a-z-]+$/.test(v.text.slice(v.t.start[d], v.t.end[d])) && !/^(?:the|this)$/.test(v.key(d)) && !v.is(d, 'attribution.other_group') && !v.mention(d); n++) d--;
  const det = d >= 0 && /^(?:the|this)$/.test(v.key(d)) ? `${v.key(d)} ` : '';
  // (without a conjunction glued on: والمجموعة جزء من …)
  const from = v.lang === 'ar' && v.t.start[at] === text.start ? v.evidence(at, at + 1).start : text.start;
  if (!ANAPHOR.test(det + v.text.slice(from, text.end))) return null;
  let back = v.lastBefore(at, ['threat_actor']);
  // (not a group named only as what a word of members belongs to, former members of the Conti gang, أعضاء سابقين في عصابة
  // "كونتي": the group the sentence is about, named before it)
  if (back && groupOfMembers(v, back)) {
    const earlier = v.lastBefore(back.s, ['threat_actor']);
    if (earlier && v.t.sentence[earlier.s] === v.t.sentence[back.s]) back = earlier;
  }
  return back && text.start - back.span.end < ANAPHOR_REACH ? back.id : null;
}
/** Whether a group's mention m is the complement of a word of members a few words before it, a preposition between
 *  (former members of the Conti gang; أعضاء سابقين في عصابة "كونتي"). */
function groupOfMembers(v: View, m: TokMention): boolean {
  let prep = false;
  for (let k = m.s - 1; k >= 0 && k >= m.s - 5 && !v.clauseEnd(k) && !v.mention(k); k--) {
    if (v.is(k, 'attribution.members')) return prep;
    if (PREPS_EN.has(v.key(k)) || v.is(k, 'speech-verbs.place_preps')) prep = true;
  }
  return false;
}
/** Whether a phrase of withholding with its verb (without mentioning, دون أن يذكر) opens the clause part that token i
 *  is in, within eight tokens before it: what follows is not said. */
function withheldBefore(v: View, i: number, a: number): boolean {
  for (let k = i - 1; k >= Math.max(a, i - 8) && !v.clauseEnd(k) && v.key(k) !== ',' && v.key(k) !== '،'; k--) {
    const e = v.hitEnd(k, 'attribution.withholding');
    if (e > k && e < i && (v.lang === 'ar' ? v.is(k, 'attribution.withholding') && v.isArabic(e) : /ing$/.test(v.key(e)))) return true;
  }
  return false;
}

/**
 * Whether the verb at token i is negated or withheld (did not attribute; stopped short of attributing; امتنع عن): a
 * negation (speech-verbs.negations) or a phrase of attribution.withholding ending right before it or before the
 * auxiliaries and adverbs before it.
 */
function withheldAt(v: View, i: number, a: number): boolean {
  // (Arabic: the withholding verb may have its subject between, امتنع المسؤولون عن ربط …)
  if (v.lang === 'ar') {
    for (let k = i - 1; k >= Math.max(a, i - 5) && !v.clauseEnd(k); k--) if (v.is(k, 'attribution.withholding') || v.is(k, 'speech-verbs.negations')) return true;
    return false;
  }
  for (let k = i - 1, n = 0; k >= a && n < 4; k--, n++) {
    if (v.is(k, 'speech-verbs.negations')) return true;
    for (let s = Math.max(a, k - 3); s <= k; s++) if (v.hitEnd(s, 'attribution.withholding') === k + 1) return true;
    if (!v.is(k, 'speech-verbs.subject_gaps') && !BE_FORMS.has(v.key(k))) return false;
  }
  return false;
}

/**
 * The group named before whose activity an attributing verb at tokens [i, ve) attributes: a definite activity noun
 * (attribution.activity_anaphors: the activity, this campaign, هذا النشاط) as its object, right after the verb or its
 * Arabic subject, or as a passive's subject before it; the group last named before it within ANAPHOR_REACH, or farther
 * back when it is the only group named before, else null.
 */
function activityAnaphor(v: View, i: number, ve: number, a: number, passive: boolean): { actor: string; text: Span } | null {
  let at = -1;
  if (passive) {
    let k = i - 1;
    while (k > a && (v.isAny(k, ['speech-verbs.subject_gaps']) || BE_FORMS.has(v.key(k)))) k--;
    for (let s = Math.max(a, k - 2); s <= k && at < 0; s++) if (v.hitEnd(s, 'attribution.activity_anaphors') === k + 1) at = s;
  } else {
    let k = ve;
    // (an Arabic verb's subject between: ربط باحثون في شركة X هذا النشاط ب…)
    if (v.lang === 'ar') for (let n = 0; n < 8 && k < v.t.length && !v.clauseEnd(k) && v.hitEnd(k, 'attribution.activity_anaphors') <= k; n++) k++;
    if (v.hitEnd(k, 'attribution.activity_anaphors') > k) at = k;
  }
  if (at < 0) return null;
  const group = v.lastBefore(at, ['threat_actor']);
  if (!group) return null;
  // (farther back, the one group the article has named so far: an article about one campaign)
  const near = v.t.start[at] - group.span.end < ANAPHOR_REACH;
  return near || v.mentions.every((m) => m.type !== 'threat_actor' || m.e > at || m.id === group.id) ? { actor: group.id, text: group.span } : null;
}
/** Whether the weak actor noun at token i is a definite group word standing for a group named before (groupAnaphor). */
/** A weak actor noun at token i with a threat actor named right after it, in quotation marks or not (group APT34, مجموعة
 *  "APT34" الإيرانية). */
function groupNamedAfter(v: View, i: number): boolean {
  let e = v.hitEnd(i, 'attribution.weak_actors');
  if (e <= i) return false;
  // (Arabic: its nisba between, المجموعة الإيرانية APT34)
  if (v.lang === 'ar' && v.demonymEnd(e) > e) e = v.demonymEnd(e);
  // (or named by a naming phrase, or set off by a comma: a Chinese state-sponsored group known as Volt Typhoon; a group,
  // APT31, …)
  const ne = v.hitEnd(e, 'attribution.naming');
  if (ne > e) e = ne;
  else if (v.key(e) === ',' || v.key(e) === '،') e++;
  if (v.isQuote(e)) e++;
  const m = v.mention(e);
  return !!m && m.s === e && m.type === 'threat_actor';
}
/** English: a weak actor noun at token i in an apposition on a hacker group's name, an article and modifiers between
 *  (Storm-0156, a group linked to Pakistan; Turla, a cyber-espionage group that …). */
function groupApposedAt(v: View, i: number, from: number): boolean {
  if (v.lang !== 'en') return false;
  let k = i - 1;
  while (k > from && (v.is(k, 'attribution.modifiers') || hyphenedModifier(v, k))) k--;
  return INDEFINITE_EN.has(v.key(k)) && !!groupSetOffBefore(v, k + 1, from, 1);
}

/** English: the hacker group whose name a comma and an indefinite article set off before token j, up to `words` lower-case
 *  words between the article and j (Kimsuky, a group …; APT31, a group it said …), else null. */
function groupSetOffBefore(v: View, j: number, from: number, words: number): TokMention | null {
  let c = j - 1;
  while (c > from && c > j - 1 - words && v.isWord(c) && !v.mention(c) && !/^[A-Z]/.test(v.text[v.t.start[c]])) c--;
  const named = v.key(c) === ',' && INDEFINITE_EN.has(v.key(c + 1)) ? v.mentionEndingAt(c) : null;
  return named && named.type === 'threat_actor' && named.s >= from ? named : null;
}

/** Whether token k is a hyphen glued between an actor's modifier and the next word (cyber-espionage). */
function hyphenedModifier(v: View, k: number): boolean {
  return v.key(k) === '-' && k > 0 && v.is(k - 1, 'attribution.modifiers') && v.t.end[k - 1] === v.t.start[k] && v.t.end[k] === v.t.start[k + 1];
}
function groupAnaphorAt(v: View, i: number): boolean {
  const e = v.hitEnd(i, 'attribution.weak_actors');
  return e > i && groupAnaphor(v, v.span(i, e)) !== null;
}

/**
 * The named group a relative clause holding token `verb` hangs on (APT29, which Western governments attribute to the
 * SVR; Sandworm, which US officials have linked to Russia's GRU; مجموعة ساندوورم التي نسبها مسؤولون إلى …): the pronoun
 * (`attribution.relatives`) at most six words before the verb with no clause end between (Arabic: right before it), and
 * a threat actor's name right before the pronoun, a comma between them or not.
 */
function relativeAntecedent(v: View, verb: number, from: number, actors: readonly ActorNP[] = []): { actor: string | null; text: Span } | null {
  // (an Arabic relative comes right before its verb, whose object pronoun points back: التي تربطها; past the words of
  // having done so before: التي سبق أن ربطها)
  // (a name between counts as one word, its inner periods no clause's end: which U.S. officials have tied)
  if (v.lang === 'ar') for (let s = Math.max(from, verb - 4); s < verb; s++) if (v.hitEnd(s, 'attribution.relative_gaps') === verb) {
    verb = s;
    break;
  }
  for (let k = verb - 1, n = 0; k >= from && n < (v.lang === 'ar' ? 1 : 8); k--, n++) {
    const named = v.mentionEndingAt(k + 1);
    if (named && named.s >= from) k = named.s;
    if (v.clauseEnd(k)) return null;
    // (English: a relative clause with no pronoun, its subject a pronoun right after a group's noun set off after the
    // group's name: APT31, a group it said was linked to …)
    if (v.lang === 'en' && k - 1 > from && v.isAny(k, SUBJECT_PRONOUNS) && v.isAny(k - 1, ['attribution.weak_actors', 'attribution.group_nouns', 'attribution.actors']) && !v.mention(k - 1)) {
      const named = groupSetOffBefore(v, k - 1, from, 4);
      if (named) return { actor: named.id, text: named.span };
    }
    if (!v.is(k, 'attribution.relatives')) continue;
    let j = v.key(k - 1) === ',' || v.key(k - 1) === '،' ? k - 1 : k;
    const phraseEnd = j;
    // (past a word or two after the name: its quotation mark, a group's noun, an Arabic adjective: the Conti gang, which
    // …; عصابة "كونتي" المنحلة، التي)
    for (let n = 0; n < 3 && j - 1 > from && !v.mentionEndingAt(j) && afterGroupName(v, j - 1); n++) j--;
    const m = v.mentionEndingAt(j);
    if (m && m.type === 'threat_actor') return { actor: m.id, text: m.span };
    // (or a group set off after its name as what it is: Kimsuky, a group that officials have tied to …; English, an
    // article and up to two more words before the group's noun, after the comma)
    if (v.lang === 'en' && j < phraseEnd) {
      const named = groupSetOffBefore(v, j, from, 3);
      if (named) return { actor: named.id, text: named.span };
    }
    // (or an actor's phrase: a hacking group that researchers have linked to Iran, مجموعة قرصنة التي ربطها باحثون بإيران)
    const np = actors.find((x) => x.e === phraseEnd && !x.operation);
    return np ? { actor: np.named?.id ?? null, text: v.span(np.s, np.e) } : null;
  }
  return null;
}

/** Token k may follow a group's name before the clause about it: a quotation mark, a group's noun (gang, operation), or
 *  an Arabic definite adjective that names nothing (المنحلة). */
function afterGroupName(v: View, k: number): boolean {
  if (v.isQuote(k) || v.isAny(k, ['attribution.group_nouns', 'attribution.weak_actors', 'attribution.operations'])) return true;
  return v.lang === 'ar' && v.isArabic(k) && v.key(k).startsWith('ال') && !v.mention(k);
}

/** Where hackers can be from, as their sponsor: a place, or a state's body (hackers from Russia; قراصنة من الاستخبارات
 *  العسكرية الروسية, the GRU), not a company. */
/**
 * The state's body or the state that people belong to, after a preposition of belonging at token p (of the GRU, of
 * Russia's military intelligence agency, في جهاز المخابرات العسكرية الروسية): its id and where its name ends (a state's
 * possessive takes the words of its body after it, up to four).
 */
function memberOf(v: View, p: number, b: number, demonymState: DemonymState): { id: string | { kb: KbEntry; at: Span }; e: number } | null {
  if (!v.is(p, 'attribution.member_preps')) return null;
  let q = v.hitEnd(p, 'attribution.member_preps');
  while (q < b && DETERMINERS.has(v.key(q))) q++;
  // (a body's head word before its name: جهاز + المخابرات العسكرية الروسية)
  if (!v.mention(q) && v.is(q, 'organizations.heads') && v.mention(q + 1)?.s === q + 1) q++;
  const m = v.mention(q);
  // (English, no body's name: a state's intelligence, military or government by its nationality, officers of Russian
  // military intelligence: that state; Arabic's ضباط في الاستخبارات الروسية is a counted noun and its nisba, read apart)
  if (!m || m.s !== q) {
    const d = v.lang === 'en' ? demonymState(q) : null;
    let e = d ? d.e : q;
    while (d && e < b && e < d.e + 2 && STATE_HEADS_EN.has(v.key(e))) e++;
    return d && e > d.e ? { id: d.sponsor, e } : null;
  }
  if (!isOrigin(v, m)) return null;
  let e = m.e;
  let id = m.id;
  if (m.type === 'location' && v.possessiveAt(e)) {
    let w = e + 2;
    // (a body named there is theirs when it is a state's body: Russia's GRU; else the state, Iran's Revolutionary Guard)
    const body = v.mention(w);
    if (body && body.s === w && body.type === 'organization') {
      if (isOrigin(v, body)) id = body.id;
      w = body.e;
    }
    while (w < b && w < e + 6 && v.isWord(w) && !v.mention(w) && !PREPS_EN.has(v.key(w)) && /^[a-z]/.test(v.surface(w))) w++;
    e = w;
    // (the body's words named in an apposition after them: Russia's military intelligence agency, the GRU)
    let n = w;
    if (id === m.id && w > m.e + 2 && v.key(n) === ',') {
      n++;
      if (DETERMINERS.has(v.key(n))) n++;
      const named = v.mention(n);
      if (named && named.s === n && named.type === 'organization' && isOrigin(v, named)) {
        id = named.id;
        e = named.e;
      }
    }
  }
  return { id, e };
}

/**
 * The state a noun standing for it names (attribution.state_anaphors: the country's hackers, قراصنة البلاد), the phrase
 * [s, e): the state named last before it, within the article's reach (a place with no country of its own); else null.
 */
/** The state a noun standing for it names in the possessive ending at token k (the country's, country's: 's at k), and
 *  where that noun's phrase starts; else null. */
function possessedStateAnaphor(v: View, k: number): { id: string; at: number } | null {
  const at = [k - 2, k - 1].find((j) => v.hitEnd(j, 'attribution.state_anaphors') === k);
  const m = at === undefined ? null : stateAnaphor(v, at);
  return m ? { id: m.id, at: at! } : null;
}

function stateAnaphor(v: View, s: number): TokMention | null {
  let m = v.lastBefore(s, ['location']);
  for (let n = 0; m && n < 6; n++, m = v.lastBefore(m.s, ['location'])) {
    if (v.t.start[s] - m.span.end > 2000) return null;
    const info = v.entity(m.id);
    if (!info?.country || info.country === info.name) return m;
  }
  return null;
}

function isOrigin(v: View, m: TokMention): boolean {
  return m.type === 'location' || (m.type === 'organization' && v.entity(m.id)?.kind === 'government');
}

/**
 * Where a phrase of the category `cat` at token k ends; in Arabic also one whose last word, ب or ل, is glued to the next
 * word (مرتبطة بإيران: the lexicon's `cat`.glued), its end then that word's token and `glued` set; null with none.
 */
function gluedPhraseEnd(v: View, k: number, cat: string): { e: number; glued: boolean } | null {
  const e = v.hitEnd(k, cat);
  if (e > k) return { e, glued: false };
  if (v.lang !== 'ar') return null;
  const ge = v.hitEnd(k, `${cat}.glued`);
  if (ge > k && /^[بل]/.test(v.key(ge))) return { e: ge, glued: true };
  // (a word of "all of them" between: المرتبطة جميعها بمكتب …)
  return ge > k && v.is(ge, 'attribution.link_quantifiers') && /^[بل]/.test(v.key(ge + 1)) ? { e: ge + 1, glued: true } : null;
}

/** A state or a state's body whose possessive 's ends at token k (North Korea's | hackers, the GRU's), else null. */
function possessiveOwner(v: View, k: number, a: number): TokMention | null {
  if (k - 1 <= a || !v.possessiveAt(k - 1)) return null;
  const owner = v.mentionEndingAt(k - 1);
  return owner && isOrigin(v, owner) ? owner : null;
}

/**
 * Whether an actor's phrase at tokens [s, i) (its noun at i) ties the named group m to the sponsor its nationality gives:
 * a state word in it (state-sponsored), a link (Russia-linked, or `tied` by the caller), or the knowledge base's state for
 * the group. A nationality alone ties no group the knowledge base knows to another state: the Chinese group Storm-0558,
 * not a Russian hacker group known as DarkSide, a criminal gang; a group it does not know has only the text's word: a
 * Turkish hacking group called "Akincilar", Turkey's.
 */
function tiedByPhrase(v: View, m: TokMention, s: number, i: number, tied: boolean, sponsor: string | { kb: KbEntry; at: Span } | null): boolean {
  if (tied || !v.entity(m.id)?.kb || ofState(v, m, sponsor)) return true;
  for (let x = s; x < i; x++) if (v.is(x, 'attribution.state_words')) return true;
  return false;
}

/** Whether the knowledge base gives a named group the state a sponsor names (an entity of the article, or a KB state). */
function ofState(v: View, m: TokMention, sponsor: string | { kb: KbEntry; at: Span } | null): boolean {
  const info = v.entity(m.id);
  if (!info?.country || !sponsor) return false;
  return typeof sponsor === 'string' ? info.state === sponsor : sponsor.kb.name === info.country;
}

/** Places coordinated after token `from` (", China, and North Korea"; "والصين"): their ids and where they end. */
function coordinatedPlaces(v: View, from: number, b: number): { ids: string[]; e: number } {
  const ids: string[] = [];
  let k = from;
  let e = from;
  for (let n = 0; n < 6 && k < b; n++) {
    let j = k;
    if (v.key(j) === ',' || v.key(j) === '،') j++;
    if (v.key(j) === 'and' || v.key(j) === 'or' || v.key(j) === 'و') j++;
    if (j === k) {
      // (و glued to the name: والصين)
      const m = v.isArabic(j) && v.key(j).startsWith('و') ? v.mention(j) : null;
      if (!m || m.s !== j || m.type !== 'location') break;
    }
    const m = v.mention(j);
    if (!m || m.s !== j || m.type !== 'location') break;
    ids.push(m.id);
    k = e = m.e;
  }
  return { ids, e };
}

/** A demonym (Russian, Iranian) ending at token k, or a state named with a state word (state-sponsored). */
function demonymAt(_v: View, k: number, a: number, demonymState: DemonymState): { sponsor: string | { kb: KbEntry; at: Span }; s: number } | null {
  for (let s = k; s >= Math.max(a, k - 2); s--) {
    const d = demonymState(s);
    if (d && d.e === k + 1) return { sponsor: d.sponsor, s };
  }
  return null;
}

/**
 * The doer before a linking phrase or an act verb at token i, in its clause: a threat actor named there
 * (through a relative clause or an appositive: Lazarus Group, which is linked to …; APT28, a group tied to
 * …), or an actor phrase; with `states`, also a state or body as the subject (Russia hacked, China has
 * launched). Only auxiliaries, relative words and hedges stand between them.
 */
function actorBefore(v: View, i: number, a: number, actors: readonly ActorNP[], ar: boolean, states = false): { actor: string | null; text?: Span; sponsor?: ActorNP['sponsor']; s: number; operation?: boolean } | null {
  let k = i - 1;
  let steps = 0;
  for (;;) {
    // (and a date between the doer and the verb: APT28 last year targeted …, LockBit on Wednesday claimed …)
    while (k >= a && steps < 8 && (hedgeGap(v, k) || v.dates.has(k) || (v.dates.has(k + 1) && PREPS_EN.has(v.key(k))))) {
      k--;
      steps++;
    }
    // a bracketed aside between the doer and the phrase: قراصنة (هاكرز) مرتبطين بروسيا (not a name's own brackets:
    // NoName057(16))
    if (k >= a && v.key(k) === ')' && !v.mention(k)) {
      let j = k - 1;
      while (j >= a && j > k - 6 && v.key(j) !== '(') j--;
      if (v.key(j) === '(') {
        k = j - 1;
        continue;
      }
    }
    break;
  }
  if (k < a) return null;
  // (English: a name right before a verb of saying the gaps held is that verb's subject, no doer: Sandworm, which the EU
  // said was responsible for …; "said" is a gap only after a copula, is said to be)
  if (!ar && k + 1 < i && v.is(k + 1, 'speech-verbs.verbs') && (v.mentionEndingAt(k + 1) || actors.some((x) => x.e === k + 1))) return null;
  // a named group described by a copula before the phrase (APT31 is a group of contractors working for …)
  if (!ar) {
    for (let j = k; j >= Math.max(a, k - 7); j--) {
      if (v.isPunct(j) || v.mention(j)) break;
      // (or a predicate's "as" right before the phrase: described CyberAv3ngers as a front for …, as working for …)
      if ((/^(?:is|are|was|were)$/.test(v.key(j)) && /^(?:a|an)$/.test(v.key(j + 1))) || (j + 1 === i && v.is(j, 'attribution.predicate_words'))) {
        // (a bracketed aside after the name: APT31 (also known as Zirconium) is a hacking group working …)
        let e = j;
        if (v.key(j - 1) === ')') for (let o = j - 2; o >= Math.max(a, j - 14); o--) if (v.key(o) === '(') {
          e = o;
          break;
        }
        const m = v.mentionEndingAt(e);
        if (m && m.type === 'threat_actor') return { actor: m.id, text: m.span, s: m.s };
        break;
      }
    }
    // a named group as the subject of a verb phrase before the phrase (APT28 has been operating since 2004 on
    // behalf of …): the group, when nothing but words stand between
    // (or of a verb of working, Mint Sandstorm works on behalf of …, and through its relative pronoun: X, which is believed
    // to operate on behalf of …)
    for (let j = k; j >= Math.max(a, k - 10); j--) {
      const relative = v.is(j, 'attribution.relatives') && v.key(j - 1) === ',';
      if (v.isPunct(j) && v.t.kind[j] !== 2) break;
      const m = v.mentionEndingAt(relative ? j - 1 : j);
      if (m && m.type === 'threat_actor' && (relative || PASSIVE_AUX.has(v.key(j)) || /^continue[sd]$/.test(v.key(j)) || v.is(j, 'attribution.link_verbs'))) return { actor: m.id, text: m.span, s: m.s };
      // (the group's phrase before the relative: the group, which is believed to operate on behalf of …)
      const np0 = relative && !m ? actors.find((x) => x.e === j - 1 && !x.operation) : undefined;
      if (np0) return { actor: np0.named?.id ?? null, text: v.span(np0.s, np0.e), sponsor: np0.sponsor, s: np0.s };
      if (v.mention(j)) break;
    }
  }
  // a person named before an appositive that names the body they serve, then the verb (Dmitry Badin, an officer of the
  // GRU, was behind …): the person, of that body (GOLD.md: a named individual is attributed to their group)
  if (states && !ar) {
    let j = i - 1;
    while (j >= a && gapWord(v, j) && v.key(j) !== ',') j--;
    for (let o = j - 2; v.key(j) === ',' && o >= Math.max(a, j - 12); o--) {
      if (v.key(o) !== ',') continue;
      const person = v.mentionEndingAt(o);
      if (!person || person.type !== 'person' || person.s < a) break;
      let body: TokMention | null = null;
      for (let q = o + 1; q < j - 1 && !body; q++) {
        if (!v.is(q, 'attribution.member_preps')) continue;
        const at = DETERMINERS.has(v.key(q + 1)) ? q + 2 : q + 1;
        const bm = v.mention(at);
        if (bm && bm.s === at && (bm.type === 'organization' || bm.type === 'threat_actor')) body = bm;
      }
      return { actor: person.id, text: person.span, sponsor: body?.id ?? null, s: person.s };
    }
  }
  // an appositive or a relative clause between commas before the verb (APT28, a group tied to Russia's GRU,
  // targeted …): the doer named before it
  // (after the verb's auxiliaries too, for a link: Sandworm, the unit behind the blackouts, is part of the GRU)
  let comma = i - 1;
  while (comma > a && comma > i - 4 && v.key(comma) !== ',' && (v.is(comma, 'attribution.copulas') || gapWord(v, comma))) comma--;
  if (!ar && comma > a && v.key(comma) === ',') {
    for (let j = comma - 1; j >= Math.max(a, comma - 15); j--) {
      if (v.key(j) !== ',') continue;
      const m = v.mentionEndingAt(j);
      const np2 = actors.find((x) => x.e === j);
      if (m && m.type === 'threat_actor') return { actor: m.id, text: m.span, s: m.s };
      if (np2) return { actor: np2.named?.id ?? null, text: v.span(np2.s, np2.e), sponsor: np2.sponsor, s: np2.s };
      break;
    }
  }
  // (Arabic: a word that makes it another group after the noun, مجموعة أخرى مرتبطة ب)
  // (Arabic: the pronoun opening an appositive right before a link that names the doer's kind itself, "X"، وهي وحدة تابعة
  // لـ…: the group named before the comma)
  if (ar && k - 1 > a && APPOSITIVE_PRONOUN_AR.test(v.key(k)) && (v.key(k - 1) === '،' || v.key(k - 1) === ',')) {
    const g = v.mentionEndingAt(v.isQuote(k - 2) ? k - 2 : k - 1);
    if (g && g.type === 'threat_actor' && g.s >= a) return { actor: g.id, text: g.span, s: g.s };
  }
  const np = actors.find((x) => x.e === k + 1) ?? (ar && v.is(k, 'attribution.other_group') ? actors.find((x) => x.e === k) : undefined);
  if (np) {
    // (Arabic: an appositive opened by a pronoun after the group's name and a comma: APT42، وهي مجموعة مرتبطة ب …)
    if (!np.named && ar && np.s - 2 >= a && APPOSITIVE_PRONOUN_AR.test(v.key(np.s - 1)) && (v.key(np.s - 2) === '،' || v.key(np.s - 2) === ',')) {
      let j = np.s - 2;
      if (v.isQuote(j - 1)) j--;
      const m = v.mentionEndingAt(j);
      if (m && m.type === 'threat_actor') return { actor: m.id, text: m.span, s: m.s };
    }
    // an appositive: APT28, a group tied to …; APT42, another group tied to …
    if (!np.named && !ar) {
      let j = np.s - 1;
      while (j >= a && (DETERMINERS.has(v.key(j)) || v.key(j) === 'another')) j--;
      if (v.key(j) === ',') {
        const m = v.mentionEndingAt(j);
        if (m && m.type === 'threat_actor') return { actor: m.id, text: m.span, s: m.s };
      }
    }
    return { actor: np.named?.id ?? null, text: v.span(np.named && np.named.s < np.s ? np.named.s : np.s, np.e), sponsor: np.sponsor, s: np.s, ...(np.operation ? { operation: true } : {}) };
  }
  const m = v.mentionEndingAt(k + 1);
  if (m && m.type === 'threat_actor') return { actor: m.id, text: m.span, s: m.s };
  // (English: a group's members, its name before the noun, are the group: Conti members were operating from Russia)
  if (!m && !ar && v.is(k, 'attribution.members') && v.hitEnd(k, 'attribution.members') === k + 1) {
    const g = v.mentionEndingAt(k);
    if (g && g.type === 'threat_actor' && g.s >= a) return { actor: g.id, text: v.span(g.s, k + 1), s: g.s };
  }
  // (a name after a preposition is no subject: … linked to North Korea, stole …; its owner's possessive between too,
  // … working for Iran's Ministry of Intelligence had breached …)
  const owner = !ar && m && m.s - 2 > a && v.possessiveAt(m.s - 2) ? v.mentionEndingAt(m.s - 2) : null;
  const ms = owner ? owner.s : m?.s ?? 0;
  const object = !ar && m && (PREPS_EN.has(v.key(ms - 1)) || (DETERMINERS.has(v.key(ms - 1)) && PREPS_EN.has(v.key(ms - 2))));
  if (states && m && !object && (m.type === 'location' || (m.type === 'organization' && !ar) || m.type === 'person')) {
    if (m.type === 'person') return { actor: m.id, text: m.span, s: m.s };
    return { actor: null, text: m.span, sponsor: m.id, s: m.s };
  }
  // (English: a state's government named by its nationality, the Russian government was responsible for …: the state)
  if (states && !ar && !m && k - 1 >= a && v.is(k, 'speech-verbs.state_speakers') && v.demonymHit(k - 1)) {
    const s0 = k - 2 >= a && DETERMINERS.has(v.key(k - 2)) ? k - 2 : k - 1;
    if (!PREPS_EN.has(v.key(s0 - 1))) {
      const phrase = v.span(s0, k + 1);
      const sponsor = v.stateNamedBy(phrase, 'speech-verbs.state_speakers') ?? v.stateKbOfBody(phrase);
      if (sponsor) return { actor: null, text: phrase, sponsor, s: s0 };
    }
  }
  return null;
}

/** Whether the name at token `k` (after determiners) is followed by a speech verb: a trailing "…, Cyber Command said". */
function saidAfterName(v: View, k: number, limit: number): boolean {
  while (k < limit && DETERMINERS.has(v.key(k))) k++;
  const m = v.mention(k);
  return !!m && m.s === k && v.is(m.e, 'speech-verbs.verbs');
}

/** The sponsors named after a linking phrase: entities (coordinated: Iran, China and North Korea), a state by its demonym (the Iranian government), the possessed of a possessive (China's Ministry of State Security). */
/** English: a state's possessive at token k and two or more lower-case words after it, up to a clause's end (Russia's
 *  military intelligence agency): an appositive describing what comes before it. */
function apposedOwner(v: View, k: number, b: number): boolean {
  const m = v.mention(k);
  if (v.lang !== 'en' || !m || m.s !== k || m.type !== 'location' || !v.possessiveAt(m.e)) return false;
  let j = m.e + 2;
  while (j < b && v.isWord(j) && !v.mention(j) && /^[a-z]/.test(v.surface(j))) j++;
  return j - (m.e + 2) >= 2 && (j >= b || v.isPunct(j));
}

/** English: the state's body named after a comma that ends lower-case words describing it, from token k after the state's
 *  possessive (Russia's military intelligence service, the GRU: the GRU), or null; the body's state must be `state`. */
function namedAfterDescription(v: View, k: number, b: number, state: string): TokMention | null {
  if (v.lang !== 'en') return null;
  let j = k;
  while (j < b && j < k + 5 && v.isWord(j) && !v.mention(j) && /^[a-z]/.test(v.surface(j))) j++;
  if (j === k || v.key(j) !== ',') return null;
  const at = DETERMINERS.has(v.key(j + 1)) ? j + 2 : j + 1;
  const named = v.mention(at);
  return named && named.s === at && named.type === 'organization' && v.entity(named.id)?.state === state ? named : null;
}

/** Where a unit's phrase before the body it is part of ends at token k: English a determiner or none, up to two lower-case
 *  words and a unit word, then "of" (the intelligence unit of …: the token of "of"); Arabic a unit word and one definite
 *  word, then في or a link phrase (وحدة الاستخبارات في، وحدة الاستخبارات التابعة ل: the token after the definite word);
 *  else -1. */
function unitOfEnd(v: View, k: number, limit: number): number {
  if (v.lang === 'ar') {
    if (!v.is(k, 'attribution.unit_words') || k + 2 >= limit || v.mention(k + 1) || !v.key(k + 1).startsWith('ال')) return -1;
    return v.key(k + 2) === 'في' || gluedPhraseEnd(v, k + 2, 'attribution.links') ? k + 2 : -1;
  }
  let j = DETERMINERS.has(v.key(k)) ? k + 1 : k;
  for (let n = 0; n < 2 && j < limit && !v.is(j, 'attribution.unit_words') && v.isWord(j) && !v.mention(j) && /^[a-z]/.test(v.surface(j)); n++) j++;
  return j + 1 < limit && v.is(j, 'attribution.unit_words') && v.key(j + 1) === 'of' ? j + 1 : -1;
}

function sponsorsAfter(v: View, from: number, b: number, demonymState: DemonymState, glued: boolean): { id: string | null; sponsor: string | { kb: KbEntry; at: Span }; e: number }[] {
  const out: { id: string | null; sponsor: string | { kb: KbEntry; at: Span }; e: number }[] = [];
  let k = from;
  let limit = Math.min(b, from + 10);
  while (k < limit) {
    // (a unit by its number, then the body it is of: Unit 29155 of Russia's GRU, الوحدة 29155 التابعة للاستخبارات العسكرية)
    if (!out.length && k + 1 < limit && v.is(k, 'attribution.unit_words') && v.t.kind[k + 1] === NUMBER) {
      k += 2;
      const l = v.lang === 'ar' ? gluedPhraseEnd(v, k, 'attribution.links') : null;
      if (l) [k, glued] = [l.e, l.glued];
      limit = Math.min(b, k + 8);
      continue;
    }
    // (or by what it does, then the body it is of: the intelligence unit of Iran's Revolutionary Guards; وحدة الاستخبارات
    // في الحرس الثوري، وحدة الاستخبارات التابعة للحرس الثوري)
    if (!out.length) {
      const ue = unitOfEnd(v, k, limit);
      if (ue > k) {
        const l = v.lang === 'ar' ? gluedPhraseEnd(v, ue, 'attribution.links') : null;
        [k, glued] = l ? [l.e, l.glued] : [ue + 1, false];
        limit = Math.min(b, k + 8);
        continue;
      }
    }
    const key = v.key(k);
    if (DETERMINERS.has(key) || key === 'of' || (!glued && (key === 'the' || key === 'ال'))) {
      k++;
      continue;
    }
    // (Arabic: the letter alone, written with its tatweel, before a quoted name: بـ"ساندوورم"، لـ"ساندوورم"; the name's
    // opening quotation mark)
    if (v.lang === 'ar' && k === from && v.isQuote(k) && v.mention(k + 1)?.s === k + 1) {
      k++;
      glued = false;
      continue;
    }
    const m = v.mention(k);
    if (m && (m.type === 'location' || m.type === 'organization' || m.type === 'threat_actor')) {
      // a possessive: China's Ministry of State Security, Russia's GRU: the second
      let pick = m;
      let e = m.e;
      if (v.possessiveAt(e)) {
        const next = v.mention(e + 2);
        if (next && next.s === e + 2) {
          pick = next;
          e = next.e;
        } else {
          const named = m.type === 'location' ? namedAfterDescription(v, e + 2, b, m.id) : null;
          if (named) [pick, e] = [named, named.e];
        }
      }
      out.push({ id: pick.id, sponsor: pick.id, e });
      k = e;
      // coordinated sponsors (not a name after a comma that a speech verb follows: it opens the trailing source, "…
      // linked to Iran's Ministry of Intelligence, Cyber Command said")
      if (v.key(k) === ',' && saidAfterName(v, k + 1, limit)) break;
      // (nor a state's possessive and common words after a comma: an appositive saying what the body is, the GRU, Russia's
      // military intelligence agency)
      if (v.key(k) === ',' && pick.type === 'organization' && apposedOwner(v, k + 1, b)) break;
      if (v.key(k) === ',' || v.key(k) === 'and' || v.key(k) === 'و') {
        k++;
        if (v.key(k) === 'and') k++;
        continue;
      }
      // (و glued to the next name: بإيران وروسيا)
      const glue = v.isArabic(k) && v.key(k).startsWith('و') ? v.mention(k) : null;
      if (glue && glue.s === k) continue;
      break;
    }
    const d = demonymState(k);
    // (a nationality before a body's name is the body's: the Chinese Ministry of State Security, the Russian GRU)
    const body = d && !glued ? v.mention(d.e) : null;
    if (body && body.s === d!.e && body.type === 'organization') {
      out.push({ id: body.id, sponsor: body.id, e: body.e });
      break;
    }
    if (d) {
      // (the Iranian government, الحكومة الإيرانية: the state)
      out.push({ id: typeof d.sponsor === 'string' ? d.sponsor : null, sponsor: d.sponsor, e: d.e });
      break;
    }
    if (v.isArabic(k) && glued) {
      // بالحكومة الإيرانية: the glued word is a state head, the nisba after it names the state
      const d2 = demonymState(k + 1);
      if (d2 && STATE_HEADS_AR.has(unglue(v.key(k)))) {
        out.push({ id: typeof d2.sponsor === 'string' ? d2.sponsor : null, sponsor: d2.sponsor, e: d2.e });
        break;
      }
    }
    if (STATE_HEADS_EN.has(key) || STATE_HEADS_AR.has(key)) {
      k++;
      continue;
    }
    // (Arabic: a body's head word before the body's name, glued to the preposition or not: بجهاز الاستخبارات العسكرية)
    if (v.isArabic(k) && v.is(k, 'organizations.heads') && v.mention(k + 1)?.s === k + 1 && v.mention(k + 1)!.type === 'organization') {
      k++;
      continue;
    }
    // (a group word glued to the preposition before the group's name: مرتبطين بمجموعة APT29)
    if (glued && v.isArabic(k) && v.is(k, 'attribution.group_nouns') && k === from) {
      k++;
      continue;
    }
    break;
  }
  return out;
}

/** The doers or accused named from token `from`: mentions (coordinated), actor phrases, or a demonym plural (الروس، 12 روسيا: unnamed, sponsored by the state). */
function targetsAfter(v: View, from: number, b: number, actors: readonly ActorNP[], demonymState: DemonymState, ar: boolean, doers = true): Target[] {
  const out: Target[] = [];
  let k = from;
  // (a count before them: 12 Russians, two Iranian nationals, خمسة مسؤولين)
  let counted = false;
  while (k < b && (DETERMINERS.has(v.key(k)) || v.t.kind[k] === 2 || v.is(k, 'number-words.ones.phrases'))) {
    if (!DETERMINERS.has(v.key(k))) counted = true;
    k = Math.max(k + 1, v.hitEnd(k, 'number-words.ones.phrases'));
  }
  // (items after a bare comma are a list's only if an and ends it: Sandworm, Lazarus and Cozy Bear; not the
  // apposition of Sandworm, Russia's unit)
  let listed = -1;
  /** the body or state people after a word for them belong to (memberOf), asked once per place in the list */
  let member: ReturnType<typeof memberOf> = null;
  for (let n = 0; n < 8 && k < b; n++) {
    while (n > 0 && k < b && DETERMINERS.has(v.key(k)) && !actors.some((x) => x.s === k)) k++;
    // (the speaker's own name for them, no part of it: blamed what he called "foreign saboteurs"; على من سماهم)
    if (v.is(k, 'attribution.so_called')) k = v.hitEnd(k, 'attribution.so_called');
    // (a name in quotation marks: the "APT31" group, "Sandworm" and …)
    const opened = v.isQuote(k) && k + 1 < b && !actors.some((x) => x.s === k) && (v.mention(k + 1)?.s === k + 1 || actors.some((x) => x.s === k + 1));
    if (opened) k++;
    const np = actors.find((x) => x.s === k);
    const m = v.mention(k);
    if (np) {
      out.push(...npTargets(np, v));
      // (a group named after the phrase's noun: ومجموعة X وY)
      k = Math.max(np.e, np.named?.e ?? 0);
    } else if (m && m.s === k && isDoer(m) && m.type === 'location' && !ar && v.key(m.e) === '-' && v.is(m.e + 1, 'attribution.link_suffixes') && v.isWord(m.e + 2) && !v.mention(m.e + 2)) {
      // (a place glued to a participle before a noun, a Wuhan-based company: the noun's doer, of the place's state)
      let e = m.e + 3;
      while (e < b && e < m.e + 5 && v.isWord(e) && !v.mention(e) && !PREPS_EN.has(v.key(e)) && v.key(e) !== 'and' && /^[a-z]/.test(v.surface(e))) e++;
      out.push({ actor: null, text: v.span(m.s, e), sponsor: placeSponsor(v, m, m.e + 1), s: m.s, e });
      k = e;
    } else if (m && m.s === k && isDoer(m) && !opposedBefore(v, k)) {
      const t = mentionTarget(m, null, v);
      out.push(doers ? bodyOfState(v, t, m, from, demonymState) : t);
      k = m.e;
      // (an Arabic group's nisba after its name, لازاروس الكورية الشمالية: its state where the knowledge base gives the
      // group that state, and the list goes on after it)
      const d = ar && m.type === 'threat_actor' && k < b ? demonymState(k) : null;
      if (d && d.e <= b) {
        if (ofState(v, m, d.sponsor)) out[out.length - 1] = { ...out[out.length - 1], sponsor: d.sponsor, e: d.e };
        k = d.e;
      }
      // a body or a group with its state: Russia's GRU, China's APT31; or described in lower-case words, then named after a
      // comma: Russia's military intelligence service, the GRU
      const next = v.possessiveAt(k) ? (v.mention(k + 2) ?? (m.type === 'location' ? namedAfterDescription(v, k + 2, b, m.id) : null)) : null;
      if (next) {
        out.pop();
        const nt = { ...mentionTarget(next, null, v), s: m.s };
        // (a group with its state's possessive too: China's APT31, the state behind it)
        out.push(doers && (next.type === 'organization' || next.type === 'threat_actor') && m.type === 'location' ? { ...nt, actor: next.id, sponsor: m.id } : nt);
        k = next.e;
      }
    } else {
      const d = demonymState(k);
      // (a demonym before a hostile act names where it happened, not a doer: linked to Syrian breaches)
      const body = d && !ar && doers ? v.mention(d.e) : null;
      if (d && body && body.s === d.e && body.type === 'organization') {
        // the Russian FSB: the body, for its state
        out.push({ actor: body.id, text: v.span(k, body.e), sponsor: d.sponsor, s: k, e: body.e });
        k = body.e;
      } else if (d && !v.isAny(d.e, HOSTILE_WORDS)) {
        // a demonym used as a noun (the Russians, الروس) or before a noun (Russian officers): unnamed, its state
        let e = d.e;
        // (a relative clause's pronoun or subject ends it: two Iranian companies it said had acted as fronts)
        let reachE = d.e + 3;
        while (e < b && e < reachE && v.isWord(e) && !v.mention(e) && !v.is(e, 'attribution.attribute_preps') && !PREPS_EN.has(v.key(e)) && v.key(e) !== 'and' && v.key(e) !== 'or' && !ar && !/^[A-Z]/.test(v.surface(e)) && !v.isAny(e, ['attribution.relatives', 'speech-verbs.body_pronouns', 'speech-verbs.person_pronouns'])) {
          e++;
          // (a word glued by a hyphen to the next, an adjective, goes on to the noun: a Chinese state-owned telecom company)
          if (e + 1 < b && v.key(e) === '-' && v.gluedToPrevious(e) && v.gluedToPrevious(e + 1) && v.isWord(e + 1)) {
            e += 2;
            reachE += 2;
          }
        }
        // (English: a person named right after the noun is the one meant, and a named individual is not attributed to a
        // nationality, GOLD.md: convicted Russian national Alexander Vinnik)
        const person = !ar && doers && e > d.e ? v.mention(e) : null;
        if (person && person.s === e && person.type === 'person') {
          out.push({ actor: person.id, text: v.span(k, person.e), sponsor: null, s: k, e: person.e });
          k = person.e;
        } else {
          out.push({ actor: null, text: v.span(k, e), sponsor: d.sponsor, s: k, e });
          k = e;
        }
      } else if (n === 0 && doers && (member = v.is(k, 'attribution.members') ? memberOf(v, v.hitEnd(k, 'attribution.members'), b, demonymState) : null)) {
        // people of a state's body or a state, after a word for them (eight officers of Russia's military intelligence
        // agency; ثمانية ضباط في جهاز المخابرات العسكرية الروسية): unnamed, that body or state behind them
        out.push({ actor: null, text: v.span(k, member.e), sponsor: member.id, s: k, e: member.e });
        k = member.e;
      } else if (ar && counted && n === 0 && v.isArabic(k) && !v.mention(k)) {
        // a counted noun and its adjectives, then the nisba (خمسة مسؤولين عسكريين صينيين): unnamed, the nisba's state
        let j = k + 1;
        while (j < Math.min(b, k + 3) && v.isArabic(j) && !v.mention(j) && !demonymState(j)) j++;
        const d2 = j < b ? demonymState(j) : null;
        if (!d2 || v.isAny(k, HOSTILE_WORDS)) break;
        out.push({ actor: null, text: v.span(k, d2.e), sponsor: d2.sponsor, s: k, e: d2.e });
        k = d2.e;
      } else if (ar && doers && n === 0 && v.isArabic(k) && !v.mention(k) && !v.isAny(k, HOSTILE_WORDS) && k + 1 < b && demonymState(k + 1)) {
        // a noun and its nisba right after it (عقوبات على شركة إيرانية, as sanctions on an Iranian firm): unnamed, the
        // nisba's state
        const d2 = demonymState(k + 1)!;
        out.push({ actor: null, text: v.span(k, d2.e), sponsor: d2.sponsor, s: k, e: d2.e });
        k = d2.e;
      } else if (ar && !doers && n === 0 && v.isArabic(k) && !v.mention(k) && !v.isAny(k, HOSTILE_WORDS)) {
        // a sponsor named by a noun or two and its nisba, ب glued on or not (ربطها بالحكومة الروسية، بأجهزة الاستخبارات
        // الروسية): the nisba's state, as Russia's intelligence services is Russia
        let j = k + 1;
        while (j < Math.min(b, k + 3) && v.isArabic(j) && !v.mention(j) && !demonymState(j)) j++;
        const d2 = j < b ? demonymState(j) : null;
        if (!d2) break;
        out.push({ actor: null, text: v.span(k, d2.e), sponsor: d2.sponsor, s: k, e: d2.e });
        k = d2.e;
      } else break;
    }
    // coordination: A, B and C; A, B, and C; A و B
    if (opened && v.isQuote(k)) {
      k++;
      if (out.length) out[out.length - 1] = { ...out[out.length - 1], e: k };
    }
    if (v.key(k) === ',' && v.key(k + 1) !== 'and' && !ar) {
      if (listed < 0) listed = out.length;
      k++;
      continue;
    }
    if (v.key(k) === ',' && (v.key(k + 1) === 'and' || (ar && v.mention(k + 1)))) k++;
    if (v.key(k) === 'and' || v.key(k) === 'و') {
      k++;
      listed = -1;
    } else if (v.isArabic(k) && v.key(k).startsWith('و') && (v.mention(k)?.s === k || actors.some((x) => x.s === k))) {
      /* و glued to the next name or phrase (ومجموعة X) */
    } else break;
  }
  if (listed >= 0) out.length = listed;
  return out;
}

/** The accused before a passive accusing verb (Russia was accused of …; 12 Russians were charged …). */
function targetsBefore(v: View, i: number, a: number, actors: readonly ActorNP[], demonymState: DemonymState): Target[] {
  let k = i;
  while (k >= a && (PASSIVE_AUX.has(v.key(k)) || adverbGap(v, k))) k--;
  // (a relative's antecedent: a unit known as Sandworm, which has been held responsible for …)
  if (k > a && v.is(k, 'attribution.relatives') && v.hitEnd(k, 'attribution.relatives') === k + 1) {
    k--;
    if (v.key(k) === ',' || v.key(k) === '،') k--;
  }
  // (a relative clause set off by commas before the verb is no subject: The suspect, who has not been named under Dutch
  // privacy rules, is accused …: the subject is before it)
  if (k > a && (v.key(k) === ',' || v.key(k) === '،')) {
    for (let o = k - 1; o > a && o >= k - 16 && !v.clauseEnd(o); o--) {
      if ((v.key(o) === ',' || v.key(o) === '،') && v.is(o + 1, 'attribution.relatives')) {
        k = o - 1;
        break;
      }
    }
  }
  const np = actors.find((x) => x.e === k + 1);
  if (np) return npTargets(np, v);
  const m = v.mentionEndingAt(k + 1);
  if (m && isDoer(m)) return [mentionTarget(m, null, v)];
  for (let s = k; s >= Math.max(a, k - 3) && !v.isPunct(s); s--) {
    const d = demonymState(s);
    if (d) return [{ actor: null, text: v.span(s, k + 1), sponsor: d.sponsor, s, e: k + 1 }];
  }
  return [];
}

/** A passive's agent after "by" at token `from`: the bodies named there, else the words up to the clause's end (South
 *  Korean officials, which the claimant's resolution reads as the state), or undefined. */
function agentAfter(v: View, from: number, b: number): { ids: string[]; text?: Span } | undefined {
  const named = mentionsAfter(v, from, b);
  if (named.length) return { ids: named.map((m) => m.id) };
  let e = from;
  while (e < b && e < from + 4 && v.isWord(e) && !v.clauseEnd(e)) e++;
  return e > from ? { ids: [], text: v.span(from, e) } : undefined;
}

/** Mentions right after `from`: the agent of a passive (by the FBI and CISA). */
function mentionsAfter(v: View, from: number, b: number): TokMention[] {
  const out: TokMention[] = [];
  let k = from;
  while (k < b && DETERMINERS.has(v.key(k))) k++;
  for (let n = 0; n < 4; n++) {
    const m = v.mention(k);
    if (!m || m.s !== k) break;
    out.push(m);
    k = m.e;
    if (v.key(k) === ',') k++;
    if (v.key(k) === 'and') k++;
    while (k < b && DETERMINERS.has(v.key(k))) k++;
  }
  return out;
}

/** What the resolver needs of the linked entities. */
export interface ResolveContext {
  /** entity type by id */
  typeOf: (id: string) => string | undefined;
  /** the knowledge base's kind of an organization (government, company …) */
  kindOf: (id: string) => string | undefined;
  /** the state an entity stands for or belongs to, as an entity id when the article names it (the Kremlin: Russia) */
  stateOf: (id: string) => string | null;
  /** the name of the state an entity belongs to by the knowledge base, or a place's own name, whether or not the article
   *  names that state (the Kremlin, Moscow, the GRU, APT28: Russia) */
  countryOf?: (id: string) => string | null;
  /** whether a span is a mention of the entity (the doer of a claim is the state itself, not hackers it backs) */
  isMentionOf?: (span: Span, id: string) => boolean;
  /** a knowledge-base entry as an entity of the record (added when the article names it only by a demonym) */
  ensure: (kb: KbEntry, at: Span, rule: string) => string;
}

export interface ResolvedClaim {
  actor: string | null;
  actorText?: Span;
  sponsor: string | null;
  claimant: string | null;
  claimText?: Span;
  stance: 'asserted' | 'denied';
  evidence: Span;
  rule: string;
  /** ClaimCandidate.operation */
  operation?: boolean;
}

/**
 * Claims as record items: sponsors as entities, one item per claimant, a denial's denied claim found (in its
 * words, else the last claim against the denier's state, else the denier acting itself), a group named for earlier
 * unnamed doers tied to their sponsor, and one item per distinct (actor, attributed_to, claimed_by, stance).
 */
/** The rules of a claim made by accusing or blaming (accused X of, blamed X for, اتهم X ب، تحميل X المسؤولية). */
const ACCUSING_RULE = /\/attribution\/accusation(?:-noun)?$/;

export function resolveClaims(cands: readonly ClaimCandidate[], ctx: ResolveContext): ResolvedClaim[] {
  const asserted: ResolvedClaim[] = [];
  const out: ResolvedClaim[] = [];
  /** sponsor|claimant of the unnamed doers asserted so far (and not named since), with their count */
  const unnamedBy = new Map<string, number>();
  const unnamedKey = (a: ResolvedClaim): string | null => (!a.actor && a.sponsor && a.claimant ? `${a.sponsor}|${a.claimant}` : null);
  /** a denial (by its index in out) and the claim it denies, whose actor a later naming may still give */
  const denies = new Map<number, ResolvedClaim>();
  const dropped = new Set<ResolvedClaim>();
  /** denials read from a state's blame in its own words: kept only where no other denial says the same */
  const selfBlamed = new Set<ResolvedClaim>();
  /** denials by a capital named as the denier, with the state they would deny for otherwise */
  const capital = new Map<number, string>();
  const sponsorId = (c: ClaimCandidate): string | null => (c.sponsor === null ? null : typeof c.sponsor === 'string' ? c.sponsor : ctx.ensure(c.sponsor.kb, c.sponsor.at, c.rule.replace(/attribution\/.*$/, 'entity/demonym')));
  const ordered = [...cands].sort((x, y) => x.evidence.start - y.evidence.start);
  for (let c of ordered) {
    if (c.naming) {
      // the group the story spoke of, now named. The unnamed doers of the naming's own sentence get the name (hackers …
      // in a group it calls X), and so do those of the namer's own earlier claims (Microsoft: an Iranian group …;
      // Microsoft: the hackers it calls X). Otherwise the naming is a claim of its own: the named group tied to the
      // sponsor of the last unnamed doers, by the naming sentence's claimant or theirs, and the other claimants' unnamed
      // doers keep their descriptive name (GOLD.md; ../shared/dev: the Russian hackers a newspaper reported stay
      // Russian hackers when a ministry later names the group)
      const home = ctx.stateOf(c.naming);
      const namer = c.claimants[0] ?? null;
      let last: ResolvedClaim | null = null;
      let renamed = false;
      for (const a of asserted) {
        if (a.actor || a.evidence.start > c.evidence.end || a.evidence.start < (c.namingFrom ?? 0)) continue;
        // (a state acting itself is no unnamed doer: أصابع الاتهام إلى هانوي, then the group it calls X)
        if (a.sponsor && a.actorText && ctx.isMentionOf?.(a.actorText, a.sponsor)) continue;
        if (home && a.sponsor && ctx.stateOf(a.sponsor) !== home) continue;
        // (an operation's phrase is no doers the name stands for: Tehran's words on American sabotage operations tie no
        // group Mandiant then names to the United States)
        if (a.operation) continue;
        if (a.evidence.start >= (c.namingSentence ?? 0) || (namer !== null && a.claimant === namer)) {
          const k = unnamedKey(a);
          if (k) unnamedBy.set(k, unnamedBy.get(k)! - 1);
          a.actor = c.naming;
          renamed = true;
        }
        last = a;
      }
      if (!renamed && last && (last.sponsor || home)) {
        const item: ResolvedClaim = { actor: c.naming, sponsor: last.sponsor ?? home, claimant: c.claimants[0] ?? last.claimant, stance: 'asserted', evidence: c.evidence, rule: c.rule };
        asserted.push(item);
        out.push(item);
      }
      continue;
    }
    if (c.stance === 'asserted') {
      let sponsor = sponsorId(c);
      // (unnamed doers tied to a named group, hackers believed to be part of Tortoiseshell: the group did it)
      let named = c.actor;
      if (!named && sponsor && ctx.typeOf(sponsor) === 'threat_actor') {
        named = sponsor;
        sponsor = null;
      }
      c = { ...c, actor: named };
      if (!c.actor && !sponsor && !c.unnamed) continue;
      if (c.actor && c.actor === sponsor) continue;
      const via = c.claimVia ? ctx.stateOf(c.claimVia) : c.claimKb ? ctx.ensure(c.claimKb.kb, c.claimKb.at, c.rule.replace(/attribution\/.*$/, 'entity/demonym')) : null;
      const claimants = c.claimants.length ? c.claimants : [via];
      for (const who of claimants) {
        // a named group said by its claimant to have done what it earlier ascribed to unnamed doers of the group's
        // own state (hackers from Russia tried …; Fancy Bear orchestrated the attacks): the group, of that state
        const home = c.actor && !sponsor && who && ctx.typeOf(c.actor) === 'threat_actor' ? ctx.stateOf(c.actor) : null;
        const inherited = home && (unnamedBy.get(`${home}|${who}`) ?? 0) > 0 ? home : null;
        // (a state blamed in its own words, "another attempt to blame Moscow" said by Russia's embassy: its denial, not
        // its claim)
        const accused = sponsor ?? c.actor;
        const accusedState = accused && ACCUSING_RULE.test(c.rule) && ctx.typeOf(accused) === 'location' ? ctx.stateOf(accused) : null;
        if (who && accusedState && ctx.stateOf(who) === accusedState) {
          const denial: ResolvedClaim = { actor: c.actor, ...(c.actorText ? { actorText: c.actorText } : {}), sponsor, claimant: who, stance: 'denied', evidence: c.evidence, rule: c.rule };
          selfBlamed.add(denial);
          out.push(denial);
          // (still the claim a denial after it may take as what it denies: اتهام دبلوماسيين روس بالتدخل "هراء")
          asserted.push({ ...denial, stance: 'asserted' });
          continue;
        }
        const item: ResolvedClaim = { actor: c.actor, ...(c.actorText ? { actorText: c.actorText } : {}), sponsor: sponsor ?? inherited, claimant: who, ...(!who && c.claimText ? { claimText: c.claimText } : {}), stance: 'asserted', evidence: c.evidence, rule: c.rule, ...(c.operation ? { operation: true } : {}) };
        asserted.push(item);
        out.push(item);
        const k = unnamedKey(item);
        if (k) unnamedBy.set(k, (unnamedBy.get(k) ?? 0) + 1);
      }
      continue;
    }
    // (a denier named by its state's nationality alone, السفارة الإيرانية: the state, made an entity)
    if (!c.claimants.length && c.claimKb) c = { ...c, claimants: [ctx.ensure(c.claimKb.kb, c.claimKb.at, c.rule.replace(/attribution\/.*$/, 'entity/demonym'))] };
    // a denial; by an unnamed speaker (a spokesman, officials of no named body) only when the denied words name what
    // is denied: the claim stays a denial, with its claimant unknown
    if (!c.claimants.length) {
      const sponsor = c.open ? null : sponsorId(c);
      if ((c.actor || sponsor) && c.actor !== sponsor) out.push({ actor: c.actor, sponsor, claimant: null, ...(c.claimText ? { claimText: c.claimText } : {}), stance: 'denied', evidence: c.evidence, rule: c.rule });
      continue;
    }
    if (c.unnamed) {
      for (const who of c.claimants) out.push({ actor: null, sponsor: null, claimant: who, stance: 'denied', evidence: c.evidence, rule: c.rule });
      continue;
    }
    for (const who of c.claimants) {
      const whoState = ctx.stateOf(who);
      const whoCountry = c.open ? (ctx.countryOf?.(who) ?? null) : null;
      let actor = c.actor;
      let sponsor = c.open ? null : sponsorId(c);
      // (the prior claim denied and a capital's state, kept for the denial only once it is pushed: a denial of a claim
      // with neither doer nor state is none, and must leave no entry to land on the next denial's place)
      let deniedPrior: ResolvedClaim | undefined;
      let capitalOf: string | undefined;
      if (c.open) {
        // the last claim before it against the denier's state (or the denier), else the last claim at all
        // for a denier that is no state (a company denying a report), else the denier acting itself
        // (the last asserted claim before the denial that passes a test: a walk back, no copies of the list)
        const lastBefore = (test: (a: ResolvedClaim) => unknown): ResolvedClaim | undefined => {
          for (let j = asserted.length - 1; j >= 0; j--) if (asserted[j].evidence.start < c.evidence.start && test(asserted[j])) return asserted[j];
          return undefined;
        };
        const own =
          lastBefore((a) => (a.sponsor && (a.sponsor === who || a.sponsor === whoState)) || (a.actor && a.actor === who)) ??
          lastBefore((a) => a.sponsor && whoState && ctx.stateOf(a.sponsor) === whoState) ??
          // (or of the denier's state by the knowledge base where the article names no such state: the Kremlin denies
          // what was said of Moscow's hackers, of the GRU, of APT28)
          (whoCountry ? lastBefore((a) => (a.sponsor && ctx.countryOf!(a.sponsor) === whoCountry) || (!a.sponsor && a.actor && ctx.typeOf(a.actor) === 'threat_actor' && ctx.countryOf!(a.actor) === whoCountry)) : undefined);
        const kind = ctx.typeOf(who);
        // a state, a city for its state or a government body denies what was claimed against its state (the named
        // actor included), or, with no such claim, its own role (Moscow denied interfering: Moscow); a company or a
        // person denies the last claim made (a report about it), and with none, nothing
        const stateDenier = kind === 'location' || (kind === 'organization' && ctx.kindOf(who) === 'government');
        const prior = own ?? (!stateDenier ? lastBefore(() => true) : undefined);
        if (prior) {
          // (the denier's own words that stated the claim, لافروف: اتهام … "ثرثرة", only denied it)
          if (prior.claimant === who && c.evidence.start - prior.evidence.end < 200) dropped.add(prior);
          actor = prior.actor;
          sponsor = stateDenier && own && own.sponsor !== who && own.sponsor !== whoState && whoState ? whoState : prior.sponsor;
          // (a state said to act itself, denied by its capital: the denier as the text names it, Moscow denied
          // interfering: Moscow)
          // (kept only while the claim stays without a named doer: a group named later makes it the group's)
          if (!prior.actor && stateDenier && kind === 'location' && prior.sponsor === whoState && prior.sponsor && (!prior.actorText || ctx.isMentionOf?.(prior.actorText, prior.sponsor))) {
            capitalOf = prior.sponsor;
            sponsor = who;
          }
          deniedPrior = prior;
        } else if (c.needsPrior || !stateDenier) continue;
        else {
          actor = null;
          sponsor = who;
        }
      }
      if (!actor && !sponsor) continue;
      if (deniedPrior) denies.set(out.length, deniedPrior);
      if (capitalOf) capital.set(out.length, capitalOf);
      out.push({ actor, sponsor, claimant: who, stance: 'denied', evidence: c.evidence, rule: c.rule });
    }
  }
  for (const [k, prior] of denies) {
    out[k].actor = prior.actor;
    if (prior.actor && capital.has(k)) out[k].sponsor = capital.get(k)!;
  }
  const keyOf = (a: ResolvedClaim) => `${a.actor}|${a.sponsor}|${a.claimant}|${a.stance}`;
  // (a state named as the doer, FBI blames North Korea, and unnamed doers of that state, North Korean hackers were
  // responsible, are two claims with one tuple of ids: both kept; an act the state's nationality qualifies, Iranian
  // interference, is the same claim as either)
  const kindOf = (a: ResolvedClaim): 'state' | 'doers' | 'act' =>
    a.actor || !a.sponsor || a.rule.endsWith('/state-act') ? 'act' : a.actorText && ctx.isMentionOf?.(a.actorText, a.sponsor) ? 'state' : 'doers';
  const seenKinds = new Map<string, Set<string>>();
  const saidOtherwise = new Set(out.filter((a) => !selfBlamed.has(a) && !dropped.has(a)).map(keyOf));
  // (the same unnamed doers' words read twice, by an act and by a link to whom they are tied, سرق قراصنة مرتبطون بكوريا
  // الشمالية: the reading with the sponsor, not one with none)
  const doersOf = (a: ResolvedClaim) => (a.actorText ? `${a.actorText.start}:${a.actorText.end}|${a.claimant}|${a.stance}` : '');
  const sponsored = new Set(out.filter((a) => !a.actor && a.sponsor && a.actorText && !dropped.has(a)).map(doersOf));
  return out
    .filter((a) => !dropped.has(a) && !(selfBlamed.has(a) && saidOtherwise.has(keyOf(a))) && !(!a.actor && !a.sponsor && a.actorText && sponsored.has(doersOf(a))))
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .filter((a) => {
      const k = keyOf(a);
      const kind = kindOf(a);
      const kinds = seenKinds.get(k);
      if (kinds && (kind === 'act' || kinds.has(kind) || kinds.has('act'))) return false;
      seenKinds.set(k, (kinds ?? new Set<string>()).add(kind));
      return true;
    });
}

/**
 * The dash that opens or closes an aside at token k, or '': an em or en dash, or a hyphen with a space before or after it
 * (a word's own hyphen, pro-Russian, has neither), alone or doubled (--), as typed where no dash is at hand.
 */
function asideDash(v: View, k: number): string {
  const key = v.key(k);
  if (key === '—' || key === '–') return key;
  if (key !== '-' || k <= 0 || k + 1 >= v.t.length) return '';
  if (v.key(k + 1) === '-' && v.gluedToPrevious(k + 1)) return v.spacedFromPrevious(k) || v.spacedFromPrevious(k + 2) ? '--' : '';
  if (v.key(k - 1) === '-' && v.gluedToPrevious(k)) return '';
  return v.spacedFromPrevious(k) && v.spacedFromPrevious(k + 1) ? '-' : '';
}
