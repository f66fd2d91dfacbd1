/**
 * Groups the text names as it introduces them (rule `lang/entity/named-actor`): an actor noun of the
 * attribution resources, a naming phrase, then the name (a group called ZeroX, a threat actor going by
 * ZeroX, hackers known as "Shadow Crew"; مجموعة تدعى "الغزاة"، قراصنة يعرفون باسم Cobalt): the name is a
 * threat actor the knowledge base need not know, and the article's later mentions of the same name are it
 * too. Vocabulary: attribution.actors, attribution.naming, attribution.group_nouns.
 */
import type { LangResources } from '../resources/schema.js';
import type { Lang } from '../resources/index.js';
import type { Doc, MentionCandidate, Region } from '../core/types.js';
import type { Extractor } from '../core/types.js';
import { END, alt, calendarKeys, compile, endingTest, lookupKey, matchAtAnchors, wordAnchors, wordStart } from './patterns.js';
import { commonWords, englishVocabulary, kbHitEnd } from './lexicon.js';
import { CAP, WORD, tokenAt } from '../core/tokens.js';
import { nameShapedAr } from './arabic-shapes.js';

const SP = '[ \\t]{1,3}';

export function namedActorExtractors(lang: Lang, res: LangResources): Extractor<'mentions'>[] {
  const a = res.attribution;
  const heads = [...a.actors, ...a.group_nouns];
  if (!heads.length || !a.naming.length) return [];
  // the name: one to three capitalized Latin words (ZeroX, Shadow Crew), or any words in quotation marks
  // (a word's capitalized parts joined by a hyphen are one word of it: Al-Tahera, Cyber-Army)
  const LATIN = '[A-Z][A-Za-z0-9]{1,24}(?:-[A-Z][A-Za-z0-9]{1,24})?(?:[ \\t][A-Z][A-Za-z0-9]{1,24}(?:-[A-Z][A-Za-z0-9]{1,24})?){0,2}';
  // (a comma or stop the house style puts inside the closing mark is no part of the name: "Cyber Partisans of the North,")
  const QUOTED = '["“«](?<quoted>[^"“”«»\\n]{1,39}[^"“”«»\\n,.;:،؛ \\t])[,.;:،؛]?["”»]';
  // (Arabic: up to four describing words between the noun and the naming phrase: جماعة قرصنة تركية تسمى، مجموعة غير
  // معروفة من قبل تطلق على نفسها اسم)
  const between = lang === 'ar' ? `(?:[\\u0621-\\u064A]{2,15}${SP}){0,4}` : '';
  // (English: a comma after the noun, the naming phrase an appositive: the gang, which calls itself X)
  // (Arabic: a comma and a relative pronoun, the naming phrase a relative clause: العصابة، التي تطلق على نفسها اسم X)
  const comma = lang === 'en' ? ',?' : a.relatives.length ? `(?:[ \\t]?[،,]${SP}(?:${alt(a.relatives)}))?` : '';
  // (Arabic: or one unquoted word shaped like a transliterated foreign name: جماعة تدعى سوفاسي; checked in code)
  const ARABIC_NAME = lang === 'ar' ? `|(?<arabic>[\\u0621-\\u064A]{4,15})${END}` : '';
  // (run where an actor noun starts, in Arabic with its proclitics: not a scan of the text)
  const re = compile(`${wordStart(lang)}(?<cue>(?:${alt(heads)})${comma}${SP}${between}(?:${alt(a.naming)})${SP})(?:${QUOTED}|(?<latin>${LATIN})${END}${ARABIC_NAME})`, 'y');
  const anchors = wordAnchors(heads, lang === 'ar');
  // (Arabic: an actor phrase of a group noun and what it does, then the name in quotation marks, no naming phrase
  // between: مجموعة برامج الفدية "كيلين"، مجموعة قرصنة "الغزاة")
  const phrases = lang === 'ar' ? a.actors.filter((x) => x.includes(' ') && a.group_nouns.some((g) => x.startsWith(`${g} `))) : [];
  // (up to two describing words between, definite or on ل/ب, the group's nationality or its side: مجموعة القرصنة
  // الموالية لروسيا "نو نيم"، مجموعة القرصنة الإيرانية "X")
  const describedAr = `(?:(?:ال|لل|[لب])[\\u0621-\\u064A]{2,15}${SP}){0,2}`;
  const quotedRe = phrases.length ? compile(`${wordStart(lang)}(?<cue>(?:${alt(phrases)})${SP}${describedAr})${QUOTED}`, 'y') : null;
  const quotedAnchors = wordAnchors(phrases, true);
  // (Arabic: a group noun alone and the name in quotation marks, مجموعة "العصفور المفترس", in a sentence about a hostile
  // act: a group's noun names many bodies, مجموعة "بريكس", and only that sentence makes it a hacker group)
  const bareRe = lang === 'ar' && a.group_nouns.length ? compile(`${wordStart(lang)}(?<cue>(?:${alt(a.group_nouns)})${SP})${QUOTED}`, 'y') : null;
  const bareAnchors = wordAnchors(a.group_nouns, true);
  const HOSTILE_CATS = ['attribution.hostile', 'attribution.acts', 'attribution.act_verbs', 'attribution.actors'];
  const HOSTILE_ACTS = HOSTILE_CATS.filter((c) => c !== 'attribution.actors');
  const common = commonWords(res);
  const businessNisbas = new Set(res.organizations.business_nisbas.map(lookupKey));
  const functionWords = new Set(res['function-words'].words.map(lookupKey));
  /** An unquoted Arabic word that may be a group's foreign name: no article or ordinary word, no verb's or pronoun's shape. */
  const foreignName = (w: string) =>
    !w.startsWith('ال') && !/^[وفبلك]ال/.test(w) && !common(w) && !functionWords.has(lookupKey(w)) && nameShapedAr(w);
  const rule = `${lang}/entity/named-actor`;
  // English: a name between 'the' and a group noun, or an actor phrase that ends in one (the Zorvex group, the Velkan
  // ransomware gang), in a sentence with an actor noun (hackers, attackers) unless the phrase is one: a company's group
  // (the Tata group) names no actor. Arabic writes the noun first (مجموعة X), as the org-head and naming rules read it.
  const groupNouns = new Set(lang === 'en' ? a.group_nouns.map(lookupKey) : []);
  /** the words before a group noun that make an actor phrase (hacking group, ransomware gang: hacking, ransomware) */
  const groupDescriptors = new Set(a.actors.map((x) => x.split(' ')).filter((w) => w.length === 2 && groupNouns.has(lookupKey(w[1]))).map((w) => lookupKey(w[0])));
  /** the one-word actor nouns (hackers, attackers) */
  const actorWords = new Set(a.actors.filter((x) => !x.includes(' ')).map(lookupKey));
  const actorGroupRule = `${lang}/entity/actor-group`;
  /** words that make a group noun another group of the kind named before (another, second: attribution.other_group) */
  const otherGroup = new Set(a.other_group.map(lookupKey));
  /** group nouns for a criminal band (attribution.band_nouns: gang, crew): a hostile act in the sentence names its group */
  const bandNouns = new Set(a.band_nouns.map(lookupKey));
  /** a gloss after a group's name: a comma, a word that opens one (speech-verbs.gloss_openers) and quoted words */
  const glossOpeners = res['speech-verbs'].gloss_openers;
  const glossAfter = glossOpeners.length ? new RegExp(`^["”»]?[ \\t]?[،,][ \\t]{0,2}(?:${alt(glossOpeners)})${SP}["“«](?<gloss>[^"“”«»\\n]{2,39})["”»]`) : null;
  /** a group's claim of an act right after its noun (attribution.self_claims: claimed responsibility for) */
  const selfClaimAfter = lang === 'en' && a.self_claims.length ? new RegExp(`^${SP}(?:${alt(a.self_claims)})${END}`, 'i') : null;
  /** weekday and month names, which follow a group's phrase as dates (the hacking group Monday said …) */
  const calendar = calendarKeys(res);
  /** an adjective's ending (resource common-words.adjective_endings: Islamic, Iranian, Chinese, Kurdish) */
  const adjective = endingTest(res['common-words'].adjective_endings);
  /** Whether a knowledge-base name, plain or in context, starts at token i (the dictionary pass's hits). */
  const known = (doc: Doc, i: number): boolean => {
    const lex = doc.lex?.[lang];
    return !!lex && kbHitEnd(lex, i, () => true, true) >= 0;
  };
  /** Whether the sentence of token k has a word of one of `categories` (hostile acts and actors) at or after character
   *  `after`: the dictionary pass's hits of the sentence only, from the first at its first token, no walk over the document's. */
  const catSets = new WeakMap<object, Map<readonly string[], ReadonlySet<number>>>();
  const hostileIn = (doc: Doc, k: number, categories: readonly string[], after = 0): boolean => {
    const t = doc.tokens!;
    const lex = doc.lex?.[lang];
    if (!lex) return false;
    // (the categories' numbers, once per lexicon: not a set built per group noun)
    let byList = catSets.get(lex.lexicon);
    if (!byList) catSets.set(lex.lexicon, (byList = new Map()));
    let cats = byList.get(categories);
    if (!cats) byList.set(categories, (cats = new Set(categories.map((c) => lex.lexicon.cat(c)).filter((c) => c >= 0))));
    const from = t.sentenceTokens[2 * t.sentence[k]];
    const to = t.sentenceTokens[2 * t.sentence[k] + 1];
    for (let h = from < t.length ? lex.hits.from[from] : lex.hits.length; h < lex.hits.length && lex.hits.start[h] < to; h++) if (cats.has(lex.hits.cat[h]) && t.start[lex.hits.start[h]] >= after) return true;
    return false;
  };
  /** The English rule at each group noun's token (see groupNouns); the names into `names`, for their later mentions. */
  const groupNames = (doc: Doc, regions: readonly Region[], names: Map<string, string>, taken: Set<number>, out: MentionCandidate[]): void => {
    const t = doc.tokens!;
    const text = doc.text;
    const word = (i: number) => i >= 0 && t.kind[i] === WORD && t.sentence[i] >= 0;
    for (let i = 2; i < t.length; i++) {
      if (t.kind[i] !== WORD || !groupNouns.has(t.key[i]) || (t.flags[i] & CAP) !== 0) continue;
      let n = i - 1;
      const described = word(n) && groupDescriptors.has(t.key[n]) && (t.flags[n] & CAP) === 0;
      if (described) n--;
      // the name: one capitalized word with a lower-case letter (Zorvex, Velkan, Qu4rk; not APT, an acronym), no word of
      // the English vocabulary nor an adjective's ending (the Islamic group, the Iranian group), right after 'the', all in
      // one sentence
      if (!word(n) || !word(n - 1) || t.key[n - 1] !== 'the' || t.sentence[n] !== t.sentence[i] || t.sentence[n - 1] !== t.sentence[i]) continue;
      const name = text.slice(t.start[n], t.end[n]);
      if (!/^[A-Z]/.test(name) || !/[a-z]/.test(name) || englishVocabulary(name) || adjective(name) || !regions.some((r) => t.start[n] >= r.start && t.start[n] < r.end)) continue;
      // (or the group's own claim of a hostile act right after it: the Qilin gang claimed responsibility for the attack)
      const claim = !described && selfClaimAfter ? selfClaimAfter.exec(text.slice(t.end[i], t.end[i] + 60)) : null;
      if (!described && !(claim && hostileIn(doc, i, HOSTILE_ACTS, t.end[i] + claim[0].length))) {
        const from = t.sentenceTokens[2 * t.sentence[i]];
        const to = t.sentenceTokens[2 * t.sentence[i] + 1];
        let actor = false;
        for (let j = from; j < to && !actor; j++) actor = t.kind[j] === WORD && actorWords.has(t.key[j]);
        // (a gang's or a crew's name in a sentence about a hostile act, no actor word needed: the Medusa gang … leak site)
        if (!actor && !(bandNouns.has(t.key[i]) && hostileIn(doc, i, HOSTILE_ACTS))) continue;
      }
      // (nor a name the knowledge base knows, in context or not: the Tortoiseshell group is its entry)
      if (taken.has(t.start[n]) || known(doc, n)) continue;
      const key = `threat_actor:${lookupKey(name)}`;
      names.set(name, key);
      taken.add(t.start[n]);
      out.push({ start: t.start[n], end: t.end[n], rule: actorGroupRule, type: 'threat_actor', key, name: '' });
    }
    // the name right after an actor's phrase that ends in a group noun, as a title before its holder (the hacktivist
    // group Desert Wolves, a ransomware gang Qilin): one to four capitalised words, "of" or "the" between them, in the
    // sentence; one word alone no word of the English vocabulary; no name the knowledge base knows
    for (let i = 1; i + 1 < t.length; i++) {
      if (t.kind[i] !== WORD || !groupNouns.has(t.key[i]) || (t.flags[i] & CAP) !== 0) continue;
      const d = i - 1;
      if (!word(d) || (t.flags[d] & CAP) !== 0 || !(groupDescriptors.has(t.key[d]) || actorWords.has(t.key[d]))) continue;
      let e = i + 1;
      let capitals = 0;
      while (e < t.length && e < i + 8 && word(e) && t.sentence[e] === t.sentence[i]) {
        if ((t.flags[e] & CAP) !== 0) {
          capitals++;
          e++;
        } else if (capitals > 0 && /^(?:of|the)$/.test(t.key[e]) && e + 1 < t.length && word(e + 1) && (t.flags[e + 1] & CAP) !== 0) e++;
        else break;
        if (capitals >= 4) break;
      }
      if (!capitals || !regions.some((r) => t.start[i + 1] >= r.start && t.start[i + 1] < r.end)) continue;
      const name = text.slice(t.start[i + 1], t.end[e - 1]);
      if ((capitals === 1 && (englishVocabulary(name) || adjective(name))) || calendar.has(t.key[i + 1])) continue;
      if (taken.has(t.start[i + 1]) || known(doc, i + 1)) continue;
      const key = `threat_actor:${lookupKey(name)}`;
      names.set(name, key);
      taken.add(t.start[i + 1]);
      out.push({ start: t.start[i + 1], end: t.end[e - 1], rule: actorGroupRule, type: 'threat_actor', key, name: '' });
    }
    // a name set off by commas right after a group noun (a second group, LulzSec Pilipinas, leaked …; the hacking group,
    // Desert Wolves, said): one to three capitalized words, the closing comma right after them; in a sentence about a
    // hostile act or after a word that makes it another group of the kind named before (another, second); one word
    // alone no word of the English vocabulary; no name the knowledge base knows
    for (let i = 1; i + 3 < t.length; i++) {
      if (t.kind[i] !== WORD || !groupNouns.has(t.key[i]) || (t.flags[i] & CAP) !== 0 || text[t.end[i]] !== ',') continue;
      let e = i + 2;
      while (e < t.length && e < i + 5 && word(e) && (t.flags[e] & CAP) !== 0 && t.sentence[e] === t.sentence[i]) e++;
      if (e === i + 2 || e >= t.length || text.slice(t.end[e - 1], t.end[e - 1] + 1) !== ',' || !regions.some((r) => t.start[i + 2] >= r.start && t.start[i + 2] < r.end)) continue;
      const name = text.slice(t.start[i + 2], t.end[e - 1]);
      if ((e === i + 3 && (englishVocabulary(name) || adjective(name))) || calendar.has(t.key[i + 2])) continue;
      if (!(word(i - 1) && otherGroup.has(t.key[i - 1])) && !hostileIn(doc, i, HOSTILE_CATS)) continue;
      // (a describing word before the noun is a hacker group's, hacking group, or none: a rights group, X, is none)
      if (word(i - 1) && !/^(?:a|an|the)$/.test(t.key[i - 1]) && !otherGroup.has(t.key[i - 1]) && !groupDescriptors.has(t.key[i - 1])) continue;
      let knownWord = taken.has(t.start[i + 2]);
      for (let k = i + 2; k < e && !knownWord; k++) knownWord = known(doc, k);
      if (knownWord) continue;
      const key = `threat_actor:${lookupKey(name)}`;
      names.set(name, key);
      taken.add(t.start[i + 2]);
      out.push({ start: t.start[i + 2], end: t.end[e - 1], rule: actorGroupRule, type: 'threat_actor', key, name: '' });
    }
  };
  return [
    {
      name: rule,
      lang,
      dimension: 'mentions',
      rules: groupNouns.size ? [rule, actorGroupRule] : [rule],
      extract(doc: Doc, regions: Region[]): MentionCandidate[] {
        const out: MentionCandidate[] = [];
        const names = new Map<string, string>();
        const taken = new Set<number>();
        /** A group's name the text introduces at offset s: its mention, and its key for the name's later mentions. */
        const introduce = (s: number, name: string, known?: string): void => {
          const key = known ?? `threat_actor:${lookupKey(name)}`;
          names.set(name, key);
          taken.add(s);
          out.push({ start: s, end: s + name.length, rule, type: 'threat_actor', key, name: '' });
          // (a gloss of the name right after it, set off by a comma, is the same group: "غونجشك دراندة"، أي "العصفور المفترس")
          const g = known || !glossAfter ? null : glossAfter.exec(doc.text.slice(s + name.length, s + name.length + 80));
          const gloss = g?.groups?.gloss.trim();
          const at = g ? s + name.length + g[0].indexOf(g.groups!.gloss) : -1;
          if (gloss && !taken.has(at)) introduce(at, gloss, key);
        };
        for (const { m, start } of matchAtAnchors(re, doc.text, regions, anchors(doc))) {
          const g = m.groups ?? {};
          const quoted = g.quoted !== undefined;
          const name = (g.quoted ?? g.latin ?? g.arabic ?? '').trim();
          if (!name || (g.arabic !== undefined && !foreignName(name))) continue;
          // (the quotation marks stay outside the span)
          const s = quoted ? doc.text.indexOf(g.quoted!, start) : start;
          if (s < 0) continue;
          introduce(s, name);
        }
        if (quotedRe) {
          for (const { m, start } of matchAtAnchors(quotedRe, doc.text, regions, quotedAnchors(doc))) {
            const name = m.groups!.quoted.trim();
            // (searched from the match's start: the cue's length from the anchor may overshoot the name, -1 then)
            const s = doc.text.indexOf(m.groups!.quoted, start);
            if (!name || s < 0 || taken.has(s)) continue;
            introduce(s, name);
          }
        }
        const lex = doc.lex?.[lang];
        if (bareRe && doc.tokens && lex) {
          const t = doc.tokens;
          const matches = [...matchAtAnchors(bareRe, doc.text, regions, bareAnchors(doc))];
          // (a name the article gives a sector's nisba after it anywhere is a business group's: مجموعة "نيكي" الإعلامية)
          const business = new Set<string>();
          for (const { m, end } of matches) {
            const after = /^[ \t]+([\u0621-\u064A]+)/.exec(doc.text.slice(end, end + 24));
            if (after && businessNisbas.has(lookupKey(after[1]))) business.add(m.groups!.quoted.trim());
          }
          for (const { m, start } of matches) {
            const name = m.groups!.quoted.trim();
            const s = doc.text.indexOf(m.groups!.quoted, start);
            if (!name || s < 0 || taken.has(s) || business.has(name) || name.split(/[ \t]+/).length > 3 || /[^\u0621-\u064A \t]/.test(name)) continue;
            const k = tokenAt(t, s);
            if (k >= t.length || known(doc, k) || !hostileIn(doc, k, HOSTILE_CATS)) continue;
            introduce(s, name);
          }
        }
        if (groupNouns.size && doc.tokens) groupNames(doc, regions, names, taken, out);
        // the article's other mentions of a name it introduced unquoted (ZeroX said … ZeroX shared; سوفاسي … سوفاسي):
        // one walk over the token table, each token looked up by the names' first words (a search per name would cost
        // the text's length times the names it introduces)
        const letterOf = (name: string): RegExp | null =>
          /^[A-Za-z]/.test(name) ? /[A-Za-z0-9]/ : /^[\u0621-\u064A]+(?:[ \t][\u0621-\u064A]+){0,2}$/.test(name) && name.split(/[ \t]/).every(foreignName) ? /[\u0621-\u064A]/ : null;
        // (an Arabic one only when shaped like a foreign name, each of its words: a quoted ordinary word, الغزاة, is a word
        // elsewhere; برين سايفر is a name wherever written)
        const byFirst = new Map<string, [string, string, RegExp][]>();
        for (const [name, key] of names) {
          const letter = letterOf(name);
          if (!letter) continue;
          const first = name.split(/[ \t]/)[0];
          const list = byFirst.get(first);
          if (list) list.push([name, key, letter]);
          else byFirst.set(first, [[name, key, letter]]);
        }
        const t = doc.tokens;
        if (byFirst.size && t) {
          for (let i = 0; i < t.length; i++) {
            const list = byFirst.get(doc.text.slice(t.start[i], t.end[i]));
            if (!list) continue;
            const at = t.start[i];
            for (const [name, key, letter] of list) {
              if (!doc.text.startsWith(name, at)) continue;
              const before = doc.text[at - 1] ?? ' ';
              const after = doc.text[at + name.length] ?? ' ';
              if (letter.test(before) || letter.test(after)) continue;
              if (taken.has(at) || !regions.some((r) => at >= r.start && at < r.end)) continue;
              taken.add(at);
              out.push({ start: at, end: at + name.length, rule, type: 'threat_actor', key, name: '' });
              break;
            }
          }
        }
        return out;
      },
    },
  ];
}
