#!/usr/bin/env node
// Regenerates src/resources/kb/countries.yaml from i18n-iso-countries (MIT; devDependency): every
// ISO 3166-1 country with its English and Arabic names, and the English demonyms of i18n-nationality (MIT; devDependency)
// beside the hand-kept DEMONYMS below. The canonical English name is the shortest
// full name the package gives (United States, not United States of America), unless COMMON says
// otherwise; ALIASES adds what news writes and the package lacks. Run: node scripts/gen-countries.js
import { readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
const nationalities = require('i18n-nationality/langs/en.json').nationalities;

/** Common English names where the package's shortest is formal. */
const COMMON = { SY: 'Syria', KP: 'North Korea', KR: 'South Korea', VE: 'Venezuela', BO: 'Bolivia', TZ: 'Tanzania',
  LA: 'Laos', MD: 'Moldova', VN: 'Vietnam', TW: 'Taiwan', FM: 'Micronesia', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo',
  MK: 'North Macedonia', PS: 'Palestine', VA: 'Vatican City', BN: 'Brunei', CZ: 'Czech Republic', TR: 'Turkey', GB: 'United Kingdom' };
/**
 * News forms the package lacks (English, Arabic). Capitals are places of their own (scripts/gen-places.js),
 * which an attribution reads as their state (Tehran denied: Iran).
 */
const ALIASES = {
  US: [['America'], ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية']],
  GB: [['Britain', 'Great Britain'], ['بريطانيا']],
  RU: [[], ['روسيا الاتحادية', 'الاتحاد الروسي']],
  SA: [[], ['السعودية', 'المملكة العربية السعودية']],
  AE: [['Emirates'], ['الإمارات']],
  KP: [['DPRK'], ['كوريا الشمالية']],
  CN: [['PRC'], []],
  KR: [[], ['كوريا الجنوبية']],
  IL: [[], ['إسرائيل']],
  PS: [[], ['فلسطين']],
  SY: [[], ['سوريا', 'سورية']],
  TR: [['Turkiye', 'Türkiye'], ['تركيا']],
  DE: [[], ['ألمانيا']],
  UA: [[], ['أوكرانيا']],
  KW: [[], ['الكويت']],
  YE: [[], ['اليمن']],
  LY: [[], ['ليبيا']],
  SD: [[], ['السودان']],
  MA: [[], ['المغرب']],
  KZ: [[], ['قازاخستان']],
  DZ: [[], ['الجزائر']],
  TN: [[], ['تونس']],
  AF: [[], ['أفغانستان']],
  PK: [[], ['باكستان']],
  IN: [[], ['الهند']],
  JP: [[], ['اليابان']],
  MM: [['Burma'], ['ميانمار']],
  CD: [['Zaire'], ['زائير']],
  // (عمان is also Amman, written alike without diacritics: the Arabic resource organizations.place_homographs gives the
  // word to Amman when the article names Jordan more than Oman, src/link/homographs.ts)
  OM: [[], ['عمان', 'سلطنة عمان']],
  // (Georgia is also a US state, جورجيا in Arabic too: place_homographs again)
  GE: [['Georgia'], []],
};
/**
 * Demonyms (English; Arabic masculine singular nisba, whose feminine and plural forms the extractor derives,
 * plus irregular plurals): Russian hackers, قراصنة إيرانيون, الحكومة الإيرانية, الروس.
 */
const DEMONYMS = {
  US: [['American', 'U.S.', 'US'], ['أمريكي', 'أميركي', 'الأمريكان', 'الأميركان']],
  RU: [['Russian', 'Russia-based'], ['روسي', 'الروس', 'روس']],
  IR: [['Iranian'], ['إيراني']],
  CN: [['Chinese'], ['صيني']],
  KP: [['North Korean'], ['كوري شمالي']],
  KR: [['South Korean'], ['كوري جنوبي']],
  GB: [['British'], ['بريطاني', 'إنجليزي', 'إنكليزي', 'اسكتلندي', 'ويلزي']],
  FR: [['French'], ['فرنسي']],
  DE: [['German'], ['ألماني', 'الألمان', 'ألمان']],
  IL: [['Israeli'], ['إسرائيلي']],
  UA: [['Ukrainian'], ['أوكراني']],
  TR: [['Turkish'], ['تركي', 'الأتراك', 'أتراك']],
  SA: [['Saudi'], ['سعودي']],
  AE: [['Emirati'], ['إماراتي']],
  QA: [['Qatari'], ['قطري']],
  EG: [['Egyptian'], ['مصري']],
  SY: [['Syrian'], ['سوري']],
  IQ: [['Iraqi'], ['عراقي']],
  LB: [['Lebanese'], ['لبناني']],
  PS: [['Palestinian'], ['فلسطيني']],
  JO: [['Jordanian'], ['أردني']],
  YE: [['Yemeni'], ['يمني']],
  PK: [['Pakistani'], ['باكستاني']],
  IN: [['Indian'], ['هندي', 'الهنود', 'هنود']],
  VN: [['Vietnamese'], ['فيتنامي']],
  BY: [['Belarusian'], ['بيلاروسي']],
  JP: [['Japanese'], ['ياباني']],
  TW: [['Taiwanese'], ['تايواني']],
  KW: [['Kuwaiti'], ['كويتي']],
  BH: [['Bahraini'], ['بحريني']],
  OM: [['Omani'], ['عماني']],
  LY: [['Libyan'], ['ليبي']],
  SD: [['Sudanese'], ['سوداني']],
  MA: [['Moroccan'], ['مغربي', 'المغاربة', 'مغاربة']],
  DZ: [['Algerian'], ['جزائري']],
  TN: [['Tunisian'], ['تونسي']],
  AF: [['Afghan'], ['أفغاني', 'الأفغان', 'أفغان']],
  IT: [['Italian'], ['إيطالي']],
  ES: [['Spanish'], ['إسباني']],
  CA: [['Canadian'], ['كندي']],
  AU: [['Australian'], ['أسترالي']],
  NL: [['Dutch'], ['هولندي']],
  PL: [['Polish'], ['بولندي']],
  BR: [['Brazilian'], ['برازيلي']],
  VE: [['Venezuelan'], ['فنزويلي']],
  CU: [['Cuban'], ['كوبي']],
  // the nationalities that sports, culture and world pages put before a person's name (الكرواتي إيفان ...)
  HR: [['Croatian'], ['كرواتي']],
  TH: [['Thai'], ['تايلاندي', 'تايلندي']],
  AT: [['Austrian'], ['نمساوي']],
  AR: [['Argentine', 'Argentinian'], ['أرجنتيني']],
  BE: [['Belgian'], ['بلجيكي']],
  FI: [['Finnish'], ['فنلندي']],
  CZ: [['Czech'], ['تشيكي']],
  SE: [['Swedish'], ['سويدي']],
  NO: [['Norwegian'], ['نرويجي']],
  DK: [['Danish'], ['دنماركي']],
  CH: [['Swiss'], ['سويسري']],
  PT: [['Portuguese'], ['برتغالي']],
  GR: [['Greek'], ['يوناني']],
  IE: [['Irish'], ['إيرلندي', 'أيرلندي']],
  MX: [['Mexican'], ['مكسيكي']],
  CO: [['Colombian'], ['كولومبي']],
  CL: [['Chilean'], ['تشيلي']],
  PE: [['Peruvian'], ['بيروفي']],
  UY: [['Uruguayan'], ['أوروغواياني']],
  NG: [['Nigerian'], ['نيجيري']],
  GH: [['Ghanaian'], ['غاني']],
  CM: [['Cameroonian'], ['كاميروني']],
  SN: [['Senegalese'], ['سنغالي']],
  KE: [['Kenyan'], ['كيني']],
  ET: [['Ethiopian'], ['إثيوبي']],
  SO: [['Somali'], ['صومالي']],
  MR: [['Mauritanian'], ['موريتاني']],
  RS: [['Serbian'], ['صربي']],
  BA: [['Bosnian'], ['بوسني']],
  RO: [['Romanian'], ['روماني']],
  BG: [['Bulgarian'], ['بلغاري']],
  HU: [['Hungarian'], ['مجري']],
  SK: [['Slovak'], ['سلوفاكي']],
  SI: [['Slovenian'], ['سلوفيني']],
  GE: [['Georgian'], ['جورجي']],
  AM: [['Armenian'], ['أرميني']],
  AZ: [['Azerbaijani'], ['أذربيجاني']],
  KZ: [['Kazakh'], ['كازاخستاني']],
  UZ: [['Uzbek'], ['أوزبكستاني', 'أوزبكي']],
  ID: [['Indonesian'], ['إندونيسي']],
  MY: [['Malaysian'], ['ماليزي']],
  PH: [['Filipino'], ['فلبيني']],
  LK: [['Sri Lankan'], ['سريلانكي']],
  BD: [['Bangladeshi'], ['بنغلاديشي']],
  NP: [['Nepali', 'Nepalese'], ['نيبالي']],
  NZ: [['New Zealand'], ['نيوزيلندي']],
  EE: [['Estonian'], ['إستوني']],
  LV: [['Latvian'], ['لاتفي']],
  LT: [['Lithuanian'], ['ليتواني']],
};
/**
 * Names too ambiguous to match as written (Jersey is in New Jersey; Georgia, a US state, and عمان, also Amman, are
 * listed again in ALIASES, for the place homographs of the resources). A country that is also a given
 * name stays, as Jordan does: news names a person by the surname, and the person rules take the given name with its
 * surname (Chad Johnson), the longer span.
 */
const SKIP_EN = new Set(['Jersey', 'Georgia']);
const SKIP_AR = new Set(['عمان']); // Oman or Amman: written alike without diacritics (kept only where ALIASES lists it)

/**
 * The package's English demonym of a country, as news writes it: the word before a bracket (Congolese (Democratic
 * Republic of the Congo)), none that is a country's name (Cayman Islands), a plural (Antiguans), a pair (Bosnian -
 * Herzegovinian, Kittian and Nevisian), or a word two countries share (Congolese, Dominican), nor one another
 * country's hand-kept list has.
 */
const packageDemonym = (code) => (WRONG_DEMONYM.has(code) ? '' : (nationalities[code] ?? '').replace(/ \(.*\)$/, ''));
/** The package's entries that name another people: Wallis and Futuna's says Welsh (Wales's). */
const WRONG_DEMONYM = new Set(['WF']);
const demonymCount = new Map();
for (const code of Object.keys(countries.getNames('en'))) {
  for (const d of new Set([packageDemonym(code), ...(DEMONYMS[code]?.[0] ?? [])])) if (d) demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1);
}
const demonymsEn = (code, names) => {
  const own = DEMONYMS[code]?.[0] ?? [];
  const d = packageDemonym(code);
  const usable = d && !own.includes(d) && !/[(),/]| - | or | and /.test(d) && !/[^s]s$/.test(d) && !names.some((n) => n.includes(d)) && demonymCount.get(d) === 1;
  return usable ? [...own, d] : own;
};

const abbreviation = (n) => /^[A-Z.]+$/.test(n);
const lines = ['# Countries and territories: ISO 3166-1 codes with English and Arabic names.',
  '# Generated by scripts/gen-countries.js from i18n-iso-countries (MIT); do not edit by hand.', 'entities:'];
const q = (s) => JSON.stringify(s);
/**
 * The short form Arabic news writes of a formal name the package gives (جمهورية التشيك: التشيك; جمهورية الكونغو
 * الديمقراطية: الكونغو الديمقراطية), as English has Czechia beside Czech Republic: the name less its head word, unless
 * that form is another country's name.
 */
const FORMAL_HEAD_AR = /^جمهورية[ ]+/;
const arNames = new Set(Object.keys(countries.getNames('en')).flatMap((c) => countries.getName(c, 'ar', { select: 'all' }) ?? []));
const shortAr = (names) => names.filter((n) => FORMAL_HEAD_AR.test(n)).map((n) => n.replace(FORMAL_HEAD_AR, '')).filter((n) => !arNames.has(n));
/**
 * The first of two one-word parts as news writes it alone (Bosnia and Herzegovina: Bosnia; البوسنة والهرسك: البوسنة;
 * Trinidad, ترينيداد), unless that form is another country's name.
 */
const enNames = new Set(Object.keys(countries.getNames('en')).flatMap((c) => countries.getName(c, 'en', { select: 'all' }) ?? []));
const firstPartEn = (names) => names.map((n) => /^([A-Z][a-z]+) and [A-Z][a-z]+$/.exec(n)?.[1]).filter((n) => n && !enNames.has(n));
const firstPartAr = (names) => names.map((n) => /^([\u0621-\u064A]+) و[\u0621-\u064A]+$/.exec(n)?.[1]).filter((n) => n && !arNames.has(n));
/**
 * The Arabic nisba of a one-word country name DEMONYMS does not give, by the regular rule (the article dropped; a final
 * يا، ا or ة dropped; ي added: مولدوفا مولدوفي، ألبانيا ألباني، قبرص قبرصي، الإكوادور إكوادوري), unless the name ends in ي
 * already (مالي، هايتي: the nisba is the name) or the nisba, or its feminine, is an everyday word (common-words,
 * function-words: نيجيري is safe, مالية is finance) or another country's name.
 */
const everyday = new Set(['common-words', 'function-words'].flatMap((f) => (parseYaml(readFileSync(new URL(`../src/resources/ar/${f}.yaml`, import.meta.url), 'utf8')).words ?? [])));
function derivedNisba(name) {
  if (!name || !/^[\u0621-\u064A]+$/.test(name)) return [];
  const w = name.replace(/^ال/, '');
  if (w.length < 3 || /[يى]$/.test(w)) return [];
  const nisba = `${w.replace(/(?:يا|ا|ة)$/, '')}ي`;
  if ([nisba, `${nisba}ة`].some((f) => everyday.has(f) || arNames.has(f))) return [];
  return [nisba];
}
for (const code of Object.keys(countries.getNames('en')).sort()) {
  const en = countries.getName(code, 'en', { select: 'all' }) ?? [];
  const ar = countries.getName(code, 'ar', { select: 'all' }) ?? [];
  const full = en.filter((n) => !abbreviation(n));
  const name = COMMON[code] ?? [...full].sort((a, b) => a.split(' ').length - b.split(' ').length || a.length - b.length)[0] ?? en[0];
  const [moreEn, moreAr] = ALIASES[code] ?? [[], []];
  const aliasesEn = [...new Set([name, ...en, ...firstPartEn(en), ...moreEn])].filter((n) => !SKIP_EN.has(n) || moreEn.includes(n));
  const aliasesAr = [...new Set([...ar, ...shortAr(ar), ...firstPartAr(ar), ...moreAr])].filter((n) => !SKIP_AR.has(n) || moreAr.includes(n));
  lines.push(`  - {id: ${code}, type: location, name: ${q(name)}, name_ar: ${q(ar[0] ?? moreAr[0] ?? name)}, source: i18n-iso-countries,`);
  const demAr = DEMONYMS[code]?.[1] ?? derivedNisba(ar[0]);
  const demEn = demonymsEn(code, [...en, ...aliasesEn]);
  const dem = demEn.length || demAr.length ? `,\n     demonyms: {en: [${demEn.map(q).join(', ')}], ar: [${demAr.map(q).join(', ')}]}` : '';
  lines.push(`     aliases: {en: [${aliasesEn.map(q).join(', ')}], ar: [${aliasesAr.map(q).join(', ')}]}${dem}}`);
}
writeFileSync(new URL('../src/resources/kb/countries.yaml', import.meta.url), lines.join('\n') + '\n');
console.log(`countries: ${Object.keys(countries.getNames('en')).length} written`);
