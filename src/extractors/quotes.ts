/**
 * Quotes: who said what. Rules (one concept each):
 *  - direct-cue-before: a speech verb, the speaker, then the quote (وقالت جانيت: “...”, Pence said: "...");
 *  - direct-cue-after: the quote, then the verb and the speaker ("...," said Sam Woolley; “...” قال بنس);
 *  - indirect: a speech verb with reported content (وأوضحت مايكروسوفت أن ...؛ X said that ...).
 * The quote's span is the quoted or reported words. The speaker is a span that linking turns into an
 * entity; a verb with no subject (وأضاف) takes the previous quote's speaker. Quotes with no speech
 * verb near them (scare quotes: «الادعاءات») are not quotes.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, QuoteCandidate, Region, Sentence, Span } from '../core/types.js';
import type { Extractor } from './registry.js';
import { END, START, alt, compile, lookupKey, matchAll, wordStart } from './patterns.js';

const SP = '[ \\t]{1,4}';
/** Quoted words between any pair of quotation marks (Arabic pages also use ” ... “), one line at most. */
const QUOTE = compile('[“"«”](?<body>[^“”"«»\\n]{2,1500})[”"»“]');
const LOOK = 160;

export function quoteExtractors(lang: Lang, res: LangResources): Extractor<'quotes'>[] {
  const verbs = alt(res['speech-verbs'].verbs);
  const pre = wordStart(lang);
  const ci = lang === 'en' ? 'i' : '';
  // the last speech verb before a quote, and what stands between them (the speaker)
  const cueBefore = compile(`${pre}(?<verb>${verbs})${END}(?<who>[^“”"«»\\n.!?؟]{0,120}?)[ \\t]*[:،,]?[ \\t]*$`, ci);
  // right after a quote: the verb and the speaker
  const cueAfter = lang === 'ar'
    ? compile(`^[ \\t]*[،,]?[ \\t]*(?:و|ف)?(?<verb>${verbs})${END}(?<who>[^،,.!?؟\\n“”"«»]{0,60})`)
    : compile(`^[ \\t]*[,.]?[ \\t]*(?:(?<verb>${alt([...res['speech-verbs'].verbs, ...res['speech-verbs'].sources])})${END}(?<who>[^,.!?\\n“”"]{0,60})|(?<who2>[^,.!?\\n“”"]{1,40}?)${SP}(?<verb2>${verbs})${END})`, 'i');
  // reported speech: verb, subject, إن/أن + content; English: subject + verb + (that) + content
  const indirect = lang === 'ar'
    ? compile(`${pre}(?<verb>${verbs})${END}(?<who>[^،,.!?؟\\n“”"«»]{0,80}?)(?:[ \\t]*[،,][^،,.!?؟\\n“”"«»]{1,100}?)?[ \\t]*[،,]?[ \\t]*${START}(?:(?:قوله|قولها|قولهم)[ \\t]+)?(?:إلى[ \\t]+أن|على[ \\t]+أن|بأن|إن|أن|ان)(?:ه|ها|هم|هن)?${END}[ \\t]*(?<body>[^.!?؟\\n]{3,600})`)
    : compile(
        // the subject may carry an appositive (McCaul, a Republican who chairs the committee, said ...)
        `(?<who>[A-Z][^,.!?\\n“”"]{0,60}?|(?<![A-Za-z])(?:he|she))(?:,[^,.!?\\n“”"]{1,90},)?${SP}(?<verb>${verbs})${SP}(?:that${SP})?(?<body>[a-z][^.!?\\n“”"]{3,600})`,
      );
  const nextCue = new RegExp(`[،,;][ \\t]*(?:و)?(?:${verbs})${END}`);
  const pronoun = lang === 'en' ? /^(?:he|she)$/i : /^(?:هو|هي)$/;
  const nominal = new Set(res['speech-verbs'].nominal.map(lookupKey));
  const speakerStops = new Set(res['speech-verbs'].speaker_stops.map(lookupKey));
  const unnamed = new Set(res['speech-verbs'].unnamed.map(lookupKey));

  const name = (what: string) => `${lang}/quote/${what}`;
  return [
    {
      name: `${lang}/quote`,
      lang,
      dimension: 'quotes',
      rules: [name('direct-cue-before'), name('direct-cue-after'), name('indirect')],
      extract(doc: Doc, regions: Region[]): QuoteCandidate[] {
        const out: QuoteCandidate[] = [];
        const text = doc.text;
        const sentenceAt = sentenceFinder(doc.sentences);
        const sentenceStart = (at: number) => sentenceAt(at).start;
        const speakerSpan = (at: number, who: string): { speaker?: Span; fromPrevious?: boolean; pronoun?: boolean; nominal?: boolean; before?: Span; object?: boolean } => {
          const lead = who.length - who.trimStart().length;
          // the speaker's words stop at a preposition phrase or a comma: الشركة في مدونتها → الشركة
          const words = who.trim().split(/[ \t]+/);
          // a verb with no subject after it (وقالت في مارس إنها، مؤكدة أن، رويترز نقلت عن مصادر): its subject
          // is named earlier in the sentence
          if (lang === 'ar' && words[0] && speakerStops.has(words[0].toLowerCase())) {
            return { fromPrevious: true, before: { start: sentenceStart(at), end: at } };
          }
          const stopAt = words.findIndex((w, i) => i > 0 && speakerStops.has(w.toLowerCase()));
          const kept = (stopAt > 0 ? words.slice(0, stopAt) : words).join(' ').replace(/[:،,]+$/, '');
          if (!kept) return lang === 'ar' ? { fromPrevious: true, before: { start: sentenceStart(at), end: Math.max(sentenceStart(at), at - 1) } } : { fromPrevious: true };
          if (pronoun.test(kept)) return { pronoun: true };
          const start = at + lead;
          const speaker = { start, end: text.indexOf(kept, start) + kept.length };
          const isNominal = nominal.has(kept.toLowerCase());
          // Arabic: a noun after the verb that may be its object (وأبلغت الحشد): if no name is there,
          // the subject is the one named earlier in the sentence
          const object = lang === 'ar' && !isNominal && !unnamed.has(lookupKey(words[0]).replace(/^و/, ''));
          return { speaker, nominal: isNominal, ...(object ? { before: { start: sentenceStart(at), end: Math.max(sentenceStart(at), at - 1) }, object: true } : {}) };
        };
        const taken: Span[] = [];
        for (const { m, start: mark } of matchAll(QUOTE, text, regions)) {
          const body = m.groups!.body;
          // one or two quoted words are a name or a scare quote ("الفسفور", «الادعاءات»), not speech
          if (body.trim().split(/[ \t]+/).length < 3) continue;
          const qStart = mark + 1;
          const qEnd = qStart + body.length;
          const from = Math.max(sentenceStart(mark), mark - LOOK);
          // the speech verb nearest the quote (وأوضحت … أن الوضع سيء، وأبلغت الحشد: “…” is أبلغت's quote)
          const windowText = text.slice(from, mark);
          cueBefore.lastIndex = 0;
          let b = cueBefore.exec(windowText);
          for (let later = b; later; ) {
            cueBefore.lastIndex = later.index + 1;
            later = cueBefore.exec(windowText);
            if (later) b = later;
          }
          // a quote inside a reported clause (أوضحت مايكروسوفت أن ... "...") belongs to the indirect rule
          if (b?.groups?.verb && !REPORTED.test(b.groups.who ?? '')) {
            const cueStart = from + b.index + (b.groups.pre?.length ?? 0);
            const whoAt = cueStart + b.groups.verb.length;
            const s = speakerSpan(whoAt, b.groups.who ?? '');
            const cueAt = { start: cueStart - (b.groups.pre?.length ?? 0), end: whoAt };
            out.push({ start: qStart, end: qEnd, rule: name('direct-cue-before'), cue: b.groups.verb, cueAt, kind: 'direct', ...speakerFields(s, 'first') });
            taken.push({ start: cueAt.start, end: qEnd + 1 });
            continue;
          }
          cueAfter.lastIndex = 0;
          const after = text.slice(qEnd + 1, Math.min(text.length, qEnd + 1 + LOOK));
          const a = cueAfter.exec(after);
          const cue = a?.groups?.verb ?? a?.groups?.verb2;
          if (a && cue) {
            const who = a.groups?.who ?? a.groups?.who2 ?? '';
            const whoAt = qEnd + 1 + a[0].indexOf(who);
            const s = speakerSpan(whoAt, who);
            const cueStart = qEnd + 1 + a[0].indexOf(cue);
            out.push({ start: qStart, end: qEnd, rule: name('direct-cue-after'), cue, cueAt: { start: cueStart, end: cueStart + cue.length }, kind: 'direct', ...speakerFields(s, 'first') });
            taken.push({ start: qStart - 1, end: qEnd + 1 + a[0].length });
          }
        }
        // taken spans come in document order: a binary search finds the one that could hold a position
        const inTaken = (pos: number) => {
          let lo = 0;
          let hi = taken.length - 1;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (taken[mid].end <= pos) lo = mid + 1;
            else if (taken[mid].start >= pos) hi = mid - 1;
            else return true;
          }
          return false;
        };
        for (const { m, start, offset } of matchAll(indirect, text, regions)) {
          const g = m.groups ?? {};
          // a second cue inside the body (…، مؤكدة أن …) starts a quote of its own
          const bodyAt = offset + m.index + m[0].length - (g.body ?? '').length;
          const next = g.body ? nextCue.exec(g.body) : null;
          let bodyEnd = bodyAt + (g.body ?? '').trimEnd().length;
          if (next && g.body) {
            const cut = m[0].length - g.body.length + next.index;
            g.body = g.body.slice(0, next.index);
            indirect.lastIndex = m.index + cut + 1;
            bodyEnd = bodyAt + g.body.trimEnd().length;
          } else if (g.body) {
            bodyEnd = reportedEnd(text, sentenceAt(bodyAt), bodyAt + g.body.length);
            const more = text.slice(bodyAt + g.body.length, bodyEnd);
            const again = nextCue.exec(more);
            if (again) bodyEnd = bodyAt + g.body.length + again.index;
          }
          if (inTaken(bodyAt)) continue; // a direct quote already
          const whoAt = lang === 'ar' ? start + (g.verb?.length ?? 0) : start;
          const s = speakerSpan(whoAt, g.who ?? '');
          out.push({
            start: bodyAt,
            end: bodyEnd,
            rule: name('indirect'),
            cue: g.verb ?? '',
            cueAt: (() => {
              const at = offset + m.index + m[0].indexOf(g.verb ?? '', lang === 'ar' ? 0 : (g.who ?? '').length);
              // the cue as written, with its proclitic (وكتب, as GOLD.md has it)
              return { start: lang === 'ar' ? offset + m.index : at, end: at + (g.verb ?? '').length };
            })(),
            kind: 'indirect',
            ...speakerFields(s, lang === 'ar' ? 'first' : 'last'),
          });
        }
        return out.sort((x, y) => x.start - y.start);
      },
    },
  ];
}

