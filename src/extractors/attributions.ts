/**
 * Attributions: which actor is said to be behind an attack, by whom, and who denies it. Rules (one
 * concept each):
 *  - link: an actor, a linking phrase, its sponsor (قراصنة إلكترونيون مرتبطون بالحكومة الإيرانية;
 *    hackers linked to Russia's GRU);
 *  - nisba-actor: an actor noun with a demonym (قراصنة إيرانيون، مجموعة قرصنة إيرانية; Russian hackers,
 *    Iran-linked group);
 *  - denial: a verb of denying and its subject (نفت طهران الادعاءات; the Kremlin denied any role);
 *  - denial-phrase: words that deny inside a statement (الادعاءات بلا أساس; the claims are baseless),
 *    claimed by whoever says them;
 *  - naming: a phrase that names the group a story spoke of (أطلقت عليها اسم "الفسفور"; dubbed Fancy
 *    Bear) — not an attribution itself: linking gives the name to the earlier unnamed actor.
 * The extractor works on words; linking (core/pipeline) turns the spans into entities, takes the
 * claimant from a quote's speaker or from the claim verb's subject, and drops candidates whose sponsor
 * names no entity.
 */
import type { KbEntry, LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { AttributionCandidate, Doc, Region, Span } from '../core/types.js';
import type { Extractor } from './registry.js';
import { END, START, alt, compile, lookupKey, merged, wordStart } from './patterns.js';

const SP = '[ \\t]{1,4}';
/** How far back from a linking phrase the actor may be named (code units). */
const ACTOR_BACK = 110;
/** How far after a linking phrase the sponsor may be named. */
const SPONSOR_AHEAD = 70;

/** The Arabic forms of a masculine nisba (إيراني): feminine, plurals, with and without the article. */
function arabicNisbaForms(base: string): string[] {
  const words = base.split(' ');
  if (!words.every((w) => w.endsWith('ي'))) return [base];
  const forms: string[] = [];
  for (const suffix of ['', 'ة', 'ون', 'ين']) {
    forms.push(words.map((w) => w + suffix).join(' '));
    forms.push(words.map((w) => `ال${w}${suffix}`).join(' '));
  }
  return forms;
}

/** A claim at the end of an English sentence: ", researchers said." / ", according to Microsoft." */
const TRAILING_CLAIM_EN = /[,;][ \t]*(?:(?<who>[A-Za-z][^,;:]{1,60}?)[ \t]+(?:said|say|says|told|reported|added|wrote|warned|claimed|alleged|believe|believes|concluded|found)|(?:according[ \t]+to|citing)[ \t]+(?<who2>[^,;:]{1,60}?))[ \t]*[.!]?[”"]?$/;

/** Words between an actor's noun phrase and the linking phrase after it (which is, were, reportedly, believed to be; التي). */
const ACTOR_TAIL = /(?:[ \t,،]+|(?<![A-Za-z\u0621-\u064A])(?:which|that|who|is|are|was|were|has|have|had|been|being|be|to|reportedly|allegedly|widely|long|also|believed|thought|said|known|likely|probably|التي|الذي|الذين|اللذين|اللتين)(?![A-Za-z\u0621-\u064A]))+$/i;

/** Where the actor's phrase ends: before the words that join it to the linking phrase. */
function trimActorEnd(sentence: string, start: number, linkStart: number): number {
  const t = ACTOR_TAIL.exec(sentence.slice(start, linkStart));
  return t ? start + t.index : linkStart;
}

/**
 * A name right before an English actor phrase, joined to it as an appositive (APT28, a group) or
 * holding it (Lazarus Group: the actor noun is the name's own last word), or a name followed by a
 * relative clause (Lazarus, which is): the actor is the name. Capitalized words (and digits) make a name.
 */
function namedBefore(sentence: string, nounAt: number, end: number): Span | null {
  const phrase = sentence.slice(nounAt, end);
  // the noun is a capitalized word that ends a name (Lazarus Group)
  if (/^[A-Z]/.test(phrase)) {
    const m = /((?:[A-Z0-9][\w-]*[ \t]+){1,4})$/.exec(sentence.slice(Math.max(0, nounAt - 60), nounAt));
    if (m) return { start: nounAt - m[1].length, end };
  }
  // an appositive: NAME, a|an|the|one of the ... noun
  const ap = /([A-Z0-9][\w-]*(?:[ \t]+[A-Z0-9][\w-]*){0,4}),[ \t]+(?:a|an|the|one[ \t]+of[ \t]+the)[ \t]+(?:[a-z-]+[ \t]+){0,3}$/.exec(sentence.slice(Math.max(0, nounAt - 80), nounAt));
  if (ap) return { start: nounAt - ap[0].length, end: nounAt - ap[0].length + ap[1].length };
  // no actor noun: the name the relative clause follows (Lazarus, which is linked to)
  const rel = /([A-Z0-9][\w-]*(?:[ \t]+[A-Z0-9][\w-]*){0,4})$/.exec(phrase);
  if (rel && end - nounAt <= 60 && !/[a-z]/.test(phrase.slice(0, rel.index).replace(/[ \t,]/g, '').slice(-1))) return { start: nounAt + rel.index, end };
  return null;
}

export function attributionExtractors(lang: Lang, res: LangResources, kb: readonly KbEntry[]): Extractor<'attributions'>[] {
  const a = res.attribution;
  const pre = wordStart(lang);
  const ci = lang === 'en' ? 'i' : '';
  // states and their organs, by the words that name them: a demonym (Iranian, الإيرانية) or, for
  // 'Iran-linked', a name
  const stateOf = new Map<string, KbEntry>();
  const demonyms: string[] = [];
  const names: string[] = [];
  for (const e of kb) {
    for (const d of e.demonyms?.[lang] ?? []) {
      const forms = lang === 'ar' ? arabicNisbaForms(d) : [d];
      for (const f of forms) {
        stateOf.set(lookupKey(f), e);
        demonyms.push(f);
      }
    }
    if (e.demonyms || (e.type === 'organization' && e.country && e.kind === 'government')) {
      for (const n of e.aliases[lang]) {
        if (!stateOf.has(lookupKey(n))) stateOf.set(lookupKey(n), e);
        names.push(n);
      }
    }
  }
  const stateName = alt(names);
  const dem = alt(demonyms);
  const actors = alt([...a.actors, ...a.weak_actors]);
  const weak = new Set(a.weak_actors.map(lookupKey));
  const hostile = compile(`${pre}(?:${alt(a.hostile)})${END}`, ci);
  // Arabic linking phrases ending in a lone ب or ل take the sponsor attached (بالحكومة) or after a space
  const attached = (letter: string) => a.links.filter((p) => p.endsWith(` ${letter}`)).map((p) => p.slice(0, -2));
  const whole = a.links.filter((p) => lang !== 'ar' || !/ [بل]$/.test(p));
  const linkAlts = [`${alt(whole)}${END}`];
  if (lang === 'ar') {
    for (const l of ['ب', 'ل']) if (attached(l).length) linkAlts.push(`${alt(attached(l))}${SP}?${l}`);
  }
  const link = compile(`${pre}(?<link>${linkAlts.join('|')})`, ci);
  const actorNoun = compile(`${pre}(?<actor>${actors})${END}`, ci);
  const nisba =
    lang === 'ar'
      ? compile(`${pre}(?<actor>${actors})(?:${SP}\\([^()\\n]{1,20}\\))?(?:${SP}${alt(a.modifiers)})?${SP}(?<dem>${dem})${END}`)
      : compile(
          `${START}(?<dem>${dem}|${stateName}-(?:${alt(a.link_suffixes)}))(?:${SP}${alt(a.modifiers)})?${SP}(?:[a-z-]+${SP})?(?<actor>${actors})${END}`,
        );
  const denialVerb =
    lang === 'ar'
      ? compile(`${pre}(?<verb>${alt(a.denials)})${END}(?<who>[^،,.!?؟\\n“”"«»]{1,60})`)
      : compile(`${START}(?<verb>${alt(a.denials)})${END}`, 'i');
  // English: the subject before the verb, up to 60 characters within the clause, less the adverbs and
  // auxiliaries between them (the Kremlin has flatly denied). Found by looking back from the verb, so
  // the verb regex scans fast instead of trying a subject at every position.
  const beforeVerb = /[ \t]{1,4}(?:(?:has|have|had|also|repeatedly|strongly|flatly|previously|again|firmly|swiftly)[ \t]{1,4}){0,3}$/i;
  const SUBJECT_STOP = /[,.;!?\n“”"]/;
  const denialPhrase = compile(`${pre}(?<phrase>${alt(a.denial_phrases)})${END}`, ci);
  const demonymAt = compile(`${pre}(?<dem>${dem})${END}`, ci);
  const involvement = compile(`${pre}(?:${alt(a.involvement)})${END}`, ci);
  const claims = compile(`${pre}(?:${alt([...a.claims, ...res['speech-verbs'].verbs, ...res['speech-verbs'].sources])})${END}`, ci);
  // state-act: Russian interference / التدخل الروسي; Russia has tried to interfere / أن روسيا أدارت عملية اختراق
  const demonymAct =
    lang === 'ar'
      ? compile(`${pre}(?<act>${alt(a.acts)})${SP}(?<dem>${dem})${END}`)
      : compile(`${START}(?<dem>${dem})${SP}(?:${alt(a.modifiers)}${SP})?(?<act>${alt(a.acts)})${END}`);
  const stateAct =
    lang === 'ar'
      ? compile(`${pre}(?:(?<state>${stateName})${SP}(?<verb>${alt(a.act_verbs)})|(?<verb2>${alt(a.act_verbs)})${SP}(?<state2>${stateName}))${END}`)
      : compile(
          `${START}(?<state>${stateName})${SP}(?:(?:has|have|had|also|allegedly|reportedly|repeatedly|then)${SP}){0,2}(?:(?:tried|attempted|sought|tries|attempts|seeks)${SP}to${SP})?(?<verb>${alt(a.act_verbs)})${END}`,
        );
  // accusation: accused Russia of / أصابع الاتهام ... إلى روسيا
  const accusation =
    lang === 'ar'
      ? compile(`${pre}(?<verb>${alt(a.accusations)})${END}[^.!?؟\n]{0,120}?${START}(?:إلى|الى)${SP}(?<state>${stateName})${END}`)
      : compile(`${START}(?<verb>${alt(a.accusations)})${SP}(?<state>${stateName})${END}`);
  // denial-noun: Putin's denials / نفي موسكو
  const denialNoun =
    lang === 'ar'
      ? compile(`${pre}(?<noun>${alt(a.denial_nouns)})${SP}(?<who>[^\s،,.!?؟“”"«»]+(?:${SP}[^\s،,.!?؟“”"«»]+)?)`)
      : compile(`${START}(?<who>[A-Z][A-Za-z.-]*(?:${SP}[A-Z][A-Za-z.-]*){0,2})['’]s${SP}(?:(?:repeated|flat|earlier|previous)${SP})?(?<noun>${alt(a.denial_nouns)})${END}`);
  // every word some rule needs, for a quick test of a sentence before the rules run
  const anchor = compile(
    `${pre}(?:${alt([
      ...a.actors, ...a.weak_actors, ...a.links.map((l) => l.replace(/ [بل]$/, '')), ...a.denials, ...a.denial_phrases,
      ...a.denial_nouns, ...a.naming, ...a.acts, ...a.accusations, ...a.act_verbs, ...demonyms, ...names,
    ])})`,
    ci,
  );
  const naming = compile(`${pre}(?<verb>${alt(a.naming)})${END}[ \\t]*(?<name>[^.!?؟\\n،,;]{1,60})`, ci);

  const name = (what: string) => `${lang}/attribution/${what}`;
  return [
    {
      name: `${lang}/attribution`,
      lang,
      dimension: 'attributions',
      rules: [name('link'), name('nisba-actor'), name('state-act'), name('accusation'), name('denial'), name('denial-noun'), name('denial-phrase'), name('naming')],
      extract(doc: Doc, regions: Region[]): AttributionCandidate[] {
        const out: AttributionCandidate[] = [];
        const text = doc.text;
        let ri = 0;
        for (const s of doc.sentences) {
          // regions and sentences are both in text order: one pass over each
          while (ri < regions.length && regions[ri].end < s.end) ri++;
          if (ri >= regions.length) break;
          if (regions[ri].start > s.start) continue;
          const sentence = text.slice(s.start, s.end);
          // one scan for any word a rule starts from; most sentences have none
          anchor.lastIndex = 0;
          if (!anchor.test(sentence)) continue;
          const at = (i: number) => s.start + i;
          const has = (re: RegExp, from = 0, to = sentence.length) => {
            re.lastIndex = from;
            const m = re.exec(sentence);
            return m !== null && m.index < to;
          };
          /**
           * Where the claim is made: the sentence before `i`, if it has a claim or speech verb, or the
           * clause that ends the sentence (", researchers said."); with the verb's subject as written
           * (claimText), for a claimant the article does not name (security researchers, الشركة).
           */
          const claimZone = (i: number): { claimedBy?: Span; claimText?: Span } => {
            claims.lastIndex = 0;
            const m = claims.exec(sentence);
            if (m && m.index < i) {
              const verbAt = m.index + (m.groups?.pre?.length ?? 0);
              const verb = m[0].slice(m.groups?.pre?.length ?? 0);
              return { claimedBy: { start: s.start, end: at(i) }, claimText: subjectOf(sentence, verbAt, verb.length, s.start) };
            }
            const tail = lang === 'en' ? TRAILING_CLAIM_EN.exec(sentence) : null;
            if (tail && tail.index >= i) {
              const whoText = tail.groups!.who ?? tail.groups!.who2;
              const whoAt = tail.index + tail[0].indexOf(whoText);
              const who = { start: at(whoAt), end: at(whoAt + whoText.length) };
              return { claimedBy: who, claimText: who };
            }
            return {};
          };
          /** The subject of a claim verb: before it in English (up to the clause's start), after it in Arabic (up to إن/أن). */
          const subjectOf = (text: string, verbAt: number, verbLength: number, base: number): Span | undefined => {
            if (lang === 'ar') {
              const after = text.slice(verbAt + verbLength, verbAt + verbLength + 60);
              const sm = /^[ \t]+([^،,.:!?؟\n“”"«»]{2,50}?)(?=[ \t]*(?:[،,:]|(?<![\u0621-\u064A])(?:إن|أن|ان|بأن|في|يوم|أمس|اليوم|على)(?![\u0621-\u064A])|$))/.exec(after);
              if (!sm) return undefined;
              const from = verbAt + verbLength + sm[0].indexOf(sm[1]);
              return { start: base + from, end: base + from + sm[1].trimEnd().length };
            }
            const before = text.slice(Math.max(0, verbAt - 80), verbAt);
            const sm = /(?:^|[,;:(]|(?<![A-Za-z])(?:that|and|but|as)[ \t])[ \t]*([A-Za-z][^,;:()]{1,70}?)[ \t]+(?:(?:has|have|had|also|previously|publicly|now|then)[ \t]+)*$/.exec(before);
            if (!sm) return undefined;
            const from = verbAt - before.length + sm.index + sm[0].indexOf(sm[1]);
            return { start: base + from, end: base + from + sm[1].length };
          };
          const stateAt = (from: number, to: number): { entry: KbEntry; span: Span } | undefined => {
            const re = demonymAt;
            re.lastIndex = from;
            const m = re.exec(sentence);
            if (!m || m.index >= to) return undefined;
            const entry = stateOf.get(lookupKey(m.groups!.dem));
            const start = at(m.index + (m.groups!.pre?.length ?? 0));
            return entry ? { entry, span: { start, end: start + m.groups!.dem.length } } : undefined;
          };
          const involved = has(involvement);
          const hostileHere = has(hostile);
          /** A weak actor noun (group, مجموعة) is an actor only in a sentence about hostile acts. */
          const actorOk = (noun: string) => hostileHere || !weak.has(lookupKey(noun));

          // link: actor … linking phrase … sponsor
          link.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = link.exec(sentence)) !== null) {
            const linkStart = m.index + (m.groups!.pre?.length ?? 0);
            const linkEnd = m.index + m[0].length;
            const back = Math.max(0, linkStart - ACTOR_BACK);
            let noun: RegExpExecArray | null = null;
            actorNoun.lastIndex = back;
            for (let n: RegExpExecArray | null; (n = actorNoun.exec(sentence)) !== null && n.index < linkStart; ) if (actorOk(n.groups!.actor)) noun = n;
            let actorStart = noun ? noun.index + (noun.groups!.pre?.length ?? 0) : back;
            // قراصنة (هاكرز): the actor is the noun before the parenthesis
            if (noun && sentence[actorStart - 1] === '(') {
              const before = sentence.slice(Math.max(0, actorStart - 40), actorStart - 1).trimEnd();
              actorNoun.lastIndex = 0;
              for (let n: RegExpExecArray | null; (n = actorNoun.exec(before)) !== null; ) {
                if (n.index + n[0].length === before.length) actorStart = Math.max(0, actorStart - 40) + n.index + (n.groups!.pre?.length ?? 0);
              }
            }
            // the actor's noun phrase: an appositive's or a relative clause's name before it is the actor
            // (APT28, a group tied to ...; Lazarus Group, which is linked to ...), and the words between
            // the phrase and the link (which is, were, reportedly) are not part of it
            let actorEnd = trimActorEnd(sentence, actorStart, linkStart);
            if (lang === 'en') {
              const named = namedBefore(sentence, noun ? actorStart : back, actorEnd);
              if (named) {
                actorStart = named.start;
                actorEnd = named.end;
              }
            }
            const stop = sentence.slice(linkEnd, linkEnd + SPONSOR_AHEAD).search(/[،,;.!?؟\n“”"«»()]/);
            const sponsorEnd = linkEnd + (stop < 0 ? Math.min(SPONSOR_AHEAD, sentence.length - linkEnd) : stop);
            const state = stateAt(linkEnd, sponsorEnd);
            out.push({
              start: at(actorStart),
              end: at(sponsorEnd),
              rule: name('link'),
              actor: { start: at(actorStart), end: at(actorEnd) },
              actorNoun: noun !== null,
              attributedTo: { start: at(linkEnd), end: at(sponsorEnd) },
              ...(state ? { attributedKb: state.entry, attributedAt: state.span } : {}),
              ...claimZone(noun ? actorStart : linkStart),
              stance: 'asserted',
            });
          }

          // nisba-actor: Russian hackers, قراصنة إيرانيون
          nisba.lastIndex = 0;
          while ((m = nisba.exec(sentence)) !== null) {
            const start = m.index + (m.groups!.pre?.length ?? 0);
            const entry = stateOf.get(lookupKey(m.groups!.dem.replace(/-[a-z]+$/i, '')));
            // a compound with a linking suffix (Iran-linked group) names an actor by itself
            if (!entry || (!actorOk(m.groups!.actor) && !m.groups!.dem.includes('-'))) continue;
            const demAt = at(m.index + m[0].indexOf(m.groups!.dem));
            out.push({
              start: at(start),
              end: at(m.index + m[0].length),
              rule: name('nisba-actor'),
              actor: { start: at(start), end: at(m.index + m[0].length) },
              actorNoun: true,
              attributedKb: entry,
              attributedAt: { start: demAt, end: demAt + m.groups!.dem.replace(/-[a-z]+$/i, '').length },
              ...claimZone(start),
              stance: 'asserted',
            });
          }

          // state-act: a demonym with a hostile act, or a state said to have done one
          demonymAct.lastIndex = 0;
          while ((m = demonymAct.exec(sentence)) !== null) {
            const start = m.index + (m.groups!.pre?.length ?? 0);
            const entry = stateOf.get(lookupKey(m.groups!.dem));
            if (!entry) continue;
            // the nisba agrees with its noun: التدخل الروسي، الهجمات الروسية; in وكالة التجسس الباكستانية
            // it belongs to وكالة, not to التجسس
            if (lang === 'ar' && /(?:ات|ة)$/.test(m.groups!.act) !== /ة$/.test(m.groups!.dem)) continue;
            const demAt = at(m.index + m[0].lastIndexOf(m.groups!.dem));
            out.push({
              start: at(start),
              end: at(m.index + m[0].length),
              rule: name('state-act'),
              actorNoun: true,
              attributedKb: entry,
              attributedAt: { start: demAt, end: demAt + m.groups!.dem.length },
              ...claimZone(start),
              stance: 'asserted',
            });
          }
          for (const re of [stateAct, accusation]) {
            re.lastIndex = 0;
            while ((m = re.exec(sentence)) !== null) {
              const g = merged(m.groups);
              const start = m.index + (g.pre?.length ?? 0);
              const stateAtText = m.index + m[0].lastIndexOf(g.state);
              out.push({
                start: at(start),
                end: at(m.index + m[0].length),
                rule: name(re === stateAct ? 'state-act' : 'accusation'),
                actorNoun: true,
                attributedTo: { start: at(stateAtText), end: at(stateAtText + g.state.length) },
                // the accuser is named before the accusation itself (The FBI accused Iran)
                ...(re === accusation ? { claimedBy: { start: s.start, end: at(start) }, claimText: subjectOf(sentence, start, g.verb?.length ?? 0, s.start) } : claimZone(start)),
                stance: 'asserted',
              });
            }
          }

          // denial-noun: Putin's denials, نفي موسكو
          denialNoun.lastIndex = 0;
          while ((m = denialNoun.exec(sentence)) !== null) {
            const g = m.groups!;
            const whoAt = m.index + m[0].indexOf(g.who);
            const start = m.index + (g.pre?.length ?? 0);
            out.push({
              start: at(start),
              end: at(m.index + m[0].length),
              rule: name('denial-noun'),
              claimedBy: { start: at(whoAt), end: at(whoAt + g.who.length) },
              claimPick: 'first',
              involved,
              stance: 'denied',
            });
          }

          // denial: نفت طهران …؛ the Kremlin denied …
          denialVerb.lastIndex = 0;
          let after = 0;
          while ((m = denialVerb.exec(sentence)) !== null) {
            const g = m.groups!;
            const verbAt = m.index + m[0].lastIndexOf(g.verb);
            let whoAt: number;
            let whoEnd: number;
            if (lang === 'ar') {
              whoAt = verbAt + g.verb.length;
              whoEnd = m.index + m[0].length;
            } else {
              const gap = beforeVerb.exec(sentence.slice(Math.max(after, verbAt - 120), verbAt));
              if (!gap) continue;
              whoEnd = verbAt - gap[0].length;
              let from = Math.max(after, whoEnd - 60);
              for (let i = whoEnd - 1; i >= from; i--) if (SUBJECT_STOP.test(sentence[i])) { from = i + 1; break; }
              if (from >= whoEnd) continue;
              whoAt = from;
              while (whoAt < whoEnd && /[ \t]/.test(sentence[whoAt])) whoAt++;
              after = verbAt + g.verb.length;
            }
            // the evidence runs to the first word of involvement (نفى الكرملين … أن يكون له دور), else to the
            // end of the clause after the subject
            const from = verbAt + g.verb.length;
            involvement.lastIndex = from;
            const inv = involvement.exec(sentence);
            const clause = sentence.slice(from, from + 140).search(/[،,.!?؟;\n]/);
            const end = inv && inv.index < from + 140 ? inv.index + inv[0].length : from + (clause < 0 ? Math.min(140, sentence.length - from) : clause);
            // what is denied may name the state (denied any Russian involvement)
            const state = stateAt(verbAt + g.verb.length, end);
            out.push({
              start: at(lang === 'ar' ? verbAt : whoAt),
              end: at(end),
              rule: name('denial'),
              ...(state ? { attributedKb: state.entry, attributedAt: state.span } : {}),
              claimedBy: { start: at(whoAt), end: at(whoEnd) },
              claimPick: lang === 'ar' ? 'first' : 'last',
              involved,
              stance: 'denied',
            });
          }

          // denial-phrase: "الادعاءات بلا أساس" — claimed by the quote's speaker
          if (involved) {
            denialPhrase.lastIndex = 0;
            while ((m = denialPhrase.exec(sentence)) !== null) {
              const start = m.index + (m.groups!.pre?.length ?? 0);
              out.push({ start: at(start), end: at(start + m.groups!.phrase.length), rule: name('denial-phrase'), involved, stance: 'denied' });
            }
          }

          // naming: أطلقت عليها اسم "الفسفور"؛ dubbed Fancy Bear
          naming.lastIndex = 0;
          while ((m = naming.exec(sentence)) !== null) {
            const nameAt = m.index + m[0].length - m.groups!.name.length;
            out.push({
              start: at(m.index + (m.groups!.pre?.length ?? 0)),
              end: at(m.index + m[0].length),
              rule: name('naming'),
              actor: { start: at(nameAt), end: at(m.index + m[0].length) },
              naming: true,
              stance: 'asserted',
            });
          }
        }
        return out;
      },
    },
  ];
}
