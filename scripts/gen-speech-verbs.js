#!/usr/bin/env node
// Regenerates the verb lists of src/resources/en/speech-verbs.yaml from the hand-kept lemmas below: each
// lemma's forms come from compromise's conjugator (MIT; the package the project already depends on), so a
// list never has "says" without "said" or "saying". The rest of the file (nouns, pronouns, gaps, comments)
// is left as it is. Run: node scripts/gen-speech-verbs.js
//
// The lemmas are the English verbs of reporting speech and of making, attributing and denying a claim, the
// lexical units of FrameNet's Statement, Telling, Reveal_secret, Judgment_communication and Affirm_or_deny
// frames as a newsroom uses them; kept by hand, not read off the development set's misses.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');

/** Verbs of speech: the speaker is their subject, the content a that-clause or quoted words. */
const SPEECH = `say tell write add state explain note warn announce confirm assert claim argue insist acknowledge admit
testify tweet reply respond comment remark stress emphasize emphasise reiterate reveal disclose declare caution contend
maintain concede complain affirm`;
// (not observe, mention, predict, recall: in news they take a noun more often than what was said)
/** Verbs of claiming, accusing, attributing and denying: cues of speech too (GOLD.md), with a subject before them. */
const CLAIM = `accuse blame charge indict deny reveal warn find conclude report confirm announce say allege attribute link
tie identify disclose estimate claim reject dismiss refute assess believe stress emphasize suggest threaten urge pin
call_on call_for call_out`;
/** Of those, the ones whose bare form a headline or a plural subject uses (US officials blame Russia); the bare
 *  form of the others is a noun more often than a verb (a charge, the stress, an urge). */
const CLAIM_BARE = `accuse blame deny reveal warn find conclude report confirm announce say allege attribute link tie identify
disclose estimate claim assess believe`;
/** Verbs whose content starts with their object: accused X of, blamed X for, charged X with, denied any role. */
const OBJECT = `accuse blame charge indict deny reveal attribute link tie identify reject dismiss refute pin threaten
call_on call_for call_out`;
/** Verbs of speech with a particle: the particle follows every form. */
const PHRASAL = { 'point out': ['point', 'out'], call_on: ['call', 'on'], call_for: ['call', 'for'], call_out: ['call', 'out'] };
/** Phrases kept as they are. */
const CLAIM_PHRASES = ['pointed out', 'said in a statement', 'wrote in a blog post',
  // (a belief stated with a copula: the NCSC is almost certain that …)
  'is certain', 'is almost certain', 'is confident', 'are confident', 'was confident', 'is convinced', 'are convinced'];
const OBJECT_PHRASES = ['warned of', 'warns of'];
/** Verbs whose subject, or agent after "by", finds, studies, reports, names or stops a hostile act and does not do it
 *  (the attacks detected by Microsoft, malware analysed by ESET): the lexical units of FrameNet's Becoming_aware,
 *  Scrutiny, Publishing, Name_conferral, Hindering and Judgment_communication frames as security news uses them. */
const OBSERVE = `discover detect spot notice uncover identify observe find see analyze analyse investigate examine study
inspect scan monitor track trace probe review research report publish document describe highlight flag note disclose
reveal mention cite confirm name dub label attribute block thwart disrupt foil stop prevent mitigate neutralize
dismantle seize sanction condemn criticize criticise`;

const words = (s) => s.split(/\s+/).filter(Boolean);

/** The bare form, third person, past, past participle and gerund of a lemma. */
function forms(lemma) {
  let c = nlp(lemma).verbs().conjugate()[0];
  // (a word compromise reads as a noun first, tweet, is conjugated as the verb it is here)
  if (!c) c = nlp(lemma).tag('Verb').verbs().conjugate()[0];
  if (!c) throw new Error(`compromise has no forms for "${lemma}"`);
  // (a noun-first word may come back with its bare form as the past: tweet → tweeted)
  const past = c.PastTense === c.Infinitive ? `${lemma.replace(/e$/, '')}ed` : c.PastTense;
  return { bare: c.Infinitive, third: c.PresentTense, past, participle: c.Participle ?? past, gerund: c.Gerund };
}

function formsOf(lemma) {
  const p = PHRASAL[lemma];
  if (!p) return forms(lemma);
  const f = forms(p[0]);
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, `${v} ${p[1]}`]));
}

const uniq = (xs) => [...new Set(xs)];
const speech = words(SPEECH).map(formsOf);
const claim = words(CLAIM).map((l) => [l, formsOf(l)]);
const bare = new Set(words(CLAIM_BARE));
const object = words(OBJECT).map(formsOf);

const lists = {
  verbs: uniq(speech.flatMap((f) => [f.third, f.past])),
  participles: uniq([...speech, ...claim.map(([, f]) => f)].map((f) => f.gerund)),
  claim_cues: uniq([...claim.flatMap(([l, f]) => [...(bare.has(l) ? [f.bare] : []), f.third, f.past]), ...CLAIM_PHRASES]),
  object_cues: uniq([...object.flatMap((f) => [f.bare, f.third, f.past, f.gerund]), ...OBJECT_PHRASES]),
  observer_verbs: uniq(words(OBSERVE).map(formsOf).map((f) => f.participle)),
};

const file = new URL('../src/resources/en/speech-verbs.yaml', import.meta.url);
let text = readFileSync(file, 'utf8');
/** A YAML flow list, wrapped at 120 columns with two spaces of indent. */
function flow(key, values) {
  const lines = [];
  let line = `${key}: [`;
  values.forEach((v, i) => {
    const item = v + (i < values.length - 1 ? ',' : ']');
    if (line.length + item.length + 1 > 120 && !line.endsWith('[')) {
      lines.push(line);
      line = `  ${item}`;
    } else line += (line.endsWith('[') ? '' : ' ') + item;
  });
  lines.push(line);
  return lines.join('\n');
}
const COMMENTS = {
  participles: '# Participles of the speech and claim verbs after a comma: the subject is the sentence\'s speaker (…, adding that).',
  observer_verbs: '# Participles of verbs whose agent finds, studies, reports, names or stops a hostile act, not does it (detected by Microsoft).',
};
for (const [key, value] of Object.entries(lists)) {
  // the key's flow list, from its line's start to its closing bracket
  const at = new RegExp(`^${key}: \\[[^\\]]*\\]`, 'm').exec(text);
  if (at) text = text.slice(0, at.index) + flow(key, value) + text.slice(at.index + at[0].length);
  else text = `${text.replace(/\n*$/, '\n')}${COMMENTS[key] ? `${COMMENTS[key]}\n` : ''}${flow(key, value)}\n`;
}
writeFileSync(file, text);
console.log(Object.entries(lists).map(([k, v]) => `${k}: ${v.length}`).join(', '));
