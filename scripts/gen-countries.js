#!/usr/bin/env node
// Regenerates src/resources/kb/countries.yaml from i18n-iso-countries (MIT; devDependency): every
// ISO 3166-1 country with its English and Arabic names. The canonical English name is the shortest
// full name the package gives (United States, not United States of America), unless COMMON says
// otherwise; ALIASES adds what news writes and the package lacks. Run: node scripts/gen-countries.js
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));

/** Common English names where the package's shortest is formal. */
const COMMON = { SY: 'Syria', KP: 'North Korea', KR: 'South Korea', VE: 'Venezuela', BO: 'Bolivia', TZ: 'Tanzania',
  LA: 'Laos', MD: 'Moldova', VN: 'Vietnam', TW: 'Taiwan', FM: 'Micronesia', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo',
  MK: 'North Macedonia', PS: 'Palestine', VA: 'Vatican City', BN: 'Brunei', CZ: 'Czech Republic', TR: 'Turkey' };
/** News forms the package lacks (English, Arabic), including capitals standing for their state. */
const ALIASES = {
  US: [['America'], ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'واشنطن']],
  GB: [['Britain', 'London'], ['بريطانيا', 'لندن']],
  RU: [['Moscow'], ['موسكو', 'روسيا الاتحادية']],
  IR: [['Tehran'], ['طهران']],
  CN: [['Beijing'], ['بكين']],
  SA: [['Riyadh'], ['السعودية', 'الرياض', 'المملكة العربية السعودية']],
  AE: [['Emirates'], ['الإمارات', 'أبوظبي', 'أبو ظبي']],
  KP: [['Pyongyang'], ['كوريا الشمالية', 'بيونغ يانغ']],
  KR: [['Seoul'], ['كوريا الجنوبية', 'سيول']],
  IL: [[], ['إسرائيل']],
  PS: [[], ['فلسطين']],
  SY: [['Damascus'], ['سوريا', 'سورية', 'دمشق']],
  EG: [['Cairo'], ['القاهرة']],
  IQ: [['Baghdad'], ['بغداد']],
  JO: [['Amman'], []], // عمان is also Oman (عُمان) once diacritics are gone
  LB: [['Beirut'], ['بيروت']],
  TR: [['Turkiye', 'Türkiye', 'Ankara'], ['تركيا', 'أنقرة']],
  FR: [['Paris'], ['باريس']],
  DE: [['Berlin'], ['برلين', 'ألمانيا']],
  UA: [['Kyiv', 'Kiev'], ['أوكرانيا', 'كييف']],
  QA: [['Doha'], ['الدوحة']],
  KW: [[], ['الكويت']],
  YE: [['Sanaa'], ['اليمن', 'صنعاء']],
  LY: [['Tripoli'], ['ليبيا', 'طرابلس']],
  SD: [['Khartoum'], ['السودان', 'الخرطوم']],
  MA: [['Rabat'], ['المغرب', 'الرباط']],
  DZ: [['Algiers'], ['الجزائر']],
  TN: [['Tunis'], ['تونس']],
  AF: [['Kabul'], ['أفغانستان', 'كابول']],
  PK: [['Islamabad'], ['باكستان', 'إسلام آباد']],
  IN: [['New Delhi'], ['الهند', 'نيودلهي']],
  JP: [['Tokyo'], ['اليابان', 'طوكيو']],
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
  GB: [['British'], ['بريطاني']],
  FR: [['French'], ['فرنسي']],
  DE: [['German'], ['ألماني']],
  IL: [['Israeli'], ['إسرائيلي']],
  UA: [['Ukrainian'], ['أوكراني']],
  TR: [['Turkish'], ['تركي']],
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
  IN: [['Indian'], ['هندي']],
  VN: [['Vietnamese'], ['فيتنامي']],
  BY: [['Belarusian'], ['بيلاروسي']],
  JP: [['Japanese'], ['ياباني']],
  TW: [['Taiwanese'], ['تايواني']],
  KW: [['Kuwaiti'], ['كويتي']],
  BH: [['Bahraini'], ['بحريني']],
  OM: [['Omani'], ['عماني']],
  LY: [['Libyan'], ['ليبي']],
  SD: [['Sudanese'], ['سوداني']],
  MA: [['Moroccan'], ['مغربي']],
  DZ: [['Algerian'], ['جزائري']],
  TN: [['Tunisian'], ['تونسي']],
  AF: [['Afghan'], ['أفغاني']],
  IT: [['Italian'], ['إيطالي']],
  ES: [['Spanish'], ['إسباني']],
  CA: [['Canadian'], ['كندي']],
  AU: [['Australian'], ['أسترالي']],
  NL: [['Dutch'], ['هولندي']],
  PL: [['Polish'], ['بولندي']],
  BR: [['Brazilian'], ['برازيلي']],
  VE: [['Venezuelan'], ['فنزويلي']],
  CU: [['Cuban'], ['كوبي']],
};
/** Names too ambiguous to match as written (Chad is a given name, Jersey is in New Jersey, Georgia a US state). */
const SKIP_EN = new Set(['Chad', 'Jersey', 'Georgia']);
const SKIP_AR = new Set(['عمان']); // Oman or Amman: written alike without diacritics

const abbreviation = (n) => /^[A-Z.]+$/.test(n);
const lines = ['# Countries and territories: ISO 3166-1 codes with English and Arabic names.',
  '# Generated by scripts/gen-countries.js from i18n-iso-countries (MIT); do not edit by hand.', 'entities:'];
const q = (s) => JSON.stringify(s);
for (const code of Object.keys(countries.getNames('en')).sort()) {
  const en = countries.getName(code, 'en', { select: 'all' }) ?? [];
  const ar = countries.getName(code, 'ar', { select: 'all' }) ?? [];
  const full = en.filter((n) => !abbreviation(n));
  const name = COMMON[code] ?? [...full].sort((a, b) => a.split(' ').length - b.split(' ').length || a.length - b.length)[0] ?? en[0];
  const [moreEn, moreAr] = ALIASES[code] ?? [[], []];
  const aliasesEn = [...new Set([name, ...en, ...moreEn])].filter((n) => !SKIP_EN.has(n) || moreEn.includes(n));
  const aliasesAr = [...new Set([...ar, ...moreAr])].filter((n) => !SKIP_AR.has(n) || moreAr.includes(n));
  lines.push(`  - {id: ${code}, type: location, name: ${q(name)}, name_ar: ${q(ar[0] ?? moreAr[0] ?? name)}, source: i18n-iso-countries,`);
  const [demEn, demAr] = DEMONYMS[code] ?? [[], []];
  const dem = demEn.length || demAr.length ? `,\n     demonyms: {en: [${demEn.map(q).join(', ')}], ar: [${demAr.map(q).join(', ')}]}` : '';
  lines.push(`     aliases: {en: [${aliasesEn.map(q).join(', ')}], ar: [${aliasesAr.map(q).join(', ')}]}${dem}}`);
}
writeFileSync(new URL('../src/resources/kb/countries.yaml', import.meta.url), lines.join('\n') + '\n');
console.log(`countries: ${Object.keys(countries.getNames('en')).length} written`);
