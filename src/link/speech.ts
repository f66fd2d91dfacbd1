/**
 * Speech frames: who said what. A frame is a cue (a speech verb, a claim, accusation or denial verb used
 * as speech, a source phrase), its speaker (the subject, as entities: coordinated subjects give one each;
 * or the words of an unnamed one) and its content (quoted words, or the reported clause). Rules, one
 * concept each, named `lang/quote/<what>`:
 *  - direct-cue-before: cue, speaker, then quoted words (Pence said: "…"; وقالت جانيت: "…");
 *  - direct-cue-after: quoted words, then cue and speaker ("…," said X; "…," X said; «…» قال بنس);
 *  - indirect: speaker and cue, then the reported clause (X said that …; X accused Y of …; وقال X إن …);
 *  - trailing: the clause, then its speaker and cue (…, X said.);
 *  - source: according to X / بحسب X, with the clause before or after it;
 *  - continuation: a paragraph that goes on quoting with no cue of its own keeps the last speaker and cue.
 * The speaker is the entity named as the cue's subject: before an English verb (through auxiliaries,
 * adverbs and an appositive: Zhao Lijian, a spokesman, said), after an Arabic one (its title and office
 * cut: وقال وزير الخزانة ستيفن منوتشين), or before it in a headline or a clause (واشنطن تتهم); he/she, هو/هي
 * is the last person named, it/they the last body or state, "the company" the last organization; a verb with
 * no subject (وأضاف، مؤكدا) the previous speaker. Runs after entity linking, on the token table, the
 * lexicon's hits and the mentions (src/link/view.ts).
 */
import type { Span } from '../core/types.js';
import { firstAbove } from '../core/arrays.js';
import { PUNCT } from '../core/tokens.js';
import { DEFINITE_NISBA_AR, DEFINITE_NISBA_PLURAL_AR, DEFINITE_WORD_AR, FEMININE_PLURAL_AR, FEMININE_VERB_AR, IMPERFECT_ANY_AR, IMPERFECT_START_AR, INDEFINITE_NISBA_AR, PARTICIPLE_AR, PLURAL_OR_NISBA_END_AR, PLURAL_VERB_AR, PRONOUN_SUFFIXED_AR } from '../extractors/arabic-shapes.js';
import { foldForMatching } from '../core/clean.js';
import { BE_FORMS, INDEFINITE_EN, PREPS_EN, SUBJECT_PRONOUNS, STATE_PEOPLE, View, type TokMention } from './view.js';

export interface SpeechFrame {
  rule: string;
  /** the cue as written (a cleaned span; Arabic keeps its proclitic: وقال) */
  cue: Span;
  content: Span;
  kind: 'direct' | 'indirect';
  /** the speakers (entity ids); empty when unnamed or unknown */
  speakers: string[];
  /** the unnamed speaker as written (officials, مسؤول) */
  speakerText?: Span;
  /** the cue takes its object first (accused X of): its content begins with the accused */
  objectCue: boolean;
  /** the token range of the cue and of the content */
  cueTok: [number, number];
  contentTok: [number, number];
  /** no subject was found (وأضاف، مؤكدا): the previous speaker goes on */
  subjectless?: boolean;
  /** words whose claims are the speaker's, but no quote of theirs (the items of a list under "attributed … including:") */
  claimsOnly?: boolean;
  /** the outlet that relays an unnamed source's words (نقلت وكالة رويترز عن مسؤول أمريكي): the quote's speaker, the source
   *  staying the claimant */
  relayer?: string;
  /** an office no name gives, its state's (Pakistan's interior minister said): the quote's speaker_text, unnamed; the
   *  state, its speakers, claims what the words claim, as its officials do */
  roleText?: Span;
}

/**
 * A copy of a list of ids in an array of one elements kind whatever its length: an empty array literal is a list of
 * small integers to V8, a list of ids one of references, and each reader of both was compiled again when it met the
 * other (the speakers' .length in the link stage and the claims).
 */
function idList(ids: readonly string[]): string[] {
  const out: string[] = [''];
  out.length = 0;
  for (let i = 0; i < ids.length; i++) out.push(ids[i]);
  return out;
}

/** A subject search's result with its ids in an array of one elements kind (idList). */
function withIdList<T extends { ids: string[] }>(found: T | null): T | null {
  if (found) found.ids = idList(found.ids);
  return found;
}

/**
 * A frame with every field in one order, the optional ones undefined when absent: frames are made in twenty places
 * with their optional fields spread in or not, and the functions that read them (the link stage, the claims) met a
 * dozen shapes, each a new compilation of theirs.
 */
function shaped(f: SpeechFrame): SpeechFrame {
  return { rule: f.rule, cue: f.cue, content: f.content, kind: f.kind, speakers: idList(f.speakers), speakerText: f.speakerText, objectCue: f.objectCue, cueTok: f.cueTok, contentTok: f.contentTok, subjectless: f.subjectless, claimsOnly: f.claimsOnly, relayer: f.relayer, roleText: f.roleText };
}

/** How many of a sentence's frames so far a cue looks back over for the frame reporting it: no sentence of news has
 *  more, and a line with no full stop and a cue every few words stays linear. */
const FRAME_WINDOW = 64;
/** The most tokens reported content runs to (contentEnd). */
const MAX_CONTENT = 400;
/** Words in -ing that open no participle phrase: prepositions (including, according, during) and nouns (thing, king). */
const NOT_PARTICIPLE = /^(?:including|according|excluding|regarding|concerning|during|bring|string|thing|king|spring)$/;
const NOUN_BEFORE = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|new|latest)$/;
const OPENERS = new Set(['"', '“', '«', '„', '‘']);
const BULLETS = new Set(['*', '-', '•', '+', '–']);
const CLOSER_OF: Record<string, string[]> = { '"': ['"'], '“': ['”', '"'], '«': ['»'], '„': ['“', '”'], '‘': ['’'] };

/** What a denial's one word may be and still say something: a claim's, an act's or the denier's own part's word (denied
 *  the accusations, denied interfering, denied wrongdoing). */
const DENIED_ONE_WORD = ['attribution.acts', 'attribution.allegations', 'attribution.accusations', 'speech-verbs.denied_objects'];
const CUES = ['speech-verbs.verbs', 'speech-verbs.claim_cues', 'speech-verbs.quote_cues', 'speech-verbs.participles', 'speech-verbs.speech_nouns', 'speech-verbs.that_verbs', 'speech-verbs.ruling_verbs'];
const SOURCES = 'speech-verbs.sources';
/** the words a cue of either kind starts at: the rule runs there only */
const CUE_TRIGGERS = [...CUES, SOURCES, `${SOURCES}.glued`];

export function speechFrames(v: View, dateTokens: ReadonlySet<number>): SpeechFrame[] {
  const ar = v.lang === 'ar';
  const out: SpeechFrame[] = [];
  spokenSoFar = out;
  let previous: { speakers: string[]; speakerText?: Span; cue: Span; cueTok: [number, number] } | null = null;
  /** the tokens of quoted words already taken by a frame */
  const takenTok = new Uint8Array(v.t.length);
  const taken = { push: ([s, e]: [number, number]) => takenTok.fill(1, s, e) };
  const inTaken = (i: number) => takenTok[i] === 1;

  /** a list announced by a cue and a colon (X accused the US of:): its items are quotes of that cue */
  let list: { speakers: string[]; speakerText?: Span; cue: Span; cueTok: [number, number]; kind: 'indirect'; claimsOnly?: boolean } | null = null;
  for (const [a, b] of v.sentences()) {
    // the cues of the sentence, in order
    const cues: { s: number; e: number; source: boolean }[] = [];
    for (let i = v.nextStart(CUE_TRIGGERS, a); i < b; i = v.nextStart(CUE_TRIGGERS, i + 1)) {
      // a name is no cue (a company called Said); in Arabic, a person's later word (كريستوفر راي: راي as رأى)
      if (v.mentionAt[i] >= 0 && (!v.isArabic(i) || (v.mention(i)!.type === 'person' && v.mention(i)!.s < i))) continue;
      let e = -1;
      for (const c of CUES) e = Math.max(e, v.hitEnd(i, c));
      let se = v.hitEnd(i, SOURCES);
      // (an Arabic source phrase ending in ل is glued to its source: وفقا لرويترز)
      if (se <= i && ar) {
        const ge = v.hitEnd(i, `${SOURCES}.glued`);
        if (ge > i && /^[لب]/.test(v.key(ge))) se = ge;
      }
      // (a noun of saying: a cue only with its agent and "that" after it, the announcement that …; إعلان شركة X أن)
      const speechNoun = e > i && v.is(i, 'speech-verbs.speech_nouns') && !CUES.some((c) => c !== 'speech-verbs.speech_nouns' && v.hitEnd(i, c) > i);
      // (a verb that reports words only with a that-clause: posted on Telegram that …, ونشرت السفارة على تليغرام أن)
      const thatVerb = e > i && se <= e && v.is(i, 'speech-verbs.that_verbs') && !CUES.some((c) => c !== 'speech-verbs.that_verbs' && v.hitEnd(i, c) > i);
      // (a court's verb of deciding is one only with a word of a court or a judge near it: The court ruled …, قضت المحكمة
      // بأن …; not the party that ruled Japan, nor ruled out talks)
      if (e > i && v.is(i, 'speech-verbs.ruling_verbs') && !CUES.some((c) => c !== 'speech-verbs.ruling_verbs' && v.hitEnd(i, c) > i) && !courtNear(v, i, a, b)) e = -1;
      // (an English word after a determiner is a noun, no verb: the report, a claim, its findings)
      // (but "that" after a document is its relative pronoun: a report that said)
      if (e > i && !ar && !speechNoun && NOUN_BEFORE.test(v.key(i - 1)) && se <= e && !(RELATIVE_THAT.has(v.key(i - 1)) && v.is(i - 2, 'speech-verbs.documents'))) e = -1;
      // (nor one an auxiliary, a form of be or a verb of saying follows: it is the subject's noun, member states have said,
      // the reports are)
      if (e === i + 1 && !ar && se <= e && cueWordAsNoun(v, i)) e = -1;
      // (an Arabic cue's word right after a preposition is a noun, no verb: على وجه الخصوص, in particular)
      // (a denial's verbal noun after one is still a cue: دأبت على نفي أي تورط)
      if (e > i && ar && se <= e && !speechNoun && !v.isAny(i, ['attribution.denials', 'attribution.denial_nouns']) && i - 1 >= a && v.is(i - 1, 'speech-verbs.place_preps') && v.hitEnd(i - 1, 'speech-verbs.place_preps') === i && v.hitPre(i - 1, 'speech-verbs.place_preps') === 0 && cuePre(v, i) === 0) e = -1;
      // (a negated verb says nothing: would not say whether, has not commented on, ولم يقل)
      if (e > i && se <= e && negatedAt(v, i, a)) e = -1;
      // (a verb takes no preposition glued to it: بحث is research, not حث; لقال, بقول are no report)
      if (e > i && ar && !speechNoun && se <= e && /[بكل]/.test(v.text.slice(v.t.start[i], v.t.start[i] + cuePre(v, i)))) e = -1;
      // (a perfect with an object pronoun glued to it is a verb where a clause opens, ووصفه بأنه، "…"، اتهمها; elsewhere it is
      // as likely a verbal noun with a possessive, جدد رفضه للتحقيق, his rejection)
      if (e > i && ar && v.is(i, 'speech-verbs.object_cues.enclitic') && !encliticVerbAt(v, i, a)) e = -1;
      // (an Arabic verb in the masculine imperfect right after a feminine relative pronoun, إن/أن right after it, is the
      // impersonal passive: المجموعة، التي يعتقد أنها تنشط من المغرب، قالت: it is believed, no one says)
      if (e > i && ar && se <= e && v.is(i - 1, 'speech-verbs.feminine_relatives') && v.key(i).startsWith('ي') && v.is(e, 'speech-verbs.complementizers')) e = -1;
      // (and so is a verb of believing right after an indefinite noun it describes, no conjunction on it: قائمة تضم 50 ألف
      // رقم هاتف يعتقد أن عملاء الشركة اختاروها: they are believed to have chosen them, no one says; not after a noun for an
      // unnamed speaker: speech-verbs.impersonal_verbs)
      if (e > i && ar && se <= e && v.is(i, 'speech-verbs.impersonal_verbs') && v.is(e, 'speech-verbs.complementizers') && indefiniteNounBefore(v, i, a, [])) e = -1;
      // (and a verb right after an indefinite noun it describes, no و on it, with إلى after it and no clause: رسائل نصية
      // دعت إلى الانتقام, messages that called for revenge: the noun's call, no one's words; not after a noun for a speaker,
      // nor a particle, كما أشار إلى)
      if (e > i && ar && se <= e && cuePre(v, i) === 0 && v.is(e, 'speech-verbs.pointing_preps') && !v.is(e + 1, 'speech-verbs.complementizers') && indefiniteNounBefore(v, i, a, CALLER_NOUNS_AR) && !v.demonymAt(i - 1) && v.key(i - 1).length > 3) e = -1;
      // (and so is one that opens its clause with و, أن right after it, no subject between: ويعتقد أن ماتفييف يعيش
      // هناك, it is believed, not the last subject's belief; with بأن it is someone's belief, ويعتقد بأنه تزوجني)
      if (e > i && ar && se <= e && v.is(i, 'speech-verbs.impersonal_verbs') && complementizerAt(v, e) && !v.key(e).startsWith('ب') && e === v.hitEnd(i, 'speech-verbs.impersonal_verbs') && cuePre(v, i) > 0 && v.text[v.t.start[i]] === 'و') e = -1;
      // (nor one inside an earlier verb's speaker phrase, before its إن/that: وقال رئيس الاتحاد X عند إعلان آخر تقرير إن …;
      // وقال في مقابلة نشرت على موقع "…" إن)
      if ((speechNoun || thatVerb) && e > i) {
        // (not past a comma: a relative clause closed before it, X, which researchers say is linked to Y, posted … that)
        for (let p = i - 1; p >= Math.max(a, i - 10) && !v.is(p, 'speech-verbs.complementizers') && v.key(p) !== ',' && v.key(p) !== '،'; p--) {
          if (v.isAny(p, ['speech-verbs.verbs', 'speech-verbs.claim_cues'])) {
            e = -1;
            break;
          }
        }
      }
      // (the that-clause within ten words of it, no other cue or clause's end between)
      if (thatVerb && e > i && thatClauseAt(v, e, b, 10, true) < 0) e = -1;
      if (speechNoun && e > i) {
        const k = thatClauseAt(v, e, b, 6, false);
        if (k < 0 || (ar && k === e)) e = -1;
      }
      if (se > e) cues.push({ s: i, e: se, source: true });
      else if (e > i) cues.push({ s: i, e, source: false });
      if (Math.max(e, se) > i) i = Math.max(e, se) - 1;
    }
    // a list item: a bullet at the line's start, with no cue of its own, after a cue that announced a list
    const bullet = v.lineBefore(a) && BULLETS.has(v.key(a));
    if (list && !(bullet && v.lineBefore(a))) list = null;
    // (an item that cites a source or goes on with a participle, citing a report, highlighting reports, is the list's
    // speaker's still, up to that cue, whose frame follows; an item whose speech verb has a subject of its own, Zhao said,
    // is not the list's)
    // (a verb opening the item continues the announcing cue, accused the US of: * maintaining …: no cue of its own)
    if (list && bullet && cues.length && !cues[0].source && cues[0].s === a + 1) cues.shift();
    if (list && bullet && b - a > 2 && cues.every((c) => (c.source || v.is(c.s, 'speech-verbs.participles') || !v.mentionEndingAt(c.s)) && c.s > a + 2)) {
      const e = contentEnd(v, a + 1, cues.length ? cues[0].s : b);
      if (e - (a + 1) >= 2) out.push(shaped({ rule: `${v.lang}/quote/list-item`, cue: list.cue, cueTok: list.cueTok, content: v.span(a + 1, e), contentTok: [a + 1, e], kind: 'indirect', speakers: list.speakers, ...(list.speakerText ? { speakerText: list.speakerText } : {}), objectCue: true, ...(list.claimsOnly ? { claimsOnly: true } : {}) }));
      if (!cues.length) continue;
    }
    // a headline or a line that opens with its speaker and a colon (لافروف: …؛ Huntley: …), with no cue before it
    const colonFrame = lineSpeaker(v, a, b, cues);
    if (colonFrame) {
      out.push(shaped(colonFrame));
      previous = { speakers: colonFrame.speakers, cue: colonFrame.cue, cueTok: colonFrame.cueTok };
    }
    const sentenceFrames: SpeechFrame[] = [];
    // the sentence's quoted stretches: a cue inside one is part of the quoted words ("According to …," they said)
    const quoted: [number, number][] = [];
    for (let i = a; i < b; i++) {
      if (v.t.kind[i] !== PUNCT || !OPENERS.has(v.key(i)) || (v.key(i) === '"' && ((quoted.length && quoted[quoted.length - 1][1] === i) || closingShaped(v, i)))) continue;
      const close = closingQuote(v, i);
      if (close > i) {
        quoted.push([i, close]);
        i = close;
      }
    }
    // (the stretches are in order and apart: the last one opened before i holds it or none does; a binary search, so a
    // long sentence of many quotes and cues stays linear)
    const insideQuote = (i: number) => {
      const k = firstAbove(quoted, i - 1, (q) => q[0]) - 1;
      return k >= 0 && i < quoted[k][1];
    };
    // (the next cue that may speak after each: not a participle after a noun, a company tied to X, which reports nothing;
    // found in one walk from the end, so a line of such participles stays linear)
    const speaksNext = new Int32Array(cues.length + 1);
    speaksNext[cues.length] = cues.length;
    // (nor an English cue's word after an article or a quantifier, a noun: denied any link to Russia and said …)
    for (let ci = cues.length - 1; ci >= 0; ci--) speaksNext[ci] = nounParticiple(v, cues[ci], a) || cueNounAt(v, cues[ci].s, a) ? speaksNext[ci + 1] : ci;
    for (let ci = 0; ci < cues.length; ci++) {
      const cue = cues[ci];
      if (inTaken(cue.s) || insideQuote(cue.s)) continue;
      // a cue that announces a list (accused the US of:) at the paragraph's end
      // (or, for a cue whose object comes first, the object and its preposition before the colon: accused the US of:)
      // (or any cue, when bullets follow: The two agencies also attributed five campaigns to foreign governments, including:)
      const bulletsNext = b < v.t.length && v.lineBefore(b) && BULLETS.has(v.key(b));
      const attributing = bulletsNext && b - 1 - cue.e > 6 && b - 1 - cue.e <= 20 && v.is(cue.s, 'attribution.attribute_verbs');
      const listColon = v.key(b - 1) === ':' && ci === cues.length - 1 && !v.clauseEnd(cue.e) && ((b - 1 - cue.e <= 6 && v.is(cue.s, 'speech-verbs.object_cues')) || attributing);
      if (v.key(cue.e) === ':' || (v.key(cue.e + 1) === ':' && cue.e + 2 >= b) || listColon) {
        const colon = v.key(cue.e) === ':' ? cue.e : v.key(cue.e + 1) === ':' ? cue.e + 1 : b - 1;
        if (colon + 1 >= b) {
          let subj = ar ? null : subjectsBefore(v, cue.s, a, dateTokens);
          // (a generic subject, the two agencies, stands for the body it refers to)
          const back = !ar && (!subj || !subj.ids.length) ? pronounSpeaker(v, cue.s - 1, cue.s) : null;
          if (back) subj = { ids: [back], at: cue.s - 1 };
          // (the items under one for several bodies, the two agencies attributed … including:, are the claims of all of
          // them, as each coordinated claimant makes its own claim)
          if (back && nominalStart(v, cue.s, 0, 'speech-verbs.joint_nominal') >= 0) subj = { ids: jointSpeakers(v, cue.s) ?? [back], at: cue.s - 1 };
          // (items under a verb of attributing, attributed … including:, are the speaker's claims, no quotes of theirs;
          // under a verb of accusing or speaking, accused the US of:, they are its words)
          const claimsOnly = v.is(cue.s, 'attribution.attribute_verbs');
          if (subj && (subj.ids.length || subj.text)) list = { speakers: subj.ids, ...(subj.text ? { speakerText: subj.text } : {}), cue: cueSpanOf(v, cue.s, cue.e), cueTok: [cue.s, cue.e], kind: 'indirect', ...(claimsOnly ? { claimsOnly } : {}) };
          // (a long announcing sentence says something of its own too: attributed five campaigns to foreign governments)
          if (!attributing) continue;
        }
      }
      const nextCue = cues[speaksNext[ci + 1]]?.s ?? b;
      const objectCue = v.is(cue.s, 'speech-verbs.object_cues');
      const cueSpan = cueSpanOf(v, cue.s, cue.e);
      // (a relative clause denying what the sentence said before it, وهو ما نفته روسيا، which Moscow denied: the denier's
      // quote of what it denies, not of the words after it)
      let earlierFrame = sentenceFrames.at(-1) ?? null;
      // (not a frame nested in an earlier one's words when this cue comes after those words: أن أجهزة الاستخبارات ربطت …،
      // مضيفة: "…": the outer frame's speaker goes on)
      for (let k = Math.max(0, sentenceFrames.length - FRAME_WINDOW); k < sentenceFrames.length - 1 && earlierFrame; k++) {
        const f = sentenceFrames[k];
        if (f.contentTok[0] <= earlierFrame.cueTok[0] && earlierFrame.cueTok[0] < f.contentTok[1] && cue.s >= f.contentTok[1]) {
          earlierFrame = f;
          break;
        }
      }
      let frame: SpeechFrame | null = cue.source
        ? sourceFrame(v, cue, a, b, cueSpan)
        : (relativeDenialFrame(v, cue, a, cueSpan, objectCue, earlierFrame) ??
          (ar ? arabicFrame(v, cue, a, b, nextCue, cueSpan, objectCue, dateTokens, earlierFrame) : englishFrame(v, cue, a, b, nextCue, cueSpan, objectCue, dateTokens, earlierFrame)));
      if (!frame) continue;
      // (nor a rejection of a thing an indefinite noun names, no claim word: رفضت ملفات ترشح ثلاثة مرشحين, rejected
      // applications from three candidates)
      // (Arabic: with its subject found, or left unsaid after أن, بعد أن رفضت ملفات …; else the words after the verb may be an
      // indefinite subject, ورفضت أحزاب معارضة النتائج)
      if (frame.objectCue && frame.kind === 'indirect' && (!ar || frame.speakers.length > 0 || !!frame.speakerText || complementizerAt(v, cue.s - 1)) && rejectedThing(v, cue.s, frame.contentTok[0], frame.contentTok[1])) continue;
      // (nor a verb of finding with what was found as its object, no name, actor, claim or "as" after it: identified more
      // than 1,000 fake accounts; identified APT31 as …, identified a group that … stay)
      if (frame.objectCue && frame.kind === 'indirect' && foundThing(v, cue.s, frame.contentTok[0], frame.contentTok[1])) continue;
      // (nor, in English, a verb of reporting whose object is only a hostile act's noun and its determiner, first reported the
      // hack: the event reported, no words)
      // (a date after it and its preposition are no words either: first disclosed the campaign in May 2023)
      if (!ar && frame.kind === 'indirect' && v.is(cue.s, 'speech-verbs.event_report_verbs') && DETERMINERS.has(v.key(frame.contentTok[0])) && eventOnly(v, frame.contentTok[0] + 1, frame.contentTok[1])) continue;
      // (nor an object that is what the speaker called something, ما and a verb of calling: أدان الاتحاد ما وصفه بأنه "…":
      // the words are that verb's, its own frame, as English's condemned what it called "…")
      if (ar && frame.objectCue && v.key(frame.contentTok[0]) === 'ما' && v.isAny(frame.contentTok[0] + 1, ['speech-verbs.quote_cues', 'speech-verbs.object_cues'])) continue;
      frame = shaped(frame);
      // (an object's words end where a comma, "and" or و and a clause of its own begin: denied any involvement, and the
      // Taiwan Affairs Office did not respond; نفى أي تورط، ولم يرد مكتب …: the other clause is no part of what is denied)
      if (frame.objectCue && frame.kind === 'indirect') {
        const end = objectClauseEnd(v, frame.contentTok[0], frame.contentTok[1]);
        if (end < frame.contentTok[1]) {
          frame.contentTok = [frame.contentTok[0], end];
          frame.content = v.span(frame.contentTok[0], end);
        }
      }
      // (Arabic: a verb right after a relative pronoun set off by a comma after a name, with no subject named after it,
      // is the name's: نسبته تقارير إلى إيران، التي نفت أي علاقة لها به: Iran denies)
      // (not one whose subject follows it, named or not: الوزارة، التي يقول محللون إنها …)
      // (a body's noun, an unnamed source or an office after it is one too: والذي قالت الوزارة إنه يقف وراء …, the ministry)
      const subjectAfter = (frame.speakerText && frame.speakerText.start >= v.t.end[cue.s]) || v.mention(cue.e) || v.isAny(cue.e, ['speech-verbs.nominal', 'speech-verbs.unnamed', 'titles.titles', 'titles.role_heads', 'titles.spokesman_roles']);
      // (or right after the name, no comma between, as a relative on a definite name is: بطلب من الولايات المتحدة التي
      // تتهمه بـ…; and past a name's closing quotation mark: شريكها "ليمينال"، التي أكدت أن …)
      const relativeAt = !ar || cue.s - 2 < a || subjectAfter ? -1 : commaRelativeAt(v, cue.s - 1) ? cue.s - 2 : v.is(cue.s - 1, 'speech-verbs.relatives') ? cue.s - 1 : -1;
      if (relativeAt >= a) {
        const antecedent = v.mentionEndingAt(relativeAt) ?? (v.isQuote(relativeAt - 1) && relativeAt - 1 > a ? v.mentionEndingAt(relativeAt - 1) : null);
        if (antecedent && antecedent.s >= a && (antecedent.type === 'location' || antecedent.type === 'organization' || antecedent.type === 'person')) {
          frame.speakers = idList([antecedent.id]);
          frame.speakerText = undefined;
        }
      }
      // (a speech verb inside the words an earlier frame of the sentence reports, with the same speaker, is that
      // speaker's reported speech going on: said that they found that …: one quote, the outer)
      let outer: SpeechFrame | undefined;
      for (let k = Math.max(0, sentenceFrames.length - FRAME_WINDOW); k < sentenceFrames.length && !outer; k++) {
        const f = sentenceFrames[k];
        if (f.contentTok[0] <= cue.s && cue.s < f.contentTok[1]) outer = f;
      }
      // (a claim or accusation inside, linked X to, accused X of, is a quote of its own)
      // (the same unnamed speaker too, the one phrase: Researchers said the group, which …, had claimed …)
      const sameUnnamed = !ar && !!outer && !outer.speakers.length && !frame.speakers.length && !!outer.speakerText && !!frame.speakerText && outer.speakerText.start === frame.speakerText.start && outer.speakerText.end === frame.speakerText.end;
      // (nor the same words the sentence's last frame reports: …, a senior official said, adding that …, where the verb
      // read its words past the participle: one quote)
      if (!ar && earlierFrame && participleCueAt(v, cue.s) && earlierFrame.contentTok[0] === frame.contentTok[0] && earlierFrame.contentTok[1] === frame.contentTok[1]) continue;
      // (an object cue's quoted words inside the outer words are a fragment of them, not a quote of their own: said it had
      // identified "with a high degree of certainty" that …)
      const fragment = !!outer && objectCue && frame.kind === 'direct' && frame.contentTok[0] >= outer.contentTok[0] && frame.contentTok[1] <= outer.contentTok[1];
      if (outer && (!objectCue || fragment) && ((outer.speakers.length && frame.speakers.length && frame.speakers.every((id) => outer.speakers.includes(id))) || sameUnnamed)) continue;
      // (a leader's administration, government or regime speaking: the leader's state, إدارة ترامب، the Biden administration)
      if (frame.speakers.length === 1 || (!frame.speakers.length && frame.speakerText)) {
        const state = leaderBodyState(v, frame);
        if (state) frame.speakers = idList([state]);
      }
      // (English: a state's officials, UK officials say, are no named speaker of a quote (GOLD.md: a role with no name is
      // skipped), as British officials are not; the claims still make the state the claimant)
      if (!ar && frame.speakers.length === 1) {
        const officials = stateOfficialsAt(v, frame);
        if (officials) {
          frame.speakers = idList([]);
          frame.speakerText = officials;
        }
      }
      // (an unnamed speaker that is a state's government or officials: the state)
      if (!frame.speakers.length && frame.speakerText) {
        const state = v.stateNamedBy(frame.speakerText, 'speech-verbs.state_speakers');
        if (state) {
          frame.speakers = idList([state]);
          // (set, not deleted: a frame with a property deleted from its middle becomes a dictionary, and every
          // function reading frames was compiled again for it)
          frame.speakerText = undefined;
        }
      }
      // (a denial's or an accusation's words less the statement they were given in, before or after them: denied any
      // involvement in a statement on Monday; نفت في بيان يوم الاثنين أي علاقة لها)
      if (frame.objectCue && frame.kind === 'indirect') trimStatement(v, frame);
      sentenceFrames.push(frame);
      // no subject: the previous speaker goes on (وأضاف، مؤكدا أن)
      // (not a verb right after an Arabic relative pronoun: its subject is the antecedent, or, unvocalised, it is
      // passive: الاعتداء الذي اتهمت روسيا بتدبيره)
      // (nor a verb whose gender is not the previous verb's: وقالت إبراهيمي … وقال إن has another subject)
      if (frame.subjectless && !frame.speakers.length && !frame.speakerText && previous && !(ar && (v.is(frame.cueTok[0] - 1, 'speech-verbs.relatives') || genderClash(v, previous.cueTok[0], frame.cueTok[0])))) {
        frame.speakers = previous.speakers;
        frame.speakerText = previous.speakerText;
      } else if (frame.subjectless && !frame.speakers.length && !frame.speakerText && ar) {
        // (with no speaker before, an office alone right after the verb, وقال النائب إن، ونفى الوزير الاتهامات: that office
        // and its nisba adjectives, unnamed)
        const te = titlePhrase(v, frame.cueTok[1], frame.contentTok[0])?.e ?? -1;
        // (or the one told after it, a verb of telling's object, then إن/أن: وأبلغ الوزير البرلمان أن، أبلغ قائد الشرطة رويترز بأن)
        if (te > frame.cueTok[1] && ((complementizerAt(v, te) && !frame.objectCue) || te === frame.contentTok[0] || toldEnd(v, frame.cueTok[0], te) > te)) frame.speakerText = v.span(frame.cueTok[1], te);
        // (else the subject after the verb opening the sentence before, a body or a group of the verb's gender, said since
        // the last speaker spoke: وتبنت الاستخبارات العسكرية الأوكرانية عدة عمليات. وفي إحداها، قالت إن …)
        else if (a > 0 && (!previous || previous.cueTok[0] < a)) {
          let pa = a - 1;
          while (pa > 0 && v.t.sentence[pa - 1] === v.t.sentence[a - 1]) pa--;
          const subj = !previous || previous.cueTok[0] < pa ? openingVerbSubject(v, pa, a - 1, ['organization', 'threat_actor']) : null;
          if (subj && !bodyGenderClash(v, subj, frame.cueTok[0])) frame.speakers = idList([subj.id]);
        }
      }
      frame.subjectless = undefined;
      // (a definite office alone as the subject, وأضاف المسؤول الفيدرالي، وقالت المتحدثة, right after a person named spoke:
      // that person, unless the article gave the person another office)
      if (ar && !frame.speakers.length && frame.speakerText) {
        const who = officeReferent(v, frame.speakerText, frame.cueTok[0]) ?? bodyLessNisba(v, frame.speakerText, frame.cueTok[0]);
        if (who) {
          frame.speakers = idList([who]);
          frame.speakerText = undefined;
        }
      }
      // (a quote its paragraph's first sentence left to the last speaker, "…," tweeted the command's account, has its
      // own cue after it: the continuation gives way to it)
      if (frame.kind === 'direct') {
        for (let k = out.length - 1; k >= 0 && k >= out.length - FRAME_WINDOW && out[k].contentTok[1] > frame.contentTok[0] - MAX_CONTENT; k--) {
          const o = out[k];
          if (o.rule.endsWith('/quote/continuation') && o.contentTok[0] < frame.contentTok[1] && frame.contentTok[0] < o.contentTok[1]) out.splice(k, 1);
        }
      }
      out.push(frame);
      if (frame.kind === 'direct') taken.push(frame.contentTok);
      if (frame.speakers.length || frame.speakerText) previous = { speakers: frame.speakers, speakerText: frame.speakerText, cue: frame.cue, cueTok: frame.cueTok };
    }
    // a direct quote with no cue in its sentence: the cue after it in the next words, or the paragraph goes on
    // quoting the last speaker (continuation)
    // (not the signature line of a quoted post, > — Name (@handle) date: it names who wrote, it says nothing)
    if (!cues.length && previous && v.lineBefore(a) && v.key(a) === '>' && b - a > 2 && !/^[—–-]$/.test(v.key(a + 1))) {
      // a Markdown blockquote: direct words of the last speaker
      const e = contentEnd(v, a + 1, b);
      out.push(shaped({ rule: `${v.lang}/quote/continuation`, cue: previous.cue, cueTok: previous.cueTok, content: v.span(a + 1, e), contentTok: [a + 1, e], kind: 'direct', speakers: previous.speakers, ...(previous.speakerText ? { speakerText: previous.speakerText } : {}), objectCue: false }));
    } else if ((!cues.length || (!cues.some((c) => !insideQuote(c.s)) && quotedSentence(v, a, b))) && previous && OPENERS.has(v.key(a)) && !inTaken(a + 1) && (v.lineBefore(a) || sameParagraph(v, previous.cueTok[1], a))) {
      // (at a paragraph's start, or later in the paragraph the last speaker spoke in: "…," she said. "…"; a speech verb
      // inside quoted words that make the whole sentence is theirs, no cue of the sentence: "We confirm that …")
      const close = closingQuote(v, a);
      if (close > a + 1) {
        out.push(
          shaped({
            rule: `${v.lang}/quote/continuation`,
            cue: previous.cue,
            cueTok: previous.cueTok,
            content: v.span(a + 1, close),
            contentTok: [a + 1, close],
            kind: 'direct',
            speakers: previous.speakers,
            ...(previous.speakerText ? { speakerText: previous.speakerText } : {}),
            objectCue: false,
          }),
        );
        taken.push([a + 1, close]);
      }
    }
  }
  // a quote attributed only by a trailing dash at the line's end ("…" - Jane Doe): cue "-", GOLD.md's way
  for (let d = 1; d + 1 < v.t.length; d++) {
    if (v.t.kind[d] !== PUNCT || !DASHES.has(v.key(d))) continue;
    const m = v.mention(d + 1);
    if (!m || m.s !== d + 1 || (m.type !== 'person' && m.type !== 'organization')) continue;
    let end = m.e;
    while (end < v.t.length && !v.lineBefore(end) && v.isPunct(end)) end++;
    if (end < v.t.length && !v.lineBefore(end)) continue;
    let close = d - 1;
    if (v.key(close) === '.' || v.key(close) === ',') close--;
    if (close < 1 || !v.isQuote(close) || OPENERS.has(v.key(close)) && v.key(close) !== '"') continue;
    const open = openingQuote(v, close);
    if (open < 0 || close - open < 3 || inTaken(open + 1)) continue;
    out.push(shaped({ rule: `${v.lang}/quote/dash`, cue: v.span(d, d + 1), cueTok: [d, d + 1], content: v.span(open + 1, close), contentTok: [open + 1, close], kind: 'direct', speakers: [m.id], objectCue: false }));
    taken.push([open + 1, close]);
  }
  return out;
}
/**
 * The grammatical gender an Arabic verb of saying at token i shows for its singular subject: feminine for a perfect
 * ending in ت or a participle in ة (قالت، أضافت، مضيفة), masculine for any other perfect or participle (قال، نفى، مضيفا);
 * null for a plural or an imperfect.
 */
function arabicGender(v: View, i: number): 'f' | 'm' | null {
  let w = v.key(i).slice(cuePre(v, i));
  // (a verb with its object pronoun glued to it shows its gender before the pronoun: ووصفتها، اتهمه)
  if (v.is(i, 'speech-verbs.object_cues.enclitic')) w = w.replace(OBJECT_PRONOUN_END_AR, '');
  if (w.length < 3 || PLURAL_VERB_AR.test(w)) return null;
  if (FEMININE_VERB_AR.test(w)) return 'f';
  // (an imperfect, تقول، يقول, is left out: تابع is a perfect too)
  return IMPERFECT_START_AR.test(w) ? null : 'm';
}

/** An object pronoun glued to an Arabic verb's end (ها، ه، هم، هما، هن). */
const OBJECT_PRONOUN_END_AR = /(?:هما|هم|هن|ها|ه)$/;

/** The grammatical gender of an Arabic noun as written, its proclitics aside: feminine in ة (وزارة، الشركة), else
 *  masculine (الصندوق، مجلس); null for a word that is no Arabic noun by its shape: neither definite nor a body's head
 *  word (a foreign name in Arabic letters, مايكروسوفت, shows none). */
function nounGender(word: string, head: boolean): 'f' | 'm' | null {
  if (!word.startsWith('ال') && !head) return null;
  // (a plural in ات agrees with a feminine verb, as things' plurals do: الاستخبارات قالت)
  return word.endsWith('ة') || word.endsWith('ات') ? 'f' : 'm';
}

/** Whether an Arabic body's name (its first word's nounGender) and a verb of saying at token i show different genders;
 *  a person or a place shows none. */
function bodyGenderClash(v: View, m: TokMention, i: number): boolean {
  if (m.type !== 'organization' || !v.isArabic(m.s)) return false;
  const verb = arabicGender(v, i);
  const noun = verb ? nounGender(v.text.slice(m.span.start, v.t.end[m.s]), v.is(m.s, 'organizations.heads')) : null;
  return !!noun && noun !== verb;
}

/** Whether an Arabic definite noun at token k (الشركة، الصندوق) and a verb of saying at token i show different genders. */
function nounGenderClash(v: View, k: number, i: number): boolean {
  const verb = arabicGender(v, i);
  const noun = verb ? nounGender(v.key(k), false) : null;
  return !!noun && noun !== verb;
}

/** Whether two Arabic verbs of saying at tokens i and j show different genders (arabicGender), so no one subject. */
function genderClash(v: View, i: number, j: number): boolean {
  const a = arabicGender(v, i);
  const b = a ? arabicGender(v, j) : null;
  return !!a && !!b && a !== b;
}

/** The letters of proclitics the longest cue hit at token i took off. */
function cuePre(v: View, i: number): number {
  let best = -1;
  let pre = 0;
  for (const c of CUES) {
    const e = v.hitEnd(i, c);
    if (e > best) [best, pre] = [e, v.hitPre(i, c)];
  }
  return pre;
}

/** Whether the verb at token `verb` rejects, and the object at token k is a thing an indefinite noun names, no claim: in
 *  Arabic a word with no article, no pronoun on it and no name, in English a lower-case plural or mass noun with no
 *  determiner before it (rejected applications); not a word for claims (رفضت اتهامات، rejected accusations). */
function rejectedThing(v: View, verb: number, k: number, end: number): boolean {
  if (!v.is(verb, 'speech-verbs.rejection_verbs') || v.mention(k)) return false;
  // (nor where a word for claims or a "that" comes within the next words: the subject's words ran into the object, رفض
  // متحدث معروف بتصريحاته … اتهامات بأن …)
  for (let j = k; j < Math.min(end, k + 10); j++) if (v.isAny(j, ['attribution.allegations', 'attribution.accusations', 'speech-verbs.complementizers'])) return false;
  if (v.lang === 'ar') return v.isArabic(k) && !DEFINITE_WORD_AR.test(v.key(k)) && !PRONOUN_SUFFIXED_AR.test(v.key(k)) && !v.isAny(k, NOT_NOUN_OBJECT) && !v.is(k, 'speech-verbs.complementizers');
  return /^[a-z]{3,}s$/.test(v.text.slice(v.t.start[k], v.t.end[k])) && !v.isAny(k, NOT_NOUN_OBJECT);
}

/** Whether the verb at token `verb` is one of finding (speech-verbs.observer_verbs) whose object at token k is a thing
 *  found: no group's or person's name, no word for an actor, a group, an act, a claim or a predicate ("as"), no
 *  complementizer and no relative pronoun in the object's first twelve words, and no name opening it. */
function foundThing(v: View, verb: number, k: number, end: number): boolean {
  if (!v.is(verb, 'speech-verbs.observer_verbs') || v.mention(k)) return false;
  // (a hostile act is a thing found after a verb that only finds or counts, identified at least 210 attacks; after one
  // that attributes, attributed five hacking campaigns to …, it is the claim's)
  const finding = v.is(verb, 'speech-verbs.finding_verbs');
  for (let j = k; j < Math.min(end, k + 12); j++) {
    const m = v.mention(j);
    if ((m && (m.type === 'threat_actor' || m.type === 'person')) || v.isAny(j, FOUND_NOT_THING) || (!finding && v.is(j, 'attribution.hostile'))) return false;
  }
  return true;
}
const FOUND_NOT_THING = ['attribution.actors', 'attribution.weak_actors', 'attribution.group_nouns', 'attribution.allegations', 'attribution.accusations', 'speech-verbs.as_markers', 'speech-verbs.complementizers', 'speech-verbs.relatives', 'attribution.relatives'];

/** Arabic: whether the word right before the verb at token i, within the sentence from a, is an indefinite noun the verb
 *  may describe: no name, article, pronoun glued on, noun for an unnamed speaker, complementizer, verb or gap word, nor a
 *  word of the `more` lists. */
function indefiniteNounBefore(v: View, i: number, a: number, more: readonly string[]): boolean {
  const k = i - 1;
  return k >= a && v.isArabic(k) && !v.mention(k) && !DEFINITE_WORD_AR.test(v.key(k)) && !PRONOUN_SUFFIXED_AR.test(v.key(k)) && !v.isAny(k, [...NOT_DESCRIBED_NOUN, ...more]);
}
const NOT_DESCRIBED_NOUN = ['speech-verbs.unnamed', 'speech-verbs.complementizers', 'speech-verbs.verbs', 'speech-verbs.claim_cues', 'speech-verbs.subject_gaps'];
/** Nouns for a speaker besides the unnamed ones: a body's generic noun, a state's officials, a title or an office. */
const SPEAKER_NOUNS_AR = ['speech-verbs.nominal', 'speech-verbs.state_officials', 'titles.titles', 'titles.role_heads'];
/** What a verb of calling after a word has for its subject, not the word it describes: a noun for a speaker, or a particle
 *  of "as", كما أشار إلى. */
const CALLER_NOUNS_AR = [...SPEAKER_NOUNS_AR, 'speech-verbs.as_markers'];

/** Whether the words [s, e) after a determiner are only a hostile act's noun, a word before it or none, or a word for the
 *  activity named before (the campaign), then a date with its preposition or none (the hack; the campaign in May 2023). */
function eventOnly(v: View, s: number, e: number): boolean {
  // (or a word for the activity named before, with its determiner: the campaign)
  const ae = v.hitEnd(s - 1, 'attribution.activity_anaphors');
  let h = ae > s ? ae - 1 : s;
  while (ae <= s && h < e && h < s + 2 && !v.is(h, 'attribution.hostile')) h++;
  if (h >= e || (ae <= s && !v.is(h, 'attribution.hostile'))) return false;
  for (let k = h + 1; k < e; k++) if (!v.dates.has(k) && !(PREPS_EN.has(v.key(k)) && v.dates.has(k + 1))) return false;
  return true;
}

/** Whether an indefinite Arabic noun that opens an object stands at token k: nounObjectAt's word, no date, no word with
 *  the article (a proclitic before it or not), and no title, office, body head or noun for an unnamed speaker. */
function indefiniteObjectAt(v: View, k: number): boolean {
  return nounObjectAt(v, k) && !v.dates.has(k) && !DEFINITE_WORD_AR.test(v.key(k)) && !v.isAny(k, ['titles.titles', 'titles.role_heads', 'titles.spokesman_roles', 'speech-verbs.unnamed', 'speech-verbs.nominal', 'organizations.heads', 'speech-verbs.statements', 'speech-verbs.documents']);
}

/** Arabic: whether the verb at token `cue`, a present one (ت/ي), describes the indefinite plural in ات right before it that
 *  no list knows (تعليقات تنتقد، منشورات تتهم): no name, no article, no document's, speaker's or unnamed source's noun. */
function describesPlural(v: View, cue: number, a: number): boolean {
  const k = cue - 1;
  return v.lang === 'ar' && k >= a && IMPERFECT_START_AR.test(v.key(cue)) && v.isArabic(k) && !v.mention(k) && FEMININE_PLURAL_AR.test(v.key(k)) && !DEFINITE_WORD_AR.test(v.key(k)) && !v.isAny(k, ['speech-verbs.documents', 'speech-verbs.unnamed', 'speech-verbs.nominal']);
}

/** Whether an Arabic announcing verb's plain noun object opens at token k (أعلنت الشركة العثور على …): an Arabic word
 *  no name, date, preposition or particle, nor a verb of saying. */
function nounObjectAt(v: View, k: number): boolean {
  // (not a word on ل with the article, للسلطات: a complement, not the object; nor "or", أعلن أي مسؤول أو مسؤول سابق)
  return k < v.t.length && v.isArabic(k) && !v.mention(k) && !v.key(k).startsWith('لل') && v.key(k) !== 'او' && !v.isAny(k, NOT_NOUN_OBJECT);
}
const NOT_NOUN_OBJECT = ['speech-verbs.speaker_stops', 'speech-verbs.subject_gaps', 'speech-verbs.verbs', 'speech-verbs.claim_cues', 'speech-verbs.relatives', 'speech-verbs.clause_openers'];

/** Whether an Arabic verb with a glued object pronoun at token i is one: no complement on ل after it, and, for a perfect,
 *  standing where a verb opens its clause: with و or ف glued to it, at the sentence's start, after a comma, colon or
 *  quotation mark, or after an auxiliary (قد، كان: speech-verbs.auxiliaries). */
function encliticVerbAt(v: View, i: number, a: number): boolean {
  // (a preposition glued to it, لإدانته، بوصفه, speechFrames already read as no verb's: no cue reaches here with one)
  // (one whose complement is on ل is no verb: رفضه للتحقيق، وإدانته للعدوان, a verbal noun's object)
  if (i + 1 < v.t.length && v.isArabic(i + 1) && v.key(i + 1).startsWith('ل')) return false;
  if (!v.is(i, 'speech-verbs.object_cues.enclitic_perfect')) return true;
  if (i <= a || cuePre(v, i) > 0) return true;
  const before = v.key(i - 1);
  // (or after a relative of denying, وهو ما نفته روسيا: the pronoun is the relative's)
  return before === '،' || before === ',' || before === ':' || v.isQuote(i - 1) || v.is(i - 1, 'speech-verbs.auxiliaries') || v.is(i - 1, 'attribution.relative_denial');
}

const DASHES = new Set(['-', '–', '—']);

/** The cue's span as written: an Arabic proclitic stays on (وقال), as GOLD.md writes cues. */
/** Whether a negation (speech-verbs.negations), or a phrase of withholding (attribution.withholding: stopped short of,
 *  دون أن), is among the auxiliaries and adverbs right before the verb at token i. */
function negatedAt(v: View, i: number, a: number): boolean {
  for (let k = i - 1, n = 0; k >= a && n < 4; k--, n++) {
    if (v.is(k, 'speech-verbs.negations')) return true;
    for (let s = Math.max(a, k - 3); s <= k; s++) if (v.hitEnd(s, 'attribution.withholding') === k + 1) return true;
    if (!v.is(k, 'speech-verbs.subject_gaps')) return false;
  }
  return false;
}

function cueSpanOf(v: View, s: number, e: number): Span {
  return v.span(s, e);
}

/**
 * A straight double quote written as a closing one: glued to the word or comma before it, a space or the line's end
 * after it (…#Sport," tweeted): it closes a quote that opened in an earlier sentence, and opens none.
 */
function closingShaped(v: View, i: number): boolean {
  return v.gluedToPrevious(i) && (i + 1 >= v.t.length || v.spacedFromPrevious(i + 1));
}

/** The token of the quotation mark closing the one at `open` (searched up to the paragraph's end and a little beyond), or -1. */
function closingQuote(v: View, open: number): number {
  const closers = CLOSER_OF[v.key(open)] ?? ['"', '”'];
  let lines = 0;
  for (let i = open + 1; i < v.t.length && i < open + 400; i++) {
    if (v.lineBefore(i) && ++lines > 3) return -1;
    if (closers.includes(v.key(i))) return i;
    // a new opening mark of the same kind before a closer: the quote was never closed
    if (v.key(open) !== '"' && v.key(i) === v.key(open)) return -1;
  }
  return -1;
}

/** Tokens to skip between a subject and its verb (auxiliaries, adverbs, dates). */
function isGap(v: View, i: number, dateTokens: ReadonlySet<number>): boolean {
  // (the preposition before a date is the date's: the FBI on Monday said, الوزارة يوم الاثنين)
  return dateTokens.has(i) || v.is(i, 'speech-verbs.subject_gaps') || insideGap(v, i) || (dateTokens.has(i + 1) && v.is(i, 'speech-verbs.date_preps')) || insideAside(v, i);
}

/** Whether token i is part of an adverb of discourse set off by commas (The company did, however, confirm …): the adverb
 *  (speech-verbs.aside_adverbs) or one of its commas. */
function insideAside(v: View, i: number): boolean {
  const comma = (k: number) => v.key(k) === ',' || v.key(k) === '،';
  for (let s = Math.max(1, i - 3); s <= i + 1 && s < v.t.length; s++) {
    // (the comma before it first, the cheap test)
    if (!comma(s - 1)) continue;
    const e = v.hitEnd(s, 'speech-verbs.aside_adverbs');
    if (e > s && comma(e) && i <= e) return true;
  }
  return false;
}

/**
 * Arabic: an aside at token k naming the statement the words were given in, في (speech-verbs.statement_preps) and a
 * statement's or document's noun
 * after a comma or not (، في بيان نشرته وكالة الأنباء الرسمية، إن؛ في تصريحات لرويترز إن), that runs to إن/أن or a colon, or
 * to the comma that closes it when a comma opened it and إن/أن follows: where إن/أن (or the colon) stands, else -1. No name
 * in it speaks: the agency that ran the statement relays it, the one spoken to hears it.
 */
function statementAsideEnd(v: View, k: number): number {
  const comma = (j: number) => v.key(j) === '،' || v.key(j) === ',';
  const p = comma(k) ? k + 1 : k;
  if (v.lang !== 'ar' || !v.is(p, 'speech-verbs.statement_preps') || !v.isAny(p + 1, ['speech-verbs.statements', 'speech-verbs.documents'])) return -1;
  for (let j = p + 2; j < Math.min(v.t.length, p + 16) && !v.clauseEnd(j) && !v.isQuote(j); j++) {
    if (complementizerAt(v, j) || v.key(j) === ':') return j;
    if (comma(j)) return p > k && (complementizerAt(v, j + 1) || v.key(j + 1) === ':') ? j + 1 : -1;
  }
  return -1;
}

/**
 * Where a phrase naming the statement or document words were given in ends, opening at token k, inside [k, e): its
 * preposition (speech-verbs.statement_preps: in, في), the statement's or document's noun, indefinite (a, an; no ال), then a
 * date or none (in a statement on Monday; في بيان يوم الاثنين); else -1.
 */
function statementPhraseEnd(v: View, k: number, e: number): number {
  if (!v.is(k, 'speech-verbs.statement_preps')) return -1;
  let j = k + 1;
  // (an indefinite one, a statement given, not the report the words are about: نفت ما ورد في التقرير)
  if (v.lang === 'en' && INDEFINITE_EN.has(v.key(j))) j++;
  else if (v.lang === 'en' || DEFINITE_WORD_AR.test(v.key(j))) return -1;
  const d = Math.max(v.hitEnd(j, 'speech-verbs.documents'), v.hitEnd(j, 'speech-verbs.statements'));
  if (d <= j || d > e) return -1;
  j = d;
  while (j < e && (v.dates.has(j) || (v.is(j, 'speech-verbs.date_preps') && v.dates.has(j + 1)))) j++;
  return j;
}

/** A frame's words less a statement's phrase that opens them or ends them (statementPhraseEnd), some words left. */
function trimStatement(v: View, frame: SpeechFrame): void {
  let [s, e] = frame.contentTok;
  const lead = statementPhraseEnd(v, s, e);
  if (lead > s && lead < e - 1) s = lead;
  for (let j = e - 2; j > s + 1 && j > e - 10; j--) {
    if (statementPhraseEnd(v, j, e) === e) {
      e = j;
      break;
    }
  }
  if (s === frame.contentTok[0] && e === frame.contentTok[1]) return;
  frame.contentTok = [s, e];
  frame.content = v.span(s, e);
}

/** The comma that closes a relative clause whose pronoun is at token r (، التي …،), within 16 tokens and its clause; else -1. */
export function relativeClauseClose(v: View, r: number, b: number): number {
  let j = r + 1;
  while (j < b && j < r + 16 && v.key(j) !== '،' && v.key(j) !== ',' && !v.clauseEnd(j)) j++;
  return j < b && (v.key(j) === '،' || v.key(j) === ',') ? j : -1;
}

/**
 * The complementizer that opens a cue's clause within `reach` tokens after token e, no clause's end (and, with `cues`, no
 * other cue) between; English's is "that" only: its token, else -1. A noun of saying (the announcement that …) and a verb
 * that reports only with its clause (posted … that) are cues only with one.
 */
function thatClauseAt(v: View, e: number, b: number, reach: number, cues: boolean): number {
  let k = e;
  let end = e + reach;
  while (k < b && k < end && !v.clauseEnd(k) && !v.is(k, 'speech-verbs.complementizers') && !(cues && k > e && v.isAny(k, CUES))) {
    // (past a relative clause on the subject, set off by commas, its own cues inside: نشرت "كلوب"، التي يقول باحثون …،
    // على موقعها أنها)
    const close = commaRelativeAt(v, k + 1) ? relativeClauseClose(v, k + 1, b) : -1;
    if (close > k) {
      end += close - k;
      k = close + 1;
    } else k++;
  }
  return k < b && v.is(k, 'speech-verbs.complementizers') && (v.lang === 'ar' || v.key(k) === 'that') ? k : -1;
}

/** Arabic: the token after the medium the words went out on at token k, a medium preposition and up to five words
 *  before إن/أن (على موقعها، عبر قناتها على تيليغرام): the complementizer's token; else k. */
function pastMedium(v: View, k: number): number {
  if (v.lang !== 'ar' || !v.is(k, 'speech-verbs.medium_preps')) return k;
  let j = k;
  while (j < k + 6 && v.isWord(j) && !complementizerAt(v, j)) j++;
  return complementizerAt(v, j) ? j : k;
}

/** Arabic: where a phrase glued to ل at token k ends, the word and a definite one after it (لبرامج الفدية، لوكالة الأنباء,
 *  للقرصنة): a field or the one spoken to after a name; k when no such phrase opens there. */
function lPhraseEnd(v: View, k: number): number {
  if (k >= v.t.length || !v.isArabic(k) || !v.key(k).startsWith('ل') || v.mention(k) || v.isAny(k, ['speech-verbs.complementizers', 'speech-verbs.relatives'])) return k;
  return v.isArabic(k + 1) && v.key(k + 1).startsWith('ال') && !v.mention(k + 1) ? k + 2 : k + 1;
}

/** Whether a verb of saying, or one that reports with its clause (نشرت), stands within six words before token k, from a
 *  on, no mark between (وقالت مايكروسوفت،): the phrase before k is its subject's. */
function sayingBefore(v: View, k: number, a: number): boolean {
  for (let j = k - 1; j >= a && j >= k - 6; j--) {
    if (v.isAny(j, ['speech-verbs.verbs', 'speech-verbs.that_verbs'])) return true;
    if (!v.isWord(j) && !v.isQuote(j)) return false;
  }
  return false;
}

/** Whether a relative clause opens between tokens from and to: a comma and a relative pronoun (, which; ، التي). */
function relativeOpensIn(v: View, from: number, to: number): boolean {
  for (let j = from; j < to - 1; j++) if (commaRelativeAt(v, j + 1)) return true;
  return false;
}

/** Whether token r is a relative pronoun, or و and a pronoun (وهو), set off by a comma right before it (, which; ، التي؛ ، وهو): a clause on the one before opens. */
function commaRelativeAt(v: View, r: number): boolean {
  return r > 0 && v.isAny(r, RELATIVE_OPENERS) && (v.key(r - 1) === ',' || v.key(r - 1) === '،');
}

/** Whether token i is inside a gap of several tokens that starts before it (has since; doesn't: doesn ' t). */
function insideGap(v: View, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (v.hitEnd(j, 'speech-verbs.subject_gaps') > i) return true;
  return false;
}

/**
 * The subjects of an English verb at token `end`: the noun phrase before it in its clause, through
 * auxiliaries, adverbs and dates (the Kremlin has flatly denied; the FBI on Monday said) and an appositive
 * between commas (Zhao Lijian, a spokesman for the ministry, said). A mention right before the verb, or
 * mentions joined by commas and "and", are the subjects; in a longer phrase, the person named in it (Chinese
 * foreign-ministry spokesman Zhao Lijian), else the mention nearest the verb (the US and a coalition of
 * allies); an unnamed head (officials, researchers) is the speaker as written, unless a body is named after
 * it (a spokesperson for the ministry, researchers at Symantec: that body; sources close to X: nobody).
 */
export function subjectsBefore(v: View, end: number, from: number, dateTokens: ReadonlySet<number>): { ids: string[]; text?: Span; at: number } | null {
  return withIdList(subjectsBeforeFound(v, end, from, dateTokens));
}
function subjectsBeforeFound(v: View, end: number, from: number, dateTokens: ReadonlySet<number>): { ids: string[]; text?: Span; at: number } | null {
  let i = end - 1;
  while (i >= from && isGap(v, i, dateTokens)) i--;
  // (a name in quotation marks right before the verb is the name: a group calling itself "Anonymous Sudan" said)
  if (i > from && v.isQuote(i) && v.mentionEndingAt(i) && v.quotedNameAt(v.mentionEndingAt(i)!.s)) i--;
  if (i < from) return null;
  // (English: a relative pronoun set off by a comma after a name is the name: …, at the request of the United States, which
  // accuses him of …; …, its custody partner Liminal, which said …; "who" a person's, "which" a body's or a place's)
  // (not a verb that names no one after it, a preposition right after it: Mayfair, who tied for second)
  if (v.lang === 'en' && i - 1 > from && v.is(i, 'speech-verbs.relatives') && v.key(i - 1) === ',' && !PREPS_EN.has(v.key(end + 1))) {
    const m = v.mentionEndingAt(i - 1);
    const person = v.key(i) === 'who';
    if (m && m.s >= from && (person ? m.type === 'person' : m.type === 'organization' || m.type === 'location' || m.type === 'news-agency')) return { ids: [m.id], at: m.s };
  }
  // (a body's short form in brackets after its description in lower-case words, the subject: Britain's cyber agency
  // (NCSC) said; the phrase opens at the description, its owner's possessive with it)
  if (v.lang === 'en' && i - 2 > from && v.key(i) === ')') {
    const m = v.mentionEndingAt(i);
    if (m && m.s - 2 >= from && v.key(m.s - 1) === '(' && (m.type === 'organization' || m.type === 'news-agency') && v.isWord(m.s - 2) && !v.mention(m.s - 2) && /^[a-z]/.test(v.surface(m.s - 2))) {
      let k = m.s - 2;
      while (k - 1 >= from && k > m.s - 6 && v.isWord(k - 1) && !v.mention(k - 1) && /^[a-z]/.test(v.surface(k - 1)) && !v.isAny(k - 1, CUES)) k--;
      const owner = v.possessiveAt(k - 2) ? v.mentionEndingAt(k - 2) : null;
      return { ids: [m.id], at: owner && owner.s >= from ? owner.s : k };
    }
  }
  // (a body's name and the common noun of what it is after it, a word before the noun or none: Iran's semi-official Tasnim
  // news agency reported …; the name speaks)
  if (v.lang === 'en' && i > from && v.is(i, 'organizations.name_heads') && /^[a-z]/.test(v.surface(i))) {
    for (let j = i; j >= i - 1 && j > from; j--) {
      const m = v.mentionEndingAt(j);
      if (m && m.s >= from) {
        if (m.type === 'organization' || m.type === 'news-agency') return { ids: [m.id], at: phraseStart(v, m.s, from) };
        break;
      }
      if (!v.isWord(j - 1) || !/^[a-z]/.test(v.surface(j - 1))) break;
    }
  }
  // an aside between dashes right before the verb (Saudi Aramco -- one of the largest oil companies -- has denied;
  // the agency — which … — said): the name before it
  const dash = (k: number) => v.key(k) === '—' || v.key(k) === '–' || (v.key(k) === '-' && v.key(k - 1) === '-');
  if (dash(i)) {
    const close = v.key(i) === '-' ? i - 1 : i;
    for (let j = close - 1; j >= Math.max(from, close - 30); j--) {
      if (v.clauseEnd(j) || v.isQuote(j)) break;
      if (!dash(j)) continue;
      const m = v.mentionEndingAt(v.key(j) === '-' ? j - 1 : j);
      if (m && m.s >= from) {
        const list = coordinated(v, m, from);
        return { ids: list.map((x) => x.id), at: list[0].s };
      }
      break;
    }
  }
  // a body and its partners, the partners named after "including" (the US and its allies, including the EU, the UK,
  // and NATO, have accused …): every one of them
  if (v.key(i) === ',') {
    for (let j = i - 1; j > Math.max(from, i - 30); j--) {
      if (v.clauseEnd(j) || v.isQuote(j)) break;
      if (!v.is(j, 'speech-verbs.including')) continue;
      const named = v.mentionEndingAt(i);
      let k = j - 1;
      if (v.key(k) === ',') k--;
      if (!named || !v.is(k, 'speech-verbs.partners')) break;
      k--;
      if (/^(?:its|their|his|her)$/.test(v.key(k))) k--;
      if (v.key(k) !== 'and') break;
      const head = v.mentionEndingAt(k);
      if (!head || head.s < from) break;
      const list = coordinated(v, named, j + 1).filter((m) => m.s > j);
      return { ids: [head.id, ...list.map((m) => m.id).filter((id) => id !== head.id)], at: head.s };
    }
  }
  // a name set off by commas right before the verb (Texas Representative, Michael McCaul, called …), or an
  // appositive between commas: the name before it
  // (not a person after a preposition in the aside: Georgian Dream, founded by billionaire Bidzina Ivanishvili, rejected …)
  if (v.key(i) === ',' && v.mentionEndingAt(i) && v.mentionEndingAt(i)!.type === 'person' && !(v.lang === 'en' && afterPreposition(v, v.mentionEndingAt(i)!, from))) {
    const m = v.mentionEndingAt(i)!;
    return { ids: [m.id], at: m.s };
  }
  // (and a body's name so, after a lower-case noun of what it is, a naming phrase between or none: Khan's party, Pakistan
  // Tehreek-e-Insaf, accused …; Ukraine's military intelligence agency, known as HUR, said …)
  if (v.lang === 'en' && v.key(i) === ',' && v.mentionEndingAt(i)?.type === 'organization') {
    const m = v.mentionEndingAt(i)!;
    let c = m.s - 1;
    for (let j = Math.max(from, m.s - 4); j < m.s - 1; j++) if (v.key(j) === ',' && v.hitEnd(j + 1, 'attribution.naming') === m.s) c = j;
    const n = c - 1;
    // (a company's word too: The provider, Lovit, confirmed …)
    if (n > from && v.key(c) === ',' && /^[a-z]/.test(v.surface(n)) && v.isAny(n, [...DESCRIPTION_HEADS, 'organizations.name_heads'])) return { ids: [m.id], at: m.s };
  }
  if (v.key(i) === ',') {
    // names after a preposition right before the comma are inside the aside (The report, written by researchers at
    // Google and Mandiant, said; The advisory, co-signed by agencies from Britain, Canada and Australia, said): the
    // bodies and people a participle's agent names (by …) speak; other names there, and places, are passed over
    let walk = i - 1;
    // (a body's short form in brackets after its name: … released by the Supreme Council of National Defence (CSAT), said)
    const inner = v.mentionEndingAt(i) ?? (v.key(i - 1) === ')' && v.key(i - 3) === '(' && v.mention(i - 2) ? v.mentionEndingAt(i - 3) : null);
    if (inner && inner.s > from && v.lang === 'en') {
      const list = coordinated(v, inner, from);
      const p = phraseStart(v, list[0].s, from) - 1;
      if (p > from && PREPS_EN.has(v.key(p))) {
        let agent = false;
        for (let q = p; q >= Math.max(from, p - 4) && !v.isPunct(q); q--) if (v.key(q) === 'by') agent = true;
        // (only after a document, The report, written by …: a body or a party, Georgian Dream, founded by X, speaks itself)
        let o = p;
        while (o > from && v.key(o) !== ',') o--;
        const document = v.key(o) === ',' && v.is(o - 1, 'speech-verbs.documents');
        if (agent && document && list.every((x) => x.type === 'organization' || x.type === 'person')) return { ids: list.map((x) => x.id), at: list[0].s };
        walk = p;
      }
    }
    for (let j = walk; j >= Math.max(from, i - 20); j--) {
      // (a bracketed short form inside the appositive: … Threat Analysis Group (TAG) that …)
      if (v.key(j) === ')') {
        let o = j - 1;
        while (o > Math.max(from, j - 8) && v.key(o) !== '(') o--;
        if (v.key(o) === '(' && o > from) {
          j = o;
          continue;
        }
      }
      if (v.key(j) === ',' || v.key(j) === '(') {
        const m = v.mentionEndingAt(j);
        if (m) {
          const list = coordinated(v, m, from);
          return { ids: list.map((x) => x.id), at: list[0].s };
        }
        // (an aside after an unnamed subject: A Qilin representative, speaking to the BBC, denied …: the subject before it)
        if (v.key(j) === ',' && j - 1 > from) {
          // (a generic noun opening the clause, The group, known in Persian as X, said: the body it stands for, as before a
          // relative clause below; a name in the aside is what it is called, not the speaker)
          const ns = v.lang === 'en' ? nominalStart(v, j, from) : -1;
          if (ns >= 0 && (ns === from || v.isPunct(ns - 1) || v.is(ns - 1, 'speech-verbs.clause_openers'))) {
            const id = pronounSpeaker(v, j - 1, ns);
            if (id) return { ids: [id], at: ns };
          }
          const before = subjectsBeforeFound(v, j, from, dateTokens);
          if (before && (before.ids.length || before.text)) return before;
          // (or a noun phrase no list knows opening the clause: The gang's leader, known online as X, said …; with a verb of
          // saying, not one with another sense before a plain noun, The conflict, which began in 1988, claimed 10,000 lives)
          // (a relative clause's comma is the next walk's, which knows a generic noun's body: The company, which …, said)
          const np = v.lang === 'en' && !v.is(j + 1, 'speech-verbs.relatives') && sayingAt(v, end) ? openingSubject(v, j, from) : undefined;
          if (np) return { ids: [], text: np, at: v.tokenAt(np.start) };
        }
        break;
      }
      if (v.clauseEnd(j) || v.isQuote(j)) break;
    }
    // a relative clause, which may hold commas and brackets of its own (X, who leads Y (Z) that …, notes):
    // the name before its ", who"
    for (let j = i - 1; j >= Math.max(from, i - 40); j--) {
      if (v.clauseEnd(j) || v.isQuote(j)) break;
      if (v.key(j) === ',' && v.is(j + 1, 'speech-verbs.relatives')) {
        const m = v.mentionEndingAt(j);
        if (m && m.type === 'person') return { ids: [m.id], at: phraseStart(v, m.s, from) };
        if (m && v.key(j + 1) === 'which') return { ids: [m.id], at: phraseStart(v, m.s, from) };
        // (a generic noun opening the clause, The firm, which has 9,500 staff, said: the body it stands for, else unnamed)
        const ns = m ? -1 : nominalStart(v, j, from);
        if (ns >= 0 && (ns === from || v.isPunct(ns - 1) || v.is(ns - 1, 'speech-verbs.clause_openers'))) {
          const id = pronounSpeaker(v, j - 1, ns);
          return id ? { ids: [id], at: ns } : { ids: [], text: v.span(ns, j), at: ns };
        }
        // (or a noun phrase no list knows opening the clause: One elderly man, who declined to give his name, said)
        const np = !m && v.lang === 'en' && sayingAt(v, end) ? openingSubject(v, j, from) : undefined;
        if (np) return { ids: [], text: np, at: v.tokenAt(np.start) };
        break;
      }
    }
    return null;
  }
  // a verb coordinated by "and" with an earlier one (the US government doubled … and formally blamed …): the
  // sentence's subject, its first name after the words that may open a sentence (However, today, the)
  // (or by "but": A spokesperson for Fortinet declined to comment … but said …)
  if ((v.key(i) === 'and' || v.key(i) === 'but') && v.lang === 'en') {
    // (after a wire story's dateline: CHISINAU (AP) — Moldovan police said … and accused …)
    let k = datelineEnd(v, from, i);
    while (k < i && (v.isPunct(k) || dateTokens.has(k) || v.is(k, 'speech-verbs.sentence_openers'))) k++;
    const opening = k;
    // (a title before the subject's name: Prime Minister Dick Schoof met … and said)
    const title = v.hitEnd(k, 'titles.titles');
    if (title > k && title < i) k = title;
    // (a body's or a state's title before the name: Kremlin spokesman Dmitry Peskov said … and accused …)
    const titled = titledPersonAfter(v, k, i);
    if (titled && titled.e < i) return { ids: [titled.id], at: k };
    const m = v.mention(k);
    // (a hacker group too, as it speaks before its own verb: LockBit apologised and said …)
    if (m && m.s === k && m.e < i && (m.type === 'organization' || m.type === 'person' || m.type === 'location' || m.type === 'threat_actor')) {
      const list = coordinated(v, m, from);
      return { ids: list.map((x) => x.id), at: m.s };
    }
    // (an unnamed speaker's noun for a body opening the sentence, A spokesperson for Fortinet: the body)
    if (!m || m.s !== k) {
      for (let j = opening + 1; j < Math.min(i, opening + 5); j++) {
        const o = v.mention(j);
        if (!o || o.s !== j) continue;
        const owner = o.type === 'organization' || o.type === 'location' ? ownerPhrase(v, o.s, from) : null;
        if (owner && owner.owns && owner.at <= opening) return { ids: [o.id], at: owner.at };
        break;
      }
    }
    return null;
  }
  // (a bracketed short form after a name: the Cybersecurity and Infrastructure Security Agency (CISA) said)
  if (v.key(i) === ')' && v.mention(i - 1) && v.key(v.mention(i - 1)!.s - 1) === '(' && v.mentionEndingAt(v.mention(i - 1)!.s - 1)) i = v.mention(i - 1)!.s - 2;
  const m = v.mentionEndingAt(i + 1);
  // (a place after a preposition right before the verb is where the speaker is, not the speaker: China's embassy in
  // London said; the words before it speak, unnamed if no name is among them)
  // (a state's people there, officials in Kyiv, stay the place's, as ever; other unnamed people, police in Cologne,
  // prosecutors in Texas, speak unnamed)
  // (the article between, in the Netherlands: the preposition before it)
  const placePrep = m ? beforePlace(v, m.s) : -1;
  const unnamedAt = m ? unnamedEndingAt(v, placePrep) : -1;
  // (a body named before the place speaks too: Iran's mission to the United Nations in New York rejected …)
  const bodyBefore = m ? v.mentionEndingAt(placePrep) : null;
  // (and the body or state a mission is accredited to, after a mission's word: Russia's mission to the EU said)
  const hosted = !!m && placePrep - 1 >= from && v.is(placePrep, 'speech-verbs.host_preps') && v.is(placePrep - 1, 'speech-verbs.host_nouns');
  if (m && hosted) {
    const inner = subjectsBeforeFound(v, placePrep, from, dateTokens);
    if (inner && inner.ids.length) return inner;
    let r = placePrep - 1;
    while (r > from && r > placePrep - 6 && v.isWord(r - 1) && !v.mention(r - 1) && !v.is(r - 1, 'speech-verbs.clause_openers')) r--;
    // (with its owner before a possessive: Russia's mission)
    if (r - 2 >= from && v.possessiveAt(r - 1)) {
      const owner = v.mentionEndingAt(r - 1);
      if (owner && owner.s >= from) r = owner.s;
    }
    return { ids: [], text: v.span(r, placePrep), at: r };
  }
  if (m && m.type === 'location' && placePrep - 1 >= from && v.is(placePrep, 'speech-verbs.place_preps') && v.isWord(placePrep - 1) && (!bodyBefore || bodyBefore.type === 'organization' || bodyBefore.type === 'person') && (unnamedAt < 0 || !v.isAny(unnamedAt, STATE_PEOPLE))) {
    const inner = subjectsBeforeFound(v, placePrep, from, dateTokens);
    if (inner) return inner;
    let r = placePrep - 1;
    for (;;) {
      while (r > from && r > placePrep - 7 && v.isWord(r - 1) && !v.mention(r - 1) && !v.is(r - 1, 'speech-verbs.clause_openers')) r--;
      // (with its owner before a possessive: China's embassy, the company's office)
      if (!(r - 2 >= from && v.possessiveAt(r - 1))) break;
      const owner = v.mentionEndingAt(r - 1);
      r = owner && owner.s >= from ? owner.s : r - 2;
      if (owner) break;
    }
    return { ids: [], text: v.span(r, placePrep), at: r };
  }
  if (m) {
    // a person of a body or place right before the verb (analyst Mike Powell of Dresdner Kleinwort says, Jane Doe at
    // Acme said): the person speaks
    const prep = m.s - 1;
    const person = m.type !== 'person' && v.is(prep, 'speech-verbs.person_of') ? v.mentionEndingAt(prep) : null;
    if (person && person.type === 'person' && person.s >= from) return { ids: [person.id], at: phraseStart(v, person.s, from) };
    // (a person after a body's noun and "of", the person's office between or not, is whose the body is: The Citizen
    // Revolution movement of former president Rafael Correa called for …: the movement speaks, unnamed as written)
    if (m.type === 'person' && v.lang === 'en') {
      let p = m.s - 1;
      while (p > from && p > m.s - 4 && v.isWord(p) && /^[a-z]/.test(v.surface(p)) && v.key(p) !== 'of') p--;
      if (p - 1 >= from && v.key(p) === 'of' && v.is(p - 1, 'speech-verbs.owned_bodies')) {
        let r = p - 1;
        while (r - 1 >= from && v.isWord(r - 1) && (/^[A-Z]/.test(v.surface(r - 1)) || DETERMINERS.has(v.key(r - 1)))) r--;
        return { ids: [], text: v.span(r, p), at: r };
      }
    }
    // (a mention that is the object of a preposition after an unnamed head: sources close to the company)
    const list = coordinated(v, m, from);
    const owner = ownerPhrase(v, list[0].s, from);
    if (!owner || owner.owns) return { ids: list.map((x) => x.id), at: owner ? owner.at : phraseStart(v, list[0].s, from) };
    return { ids: [], text: v.span(owner.at, i + 1), at: owner.at };
  }
  // the clause's start: a punctuation mark, a quotation mark or a word that opens a clause
  let r = i;
  while (r > from && r > i - 10) {
    const k = r - 1;
    // (a full stop inside a name is none: U.S. officials)
    // (nor "and" after a name that opens the clause: the US and a coalition of allies said; after the US and its
    // allies said)
    if (v.key(k) === 'and' && andAfterClauseSubject(v, k, from)) {
      r--;
      continue;
    }
    // (nor a possessive's mark before the subject's noun: the ministry's statement, Microsoft's report; right before the
    // verb it makes the verb no verb: BA's estimated revenues)
    if (v.possessiveAt(k) && k - 1 >= from && k + 2 <= i) {
      r -= 2;
      continue;
    }
    // (a verb's word inside a name is none: the United States and its allies said)
    if ((v.isPunct(k) && !v.mention(k)) || v.is(k, 'speech-verbs.clause_openers') || (v.isAny(k, ['speech-verbs.verbs', 'speech-verbs.claim_cues']) && !v.mention(k) && !cueWordAsNoun(v, k))) break;
    r--;
  }
  if (v.is(r, 'speech-verbs.clause_openers') && r === i) return null;
  // an unnamed head at the phrase's end (US officials said, security researchers found)
  const head = unnamedEndingAt(v, i + 1);
  const mentions: TokMention[] = [];
  for (let k = r; k <= i; k++) {
    const x = v.mention(k);
    if (x && (mentions.length === 0 || mentions[mentions.length - 1] !== x)) mentions.push(x);
  }
  if (head >= 0) {
    // the body the unnamed speakers belong to: named before the head (US officials) or after it (officials at the FBI)
    // (a hacker group's too: A LockBit representative said)
    // (the name right before the head first: North Korea's official KCNA news agency is KCNA's, not North Korea's)
    const owns = (x: TokMention) => x.e <= head && (x.type === 'location' || x.type === 'organization' || x.type === 'threat_actor');
    const owner = mentions.find((x) => owns(x) && x.type === 'organization' && (x.e === head || (x.e === head - 1 && v.isWord(x.e) && !v.mention(x.e)))) ?? mentions.find(owns);
    // (with its owner's possessive: the ministry's statement)
    // (a body's head word right before the head, A ministry spokesman, a department spokesperson: the body of that head
    // last named, as 'the ministry' names it; a company word, the company that spoke lately)
    if (!owner && head - 1 >= r && !v.mention(head - 1) && v.isAny(head - 1, ['organizations.heads', 'organizations.name_heads'])) {
      const body = headedBody(v, head - 1, head, i + 1) ?? (v.is(head - 1, 'organizations.name_heads') ? salientBody(v, i + 1) : null);
      if (body) return { ids: [body], at: r };
    }
    // (its spokeswoman, their spokesman: the body that spoke or was named last)
    const forIt = !owner && head - 1 >= r && v.is(head - 1, 'titles.spokesman_pronouns') ? spokenFor(v, r) : null;
    if (forIt) return { ids: [forIt], at: r };
    // (an unnamed head opening the phrase with a preposition after it, Officials at the agency: the whole phrase)
    const opener = unnamedHeadOpening(v, r, i);
    // (an owner's possessive before the head's two words keeps the phrase whole: the company's security team)
    return { ids: owner ? [owner.id] : [], text: v.span(opener >= 0 || v.possessiveAt(head - 2) || v.possessiveAt(head - 3) ? r : Math.max(r, head - 2), i + 1), at: r };
  }
  // (an unnamed head and a phrase after it that names nobody: People familiar with the investigation said: the whole
  // phrase, unnamed)
  if (!mentions.length) return unnamedHeadOpening(v, r, i) >= 0 ? { ids: [], text: v.span(r, i + 1), at: r } : null;
  // a body and its people or part (Google's security team, CISA officials: the body), or a body coordinated
  // with an unnamed group (the US and a coalition of allies: the US); any other words after a name make it
  // no subject (a name inside a clause: … the campaign against Microsoft Exchange servers)
  const last = mentions[mentions.length - 1];
  let k = last.e;
  if (v.key(k) === "'" || v.key(k) === '’') k += v.key(k + 1) === 's' ? 2 : 1;
  const tail = i + 1 - k;
  if (tail <= 0) return { ids: [last.id], at: r };
  if (tail <= 3 && unnamedEndingAt(v, i + 1) >= k) return { ids: [last.id], at: r };
  // (a person's possessive and the noun of a body of theirs, a word before it or none: Trump's campaign, Khan's party; the
  // body speaks, unnamed, as the words stand)
  if (tail <= 2 && k > last.e && last.type === 'person' && v.is(i, 'speech-verbs.owned_bodies') && /^\p{Ll}/u.test(v.surface(i)) && (tail === 1 || /^\p{Ll}/u.test(v.surface(k)))) return { ids: [], text: v.span(last.s, i + 1), at: last.s };
  // (a body's name and what it is, in lower case and ending in a body's head word: Russia's FSB security service, the
  // SVR foreign intelligence service)
  if (tail <= 3 && last.type === 'organization' && v.is(i, 'organizations.heads') && /^\p{Ll}/u.test(v.surface(i))) return { ids: [last.id], at: r };
  // (a group's name and its group noun, in lower case after words of what it is or none: the LockBit gang, the Black Basta
  // ransomware group)
  if (tail <= 3 && last.type === 'threat_actor' && v.is(i, 'attribution.group_nouns') && /^\p{Ll}/u.test(v.surface(i))) return { ids: [last.id], at: r };
  const first = mentions[0];
  // (the names listed before it too: Britain, the United States, Australia and five other countries said)
  if (v.key(first.e) === 'and' && !v.mention(first.e + 1) && i + 1 - first.e <= 6) {
    const list = coordinated(v, first, from);
    return { ids: list.map((x) => x.id), at: Math.min(r, list[0].s) };
  }
  return null;
}

/**
 * Before a mention at token `s`: an unnamed head and a preposition (a spokesperson for, researchers at,
 * sources close to). `owns`: the mention is the body the head speaks for.
 */
function ownerPhrase(v: View, s: number, from: number): { at: number; owns: boolean } | null {
  // (past the body's owner and its possessive: the head of Israel's National Cyber Directorate)
  if (s - 2 > from && v.possessiveAt(s - 2)) {
    const o = v.mentionEndingAt(s - 2);
    if (o && o.s >= from) s = o.s;
  }
  let k = s - 1;
  while (k >= from && DETERMINERS.has(v.key(k))) k--;
  // the words between the head and the body (close to, familiar with: no owner)
  for (let p = Math.max(from, k - 2); p <= k; p++) {
    if (v.hitEnd(p, 'speech-verbs.not_owner') === k + 1) {
      const h = unnamedEndingAt(v, p);
      return h >= 0 ? { at: h, owns: false } : null;
    }
  }
  if (!['for', 'of', 'at', 'from', 'with', 'in'].includes(v.key(k))) return null;
  let h = unnamedEndingAt(v, k);
  // (the phrase opens at the head's article: …, the head of the FBI said: a comma right before it)
  while (h - 1 >= from && DETERMINERS.has(v.key(h - 1))) h--;
  return h >= 0 ? { at: h, owns: true } : null;
}

/** Whether "and" at token k follows a name that opens its clause (… after the US and …), not an object (hit Iran and …). */
function andAfterClauseSubject(v: View, k: number, from: number): boolean {
  const m = v.mentionEndingAt(k);
  if (!m || (m.type !== 'location' && m.type !== 'organization')) return false;
  let j = m.s - 1;
  if (j >= from && DETERMINERS.has(v.key(j))) j--;
  return j < from || (v.isPunct(j) && !v.mention(j)) || v.is(j, 'speech-verbs.clause_openers') || v.is(j, 'speech-verbs.sentence_openers');
}

/**
 * Where an unnamed head that opens the phrase [r, i] ends (after a determiner or not: People familiar, Officials), when a
 * preposition or a word of closeness follows it and no verb comes before i, within six tokens; else -1.
 */
function unnamedHeadOpening(v: View, r: number, i: number): number {
  const at = r + (DETERMINERS.has(v.key(r)) ? 1 : 0);
  for (let k = at; k < i && k < at + 3; k++) {
    if (unnamedEndingAt(v, k + 1) !== at) continue;
    if (!PREPS_EN.has(v.key(k + 1)) && v.hitEnd(k + 1, 'speech-verbs.not_owner') <= k + 1) return -1;
    if (i - k > 6) return -1;
    for (let j = k + 1; j <= i; j++) if (v.isAny(j, ['speech-verbs.verbs', 'speech-verbs.claim_cues', 'speech-verbs.complementizers'])) return -1;
    return k + 1;
  }
  return -1;
}

/** The start of an unnamed-speaker phrase ending at token `end` (exclusive), or -1. */
export function unnamedEndingAt(v: View, end: number): number {
  for (let s = Math.max(0, end - 3); s < end; s++) if (v.hitEnd(s, 'speech-verbs.unnamed') === end) return s;
  return -1;
}

const DETERMINERS = new Set(['the', 'a', 'an']);

/** Whether a name follows a preposition, its title and a word before it or not (founded by billionaire X, a spokesman for X). */
function afterPreposition(v: View, m: TokMention, from: number): boolean {
  const p = phraseStart(v, m.s, from) - 1;
  return p >= from && (PREPS_EN.has(v.key(p)) || (p - 1 >= from && PREPS_EN.has(v.key(p - 1)) && v.isWord(p) && !v.mention(p)));
}

/** Where a subject phrase starts: its mention, less a determiner before it (the FBI). */
function phraseStart(v: View, s: number, from: number): number {
  // titles before the name (foreign minister Dominic Raab), then an owner's possessive (Finland's Ministry …,
  // Britain's foreign minister …), then a determiner
  let k = s;
  for (let n = 0; n < 4 && k - 1 >= from; n++) {
    const t = titleEndingAt(v, k);
    if (t >= from) {
      k = t;
      continue;
    }
    if (v.key(k - 1) === 's' && (v.key(k - 2) === "'" || v.key(k - 2) === '’')) {
      const owner = v.mentionEndingAt(k - 2);
      if (owner && owner.s >= from) {
        k = owner.s;
        continue;
      }
      // (or a definite common noun's: the command's Cyber National Mission Force)
      if (k - 4 >= from && !owner && DETERMINERS.has(v.key(k - 4)) && v.isWord(k - 3) && !v.mention(k - 3) && /^[a-z]/.test(v.surface(k - 3))) {
        k = k - 4;
        break;
      }
    }
    // (a plural name's possessive, a bare apostrophe: the Netherlands' military intelligence agency)
    if ((v.key(k - 1) === "'" || v.key(k - 1) === '’') && /s$/.test(v.surface(k - 2))) {
      const owner = v.mentionEndingAt(k - 1);
      if (owner && owner.s >= from) {
        k = owner.s;
        continue;
      }
    }
    // (a person's role in lower-case words no title list has, between a comma and the name or its title: …, deputy chief
    // investigator Mikko Laaksonen said; …, senior threat analyst X said; up to four words, no verb of saying among them)
    if (v.lang === 'en' && v.mention(s)?.type === 'person') {
      let j = k;
      // (capitalized too before a title, the office's portfolio no list has: …, Oil Minister Javad Owji said)
      while (j - 1 >= from && j > k - 4 && v.isWord(j - 1) && !v.mention(j - 1) && (/^[a-z][a-z-]*$/.test(v.surface(j - 1)) || (k < s && /^[A-Z][a-z]+$/.test(v.surface(j - 1)))) && !DETERMINERS.has(v.key(j - 1)) && !v.isAny(j - 1, CUES) && !PREPS_EN.has(v.key(j - 1)) && v.key(j - 1) !== 'and') j--;
      if (j < k && j - 1 >= from && v.key(j - 1) === ',') {
        k = j;
        break;
      }
    }
    // (a body's description before its name, ending in a word that introduces names: the military intelligence agency
    // MIVD, Britain's spy agency GCHQ, the Dutch agency MIVD: lower-case words or a nationality, up to four)
    // (the word may be of several tokens: the non-profit SektorCERT)
    const nameHead = k === s && v.lang === 'en' && (v.mention(s)?.type === 'organization' || v.mention(s)?.type === 'threat_actor') ? nameHeadEndingAt(v, k, from) : -1;
    if (nameHead >= 0) {
      let j = nameHead;
      while (j - 1 >= from && j > k - 5 && v.isWord(j - 1) && !DETERMINERS.has(v.key(j - 1)) && !v.possessiveAt(j - 2) && ((!v.mention(j - 1) && /^[a-z]/.test(v.surface(j - 1)) && !v.isAny(j - 1, CUES)) || v.demonymEnd(j - 1) === j)) j--;
      k = j;
      continue;
    }
    // (a body's nationality before its name: the Dutch Military Intelligence and Security Service)
    if (k === s && v.lang === 'en' && k - 1 >= from && v.mention(s)?.type === 'organization' && v.demonymEnd(k - 1) === k) {
      k--;
      continue;
    }
    // (a body or a state right before the title, no possessive: Kremlin spokesman Dmitry Peskov, ISIE chairman …)
    if (k < s) {
      const owner = v.mentionEndingAt(k);
      if (owner && owner.s >= from && (owner.type === 'organization' || owner.type === 'location')) {
        k = owner.s;
        continue;
      }
    }
    break;
  }
  return k - 1 >= from && DETERMINERS.has(v.key(k - 1)) ? k - 1 : k;
}

/** The first token of a lower-case word of organizations.name_heads ending right before token k (firm, non-profit), or -1. */
function nameHeadEndingAt(v: View, k: number, from: number): number {
  for (let h = k - 1; h >= Math.max(from, k - 3); h--) if (v.hitEnd(h, 'organizations.name_heads') === k && /^[a-z]/.test(v.surface(h))) return h;
  return -1;
}

/** The first token of a title phrase ending right before token k (foreign minister), or -1. */
function titleEndingAt(v: View, k: number): number {
  for (let s = Math.max(0, k - 4); s < k; s++) {
    if (v.hitEnd(s, 'titles.titles') !== k) continue;
    // (with the word of a ministry's portfolio before it, Finance Minister, Defence Secretary: organizations.ministries)
    if (s > 0 && v.is(s - 1, 'organizations.ministries.words') && !v.mention(s - 1)) s--;
    // (with the words that make it another office: deputy justice minister)
    while (s > 0 && v.is(s - 1, 'titles.title_modifiers')) s--;
    return s;
  }
  return -1;
}

/** A mention and the mentions coordinated before it (A, B and C; the X (XY) and the Z): in text order. */
export function coordinated(v: View, last: TokMention, from: number): TokMention[] {
  const list = [last];
  let m = last;
  let joined = false;
  for (;;) {
    let k = phraseStart(v, m.s, from) - 1;
    if (k < from) break;
    // (Arabic: و glued to the name, روسيا والصين)
    const glued = v.lang === 'ar' && m.s === k + 1 && v.text.slice(v.t.start[m.s], m.span.start) === 'و';
    const w = glued ? 'و' : v.key(k);
    if (glued) joined = true;
    else if (w === 'and' || w === '&' || w === 'و') {
      joined = true;
      k--;
      if (v.key(k) === ',') k--;
    } else if (w === ',') k--;
    else break;
    // (a bracketed short form after a name: the Federal Bureau of Investigation (FBI))
    if (v.key(k) === ')' && v.mention(k - 1) && v.key(v.mention(k - 1)!.s - 1) === '(') k = v.mention(k - 1)!.s - 2;
    const prev = v.mentionEndingAt(k + 1);
    if (!prev || prev.id === m.id) break;
    // (with a comma alone before the last name, a name after a preposition is no subject joined to it: targeted by
    // MuddyWater, Symantec said; a headline's CISA, FBI attribute … is a list)
    if (w === ',' && list.length === 1 && PREPS_EN.has(v.key(phraseStart(v, prev.s, from) - 1))) break;
    // (nor a list of commas alone that opens after a preposition: linked to Iran, China, Microsoft said; the names after
    // the preposition are its objects, the last one speaks)
    if (w === ',' && !joined && PREPS_EN.has(v.key(phraseStart(v, prev.s, from) - 1))) return [last];
    list.unshift(prev);
    m = prev;
  }
  return list;
}

/** The mentions named after token `from` and before `to` that may be a verb's subject: the first (and those coordinated with it). */
/** A complementizer at token k (إن، أن), not the first letter of a name spelled out inside a mention (إن إس إيه: NSA). */
function complementizerAt(v: View, k: number): boolean {
  if (!v.is(k, 'speech-verbs.complementizers')) return false;
  const m = v.mention(k);
  return !(m && m.e - m.s > 1);
}

/** Whether إن/أن stands within five tokens from token k, before b, no clause's end nor quotation mark before it. */
function complementizerNear(v: View, k: number, b: number): boolean {
  for (let j = k; j < Math.min(b, k + 5); j++) {
    if (complementizerAt(v, j)) return true;
    if (v.clauseEnd(j) || v.isQuote(j)) return false;
    // (past the statement the words went out in and its medium, في منشور على منصة إكس: the statement's words no word's)
    const aside = statementAsideEnd(v, j);
    const past = aside > j ? pastMedium(v, aside) : -1;
    if (past > j && complementizerAt(v, past)) return true;
  }
  return false;
}

/** Arabic: the subject of a clause opened by كان and ended by its gap before the verb (وكانت إدارة الرئيس X قد), the gap
 *  starting at token `gap`: the subject phrase's speakers, else null. */
function auxiliarySubject(v: View, a: number, gap: number): { ids: string[]; end: number; text?: Span } | null {
  for (let k = gap - 1; k >= Math.max(a, gap - 8); k--) {
    if (v.clauseEnd(k) || v.isAny(k, ['speech-verbs.verbs', 'speech-verbs.complementizers'])) return null;
    if (v.is(k, 'speech-verbs.auxiliaries') && !v.is(k, 'speech-verbs.subject_gaps')) {
      const who = k + 1 < gap ? subjectsAfter(v, k + 1, gap) : null;
      if (who && (who.ids.length || who.text)) return who;
      // (a state's authorities or unnamed people by their noun, a nationality after it or not, the whole subject: وكانت
      // السلطات الأمريكية قد ذكرت: the state the article names, else those words, unnamed; not the previous speaker)
      const e = k + 1 < gap ? Math.max(v.hitEnd(k + 1, 'speech-verbs.state_speakers'), v.hitEnd(k + 1, 'speech-verbs.unnamed')) : -1;
      const de = e > k + 1 ? Math.max(e, v.demonymEnd(e)) : -1;
      if (de !== gap) return null;
      const state = de > e ? v.demonymAt(e) : null;
      return state ? { ids: [state.id], end: gap } : { ids: [], end: gap, text: v.span(k + 1, gap) };
    }
  }
  return null;
}

/** Whether a preposition of company (speech-verbs.company_preps: مع، with) stands right before token s, a title between
 *  or not, after `from`. */
function companionAt(v: View, s: number, from: number): boolean {
  let p = s - 1;
  while (p > from && p > s - 4 && v.isAny(p, ['titles.titles', 'titles.title_adjectives']) && !v.mention(p)) p--;
  return p > from && v.is(p, 'speech-verbs.company_preps');
}

/** Where a relaying name that ends at token e ends with its descriptors (up to three definite words, its nisba adjectives or the
 *  words of a body's description, وكالة الأنباء الروسية) and a date after it, before token `to`. */
function relayerEnd(v: View, e: number, to: number): number {
  let j = e;
  for (let n = 0; n < 3 && j < to && v.isArabic(j) && !v.mention(j) && (/^(?:ال|لل)/.test(v.key(j)) || v.is(j, 'organizations.descriptors')); n++) j = Math.max(j + 1, v.hitEnd(j, 'organizations.descriptors'));
  return pastDate(v, j, to);
}

function subjectsAfter(v: View, from: number, to: number): { ids: string[]; end: number; text?: Span; relayer?: string } | null {
  return withIdList(subjectsAfterFound(v, from, to));
}
function subjectsAfterFound(v: View, from: number, to: number): { ids: string[]; end: number; text?: Span; relayer?: string } | null {
  // the speaker phrase runs to إن/أن, a colon, a quotation mark or a comma after a name; in it the last person
  // named is the speaker (وقال مدير الاتصالات بحملة دونالد ترامب تيم مورتو: Tim Murtaugh), else the first name
  let first: TokMention | null = null;
  let person: TokMention | null = null;
  let relayed = false;
  let relayAt = -1;
  let relayer: string | undefined;
  let place: TokMention | null = null;
  let placeEnd = -1;
  /** the place came after the word of a seat (منصة مقرها سنغافورة): the words before it name the speaker, whatever they are */
  let seated = false;
  /** where the phrase stopped: the speaker phrase of an office with no name found runs to it */
  let stop = from;
  /** a preposition of the audience was passed (أمام لجنة المالية بمجلس الشيوخ): the names after it heard the words */
  let venue = false;
  // (a person named before, by the last word of the name alone right after the verb, a comma or إن/أن after it: ونفى شور،
  // الذي …: the word the name rules pass over as too short or too common to be a name alone)
  const alone = v.lang === 'ar' && !v.mention(from) ? surnameOfEarlier(v, from) : null;
  // (or an object that opens with an indefinite noun after it: ونفى شور ارتكاب أي مخالفات)
  // (or a colon, a word that ends a speaker's phrase or one spoken to after it: وقال دولار في بيان:، وقال دولار للصحفيين إن)
  if (alone && (v.key(from + 1) === '،' || v.key(from + 1) === ',' || v.key(from + 1) === ':' || complementizerAt(v, from + 1) || indefiniteObjectAt(v, from + 1) || v.is(from + 1, 'speech-verbs.speaker_stops') || v.is(from + 1, 'speech-verbs.addressee_preps'))) return { ids: [alone], end: from + 1 };
  // (a definite noun no list knows right after the verb, then the one spoken to after ل, a name or a noun and a body's
  // name: وقال البائع لوكالة أسوشيتد برس إن …: that noun speaks, unnamed; the outlet heard the words)
  if (v.lang === 'ar' && !alone && DEFINITE_WORD_AR.test(v.key(from)) && v.isArabic(from) && !v.mention(from) && !v.dates.has(from) && !v.isAny(from, [...SPEAKER_NOUNS_AR, ...UNLISTED_STOPS, 'speech-verbs.unnamed', 'speech-verbs.documents'])) {
    // (past a relative clause on it set off by commas: وقال البائع، الذي استخدم اسم "زيرو إكس"، لوكالة أسوشيتد برس إن)
    const close = commaRelativeAt(v, from + 2) ? relativeClauseClose(v, from + 2, to) : -1;
    const h = close > 0 ? close + 1 : from + 1;
    const heard = addresseeAfter(v, h);
    if (heard > h && (complementizerAt(v, heard) || v.key(heard) === ':' || v.key(heard) === '،' || v.key(heard) === ',')) return { ids: [], end: heard, text: v.span(from, from + 1) };
  }
  // (a verb whose object is the one told, an audience's word right after it and then إن/أن: the one told, the subject left
  // unsaid, the speaker before: وأبلغ البرلمان أن …; after a subject the word ends its phrase: وأبلغ الوزير البرلمان أن)
  const telling = v.lang === 'ar' && v.is(from - 1, 'speech-verbs.addressee_verbs');
  if (toldEnd(v, from - 1, from, true) > from) return null;
  for (let i = from; i < to && i < from + 14; i++, stop = i) {
    if (telling && i > from && v.is(i, 'speech-verbs.audiences')) break;
    // (the quotation marks around a name inside the phrase are the phrase's: وقالت شركة "كاسبرسكي" الروسية إن)
    // (and around a name right after the verb: وأعلنت "جاكسا"، التي …، أنها)
    if (v.isQuote(i) && (v.quotedNameAt(i + 1) || (i > from && v.quotedNameAt(v.mentionEndingAt(i)?.s ?? -1)))) continue;
    if (complementizerAt(v, i) || v.key(i) === ':' || v.isQuote(i)) break;
    // (nor into the statement the words were given in: وقال المتحدث باسم الهيئة، في بيان نشرته وكالة الأنباء، إن)
    if (i > from && statementAsideEnd(v, i) > i) break;
    // (nor past the next clause's speech verb: رفضت قوى سياسية عدة النتائج، واتهم القيادي X … is not X's rejection)
    // (nor past a circumstantial participle opening a clause of its own: أعلنت "X" مسؤوليتها عن الهجوم، متهمة كينيا …)
    if (i > from && v.isAny(i, ['speech-verbs.verbs', 'speech-verbs.object_cues', 'speech-verbs.circumstantial'])) break;
    // (nor past the preposition after a verb of attributing and its object: ونسبت العملية إلى جهات تعمل لصالح الوزارة; the
    // names after it are whom the act was attributed to)
    if (i > from && v.lang === 'ar' && v.is(i, 'attribution.attribute_preps') && v.is(from - 1, 'attribution.attribute_verbs')) break;
    if (v.is(i, 'speech-verbs.venue_preps')) venue = true;
    // (an outlet relaying someone's words, نقلت وكالة إنترفاكس عن نائب الوزير ريابكوف: the one after عن speaks)
    // (right after the outlet's name, its nisba adjectives or a date: عن further on is the words', اتهمت X الحزب
    // باستغلال الحادث لصرف الأنظار عن …, not a relay)
    if (v.is(i, 'speech-verbs.relay_preps') && first && relayerEnd(v, v.nameEnd(first), i) === i) {
      relayer = first.id;
      first = null;
      person = null;
      relayed = true;
      relayAt = i;
      continue;
    }
    const m = v.mention(i);
    // (Arabic: a person in construct after an unnamed speaker's noun is whose the speaker is, not the speaker: وقال محامي
    // فينيك إن …, the lawyer, unnamed)
    if (m && m.s === i && i > from && m.type === 'person' && v.lang === 'ar' && v.is(i - 1, 'speech-verbs.unnamed') && !v.key(i - 1).startsWith('ال') && !v.mention(i - 1) && (complementizerAt(v, m.e) || v.key(m.e) === '،' || v.key(m.e) === ',')) return { ids: [], end: m.e, text: v.span(from, m.e) };
    // (a hacker group is no speaker: نسب الباحثون الهجوم إلى مجموعة لازاروس; unless the phrase ends with it, before
    // إن/أن or a colon: ونفت لوك بيت أن …، ونفى ممثل عن لوك بيت أن …)
    // (a date between them too: قالت مجموعة "أنونيموس سودان" يوم الاثنين إنها)
    const groupEnd = m && m.type === 'threat_actor' ? pastDate(v, v.nameEnd(m), v.t.length) : -1;
    // (or past a relative clause on it set off by commas and the medium it spoke on: وقالت "كلوب"، التي …، على موقعها إنها)
    // (or past its field after ل and the one spoken to, عصابة "ألفف" لبرامج الفدية، and the statement the words were in,
    // في منشور: وقالت عصابة "ألفف" لبرامج الفدية، التي …، في منشور إنها)
    let said = groupEnd;
    if (m && m.type === 'threat_actor' && v.lang === 'ar') {
      said = lPhraseEnd(v, said);
      // (or its other name set off by commas: عصابة "ألفا في"، المعروفة أيضا باسم "بلاك كات"، على موقعها إن)
      const naming = (v.key(said) === '،' || v.key(said) === ',') && v.is(said + 1, 'attribution.naming');
      const close = commaRelativeAt(v, said + 1) || naming ? relativeClauseClose(v, said + 1, v.t.length) : -1;
      if (close > said) said = close + 1;
      const aside = statementAsideEnd(v, said);
      said = aside > said ? aside : pastMedium(v, said);
    }
    // (not one right after a body's generic noun, which is the subject, the group the object: ووصف المركز "رايسيدا" بأنها
    // مجموعة إجرامية)
    const nounAt = m && v.isQuote(m.s - 1) ? m.s - 2 : (m?.s ?? 0) - 1;
    const afterBodyNoun = !!m && v.lang === 'ar' && nounAt >= from && v.is(nounAt, 'speech-verbs.nominal') && !v.isAny(nounAt, ['attribution.group_nouns', 'attribution.weak_actors']);
    // (or the group right after a verb of denying, past a relative clause on it, an indefinite object after it: وتنفي
    // "أنونيموس سودان"، التي …، أي صلة لها بروسيا: the verb's subject, as a state's name there is)
    const denies = !!m && v.lang === 'ar' && v.is(from - 1, 'attribution.denials') && m.s - from <= 2 && indefiniteObjectAt(v, said);
    const groupSpeaks = m && m.type === 'threat_actor' && !afterBodyNoun && (complementizerAt(v, groupEnd) || v.key(groupEnd) === ':' || complementizerAt(v, said) || denies);
    if (!m || (m.type === 'threat_actor' && !groupSpeaks)) {
      // (Arabic: after a body named as the subject, an indefinite noun that is no office or title opens the verb's object:
      // أعلنت الهيئة العليا المستقلة للانتخابات فوز الرئيس قيس سعيد: the body speaks, not the person in the object)
      // (the body the phrase opens with, its head word before it or not: not one glued to a preposition inside an office's
      // words, رفض السفير الأميركي بمجلس الأمن اقتراح …)
      if (v.lang === 'ar' && first?.type === 'organization' && !person && !m && first.s - from <= 2 && !/^[بل]/.test(v.text.slice(v.t.start[first.s], first.span.start)) && indefiniteObjectAt(v, i)) break;
      if ((v.key(i) === ',' || v.key(i) === '،') && (person || first)) {
        // (an office, then its holder's name set off by a comma: المتحدثة باسم البيت الأبيض، سارة ساندرز إن)
        const named = !person && v.isAny(from, ['titles.titles', 'titles.role_heads', 'titles.spokesman_roles', 'speech-verbs.unnamed']) ? v.mention(i + 1) : null;
        // (or set off by commas on both sides, the object after it: ودعا زعيم الديمقراطيين في مجلس الشيوخ، تشاك شومر، ترامب إلى)
        if (named && named.s === i + 1 && named.type === 'person' && (v.is(named.e, 'speech-verbs.complementizers') || v.key(named.e) === v.key(i))) person = named;
        break;
      }
      if (m) i = m.e - 1;
      continue;
    }
    // (the one spoken to, after ل, glued or before a quotation mark: قال X لـ"الأهرام" إن، قال X لرويترز إن)
    const to = v.isQuote(m.s - 1) ? m.s - 2 : m.s - 1;
    // (or ل on the outlet's head word before the name, after a person or an unnamed source: صرح مصدر أمني لوكالة فرانس
    // برس؛ not after a document, whose ل is its author's: تقرير لوكالة بلومبيرغ)
    // (or after the statement the words were given in: وأضافت في تصريح لوكالة فرانس برس)
    // (or after a body's generic noun: وقالت البعثة لوكالة أسوشيتد برس)
    const toHead = to > from && addresseeHead(v, to) && (!!person || (v.isAny(from, ['speech-verbs.unnamed', 'speech-verbs.nominal']) && !v.is(from, 'speech-verbs.documents')) || v.is(to - 1, 'speech-verbs.statements'));
    // (right after the verb too: وقال لرويترز إن، وقال لقناة الجزيرة: the one spoken to, the subject left unsaid)
    const gluedTo = /^ل/.test(v.text.slice(v.t.start[m.s], m.span.start));
    const headAtVerb = to === from && addresseeHead(v, to);
    if ((i > from && (v.is(to, 'speech-verbs.addressee_preps') || toHead || gluedTo)) || (i === from && gluedTo) || headAtVerb) {
      i = m.e - 1;
      continue;
    }
    // (a body after a preposition of the audience, وقال X في شهادة أمام لجنة المالية بمجلس الشيوخ: the ones who heard it)
    if (venue) {
      i = m.e - 1;
      continue;
    }
    // (the body a mission is accredited to, after لدى: وقالت البعثة الروسية لدى الأمم المتحدة: the host, not the speaker)
    if (i > from && m.type === 'organization' && v.is(m.s - 1, 'speech-verbs.host_preps') && v.hitPre(m.s - 1, 'speech-verbs.host_preps') === 0) {
      i = m.e - 1;
      continue;
    }
    // (the medium the words went out on, after عبر or على and a noun or two: عبر قناتها على تطبيق تيليغرام)
    if (mediumBefore(v, m.s, from + 1)) {
      i = m.e - 1;
      continue;
    }
    // (a news agency after other words of the phrase is the one spoken to: أبلغ قائد الشرطة رويترز بأن)
    if ((m as { type: string }).type === 'news-agency' && i > from + 1 && v.isAny(from, ['titles.titles', 'titles.role_heads'])) {
      i = m.e - 1;
      continue;
    }
    // (a place after a preposition inside the phrase is where the speaker is from, not the speaker: قائد شرطة
    // الإنترنت في أوكرانيا)
    // (and the places joined to it: وكالات من بريطانيا وكندا وأستراليا)
    const joined = place && m.type === 'location' && (m.s === placeEnd || (m.s === placeEnd + 1 && v.key(placeEnd) === 'و'));
    // (a place's own head word between, في ولاية بنسلفانيا, changes nothing)
    const prep = beforePlace(v, m.s);
    // (Arabic: a place in construct after a body's head and a noun or two, مكتب شؤون تايوان الصيني, is in the body's
    // name: no speaker of its own)
    const inBodyName = v.lang === 'ar' && m.type === 'location' && m.s > from + 1 && m.s - from <= 3 && v.is(from, 'organizations.heads') && !v.mention(from + 1) && v.isArabic(m.s - 1) && !v.key(m.s - 1).startsWith('ال');
    // (nor a place after the word of a seat, منصة مقرها سنغافورة: where the speaker is based; a bare preposition of
    // origin, من or في, is the place rule's)
    const seat = m.type === 'location' && m.s - 1 > from && v.hitEnd(m.s - 1, 'attribution.origin_preps') === m.s && !v.is(m.s - 1, 'speech-verbs.place_preps') && !v.mention(m.s - 1);
    if (seat && !place) seated = true;
    if (m.type === 'location' && (joined || inBodyName || seat || (prep >= from && v.is(prep, 'speech-verbs.place_preps')) || /[بل]/.test(v.text.slice(v.t.start[m.s], m.span.start)))) {
      place ??= m;
      placeEnd = m.e;
      i = m.e - 1;
      continue;
    }
    // (a person after a preposition of company, a title between or not, is the one met, not the speaker: وقال X بعد
    // اجتماع مع الرئيس Y)
    if (m.type === 'person' && person && companionAt(v, m.s, from)) {
      i = m.e - 1;
      continue;
    }
    first ??= m;
    if (m.type === 'person') person = m;
    i = m.e - 1;
  }
  // (with the nationality after the place: مكتب شؤون تايوان الصيني)
  if (!first && !person && place && (seated || v.isAny(from, ['titles.titles', 'titles.role_heads', 'organizations.heads', 'speech-verbs.unnamed']))) {
    const end = Math.max(place.e, v.demonymEnd(place.e));
    return { ids: [], end, text: v.span(from, end) };
  }
  // (an outlet relaying an unnamed source's words: نقلت وكالة رويترز عن مسؤول أمريكي: that source, unnamed)
  if (relayed && !first && !person) {
    const ue = v.hitEnd(relayAt + 1, 'speech-verbs.unnamed');
    if (ue > relayAt + 1) {
      const end = Math.max(ue, v.demonymEnd(ue));
      return { ids: [], end, text: v.span(relayAt + 1, end), ...(relayer ? { relayer } : {}) };
    }
    // (or a body's noun, نقلت وكالة رويترز عن الصحيفة أن: the relaying outlet speaks, the noun as written)
    const ne = v.hitEnd(relayAt + 1, 'speech-verbs.nominal');
    if (ne > relayAt + 1 && relayer) return { ids: [], end: ne, text: v.span(relayAt + 1, ne), relayer };
  }
  // an organization's head word first (حملة مرشح … إيمانويل ماكرون: the campaign, not the man; وزارة …) and no
  // title before a person: the speaker is the body, unnamed unless the head is the body's own name
  const headFirst = !relayed && v.isAny(from, ['organizations.heads', 'speech-verbs.nominal']) && !v.isAny(from, ['titles.titles', 'titles.role_heads']);
  if (person && headFirst && first !== person && (!first || first.s > from)) return { ids: [], end: person.e, text: v.span(from, person.e) };
  // an office and a body with no name (نائب رئيس مايكروسوفت أن …): the person last named who held it
  if (!person && first && v.isAny(from, ['titles.titles', 'titles.role_heads']) && first.type === 'organization') {
    const holder = v.lastBefore(from, ['person']);
    if (holder && from - holder.e < 400) return { ids: [holder.id], end: first.e };
  }
  const m = person ?? first;
  // (an Arabic office and a name no list knows, up to the colon: وقال نائب وزير الخزانة والي أديمو: — that speaker,
  // unnamed, not the one before; an office whose last word has the article, وزير الخزانة الأمريكي إنه, is the holder
  // named before, as ever; not up to إن/أن, where the dev articles' phrases run on: وندد الرئيس الأمريكي أيضا بمزاعم
  // أكثر فداحة بأن is Trump's)
  if (!m && v.lang === 'ar' && v.isAny(from, ['titles.titles', 'titles.role_heads']) && stop > from + 2 && stop <= from + 6 && stop < to && v.key(stop) === ':' && v.isArabic(stop - 1) && !v.key(stop - 1).startsWith('ال') && !v.isAny(stop - 1, ['titles.titles', 'titles.role_heads', 'speech-verbs.unnamed'])) return { ids: [], end: stop, text: v.span(from, stop) };
  if (!m) return null;
  // coordinated: فيسبوك وتويتر، X و Y
  const list = joinedAfter(v, m, true);
  return { ids: list.map((x) => x.id), end: list[list.length - 1].e };
}

/** Where a noun of a state's people, government or bodies (`speech-verbs` state_speakers, state_officials, nominal,
 *  unnamed) with a nationality adjective right after it ends, the phrase starting at token k (السلطات الأمريكية); else -1. */
export function nationalitySubjectEnd(v: View, k: number): number {
  for (const c of SUBJECT_NOUNS) {
    const e = v.hitEnd(k, c);
    if (e <= k) continue;
    let end = v.demonymEnd(e);
    // (or one indefinite noun of what they do between: مسؤولو استخبارات أمريكيون)
    if (end <= e) end = Math.max(end, nisbaPastNoun(v, e));
    // (the list's own phrase may end in the adjective: مسؤولون أمريكيون)
    if (end <= e) end = e - 1 > k && v.demonymEnd(e - 1) === e ? e : -1;
    // (and other nationalities joined to it by و: مسؤولون أمريكيون وبريطانيون)
    while (end > 0 && v.text[v.t.start[end]] === 'و' && v.demonymEnd(end) > end) end = v.demonymEnd(end);
    // (or an unnamed source with no adjective, a name right after it and then the charge: واتهم مسؤولون كوريا الشمالية
    // بشن الهجوم, the name is the accused)
    if (end < 0 && (c === 'speech-verbs.unnamed' || c === 'speech-verbs.state_officials')) {
      const accused = v.mention(e);
      if (accused && accused.s === e && arabicCharge(v, v.nameEnd(accused))) end = e;
    }
    if (end < 0) continue;
    // (none where a name opens with it and goes on: البعثة الإيرانية لدى الأمم المتحدة is that body, named)
    const named = v.mention(k);
    return named && named.s === k && named.e > end ? -1 : end;
  }
  return -1;
}
/** The subject named earlier in a sentence for a later verb with none of its own: the last person or body (of `kinds`)
 *  named before it, else, with none in the sentence, a hacker group named there (وأعلنت مجموعة "X" مسؤوليتها …، وقالت
 *  إنها); the group stays second, as the object of a verb that a body is the subject of (وتتابع مايكروسوفت مجموعة فوسفور
 *  … وقالت). */
function namedSubjectBefore(v: View, cue: number, a: number, kinds: readonly string[]): TokMention | null {
  let named = lastBefore(v, cue, kinds);
  // (Arabic: not a name the medium's preposition governs, على قناتها في تطبيق تيليغرام: the one before it in the sentence)
  // (nor a wire story's dateline: لندن - قالت سلسلة مستشفيات …، the place is no subject)
  // (nor an Arabic place after a preposition of place, في المغرب: where, not who)
  // (nor the body an envoy or a mission is accredited to: البعثة الروسية لدى الاتحاد الأوروبي)
  while (named && named.s >= a && ((v.lang === 'ar' && (mediumBefore(v, named.s, a) || (v.is(named.s - 1, 'speech-verbs.host_preps') && v.hitPre(named.s - 1, 'speech-verbs.host_preps') === 0) || (named.type === 'location' && v.is(named.s - 1, 'speech-verbs.place_preps')))) || inDateline(v, named.s))) named = lastBefore(v, named.s, kinds);
  const group = lastBefore(v, cue, ['threat_actor']);
  // (Arabic: the subject of the verb that opens the sentence is the subject of a verb of saying joined to it by و, not
  // a name its object held: أعلنت مجموعة "أكيرا" مسؤوليتها عن هجوم استهدف شركة "…"، وقالت إنها سرقت …)
  const opening = v.lang === 'ar' && named && named.s >= a ? openingVerbSubject(v, a, cue, [...kinds, 'threat_actor']) : null;
  if (opening && opening.s <= named!.s) return laterClauseSubject(v, opening.e, cue, [...kinds, 'threat_actor']) ?? opening;
  // (a group named nearer the verb, after the name, is its subject: … نشرت مجموعة "جبروت" وثائق قالت إنها …)
  if (named && named.s >= a) return v.lang === 'ar' && group && group.s > named.s ? group : named;
  return group && group.s >= a ? group : named;
}
/** Arabic: the subject of a later clause than the sentence's first, nearer the verb of saying at token cue: after a
 *  comma, كما or none, a verb and its named subject (وعرضت الخارجية مكافآت، كما فرضت وزارة الخزانة عقوبات على X، وهو
 *  قرصان قالت إنه …: the Treasury, not the State Department); the nearest such clause after token `from`, else null. */
function laterClauseSubject(v: View, from: number, cue: number, kinds: readonly string[]): TokMention | null {
  // (within a sentence's usual length back: a long line of commas and subjectless verbs stays linear)
  for (let k = cue - 1; k > Math.max(from, cue - SUBJECT_REACH); k--) {
    // (or an adverbial clause's conjunction, أن after it or not: بعد أن نشرت مجموعة X ملفات قالت إنها …)
    if (v.is(k, 'speech-verbs.adverbial_conjunctions')) {
      const later = openingVerbSubject(v, complementizerAt(v, k + 1) ? k + 2 : k + 1, cue, kinds);
      if (later && later.s > k) return later;
      continue;
    }
    if (v.key(k) !== '،' && v.key(k) !== ',') continue;
    const later = openingVerbSubject(v, v.is(k + 1, 'speech-verbs.as_markers') ? k + 2 : k + 1, cue, kinds);
    if (later && later.s > k) return later;
  }
  return null;
}

/**
 * Arabic: the subject of the verb that opens the sentence at token a, past a dateline: the name right after it, a body's
 * head word or a group's noun, a definite word or two, a naming phrase and quotation marks between (وفرضت وزارة الخزانة
 * عقوبات؛ أعلنت مجموعة القرصنة المعروفة باسم "أكيرا" مسؤوليتها), of `kinds`, ending before the verb of saying at token
 * cue and agreeing with it in gender (a body's head word, or an opening verb of saying's own ending); else null.
 */
function openingVerbSubject(v: View, a: number, cue: number, kinds: readonly string[]): TokMention | null {
  const verb = datelineEnd(v, a, cue);
  // (a verb: no preposition or clause opener, وفي موسكو أصدرت الخارجية الروسية …: the place is no subject)
  if (verb >= cue || !v.isArabic(verb) || v.mention(verb) || v.key(verb).startsWith('ال') || v.isAny(verb, NO_OPENING_VERB) || (v.is(verb, 'speech-verbs.verbs') && genderClash(v, verb, cue))) return null;
  for (let k = verb + 1, words = 0; k < Math.min(cue, verb + 8); k++) {
    const m = v.mention(k);
    if (m) return m.s === k && m.e < cue && kinds.includes(m.type) && !bodyGenderClash(v, m, cue) ? m : null;
    const named = v.hitEnd(k, 'attribution.naming');
    // (past a side's or a link's phrase and the name its last letter is glued to: أعلنت مجموعة القرصنة الموالية لروسيا
    // "كيلنت": the group, not Russia)
    const side = Math.max(v.hitEnd(k, 'attribution.sides.glued'), v.hitEnd(k, 'attribution.links.glued'));
    if (named > k) k = named - 1;
    else if (side > k && /^[بل]/.test(v.key(side))) k = (v.mention(side)?.e ?? side + 1) - 1;
    else if (v.isAny(k, ['organizations.heads', 'attribution.group_nouns'])) words = 0;
    else if (!v.isQuote(k) && !(k > verb + 1 && v.key(k).startsWith('ال') && ++words <= 2)) return null;
  }
  return null;
}
/** A relative pronoun, or و and a pronoun opening an aside (وهو): after a comma, a clause on the one named before. */
const RELATIVE_OPENERS = ['speech-verbs.relatives', 'speech-verbs.aside_pronouns'];
const NO_OPENING_VERB = ['speech-verbs.place_preps', 'speech-verbs.date_preps', 'speech-verbs.clause_openers', SOURCES];
const SUBJECT_NOUNS = ['speech-verbs.state_speakers', 'speech-verbs.state_officials', 'speech-verbs.nominal', 'speech-verbs.unnamed'];

/** Arabic: where a nationality ends that follows one indefinite noun at token k, the noun of what unnamed people do
 *  (مسؤولو استخبارات | أمريكيون), else -1. */
function nisbaPastNoun(v: View, k: number): number {
  if (!v.isArabic(k) || v.mention(k) || v.key(k).startsWith('ال') || v.isAny(k, UNLISTED_STOPS)) return -1;
  const e = v.demonymEnd(k + 1);
  return e > k + 1 ? e : -1;
}

/** Whether token k is a body's head word with ل glued to it (لقناة، لوكالة): the one words are given to. */
function addresseeHead(v: View, k: number): boolean {
  return v.key(k).startsWith('ل') && v.isAny(k, ['organizations.name_heads', 'organizations.heads']) && v.hitPre(k, 'organizations.name_heads') + v.hitPre(k, 'organizations.heads') > 0;
}

/** Whether a medium's preposition (عبر، على) stands among the four words before token s, after `from`. */
function mediumBefore(v: View, s: number, from: number): boolean {
  for (let p = Math.max(from, s - 4); p < s; p++) if (v.is(p, 'speech-verbs.medium_preps') && v.hitPre(p, 'speech-verbs.medium_preps') === 0 && !inNaming(v, p)) return true;
  return false;
}

/** Arabic: where the one told ends when it opens at token k after a verb of telling at token `verb` (أبلغ، أخبر:
 *  speech-verbs.addressee_verbs), an audience's word (البرلمان، الصحفيين) or, unless `wordOnly`, a name, with إن/أن right
 *  after it; else -1. */
function toldEnd(v: View, verb: number, k: number, wordOnly = false): number {
  if (v.lang !== 'ar' || !v.is(verb, 'speech-verbs.addressee_verbs')) return -1;
  const e = wordOnly ? v.hitEnd(k, 'speech-verbs.audiences') : heardEnd(v, verb, k);
  return e > k && complementizerAt(v, e) ? e : -1;
}

/** Whether token p is inside a phrase that gives a group its name (تطلق على نفسها اسم: its على is no medium's). */
function inNaming(v: View, p: number): boolean {
  for (let q = Math.max(0, p - 2); q <= p; q++) if (v.hitEnd(q, 'attribution.naming') > p) return true;
  return false;
}

/** Whether the name at token s (its head word before it or not: وزارة + الخزانة) comes right after a verb or verbal
 *  noun of saying, sanctioning, accusing or a hostile act (فرض وزارة الخزانة، اتهمت الوزارة), its doer; after token a. */
function doerOfVerbAt(v: View, s: number, a: number): boolean {
  let k = s - 1;
  if (k > a && !v.mention(k) && v.is(k, 'organizations.heads')) k--;
  return k > a && v.isAny(k, ['attribution.sanction_verbs', 'attribution.act_verbs', 'attribution.accuse_verbs', 'speech-verbs.verbs']);
}

/** Arabic: where the subject ends when an indefinite noun in construct with a definite one follows a verb that takes an
 *  object, and the object, a definite noun no name, follows them (ورفضت أحزاب المعارضة النتيجة): from + 2, else -1. A
 *  construct alone after such a verb is its object, the subject unsaid (رفضت أحزاب المعارضة: she rejected them). */
function constructSubjectEnd(v: View, from: number, b: number): number {
  if (v.lang !== 'ar' || from + 2 >= b) return -1;
  const plain = (k: number) => v.isArabic(k) && !v.mention(k) && !v.isAny(k, [...UNLISTED_STOPS, 'speech-verbs.subject_gaps', 'speech-verbs.verbs', 'speech-verbs.complementizers']);
  const definite = (k: number) => plain(k) && v.key(k).startsWith('ال');
  // (the genitive may be a title's word, the opposition's: أحزاب المعارضة)
  const genitive = definite(from + 1) || (v.isArabic(from + 1) && !v.mention(from + 1) && v.key(from + 1).startsWith('ال') && v.is(from + 1, 'titles.titles'));
  return plain(from) && !v.key(from).startsWith('ال') && !/^[بلكو]/.test(v.key(from)) && genitive && definite(from + 2) ? from + 2 : -1;
}

/** Arabic: where a subject of an indefinite noun in construct with one or two definite words ends right before إن/أن
 *  (إدارة الوكالة، مجلس إدارة الشركة), none of them a name, a stop word or a verb; else -1. */
function constructSpeakerEnd(v: View, from: number, b: number): number {
  if (v.lang !== 'ar' || from + 2 >= b) return -1;
  const plain = (k: number) => v.isArabic(k) && !v.mention(k) && !v.dates.has(k) && !v.isAny(k, [...UNLISTED_STOPS, 'speech-verbs.subject_gaps', 'speech-verbs.verbs', 'speech-verbs.complementizers']);
  if (!plain(from) || v.key(from).startsWith('ال') || /^[بلكو]/.test(v.key(from)) || PRONOUN_SUFFIXED_AR.test(v.key(from))) return -1;
  // (the genitive may be a body's generic noun, إدارة الوكالة, which alone would stand for a body named before)
  let k = from + 1;
  while (k < b && k < from + 3 && v.isArabic(k) && !v.mention(k) && !v.dates.has(k) && v.key(k).startsWith('ال') && !v.isAny(k, ['speech-verbs.verbs', 'speech-verbs.complementizers', 'titles.titles'])) k++;
  return k > from + 1 && complementizerAt(v, k) ? k : -1;
}

/** Arabic: where an office's head with no article and no proclitic at token from (وزير), one or two adjectives with no
 *  article after it or none (بارز، سابق), ends before إن/أن; else -1. */
function indefiniteRoleEnd(v: View, from: number, b: number): number {
  if (!v.is(from, 'titles.role_heads') || v.hitPre(from, 'titles.role_heads') > 0 || v.mention(from) || v.key(from).startsWith('ال')) return -1;
  let k = from + 1;
  while (k < Math.min(b, from + 3) && v.isArabic(k) && !v.key(k).startsWith('ال') && !v.mention(k) && !v.isAny(k, ['speech-verbs.complementizers', ...UNLISTED_STOPS])) k++;
  return v.is(k, 'speech-verbs.complementizers') ? k : -1;
}

/** An Arabic subject right after a speech verb that no list knows (النيابة العامة): a noun and its adjectives, two to
 *  four Arabic words with the article (one word alone may be a document speaking for its author: وتقول الدعوى إن), none
 *  of them a title, a generic noun, a stop word of the speaker phrase or a name, then إن/أن or a colon; where it ends,
 *  else -1. */
function unlistedSubjectEnd(v: View, from: number, b: number, dates: ReadonlySet<number>): number {
  if (v.lang !== 'ar') return -1;
  // (a word or two no list knows and no article, then a date and إن/أن: وقالت لوفتهانزا يوم السبت إن; the date is no part
  // of it)
  // (or an indefinite noun phrase of two to seven words, where it is and when, then إن/أن: قالت سلسلة مستشفيات خاصة في
  // بريطانيا يوم الجمعة إن؛ يقول محامو رجل أعمال أمريكي إن: that speaker, unnamed)
  if (!v.key(from).startsWith('ال')) {
    let k = from;
    // (no verb of saying on the way, كشفت ما تقول إنه)
    // (a title's word with the article past the first word is its genitive, not a person's office: أحزاب المعارضة)
    const stop = (j: number) => v.isAny(j, [...UNLISTED_STOPS, 'speech-verbs.subject_gaps', 'speech-verbs.verbs']) && !(j > from && v.key(j).startsWith('ال') && v.is(j, 'titles.titles') && !v.isAny(j, ['speech-verbs.nominal', 'speech-verbs.unnamed', 'speech-verbs.complementizers']));
    while (k < Math.min(b, from + 7) && v.isArabic(k) && !v.mention(k) && !dates.has(k) && !placeAfter(v, k) && !stop(k)) k++;
    if (k === from) return -1;
    let d = k;
    // (a relative clause on it set off by commas before إن/أن: أحزاب المعارضة، التي حصلت على 37 بالمئة، إنها)
    if (k - from >= 2 && k + 1 < b && commaRelativeAt(v, k + 1)) {
      const j = relativeClauseClose(v, k + 1, b);
      if (j > 0 && complementizerAt(v, j + 1)) return v.is(j + 1, 'speech-verbs.complementizers') ? k : -1;
    }
    const place = placeAfter(v, d);
    if (place) d = place.e;
    while (d < b && d < k + 3 && !dates.has(d) && v.isAny(d, ['speech-verbs.date_preps', 'speech-verbs.subject_gaps'])) d++;
    // (with no date, two words or more, the first with no preposition glued to it: أعتقد بدرجة كبيرة أن; or one noun
    // before إلى أن, what a verb of concluding reached: خلص تحقيق إلى أن)
    const reached = k - from === 1 && d === k && v.is(d, 'speech-verbs.pointing_preps') && complementizerAt(v, d + 1) && !/^[بلكو]/.test(v.key(from)) && v.isAny(from - 1, ['attribution.claims']);
    if (reached) return k;
    if (!dates.has(d) && (k - from < 2 || /^[بلك]/.test(v.key(from)))) return -1;
    while (d < b && d < k + 5 && dates.has(d)) d++;
    return v.is(d, 'speech-verbs.complementizers') ? k : -1;
  }
  for (let k = from; k < Math.min(b, from + 5); k++) {
    if (k > from + 1 && (v.is(k, 'speech-verbs.complementizers') || v.key(k) === ':')) return k;
    if (k > from && !v.key(k).startsWith('ال')) return -1;
    // (nor a date: أعلنت الأسبوع الماضي أنها)
    if (!v.isArabic(k) || v.mention(k) || dates.has(k) || v.isAny(k, UNLISTED_STOPS)) return -1;
  }
  return -1;
}
/**
 * Arabic: an office right after a verb of saying at token `from`, by its role's head with no proclitic and up to three
 * definite words of what it heads (وزير الخارجية الروسي، مدير الشركة), then up to three words no list knows (a name:
 * فريدون موافق) or none, then إن/أن: where the phrase ends (e), where the office's first defining word ends (oe, the
 * word officeHolderAr matches), and whether a name follows; else null.
 */
function roleSubject(v: View, from: number, b: number, dates: ReadonlySet<number>): { e: number; oe: number; named: boolean } | null {
  if (v.hitPre(from, 'titles.role_heads') !== 0) return null;
  const te = v.hitEnd(from, 'titles.role_heads');
  if (te <= from) return null;
  let k = te;
  // (what it heads may be a body's generic noun, مدير الشركة)
  while (k < b && k < te + 3 && v.isArabic(k) && v.key(k).startsWith('ال') && !v.mention(k) && !dates.has(k) && !v.isAny(k, ROLE_COMPLEMENT_STOPS)) k++;
  if (k === te) return null;
  const oe = te + 1;
  const d = k;
  while (k < b && k < d + 3 && v.isArabic(k) && !v.mention(k) && !dates.has(k) && !v.key(k).startsWith('ال') && !v.isAny(k, UNLISTED_STOPS)) k++;
  // (the statement the words were given in between: وقال وزير الداخلية، في تصريحات لرويترز، إن)
  // (or a date: وقال وزير الشؤون الرقمية البولندي يوم الجمعة إن; the date no part of the office's words)
  const dated = pastDate(v, k, b);
  // (or the one spoken to, after ل or an outlet right after it: وقال قائد الشرطة لرويترز إن، وأبلغ قائد الشرطة رويترز بأن)
  const outlet = v.mention(k);
  const heard = Math.max(addresseeAfter(v, k), outlet && outlet.s === k && outlet.type === 'news-agency' ? outlet.e : -1);
  return complementizerAt(v, k) || statementAsideEnd(v, k) > k || (dated > k && complementizerAt(v, dated)) || (heard > k && complementizerAt(v, heard)) ? { e: k, oe, named: k > d } : null;
}

/** An Arabic subject after an accusing verb that no list knows, ended by the charges it brings (ووجهت النيابة العامة في
 *  كولونيا اتهامات؛ وجهت هيئة محلفين اتحادية الاتهام): one to six Arabic words, the first definite or an organization's
 *  head, none a date, a complementizer or a stop word; where the charges start, else -1. */
function subjectBeforeCharge(v: View, from: number, b: number, dates: ReadonlySet<number>): number {
  if (v.lang !== 'ar' || v.mention(from) || v.isAny(from, UNLISTED_STOPS) || !(v.key(from).startsWith('ال') || v.is(from, 'organizations.heads'))) return -1;
  for (let k = from + 1; k < Math.min(b, from + 7); k++) {
    // (the charges as the verb's object, no preposition glued to them: ندد الرئيس بمزاعم is a man denouncing)
    // (or as a phrase, أصابع الاتهام)
    if (v.is(k, 'attribution.allegations') && v.hitPre(k, 'attribution.allegations') === 0) return k;
    if (v.is(k, 'attribution.accusations') && v.hitPre(k, 'attribution.accusations') === 0 && v.hitEnd(k, 'attribution.accusations') > k + 1) return k;
    // (where the subject sits: في كولونيا)
    const place = placeAfter(v, k);
    if (place) {
      k = place.e - 1;
      continue;
    }
    // (no name: a named subject is subjectsAfter's)
    if (!v.isArabic(k) || dates.has(k) || v.mention(k) || v.isAny(k, UNLISTED_STOPS)) return -1;
  }
  return -1;
}

/** Past a date at token k, the word before it (يوم) and the commas around it (، يوم الأربعاء،): where what follows
 *  starts; k where no date is there. */
export function pastDate(v: View, k: number, b: number): number {
  let j = k;
  if (j < b && (v.key(j) === '،' || v.key(j) === ',')) j++;
  if (j + 1 < b && !v.dates.has(j) && v.dates.has(j + 1)) j++;
  if (j >= b || !v.dates.has(j)) return k;
  while (j < b && v.dates.has(j)) j++;
  if (j < b && (v.key(j) === '،' || v.key(j) === ',')) j++;
  return j;
}

/**
 * Where a gloss of the name ending at token k ends (its closing comma passed): a comma, a word of
 * speech-verbs.gloss_openers and up to eight tokens to the next comma (، أي "العصفور المفترس"،), or a bracket's words
 * ("غونجشك دراندة" (العصفور المفترس)); k itself when none stands there or the clause ends first.
 */
export function pastGloss(v: View, k: number, b: number): number {
  if (k < b && v.key(k) === '(') {
    for (let j = k + 1; j < Math.min(b, k + 10); j++) if (v.key(j) === ')') return j + 1;
    return k;
  }
  if (k + 1 >= b || (v.key(k) !== '،' && v.key(k) !== ',') || !v.is(k + 1, 'speech-verbs.gloss_openers') || v.hitPre(k + 1, 'speech-verbs.gloss_openers') > 0) return k;
  for (let j = v.hitEnd(k + 1, 'speech-verbs.gloss_openers'); j < Math.min(b, k + 10); j++) {
    if (v.key(j) === '،' || v.key(j) === ',') return j + 1;
    if (v.clauseEnd(j)) return k;
  }
  return k;
}

/**
 * The person, named before token k within about two paragraphs (and 40 names) by a name of two words or more, whose name's
 * last word is the word at k (شور after إيلان شور); null when two such people share it or none does.
 */
function surnameOfEarlier(v: View, k: number): string | null {
  if (!v.isArabic(k)) return null;
  const key = v.key(k);
  let found: string | null = null;
  // (at most 40 names back: a line of names stays linear)
  let n = 0;
  for (let m = v.lastBefore(k, ['person']); m && n++ < 40 && v.t.start[k] - m.span.end < 2000; m = v.lastBefore(m.s, ['person'])) {
    if (m.e - m.s < 2 || v.key(m.e - 1) !== key) continue;
    if (found && found !== m.id) return null;
    found = m.id;
  }
  return found;
}

/** Where the word before a place's name at token s stands, past the article (in the Netherlands) or the place's own head
 *  word (في ولاية بنسلفانيا): the token a preposition of place would be. */
function beforePlace(v: View, s: number): number {
  return s - 1 >= 0 && (v.key(s - 1) === 'the' || v.is(s - 1, 'organizations.place_words')) ? s - 2 : s - 1;
}

/** The place named right after a preposition of place at token k (في كولونيا، في بغداد), else null. */
function placeAfter(v: View, k: number): TokMention | null {
  const place = v.is(k, 'speech-verbs.place_preps') ? v.mention(k + 1) : null;
  // (or the body a mission is accredited to: البعثة الروسية لدى الأمم المتحدة)
  return place && place.s === k + 1 && (place.type === 'location' || (place.type === 'organization' && v.is(k, 'speech-verbs.host_preps'))) ? place : null;
}
/** Words that end what an office heads (وزير الخارجية، مدير الشركة): a body's generic noun may be it. */
const ROLE_COMPLEMENT_STOPS = ['speech-verbs.speaker_stops', 'speech-verbs.complementizers', 'titles.titles', 'titles.role_heads', 'speech-verbs.date_preps'];
const UNLISTED_STOPS = [...ROLE_COMPLEMENT_STOPS, 'speech-verbs.nominal', 'speech-verbs.unnamed'];

/** The last mention of the given types before token `before` that is no possessive (Putin's denials: not Putin). */
function lastSubject(v: View, before: number, types: readonly string[]): TokMention | null {
  let at = before;
  for (let n = 0; n < 5; n++) {
    const m = v.lastBefore(at, types);
    if (!m) return null;
    if (!v.possessiveAt(m.e)) return m;
    at = m.s;
  }
  return null;
}

/** The body a spokesman named by a pronoun speaks for (its spokeswoman, متحدث باسمها): the organization that spoke last,
 *  else the organization or group named last, within about two paragraphs; null when none. */
function spokenFor(v: View, before: number): string | null {
  const spoke = salientBody(v, before);
  if (spoke) return spoke;
  const m = lastBefore(v, before, ['organization', 'threat_actor']);
  return m && v.t.start[before] - m.span.end < 1200 ? m.id : null;
}

/** The last mention of the given types before token `before`. */
function lastBefore(v: View, before: number, types: readonly string[]): TokMention | null {
  return v.lastBefore(before, types);
}

/** The organization named last before a token that a generic noun may stand for: in English, not one after a
 *  preposition when a body named otherwise comes a little before it (The Cox Media Group … reporters … on Twitter … The
 *  company: Cox), else the last named. */
function lastBodyNamed(v: View, before: number): TokMention | null {
  const last = v.lastBefore(before, ['organization']);
  if (!last || v.lang !== 'en' || !afterPreposition(v, last, 0)) return last;
  let m: TokMention | null = last;
  for (let n = 0; n < 4 && m; n++) {
    m = v.lastBefore(m.s, ['organization']);
    if (m && last.s - m.e > BODY_REACH) return last;
    if (m && !afterPreposition(v, m, 0) && !v.possessiveAt(m.e)) return m;
  }
  return last;
}
/** how far before the last body named, in tokens, one named otherwise is taken instead (lastBodyNamed) */
const BODY_REACH = 80;

/** The outlet named last before a token (within 3,000 tokens): a news agency, or a body named as an outlet (صحيفة "صباح"). */
function lastOutlet(v: View, before: number): TokMention | null {
  // (within a few paragraphs: a bounded look back, so a long text of such nouns stays linear)
  for (let k = before - 1; k >= 0 && k >= before - 3000; k--) {
    const m = v.mention(k);
    if (m && (m.type === 'news-agency' || (m.type === 'organization' && v.isOutlet(m.id)))) return m;
  }
  return null;
}

/** Whether the English cue word at token s follows an article or a claim's quantifier (a report, any link, such claims):
 *  a noun, no verb of saying. */
function cueNounAt(v: View, s: number, a: number): boolean {
  return v.lang === 'en' && s - 1 >= a && (DETERMINERS.has(v.key(s - 1)) || v.is(s - 1, 'attribution.claim_quantifiers'));
}

/** An English past participle right after a common noun and before to/by/with (a front company tied to the IRGC, a group
 *  linked to Iran): a reduced relative clause, no cue of speech. */
function nounParticiple(v: View, cue: { s: number; e: number }, a: number): boolean {
  if (cue.e !== cue.s + 1 || !/ed$/.test(v.key(cue.s)) || !v.is(cue.e, 'speech-verbs.reduced_relative_preps')) return false;
  // (the word before a common noun: no subject's pronoun, auxiliary, adverb or clause opener, which make the verb finite)
  const k = cue.s - 1;
  return k >= a && /^[a-z]{3,}$/.test(v.surface(k)) && !v.mention(k) && !v.isAny(k, NOT_NOUNS) && !/ly$/.test(v.key(k)) && !BE_FORMS.has(v.key(k));
}
const NOT_NOUNS = ['speech-verbs.subject_gaps', 'speech-verbs.person_pronouns', 'speech-verbs.body_pronouns', 'speech-verbs.clause_openers'];

/** Where an object cue's words from token s end before e: at a comma, then "and"/"but" and a clause's subject, negation or
 *  auxiliary (…, and the Taiwan Affairs Office did not respond; …, and did not comment), or، then و on a negation (…، ولم
 *  يرد …); a list going on (hacking, espionage, and sabotage; …، وروسيا) does not end them; else e. */
function objectClauseEnd(v: View, s: number, e: number): number {
  for (let k = s + 1; k + 2 < e; k++) {
    if (v.key(k) !== ',' && v.key(k) !== '،') continue;
    if (v.lang === 'ar') {
      if (v.hitPre(k + 1, 'speech-verbs.negations') > 0 && v.text[v.t.start[k + 1]] === 'و') return k;
      continue;
    }
    if (!v.is(k + 1, 'speech-verbs.clause_coordinators')) continue;
    const n = k + 2;
    const m = v.mention(n);
    if ((m && m.s === n && m.type !== 'location') || v.isAny(n, ['speech-verbs.negations', 'speech-verbs.auxiliaries']) || (v.key(n) === 'the' && /^[A-Z]/.test(v.surface(n + 1)))) return k;
  }
  return e;
}

/** English: whether the participle phrase at token p is an aside set off by commas inside a clause, a verb after its
 *  closing comma (foreign hackers, working with officials inside the commission, altered the results): a past in -ed, an
 *  auxiliary or a form of be, within twelve words. */
function asideBeforeVerb(v: View, p: number, b: number): boolean {
  for (let k = p + 1; k < Math.min(b - 1, p + 12) && !v.clauseEnd(k) && !v.isQuote(k); k++) {
    if (v.key(k) !== ',') continue;
    const w = v.surface(k + 1);
    return (/^[a-z]{3,}ed$/.test(w) || v.is(k + 1, 'speech-verbs.auxiliaries') || BE_FORMS.has(v.key(k + 1))) && !v.is(k + 1, 'speech-verbs.clause_coordinators');
  }
  return false;
}

/** Where reported content ends: the sentence's end, short of its final punctuation. */
function contentEnd(v: View, from: number, b: number): number {
  // (at most MAX_CONTENT tokens: no sentence of news reports more, and a line with no full stop and a cue every few
  // words would otherwise give each cue the rest of the line, output growing with the square of the input)
  b = Math.min(b, from + MAX_CONTENT);
  let e = b;
  // (an English participle phrase after a comma is the speaker's, not the reported words: …, calling the claims …)
  for (let k = from + 2; k < b - 1; k++) {
    if (v.key(k) !== ',' && v.key(k) !== '،') continue;
    // (a tail naming the speaker again is no part of the words: …، على حد قوله; …, in his words)
    if (v.is(k + 1, 'speech-verbs.speaker_tails')) {
      e = k;
      break;
    }
    // (nor one that says who denied or confirmed them: …، وهو ما نفته السفارة الإيرانية; the claim's words end there)
    if (v.lang === 'ar' && denyingRelativeEnd(v, k + 1) > 0) {
      e = k;
      break;
    }
    if (v.key(k) !== ',') continue;
    const w = v.surface(k + 1);
    if (/^[a-z]{3,}ing$/.test(w) && !NOT_PARTICIPLE.test(w) && !asideBeforeVerb(v, k + 1, b)) {
      e = k;
      break;
    }
  }
  while (e > from && (v.clauseEnd(e - 1) || v.key(e - 1) === ',')) e--;
  // (a sentence that ends on an abbreviation keeps its point, which is the abbreviation's too: … in Jan., … Acme Inc.)
  if (e < b && v.key(e) === '.' && v.gluedToPrevious(e) && abbreviationBefore(v, e)) e++;
  return e;
}

/** The subject of "was quoted as" right before token `at` (Observers from the OSCE were quoted as saying: the OSCE), else null. */
function quotedAsSaying(v: View, at: number, a: number, dates: ReadonlySet<number>): Pick<SpeechFrame, 'speakers' | 'speakerText'> | null {
  if (at - 3 <= a || v.key(at - 1) !== 'as' || v.key(at - 2) !== 'quoted' || !BE_FORMS.has(v.key(at - 3))) return null;
  return subjectOfVerb(v, at - 3, a, dates);
}

/** The subject of the verb at token `verb`, as a verb of speech would have it: a name, a pronoun or a generic noun for what
 *  it stands for (the group), else the noun's words; null with none. */
function subjectOfVerb(v: View, verb: number, a: number, dates: ReadonlySet<number>): Pick<SpeechFrame, 'speakers' | 'speakerText'> | null {
  const subj = subjectsBefore(v, verb, a, dates);
  const generic = !subj?.ids.length ? pronounSpeaker(v, verb - 1, subj?.at ?? verb) : null;
  if (generic) return { speakers: [generic] };
  if (subj && (subj.ids.length || subj.text)) return { speakers: subj.ids, ...(subj.text ? { speakerText: subj.text } : {}) };
  const nom = nominalBefore(v, verb, a);
  return nom ? { speakers: [], speakerText: nom } : null;
}

/**
 * The speaker of a document named right before token `at` (a date and its preposition may stand between) whose sentence's
 * subject put it out: The group posted a message on Friday claiming … (the group), the ministry issued a statement
 * saying …; else null.
 */
function documentPutOut(v: View, at: number, a: number, dates: ReadonlySet<number>): Pick<SpeechFrame, 'speakers' | 'speakerText'> | null {
  let d = at - 1;
  while (d > a && d > at - 5 && (dates.has(d) || (dates.has(d + 1) && PREPS_EN.has(v.key(d))))) d--;
  // (past the medium it went out on, up to three words of its name: a statement on its website saying …)
  if (!v.is(d, 'speech-verbs.documents')) {
    for (let p = d; p > a && p >= d - 5 && v.isWord(p); p--) {
      if (!v.is(p - 1, 'speech-verbs.documents') || !v.is(p, 'speech-verbs.document_media')) continue;
      const me = v.hitEnd(p, 'speech-verbs.document_media');
      if (me <= d && d - me < 3) d = p - 1;
      break;
    }
  }
  if (!v.is(d, 'speech-verbs.documents')) return null;
  let verb = d - 1;
  while (verb > a && verb > d - 4 && (DETERMINERS.has(v.key(verb)) || v.is(verb, 'speech-verbs.document_modifiers'))) verb--;
  if (verb <= a || !v.isWord(verb) || v.mention(verb)) return null;
  return subjectOfVerb(v, verb, a, dates);
}

/** the relative pronouns a document's own clause opens with (a report that said, an analysis which found) */
const RELATIVE_THAT = new Set(['that', 'which']);

/** Whether an abbreviation of the lists (Jan, Inc, U.S) ends right before token `at`. */
function abbreviationBefore(v: View, at: number): boolean {
  for (let s = at - 1; s >= 0 && s >= at - 5; s--) if (v.hitEnd(s, 'abbreviations.abbreviations') === at) return true;
  return false;
}


function englishFrame(v: View, cue: { s: number; e: number }, a: number, b: number, nextCue: number, cueSpan: Span, objectCue: boolean, dates: ReadonlySet<number>, earlier: SpeechFrame | null): SpeechFrame | null {
  const lang = v.lang;
  // a participle after a form of "be" is passive (APT28 is linked to the GRU; was accused of): no one speaks; nor after
  // a noun (the group linked to Iran stole …)
  if ((BE_FORMS.has(v.key(cue.s - 1)) && !v.is(cue.s, 'speech-verbs.verbs')) || nounParticiple(v, cue, a)) return null;
  // a verb before an infinitive is no speech (officers believed to be part of …, is said to have)
  if (v.key(cue.e) === 'to' && /^(?:be|have|been|having)$/.test(v.key(cue.e + 1))) return null;
  // a verb of accusing with its charge right after it and no object is an object relative (a unit it blames for the
  // attack): an accusation the claims read, no words reported
  // (a verb of warning is no such verb: France warns of APT31 cyberspies …)
  if (objectCue && v.is(cue.s, 'attribution.accuse_verbs') && v.is(cue.e, 'attribution.charge_preps')) return null;
  // (nor a verb with "as" and a name right after it, a relative's naming: the operation, which it identified as Storm-2035)
  if (v.is(cue.e, 'attribution.predicate_words') && v.mention(cue.e + 1)?.s === cue.e + 1) return null;
  // a noun of saying after its agent's possessive, then "that" (Microsoft's announcement that …): the agent speaks
  if (v.is(cue.s, 'speech-verbs.speech_nouns') && !v.isAny(cue.s, ['speech-verbs.verbs', 'speech-verbs.claim_cues'])) {
    const owner = cue.s - 2 >= a && v.possessiveAt(cue.s - 2) ? v.mentionEndingAt(cue.s - 2) : null;
    if (!owner || owner.s < a || (owner.type !== 'organization' && owner.type !== 'person' && owner.type !== 'location')) return null;
    let c = cue.e;
    while (c < b && c < cue.e + 6 && v.key(c) !== 'that' && !v.clauseEnd(c)) c++;
    if (v.key(c) !== 'that') return null;
    const end = contentEnd(v, c + 1, Math.min(b, nextCueClause(v, c + 1, nextCue, b)));
    if (end - c - 1 < 2) return null;
    return { rule: `${lang}/quote/indirect`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c + 1, end), contentTok: [c + 1, end], kind: 'indirect', speakers: [owner.id], objectCue };
  }
  // a present participle after a comma (…, adding that …; …, accusing X of …) speaks for the speaker of the
  // sentence's verb before it; anywhere else it is no cue (in writing, a warning)
  if (v.is(cue.s, 'speech-verbs.participles') && !v.isAny(cue.s, ['speech-verbs.verbs', 'speech-verbs.claim_cues'])) {
    const k = v.key(cue.s - 1) === 'and' ? cue.s - 2 : cue.s - 1;
    // (or right after a document its subject put out, no comma between: The group posted a message on Friday claiming …;
    // or quoted as saying, the passive's subject: Observers from the OSCE were quoted as saying …)
    // (or after a preposition of time that makes it an adverbial: Germany recalled its ambassador after concluding that …)
    const comma = v.key(k) === ',' || (v.is(k, 'speech-verbs.adverbial_preps') && v.hitEnd(k, 'speech-verbs.adverbial_preps') === cue.s);
    let source: Pick<SpeechFrame, 'speakers' | 'speakerText'> | null = comma ? earlier : quotedAsSaying(v, cue.s, a, dates) ?? documentPutOut(v, cue.s, a, dates);
    // (with no verb of saying before it, the sentence's subject, a person or a body named first in it, at most six
    // words in: Estonia's Foreign Minister Margus Tsahkna welcomed the decision, saying …; a state opening the sentence)
    if (comma && (!source || (!source.speakers.length && !source.speakerText))) {
      let first: TokMention | null = null;
      // (past a wire story's dateline: BERLIN, May 6 (Reuters) - Germany recalled …)
      const a0 = datelineEnd(v, a, k);
      for (let j = a0; j < Math.min(k, a0 + 7) && !first; j++) {
        const m = v.mention(j);
        if (m && (m.type === 'person' || m.type === 'organization' || (m.type === 'location' && j === a0 && !v.possessiveAt(m.e)))) first = m;
        else if (m) j = m.e - 1;
      }
      if (first && first.e < k && !v.isPunct(first.e) && !v.isAny(first.e, ['speech-verbs.verbs', 'speech-verbs.claim_cues'])) source = { speakers: [first.id] };
    }
    if (!source || (!source.speakers.length && !source.speakerText)) return null;
    let c = cue.e;
    // (past the one told, and where, up to "that": …, telling reporters in Moscow that …)
    if (!objectCue && !v.is(c, 'speech-verbs.complementizers')) {
      let t = c;
      while (t < b && t < c + 6 && v.isWord(t) && !v.is(t, 'speech-verbs.complementizers') && !v.isAny(t, CUES)) t++;
      if (t > c && v.is(t, 'speech-verbs.complementizers') && v.key(t) === 'that') c = t;
    }
    if (v.is(c, 'speech-verbs.complementizers')) c = v.hitEnd(c, 'speech-verbs.complementizers');
    // (after a document the clause may follow with no "that": a message claiming it had stolen …; and after a comma a
    // clause that opens with its subject, a determiner, a pronoun or a name: …, saying the attacks had stolen …)
    else if (!objectCue && ((comma && !(v.is(c, 'speech-verbs.subject_openers') || (v.mention(c)?.s === c && v.mention(c)!.type !== 'person'))) || !v.isWord(c))) return null;
    const end = contentEnd(v, c, Math.min(b, nextCueClause(v, c, nextCue, b)));
    if (end - c < 2) return null;
    return { rule: `${lang}/quote/participle`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c, end), contentTok: [c, end], kind: 'indirect', speakers: source.speakers, ...(source.speakerText ? { speakerText: source.speakerText } : {}), objectCue };
  }
  // a relative clause on a document its sentence's subject put out, the verb of saying its own: Symantec released a
  // report that said …, issued research that found the group had …: the subject's words
  if (!objectCue && RELATIVE_THAT.has(v.key(cue.s - 1)) && cue.s - 2 > a && v.is(cue.s - 2, 'speech-verbs.documents')) {
    const source = documentPutOut(v, cue.s - 1, a, dates);
    if (!source?.speakers.length) return null;
    let c = cue.e;
    if (v.is(c, 'speech-verbs.complementizers')) c = v.hitEnd(c, 'speech-verbs.complementizers');
    // (with no "that", a clause that opens with its subject: a determiner, a pronoun or a name)
    else if (!(v.is(c, 'speech-verbs.subject_openers') || (v.mention(c)?.s === c && v.mention(c)!.type !== 'person'))) return null;
    const end = contentEnd(v, c, Math.min(b, nextCueClause(v, c, nextCue, b)));
    if (end - c < 2) return null;
    return { rule: `${lang}/quote/document-relative`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c, end), contentTok: [c, end], kind: 'indirect', speakers: source.speakers, objectCue };
  }
  // (as X says, set off in the clause: the words around it are X's; the marker first, the clause after)
  {
    const m = v.mentionEndingAt(cue.s);
    const nom = m ? undefined : nominalBefore(v, cue.s, a);
    const s0 = m ? m.s : nom ? v.tokenAt(nom.start) : -1;
    // (set off: after a comma or opening the sentence; not "known as X claimed")
    if (s0 - 1 >= a && v.is(s0 - 1, 'speech-verbs.as_markers') && (s0 - 1 === a || v.key(s0 - 2) === ',')) {
      const who = m ? m.id : pronounSpeaker(v, s0, s0);
      const f = who ? asSource(v, cue, a, b, s0 - 1, cue.e, [who], cueSpan, objectCue) : null;
      if (f) return f;
    }
  }
  // 1. after a closing quotation mark: "…," said X / "…," X said
  const before = cue.s - 1;
  const after = cue.e < v.t.length ? cue.e : -1;
  let speakers: string[] = [];
  let speakerText: Span | undefined;
  // the subject before the verb
  const subj = subjectsBefore(v, cue.s, a, dates);
  // "…," said X: the quote ends right before the cue (and its comma)
  // (a straight quotation mark closes when one opened before it in the paragraph)
  const closes = (k: number) => k >= 0 && v.isQuote(k) && (!OPENERS.has(v.key(k)) || (v.key(k) === '"' && openingQuote(v, k) >= 0));
  const quoteBefore = closes(before) ? before : before >= 1 && v.key(before) === ',' && closes(before - 1) ? before - 1 : -1;
  // (the subject between the quote and the verb: a name, or a pronoun: "…," she said)
  // (or an office alone: "…," the minister told Sky News)
  const nomBefore = nominalBefore(v, cue.s, a);
  const subjAt = subj && subj.at > a ? subj.at : nomBefore ? v.tokenAt(nomBefore.start) : pronounSpeaker(v, cue.s - 1, cue.s) ? cue.s - 1 : officePhraseStart(v, cue.s - 1, a);
  const quoteBeforeSubject = subjAt > a ? (closes(subjAt - 1) ? subjAt - 1 : v.key(subjAt - 1) === ',' && closes(subjAt - 2) ? subjAt - 2 : -1) : -1;
  // (a longer speaker phrase between the quote and the verb: "…," analysts at X who found it said; "…," BA
  // chairman Y said: the person named in it, else the first body)
  let phraseQuote = -1;
  let phraseWho: string | null = null;
  if (quoteBefore < 0 && quoteBeforeSubject < 0) {
    for (let k = cue.s - 2; k >= Math.max(a, cue.s - 14); k--) {
      const closing = closes(k) && (v.key(k + 1) === ',' || v.key(k - 1) === ',');
      if (v.clauseEnd(k) || (v.isQuote(k) && !closing)) break;
      if (closing) {
        const from = v.key(k + 1) === ',' ? k + 2 : k + 1;
        const inPhrase = v.mentions.filter((m) => m.s >= from && m.e <= cue.s);
        const who = inPhrase.filter((m) => m.type === 'person').at(-1) ?? inPhrase.find((m) => m.type === 'organization');
        if (who) {
          phraseQuote = k;
          phraseWho = who.id;
        }
        break;
      }
    }
  }
  if (phraseQuote >= 0 && phraseWho) {
    const open = openingQuote(v, phraseQuote);
    if (open >= 0 && phraseQuote - open > 2) {
      return { rule: `${lang}/quote/direct-cue-after`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(open + 1, phraseQuote), contentTok: [open + 1, phraseQuote], kind: 'direct', speakers: [phraseWho], objectCue };
    }
  }
  if (quoteBefore >= 0 || quoteBeforeSubject >= 0) {
    const close = quoteBefore >= 0 ? quoteBefore : quoteBeforeSubject;
    const open = openingQuote(v, close);
    // (a name in quotation marks is no words said: a group calling itself "Anonymous Sudan" said …)
    const quotedName = open >= 0 && v.quotedNameAt(open + 1) && v.mention(open + 1)!.e === close;
    if (open >= 0 && close - open > 2 && !quotedName) {
      let who: { ids: string[]; at?: number; text?: Span } | null = subj && subj.at > close ? subj : null;
      // (the subject after the verb only where the verb follows the quote at once, "…," said X: after "…," he told X,
      // X is the one told)
      if (!who && cue.s <= close + 1 + (v.key(close + 1) === ',' ? 1 : 0)) {
        const s = subjectsAfterEnglish(v, cue.e, b);
        if (s) who = { ids: s.ids, at: cue.e, text: s.text };
      }
      // (an unnamed head that is also a generic noun for the body last named, the report notes: that body)
      // (a pronoun or a generic noun after the quote points back past the quoted words, which name others)
      const generic = who && !who.ids.length ? pronounSpeaker(v, cue.s - 1, open) : null;
      if (generic) speakers = [generic];
      else if (who) {
        speakers = who.ids;
        speakerText = who.text;
      } else {
        // a pronoun or a generic noun right before the cue ("…," she said; "…," the company said)
        const pr = pronounSpeaker(v, cue.s - 1, open) ?? pronounSpeaker(v, after, open) ?? officeHolder(v, cue.s - 1, a);
        if (pr) speakers = [pr];
        else {
          const nom = nominalBefore(v, cue.s, a);
          const body = nom ? describedBody(v, nom, cue.s) : null;
          const office = body || nom ? -1 : officePhraseStart(v, cue.s - 1, a);
          if (body) speakers = [body];
          else if (nom) speakerText = nom;
          else if (office >= 0) speakerText = v.span(office, cue.s);
        }
      }
      return { rule: `${lang}/quote/direct-cue-after`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(open + 1, close), contentTok: [open + 1, close], kind: 'direct', speakers, ...(speakerText ? { speakerText } : {}), objectCue };
    }
  }
  // (the reported clause before the cue starts after a wire story's dateline: LONDON (Reuters) - …, X said)
  const c0 = datelineEnd(v, a, cue.s);
  // 2. the subject before the verb; else a verb coordinated with an earlier one of the sentence takes its
  // subject (China accuses the US …, denies …; X rejected … and accused …); else a pronoun or a generic noun
  let g = cue.s - 1;
  while (g >= a && isGap(v, g, dates)) g--;
  // (an unnamed subject that is a generic noun for a body, the agency assesses: the body)
  // (one who speaks for a body, after words whose subject is a body: The ministry has opened an inquiry, a spokesperson
  // said: that body's, not the one that spoke last)
  const forBody = subj && !subj.ids.length && g >= a && subj.at - 1 > c0 && v.key(subj.at - 1) === ',' && v.is(g, 'speech-verbs.body_speakers') ? clauseBody(v, c0, subj.at - 1) : null;
  const generic = subj && !subj.ids.length && g >= a ? forBody ?? pronounSpeaker(v, g, subj.at) : null;
  // (a subject found before the earlier verb is that verb's, whose speaker the frame already read: South Korea's
  // National Intelligence Service said …, and blamed …: the service)
  // (not when the earlier verb is inside a relative clause after the subject, The group, which experts say operates from
  // Morocco, said …: the clause's own speakers are not the subject)
  const sharedSubject = !!subj && !!earlier && subj.at < earlier.cueTok[0] && (v.key(g) === 'and' || v.key(g) === ',') && (earlier.speakers.length > 0 || !!earlier.speakerText) && !relativeOpensIn(v, subj.at, earlier.cueTok[0]);
  // (", said X, a senior official": the verb right after a comma, a person or a body named after it, is inverted, whatever
  // subject stands before the comma: The attackers, a group known as X, demanded a ransom, said Semuel Pangerapan, …)
  // (not a verb of telling, whose name after it is the one told: …, told Reuters that; and the name ends its clause or
  // an apposition or "of" follows it: not the reported clause's subject, said Wang's arrest …)
  if (subj && !objectCue && subj.at < before && v.key(before) === ',' && heardEnd(v, cue.s, cue.e) < 0) {
    const s = subjectsAfterEnglish(v, cue.e, b);
    const who = s && s.ids.length === 1 ? v.entity(s.ids[0])?.type : undefined;
    if (s && (who === 'person' || who === 'organization') && (s.end >= b || v.key(s.end) === ',' || v.key(s.end) === 'of' || v.clauseEnd(s.end))) {
      return { rule: `${lang}/quote/trailing`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c0, before), contentTok: [c0, before], kind: 'indirect', speakers: s.ids, objectCue };
    }
  }
  if (generic) speakers = [generic];
  else if (sharedSubject) {
    speakers = earlier!.speakers;
    speakerText = earlier!.speakerText;
  } else if (subj) {
    speakers = subj.ids;
    speakerText = subj.text;
  } else if (earlier && (v.key(g) === 'and' || v.key(g) === ',') && (earlier.speakers.length || earlier.speakerText) && !relativeOpensIn(v, a, earlier.cueTok[0])) {
    // (a clause of its own after the earlier verb's words, its subject named: …, the commission said, but President X
    // refused … and said …: X)
    const own = clauseSubjectBetween(v, earlier.cueTok[1], g);
    speakers = own ? [own.id] : earlier.speakers;
    speakerText = own ? undefined : earlier.speakerText;
  } else {
    const k = cue.s - 1;
    // (the office alone, the minister said: the person last named with it; an adverb between, the minister also said)
    // (a generic noun an earlier frame left unnamed stays so: The company said … Group-IB … The company said)
    const nom0 = nominalBefore(v, cue.s, a);
    const same = !!nom0 && unnamedBefore(v, nom0);
    const pr = k >= a && !same ? pronounSpeaker(v, k, cue.s) ?? officeHolder(v, g >= a ? g : k, a) : null;
    const nom = pr ? null : nom0;
    const body = nom && !same ? describedBody(v, nom, cue.s) : null;
    const goesOn = pr || k < a ? undefined : unnamedBodyGoesOn(v, k);
    if (pr) speakers = [pr];
    else if (goesOn) speakerText = goesOn;
    else if (body) speakers = [body];
    else if (nom) speakerText = nom;
    // (a noun phrase no list knows opening the clause: A coalition of opposition parties said …; Election monitors said)
    // (with a verb of saying, not of finding or reporting, which are nouns too, A separate report …; a verb with another
    // sense before a plain noun speaks only before "that" or quoted words: The war claimed more than 100,000 lives)
    else if (objectCue ? v.is(cue.s, 'attribution.accuse_verbs') : sayingAt(v, cue.s, cue.e)) {
      // (or one set off by a comma after the words, an indefinite article opening it: …, a federal review board said)
      const np = openingSubject(v, cue.s, a) ?? (objectCue ? undefined : openingSubject(v, cue.s, a, true));
      if (np) {
        speakerText = np;
        // (a comma before it and nothing but adverbials after the verb: the clause before is the content)
        const at = v.tokenAt(np.start);
        if (!objectCue && at - 1 > a + 2 && v.key(at - 1) === ',' && onlyAdverbial(v, cue.e, b)) {
          return { rule: `${lang}/quote/trailing`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c0, at - 1), contentTok: [c0, at - 1], kind: 'indirect', speakers, speakerText: np, objectCue };
        }
      }
    }
    // "…, it added." / "…, the ministry said.": a pronoun or a generic noun after a comma, nothing but adverbials
    // after the verb: the clause before is the content
    // (where the speaker's words start: a pronoun's token, or a generic noun's phrase, the company, however it was resolved)
    const phrase = nom ?? (pr ? nominalBefore(v, cue.s, a) : undefined);
    const at = phrase ? v.tokenAt(phrase.start) : pr ? k : -1;
    if ((pr || body || nom) && at - 1 > a + 2 && v.key(at - 1) === ',' && !objectCue && !v.is(cue.e, 'speech-verbs.complementizers') && onlyAdverbial(v, cue.e, b)) {
      return { rule: `${lang}/quote/trailing`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c0, at - 1), contentTok: [c0, at - 1], kind: 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue };
    }
    if (!pr && !body && !nom) {
      // "…, X said." with the clause before: the trailing form
      // (not a clause's subject, an auxiliary or a form of be after it: …, said the government would act)
      const s = objectCue ? null : subjectsAfterEnglish(v, cue.e, b);
      // (nor the one urged or asked, "to" and a verb after the name: …, urged Hezbollah leader Hassan Nasrallah to stop …)
      if (s && before >= a && v.key(before) === ',' && !(BE_FORMS.has(v.key(s.end)) || v.is(s.end, 'speech-verbs.auxiliaries') || v.key(s.end) === 'to')) {
        const end = before;
        return { rule: `${lang}/quote/trailing`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c0, end), contentTok: [c0, end], kind: 'indirect', speakers: s.ids, ...(s.text ? { speakerText: s.text } : {}), objectCue };
      }
    }
  }
  // "…, X said." — the subject is right before the verb and a comma before it: the clause before is the content
  // a speaker set off mid-sentence (The group, the FBI said, was behind it): the whole sentence is the content
  // (not a participle's phrase after the comma, of saying or not: …, the SBU said, calling the attack a warning)
  if (subj && subj.at > a + 1 && v.key(subj.at - 1) === ',' && v.key(cue.e) === ',' && !participleCueAt(v, cue.e + 1) && !gerundAt(v, cue.e + 1) && !objectCue && contentEnd(v, cue.e + 1, b) - cue.e > 3) {
    // (but "and" or "but" after the comma opens a clause of its own, …, the government said, and Japanese media reported
    // that …: the words end before the speaker)
    if (v.is(cue.e + 1, 'speech-verbs.clause_coordinators')) {
      return { rule: `${lang}/quote/trailing`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c0, subj.at - 1), contentTok: [c0, subj.at - 1], kind: 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue };
    }
    const end = contentEnd(v, cue.e + 1, b);
    return { rule: `${lang}/quote/parenthetical`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c0, end), contentTok: [c0, end], kind: 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue };
  }
  // (not when a clause follows the verb: Between January and March, the DOJ said the suspects phished …)
  if (subj && subj.at > a && v.key(subj.at - 1) === ',' && subj.at - 1 - a >= 3 && !v.is(cue.e, 'speech-verbs.complementizers') && !objectCue && onlyAdverbial(v, cue.e, b)) {
    // (the person's office set off before the name is no part of the words: …, the head of the agency, Jane Roe, said)
    const end = roleAppositiveStart(v, subj.at, a) ?? subj.at - 1;
    if (end > a) return { rule: `${lang}/quote/trailing`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c0, end), contentTok: [c0, end], kind: 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue };
  }
  // (a state's office holder named by the office alone, Pakistan's interior minister said: no named speaker of a quote
  // (GOLD.md: a role with no name is skipped), but the state claims what the words claim, as its officials do)
  let roleText: Span | undefined;
  if (!speakers.length && !speakerText) {
    const role = stateRoleBefore(v, g, a);
    if (!role) return null;
    // (the person the article names next with that office before the name, of no other state: Moldova's president
    // says … / Moldovan President Maia Sandu said …; else the office speaks unnamed)
    const holder = officeHolderAfter(v, role.ws, g, role.id);
    speakers = [holder ?? role.id];
    if (!holder) roleText = v.span(role.s, g + 1);
    // (set off by a comma after the words, nothing but adverbials after the verb: …, Lebanon's transport minister said.)
    if (role.s - 1 > a + 2 && v.key(role.s - 1) === ',' && !objectCue && !v.is(cue.e, 'speech-verbs.complementizers') && onlyAdverbial(v, cue.e, b)) {
      return { rule: `${lang}/quote/trailing`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c0, role.s - 1), contentTok: [c0, role.s - 1], kind: 'indirect', speakers, objectCue, roleText };
    }
  }
  // (a verb of saying in a relative clause on a noun, X, which security agencies say has operated since 2023, …: the
  // clause's rest, said of X, is the words, up to the comma that closes it)
  if (!objectCue && sayingInRelative(v, cue.s, a)) {
    let end = cue.e;
    while (end < b && end < cue.e + 30 && !v.clauseEnd(end) && v.key(end) !== ',' && !v.isQuote(end)) end++;
    if (end < b && v.key(end) === ',' && end - cue.e >= 2) return { rule: `${lang}/quote/indirect`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(cue.e, end), contentTok: [cue.e, end], kind: 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue, ...(roleText ? { roleText } : {}) };
  }
  // 3. the content after the cue: quoted words (direct), or the reported clause
  let c = cue.e;
  while (c < b && (v.key(c) === ':' || v.key(c) === ',' || (v.is(c, 'speech-verbs.subject_gaps') && !OPENERS.has(v.key(c))))) c++;
  // (the one spoken to after told, a name or a word for an audience, is none of the words: told Reuters the attackers …)
  {
    const heard = heardEnd(v, cue.s, c);
    if (heard > c && heard < b && !v.isPunct(heard)) c = heard;
  }
  // (when the words were said is none of them: said on Monday they had …, said Monday the vote …; a date that is the
  // clause's subject stays, said 2023 was …, Monday's vote)
  {
    let d = v.is(c, 'speech-verbs.date_preps') && dates.has(c + 1) ? c + 1 : c;
    if (dates.has(d)) {
      while (d < b && dates.has(d)) d++;
      if (d < b && !v.possessiveAt(d) && !BE_FORMS.has(v.key(d)) && !v.isPunct(d)) c = d;
    }
  }
  // a phrase before "that" (said in an updated statement that, told reporters on Monday that): the clause after it
  // (not when "that" follows the cue itself: said that they found that …: the content opens at the first)
  // (nor a claim of responsibility, whose "that" is a relative's on the act: claimed responsibility for a cyberattack that …)
  // (nor after a verb that takes no object, when an article opens the words: said the protests that followed were …, the
  // relative's "that"; a time is no subject, said the next day that …, a day earlier that …)
  let subjectFirst = v.is(cue.s, 'speech-verbs.clause_verbs') && DETERMINERS.has(v.key(c));
  for (let k = c; subjectFirst && k < Math.min(b, c + 9) && !v.is(k, 'speech-verbs.complementizers'); k++) {
    if (dates.has(k) || v.isAny(k, ['speech-verbs.date_preps', 'date-cues.direction.phrases', 'date-cues.ago_after'])) subjectFirst = false;
  }
  // (a claim's verb with a preposition's phrase after it, claimed on its leak site that …, is a verb of saying there)
  if (!objectCue && !subjectFirst && !OPENERS.has(v.key(c)) && !v.is(c, 'speech-verbs.complementizers') && (!v.is(cue.s, 'attribution.self_claims') || (v.lang === 'en' && PREPS_EN.has(v.key(c))))) {
    // (a cue's word after an article is a noun: said in a report that, in a separate report that)
    let noun = false;
    // (nine words, a word's hyphen and its second part counting as none: said in a post on its dark-web site that …)
    let reach = c + 9;
    for (let k = c; k < Math.min(b, reach) && !v.clauseEnd(k) && !v.isQuote(k); k++) {
      if (v.key(k) === '-' && v.t.end[k - 1] === v.t.start[k] && v.t.end[k] === v.t.start[k + 1]) reach += 2;
      if (v.is(k, 'speech-verbs.complementizers') && k > c) {
        c = k;
        break;
      }
      if (DETERMINERS.has(v.key(k))) noun = true;
      // (an aside between commas on the way: wrote on X, formerly Twitter, that …)
      if (v.key(k) === ',' && k > c) {
        let j = k + 1;
        while (j < Math.min(b, k + 5) && v.isWord(j)) j++;
        if (v.key(j) === ',' && v.is(j + 1, 'speech-verbs.complementizers')) {
          c = j + 1;
          break;
        }
      }
      if (v.key(k) === ',' || (v.isAny(k, ['speech-verbs.verbs', 'speech-verbs.claim_cues']) && !noun)) break;
      // (nor past "and" or "but" and another verb of saying, whose "that" it is: confirmed an outage but denied that …)
      if (v.is(k, 'speech-verbs.clause_coordinators') && v.isAny(k + 1, ['speech-verbs.verbs', 'speech-verbs.claim_cues'])) break;
      // (a clause of its own before it is the content, a cleft's "that" inside it: said it was X that …; a clause with
      // an auxiliary, coordinated with the one after "that": said the port would reopen and that …)
      // (a month's name is no auxiliary: told a Senate committee in May that …)
      if (BE_FORMS.has(v.key(k)) || (v.isAny(k, ['speech-verbs.person_pronouns', 'speech-verbs.body_pronouns', 'speech-verbs.auxiliaries']) && !dates.has(k))) break;
    }
  }
  // quoted words right after the cue, or after its object (called the 2016 interference "a provocative attack …")
  const quoteCue = v.is(cue.s, 'speech-verbs.quote_cues') && !v.isAny(cue.s, ['speech-verbs.verbs', 'speech-verbs.claim_cues']);
  let q = c;
  if (!OPENERS.has(v.key(q)) && (quoteCue || objectCue)) {
    // (not past a participle of saying after a comma: denied the accusations, saying Tehran "…": the quoted words are the
    // participle's)
    // (nor past "and" and a verb of saying or calling of its own: denied involvement and has called the accusations "…")
    const ownCue = (k: number): boolean => v.is(k, 'speech-verbs.clause_coordinators') && [k + 1, k + 2].some((j) => j < b && v.isAny(j, ['speech-verbs.verbs', 'speech-verbs.claim_cues', 'speech-verbs.quote_cues']) && (j === k + 1 || v.is(k + 1, 'speech-verbs.auxiliaries')));
    while (q < b && q < c + 10 && !OPENERS.has(v.key(q)) && !v.clauseEnd(q) && !v.is(q, 'speech-verbs.complementizers') && !(q > c && v.key(q - 1) === ',' && participleCueAt(v, q)) && !ownCue(q)) q++;
  }
  if (q < b && OPENERS.has(v.key(q))) {
    const close = closingQuote(v, q);
    // (a description after the object and "as", dismissed the reward as "a political show": the object and the term are
    // what was said, reported, whatever the term's length)
    const described = close > q + 1 && q > c && v.key(q - 1) === 'as' && close - q <= 8;
    if (close > q + 1 && (q === c || close - q > 3) && !described) return { rule: `${lang}/quote/direct-cue-before`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(q + 1, close), contentTok: [q + 1, close], kind: 'direct', speakers, ...(speakerText ? { speakerText } : {}), objectCue, ...(roleText ? { roleText } : {}) };
    // (a term of a word or two after the object and "as", described the results as "pretty modest": the object and the
    // term are what was said, reported; not a name given, dubbed her the "Iron Lady")
    // (or a short term right after the object with no "as", called the claims "a farce"; not a name given after "the")
    if ((quoteCue || described) && close > q + 1 && q > c && (v.key(q - 1) === 'as' || (close - q <= 3 && !DETERMINERS.has(v.key(q - 1)) && !v.mention(q + 1)))) return { rule: `${lang}/quote/indirect`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c, close + 1), contentTok: [c, close + 1], kind: 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue };
  }
  if (quoteCue) return null;
  // (after "that" a gerund is the clause's subject: said that recovering from the attack would cost …)
  const clauseOpened = v.is(c, 'speech-verbs.complementizers');
  if (clauseOpened) c = v.hitEnd(c, 'speech-verbs.complementizers');
  const end = contentEnd(v, c, Math.min(b, nextCueClause(v, c, nextCue, b)));
  // (one word is enough when a denial's object is a hostile act or the claims it denies: denied interfering, denied the
  // accusations, as Arabic's ونفت روسيا الاتهامات)
  const oneWordDenial = objectCue && end - c === 1 && v.is(cue.s, 'attribution.denials') && v.isAny(c, DENIED_ONE_WORD);
  if (end - c < 2 && !oneWordDenial) return null;
  // (words that open no clause say nothing reported: a participle and its preposition, tweeted referring to …; a
  // verb with no subject, the numbers they believe were being monitored)
  // (following, a preposition at the content's start: said following the attack that …)
  // (but a cue whose content opens with its object takes a gerund as it: denied interfering in the election)
  const participle = !objectCue && !clauseOpened && /^[a-z]{3,}ing$/.test(v.surface(c)) && !NOT_PARTICIPLE.test(v.key(c)) && v.key(c) !== 'following' && v.is(c + 1, 'speech-verbs.participle_preps');
  // (nor a preposition with no "that" before it, a relative's verb whose object is its antecedent: attacks that Ukraine has
  // claimed on Russian infrastructure)
  const prepositional = v.lang === 'en' && !objectCue && !clauseOpened && PREPS_EN.has(v.key(c)) && objectRelativeBefore(v, cue.s);
  // (but a denial's object may be "being" and what the denier is said to be: denied being behind the attacks)
  const deniedBeing = objectCue && v.key(c) === 'being' && v.is(cue.s, 'attribution.denials');
  if (!OPENERS.has(v.key(c)) && !deniedBeing && (participle || prepositional || BE_FORMS.has(v.key(c)) || /^(?:has|have|had)$/.test(v.key(c)))) return null;
  // (a date and its preposition alone say nothing: disclosed in January)
  let dated = true;
  for (let k = c; k < end && dated; k++) if (!dates.has(k) && !v.is(k, 'speech-verbs.date_preps') && !v.isPunct(k)) dated = false;
  if (dated) return null;
  // (nor a preposition's phrase alone, where and how the words were put out: Mandiant said in a report on Sunday.; up to
  // eight words, none of a clause: no form of be, auxiliary, pronoun or verb of saying; "to" opens an infinitive, told
  // reporters to stay away)
  if (v.lang === 'en' && !objectCue && !clauseOpened && PREPS_EN.has(v.key(c)) && v.key(c) !== 'to' && end - c <= 8 && end >= b - 1) {
    let clause = false;
    for (let k = c; k < end && !clause; k++) clause = BE_FORMS.has(v.key(k)) || v.isAny(k, ['speech-verbs.auxiliaries', 'speech-verbs.person_pronouns', 'speech-verbs.verbs', 'speech-verbs.complementizers']) || v.isQuote(k);
    if (!clause) return null;
  }
  // a quoted clause right after the verb is direct (attributed "with a high degree of confidence …")
  const direct = OPENERS.has(v.key(c)) && closingQuote(v, c) >= end - 1;
  // (an attributing verb whose object a relative or a passive took, its preposition right after it, reports no words:
  // the Conti gang, which U.S. officials have linked to Russia; the claim is the speaker's, no quote)
  const gapped = c === cue.e && v.is(cue.s, 'attribution.attribute_verbs') && v.is(c, 'attribution.attribute_preps');
  return { rule: `${lang}/quote/indirect`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c, end), contentTok: [c, end], kind: direct ? 'direct' : 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue, ...(gapped ? { claimsOnly: true } : {}), ...(roleText ? { roleText } : {}) };
}

/**
 * A line that opens with a person or a body named, maybe with the outlet spoken to (روبرت باير لـCNN), and a
 * colon, then its words: a headline's way of quoting (cue ":"). Not when a speech cue comes before the colon.
 */
function lineSpeaker(v: View, a: number, b: number, cues: readonly { s: number }[]): SpeechFrame | null {
  if (!v.lineBefore(a)) return null;
  let k = a;
  while (k < b && k < a + 4 && v.isAny(k, ['titles.titles']) && !v.mention(k)) k = Math.max(k + 1, v.hitEnd(k, 'titles.titles'));
  const m = v.mention(k);
  if (!m || m.s !== k || (m.type !== 'person' && m.type !== 'organization')) return null;
  let c = m.e;
  // (the outlet the words were said to: لـCNN، to CNN)
  if (c < b && v.key(c) !== ':') {
    const to = v.key(c) === 'to' || /^لـ?$/.test(v.key(c)) ? c + 1 : c;
    const outlet = v.mention(to);
    if (outlet && outlet.s <= to && (to > c || /^ل/.test(v.key(c)))) c = outlet.e;
  }
  if (v.key(c) !== ':' || cues.some((x) => x.s < c)) return null;
  const end = contentEnd(v, c + 1, b);
  if (end - (c + 1) < 2) return null;
  const direct = OPENERS.has(v.key(c + 1)) && closingQuote(v, c + 1) === end - 1;
  const content: [number, number] = direct ? [c + 2, end - 1] : [c + 1, end];
  return { rule: `${v.lang}/quote/line-speaker`, cue: v.span(c, c + 1), cueTok: [c, c + 1], content: v.span(content[0], content[1]), contentTok: content, kind: direct ? 'direct' : 'indirect', speakers: [m.id], objectCue: false };
}

/** Past the adverbs between a name and what follows it (الولايات المتحدة بدورها بشن: بشن), up to `b`. */
export function pastGaps(v: View, k: number, b: number): number {
  while (k < b && v.is(k, 'speech-verbs.subject_gaps')) k = Math.max(k + 1, v.hitEnd(k, 'speech-verbs.subject_gaps'));
  return k;
}

/** Whether token k opens an Arabic charge after an accusing verb: a word with ب glued that names no one
 *  (بالتدخل، بمحاولة، بالوقوف وراء), where an object would otherwise stand. */
export function arabicCharge(v: View, k: number): boolean {
  // (not an adverb in ب: ونفت بكين باستمرار أن …)
  // (a short word only as a verbal noun of doing on ب: بشن; a speaker's noun whose first letter is ب is none: باحثون)
  // (or ب alone before the quoted charge, its tatweel gone: بـ"تسييس قضايا الأمن")
  if (k + 1 < v.t.length && v.key(k) === 'ب' && v.isQuote(k + 1)) return true;
  return k < v.t.length && v.isArabic(k) && v.key(k).startsWith('ب') && (v.key(k).length > 3 || (v.is(k, 'attribution.act_nouns') && v.hitPre(k, 'attribution.act_nouns') === 1)) && !v.mention(k) && !v.is(k, 'speech-verbs.subject_gaps') && !(v.is(k, 'speech-verbs.unnamed') && v.hitPre(k, 'speech-verbs.unnamed') === 0);
}

/** A speech verb set off as the source of the clause around it (the attempts, as Microsoft says, failed; …، كما
 *  قالت الشركة): the words before the marker are the content (or, when the marker opens the sentence, the words
 *  after the speaker), indirect. `marker` is the token of as/كما, `end` where the speaker phrase ends. */
function asSource(v: View, cue: { s: number; e: number }, a: number, b: number, marker: number, end: number, speakers: string[], cueSpan: Span, objectCue: boolean): SpeechFrame | null {
  if (!speakers.length || end < 0) return null;
  let ce = marker;
  while (ce > a && (v.key(ce - 1) === ',' || v.key(ce - 1) === '،')) ce--;
  let cs = a;
  let cEnd = ce;
  if (ce <= a) {
    // the marker first: the clause after the speaker
    cs = end;
    while (cs < b && (v.key(cs) === ',' || v.key(cs) === '،')) cs++;
    cEnd = contentEnd(v, cs, b);
  }
  if (cEnd - cs < 2) return null;
  return { rule: `${v.lang}/quote/as-source`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(cs, cEnd), contentTok: [cs, cEnd], kind: 'indirect', speakers, objectCue };
}

/** Whether no line break comes between token `from` and token `to`. */
function sameParagraph(v: View, from: number, to: number): boolean {
  if (from > to) return false;
  for (let k = from + 1; k <= to; k++) if (v.lineBefore(k)) return false;
  return true;
}

/**
 * English: a person named after an office set off by a comma, the office right after a verb at token `from` (said
 * Tietoevry's head of infrastructure, Anders Rosell; said the head of the agency, Jane Roe): an article or an owner's
 * possessive, then within five words a word for a speaker's role or a title, no comma or clause end before the one
 * before the name, the name alone up to a comma or the clause's end; the person's mention, else null.
 */
function roleSetOffAfter(v: View, from: number, b: number): TokMention | null {
  if (v.lang !== 'en') return null;
  // (the owner a name, known or not: Tietoevry's)
  const owner = v.mention(from);
  const oe = owner && owner.s === from ? owner.e : /^\p{Lu}/u.test(v.surface(from)) ? from + 1 : -1;
  const k0 = DETERMINERS.has(v.key(from)) ? from + 1 : oe > 0 && v.possessiveAt(oe) ? oe + 2 : -1;
  if (k0 < 0) return null;
  let role = false;
  for (let k = k0; k < b && k <= k0 + 6; k++) {
    if (v.key(k) === ',') {
      const m = v.mention(k + 1);
      // (the name alone up to the clause's end or a comma: not one of a list, the agency, Jane Roe and others)
      return role && m && m.s === k + 1 && m.type === 'person' && (m.e >= b || v.clauseEnd(m.e) || v.key(m.e) === ',') ? m : null;
    }
    if (v.clauseEnd(k) || v.isQuote(k) || v.is(k, 'speech-verbs.complementizers')) return null;
    if (k <= k0 + 4 && v.isAny(k, ['speech-verbs.unnamed', 'titles.titles'])) role = true;
  }
  return null;
}

/**
 * English: the comma that opens an office set off before a person's name, which a comma ends at the name's first token
 * `at` (…, the head of the agency (BSSN), Jane Roe, told reporters): an article, then within two words a word for a
 * speaker's role (speech-verbs.unnamed: head, director, spokesman) or a title, no comma between; null when none.
 */
function roleAppositiveStart(v: View, at: number, a: number): number | null {
  const m = v.mention(at);
  if (!m || m.type !== 'person' || v.lang !== 'en') return null;
  for (let p = at - 2; p > a + 2 && p > at - 16; p--) {
    if (v.key(p) !== ',') continue;
    if (!DETERMINERS.has(v.key(p + 1))) return null;
    // (a body's possessive between, the commission's head: five words on)
    for (let k = p + 2; k <= p + 5 && k < at - 1; k++) if (v.isAny(k, ['speech-verbs.unnamed', 'titles.titles'])) return p;
    return null;
  }
  return null;
}

/** Whether the words after a verb up to the clause's end are at most a short phrase (…, X said on Monday; said in
 *  a joint report), not a reported clause of their own. */
function onlyAdverbial(v: View, from: number, b: number): boolean {
  // (those spoken to after a verb of telling are none of the content: …, X told a news conference.)
  const heard = heardEnd(v, from - 1, from);
  // (nor a noun phrase no list knows after it, its article and up to two lower-case words: told a packed hall at …)
  if (heard <= from && v.lang === 'en' && v.is(from - 1, 'speech-verbs.addressee_verbs') && DETERMINERS.has(v.key(from))) {
    let k = from + 1;
    while (k < b && k < from + 4 && v.isWord(k) && !v.mention(k) && /^[a-z]/.test(v.surface(k)) && !v.isAny(k, ['speech-verbs.complementizers', 'speech-verbs.adverbial_openers', 'speech-verbs.verbs', 'speech-verbs.auxiliaries'])) k++;
    if (k > from + 1) from = k;
  }
  from = Math.max(from, heard);
  // (a participle after a comma opens the next verb's words or a phrase of its own: …, a spokeswoman said, adding that
  // …; …, the service said, calling the attack a warning)
  if (v.key(from) === ',' && (participleCueAt(v, from + 1) || gerundAt(v, from + 1))) return true;
  const end = contentEnd(v, from, b);
  // (a few words are adverbials when they open as one, or with a date's capital or number, or a gap word: said on
  // Monday, said Tuesday, said today; not a short clause: said it was nonsense)
  if (end - from < 4) {
    const k = v.key(from) === ',' ? from + 1 : from;
    return k >= end || v.is(k, 'speech-verbs.adverbial_openers') || v.is(k, 'speech-verbs.subject_gaps') || /^[\p{Lu}\p{N}]/u.test(v.surface(k)) || v.isPunct(k);
  }
  // (adverbials one after another, set off by commas: on Friday, less than a month before the vote; the first may
  // follow a comma itself: …, he added, without giving details)
  let open = true;
  for (let k = v.key(from) === ',' ? from + 1 : from; k < end; k++) {
    if (v.is(k, 'speech-verbs.complementizers') || v.isQuote(k)) return false;
    // (a clause of its own after a comma ends them: …, the commission said on Sunday, but the president refused …; and
    // so does any phrase after a comma past them, no "that" or quoted words: …, the agency said on Monday, far more
    // than previously known)
    if (v.key(k - 1) === ',' && (v.is(k, 'speech-verbs.clause_openers') || k - 1 > from)) return true;
    // (a year after a comma goes on a date: November 5, 2024)
    if (open && !v.is(k, 'speech-verbs.adverbial_openers') && !(k > from && /^\d{4}$/.test(v.key(k)))) return false;
    // (a pronoun and its verb after them open a clause, no "that" before it: said on Thursday it had found a flaw)
    if (!open && v.lang === 'en' && v.isAny(k, SUBJECT_PRONOUNS) && (BE_FORMS.has(v.key(k + 1)) || v.is(k + 1, 'speech-verbs.auxiliaries'))) return false;
    open = v.key(k) === ',';
  }
  return end - from < 16;
}

/** English: the last frame's one body speaker when the mention m is set off after it by a comma in that frame's subject
 *  phrase (X, part of m, warned …), and token k, a pronoun, opens a later sentence; else null. */
function speakerSettingOff(v: View, m: TokMention, k: number): string | null {
  const f = spokenSoFar.at(-1);
  const id = f && f.speakers.length === 1 && f.speakers[0] !== m.id ? f.speakers[0] : null;
  if (!id) return null;
  const sentence = v.t.sentence[f!.cueTok[0]];
  const speaker = v.lastBefore(m.s, ['organization']);
  return speaker?.id === id && v.key(speaker.e) === ',' && m.e <= f!.cueTok[0] && v.t.sentence[speaker.s] === sentence && v.t.sentence[m.s] === sentence && v.t.sentence[k] !== sentence ? id : null;
}

/** English: the person or body last named between tokens `from` and `to` as the subject of a clause opened after a comma
 *  (a clause opener, then titles or none, then the name: …, but President X refused …), else null. */
function clauseSubjectBetween(v: View, from: number, to: number): TokMention | null {
  let found: TokMention | null = null;
  for (let j = from; j < to; j++) {
    const m = v.mention(j);
    if (!m || m.s !== j) continue;
    j = m.e - 1;
    if (m.type !== 'person' && m.type !== 'organization') continue;
    let p = m.s - 1;
    while (p > from && v.is(p, 'titles.titles')) p--;
    if (p > from && v.is(p, 'speech-verbs.clause_openers') && !v.is(p, 'speech-verbs.relatives') && v.key(p - 1) === ',') found = m;
  }
  return found;
}

/** Whether token k is a word in -ing that opens a participle's phrase (calling, describing), not a preposition or a noun. */
function gerundAt(v: View, k: number): boolean {
  return v.lang === 'en' && /^[a-z]{3,}ing$/.test(v.surface(k)) && !NOT_PARTICIPLE.test(v.key(k));
}

/** Whether token k is an English participle of saying or claiming after a comma (speech-verbs.participles: adding,
 *  saying, noting), a cue of its own. */
function participleCueAt(v: View, k: number): boolean {
  return v.lang === 'en' && v.is(k, 'speech-verbs.participles');
}

/** Whether a word of a court or a judge (speech-verbs.court_words) stands within ten tokens before the verb at token i or
 *  six after it, in its sentence [a, b). */
function courtNear(v: View, i: number, a: number, b: number): boolean {
  for (let k = Math.max(a, i - 10); k < Math.min(b, i + 7); k++) if (k !== i && v.is(k, 'speech-verbs.court_words')) return true;
  return false;
}

/** The content stops where another cue's clause begins (…, and Y said …): at the comma or "and" before its subject. */
function nextCueClause(v: View, from: number, nextCue: number, b: number): number {
  if (nextCue >= b) return b;
  // (a verb coordinated by "and" or "but": rejected the report and accused Kyiv …: the content ends before "and")
  let j = nextCue - 1;
  while (j > from && v.is(j, 'speech-verbs.subject_gaps')) j--;
  if (j > from && v.lang === 'en' && v.is(j, 'speech-verbs.clause_coordinators')) return j;
  // (English: a named subject of the next verb after "and", no comma: … said it had detected the breach and the Commerce
  // Department said …: the content ends before "and")
  if (v.lang === 'en') {
    const m = v.mentionEndingAt(j + 1);
    let k = m && m.s > from ? m.s - 1 : -1;
    if (k > from && v.key(k) === 'the') k--;
    // (not a name joined to another before "and", both the next verb's subject: said Russia and Belarus denied …)
    if (k > from && v.key(k) === 'and' && !v.possessiveAt(m!.e) && !v.mentionEndingAt(k)) return k;
  }
  for (let i = nextCue - 1; i > from; i--) {
    if (!(v.key(i) === ',' || v.key(i) === ';' || v.key(i) === '،' || v.key(i) === '؛')) continue;
    // (English: not a relative clause set off by commas inside the words, its verb the next cue: that APT31, which
    // Western governments have tied to China, was behind …; the words go on after it)
    // (or an apposition holding one with no pronoun, its subject a pronoun right before the cue: that MirrorFace, a group
    // they linked to the Chinese state, had carried out …)
    let zeroRelative = v.lang === 'en' && v.key(i) === ',' && INDEFINITE_EN.has(v.key(i + 1)) && nextCue - i <= 6 && v.isAny(nextCue - 1, SUBJECT_PRONOUNS);
    for (let k = i + 2; zeroRelative && k < nextCue - 1; k++) if (!v.isWord(k) || v.mention(k) || !/^[a-z]/.test(v.surface(k))) zeroRelative = false;
    if (v.lang === 'en' && v.key(i) === ',' && (v.is(i + 1, 'speech-verbs.relatives') || zeroRelative)) {
      let close = nextCue + 1;
      while (close < b && close < nextCue + 20 && v.key(close) !== ',' && !v.clauseEnd(close)) close++;
      if (close < b && v.key(close) === ',' && close + 1 < b && !v.is(close + 1, 'speech-verbs.relatives') && !/^[A-Z]/.test(v.surface(close + 1))) return b;
    }
    // (nor the comma closing such a clause right before the next cue, auxiliaries between: that Qilin, which appeared in
    // 2022, had claimed …; the cue is the words' own verb, its subject the words' first)
    if (v.lang === 'en' && v.key(i) === ',' && relativeOpenedBefore(v, i, from)) {
      let k = i + 1;
      while (k < nextCue && v.is(k, 'speech-verbs.subject_gaps')) k++;
      if (k === nextCue) return b;
    }
    return i;
  }
  // (Arabic: a verb with و glued to it, ونفت … ووصفتها بأنها: the content ends before it)
  if (v.lang === 'ar' && cuePre(v, nextCue) > 0 && /^[وف]/.test(v.text[v.t.start[nextCue]])) return nextCue;
  // (the next cue is the words' own verb, its subject among them: they go on, but not past a comma and a circumstantial
  // participle, the speaker's next clause: أن أجهزة الاستخبارات ربطت X بالهجوم بعد تحقيق، مضيفة: "…")
  // (within the words' reach and their clause: a long line of no full stop stays linear)
  for (let i = nextCue + 1; i + 1 < b && i < nextCue + MAX_CONTENT && !v.clauseEnd(i); i++) if ((v.key(i) === '،' || v.key(i) === ',') && v.is(i + 1, 'speech-verbs.circumstantial')) return i;
  // (English: nor past a comma, "and" or "but" and a clause of a verb of saying of its own, its subject up to six words:
  // … it had found no evidence, but Elliptic said …; the next cue, found, was the words' own)
  if (v.lang === 'en') {
    for (let i = nextCue + 1; i + 2 < b && i < nextCue + MAX_CONTENT && !v.clauseEnd(i); i++) {
      if (v.key(i) !== ',' || !v.is(i + 1, 'speech-verbs.clause_coordinators')) continue;
      let k = i + 2;
      while (k < b && k < i + 9 && (v.isWord(k) || v.possessiveAt(k)) && !v.is(k, 'speech-verbs.verbs')) k++;
      if (k > i + 2 && k < b && v.is(k, 'speech-verbs.verbs')) return i;
    }
  }
  return b;
}

/** English: whether the verb at token `cue` ends a relative clause on a noun before it, "that" or "which", its subject
 *  named and an auxiliary or none between (attacks that Ukraine has claimed): the verb's object is that noun. */
function objectRelativeBefore(v: View, cue: number): boolean {
  let k = cue - 1;
  while (k > 0 && v.isAny(k, ['speech-verbs.subject_gaps', 'speech-verbs.auxiliaries'])) k--;
  const m = v.mentionEndingAt(k + 1);
  if (!m) return false;
  const r = m.s - 1;
  return r > 0 && v.is(r, 'attribution.relatives') && v.isWord(r - 1) && /^[a-z]/.test(v.surface(r - 1)) && !v.isAny(r - 1, ['speech-verbs.verbs', 'speech-verbs.claim_cues']);
}

/** English: whether the subject of the verb at token `cue` opens a relative clause set off by a comma (, which experts
 *  say …; , who officials say …): a relative pronoun, then up to six words with no mark, then the verb. */
function sayingInRelative(v: View, cue: number, a: number): boolean {
  // (a possessive among them, and up to ten words when a name ends them: which Britain's former cyber chief Ciaran
  // Martin said was …)
  const reach = v.mentionEndingAt(cue) ? 12 : 7;
  for (let k = cue - 1; k > a && k >= cue - reach; k--) {
    if (v.is(k, 'speech-verbs.relatives')) return k < cue - 1 && commaRelativeAt(v, k);
    if (!v.isWord(k) && !v.possessiveAt(k)) return false;
  }
  return false;
}

/**
 * English: a state's office holder named by the office alone, its last word at token g right before a verb: the state's
 * possessive or nationality, lower-case words of the office, then a title in lower case (Pakistan's interior minister,
 * the Russian foreign minister, Britain's defence secretary): the state's entity, else null.
 */
function stateRoleBefore(v: View, g: number, a: number): { id: string; s: number; ws: number } | null {
  if (g < a || !v.is(g, 'titles.titles') || !/^[a-z]/.test(v.surface(g))) return null;
  let k = g;
  while (k - 1 >= a && k > g - 3 && v.isWord(k - 1) && /^[a-z]/.test(v.surface(k - 1)) && !v.mention(k - 1) && !DETERMINERS.has(v.key(k - 1)) && !v.possessiveAt(k - 2)) k--;
  const owner = k - 2 >= a && v.possessiveAt(k - 2) ? v.mentionEndingAt(k - 2) : null;
  const d = owner ? null : v.demonymHit(k - 1);
  const id = owner ? (owner.s >= a && owner.type === 'location' ? owner.id : undefined) : d && d.e === k ? v.entityOfKb(d.entry.id) : undefined;
  if (!id || v.entity(id)?.type !== 'location' || v.entity(id)?.country) return null;
  // (where the phrase opens: the owner's first token, or the nationality's and a "the" before it)
  const s = owner ? owner.s : k - 2 >= a && v.key(k - 2) === 'the' ? k - 2 : k - 1;
  return { id, s, ws: k };
}

/** Whether a relative clause set off by a comma (, which …; , who …) opens after `from` and runs to the comma at token
 *  `close`, with no other comma or clause end between. */
function relativeOpenedBefore(v: View, close: number, from: number): boolean {
  for (let k = close - 1; k > from && k > close - 20; k--) {
    if (v.clauseEnd(k) || v.key(k) === ';') return false;
    if (v.key(k) === ',') return commaRelativeAt(v, k + 1);
  }
  return false;
}

/** After the cue: a subject named right after the verb (said Microsoft, said X, a spokesman). */
function subjectsAfterEnglish(v: View, from: number, b: number): { ids: string[]; text?: Span; end: number } | null {
  return withIdList(subjectsAfterEnglishFound(v, from, b));
}
function subjectsAfterEnglishFound(v: View, from: number, b: number): { ids: string[]; text?: Span; end: number } | null {
  let i = from;
  while (i < b && (v.key(i) === 'the' || v.key(i) === 'a' || v.key(i) === 'an')) i++;
  // a person after the words of a title, capitalized (an office, a body) or a title's own (said Foreign Minister Sergei
  // Lavrov, said spokesman Ned Price, said Deputy Treasury Secretary Wally Adeyemo, said Britain's Foreign Secretary
  // Dominic Raab): the person speaks
  const titled = titledPersonAfter(v, i, b);
  if (titled) return { ids: [titled.id], end: titled.e };
  // (an office set off before the name: said Tietoevry's head of infrastructure, Anders Rosell; said the head of the
  // agency, Jane Roe)
  const named = roleSetOffAfter(v, from, b);
  if (named) return { ids: [named.id], end: named.e };
  const m = v.mention(i);
  if (m && m.s === i) {
    const list = coordinatedAfter(v, m, b);
    return { ids: list.map((x) => x.id), end: list[list.length - 1].e };
  }
  const head = (() => {
    for (let e = i + 1; e <= Math.min(b, i + 3); e++) for (let s = i; s < e; s++) if (v.hitEnd(s, 'speech-verbs.unnamed') === e) return [i, e];
    return null;
  })();
  if (head) return { ids: [], text: v.span(head[0], head[1]), end: head[1] };
  return null;
}

/** Where those spoken to end, a name or a word for an audience at token k, when the verb at token `verb` is one of
 *  telling (told Reuters, told a news conference); -1 when it is not or no one is told there. */
function heardEnd(v: View, verb: number, k: number): number {
  if (!v.is(verb, 'speech-verbs.addressee_verbs')) return -1;
  const m = v.mention(k);
  return m && m.s === k ? m.e : v.hitEnd(k, 'speech-verbs.audiences');
}

/**
 * Arabic: where the one spoken to ends that ل opens at token k, glued to a name (لرويترز) or to a body's head word with
 * its name after it (لوكالة أسوشيتد برس); else -1.
 */
function addresseeAfter(v: View, k: number): number {
  if (!v.isArabic(k) || !/^ل/.test(v.key(k))) return -1;
  const m = v.mention(k);
  if (m && m.s === k && m.span.start > v.t.start[k]) return m.e;
  // (the noun read as addresseeHead reads it: ل on a body's head word)
  const n = addresseeHead(v, k) && !v.mention(k) ? v.mention(k + 1) : null;
  return n && n.s === k + 1 && (n.type === 'organization' || n.type === 'news-agency') ? n.e : -1;
}

/** Whether token k is inside its sentence's wire dateline (CHISINAU, Oct 21 (AP) —). */
export function inDateline(v: View, k: number): boolean {
  const s = v.t.sentence[k];
  if (s < 0) return false;
  const a = v.t.sentenceTokens[2 * s];
  return datelineEnd(v, a, Math.min(v.t.length, a + 12)) > k;
}

/**
 * Where a sentence starting at token `a` goes on after a wire story's dateline (LONDON (Reuters) -, KYIV, Dec 3 (AFP) —,
 * WASHINGTON —, Nov. 2 —): the token after the dash when the first word is a place in capitals of three letters or more,
 * or a date, and no lower-case word but the date's stands before the dash within ten tokens (Arabic: a place's name, a
 * dash within ten tokens); else `a`.
 */
function datelineEnd(v: View, a: number, before: number): number {
  // (Arabic: a place's name, then within ten tokens a dash: دبي، 16 يوليو (رويترز) - …)
  if (v.lang === 'ar') {
    const m = v.mention(a);
    if (!m || m.s !== a || m.type !== 'location') return a;
    for (let k = m.e; k < Math.min(before, a + 10); k++) {
      if (DASHES.has(v.key(k))) return k + 1 < before ? k + 1 : a;
      if (v.isQuote(k) || v.is(k, 'speech-verbs.complementizers')) return a;
    }
    return a;
  }
  // (or a date alone, then a dash: Nov. 2 —, Nov. 2 (Reuters) —)
  const dated = v.dates.has(a);
  if (!dated && !/^[A-Z][A-Z'.-]{2,}$/.test(v.surface(a))) return a;
  for (let k = a + 1; k < Math.min(before, a + 10); k++) {
    if (dated && v.dates.has(k)) continue;
    if (DASHES.has(v.key(k))) return k + 1 < before ? k + 1 : a;
    if (/^\p{Ll}/u.test(v.surface(k))) return a;
  }
  return a;
}

/** A person named within eight tokens of `i` after nothing but title words, capitalized words, names and possessives. */
function titledPersonAfter(v: View, i: number, b: number): TokMention | null {
  let covered = i;
  for (let k = i; k < Math.min(b, i + 8); k++) {
    const p = v.mention(k);
    if (p && p.s === k && p.type === 'person') return k > i ? p : null;
    covered = Math.max(covered, v.hitEnd(k, 'titles.titles'), v.hitEnd(k, 'titles.title_modifiers'));
    const key = v.key(k);
    const apostrophe = key === "'" || key === '’';
    const word = k < covered || (p && p.s <= k) || apostrophe || (key === 's' && k > i && (v.key(k - 1) === "'" || v.key(k - 1) === '’')) || /^\p{Lu}/u.test(v.surface(k));
    if (!word || (v.isPunct(k) && !apostrophe)) return null;
  }
  return null;
}

/** A mention and those coordinated after it (A, B and C; A and B): a list joined by commas only counts if "and" ends it (According to Mandiant, APT28 …: Mandiant alone). */
function coordinatedAfter(v: View, first: TokMention, b: number): TokMention[] {
  const list = [first];
  let m = first;
  let closed = false;
  for (;;) {
    let k = m.e;
    if (v.key(k) === ',') k++;
    let and = false;
    if (v.key(k) === 'and' || v.key(k) === '&') {
      k++;
      and = true;
    }
    while (k < b && (v.key(k) === 'the' || v.key(k) === 'a')) k++;
    if (k === m.e || k >= b) break;
    const next = v.mention(k);
    if (!next || next.s !== k || list.some((x) => x.id === next.id)) break;
    list.push(next);
    m = next;
    if (and) {
      closed = true;
      break;
    }
  }
  return closed ? list : [first];
}

/** Token `cue` stepped back over the adverbs and auxiliaries before a verb (the group also said, it has said). */
function beforeGaps(v: View, cue: number, a: number): number {
  let k = cue;
  while (k - 1 > a && (v.is(k - 1, 'speech-verbs.subject_gaps') || insideAside(v, k - 1))) k--;
  return k;
}

/** The lists whose words end or interrupt a subject noun phrase: clause openers, pronouns, auxiliaries and adverbs, negations, verbs of saying. */
const NOT_IN_SUBJECT = ['speech-verbs.clause_openers', 'speech-verbs.person_pronouns', 'speech-verbs.body_pronouns', 'speech-verbs.auxiliaries', 'speech-verbs.subject_gaps', 'speech-verbs.negations', 'speech-verbs.verbs'];
/** Coordinators and the pronouns and demonstratives the lists leave out, which no subject noun phrase holds either. */
const NOT_IN_SUBJECT_EN = /^(?:and|or|nor|than|so|then|there|this|these|those|its|i|we|you|no)$/;

/**
 * English: a noun phrase no list knows as the subject right before token `cue`, opening its clause (the sentence's
 * start, or after a short opening phrase and a comma: On Monday, a coalition … said): an article or none, then two to
 * six words in lower case but for the first, with one "of" at most inside (A coalition of opposition parties;
 * Election monitors), no name, number or punctuation; its span, else undefined.
 */
function openingSubject(v: View, cue: number, a: number, trailing = false): Span | undefined {
  const end = beforeGaps(v, cue, a);
  let s = end;
  let ofs = 0;
  let extra = 0;
  const stop = (k: number) => NOT_IN_SUBJECT_EN.test(v.key(k)) || BE_FORMS.has(v.key(k)) || (PREPS_EN.has(v.key(k)) && v.key(k) !== 'of') || v.isAny(k, NOT_IN_SUBJECT);
  const plain = (k: number) => k >= a && v.isWord(k) && !v.mention(k) && !v.dates.has(k) && /^[A-Za-z][a-z-]*$/.test(v.surface(k)) && !stop(k);
  for (;;) {
    // (a common noun's possessive inside the phrase: The gang's leader said)
    if (s < end && v.key(s - 1) === 's' && v.possessiveAt(s - 2) && plain(s - 3) && end - (s - 3) <= 7) {
      s -= 3;
      continue;
    }
    // (a place's name as an adjective inside it, before its head and after a word of it: A large U.S. hospital
    // operator said)
    // (and a person's name so, a body of the person's: The Trump campaign said, the Biden administration)
    const place = s < end ? v.mentionEndingAt(s) : null;
    if (place && (place.type === 'location' || place.type === 'person') && place.e - place.s <= 4 && end - place.s - extra <= 6 && plain(place.s - 1)) {
      // (its tokens one word of the phrase's six: U.S. is four)
      extra += place.e - place.s - 1;
      s = place.s;
      continue;
    }
    if (!(end - (s - 1) - extra <= 6 && plain(s - 1))) break;
    if (v.key(s - 1) === 'of' && ++ofs > 1) break;
    s--;
  }
  if (s === end || v.key(s) === 'of' || v.key(end - 1) === 'of' || v.mention(s)) return undefined;
  // (the clause opens there: the sentence's start, or a comma after an opening phrase of a few words; `trailing`, a comma
  // after the words said and an indefinite article: …, a federal review board said)
  // (or a clause of its own after a comma and a conjunction, an indefinite article opening it: …, the agency said, and a
  // senior minister said …)
  const opens = trailing ? v.key(s - 1) === ',' && s - 1 > a + 2 && INDEFINITE_EN.has(v.key(s)) : s === a || (v.key(s - 1) === ',' && s - 1 - a <= 6 && s - 1 > a) ||
    (INDEFINITE_EN.has(v.key(s)) && s - 2 > a && v.is(s - 1, 'speech-verbs.clause_coordinators') && v.key(s - 2) === ',');
  if (!opens) return undefined;
  // (capitals only on the phrase's first word: not a name the entity rules left out, Election Commission)
  for (let k = s + 1; k < end; k++) if (/^[A-Z]/.test(v.surface(k)) && v.mention(k)?.type !== 'location' && v.mention(k)?.type !== 'person') return undefined;
  // (an article or a plural: An opposition party, Election monitors; one bare singular word says too little, unless
  // capitalized after the sentence's start, a name no list has: Viasat said it had shipped …)
  const det = /^(?:a|an|the)$/.test(v.key(s));
  // (and a clause after the verb, opened by its subject or "that": not Turnout said little about …)
  if (det ? end - s < 2 : end - s < 2 && !/s$/.test(v.key(s)) && !(s === a && /^[A-Z][a-z]{2,}$/.test(v.surface(s)) && v.isAny(cue + 1, ['speech-verbs.subject_openers', 'speech-verbs.complementizers']))) return undefined;
  return v.span(s, end);
}

/** how far into a sentence, in tokens, a pronoun still stands for the sentence's subject (sentenceSubjectBody) */
const SUBJECT_REACH = 60;

/** English: the group or body that opens the sentence of token k as its subject, a name or a group's noun (The gang
 *  later published …), followed by a verb's word, when k is further on in the sentence; else null. */
function sentenceSubjectBody(v: View, k: number): string | null {
  const sentence = v.t.sentence[k];
  if (sentence < 0) return null;
  const s = v.t.sentenceTokens[2 * sentence];
  // (within a sentence's usual length: a long line of pronouns stays linear)
  if (k - s < 4 || k - s > SUBJECT_REACH) return null;
  const at = v.key(s) === 'the' ? s + 1 : s;
  const m = v.mention(at);
  let e = -1;
  let id: string | null = null;
  // (past an owner's possessive before the body's name: Google's Mandiant unit attributed … to a group it tracks as X: Mandiant)
  const owned = m && m.s === at && v.possessiveAt(m.e) ? v.mention(m.e + 2) : null;
  if (owned && owned.s === m!.e + 2 && owned.type === 'organization') [e, id] = [owned.e, owned.id];
  else if (m && m.s === at && (m.type === 'threat_actor' || m.type === 'organization')) [e, id] = [m.e, m.id];
  else if (v.is(at, 'attribution.group_nouns') && v.hitEnd(at, 'attribution.group_nouns') === at + 1) {
    const group = lastBefore(v, at, ['threat_actor']);
    if (group && v.t.start[at] - group.span.end < 800) [e, id] = [at + 1, group.id];
  }
  if (!id || e >= k || v.possessiveAt(e) || !v.isWord(e) || !/^[a-z]/.test(v.surface(e))) return null;
  // (and no other subject between: a second clause's own, …, and the ministry said it)
  // (a verb joined by and/but with no subject of its own goes on with the sentence's: The gang hit the airport, and is
  // demanding a ransom for data it says it stole)
  // (and a relative clause on the subject set off by commas, The group, which X said was …, claimed …; and a past verb
  // joined by "and", claimed the attack and published data it said …: the subject's own)
  const sameSubject = (j: number, past = false) =>
    v.is(j, 'speech-verbs.clause_coordinators') && (BE_FORMS.has(v.key(j + 1)) || v.is(j + 1, 'speech-verbs.auxiliaries') || (past && /^[a-z]{3,}ed$/.test(v.surface(j + 1)) && !v.mention(j + 1)));
  let relativeSeen = false;
  for (let j = e; j < k; j++) {
    if (v.key(j) === ',' && sameSubject(j + 1)) continue;
    // (a clause joined by but/and whose own subject is the pronoun itself: The gang has been linked to …, but it has said …)
    if (v.key(j) === ',' && v.is(j + 1, 'speech-verbs.clause_coordinators') && j + 2 === k) break;
    if (sameSubject(j, true)) {
      j++;
      continue;
    }
    if (!relativeSeen && j < e + 3 && v.key(j) === ',' && commaRelativeAt(v, j + 1)) {
      relativeSeen = true;
      const close = relativeClauseClose(v, j + 1, k);
      if (close > j) {
        j = close;
        continue;
      }
    }
    if (v.key(j) === ',' || v.key(j) === 'and' || v.key(j) === 'but' || v.isQuote(j)) return null;
  }
  return id;
}

/**
 * English: "it" at token k opening a relative clause with no pronoun on a lower-case noun, a verb of saying and an
 * auxiliary after it (…, a Beijing-based company it said had controlled …): the body or state the sentence opens with as
 * its subject, not a place named in the noun's phrase; else null.
 */
/**
 * English: "it" in a relative clause with no relative pronoun on a noun, a verb of saying after it and the clause's verb
 * (… after a group calling itself X posted files it said contained …): the body or group named last before it in its
 * sentence, after the sentence's first verb of saying, whose act the noun is the object of; else null.
 */
function zeroRelativeBody(v: View, k: number): string | null {
  if (v.key(k) !== 'it' || !v.is(k + 1, 'speech-verbs.verbs') || !v.isWord(k + 2) || !/^[a-z]+$/.test(v.surface(k + 2))) return null;
  if (!v.isWord(k - 1) || v.mention(k - 1) || !/^[a-z]+$/.test(v.surface(k - 1)) || v.isAny(k - 1, [...CUES, 'speech-verbs.complementizers', 'speech-verbs.clause_openers', 'speech-verbs.auxiliaries', 'speech-verbs.clause_coordinators'])) return null;
  if (BE_FORMS.has(v.key(k - 1)) || DETERMINERS.has(v.key(k + 2)) || v.isAny(k + 2, ['speech-verbs.complementizers'])) return null;
  const sentence = v.t.sentence[k];
  if (sentence < 0) return null;
  const m = lastBefore(v, k, ['organization', 'threat_actor']);
  if (!m || v.t.sentence[m.s] !== sentence || m.e > k - 2) return null;
  // (named after the sentence's verb of saying, in the clause the words are: its own subject, not the speaker's)
  const f = spokenSoFar.at(-1);
  return f && v.t.sentence[f.cueTok[0]] === sentence && f.cueTok[1] <= m.s ? m.id : null;
}

function reducedRelativeSubject(v: View, k: number): string | null {
  if (!v.is(k + 1, 'speech-verbs.verbs') || !(BE_FORMS.has(v.key(k + 2)) || v.is(k + 2, 'speech-verbs.auxiliaries'))) return null;
  if (!v.isWord(k - 1) || v.mention(k - 1) || !/^[a-z]+$/.test(v.surface(k - 1)) || v.isAny(k - 1, ['speech-verbs.complementizers', 'speech-verbs.clause_openers'])) return null;
  const sentence = v.t.sentence[k];
  if (sentence < 0) return null;
  let a = datelineEnd(v, v.t.sentenceTokens[2 * sentence], k);
  if (v.key(a) === 'the') a++;
  const m = v.mention(a);
  return m && m.s === a && m.e < k - 1 && (m.type === 'location' || m.type === 'organization') && !v.possessiveAt(m.e) ? m.id : null;
}

/** English: the body the clause [s, e) opens with as its subject, a name or a generic noun (The ministry has opened …),
 *  not a possessive's owner (The company's chief said); else null. */
function clauseBody(v: View, s: number, e: number): string | null {
  const k = v.key(s) === 'the' ? s + 1 : s;
  const m = v.mention(k);
  if (m && m.s === k && m.e < e && !v.possessiveAt(m.e)) return m.type === 'organization' ? m.id : null;
  const ne = v.hitEnd(s, 'speech-verbs.nominal');
  return ne > s && ne < e && !v.possessiveAt(ne) && !v.is(ne - 1, 'speech-verbs.body_speakers') ? pronounSpeaker(v, ne - 1, s) : null;
}

/** Arabic: the subject's first token of the last relative clause of denying or saying between `from` and `cue` (…، وهو ما
 *  نفته السفارة الإيرانية، …: السفارة), else -1. */
function relativeSubjectBefore(v: View, cue: number, from: number): number {
  if (v.lang !== 'ar') return -1;
  for (let k = cue - 2; k >= from; k--) {
    const rel = v.hitEnd(k, 'attribution.relative_denial');
    if (rel <= k || rel >= cue - 1 || !(v.key(k - 1) === '،' || v.key(k - 1) === ',')) continue;
    const se = denyingRelativeEnd(v, k);
    return se > 0 && se < cue ? se : -1;
  }
  return -1;
}

/**
 * A verb of denying at `cue` in a relative clause on what its sentence said before (…، وهو ما نفته روسيا مرارا; …, which
 * Russia has repeatedly denied): the denier, named right after the verb in Arabic or between the relative and the verb in
 * English, speaks what is denied, the earlier frame's words in the sentence, else the clause before the relative; else
 * null.
 */
function relativeDenialFrame(v: View, cue: { s: number; e: number }, a: number, cueSpan: Span, objectCue: boolean, earlier: SpeechFrame | null): SpeechFrame | null {
  if (!v.is(cue.s, 'attribution.denials')) return null;
  const ar = v.lang === 'ar';
  // (the relative's words right before the verb in Arabic, set off by a comma; in English "which" and the denier first)
  let rel = -1;
  let denier: TokMention | null = null;
  // (a denier no name gives: its words, up to a comma, as an unnamed speaker's; وهو ما نفته السفارة الإيرانية في بغداد،)
  let unnamed: Span | undefined;
  if (ar) {
    for (let k = Math.max(a + 1, cue.s - 3); k < cue.s && rel < 0; k++) if (v.hitEnd(k, 'attribution.relative_denial') === cue.s && (v.key(k - 1) === '،' || v.key(k - 1) === ',')) rel = k;
    if (rel < 0) return null;
    const m = v.mention(cue.e);
    if (m && m.s === cue.e) denier = m;
    else {
      let e = cue.e;
      while (e < v.t.length && e < cue.e + 6 && v.isArabic(e) && !v.clauseEnd(e) && !v.mention(e)) e++;
      if (e > cue.e && (v.key(e) === '،' || v.key(e) === ',' || v.clauseEnd(e))) unnamed = v.span(cue.e, e);
    }
  } else {
    let k = cue.s - 1;
    while (k > a && k > cue.s - 4 && v.is(k, 'speech-verbs.subject_gaps')) k--;
    const m = v.mentionEndingAt(k + 1);
    if (m && m.s - 1 > a && v.key(m.s - 1) === 'which' && (v.key(m.s - 2) === ',' || v.key(m.s - 2) === '،')) {
      rel = m.s - 1;
      denier = m;
    }
  }
  if (rel < 0 || (!unnamed && (!denier || (denier.type !== 'location' && denier.type !== 'organization' && denier.type !== 'person')))) return null;
  const before = rel - 1;
  const content: [number, number] = earlier && earlier.contentTok[1] <= before && earlier.contentTok[0] >= a ? [earlier.contentTok[0], Math.min(earlier.contentTok[1], before)] : [a, before];
  if (content[1] - content[0] < 2) return null;
  return { rule: `${v.lang}/quote/relative-denial`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(content[0], content[1]), contentTok: content, kind: 'indirect', speakers: denier ? [denier.id] : [], ...(unnamed ? { speakerText: unnamed } : {}), objectCue };
}

const RELATIVE_VERBS = ['speech-verbs.verbs', 'speech-verbs.claim_cues', 'attribution.denials'];
/** Where the verb of a relative clause of denying or saying that opens at token k ends (وهو ما نفته …: after نفته), else -1. */
function denyingRelativeEnd(v: View, k: number): number {
  const rel = v.hitEnd(k, 'attribution.relative_denial');
  if (rel <= k || !v.isAny(rel, RELATIVE_VERBS)) return -1;
  return Math.max(...RELATIVE_VERBS.map((c) => v.hitEnd(rel, c)));
}

/** Where a listed generic noun of up to four words starts that ends right before token `cue` (its adverbs stepped over:
 *  the company, the two agencies also), or -1. */
function nominalStart(v: View, cue: number, a: number, list = 'speech-verbs.nominal'): number {
  cue = beforeGaps(v, cue, a);
  for (let s = Math.max(a, cue - 4); s < cue; s++) if (v.hitEnd(s, list) === cue) return s;
  // (English: one lower-case word of a company's trade between "the" and a company's head, the telecom company; no name,
  // date, verb or word of the lists of speech before the head)
  const d = cue - 3;
  if (list === 'speech-verbs.nominal' && v.lang === 'en' && d >= a && v.key(d) === 'the' && v.is(cue - 1, 'speech-verbs.nominal.head') && v.isWord(cue - 2) && !v.mention(cue - 2) && !v.dates.has(cue - 2) && /^[a-z-]+$/.test(v.surface(cue - 2)) && !v.isAny(cue - 2, [...CUES, 'speech-verbs.auxiliaries', 'speech-verbs.clause_coordinators'])) return d;
  return -1;
}

const DESCRIPTION_HEADS = ['organizations.heads', 'speech-verbs.public_heads', 'speech-verbs.outlet_heads'];
/** An English compound in -maker (chipmaker, drugmaker, carmaker): a company's noun by its shape. */
const MAKER_COMPOUND = /^[a-z]{3,}maker$/;
/** A generic noun right before the cue (the company said) with no organization named before it: its words. */
function nominalBefore(v: View, cue: number, a: number): Span | undefined {
  const listed = nominalStart(v, cue, a);
  if (listed >= 0) return v.span(listed, beforeGaps(v, cue, a));
  // a short description of a body, ending in a body's head word (the Cyber Security center, the foreign ministry), a
  // state's public body's too, a nationality before it or not (the Russian embassy)
  // (an owner's possessive inside it too: the secretary of state's office, the state's election office)
  // (or a state's possessive in the determiner's place: Norway's energy regulator, Britain's foreign ministry)
  for (let s = Math.max(a, cue - 8); s < cue - 1; s++) {
    const owner = v.key(s) === 'the' ? null : v.mention(s);
    const ownerEnd = owner && owner.s === s && owner.type === 'location' && v.possessiveAt(owner.e) ? owner.e + 2 : -1;
    if (v.key(s) !== 'the' && ownerEnd < 0) continue;
    // (a maker's compound is a company's noun: the chipmaker, the drugmaker, as "maker" is one: organizations.name_heads)
    let ok = v.isAny(cue - 1, DESCRIPTION_HEADS) || v.key(cue - 1) === 'center' || v.key(cue - 1) === 'centre' || MAKER_COMPOUND.test(v.key(cue - 1));
    for (let k = ownerEnd < 0 ? s + 1 : ownerEnd; k < cue && ok; k++) {
      if (v.possessiveAt(k) && k > s + 1 && !v.mention(k - 1)) {
        k++;
        continue;
      }
      if (!v.isWord(k) || v.key(k) === 'the' || (v.mention(k) && v.demonymEnd(k) !== k + 1)) ok = false;
    }
    if (ok) return v.span(s, cue);
  }
  return undefined;
}

/** Where an office alone ending at token k opens, its "the" or its state's possessive (the interior minister, Iran's
 *  foreign minister); -1 when token k is no office or none of them is before it. */
function officePhraseStart(v: View, k: number, a: number): number {
  if (!v.is(k, 'titles.titles') || v.mention(k)) return -1;
  let s = k;
  while (s - 1 >= a && s > k - 3 && v.isWord(s - 1) && v.key(s - 1) !== 'the' && /^[a-z]/.test(v.surface(s - 1)) && !v.possessiveAt(s - 2)) s--;
  // (after "the", or after a state's possessive: Iran's foreign minister)
  const stateOwns = s - 2 > a && v.possessiveAt(s - 2) && v.mentionEndingAt(s - 2)?.type === 'location';
  return s - 1 < a || (v.key(s - 1) !== 'the' && !stateOwns) ? -1 : s - 1;
}

/**
 * The person an office alone stands for, "the" and the office ending at token k (the minister, the interior minister,
 * the president): the last person named before with that office word right before the name (Interior Minister Nancy
 * Faeser), among the last few persons named; else null.
 */
function officeHolder(v: View, k: number, a: number): string | null {
  const s = officePhraseStart(v, k, a) + 1;
  if (s <= 0) return null;
  const office = v.key(k);
  let at = s - 1;
  for (let n = 0; n < 6; n++) {
    const m = v.lastBefore(at, ['person']);
    if (!m || v.t.start[s] - m.span.end > 3000) return null;
    for (let j = Math.max(0, m.s - 3); j < m.s; j++) if (v.key(j) === office) return m.id;
    at = m.s;
  }
  return null;
}

/**
 * The person a state's office alone ending at token k stands for when the article names the holder only later (a
 * headline's Moldova's president, then Moldovan President Maia Sandu): the first person named after it, within a few
 * paragraphs, with the office's words (tokens [ws, k]) right before the name and no other state's name or nationality
 * just before them; else null.
 */
function officeHolderAfter(v: View, ws: number, k: number, state: string): string | null {
  const n0 = k + 1 - ws;
  let from = k + 1;
  for (let n = 0; n < 6; n++) {
    const m = v.firstAfter(from, ['person']);
    if (!m || v.t.start[m.s] - v.t.end[k] > 1500) return null;
    // (the office's words, all of them, right before the name: digitalisation minister is not Prime Minister X's)
    let has = m.s - n0 > k;
    for (let j = 0; has && j < n0; j++) if (v.key(m.s - n0 + j) !== v.key(ws + j)) has = false;
    let other = false;
    for (let j = Math.max(k + 1, m.s - n0 - 2); j < m.s; j++) {
      const place = v.mention(j);
      const d = place ? null : v.demonymHit(j);
      if (place ? place.type === 'location' && place.id !== state : d && d.entry.id !== v.entity(state)?.kb) other = true;
    }
    if (has && !other) return m.id;
    from = m.e;
  }
  return null;
}

/**
 * A frame whose one speaker is a person the knowledge base gives a state (a head of state or government, a minister),
 * named as the owner of a body such a person heads (speech-verbs.leader_bodies): in Arabic the body before the name, a
 * title and its nisba between or none (إدارة ترامب، إدارة الرئيس الأمريكي دونالد ترامب); in English the body after the name
 * or its possessive (the Biden administration, Netanyahu's government). That body speaks for the state (GOLD.md: a state's
 * officials are the state): the state's entity, when the article names it; else null.
 */
function leaderBodyState(v: View, f: SpeechFrame): string | null {
  // (the speaker is named next to the cue: a few words before it, or between it and the words reported; an unnamed
  // speaker's phrase holds the name, the Biden administration)
  let from = Math.max(0, f.cueTok[0] - SPEAKER_WINDOW);
  let to = f.contentTok[0] > f.cueTok[0] ? f.contentTok[0] : f.cueTok[0];
  if (!f.speakers.length && f.speakerText) [from, to] = [v.tokenAt(f.speakerText.start), v.tokenAt(f.speakerText.end)];
  for (const m of cueSentenceMentions(v, f, from, to)) {
    if (f.speakers.length && m.id !== f.speakers[0]) continue;
    const k = m.s;
    const info = v.entity(m.id);
    if (info?.type !== 'person' || !info.state) continue;
    if (v.isArabic(k)) {
      for (let p = k - 1; p >= Math.max(0, k - 4); p--) {
        if (!v.is(p, 'speech-verbs.leader_bodies') || (p + 1 !== k && titlePhrase(v, p + 1, k)?.e !== k)) continue;
        // (not the body of one who speaks from inside it, مسؤول في إدارة ترامب)
        if (p > 0 && (v.is(p - 1, 'speech-verbs.place_preps') || v.is(p - 1, 'speech-verbs.unnamed'))) break;
        return info.state;
      }
    } else {
      const q = v.possessiveAt(m.e) ? m.e + 2 : m.e;
      // (not one of the body's people, a Biden administration official)
      if (v.is(q, 'speech-verbs.leader_bodies') && !v.is(q + 1, 'speech-verbs.unnamed')) return info.state;
    }
  }
  return null;
}
/**
 * English: the phrase of a frame's one speaker, a state, named right before a noun of its officials (UK officials say,
 * U.S. authorities said), before the cue: the phrase's span, else null.
 */
function stateOfficialsAt(v: View, f: SpeechFrame): Span | null {
  const id = f.speakers[0];
  if (v.entity(id)?.type !== 'location') return null;
  for (const m of cueSentenceMentions(v, f, Math.max(0, f.cueTok[0] - SPEAKER_WINDOW), f.cueTok[0])) {
    if (m.id !== id) continue;
    // (past other states joined to it by and or a comma: US and British officials)
    let o = m.e;
    for (let n = 0; n < 4 && (v.key(o) === 'and' || v.key(o) === ','); n++) {
      const next = v.mention(o + 1);
      const d = next ? null : v.demonymHit(o + 1);
      if (next && next.s === o + 1 && next.type === 'location') o = next.e;
      else if (d) o = d.e;
      else break;
    }
    const e = v.hitEnd(o, 'speech-verbs.state_officials');
    if (e > o && e <= f.cueTok[0]) return v.span(m.s, e);
  }
  return null;
}

/** Whether the cue at k (ending before e) is a verb of saying, not one with another sense before a plain noun, which
 *  speaks only before "that" or quoted words (The war, which began in 1991, claimed 10,000 lives). */
function sayingAt(v: View, k: number, e = k + 1): boolean {
  return v.is(k, 'speech-verbs.verbs') && (!v.is(k, 'speech-verbs.object_readings') || v.is(e, 'speech-verbs.complementizers') || OPENERS.has(v.key(e)));
}

/** Whether the one-word cue at k is a noun: one of the forms that are plural nouns too, with an auxiliary, a form of be or
 *  a verb of saying right after it (member states have said, the reports are, member states said): the subject, no verb. */
function cueWordAsNoun(v: View, k: number): boolean {
  return v.is(k, 'speech-verbs.noun_homographs') && v.isWord(k + 1) && (BE_FORMS.has(v.key(k + 1)) || v.isAny(k + 1, ['speech-verbs.auxiliaries', 'speech-verbs.verbs']));
}

/** how many tokens before a cue its speaker's name is looked for (the Biden administration on Friday said; UK officials say) */
const SPEAKER_WINDOW = 12;

/** The mentions starting at tokens [from, to) in the sentence of a frame's cue. */
function cueSentenceMentions(v: View, f: SpeechFrame, from: number, to: number): TokMention[] {
  const out: TokMention[] = [];
  for (let k = from; k < to; k++) {
    const m = v.mention(k);
    if (m && m.s === k && v.t.sentence[k] === v.t.sentence[f.cueTok[0]]) out.push(m);
  }
  return out;
}

/** Arabic: a title at token k (titles.titles), ending at `te`, and its definite nisba adjectives before `until`, up to two
 *  (الوزير الروسي): where the phrase ends, `e`; null with no title. */
function titlePhrase(v: View, k: number, until: number): { te: number; e: number } | null {
  const te = v.hitEnd(k, 'titles.titles');
  if (te <= k) return null;
  let e = te;
  while (e < until && e < te + 2 && v.isArabic(e) && !v.mention(e) && DEFINITE_NISBA_AR.test(v.key(e)) && !v.isAny(e, UNLISTED_STOPS)) e++;
  return { te, e };
}

/** Arabic: an office right after an accusing verb at token k, with up to three definite words of its own (وزير النفط
 *  الإيراني), then a date or none, then a name that is no person's, its coordinated names, and the charge: where the title
 *  and the office end; else null. */
function officeSubject(v: View, k: number, b: number): { te: number; e: number } | null {
  // (a title, الوزير, or a role's head, وزير, whose office the definite words after it name)
  const te = Math.max(v.hitEnd(k, 'titles.titles'), v.hitPre(k, 'titles.role_heads') === 0 ? v.hitEnd(k, 'titles.role_heads') : -1);
  if (te <= k) return null;
  let e = te;
  while (e < b && e < te + 3 && v.isArabic(e) && !v.mention(e) && v.key(e).startsWith('ال') && !v.dates.has(e) && !v.isAny(e, UNLISTED_STOPS)) e++;
  const at = pastDate(v, e, b);
  const m = v.mention(at);
  if (!m || m.s !== at || m.type === 'person') return null;
  const list = joinedAfter(v, m, true);
  return arabicCharge(v, v.nameEnd(list[list.length - 1])) ? { te, e } : null;
}

/**
 * An Arabic subject no list or name gives, right after an accusing verb, then the accused and the charge (واتهم تحالف
 * سياسي معارض جهات مرتبطة بإيران بمحاولة …؛ واتهم الحزب المعارض إيران بـ…): one to four Arabic words, none a name, a
 * date, an office or a stop word of the speaker phrase, then a state, body or group named, or an actor's phrase, and
 * the charge within a few words; where the accused starts, else -1.
 */
function subjectBeforeAccused(v: View, k: number, b: number): number {
  // (a body's generic noun, then a person with a title or none and the charge within a few words: واتهمت الشرطة رجل الأعمال
  // جون سميث المقيم في الخارج بـ: the person is the accused; after an office a person is its holder, officeSubject's)
  const ne = v.hitEnd(k, 'speech-verbs.nominal');
  if (ne > k && ne < b) {
    const te = v.hitEnd(ne, 'titles.titles');
    const at = te > ne ? te : ne;
    const p = v.mention(at);
    if (p && p.s === at && p.type === 'person') {
      // (a place on the way is where the person is: المقيم في موسكو)
      for (let e = v.nameEnd(p); e < Math.min(b, v.nameEnd(p) + 5) && !v.clauseEnd(e) && (!v.mention(e) || v.mention(e)!.type === 'location'); e++) if (arabicCharge(v, e)) return ne;
    }
  }
  for (let j = k; j < Math.min(b, k + 5); j++) {
    const m = v.mention(j);
    if (j > k && m && m.s === j && m.type !== 'person') {
      const list = joinedAfter(v, m, true);
      return arabicCharge(v, v.nameEnd(list[list.length - 1])) ? j : -1;
    }
    if (j > k && !m && v.isAny(j, ACCUSED_PHRASES)) {
      for (let e = j + 1; e < Math.min(b, j + 6) && !v.clauseEnd(e); e++) if (arabicCharge(v, e)) return j;
      return -1;
    }
    // (an office's word first is officeSubject's, after a noun it is the noun's adjective: الحزب المعارض; a preposition
    // with its pronoun first is no subject, يتهم فيها الدوحة)
    if (m || !v.isArabic(j) || v.dates.has(j) || arabicCharge(v, j) || v.isAny(j, ['speech-verbs.speaker_stops', 'speech-verbs.complementizers', 'speech-verbs.date_preps']) || (j === k && (v.isAny(j, ['titles.titles', 'titles.role_heads']) || PRONOUN_SUFFIXED_AR.test(v.key(j))))) return -1;
  }
  return -1;
}
const ACCUSED_PHRASES = ['attribution.actors', 'attribution.weak_actors', 'attribution.weak_bodies'];

/** Arabic: the person last named after the office of the title at tokens [t, te) (ونفى الوزير after الوزير X or وزير الخارجية X),
 *  within about three thousand characters, else null. */
function officeHolderAr(v: View, t: number, te: number): string | null {
  const office = v.key(te - 1).replace(/^ال/, '');
  let at = t;
  for (let n = 0; n < 6; n++) {
    const m = v.lastBefore(at, ['person']);
    if (!m || v.t.start[t] - m.span.end > 3000) return null;
    for (let j = Math.max(0, m.s - 4); j < m.s; j++) if (v.key(j).replace(/^[وف]?ال/, '') === office) return m.id;
    at = m.s;
  }
  return null;
}

/** The body a description before token `cue` names: the last organization whose name has all its words (the
 *  Cyber Security center: the National Cyber Security Centre), or null. */
function describedBody(v: View, desc: Span, cue: number): string | null {
  const unify = (w: string) => (w === 'center' ? 'centre' : w);
  const words = v.text.slice(desc.start, desc.end).toLowerCase().split(/\s+/).slice(1).map(unify);
  if (words.length < 2) return null;
  let at = cue;
  for (let n = 0; n < 12; n++) {
    const m = v.lastBefore(at, ['organization']);
    if (!m) return null;
    const name = (v.entity(m.id)?.name ?? '').toLowerCase().split(/[\s-]+/).map(unify);
    if (words.every((w) => name.includes(w))) return m.id;
    at = m.s;
  }
  return null;
}

/** Whether the mention m stands inside the words frame f reported. */
function reportedIn(f: SpeechFrame, m: TokMention): boolean {
  return f.contentTok[0] <= m.s && m.e <= f.contentTok[1];
}

/** A pronoun at token k standing for the last person (he, she) or the last body or state (it, they). */
/** Whether a name stands between "the" and a lower-case noun of a hostile act or a document it qualifies (the Snowflake
 *  thefts, the Microsoft report): a modifier, no one a pronoun can stand for. */
function attributiveName(v: View, m: TokMention): boolean {
  return m.s > 0 && v.key(m.s - 1) === 'the' && /^[a-z]/.test(v.surface(m.e)) && v.isAny(m.e, ['attribution.hostile', 'speech-verbs.documents']);
}

function pronounSpeaker(v: View, k: number, before: number): string | null {
  k = beforeGaps(v, k + 1, 0) - 1;
  if (k < 0) return null;
  if (v.is(k, 'speech-verbs.person_pronouns')) {
    const m = lastSubject(v, before, ['person']);
    // (an unnamed person who spoke since that name, The gang's leader said … He denied …: that speaker, no one named)
    if (m && unnamedPersonSpokeSince(v, m, before)) return null;
    // (a person named only inside the words the last frame reported is not who goes on speaking: X said … businessman Y
    // … "…," he said: X)
    const f = spokenSoFar.at(-1);
    const other = m && f && f.speakers.length === 1 && f.speakers[0] !== m.id && v.entity(f.speakers[0])?.type === 'person' && reportedIn(f, m) && v.t.start[before] > f.cue.start;
    return other ? f!.speakers[0] : (m?.id ?? null);
  }
  if (v.is(k, 'speech-verbs.body_pronouns')) {
    // (inside a sentence whose subject is a group or a body, that subject: The gang published data it claimed came from
    // the company's servers: the gang, not the body named before)
    const own = v.lang === 'en' ? sentenceSubjectBody(v, k) ?? reducedRelativeSubject(v, k) ?? zeroRelativeBody(v, k) : null;
    if (own) return own;
    if (v.lang === 'en') {
      // (right after a body's verb of saying, "that" between or not, the body itself: The bureau said it had found …)
      const f = spokenSoFar.at(-1);
      const e = f ? f.cueTok[1] : -1;
      const after = f && (e === k || (e + 1 === k && v.is(e, 'speech-verbs.complementizers')));
      // (between a relative pronoun and a verb of saying, a parenthesis of who reports, after a body or a state spoke
      // earlier in the same sentence: The bureau linked the theft to Lazarus, which it says works for …: the bureau)
      const aside = f && f.cueTok[0] < k && k > 0 && v.isAny(k - 1, ['speech-verbs.relatives', 'attribution.relatives']) && v.is(k + 1, 'speech-verbs.verbs');
      // (right after the conjunction of an adverbial clause past those words, in the same sentence: X said it had destroyed
      // …, a day after it claimed …: X, a body or a group)
      const adverbial = f && f.contentTok[1] <= k && k > 0 && v.is(k - 1, 'speech-verbs.adverbial_conjunctions');
      const id = (after || aside || adverbial) && f!.speakers.length === 1 && v.t.sentence[f!.cueTok[0]] === v.t.sentence[k] ? f!.speakers[0] : null;
      const type = id ? v.entity(id)?.type : undefined;
      // (a state too, right after its own verb: the government said it had identified …, the Czech Republic)
      if (id && (type === 'organization' || ((aside || after) && type === 'location') || (adverbial && type === 'threat_actor'))) return id;
      // (an unnamed body's, right after its verb: Russia's embassy in Copenhagen said it denied …: no one named, not the
      // place its phrase named)
      if (after && f!.speakers.length === 0 && f!.speakerText && v.t.sentence[f!.cueTok[0]] === v.t.sentence[k]) return null;
    }
    // (English "it" opening a sentence right after one whose speaker was a body no name gives: Romania's foreign
    // intelligence service said … It said …: that body, unnamed, not the service named before)
    if (unnamedBodyGoesOn(v, k)) return null;
    // (not a wire story's dateline: its place and agency are no one the story's "they" stands for)
    // (nor a name that only qualifies a noun of an act or a document after "the": the Snowflake thefts, the Microsoft report)
    let m = lastBefore(v, before, ['organization', 'location']);
    while (m && (inDateline(v, m.s) || attributiveName(v, m))) m = lastBefore(v, m.s, ['organization', 'location']);
    // (a pronoun inside the words a body was reporting, with the last body named there too, is the reporting body
    // going on: The NCSC said the group was linked to the IRGC, though it stressed …: the NCSC, not the IRGC)
    if (m) {
      const over = reportingBody(v, k, m.s);
      if (over) return over;
      // (nor, opening a later sentence, one named only inside the words the last frame reported: Microsoft said APT28 was
      // linked to the GRU. It also said …: Microsoft; Officials said … the GRU. They also accused …: the officials, unnamed)
      // (with a word of going on after the pronoun: It also said; without one, another sentence's "it" is the last body
      // named, the accused answering: It said it had no part in it)
      // (and so after the words, set off by a comma, as the speaker of a sentence of reported words: …, it said.)
      const trailing = k > 1 && v.key(k - 1) === ',' && v.t.sentence[k - 2] === v.t.sentence[k];
      const last = spokenSoFar.length && (trailing || v.is(k + 1, 'speech-verbs.continuation_adverbs')) ? spokenSoFar[spokenSoFar.length - 1] : null;
      if (last && last.cueTok[0] < m.s && reportedIn(last, m) && v.t.sentence[last.cueTok[0]] !== v.t.sentence[k]) {
        const id = last.speakers.length === 1 ? last.speakers[0] : null;
        const type = id ? v.entity(id)?.type : undefined;
        if (id && (type === 'organization' || type === 'location')) return id;
        if (!last.speakers.length && last.speakerText && v.key(k) === 'they') return null;
      }
    }
    // (a place after a preposition is where something happened, not who speaks: Meta removed networks from China and
    // Vietnam. It said …: the body that spoke lately; so is an English body after a medium's preposition: The agency said in
    // a statement on Telegram that … It said …: the agency; one the words named as the source, came from the GRU, answers)
    if (m && (m.type === 'location' || (v.lang === 'en' && m.type === 'organization'))) {
      // (its article first: sponsored by the People's Republic of China. It urged …)
      let p = coordinated(v, m, 0)[0].s - 1;
      if (p > 0 && v.key(p) === 'the') p--;
      if (p >= 0 && (m.type === 'location' ? PREPS_EN.has(v.key(p)) || v.is(p, 'speech-verbs.place_preps') : v.is(p, 'speech-verbs.medium_preps'))) {
        const spoke = salientBody(v, before);
        if (spoke) return spoke;
      }
    }
    // (nor, opening a later sentence, a body set off in the last speaker's subject phrase: The Centre for Cyber Security,
    // part of the Defence Intelligence Service, had warned … It said …: the centre)
    const framing = m && v.lang === 'en' ? speakerSettingOff(v, m, k) : null;
    if (framing) return framing;
    return m?.id ?? null;
  }
  // (a generic noun of one to four words ending at k: the company, the two agencies)
  const ns = nominalStart(v, k + 1, 0);
  if (ns >= 0) {
    // (a body that spoke lately is the likelier referent than one merely named since: the agency added → the
    // agency that was speaking, not a ministry its words named)
    const outlet = v.is(k, 'speech-verbs.outlets') || v.hitEnd(k - 1, 'speech-verbs.outlets') === k + 1;
    // (a group word, the group said, stands for the hacker group last named nearby: a threat actor)
    // (and with none named nearby, no body that spoke: In a post on X, the group wrote … after Mandiant spoke)
    // (not a listed noun of more words that ends in one, the rights group: a body's, as the list says)
    if (v.is(k, 'attribution.group_nouns') && !(ns < k - 1 && v.hitEnd(ns, 'speech-verbs.nominal') === k + 1)) {
      const group = lastBefore(v, before, ['threat_actor']);
      return group && v.t.start[before] - group.span.end < 800 ? group.id : null;
    }
    // (one for several bodies, the two agencies, stands for bodies that spoke together lately: the first of them, as a
    // quote of coordinated speakers names the first)
    if (nominalStart(v, k + 1, 0, 'speech-verbs.joint_nominal') >= 0) {
      const together = jointBodies(v, before);
      if (together) return together;
    }
    // (a document, the advisory, البيان: the one who spoke lately with a document of that word, said in a joint advisory
    // that …, not the body that spoke last)
    const author = v.is(k, 'speech-verbs.documents') ? documentAuthor(v, k, before) : null;
    if (author) return author;
    // (a body's noun a named speaker's phrase lately held, China's embassy in Helsinki urged … The embassy said: that
    // speaker, not another body named since)
    // (a body's head word, the party, الحزب, الوزارة: the last organization named with that word, if one is near, as in
    // Arabic; described by it too: Synnovis, the pathology company … The company said)
    const headed = outlet ? null : headedBody(v, ns, k + 1, before);
    if (headed) return headed;
    const phrased = outlet ? undefined : phraseNounSpeaker(v, k, before, v.hitEnd(ns, 'speech-verbs.company_nominals') === k + 1);
    if (phrased) return phrased;
    // (with none, the unnamed speaker whose phrase held the noun is still speaking: unnamed, not the body that spoke last)
    if (phrased === null) return null;
    // (a noun that stands only for a body named with its head word, the ministry, الوزارة: headedBody found none, so no
    // one named; not the security service that spoke last)
    if (v.hitEnd(ns, 'speech-verbs.headed_nominals') === k + 1) return null;
    const spoke = salientBody(v, before, outlet);
    const found = spoke ?? (outlet ? lastOutlet(v, before) : lastBodyNamed(v, before))?.id ?? null;
    // (the company stands for no public body: after a regulator's office spoke, "the company wrote" is not the office)
    if (found && v.hitEnd(ns, 'speech-verbs.company_nominals') === k + 1 && publicBody(v, found, before)) return null;
    // (nor the government for a company or an agency of news: after Microsoft or PAP spoke, "the government said" is not it;
    // a state that spoke lately, with no public body named, is what the government stands for: UK blames China … The
    // government says)
    if (v.is(k, 'speech-verbs.state_speakers') && (!found || !publicBody(v, found, before))) return salientState(v, before);
    // (nor a public body's noun for a company the knowledge base knows: after Telegram was named, "the commission said"
    // is not Telegram's; one it does not know may be a public body with no head word, Statistics Canada … the agency)
    if (found && v.is(k, 'speech-verbs.public_heads') && v.entity(found)?.kind === 'company') return null;
    return found;
  }
  return null;
}

/**
 * English: the phrase of a body no name gives, its owner's possessive first, that spoke in the sentence before, when "it"
 * opens this one at token k (Romania's foreign intelligence service said … It said …): its words go on, unnamed; else
 * undefined.
 */
function unnamedBodyGoesOn(v: View, k: number): Span | undefined {
  if (v.lang !== 'en' || v.key(k) !== 'it' || v.t.sentence[k] < 0 || v.t.sentenceTokens[2 * v.t.sentence[k]] !== k) return undefined;
  const f = spokenSoFar.at(-1);
  // (a body its owner's possessive names, a state's or a company's, not a generic noun that stands for a body named
  // before, the group said, nor a nationality's, the Chinese embassy, whose state its "it" is)
  if (!f || f.speakers.length || !f.speakerText || v.t.sentence[f.cueTok[0]] !== v.t.sentence[k] - 1 || !v.isAny(v.tokenAt(f.speakerText.end - 1), DESCRIPTION_HEADS)) return undefined;
  // (the owner a name of its own, its possessive within its first words: Romania's, South Korea's)
  const s = v.tokenAt(f.speakerText.start);
  if (!/^\p{Lu}/u.test(v.surface(s))) return undefined;
  for (let j = s + 1; j < s + 4 && v.t.end[j] < f.speakerText.end; j++) if (v.possessiveAt(j)) return f.speakerText;
  return undefined;
}

/**
 * Whether an organization is a public body a company noun cannot stand for: the knowledge base gives it a kind other
 * than company, or, unknown to it, its last mention before token `before` has a public body's head word (Information
 * Commissioner's Office, هيئة الاتصالات).
 */
function publicBody(v: View, id: string, before: number): boolean {
  const kind = v.entity(id)?.kind;
  if (kind) return kind !== 'company';
  let from = before;
  for (let n = 0; n < 12; n++) {
    const m = v.lastBefore(from, ['organization']);
    if (!m) return false;
    if (m.id === id) {
      for (let i = m.s; i < m.e; i++) if (v.is(i, 'speech-verbs.public_heads')) return true;
      return false;
    }
    from = m.s;
  }
  return false;
}

/** Whether the sentence [a, b) is one quotation, its closing mark at its end (a stop after it at most). */
function quotedSentence(v: View, a: number, b: number): boolean {
  const close = closingQuote(v, a);
  return close >= b - 2 && close < b && v.isQuote(close);
}

/** A word without the Arabic article, in lower case (الحزب and حزب, Party and party are one head). */
const bare = (w: string): string => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w).toLowerCase();

/** An Arabic generic noun at token k less the proclitics its hit took (للوزارة: الوزارة, ل taking the article's alef). */
function nounAfterProclitics(v: View, k: number): string {
  const key = v.key(k);
  const pre = v.hitPre(k, 'speech-verbs.nominal');
  if (pre <= 0) return key;
  return key.slice(pre - 1, pre + 1) === 'لل' ? `ا${key.slice(pre)}` : key.slice(pre);
}

/**
 * The organization a generic noun of one word and its article (speech-verbs.nominal, tokens s to e) names by its head
 * (the party → the Democratic Party; الحزب → الحزب الديمقراطي; الوزارة → وزارة الخارجية): the last one before token
 * `before`, among the last sixteen organizations and within about two paragraphs, whose mention has that word. Null when
 * none has it (the company → the rules after).
 */
function headedBody(v: View, s: number, e: number, before: number): string | null {
  if (s < 0 || e - s > 2) return null;
  const head = bare(nounAfterProclitics(v, e - 1));
  const at = v.t.start[before] ?? Infinity;
  const has = (m: TokMention): boolean => {
    for (let i = m.s; i < m.e; i++) if (bare(v.key(i)) === head) return true;
    // (or its longer name has it: the bureau after the FBI, Federal Bureau of Investigation)
    const long = v.entity(m.id)?.longName;
    if (long && long.toLowerCase().split(/[\s-]+/).includes(head)) return true;
    // (the head written before a name that leaves it out counts too: وزارة + الخزانة الأمريكية, the ministry)
    // (with a proclitic on it too: لوكالة بلومبيرغ)
    // (and before the quotation marks around it: شركة "ماركس آند سبنسر")
    const hp = m.s > 1 && v.isQuote(m.s - 1) ? m.s - 2 : m.s - 1;
    if (hp >= 0 && !v.mention(hp) && (bare(v.key(hp)) === head || (v.lang === 'ar' && /^[لبو]/.test(v.key(hp)) && bare(v.key(hp).slice(1)) === head))) return true;
    // (or an appositive right after it that the head ends: Synnovis, the pathology company that …; سينوفيس، الشركة التي)
    return describedAs(v, m, head, before);
  };
  // (the last one named with the word; but where that one never spoke and another named with the word spoke earlier in
  // the article, the one that spoke: the agency said, after the police agency spoke and its words named a space agency)
  // (a news agency too, named with the word: لوكالة بلومبيرغ … وقالت الوكالة)
  let from = before;
  for (let n = 0; n < HEADED_LOOKBACK; n++) {
    const m = v.lastBefore(from, ['organization', 'news-agency']);
    if (!m || at - m.span.end > 1200) return null;
    // (nor when the one named last is the subject its sentence opens with, a doer in its own right: The State Department
    // offered rewards … The department said …: the State Department, not the Justice Department that spoke before)
    // (nor when it is named earlier in the noun's own sentence: ما خسرته شركة إم تي جوكس في عام 2014، حين قالت الشركة)
    if (has(m)) return spokeEver(v, m.id, before) || opensSentence(v, m) || v.t.sentence[m.s] === v.t.sentence[before] ? m.id : (headedSpeaker(v, has, m.id, before) ?? m.id);
    from = m.s;
  }
  return null;
}

/**
 * Whether mention m is the subject its sentence opens with, past a dateline: English, the name first, an article before
 * it or not, no possessive after it (The State Department offered …); Arabic, the name right after the sentence's first
 * word, its verb (وعرضت وزارة الخارجية …).
 */
function opensSentence(v: View, m: TokMention): boolean {
  const sentence = v.t.sentence[m.s];
  if (sentence < 0) return false;
  const a = datelineEnd(v, v.t.sentenceTokens[2 * sentence], m.s);
  if (v.lang === 'ar') return m.s === a + 1 && v.isArabic(a) && !v.mention(a) && !v.is(a, 'speech-verbs.verbs');
  return (m.s === a || (m.s === a + 1 && DETERMINERS.has(v.key(a)))) && !v.possessiveAt(m.e) && v.isWord(m.e) && /^[a-z]/.test(v.surface(m.e));
}

/**
 * Arabic: the body named earlier whose name is the unnamed subject's words and a definite nisba after them (جهاز الأمن
 * after جهاز الأمن الأوكراني; وزارة الدفاع after وزارة الدفاع الإستونية), within HEADED_LOOKBACK organizations; else null.
 */
function bodyLessNisba(v: View, words: Span, before: number): string | null {
  const said = v.text.slice(words.start, words.end);
  if (!said.includes(' ')) return null;
  let from = before;
  for (let n = 0; n < HEADED_LOOKBACK; n++) {
    const m = v.lastBefore(from, ['organization']);
    if (!m) return null;
    const name = v.text.slice(m.span.start, m.span.end);
    if (name.startsWith(`${said} `) && DEFINITE_NISBA_AR.test(name.slice(said.length + 1))) return m.id;
    from = m.s;
  }
  return null;
}

/** how many organizations' mentions back headedBody looks, within its 1200 characters (a paragraph that names many stays bounded) */
const HEADED_LOOKBACK = 16;

/** Whether a comma right after mention m opens an appositive whose noun is `head` (its article off, lower case): in
 *  English an article and up to two words before it (, the pathology company), in Arabic the noun itself (، الشركة). */
function describedAs(v: View, m: TokMention, head: string, before: number): boolean {
  let k = m.e;
  if (v.key(k) !== ',' && v.key(k) !== '،') return false;
  k++;
  // (not the subject of a verb of saying after it, the noun being resolved itself or another: …, the company said)
  // (nor a possessive, an owner of what the list names next: the New York Post, the company's UK news outlet)
  const noun = (j: number) => j < before && bare(v.key(j)).toLowerCase() === head && !v.isAny(j + 1, ['speech-verbs.verbs', 'speech-verbs.claim_cues']) && !v.possessiveAt(j + 1);
  if (v.lang === 'en') {
    if (!DETERMINERS.has(v.key(k))) return false;
    for (let j = k + 1; j <= k + 3 && j < v.t.length && !v.clauseEnd(j) && !v.mention(j); j++) if (noun(j)) return true;
    return false;
  }
  return !v.mention(k) && noun(k) && v.key(k).startsWith('ال');
}

/** Whether the body spoke alone in a frame before token `before` (spokenSoFar). */
function spokeEver(v: View, id: string, before: number): boolean {
  const at = v.t.start[before] ?? Infinity;
  for (let n = spokenSoFar.length - 1; n >= 0 && n >= spokenSoFar.length - SPOKEN_LOOKBACK; n--) {
    const f = spokenSoFar[n];
    if (f.cue.start < at && f.speakers.length === 1 && f.speakers[0] === id) return true;
  }
  return false;
}

/** how many frames back spokeEver and headedSpeaker look (a long run of frames stays linear) */
const SPOKEN_LOOKBACK = 40;

/** The last body other than `other` that spoke alone before token `before` and has a mention `has` accepts, or null. */
function headedSpeaker(v: View, has: (m: TokMention) => boolean, other: string, before: number): string | null {
  const at = v.t.start[before] ?? Infinity;
  for (let n = spokenSoFar.length - 1; n >= 0 && n >= spokenSoFar.length - SPOKEN_LOOKBACK; n--) {
    const f = spokenSoFar[n];
    if (f.cue.start >= at || f.speakers.length !== 1 || f.speakers[0] === other) continue;
    const id = f.speakers[0];
    if (v.entity(id)?.type === 'organization' && mentionsOf(v, id).some((m) => m.s < before && has(m))) return id;
  }
  return null;
}

/** Each entity's mentions in a view, indexed once per view (headedSpeaker asks for a speaker's several times a document). */
const mentionIndex = new WeakMap<View, Map<string, TokMention[]>>();
function mentionsOf(v: View, id: string): readonly TokMention[] {
  let index = mentionIndex.get(v);
  if (!index) {
    index = new Map();
    for (const m of v.mentions) {
      const list = index.get(m.id);
      if (list) list.push(m);
      else index.set(m.id, [m]);
    }
    mentionIndex.set(v, index);
  }
  return index.get(id) ?? [];
}

/** The speakers of the frames found so far in the current document, in order (set by speechFrames). */
let spokenSoFar: readonly SpeechFrame[] = [];

/**
 * The person a definite singular office stands for as a speaker (المسؤول الفيدرالي، المتحدثة: an office of
 * speech-verbs.referring_offices with its nisba adjectives only; a title goes to the person last named with it, or on
 * with the previous speaker, in arabicFrame): the person of the last frame spoken before `cue`, within about two
 * paragraphs, when that frame named one and the article named that person with no other title; else null.
 */
function officeReferent(v: View, text: Span, cue: number): string | null {
  const s = v.tokenAt(text.start);
  const e = v.tokenAt(text.end);
  if (!v.key(s).startsWith('ال') || !v.is(s, 'speech-verbs.referring_offices')) return null;
  // (the office and up to two nisba adjectives, nothing else: not المسؤول عن الملف)
  const te = v.hitEnd(s, 'speech-verbs.referring_offices');
  let k = te;
  while (k < e && k < te + 2 && v.isArabic(k) && !v.mention(k) && DEFINITE_NISBA_AR.test(v.key(k))) k++;
  if (k !== e) return null;
  // (the last who spoke, named or not: after an unnamed one, no one)
  const last = spokeLately(v, cue, (f) => f);
  const who = last && last.speakers.length === 1 && v.entity(last.speakers[0])?.type === 'person' ? last.speakers[0] : null;
  if (!who) return null;
  // (a title right before a mention of the person that is another office: the minister is not the president)
  const office = bare(v.key(s));
  // (looked for a bounded way back, so a long run of such frames stays linear)
  for (let k = cue - 1; k > 0 && k >= cue - OFFICE_LOOKBACK; k--) {
    const m = v.mention(k);
    if (!m || m.s !== k || m.id !== who || !v.is(k - 1, 'titles.titles')) continue;
    if (bare(v.key(k - 1)) !== office) return null;
  }
  return who;
}

/** how many tokens before a definite office's cue the person's titled mentions are looked for (officeReferent) */
const OFFICE_LOOKBACK = 600;

/** Whether one of the last frames spoken had these words, as written but for case, as its unnamed speaker. */
function unnamedBefore(v: View, text: Span): boolean {
  const words = v.text.slice(text.start, text.end).toLowerCase();
  for (let n = spokenSoFar.length - 1; n >= 0 && n >= spokenSoFar.length - 12; n--) {
    const f = spokenSoFar[n];
    if (!f.speakers.length && f.speakerText && v.text.slice(f.speakerText.start, f.speakerText.end).toLowerCase() === words) return true;
  }
  return false;
}

/** The first of two or more organizations that spoke together last before token `before`, within about two paragraphs. */
function jointBodies(v: View, before: number): string | null {
  return jointSpeakers(v, before)?.[0] ?? null;
}

/** All of them (jointBodies). */
function jointSpeakers(v: View, before: number): string[] | null {
  return spokeLately(v, before, (f) => (f.speakers.length >= 2 && f.speakers.every((id) => v.entity(id)?.type === 'organization') ? f.speakers : null));
}

/** The one body or state whose frame's reported words hold token `named`, said in the sentence of token `k` before it, or null. */
function reportingBody(v: View, k: number, named: number): string | null {
  for (let n = spokenSoFar.length - 1; n >= 0 && n >= spokenSoFar.length - 6; n--) {
    const f = spokenSoFar[n];
    const [s, e] = f.contentTok;
    if (s > named || e <= named || f.cueTok[0] >= k || v.t.sentence[f.cueTok[0]] !== v.t.sentence[k]) continue;
    const id = f.speakers.length === 1 ? f.speakers[0] : null;
    const type = id ? v.entity(id)?.type : undefined;
    return type === 'organization' || type === 'location' ? id : null;
  }
  return null;
}

/** The organization that spoke last before token `before`, within about two paragraphs. */
function salientBody(v: View, before: number, outlet = false): string | null {
  return spokeLately(v, before, (f) => {
    const id = f.speakers.length === 1 ? f.speakers[0] : null;
    // (a news agency credited for a sentence is not the body a generic noun stands for: the company is no agency)
    // (but a generic noun for an outlet, the newspaper, stands for one)
    const agency = id !== null && v.isAgency(id);
    return id && v.entity(id)?.type === 'organization' && (outlet ? v.isOutlet(id) : !agency) ? id : null;
  });
}

/** The state that spoke last before token `before`, as salientBody finds an organization: its entity, else null. */
function salientState(v: View, before: number): string | null {
  return spokeLately(v, before, (f) => (f.speakers.length === 1 && v.entity(f.speakers[0])?.type === 'location' ? f.speakers[0] : null)) ?? openingState(v, before);
}

/**
 * The state that opens the sentence of token k as its subject, before k (Germany recalled its envoy after the government
 * concluded …; استدعت ألمانيا سفيرها بعدما خلصت الحكومة …): past the dateline, in English the first word, a verb's word
 * or its possessive after it; in Arabic the word after the opening verb. The government the sentence names is that state's. Else null.
 */
function openingState(v: View, k: number): string | null {
  const sentence = v.t.sentence[k];
  if (sentence < 0) return null;
  const start = v.t.sentenceTokens[2 * sentence];
  // (Arabic: the subject of the opening verb, as a verb of saying's with none of its own takes it)
  if (v.lang === 'ar') return openingVerbSubject(v, start, k, ['location'])?.id ?? null;
  const a = datelineEnd(v, start, k);
  const m = v.mention(a);
  if (!m || m.s !== a || m.e >= k || m.type !== 'location') return null;
  // (or its possessive, a body of its own the subject: Japan's space agency JAXA was hit …, the government said)
  if (v.lang === 'en' && !v.possessiveAt(m.e) && !(v.isWord(m.e) && /^[a-z]/.test(v.surface(m.e)) && !PREPS_EN.has(v.key(m.e)) && !v.is(m.e, 'speech-verbs.clause_coordinators'))) return null;
  return m.id;
}

/**
 * The speaker of a frame spoken lately (spokeLately) whose sentence names a document of the word at token k outside the
 * frame's words (said in a joint advisory that …; وقال المكتب في بيان إن …), the article off in Arabic; else null.
 */
function documentAuthor(v: View, k: number, before: number): string | null {
  const word = bare(v.key(k));
  return spokeLately(v, before, (f) => documentOfFrame(v, f, word)) ?? introducedDocumentAuthor(v, k, word);
}

/**
 * English: the author of the document the word at token k refers back to, where the article introduced it with an
 * indefinite article, however far back (within DOCUMENT_REACH tokens): named after it with by or from, a participle between
 * or not (a joint advisory issued by the NSA), else the subject of the verb that put it out (Tarsa Labs published a report);
 * null when the nearest such introduction names none.
 */
function introducedDocumentAuthor(v: View, k: number, word: string): string | null {
  if (v.lang === 'ar') return introducedDocumentAuthorAr(v, k, word);
  for (let j = k - 1; j > 0 && j >= k - DOCUMENT_REACH; j--) {
    if (bare(v.key(j)) !== word) continue;
    let d = j - 1;
    while (d > 0 && d > j - 4 && v.isWord(d) && !INDEFINITE_EN.has(v.key(d)) && !DETERMINERS.has(v.key(d)) && !v.mention(d) && /^[a-z-]+$/.test(v.surface(d))) d--;
    if (!INDEFINITE_EN.has(v.key(d))) continue;
    let q = j + 1;
    if (q < k && /^[a-z]+ed$/.test(v.surface(q))) q++;
    if (v.key(q) === 'by' || v.key(q) === 'from') {
      const at = DETERMINERS.has(v.key(q + 1)) ? q + 2 : q + 1;
      const m = v.mention(at);
      if (m && m.s === at && (m.type === 'organization' || m.type === 'person' || m.type === 'location')) return m.id;
    }
    const sentence = v.t.sentence[j];
    const put = sentence >= 0 ? documentPutOut(v, j + 1, v.t.sentenceTokens[2 * sentence], v.dates) : null;
    return put?.speakers.length === 1 ? put.speakers[0] : null;
  }
  return null;
}
/**
 * Arabic: the author of the document the word at token k refers back to, where the article introduced it with no article
 * (تحذير مشترك): the name after a verb with the document's pronoun on it (أصدرته وكالة الأمن القومي) or after صادر عن, an
 * adjective or two between; null when the nearest such introduction names none.
 */
function introducedDocumentAuthorAr(v: View, k: number, word: string): string | null {
  for (let j = k - 1; j > 0 && j >= k - DOCUMENT_REACH; j--) {
    if (bare(v.key(j)) !== word || v.key(j).startsWith('ال') || v.hitPre(j, 'speech-verbs.documents') > 0) continue;
    for (let q = j + 1; q < k && q <= j + 3 && v.isArabic(q) && !v.mention(q); q++) {
      const pe = v.hitEnd(q, 'speech-verbs.document_author_preps');
      const at = pe > q && v.hitEnd(q, 'speech-verbs.document_author_preps') - q >= 2 ? pe : /(?:ه|ها)$/.test(v.key(q)) && !v.key(q).startsWith('ال') ? q + 1 : -1;
      const m = at > 0 ? v.mention(at) : null;
      if (m && m.s === at && (m.type === 'organization' || m.type === 'person' || m.type === 'location')) return m.id;
      if (at > 0) return null;
    }
    return null;
  }
  return null;
}

/** How far back, in tokens, a document's noun looks for the article's introduction of that document. */
const DOCUMENT_REACH = 1500;

/** The speaker of frame f when its sentence names a document of the word `word` outside its words; else null. */
function documentOfFrame(v: View, f: SpeechFrame, word: string): string | null {
  if (!f.speakers.length) return null;
  const sentence = v.t.sentence[f.cueTok[0]];
  // (within the speaker's reach before the cue: a line with no full stop stays linear)
  for (let j = f.cueTok[0]; j >= 0 && j >= f.cueTok[0] - SPEAKER_WINDOW && v.t.sentence[j] === sentence; j--) if (bare(v.key(j)) === word) return f.speakers[0];
  for (let j = f.cueTok[1]; j < f.contentTok[0]; j++) if (bare(v.key(j)) === word) return f.speakers[0];
  // (or after its words in the sentence, the document they were given in: accused the group of …, in a joint advisory)
  for (let j = f.contentTok[0]; j < v.t.length && j < f.cueTok[1] + SPEAKER_WINDOW * 2 && v.t.sentence[j] === sentence; j++) if (bare(v.key(j)) === word) return f.speakers[0];
  return null;
}

/**
 * The speaker of a frame spoken lately (spokeLately) whose speaker phrase, the words of its sentence before the cue, holds
 * the noun at token k (embassy): its first speaker, null when it spoke unnamed; undefined when no such frame. A company's
 * noun (`company`: the company, الشركة) stops at a named company that spoke since.
 */
function phraseNounSpeaker(v: View, k: number, before: number, company = false): string | null | undefined {
  const word = v.key(k);
  const found = spokeLately(v, before, (f) => {
    const sentence = v.t.sentence[f.cueTok[0]];
    // (a company's noun, the company, stands for a company that spoke since, named: Meta's phrase held "the company",
    // then Microsoft said …; The company linked the group is Microsoft)
    if (company && f.speakers.length === 1 && v.entity(f.speakers[0])?.type === 'organization' && !v.isAgency(f.speakers[0]) && !publicBody(v, f.speakers[0], before)) return { id: f.speakers[0] };
    // (an unnamed one that was itself a definite noun referring back, the spokesman, says nothing new: on to older ones;
    // one with words that describe it, The country's electoral commission, is the body the noun stands for, unnamed)
    const referring = (t: Span) => DETERMINERS.has(v.key(v.tokenAt(t.start))) && v.tokenAt(t.end - 1) - v.tokenAt(t.start) < 2;
    // (a body's noun in a person's phrase is that person's body, not the person: وقال كبير مسؤولي الانتخابات في المفوضية X
    // … بحسب المفوضية: the commission, unnamed as it was)
    const person = f.speakers.length === 1 && v.entity(f.speakers[0])?.type === 'person';
    const hit = () => (person ? { id: null } : f.speakers.length ? { id: f.speakers[0] } : f.speakerText && referring(f.speakerText) ? null : { id: null });
    // (the subject's words right before the verb, up to a mark, another verb, an auxiliary or إن/that: not a word earlier
    // in the sentence, وألغت الشركة … كانت الحكومة الأمريكية قد قالت)
    for (let j = f.cueTok[0] - 1; j >= 0 && j >= f.cueTok[0] - 6 && v.t.sentence[j] === sentence && v.isWord(j) && !v.isAny(j, [...CUES, 'speech-verbs.auxiliaries', 'speech-verbs.complementizers']); j--) if (v.key(j) === word && !v.mention(j)) return hit();
    // (Arabic: the phrase after the verb, up to the words: وصفت السفارة الصينية في هلسنكي الاتهامات)
    if (v.lang === 'ar') for (let j = f.cueTok[1]; j < f.contentTok[0] && j < f.cueTok[1] + SPEAKER_WINDOW; j++) if (v.key(j) === word && !v.mention(j)) return hit();
    // (or the unnamed speaker's own phrase, however long: A spokesperson for the Chinese embassy in London said …)
    if (!f.speakers.length && f.speakerText) for (let j = v.tokenAt(f.speakerText.start); j < v.t.length && v.t.start[j] < f.speakerText.end; j++) if (v.key(j) === word && !v.mention(j)) return hit();
    return null;
  });
  return found ? found.id : undefined;
}

/** Whether the last frame spoken before token `before`, after the mention m, had one unnamed speaker a singular person's
 *  noun ends (The gang's leader, a spokesman, المتحدث): "he" goes on with that speaker rather than the name before it. */
function unnamedPersonSpokeSince(v: View, m: TokMention, before: number): boolean {
  // (the newest frame answers, yes or no)
  return spokeLately(v, before, (f) => {
    if (f.speakers.length || !f.speakerText || f.speakerText.start < m.span.end) return false;
    const last = v.tokenAt(f.speakerText.end - 1);
    return v.isAny(last, ['titles.titles', 'speech-verbs.unnamed']) && !/s$/.test(v.key(last));
  }) === true;
}

/** The first answer `pick` gives of the frames spoken last before token `before`, newest first: six at most, within
 *  about two paragraphs (1,200 characters); else null. */
function spokeLately<T>(v: View, before: number, pick: (f: SpeechFrame) => T | null): T | null {
  const at = v.t.start[before] ?? Infinity;
  for (let n = spokenSoFar.length - 1; n >= 0 && n >= spokenSoFar.length - 6; n--) {
    const f = spokenSoFar[n];
    if (f.cue.start >= at) continue;
    if (at - f.cue.start > 1200) break;
    const found = pick(f);
    if (found !== null) return found;
  }
  return null;
}

/** Where the author of a document named at token i is named: after the document's noun (an article before it in
 *  English) and the words of whom it is from (speech-verbs.document_author_preps: from, by; صادر عن), else i itself. */
function documentAuthorAt(v: View, i: number): number {
  const k = v.lang === 'en' && DETERMINERS.has(v.key(i)) ? i + 1 : i;
  const de = v.hitEnd(k, 'speech-verbs.documents');
  if (de <= k) return i;
  const ae = v.hitEnd(de, 'speech-verbs.document_author_preps');
  return ae > de ? ae : i;
}

/** The opening quotation mark of the quote closed at `close`, within the paragraph before it, or -1. */
function openingQuote(v: View, close: number): number {
  const closer = v.key(close);
  const openers = closer === '”' ? ['“', '"', '„'] : closer === '»' ? ['«'] : closer === '’' ? ['‘'] : ['"', '“'];
  let lines = 0;
  for (let i = close - 1; i >= 0 && i > close - 400; i--) {
    if (openers.includes(v.key(i))) return i;
    if (v.lineBefore(i) && ++lines > 3) return -1;
  }
  return -1;
}

/** The words a source phrase at token `cue` reports when it comes after them: the sentence from `a` (past a wire story's
 *  dateline, دبي، 16 يوليو - ارتفعت …، وفقا لتقرير …) up to the cue, less the commas before it. */
function clauseBeforeSource(v: View, a: number, cue: number): [number, number] {
  let s = cue;
  while (s > a && (v.key(s - 1) === ',' || v.key(s - 1) === '،')) s--;
  return [datelineEnd(v, a, s), s];
}

function sourceFrame(v: View, cue: { s: number; e: number }, a: number, b: number, cueSpan: Span): SpeechFrame | null {
  // (a phrase naming evidence after words a verb of saying of the sentence spoke: agencies said …, citing the work of the
  // FBI: the agencies' words, the FBI no speaker)
  if (v.is(cue.s, 'speech-verbs.evidence_sources') && spokenSoFar.some((f) => f.cueTok[0] >= a && f.cueTok[0] < cue.s && f.contentTok[1] >= cue.s - 1)) return null;
  // the source right after the phrase: according to X, a report by X, بحسب X
  let i = cue.e;
  let m: TokMention | null = null;
  // (his words, قوله، كلامه: the person last named)
  if (v.is(i, 'speech-verbs.source_pronouns')) {
    const p = v.lastBefore(cue.s, ['person']);
    if (p && v.t.start[cue.s] - p.span.end < 1500) m = p;
    i = v.hitEnd(i, 'speech-verbs.source_pronouns');
  }
  // (a person after a body's name and a role: according to ESET researcher Anton Cherepanov)
  if (!m && v.lang === 'en') m = titledPersonAfter(v, i, b);
  // (Arabic: what a verb of saying's subject said, بحسب ما أعلن مكتب وزير الخارجية، وفق ما ذكرت الشرطة: the subject after
  // the verb speaks, named or not, the clause before the phrase its words)
  if (!m && v.lang === 'ar' && cue.s - a > 1) {
    const verb = v.key(i) === 'ما' ? i + 1 : i;
    const sourceVerb = verb < b && (verb > i || v.text.slice(v.t.start[cue.e - 1], v.t.end[cue.e - 1]).endsWith('ما'));
    // (the verb with the pronoun of what was said on it too: بحسب ما أعلنه رئيس المفوضية)
    const ve = sourceVerb ? Math.max(v.hitEnd(verb, 'speech-verbs.verbs'), v.hitEnd(verb, 'speech-verbs.verbs.enclitic')) : -1;
    let sub = ve > verb ? subjectsAfter(v, ve, b) : null;
    // (or a body's or an office's words up to the clause's end, no name among them: مكتب وزير خارجية الولاية)
    if (ve > verb && !sub?.ids.length && !sub?.text && v.isAny(ve, ['organizations.heads', 'titles.role_heads', 'speech-verbs.unnamed', 'speech-verbs.nominal'])) {
      let k = ve;
      while (k < b && k < ve + 6 && v.isWord(k) && !v.clauseEnd(k)) k++;
      if (k > ve && (k >= b || v.clauseEnd(k) || v.key(k) === '،' || v.key(k) === ',')) sub = { ids: [], end: k, text: v.span(ve, k) };
    }
    if (sub && (sub.ids.length || sub.text) && (v.clauseEnd(sub.end) || sub.end >= b || v.key(sub.end) === '،' || v.key(sub.end) === ',')) {
      const content = clauseBeforeSource(v, a, cue.s);
      if (content[1] - content[0] >= 2) return { rule: `${v.lang}/quote/source`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(content[0], content[1]), contentTok: content, kind: 'indirect', speakers: sub.ids, ...(sub.text && !sub.ids.length ? { speakerText: sub.text } : {}), objectCue: false };
    }
  }
  // (a document filed in a place is the source, not the place: according to a lawsuit filed in Los Angeles, وفقا لدعوى
  // قضائية رفعت في لوس أنجلوس; unnamed, as written)
  let documentEnd = -1;
  let filedIn = false;
  let reach = i + 6;
  for (let k = i; k < Math.min(b, reach) && !m; k++) {
    const x = v.mention(k);
    // (a state owning the author is none: citing a report from China's CERT)
    if (x && x.s === k && x.type === 'location' && documentEnd > 0 && v.is(k - 1, 'speech-verbs.place_preps') && !v.possessiveAt(x.e)) {
      filedIn = true;
      break;
    }
    // (a place glued to a participle, the Atlanta-based firm X: where the source is based, not the source; the window grows
    // by the place, its participle and a trade word)
    if (x && x.s === k && x.type === 'location' && v.key(x.e) === '-' && v.is(x.e + 1, 'attribution.link_suffixes')) {
      reach += x.e + 4 - k;
      k = x.e + 1;
      continue;
    }
    // (a medium after a document and "on" or "via", its owner's pronoun or the article between or not (speech-verbs.
    // document_media), is where the document went out, not its author: according to a statement posted on its Telegram channel; not an owner before a
    // possessive, on the ministry's website)
    // (Arabic: a medium's preposition among the words between, بحسب بيان نشرته على قناتها في تلغرام)
    const medium = documentEnd > 0 && (v.lang === 'en' ? !v.possessiveAt(x?.e ?? k) && (v.hitEnd(k - 1, 'speech-verbs.document_media') === k || v.hitEnd(k - 2, 'speech-verbs.document_media') === k) : mediumBefore(v, k, documentEnd));
    if (x && x.s === k && medium) {
      k = x.e - 1;
      continue;
    }
    if (x && x.type !== 'threat_actor') {
      m = x;
      break;
    }
    if (documentEnd < 0 && v.is(k, 'speech-verbs.documents')) documentEnd = v.hitEnd(k, 'speech-verbs.documents');
    // (a document's agent after "by", its participle between or not, is its author, however long the document's words:
    // according to a joint advisory issued by the NSA)
    if (documentEnd > 0 && v.key(k) === 'by') reach = Math.max(reach, k + 4);
    if (v.key(k) === ',' || v.key(k) === '،' || v.clauseEnd(k)) break;
  }
  // (a generic noun, according to the report, وحسب التقرير: the body it stands for, as for a subject)
  let nominal: { id: string; e: number } | null = null;
  let unnamedNoun = -1;
  if (!m) {
    // (or after a document's noun and the word of whom it is from: according to a statement from the commission, ووفقا
    // لبيان صادر عن اللجنة)
    const ni = documentAuthorAt(v, i);
    const ne = v.hitEnd(ni, 'speech-verbs.nominal');
    // (before a comma, or at the sentence's end after the words when no other verb in the sentence spoke them: …,
    // according to the letter.; not وقال مسؤولون … إن …، وفقا للصحيفة, the outlet's report of their words)
    const atEnd = (ne >= b || v.clauseEnd(ne)) && cue.s - a > 1 && !spokenSoFar.some((f) => f.cueTok[0] >= a && f.cueTok[0] < cue.s);
    // (the body it stands for is named before the words it reports, not in them: "The hackers work for China's Ministry of
    // State Security, according to the indictment" is no ministry's word)
    const closes = ne > ni && (v.key(ne) === ',' || v.key(ne) === '،' || atEnd);
    const id = closes ? pronounSpeaker(v, ne - 1, cue.s - a > 1 ? a : cue.s) : null;
    if (id) nominal = { id, e: ne };
    // (a body's noun no named body answers, one a person's phrase held: that body, unnamed; وقال كبير مسؤولي الانتخابات
    // في المفوضية X … بحسب المفوضية)
    else if (closes && phraseNounSpeaker(v, ni, cue.s) === null) unnamedNoun = ne;
  }
  // (an office alone, according to the minister, وبحسب الوزير: the person last named with that office, before a comma or
  // at the clause's end)
  if (!m && !nominal) {
    const k = v.lang === 'en' && DETERMINERS.has(v.key(i)) ? i + 1 : i;
    const te = v.hitEnd(k, 'titles.titles');
    const closes = te >= b || v.clauseEnd(te) || v.key(te) === ',' || v.key(te) === '،';
    const id = te > k && closes ? (v.lang === 'en' ? (k > i ? officeHolder(v, te - 1, a) : null) : v.key(k).startsWith('ال') ? officeHolderAr(v, k, te) : null) : null;
    if (id) nominal = { id, e: te };
  }
  // (an unnamed source set off by a comma at the sentence's start, its last word a body's or a source's noun: According
  // to the government's cyber security agency, …: unnamed, as written)
  let unnamedEnd = unnamedNoun;
  if (!m && !nominal && unnamedEnd < 0 && cue.s - a <= 1) {
    let k = i;
    while (k < b && k < i + 10 && (v.isWord(k) || v.possessiveAt(k) || v.possessiveAt(k - 1)) && !v.mention(k)) k++;
    // (Arabic: or such a noun and its nisba after it, وبحسب مسؤولين إستونيين،)
    const nisba = v.lang === 'ar' && k - 2 >= i && v.isAny(k - 2, ['speech-verbs.unnamed', 'speech-verbs.state_officials']) && v.demonymEnd(k - 1) === k;
    if ((k > i + 1 || nisba) && (v.key(k) === ',' || v.key(k) === '،') && (nisba || v.isAny(k - 1, ['speech-verbs.nominal', 'speech-verbs.unnamed', 'organizations.heads']))) unnamedEnd = k;
  }
  if (!m && !nominal && unnamedEnd < 0) {
    if (!filedIn || cue.s - a <= 1) return null;
    unnamedEnd = documentEnd;
  }
  // (Arabic: and the names joined to it by و, glued or apart: عن مكتب التحقيقات الفيدرالي ووكالة … والمديرية …)
  const list = m ? (v.lang === 'ar' ? joinedAfter(v, m, false) : coordinatedAfter(v, m, b)) : [];
  const ids = m ? list.map((x) => x.id) : nominal ? [nominal.id] : [];
  const srcEnd = m ? list[list.length - 1].e : nominal ? nominal.e : unnamedEnd;
  // the content: after the source's phrase (up to the comma), or the clause before the cue
  let end = srcEnd > cue.e ? srcEnd : i;
  while (end < b && v.key(end) !== ',' && v.key(end) !== '،' && !v.clauseEnd(end) && end < srcEnd + 6) end++;
  let content: [number, number];
  let after = v.key(end) === ',' || v.key(end) === '،' ? end + 1 : end;
  // (a relative clause on the source set off by commas is none of the words: According to Microsoft, which tracks the
  // group as Storm-1516, the videos …)
  if (after > end && v.is(after, 'speech-verbs.relatives')) {
    let j = after + 1;
    while (j < b && j < after + 20 && v.key(j) !== ',' && v.key(j) !== '،' && !v.clauseEnd(j)) j++;
    if (j < b && (v.key(j) === ',' || v.key(j) === '،')) after = j + 1;
  }
  // (nor an appositive naming the source's role, set off by commas: According to X, a spokeswoman for Y, the …; وبحسب X،
  // المتحدثة باسم Y، فإن …)
  if (after > end && m && m.type === 'person') {
    let j = after;
    let role = false;
    while (j < b && j < after + 14 && v.key(j) !== ',' && v.key(j) !== '،' && !v.clauseEnd(j) && !v.is(j, 'speech-verbs.complementizers')) {
      if (v.isAny(j, ['titles.titles', 'titles.role_heads', 'titles.spokesman_roles', 'speech-verbs.unnamed'])) role = true;
      j++;
    }
    if (role && j < b && (v.key(j) === ',' || v.key(j) === '،')) after = j + 1;
  }
  // (the complementizer opening the words is none of them: وحسب التقرير، فإن المجموعة …; and with one the words follow
  // wherever the phrase stands: روسيا: بحسب X فإن روسيا هي …)
  // (not وأن, "and that", which goes on with what came before: وفقا لآليات المنظمة وأن تعمل …)
  const opened = v.lang === 'ar' && srcEnd > cue.e && v.is(srcEnd, 'speech-verbs.complementizers') && v.text[v.t.start[srcEnd]] !== 'و';
  if (opened) after = srcEnd;
  if (v.is(after, 'speech-verbs.complementizers')) after = v.hitEnd(after, 'speech-verbs.complementizers');
  // (up to the clause of the sentence's next cue: …، مشيرا إلى …)
  if (cue.s - a <= 1 || opened) content = [after, Math.min(contentEnd(v, after, b), nextSpeakerClause(v, after, b), nextCueClause(v, after, v.nextStart(CUE_TRIGGERS, after), b))];
  else content = clauseBeforeSource(v, a, cue.s);
  if (content[1] - content[0] < 2) return null;
  // quoted words before the source: direct, the marks left out
  let kind: 'direct' | 'indirect' = 'indirect';
  const [cs, ce] = content;
  if (OPENERS.has(v.key(cs)) && v.isQuote(ce - 1) && closingQuote(v, cs) === ce - 1) {
    content = [cs + 1, ce - 1];
    kind = 'direct';
  }
  return { rule: `${v.lang}/quote/source`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(content[0], content[1]), contentTok: content, kind, speakers: ids, ...(unnamedEnd > 0 ? { speakerText: v.span(i, unnamedEnd) } : {}), objectCue: false };
}

/** A mention and the mentions joined after it by و, glued to the name or apart (X وY و Z), or by 'and'; hacker groups
 *  among them only with `groups`. */
function joinedAfter(v: View, first: TokMention, groups: boolean): TokMention[] {
  const list = [first];
  for (;;) {
    const k = list[list.length - 1].e;
    const next = v.key(k) === 'و' || v.key(k) === 'and' ? v.mention(k + 1) : v.key(k).startsWith('و') && v.mention(k) && v.mention(k)!.s === k ? v.mention(k) : null;
    if (!next || list.some((x) => x.id === next.id) || (!groups && next.type === 'threat_actor')) return list;
    list.push(next);
  }
}

/**
 * Where a clause with a speaker and a speech verb of its own opens after token `from` (According to the NCSC, APT40 is
 * responsible …, and the agency assesses that …): the comma before its and/but, or `b`. English; one walk.
 */
function nextSpeakerClause(v: View, from: number, b: number): number {
  if (v.lang !== 'en') return b;
  for (let k = from; k + 2 < b; k++) {
    if (v.key(k) !== ',' || (v.key(k + 1) !== 'and' && v.key(k + 1) !== 'but')) continue;
    for (let j = k + 3; j < Math.min(b, k + 8); j++) {
      if (v.isPunct(j)) break;
      if (v.isAny(j, ['speech-verbs.verbs', 'speech-verbs.claim_cues'])) return k;
    }
  }
  return b;
}

/** Words after a name that make what follows an appositive (أحد، إحدى; a comma), folded as the token keys write them. */
const APPOSITIVE_KEYS = new Set(['أحد', 'إحدى', '،', ','].map(foldForMatching));

/** A person named right after إن/أن/بأن, with only an appositive (no verb, no punctuation that ends a clause)
 *  between it and the verb at `cue`: the verb's subject (بأن نيك كار أحد مسؤولي الشركة وجه …). */
function subjectAfterComplementizer(v: View, cue: number, a: number): TokMention | null {
  for (let k = cue - 1; k >= Math.max(a, cue - 14); k--) {
    if (v.clauseEnd(k) || v.isQuote(k) || v.isAny(k, ['speech-verbs.verbs', 'speech-verbs.claim_cues'])) return null;
    if (!v.is(k, 'speech-verbs.complementizers')) continue;
    const m = v.mention(k + 1);
    // (what follows the name is an appositive: a title, أحد/إحدى, or a comma)
    const appositive = m && (m.e === cue || v.isAny(m.e, ['titles.titles', 'titles.role_heads']) || APPOSITIVE_KEYS.has(v.key(m.e)));
    return m && m.s === k + 1 && m.type === 'person' && m.e <= cue && appositive ? m : null;
  }
  return null;
}

function arabicFrame(v: View, cue: { s: number; e: number }, a: number, b: number, nextCue: number, cueSpan: Span, objectCue: boolean, dates: ReadonlySet<number>, earlier: SpeechFrame | null): SpeechFrame | null {
  const lang = v.lang;
  // (a participle of saying right after a verb of saying, وتابع قائلا: "…", is that verb's frame, one quote, not two)
  if (cue.s - 1 >= a && v.is(cue.s, 'speech-verbs.circumstantial') && v.is(cue.s - 1, 'speech-verbs.verbs') && v.hitEnd(cue.s - 1, 'speech-verbs.verbs') === cue.s) return null;
  // (nor a participle right after an indefinite noun or its nisba, no comma between, which describes it, a passive's sense:
  // ستة مسؤولين إيرانيين متهمين بشن هجمات, officials accused of; the active one follows a comma or its subject)
  if ((v.is(cue.s, 'speech-verbs.circumstantial') || PARTICIPLE_AR.test(v.key(cue.s))) && cue.s - 1 >= a && v.isArabic(cue.s - 1) && !v.mention(cue.s - 1) && !DEFINITE_WORD_AR.test(v.key(cue.s - 1)) && (PLURAL_OR_NISBA_END_AR.test(v.key(cue.s - 1)) || v.demonymEnd(cue.s - 1) === cue.s) && !v.isAny(cue.s - 1, ['speech-verbs.verbs', 'speech-verbs.claim_cues', 'speech-verbs.unnamed'])) return null;
  // (nor an impersonal verb of believing, no subject after it: ويعتقد على نطاق واسع أن …, it is widely believed)
  if (v.is(cue.e, 'speech-verbs.impersonal_markers')) return null;
  // (nor a verb inside a source's phrase, بحسب ما أعلن X، وفق ما ذكرت الشرطة، حسبما قال: the source's frame)
  const ma = v.key(cue.s - 1) === 'ما' ? cue.s - 1 : cue.s;
  for (let k = Math.max(a, ma - 3); k < ma; k++) {
    const se = v.hitEnd(k, 'speech-verbs.sources');
    if (se === cue.s ? /ما$/.test(v.key(cue.s - 1)) : se === ma && ma < cue.s) return null;
  }
  let speakers: string[] = [];
  /** the outlet relaying an unnamed source's words: the quote's speaker (SpeechFrame.relayer) */
  let relayer: string | undefined;
  let speakerText: Span | undefined;
  let c = cue.e;
  // after a closing quotation mark: «…» قال X / "…"، قالت X
  let q = cue.s - 1;
  if (v.key(q) === '،' || v.key(q) === ',') q--;
  // (a straight quotation mark closes when one opened before it in the paragraph, as in English, before a verb whose
  // subject follows it: not a participle and its object, "…"، منتقدة موسكو على)
  const straight = v.key(q) === '"' && !objectCue && !v.is(cue.s, 'speech-verbs.circumstantial') && openingQuote(v, q) >= 0;
  if (q >= a && v.isQuote(q) && (!OPENERS.has(v.key(q)) || straight)) {
    const open = openingQuote(v, q);
    const who = subjectsAfter(v, cue.e, b);
    // (not a name in quotation marks, اسم "العصفور المفترس"، وتقول طهران إنها …: the words said come after the verb)
    const named = open >= 0 ? v.mention(open + 1) : null;
    const quotedName = !!named && named.s === open + 1 && named.e === q;
    if (open >= 0 && q - open > 2 && who && !quotedName) {
      return { rule: `${lang}/quote/direct-cue-after`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(open + 1, q), contentTok: [open + 1, q], kind: 'direct', speakers: who.ids, objectCue };
    }
  }
  // (كما تقول X set off in the clause: the words around it are X's: تلك المحاولات، كما تقول مايكروسوفت، أحبطت)
  // (at the sentence's start كما is "also": كما قال الوزير إن … is the usual frame)
  if (v.is(cue.s - 1, 'speech-verbs.as_markers') && cue.s - 1 > a) {
    const who = subjectsAfter(v, cue.e, b);
    // (or a generic noun for the body that spoke: كما قالت الشركة)
    const ne = who ? -1 : v.hitEnd(cue.e, 'speech-verbs.nominal');
    const body = ne > cue.e ? (salientBody(v, cue.s) ?? lastBefore(v, cue.s, ['organization'])?.id ?? null) : null;
    const f = who ? asSource(v, cue, a, b, cue.s - 1, who.end, who.ids, cueSpan, objectCue) : body ? asSource(v, cue, a, b, cue.s - 1, ne, [body], cueSpan, objectCue) : null;
    if (f) return f;
  }
  let subjectless = false;
  /** The speaker of the sentence's earlier verb, when it has one: taken, true. */
  const fromEarlier = (): boolean => {
    if (!earlier || (!earlier.speakers.length && !earlier.speakerText)) return false;
    // (not a verb inside a relative clause set off on the subject and closed before this one: وأصدرت "X"، التي يقول باحثون
    // إنها …، بيانا قالت فيه إنها …: the researchers said nothing of the statement)
    // (a relative pronoun's clause on a noun, not و and a pronoun's on the clause before, وهو ما نفته طهران، مؤكدة: hers)
    for (let j = earlier.cueTok[0] - 1; j >= Math.max(a, earlier.cueTok[0] - 3); j--) {
      if (!commaRelativeAt(v, j) || !v.is(j, 'speech-verbs.relatives')) continue;
      const close = relativeClauseClose(v, j, v.t.length);
      if (close > earlier.cueTok[0] && close < cue.s) return false;
      break;
    }
    speakers = earlier.speakers;
    speakerText = earlier.speakerText;
    return true;
  };
  /** A verb with no subject of its own: the sentence's earlier speaker, else the person or body named before it in the
   *  sentence, else none (subjectless: the previous speaker goes on). */
  const fromEarlierOrNamed = (): void => {
    if (fromEarlier()) return;
    const named = namedSubjectBefore(v, cue.s, a, ['person', 'organization']);
    if (named && named.s >= a) speakers = [named.id];
    else subjectless = true;
  };
  /** A generic noun for a body (الشركة، الوزارة) at tokens [s, e), its nationality adjective ending at de (or -1): the
   *  body it stands for as the speaker, else the words; where the phrase ends. */
  const nominalSpeaker = (s: number, e: number, de: number): number => {
    // (a group word, المجموعة، العصابة, stands for the hacker group named lately, as in English: not the body that spoke)
    if (v.isAny(s, ['attribution.group_nouns', 'attribution.weak_actors']) && v.hitEnd(s, 'speech-verbs.nominal') === e) {
      const group = lastBefore(v, cue.s, ['threat_actor']);
      if (group && v.t.start[cue.s] - group.span.end < 800) speakers = [group.id];
      else speakerText = v.span(s, e);
      return e;
    }
    const outlet = v.is(s, 'speech-verbs.outlets');
    // (a document, التحذير، التقرير: its author, as in English: the one who spoke with it lately, or the one the article
    // named when it introduced it, تحذير مشترك أصدرته وكالة الأمن القومي)
    const author = v.is(s, 'speech-verbs.documents') && v.hitEnd(s, 'speech-verbs.nominal') === e ? documentAuthor(v, s, cue.s) : null;
    if (author) {
      speakers = [author];
      return e;
    }
    // (the noun's head before a nationality adjective after it, which is the speaker's too: الوزارة الروسية)
    const headed = outlet ? null : headedBody(v, s, e, cue.s);
    // (a noun alone that a speaker's phrase lately held, وصفت السفارة الصينية … وقالت السفارة: that speaker, unnamed as it was)
    const phrased = outlet || headed || de > e ? undefined : phraseNounSpeaker(v, s, cue.s, v.hitEnd(s, 'speech-verbs.company_nominals') === e);
    if (phrased !== undefined) {
      if (phrased) speakers = [phrased];
      else speakerText = v.span(s, e);
      return e;
    }
    let end = de > e ? de : e;
    // (and the place it is in: نفت السفارة الأمريكية في بغداد أي تدخل; the place is no part of what is said)
    const place = placeAfter(v, end);
    if (place) end = place.e;
    let spoke = salientBody(v, cue.s, outlet);
    // (a body's noun stands for no hacker group: ورفضت السفارة الصينية الاتهامات is not the Chinese group's)
    let org = outlet ? lastOutlet(v, Math.min(s, cue.s)) : lastBefore(v, Math.min(s, cue.s), ['organization']);
    // (الشركة stands for no public body: not the regulator that spoke before)
    if (v.hitEnd(s, 'speech-verbs.company_nominals') === e) {
      if (spoke && publicBody(v, spoke, cue.s)) spoke = null;
      if (!spoke && org && org.type === 'organization' && publicBody(v, org.id, cue.s)) org = null;
    } else if (v.is(s, 'speech-verbs.public_heads')) {
      // (nor a public body's or a party's noun for a company the knowledge base knows: وأفاد الحزب is not Microsoft's, as in
      // English; nor for a body merely named last that has no such head, وتقول الشرطة after the UN came up: unnamed)
      if (spoke && v.entity(spoke)?.kind === 'company') spoke = null;
      org = null;
    }
    // (with a nationality adjective, السفارة الأمريكية, only a body of that state: not the commission that spoke before)
    const state = de > e ? v.demonymHit(e)?.entry.name : undefined;
    // (and a public body's noun with it, السفارة الصينية, is a body of that head, headedBody's: not the ministry of the
    // state that spoke before; a company's noun, الشركة الروسية, may stand for a company named with no head)
    const anyBody = !state || outlet || v.hitEnd(s, 'speech-verbs.company_nominals') === e;
    const ofState = (id: string | null | undefined): boolean => !!id && anyBody && (!state || v.entity(id)?.country === state || v.entity(id)?.name === state);
    // (the government alone, الحكومة, stands for no agency or group: a state that spoke lately, else unnamed; not the
    // intelligence service named last, متحدث باسم الحكومة after الاستخبارات العسكرية الروسية)
    if (!headed && de <= e && v.hitEnd(s, 'speech-verbs.state_speakers') === e) {
      const st = salientState(v, cue.s);
      if (st) speakers = [st];
      else speakerText = v.span(s, end);
      return end;
    }
    // (a noun that stands only for a body named with its head word, الوزارة: headedBody found none, so neither the body
    // that spoke last nor the one named last, as in English)
    if (!headed && v.hitEnd(s, 'speech-verbs.headed_nominals') === e) {
      spoke = null;
      org = null;
    }
    if (headed) speakers = [headed];
    else if (ofState(spoke)) speakers = [spoke!];
    else if (org && ofState(org.id)) speakers = [org.id];
    else speakerText = v.span(s, end);
    return end;
  };
  // (a generic noun as the subject before the verb, after كان or at the clause's start: وكانت الوزارة قد أعلنت)
  let pre = cue.s - 1;
  while (pre >= a && v.is(pre, 'speech-verbs.subject_gaps')) pre--;
  // (a place after a preposition at the subject's end is where the subject is: السفارة الإيرانية في بغداد نفت)
  // (a place's own head word between, في ولاية بنسلفانيا, changes nothing)
  const placeAt = v.mentionEndingAt(pre + 1);
  const placePrep = placeAt ? beforePlace(v, placeAt.s) : -1;
  const inPlace = !!placeAt && placeAt.type === 'location' && placePrep - 1 >= a && v.is(placePrep, 'speech-verbs.place_preps') && v.hitPre(placePrep, 'speech-verbs.place_preps') === 0;
  if (inPlace) pre = placePrep - 1;
  let preNominal = -1;
  let preNationality = -1;
  for (let s0 = Math.max(a, pre - 2); s0 <= pre && preNominal < 0; s0++) if (v.hitEnd(s0, 'speech-verbs.nominal') === pre + 1) preNominal = s0;
  // (with a nationality after the noun: السفارة الإيرانية)
  if (preNominal < 0 && pre - 1 >= a && v.demonymEnd(pre) === pre + 1) {
    for (let s0 = Math.max(a, pre - 2); s0 < pre && preNominal < 0; s0++) if (v.hitEnd(s0, 'speech-verbs.nominal') === pre) [preNominal, preNationality] = [s0, pre + 1];
  }
  // (a verb inside reported words, after إن/أن and a subject that is no name, no body's noun and no unnamed source: أن
  // التحقيقات كشفت أن …; those words are the outer verb's, not a quote of the outer speaker's again)
  // (the subject a noun and its adjectives or genitive, up to three words, inside the words an earlier verb of the sentence
  // reports: قال مصدر إن التحقيقات الأولية كشفت، إن نتائج التحقيق كشفت; not after a particle no verb governs, فإن الشبكة
  // تضيف أن)
  if (cue.s - 2 >= a && complementizerAt(v, cue.s - 2) && v.isArabic(cue.s - 1) && !v.mention(cue.s - 1) && preNominal < 0 && unnamedEndingAt(v, cue.s) < 0 && !v.is(cue.s - 1, 'speech-verbs.body_pronouns')) return null;
  if (earlier && earlier.contentTok[1] > cue.s && preNominal < 0 && unnamedEndingAt(v, cue.s) < 0) {
    for (let k = cue.s - 2; k >= Math.max(a, cue.s - 3, earlier.contentTok[0]) && v.isArabic(k) && !v.mention(k) && !v.mention(k + 1) && !v.isAny(k, UNLISTED_STOPS); k--) {
      if (k - 1 >= earlier.contentTok[0] - 1 && complementizerAt(v, k - 1)) return null;
    }
  }
  // the subject before the verb (a headline or a clause: واشنطن تتهم، إن روسيا نفت، لكن رويترز نقلت), else after it (وقال X)
  const m = inPlace && preNominal >= 0 ? null : v.mentionEndingAt(cue.s);
  const opensClause = (k: number) =>
    k <= a ||
    v.is(k - 1, 'speech-verbs.auxiliaries') || v.key(k - 1) === ',' || v.key(k - 1) === '،' || v.key(k - 1) === ':' || v.is(k - 1, 'speech-verbs.complementizers') || v.key(k - 1) === 'و' || v.is(k - 1, 'speech-verbs.clause_openers');
  // (or the subject after أن with an appositive before the verb: بأن نيك كار، أحد مسؤولي الشركة، وجه …)
  const svo = m ? null : subjectAfterComplementizer(v, cue.s, a);
  // (or a subject no list knows before the place, a noun and up to two adjectives opening the clause: وكانت بلدية صغيرة في
  // ولاية بنسلفانيا قد أعلنت: unnamed, where it is, not the place)
  let unnamedFrom = -1;
  if (!m && !svo && inPlace && preNominal < 0) {
    let s0 = pre;
    while (s0 > a && s0 > pre - 2 && !opensClause(s0) && v.isArabic(s0 - 1) && !v.mention(s0 - 1)) s0--;
    if (opensClause(s0) && v.isArabic(s0) && !v.mention(s0) && !v.key(s0).startsWith('ال') && !v.isAny(s0, [...UNLISTED_STOPS, 'speech-verbs.verbs', 'speech-verbs.claim_cues'])) unnamedFrom = s0;
  }
  // (a person right after the verb is its subject, not a place before it: إيران أوضح ماهايراس إن)
  const personAfter = m && m.type === 'location' ? v.mention(cue.e) : null;
  // (a person's title and its nisba before the name open the clause with it: أن رجل الأعمال بريغوجين قال إنه …)
  let subjectStart = m ? m.s : -1;
  for (let k = Math.max(a, subjectStart - 4); m && m.type === 'person' && k < m.s && subjectStart === m.s; k++) {
    if (titlePhrase(v, k, m.s)?.e === m.s) subjectStart = k;
  }
  // (the subject between كان and قد, a name with its title or its body's head: وكان نائب رئيس الوزراء X قد أبلغ البرلمان
  // أن …: X, not the one spoken to after the verb; not a passive's accused, وكانت إيران قد اتُّهمت بالوقوف وراء …)
  const between = !m && !svo && preNominal < 0 && pre < cue.s - 1 && !(objectCue && arabicCharge(v, cue.e)) ? auxiliarySubject(v, a, pre + 1) : null;
  // (an unnamed source's noun right before the verb, its nationality after it or not, opening the clause: أن أجهزة
  // الاستخبارات الأسترالية ربطت …: that speaker, unnamed, not the one whose words hold it)
  let unnamedBefore = -1;
  if (!m && !svo && !between && preNominal < 0 && pre >= a) {
    const s0 = v.demonymEnd(pre) === pre + 1 && pre - 1 >= a ? unnamedEndingAt(v, pre) : unnamedEndingAt(v, pre + 1);
    if (s0 >= a && opensClause(s0)) unnamedBefore = s0;
  }
  // (names joined by و before it, the first opening the clause: الاتحاد الأوروبي وبريطانيا والولايات المتحدة تتهم: each)
  const joined = m && m.s >= a && !opensClause(m.s) && !opensClause(subjectStart) && m.type !== 'person' ? coordinated(v, m, a) : [];
  const allJoined = joined.length > 1 && opensClause(joined[0].s) && joined.every((x) => x.type === 'location' || x.type === 'organization');
  if (m && m.s >= a && (opensClause(m.s) || opensClause(subjectStart) || allJoined) && v.hitPre(cue.s, 'speech-verbs.verbs') === 0 && !(personAfter && personAfter.s === cue.e && personAfter.type === 'person')) {
    speakers = allJoined ? joined.map((x) => x.id) : [m.id];
  } else if (between) {
    speakers = between.ids;
    if (between.text) speakerText = between.text;
  } else if (svo) {
    speakers = [svo.id];
  } else if (!m && preNominal >= 0 && opensClause(preNominal)) {
    if (preNationality > 0) nominalSpeaker(preNominal, pre, preNationality);
    else nominalSpeaker(preNominal, pre + 1, -1);
  } else if (unnamedBefore >= 0) {
    speakerText = v.span(unnamedBefore, pre + 1);
  } else if (unnamedFrom >= 0) {
    speakerText = v.span(unnamedFrom, placeAt!.e);
  } else if (describesPlural(v, cue.s, a)) {
    // (a present verb describing an indefinite plural no list knows, تعليقات تنتقد الحزب الحاكم: what the things do, no one
    // speaks, and the name after the verb is its object)
    return null;
  } else if (objectCue && cue.s - 1 >= a && v.hitEnd(cue.s - 1, 'speech-verbs.documents') === cue.s && !DEFINITE_WORD_AR.test(v.key(cue.s - 1))) {
    // (an accusing verb describing an indefinite document's noun, رسالة تتهم حزب الله بجر …: the document accuses,
    // unnamed, and the name after the verb is the accused, not its subject)
    speakerText = v.span(cue.s - 1, cue.s);
  } else if (v.is(cue.s, 'speech-verbs.circumstantial') && !v.mentionEndingAt(cue.s)) {
    // a circumstantial participle (…، منتقدة موسكو على, قائلة:): no subject after it; the sentence's speaker, else
    // the person or body named earlier in the sentence (وتحدث الوزير X عن الخطة، لافتا إلى), else the previous speaker
    // (after a clause saying who denied or confirmed the words before, وهو ما نفته السفارة الإيرانية، واصفة …: its subject)
    const denier = relativeSubjectBefore(v, cue.s, Math.max(a, earlier?.cueTok[1] ?? a));
    const denierName = denier >= 0 ? v.mention(denier) : null;
    const denierNoun = denier >= 0 && !denierName ? v.hitEnd(denier, 'speech-verbs.nominal') : -1;
    // (with no verb of saying before it in the sentence, the subject of the verb that opens it, a hacker group too:
    // وأعلنت "X" مسؤوليتها عن الهجوم عبر قناتها على تلغرام، متهمة كينيا …: X, not the medium named last)
    const earlierSpoke = !!earlier && (earlier.speakers.length > 0 || !!earlier.speakerText);
    const main = denierName || denierNoun > denier || earlierSpoke ? null : openingVerbSubject(v, a, cue.s, ['person', 'organization', 'threat_actor']);
    // (or an unnamed subject in construct after that verb, its object after it: ورفضت أحزاب المعارضة النتيجة، قائلة إن …)
    const verbAt = datelineEnd(v, a, cue.s);
    const construct = !main && !denierName && denierNoun <= denier && !earlierSpoke && verbAt < cue.s && v.isAny(verbAt, ['speech-verbs.object_cues', 'speech-verbs.claim_cues']) ? constructSubjectEnd(v, verbAt + 1, cue.s) : -1;
    if (denierName && denierName.s === denier && denierName.type !== 'threat_actor') speakers = [denierName.id];
    else if (denierNoun > denier) nominalSpeaker(denier, denierNoun, v.demonymEnd(denierNoun));
    else if (main) speakers = [main.id];
    else if (construct > 0) speakerText = v.span(verbAt + 1, construct);
    // (a plural participle after an unnamed plural subject of the verb opening the sentence, وطالب نواب باستقالته، قائلين
    // إن …: those people, unnamed, not the one who spoke before)
    else if (!earlierSpoke && denier < 0 && verbAt < cue.s && /(?:ين|ون)$/.test(v.key(cue.s)) && v.hitEnd(verbAt + 1, 'speech-verbs.unnamed') > verbAt + 1) {
      const ue = v.hitEnd(verbAt + 1, 'speech-verbs.unnamed');
      speakerText = v.span(verbAt + 1, Math.max(ue, v.demonymEnd(ue)));
    }
    else fromEarlierOrNamed();
  } else if (objectCue && v.is(cue.s, 'speech-verbs.quote_cues') && !v.mention(cue.e) && v.isArabic(cue.e) && complementizerAt(v, cue.e + 1) && /^ب/.test(v.key(cue.e + 1))) {
    // a describing verb with one word and then بأن: the word is its object, the subject left unsaid (ونفت الحكومة …،
    // ووصفت التقارير بأنها "كاذبة"): the sentence's earlier speaker, else the one named before, else the previous one
    fromEarlierOrNamed();
  } else if (objectCue && v.is(cue.s, 'speech-verbs.object_cues.enclitic') && (arabicCharge(v, cue.e) || complementizerAt(v, cue.e) || OPENERS.has(v.key(cue.e)))) {
    // an accusing or describing verb with its object glued to it and the charge or the words right after it, no subject
    // (ووصفه بأنه، تتهمهم بمحاولة): the sentence's earlier speaker, else the person or body named before it in the
    // sentence, else the previous speaker
    fromEarlierOrNamed();
  } else if (objectCue && arabicCharge(v, cue.e)) {
    // an accusing verb with the charge right after it has no object: passive (وكانت روسيا قد اتُّهمت بالوقوف
    // وراء …): the one named before it is the accused, the speaker is the sentence's or the previous one
    if (!fromEarlier()) subjectless = true;
  } else {
    // (verb, subject, object: a state's government, officials or a body named by their nationality right after an
    // accusing verb are its subject, the name after them the accused: اتهمت السلطات الأمريكية روسيا بـ…, not Russia's
    // words; a person's name after them is the subject's own, المسؤول الأمريكي جون سميث)
    const nisbaSubject = objectCue ? nationalitySubjectEnd(v, cue.e) : -1;
    const after = nisbaSubject > 0 ? v.mention(nisbaSubject) : null;
    // (an unnamed subject, then the charges: ووجهت هيئة محلفين اتحادية الاتهام إلى 12 ضابطا روسيا بالتدخل; the name
    // after the charges is the accused, not a subject)
    const chargedBy = objectCue && nisbaSubject < 0 ? subjectBeforeCharge(v, cue.e, b, dates) : -1;
    // (an office with its words right after an accusing verb, a date or none, then the accused and the charge: اتهم وزير
    // النفط الإيراني يوم الثلاثاء إسرائيل والولايات المتحدة بالوقوف وراء …: the office speaks, its holder if named
    // before, and the names after it are the accused)
    const office = objectCue && nisbaSubject < 0 && chargedBy < 0 ? officeSubject(v, cue.e, b) : null;
    // (a subject of common words, then the accused and the charge: واتهم تحالف سياسي معارض جهات مرتبطة بإيران بمحاولة)
    const accusedAt = objectCue && nisbaSubject < 0 && chargedBy < 0 && !office ? subjectBeforeAccused(v, cue.e, b) : -1;
    let who = office || chargedBy > 0 || accusedAt > 0 || (nisbaSubject > 0 && !(after && after.s === nisbaSubject && after.type === 'person')) ? null : subjectsAfter(v, cue.e, Math.min(b, cue.e + 12));
    if (accusedAt > 0) {
      speakerText = v.span(cue.e, accusedAt);
      c = accusedAt;
    } else if (office) {
      const holder = officeHolderAr(v, cue.e, office.te);
      if (holder) speakers = [holder];
      else speakerText = v.span(cue.e, office.e);
      c = pastDate(v, office.e, b);
    } else if (who && objectCue && who.ids.length === 1 && !who.text && !v.isAny(cue.s, ['speech-verbs.object_cues.enclitic', 'speech-verbs.ba_object_verbs']) && (arabicCharge(v, pastGaps(v, who.end, b)) || (v.is(cue.s, 'speech-verbs.urge_verbs') && v.is(pastGaps(v, who.end, b), 'speech-verbs.urge_preps')))) {
      // (so is one name after an urging verb and على after it: وحثت الصين على اتخاذ إجراءات, China the one urged)
      // (a verb with its object glued to it has the name after it for its subject, the charge or بأن after it or not:
      // ووصفتها وزارة الخارجية الروسية بأنها كاذبة، واتهمتها روسيا بالتدخل)
      // (one name and then the charge: the name is the accused of a passive or of a verb whose subject is a
      // pronoun, اتُّهمت روسيا بتدبيره، يتهم فيها الدوحة باختراق …; the speaker is the sentence's or the previous one)
      who = null;
      // (after أن opening a clause of the sentence, بعد أن اتهمت موسكو بشن …, the pronoun is the opening verb's subject:
      // استدعت ألمانيا سفيرها بعد أن اتهمت …, Germany)
      const opening = !earlier && complementizerAt(v, cue.s - 1) ? openingVerbSubject(v, a, cue.s, ['person', 'organization', 'location']) : null;
      if (opening) speakers = [opening.id];
      else if (!fromEarlier()) subjectless = true;
    } else if (who) {
      speakers = who.ids;
      if (who.text) speakerText = who.text;
      relayer = who.relayer;
      c = who.end;
      // (a name in quotation marks, شركة "كاسبرسكي" الروسية: its closing mark is the phrase's, not the words' opening)
      const named = v.mentionEndingAt(c);
      if (named) c = v.nameEnd(named);
      // (and the words that describe it, no part of its name nor of what it said: وكالة الأنباء المركزية الكورية الرسمية)
      while (named && c < b && v.is(c, 'organizations.descriptors') && v.hitPre(c, 'organizations.descriptors') === 0) c = v.hitEnd(c, 'organizations.descriptors');
      // (and the nationality of a body named, شركة "ميدان" الأردنية: it describes the speaker, no word said; after a verb of
      // accusing a nationality is the accused, اتهم منوتشين الروس)
      // (nor is its own state's, after any verb, an adjective in the singular: نسب مكتب التحقيقات الفيدرالي الأمريكي …; a
      // plural is a noun, the object: حث مكتب التحقيقات الفيدرالي الأمريكيين على …)
      const ownState = named && named.type === 'organization' && objectCue && /(?:ي|ية)$/.test(v.key(c)) ? v.demonymHit(c) : null;
      if (named && named.type === 'organization' && (!objectCue || (ownState && ownState.entry.name === v.entity(named.id)?.country)) && v.demonymEnd(c) > c && v.hitPre(c, 'kb.demonym') === 0) c = v.demonymEnd(c);
      // (and an aside between dashes that describes it, نوكيا الفنلندية - أكبر شركة … - زيادة أرباحها)
      if (named && named.type === 'organization' && !objectCue && /^[-–—]$/.test(v.key(c))) {
        let j = c + 1;
        while (j < b && j < c + 16 && v.key(j) !== v.key(c) && !v.clauseEnd(j) && !v.isQuote(j)) j++;
        if (j < b && j > c + 1 && v.key(j) === v.key(c)) c = j + 1;
      }
      // (and a body's place after it: رفضت البعثة … لدى الأمم المتحدة في نيويورك هذه الاتهامات; the place is no part of what
      // is said)
      const place = named && named.type === 'organization' ? placeAfter(v, c) : null;
      if (place) c = place.e;
      // (and a date set off by commas after it: وجهت وزارة العدل، الجمعة، اتهامات …; the date is no part of what is said)
      if (named && (v.key(c) === '،' || v.key(c) === ',')) c = pastDate(v, c, b);
    } else {
      // a spokesman for a body named by its generic noun (وقال المتحدث باسم الوزارة إن): the body, as a generic noun
      // subject names it (GOLD.md: a person speaking for an organization is its voice)
      const sr = v.hitEnd(cue.e, 'titles.spokesman_roles');
      const srNoun = sr > cue.e ? v.hitEnd(sr, 'speech-verbs.nominal') : -1;
      if (srNoun > sr) c = nominalSpeaker(sr, srNoun, v.demonymEnd(srNoun));
      // an unnamed speaker right after the verb (قال مسؤول); not the one told (وأخبر النواب أن)
      for (let k = cue.e; k < Math.min(b, cue.e + 3) && srNoun <= sr && toldEnd(v, cue.s, cue.e, true) < 0; k++) {
        // (not past a nominal subject: وأوضحت الوزارة في بيان is the ministry's, not an unnamed statement's; but a
        // report's source after عن stays the speaker, as the claimant the dev gold gives: نقلت الصحيفة عن مسؤولين)
        const ne = v.hitEnd(k, 'speech-verbs.nominal');
        if (ne > k && !v.is(ne, 'speech-verbs.relay_preps')) break;
        // (the outlet's noun before عن relays: ونقلت الصحيفة عن مسؤولين, the newspaper named last)
        if (ne > k && v.is(k, 'speech-verbs.outlets')) relayer = lastOutlet(v, cue.s)?.id;
        // (nor past a preposition other than a relay's: قالت في بيان إن is the statement the words were in, not a speaker)
        if (k > cue.e && v.is(k - 1, 'speech-verbs.speaker_stops') && !v.is(k - 1, 'speech-verbs.relay_preps')) break;
        // (a word of quantity before it is part of its words: وقال بعض الباحثين إن)
        const qe = v.hitEnd(k, 'speech-verbs.unnamed_quantifiers');
        const e = v.hitEnd(qe > k ? qe : k, 'speech-verbs.unnamed');
        // (a spokesman for it, متحدث باسمها: the body that spoke or was named last)
        // (but the sentence's earlier verb had an unnamed body for its subject, ورفض مكتب شؤون تايوان الصيني الاتهامات، وقال
        // المتحدث باسمه …: the spokesman speaks for that body, unnamed, not for one that spoke before)
        if (e > k && v.is(e, 'titles.spokesman_pronouns')) {
          const unnamedBody = earlier && !earlier.speakers.length ? earlier.speakerText : undefined;
          const forIt = unnamedBody ? null : spokenFor(v, cue.s);
          if (unnamedBody || forIt) {
            if (unnamedBody) speakerText = unnamedBody;
            else speakers = [forIt!];
            c = e + 1;
            break;
          }
        }
        // (a document of a body named by its generic noun after ل, بيان للمديرية، تقرير للوزارة: the body it stands for)
        if (e > k && e < b && v.is(k, 'speech-verbs.documents') && v.hitPre(e, 'speech-verbs.nominal') > 0 && v.key(e).startsWith('ل')) {
          const ne = v.hitEnd(e, 'speech-verbs.nominal');
          if (ne > e) {
            c = nominalSpeaker(e, ne, v.demonymEnd(ne));
            break;
          }
        }
        if (e > k) {
          // (with its nationality adjective: مسؤولون إيرانيون، السلطات الصينية; or a nisba adjective of what it is, up to
          // two, with no article and no preposition on it, no name: مصدر أمني، مسؤول عسكري; not للصحافيين)
          c = Math.max(e, v.demonymEnd(e));
          // (or one indefinite noun of what they do, then the nationality: مسؤولو استخبارات أمريكيون)
          if (c === e && e + 1 < b) c = Math.max(c, nisbaPastNoun(v, e));
          for (let n = 0; n < 2 && c < b && v.isArabic(c) && !v.mention(c) && INDEFINITE_NISBA_AR.test(v.key(c)) && !v.is(c, 'speech-verbs.complementizers'); n++) c++;
          // (a definite noun's definite nisba, المحللون السياسيون; a noun in construct, its genitive words, مسؤولو مواجهة
          // الكوارث: the speaker's words too, up to a stop)
          const head = v.key(e - 1);
          if (c === e && head.startsWith('ال')) for (let n = 0; n < 2 && c < b && v.isArabic(c) && !v.mention(c) && DEFINITE_NISBA_PLURAL_AR.test(v.key(c)) && !v.isAny(c, UNLISTED_STOPS); n++) c++;
          else if (c === e && head.endsWith('و')) for (let n = 0; n < 3 && c < b && v.isArabic(c) && !v.mention(c) && !v.isAny(c, UNLISTED_STOPS) && !complementizerAt(v, c); n++) c++;
          speakerText = v.span(k, c);
          break;
        }
      }
      // (a title with no name after it, ونفى الوزير الاتهامات: the person last named with that office, else the title's
      // words with their nisba adjectives, unnamed; never the words said)
      // (with none named so, the sentence's or the previous speaker as below; the title's words only when nobody is found)
      const title = !speakerText && srNoun <= sr ? titlePhrase(v, cue.e, b) : null;
      let titleEnd = -1;
      if (title && !v.mention(title.te) && !v.mention(cue.e)) {
        titleEnd = title.e;
        const holder = officeHolderAr(v, cue.e, title.te);
        if (holder) speakers = [holder];
      }
      if (!speakerText && !speakers.length && srNoun <= sr) {
        const told = toldEnd(v, cue.s, cue.e, true);
        // a nominal speaker (الشركة، الوزارة): the last organization named
        let e = nisbaSubject > 0 ? Math.max(v.hitEnd(cue.e, 'speech-verbs.nominal'), v.hitEnd(cue.e, 'speech-verbs.state_speakers')) : v.hitEnd(cue.e, 'speech-verbs.nominal');
        let role: { e: number; oe: number; named: boolean } | null = null;
        // (a state's government named by its nationality, الحكومة الكندية, is that state, not the body last named;
        // unnamed when the article does not name the state)
        const de = e > cue.e ? v.demonymEnd(e) : -1;
        if (de > e && v.is(cue.e, 'speech-verbs.state_speakers')) {
          const d = v.demonymAt(e);
          if (d) speakers = [d.id];
          else speakerText = v.span(cue.e, de);
          c = de;
        } else if (e > cue.e) {
          c = nominalSpeaker(cue.e, e, de);
        } else if (told > cue.e) {
          // (the one told by an audience's word right after a verb of telling, then إن/أن: the subject left unsaid, the
          // sentence's earlier speaker or the previous one: وأبلغ البرلمان أن …)
          c = told;
          if (!fromEarlier()) subjectless = true;
        } else if (!objectCue && (role = roleSubject(v, cue.e, b, dates))) {
          // an office by its role's head and what it heads, a name no list knows after it or none, then إن/أن (وقال وزير
          // الخارجية الروسي إن؛ وقال مدير المؤسسة فريدون موافق إن): the person last named with that office, else those
          // words, unnamed; not the one who spoke before
          const holder = role.named ? null : officeHolderAr(v, cue.e, role.oe);
          if (holder) speakers = [holder];
          else speakerText = v.span(cue.e, role.e);
          c = role.e;
        } else if (!objectCue && (e = indefiniteRoleEnd(v, cue.e, b)) > cue.e) {
          // an office's head with no article, no proclitic, its adjectives with none either, then إن/أن (فيما قال وزير بارز
          // إن): an office holder, unnamed, not the one who spoke before
          speakerText = v.span(cue.e, e);
          c = e;
        } else if (!objectCue && (e = unlistedSubjectEnd(v, cue.e, b, dates)) > cue.e) {
          // a subject no list knows, a definite noun and its adjectives up to إن/أن (وقالت النيابة العامة إن): that
          // speaker, unnamed, not the one before
          speakerText = v.span(cue.e, e);
          c = e;
        } else if (!objectCue && (e = constructSpeakerEnd(v, cue.e, b)) > cue.e) {
          // an indefinite noun in construct with a definite one or two, then إن/أن (وقالت إدارة الوكالة إنها): that
          // speaker, unnamed, not the one before
          speakerText = v.span(cue.e, e);
          c = e;
        } else if (objectCue && (e = constructSubjectEnd(v, cue.e, b)) > cue.e) {
          // an indefinite noun in construct with a definite one, then the object, a definite noun (ورفضت أحزاب المعارضة
          // النتيجة): the construct is the verb's subject, unnamed, and the object what it rejected
          speakerText = v.span(cue.e, e);
          c = e;
        } else if (chargedBy > cue.e) {
          // an accusing verb, a subject no list knows, then the charges (ووجهت النيابة العامة في كولونيا اتهامات
          // لرجلين): that speaker, unnamed
          speakerText = v.span(cue.e, chargedBy);
          c = chargedBy;
        } else {
          // no subject: the speaker of a verb earlier in the sentence (قالت الوزارة …، مشيرة إلى أن), else the
          // subject named earlier in it (…، مؤكدة أن), else the previous speaker
          // (the sentence's own subject first, right after its opening verb, when a name stands between it and this
          // verb: وفرضت وزارة الخزانة عقوبات على ستة مسؤولين في الحرس الثوري قالت إنهم …: the Treasury, not the guard)
          // (its head word may stand outside the name: وزارة الخزانة الأمريكية)
          // (of the verb's gender: a body whose head is masculine says no قالت, الصندوق … وثائق قالت إنها: the group between)
          // (a person's title with no name after it is the verb's own subject: الذي تقول المعارضة إن …, not the generic noun
          // that opens the sentence)
          const personal = titleEnd > cue.e;
          const opening = openingVerbSubject(v, a, cue.s, ['person', 'organization']);
          const main = opening ? laterClauseSubject(v, opening.e, cue.s, ['person', 'organization']) ?? opening : null;
          const later = laterClauseSubject(v, opening ? opening.e : a, cue.s, ['person', 'organization', 'threat_actor']);
          const named = main ?? namedSubjectBefore(v, cue.s, a, ['person', 'organization', 'location']);
          // (or a generic noun right after the opening verb, for what it stands for: ونشرت المجموعة رسالة … زعمت فيها
          // أنها …: the group)
          // (not when a name after it is the doer of a verb or verbal noun nearer this verb: وتأتي الحملة بعد فرض وزارة
          // الخزانة عقوبات على شركتين قالت إنهما …: the Treasury)
          const nearerDoer = !!named && named.s < cue.s && (named.type === 'person' || named.type === 'organization') && doerOfVerbAt(v, named.s, a);
          // (of the verb's gender too: الصندوق … قالت is not the fund's)
          const openingNoun = !main && !earlier && !nearerDoer && !personal && a + 1 < cue.s && v.isArabic(a) && !v.mention(a) && !v.key(a).startsWith('ال') && !nounGenderClash(v, a + 1, cue.s) ? v.hitEnd(a + 1, 'speech-verbs.nominal') : -1;
          // (a definite noun right after a verb that takes no object is its subject, unnamed, not the previous speaker:
          // وكتب السياسي الموالي لروسيا …، الذي …، على تلغرام أن; with its definite adjectives)
          let definite = cue.e;
          // (not a document, whose author speaks: وتقول الدعوى إن …, the plaintiff that spoke before)
          if (!objectCue && titleEnd < 0 && !earlier && !v.is(cue.e, 'speech-verbs.documents')) while (definite < b && definite < cue.e + 3 && v.isArabic(definite) && v.key(definite).startsWith('ال') && !v.mention(definite) && !dates.has(definite) && !v.isAny(definite, UNLISTED_STOPS)) definite++;
          // (a verb describing an indefinite noun, the object of a later clause's verb: its subject, not the earlier
          // speaker's; قال الصندوق …، بعد أن نشرت مجموعة X ملفات قالت إنها …: the group)
          if (later && earlier && later.s > earlier.cueTok[1] && indefiniteNounBefore(v, cue.s, later.e, []) && !bodyGenderClash(v, later, cue.s)) speakers = [later.id];
          else if (openingNoun > a + 1 && openingNoun < cue.s) nominalSpeaker(a + 1, openingNoun, v.demonymEnd(openingNoun));
          else if (definite > cue.e) {
            speakerText = v.span(cue.e, definite);
            c = definite;
          } else if (!fromEarlier()) {
            if (named && named.s >= a) speakers = [named.id];
            else subjectless = true;
          }
        }
      }
      // (the words said start after the title and its adjectives: ونفى الوزير | الاتهامات)
      if (titleEnd > cue.e) c = Math.max(c, titleEnd);
    }
  }
  // (a state's office alone opening the sentence before the verb, as a headline names a head of state, رئيسة جورجيا تتهم
  // روسيا …: the person the article names next with the office's words right before the name, of no other state, as the
  // English frame reads Georgia's president says …)
  if (!speakers.length && !speakerText) {
    const state = v.mentionEndingAt(cue.s);
    const ws = state && state.type === 'location' && state.s > a ? datelineEnd(v, a, state.s) : -1;
    if (ws >= a && ws < state!.s && (v.hitEnd(ws, 'titles.role_heads') === state!.s || v.hitEnd(ws, 'titles.titles') === state!.s)) {
      const holder = officeHolderAfter(v, ws, cue.s - 1, state!.id);
      if (holder) {
        speakers = [holder];
        subjectless = false;
      }
    }
  }
  // (a verb of pointing with a noun after إلى: the noun phrase is what was said, لافتة إلى استمرار القمر في المناورة)
  if (!objectCue && v.is(cue.s, 'speech-verbs.pointing_verbs') && v.is(c, 'speech-verbs.pointing_preps') && !v.is(c + 1, 'speech-verbs.complementizers') && v.isArabic(c + 1) && !OPENERS.has(v.key(c + 1))) {
    const end = contentEnd(v, c + 1, Math.min(b, nextCueClause(v, c + 1, nextCue, b)));
    if (end - (c + 1) >= 2) return { rule: `${lang}/quote/indirect`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(c + 1, end), contentTok: [c + 1, end], kind: 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue, ...(subjectless ? { subjectless } : {}) };
  }
  // the content: quoted words, or the reported clause after إن/أن (or after the accused, for an object cue)
  // (an appositive after the speaker's name, between a comma and إن/أن, may be long: مساعدة وزير الأمن الداخلي لشؤون …)
  const reach = 20;
  let k = c;
  // (nor past the next speech verb with a subject of its own: شركة مايكروسوفت، التي كشفت نشاط المجموعة، قد أعلنت أنها …
  // are the later verb's words; a verb joined by و, a circumstantial participle or a source phrase, وقالت إن، لافتة إلى
  // أن، نقلا عن, goes on with this verb's subject)
  // (but a verb inside the words an earlier verb of the sentence reports leaves a participle after a comma to that verb's
  // speaker: قال مسؤول إن الفريق أبلغ المجلس بالاختراق، مضيفا أن …: the official's words, not the team's)
  const embedded = !!earlier && earlier.contentTok[0] <= cue.s && cue.s < earlier.contentTok[1];
  const goesOn = nextCue >= b || v.is(nextCue, SOURCES) || (v.is(nextCue, 'speech-verbs.circumstantial') && !(embedded && (v.key(nextCue - 1) === '،' || v.key(nextCue - 1) === ','))) || v.hitPre(nextCue, 'speech-verbs.verbs') > 0 || v.key(nextCue - 1) === 'و';
  // (nor, for a verb that opens a relative clause set off by a comma on a verb of saying's subject, past the comma that
  // closes it: وقالت مايكروسوفت، التي كشفت المجموعة في مايو، إن …: إن is the main verb's)
  const clauseClose = commaRelativeAt(v, cue.s - 1) && sayingBefore(v, cue.s - 2, a) ? relativeClauseClose(v, cue.s - 1, b) : -1;
  while (k < b && k < c + reach && (goesOn || k < nextCue) && k !== clauseClose && !(complementizerAt(v, k) && !v.is(k - 1, 'speech-verbs.conjunction_preps')) && v.key(k) !== ':' && !objectCue && !v.clauseEnd(k)) {
    // (a name in quotation marks on the way is none of the words said: وقال X لـ"الشروق": "…"; وقال X، الباحث في
    // "سيتيزن لاب"، إن …: after the one spoken to, or with more of the phrase after it)
    // (ل glued to the outlet's head word before the marks too, and a name no list knows between them, four words at most,
    // إن/أن or a colon right after: وقال X لإذاعة "آر إم إف" إن)
    if (OPENERS.has(v.key(k))) {
      const addressee = v.is(k - 1, 'speech-verbs.addressee_preps') || addresseeHead(v, k - 1);
      let close = v.quotedNameAt(k + 1) ? v.mention(k + 1)!.e : -1;
      if (close < 0 && addressee) {
        const q = closingQuote(v, k);
        // (or a colon, the quoted words after it: وقال مصدر لصحيفة "كييف إندبندنت": "…")
        if (q > k + 1 && q - k - 1 <= 4 && (complementizerAt(v, q + 1) || v.key(q + 1) === ':')) close = q;
      }
      if (close < 0) break;
      if (!addressee && !(close + 1 < b && (v.key(close + 1) === '،' || v.key(close + 1) === ','))) break;
      k = close;
    }
    // (a relative clause on the speaker set off by commas, its own إن/أن inside, and إن/أن after its closing comma:
    // وقالت المجموعة، التي يعتقد أنها تنشط من المغرب، إنها …: the words start after it)
    if ((v.key(k) === '،' || v.key(k) === ',') && v.is(k + 1, 'speech-verbs.relatives')) {
      const j = relativeClauseClose(v, k + 1, b);
      // (past the medium the words went out on too: …، على موقعها إنها)
      const said = j >= 0 && j + 1 < b ? pastMedium(v, j + 1) : -1;
      if (said > j && complementizerAt(v, said)) k = said - 1;
    }
    k++;
  }
  if (objectCue) {
    k = c;
    // (an apposition on the speaker set off by commas, a title opening it, إن/أن after it: ونفى إيلان شور، رجل الأعمال
    // الهارب …، أنه دفع: the words start after it)
    // (or the object after it: ووصف السيناتور X، رئيس لجنة الاستخبارات في مجلس الشيوخ، الاختراق بأنه …)
    if (k < b && (v.key(k) === '،' || v.key(k) === ',') && v.isAny(k + 1, ['titles.titles', 'titles.role_heads'])) {
      const j = relativeClauseClose(v, k + 1, b);
      if (j >= 0 && (complementizerAt(v, j + 1) || v.isArabic(j + 1))) k = j;
    }
    // (the comma closing an appositive speaker: اتهمت الوزيرة، فلورنس بارلي، روسيا بـ…)
    if (k < b && (v.key(k) === '،' || v.key(k) === ',')) k++;
    // (an adverb after the subject: ونفت بكين باستمرار أن …; or a date: وجهت وزارة العدل يوم الجمعة اتهامات)
    for (let n = 0; n < 3 && k < b; n++) {
      if (v.is(k, 'speech-verbs.subject_gaps')) k = v.hitEnd(k, 'speech-verbs.subject_gaps');
      else if (dates.has(k) || (v.is(k, 'speech-verbs.date_preps') && dates.has(k + 1))) {
        while (k < b && (dates.has(k) || (v.is(k, 'speech-verbs.date_preps') && dates.has(k + 1)))) k++;
      } else break;
    }
    // (and a relative clause on the speaker set off by commas: اتهمت الرئيسة X، التي انفصلت عن الحكومة، روسيا بـ…)
    if (k < b && commaRelativeAt(v, k)) {
      const j = relativeClauseClose(v, k, b);
      if (j >= 0) k = j + 1;
    }
  }
  const colon = k < b && v.key(k) === ':';
  if (colon) k++;
  /** (two or three quoted words after a verb of saying itself, no name, the sentence ending after them or a participle
   *  set off by a comma: words said, وأضاف "نرفض هذه الاتهامات"، مشيرا إلى …) */
  const shortSaying = (close: number): boolean => {
    const words = close - k - 1;
    if (words < 2 || !v.is(cue.s, 'speech-verbs.verbs') || v.mention(k + 1)) return false;
    // (opening as speech does, with a present verb or a particle, not a noun's term: "حالة الطوارئ" is a term)
    if (!(IMPERFECT_ANY_AR.test(v.key(k + 1)) || v.isAny(k + 1, ['speech-verbs.negations', 'speech-verbs.person_pronouns', 'speech-verbs.body_pronouns']))) return false;
    const next = close + 1;
    return next >= b || v.clauseEnd(next) || ((v.key(next) === '،' || v.key(next) === ',') && v.is(next + 1, 'speech-verbs.circumstantial'));
  };
  if (k < b && OPENERS.has(v.key(k))) {
    const close = closingQuote(v, k);
    // three quoted words or fewer with no colon before them are a name or a term, not words said: a quoted name
    // before إن/أن is the speaker of the clause after it (وذكرت "رويترز" أن …); a quoted term is no quote
    // (تنشر "تصرفات زائفة")
    // (a name of more tokens is one too: "NoName057(16)")
    const whole = v.mention(k + 1);
    // (Arabic: a quoted name of six words at most after a noun right after the verb, إن/أن a few words after it, is the
    // subject's name, not words said: وأعلن برنامج "مكافآت من أجل العدالة" التابع لوزارة الخارجية أنه …)
    const namedSubject = v.lang === 'ar' && !colon && !speakers.length && !speakerText && k === cue.e + 1 && v.isArabic(cue.e) && !v.mention(cue.e) && close > k + 1 && close - k - 1 <= 6 && complementizerNear(v, close + 1, b);
    if (namedSubject) {
      speakerText = v.span(cue.e, close + 1);
      subjectless = false;
      k = close + 1;
      while (k < b && !complementizerAt(v, k)) k++;
    } else if (close > k + 1 && !colon && (close - k - 1 <= 3 || (whole && whole.s === k + 1 && whole.e === close)) && !shortSaying(close)) {
      if (speakers.length || speakerText || !v.is(close + 1, 'speech-verbs.complementizers')) return null;
      const named = v.mention(k + 1);
      if (named && named.e === close) speakers = [named.id];
      else return null;
      subjectless = false;
      k = close + 1;
    } else if (close > k + 1) return { rule: `${lang}/quote/direct-cue-before`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(k + 1, close), contentTok: [k + 1, close], kind: 'direct', speakers, ...(speakerText ? { speakerText } : {}), objectCue, ...(subjectless ? { subjectless } : {}), ...(relayer && !speakers.length ? { relayer } : {}) };
  }
  /** the words open after إن/أن: a clause, no refused act's object */
  const clause = v.is(k, 'speech-verbs.complementizers');
  if (clause) k = v.hitEnd(k, 'speech-verbs.complementizers');
  else if (!objectCue) {
    // (an announcing verb's plain noun object, past a date or an adverb: أعلنت الشركة لاحقا العثور على …)
    let n = c;
    while (n < b && (dates.has(n) || v.is(n, 'speech-verbs.subject_gaps'))) n++;
    // (with its speaker named: not a verb after أن, أن تكشف, nor in a relative clause, التي كشفت نشاط المجموعة, nor a
    // passive with a preposition after it, كشفت في وثائق)
    if (!v.is(cue.s, 'speech-verbs.noun_objects') || !nounObjectAt(v, n) || (!speakers.length && !speakerText) || complementizerAt(v, cue.s - 1) || v.is(cue.s - 1, 'speech-verbs.relatives') || v.is(cue.e, 'speech-verbs.speaker_stops')) return null;
    k = n;
  }
  // (a verb inside a relative clause on another verb's speaker, set off by commas with إن/أن after it, says its words up to
  // the closing comma: وقالت الوزارة، التي يقول محللون إنها تملك أدلة، إن …)
  const inRelative = cue.s - 2 >= a && commaRelativeAt(v, cue.s - 1) ? relativeClauseClose(v, cue.s - 1, b) : -1;
  // (or whatever follows the comma, the relative on the subject of a verb of saying before it: ونشرت "كلوب"، التي يقول
  // باحثون إنها …، على موقعها أنها …)
  const relativeEnd = inRelative > k && (complementizerAt(v, inRelative + 1) || sayingBefore(v, cue.s - 2, a)) ? inRelative : b;
  const end = contentEnd(v, k, Math.min(b, relativeEnd, nextCueClause(v, k, nextCue, b)));
  // (a refusal to act is no speech: رفض التعليق، رفضت الكشف عن، رفض المستشفى دفع الفدية; English writes "to" after it)
  // (not the clause's verb after أن: نفى أنه دفع أموالا)
  // (not after a verb of describing, whose object is what it describes: ووصف السوداني المشاركة بأنها …)
  if (objectCue && !clause && !v.is(cue.s, 'speech-verbs.quote_cues') && (v.is(k, 'speech-verbs.refused_acts') || (k + 1 < end && v.is(k + 1, 'speech-verbs.refused_acts') && !v.mention(k)))) return null;
  // (one word is enough when a denial's object is the claims it denies: ونفت روسيا الاتهامات, as "denied the accusations")
  // (or a hostile act, ونفى الكرملين التدخل)
  if (end - k < 2 && !(objectCue && end - k === 1 && v.is(cue.s, 'attribution.denials') && v.isAny(k, DENIED_ONE_WORD))) return null;
  return { rule: `${lang}/quote/indirect`, cue: cueSpan, cueTok: [cue.s, cue.e], content: v.span(k, end), contentTok: [k, end], kind: 'indirect', speakers, ...(speakerText ? { speakerText } : {}), objectCue, ...(subjectless ? { subjectless } : {}), ...(relayer && !speakers.length ? { relayer } : {}) };
}