function speakerFields(
  s: { speaker?: Span; fromPrevious?: boolean; pronoun?: boolean; nominal?: boolean; before?: Span; object?: boolean },
  pick: 'first' | 'last',
): Pick<QuoteCandidate, 'speaker' | 'speakerPick' | 'speakerFromPrevious' | 'speakerPronoun' | 'speakerNominal' | 'speakerBefore' | 'speakerMaybeObject'> {
  return {
    ...(s.before ? { speakerBefore: s.before } : {}),
    ...(s.object ? { speakerMaybeObject: true } : {}),
    ...(s.speaker ? { speaker: s.speaker, speakerPick: pick } : {}),
    ...(s.fromPrevious ? { speakerFromPrevious: true } : {}),
    ...(s.pronoun ? { speakerPronoun: true } : {}),
    ...(s.nominal ? { speakerNominal: true } : {}),
  };
}

/** A complementizer between a verb and a quote: the quote is part of reported speech. */
const REPORTED = /(?:^|[ \t])(?:(?:إن|أن|بأن|ان|بان)(?:ه|ها|هم|هن)?|that)(?:[ \t]|$)/; // the cleaned text has its alef forms folded

/** The sentence holding a position (binary search over the sentences, which are in text order). */
function sentenceFinder(sentences: Sentence[]): (at: number) => Span {
  return (at) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let best: Span = { start: 0, end: Infinity };
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= at) {
        best = sentences[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
}

/**
 * Where reported content ends: a body pattern stops at the first period, but a period inside a number
 * (2.5 million), an abbreviation (U.S., Inc.) or an initial does not end the sentence the segmenter
 * found, so the body runs on to that sentence's end, short of its final punctuation, a quotation mark
 * or a line break.
 */
function reportedEnd(text: string, sentence: Span, bodyEnd: number): number {
  if (text[bodyEnd] !== '.' || sentence.end <= bodyEnd + 1) return bodyEnd;
  let end = bodyEnd;
  const stop = Math.min(sentence.end, bodyEnd + 600);
  for (let i = bodyEnd; i < stop; i++) {
    const c = text[i];
    if (c === '\n' || c === '“' || c === '”' || c === '"' || c === '«' || c === '»') break;
    end = i + 1;
  }
  while (end > bodyEnd && /[.!?؟؛…\s]/.test(text[end - 1])) end--;
  return end;
}
