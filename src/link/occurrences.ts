/**
 * English: a name the rules found once is a mention wherever the article writes it again, whole: an organization's
 * name, and a person's of two words or more. The rules read each place in its own context, and a name in a place no
 * rule reads (an object, a possessive: The attack on UnitedHealth's unit … UnitedHealth said) was left out, though the
 * article is one discourse and the name one referent in it. Pure: adds candidates to the list it is given.
 */
import { CAP, WORD, tokenAt } from '../core/tokens.js';
import type { Doc, MentionCandidate } from '../core/types.js';

export const NAME_OCCURRENCE_RULE = 'en/entity/name-occurrence';
/** One word with a capital inside it after a lower-case letter (UnitedHealth, NetBlocks): a name by its shape. */
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

export function linkNameOccurrences(mentions: MentionCandidate[], doc: Doc): void {
  const t = doc.tokens;
  if (!t || !mentions.length) return;
  // the names, by their first word as written; each with its words and the candidate that found it
  const names = new Map<string, { words: string[]; written: string; from: MentionCandidate }[]>();
  const covered = new Uint8Array(t.length);
  for (const m of mentions) {
    const s = tokenAt(t, m.start);
    let e = s;
    while (e < t.length && t.start[e] < m.end) covered[e++] = 1;
    if (!m.rule.startsWith('en/') || m.nested || (m.type !== 'organization' && m.type !== 'person')) continue;
    const words: string[] = [];
    for (let k = s; k < e; k++) words.push(t.text.slice(t.start[k], t.end[k]));
    // (capitalized, in Latin letters, of two words or more, or one word with a capital inside it, UnitedHealth: a word
    // alone may be a common one a rule took for a name once, May, June; a surname alone has rules of its own)
    if (!words.length || !(t.flags[s] & CAP) || (words.filter((w) => /^\p{L}/u.test(w)).length < 2 && !CAMEL.test(words[0]))) continue;
    const list = names.get(words[0]) ?? [];
    const written = words.join(' ');
    if (!list.some((x) => x.from.key === m.key && x.written === written)) list.push({ words, written, from: m });
    names.set(words[0], list);
  }
  if (!names.size) return;
  for (const list of names.values()) list.sort((x, y) => y.words.length - x.words.length);
  const found: MentionCandidate[] = [];
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || t.kind[i] !== WORD || !(t.flags[i] & CAP)) continue;
    const list = names.get(t.text.slice(t.start[i], t.end[i]));
    if (!list) continue;
    // (not inside a longer capitalized name: a capitalized word right before it, past its sentence's first, or after it)
    const first = t.sentence[i] >= 0 && t.sentenceTokens[2 * t.sentence[i]] === i;
    if (!first && i > 0 && t.kind[i - 1] === WORD && t.flags[i - 1] & CAP) continue;
    for (const { words, from } of list) {
      const e = i + words.length;
      if (e > t.length) continue;
      let same = true;
      for (let k = 0; k < words.length && same; k++) same = !covered[i + k] && t.text.slice(t.start[i + k], t.end[i + k]) === words[k];
      // (nor the first part of a compound: KDP-controlled)
      if (!same || (e < t.length && t.kind[e] === WORD && t.flags[e] & CAP) || (e + 1 < t.length && t.text[t.start[e]] === '-' && t.start[e] === t.end[e - 1] && t.kind[e + 1] === WORD)) continue;
      found.push({ ...from, start: t.start[i], end: t.end[e - 1], rule: NAME_OCCURRENCE_RULE });
      for (let k = i; k < e; k++) covered[k] = 1;
      i = e - 1;
      break;
    }
  }
  if (!found.length) return;
  mentions.push(...found);
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
}
