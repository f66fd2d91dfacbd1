/** Knowledge-base entities: threat actors from the MISP import, context aliases, canonical names across languages. */
import { describe, expect, it } from 'vitest';
import { extractText, processDocument } from '../src/index.js';
import { Registry, languageExtractors } from '../src/extractors/registry.js';
import { loadKb, loadLanguage } from '../src/resources/index.js';

const ents = (text: string, lang: 'ar' | 'en') =>
  extractText(text, { lang }).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)]);
/** Each entity as `type:name`. */
const typed = (text: string, lang: 'ar' | 'en') => ents(text, lang).map(([t, n]) => `${t}:${n}`);
/** An English text's entities of a type, each with the rule of its first mention. */
const namedBy = (text: string, type: string) =>
  extractText(text, { lang: 'en' }).entities.filter((e) => e.type === type).map((e) => [e.name, e.mentions[0].rule.split('/').pop()]);

describe('English: a body\'s name joined by "and" after "the" and a nationality', () => {
  it('the nationality stays out, the two halves make one name (the Dutch Military Intelligence and Security Service)', () => {
    expect(typed('The Dutch Coastal Surveillance and Rescue Service (KRD) said on Tuesday that the radar was jammed.', 'en')).toEqual(['organization:Coastal Surveillance and Rescue Service']);
    // (a place before it stays its owner, as before: the US Cybersecurity and Infrastructure Security Agency)
    expect(typed('The US Cybersecurity and Infrastructure Security Agency said on Tuesday that the radar was jammed.', 'en')).toEqual(['location:United States', 'organization:CISA']);
  });
});

describe('English: the first word of a name a word before it introduced names the body alone later', () => {
  it('the health insurer Velmora Mutual … Velmora said: one body, and it speaks', () => {
    const text = 'Hackers stole the records of customers of the health insurer Velmora Mutual. Velmora said it welcomed the arrests.';
    expect(ents(text, 'en')).toEqual([['organization', 'Velmora Mutual', ['Velmora Mutual', 'Velmora']]]);
    const r = extractText(text, { lang: 'en' });
    expect(r.quotes.map((q) => r.entities.find((e) => e.id === q.speaker)?.name)).toEqual(['Velmora Mutual']);
  });
});

describe('Arabic bodies named by a head in construct', () => {
  it('a head word in a verbal noun\'s shape after another head is the verbal noun in construct, part of the name (هيئة تنظيم الاتصالات)', () => {
    expect(typed('وقالت هيئة تنظيم الاتصالات إن الشبكة تعمل.', 'ar')).toEqual(['organization:هيئة تنظيم الاتصالات']);
    // (a head of a name's own shape after another head stays its own name's: مجلس إدارة الشركة is no council's name)
    expect(typed('وقال مجلس إدارة الشركة إن الأرباح تراجعت.', 'ar')).toEqual([]);
  });
});

describe('Arabic: a body\'s name with two definite words joined by و', () => {
  it('a nisba after the second (جهاز الاستخبارات والأمن الداخلي) makes the pair one name\'s; a state\'s nationality there does not', () => {
    expect(typed('وقال جهاز الاستخبارات والأمن الداخلي الفنلندي إن الشبكة اخترقت.', 'ar')).toEqual(['organization:جهاز الاستخبارات والأمن الداخلي الفنلندي']);
    expect(typed('وقالت هيئة الموانئ والجيش الإسرائيلي إن الشبكة اخترقت.', 'ar')).not.toContain('organization:هيئة الموانئ والجيش الإسرائيلي');
  });
});

describe('Arabic: a relative date after a body\'s name', () => {
  it('ends the name (هيئة الرقابة المالية | العام الماضي); العام alone after a name stays in it (هيئة الأمن العام)', () => {
    expect(typed('وفرضت هيئة الرقابة المالية العام الماضي غرامة على المصرف.', 'ar')).toEqual(['organization:هيئة الرقابة المالية']);
    expect(typed('وقالت هيئة الأمن العام إن القضية مغلقة.', 'ar')).toEqual(['organization:هيئة الأمن العام']);
  });
});

describe('Arabic: a ministry named without its head word', () => {
  it('needs a state\'s nationality or three words: الخارجية الأمريكية is the State Department, قوات الأمن الداخلي no Homeland Security', () => {
    expect(typed('وقالت الخارجية الأمريكية إن الشبكة اخترقت.', 'ar')).toEqual(['organization:US Department of State']);
    expect(typed('وقالت قوات الأمن الداخلي إن الشبكة اخترقت.', 'ar')).toEqual([]);
  });
});

describe('Arabic: a known body of two definite words followed by an adjective', () => {
  it('an adjective naming no state makes it another body (الحزب الديمقراطي التقدمي is no Democratic Party); its own state\'s nationality keeps it', () => {
    expect(typed('وقال الحزب الديمقراطي التقدمي إن الانتخابات نزيهة.', 'ar')).not.toContain('organization:Democratic Party');
    expect(typed('وقال الحزب الديمقراطي الاجتماعي إن الانتخابات نزيهة.', 'ar')).not.toContain('organization:Democratic Party');
    expect(typed('وقال الحزب الديمقراطي الأمريكي إن الانتخابات نزيهة.', 'ar')).toEqual(['organization:Democratic Party']);
  });
});

describe('groups named in quotation marks', () => {
  it('a comma or stop inside the closing mark is no part of the name, in both languages', () => {
    expect(typed('The attack was claimed by a group calling itself "Cyber Partisans of the North," which said it had access.', 'en')).toEqual(['threat_actor:Cyber Partisans of the North']);
    expect(typed('وأعلنت مجموعة تطلق على نفسها اسم "أنصار الشمال،" مسؤوليتها عن الهجوم.', 'ar')).toEqual(['threat_actor:أنصار الشمال']);
  });
});

describe('groups named after their phrase', () => {
  it('English: the name right after an actor\'s phrase ending in a group noun is a threat actor (the hacktivist group Desert Wolves, the hacking group Cyber Army of Russia); not a weekday, nor one word of the vocabulary', () => {
    expect(typed('The hacktivist group Desert Wolves claimed the attack.', 'en')).toEqual(['threat_actor:Desert Wolves']);
    expect(typed('The hacking group Cyber Army of Russia claimed the attack.', 'en')).toEqual(['threat_actor:Cyber Army of Russia']);
    expect(typed('The hacking group Monday said it stole the data.', 'en')).toEqual([]);
    expect(typed('The ransomware gang Leaders said it stole the data.', 'en')).toEqual([]);
  });
});

describe('place names that are common adjectives', () => {
  it('Arabic: مالي after a common noun with no article is the adjective (دعم مالي، عجز مالي), unless the article names Mali where it cannot be one', () => {
    expect(typed('وقدمت الحكومة دعم مالي كبير للشركات التي تعاني عجز مالي.', 'ar')).toEqual([]);
    expect(typed('وقدمت فرنسا دعم مالي للجيش في شمال مالي.', 'ar')).toEqual(['location:France', 'location:Mali']);
    expect(typed('ووصل الوفد إلى مالي، وقدم دعم مالي.', 'ar')).toEqual(['location:Mali']);
  });
});

describe('threat actors', () => {
  it('Arabic: a group\'s name spelled another way after a group word, the long vowels aside (مودي ووتر for مادي ووتر), and a group word with a proclitic (لمجموعة)', () => {
    expect(typed('ونسبت الشركة الهجوم إلى مجموعة "مودي ووتر".', 'ar')).toEqual(['threat_actor:MuddyWater']);
    expect(typed('وقالت الشركة إن البرنامج تابع لمجموعة لوك بيت.', 'ar')).toEqual(['threat_actor:LockBit']);
  });
  it('knows MISP aliases under the usual names (an APT number, else MITRE\'s, else Microsoft\'s), in English and Arabic', () => {
    expect(ents('Researchers tied Fancy Bear, also called APT28, to the attack.', 'en')).toEqual([
      ['threat_actor', 'APT28', ['Fancy Bear', 'APT28']],
    ]);
    expect(ents('وقالت الشركة إن مجموعة كوتون ساندستورم وراء الهجوم.', 'ar')).toEqual([
      ['threat_actor', 'Cotton Sandstorm', ['كوتون ساندستورم']],
    ]);
  });

  it('takes an ordinary-word alias only near an actor word or in quotes', () => {
    expect(ents('The group Phosphorus targeted officials.', 'en')).toEqual([['threat_actor', 'APT35', ['Phosphorus']]]);
    expect(ents('Phosphorus is used in fertilizer. Lead prices rose and Platinum fell.', 'en')).toEqual([]);
    // (a verb of a hostile act nearby anchors it too, the name without its article: the Shadow Brokers leaked the tools)
    expect(ents('In 2017 the Shadow Brokers leaked the tools online.', 'en')).toEqual([['threat_actor', 'Shadow Brokers', ['Shadow Brokers']]]);
    expect(ents('The Shadow Brokers is the title of a new thriller.', 'en')).toEqual([]);
    // (an alias two groups share stays with the group whose own MITRE or MISP cluster bears it: Kimsuky)
    expect(ents('Kimsuky phished diplomats in Seoul.', 'en')).toEqual([['threat_actor', 'APT43', ['Kimsuky']], ['location', 'Seoul', ['Seoul']]]);
    // (Microsoft's name for a group stays the group's though another cluster lists it too; an alias MITRE ATT&CK lists
    // under one group only goes to that group: scripts/gen-threat-actors.js)
    expect(ents('Diamond Sleet compromised the supplier.', 'en')).toEqual([['threat_actor', 'Lazarus Group', ['Diamond Sleet']]]);
    expect(ents('The FBI tied the tool to HIDDEN COBRA hackers.', 'en').filter(([t]) => t === 'threat_actor')).toEqual([['threat_actor', 'Lazarus Group', ['HIDDEN COBRA']]]);
    // (a name of three words the source writes run together is known written apart too, SyrianElectronicArmy; and by
    // the Arabic the project keeps for it)
    expect(typed('The Syrian Electronic Army defaced the site.', 'en')).toEqual(['threat_actor:Deadeye Jackal']);
    expect(typed('وأعلن الجيش السوري الإلكتروني مسؤوليته عن اختراق الموقع.', 'ar')).toEqual(['threat_actor:Deadeye Jackal']);
    expect(ents('وأطلقت الشركة على المجموعة اسم "الفسفور".', 'ar')).toEqual([['threat_actor', 'APT35', ['الفسفور']]]);
    expect(ents('يستخدم الفسفور في صناعة الأسمدة.', 'ar')).toEqual([]);
  });

  it('knows ransomware operations, in both languages; an ordinary-word name needs an actor word in its own sentence', () => {
    expect(ents('The LockBit ransomware gang claimed the attack.', 'en')).toEqual([['threat_actor', 'LockBit', ['LockBit']]]);
    expect(ents('أعلنت عصابة الفدية لوك بت مسؤوليتها عن الهجوم.', 'ar')).toEqual([['threat_actor', 'LockBit', ['لوك بت']]]);
    expect(ents('The Hive ransomware gang was dismantled. Play resumes at noon.', 'en')).toEqual([['threat_actor', 'Hive', ['Hive']]]);
  });

  it('a surname alone joins the known person who bears it in the article, unless two do', () => {
    expect(ents('President Bill Clinton spoke. Clinton said he would return.', 'en')).toEqual([['person', 'Bill Clinton', ['Bill Clinton', 'Clinton']]]);
    expect(ents('Bill Clinton and Hillary Clinton met. Clinton said.', 'en').map(([, n]) => n)).toEqual(['Bill Clinton', 'Hillary Clinton', 'Clinton']);
  });

  it("links a group's one-word Latin name written in Arabic letters, set off as a group's name, to that actor however short (ar/entity/kb-latin-spelling)", () => {
    // (after a group word and a naming phrase, after a group word alone, in quotation marks; the later mentions with
    // their proclitics too: ولسيدنيت)
    const m = (text: string) => ents(text, 'ar').filter(([t]) => t === 'threat_actor').map(([, n, ms]) => `${n}:${ms.join('/')}`);
    expect(m('قال الباحثون إن جماعة تدعى سيدنيت تتبع الحكومة الروسية. وجرى تحميل سيدنيت المسؤولية، ولسيدنيت سجل طويل.')).toEqual(['APT28:سيدنيت/سيدنيت/سيدنيت']);
    expect(m('وأكدت الشركة أن مجموعة وينتي نفذت الهجوم.')).toEqual(['APT41:وينتي']);
    expect(m('ونسب التقرير الحملة إلى "وينتي" في الربيع.')).toEqual(['APT41:وينتي']);
    // (not in running text, where a word may spell a name by chance; not a word no actor's name is, فالكون)
    expect(m('وقال إن سيدنيت نفذت الهجوم.')).toEqual([]);
    expect(m('ونشرت مجموعة تدعى فالكون بيانا.').filter((x) => !x.endsWith(':فالكون'))).toEqual([]);
  });

  it('a party by its name in both languages, not its members (the Democrats, الديمقراطيين), as neither language lists them', () => {
    const orgs = (text: string, lang: 'ar' | 'en') => ents(text, lang).filter(([t]) => t === 'organization').map(([, n, m]) => `${n}:${m.join('/')}`);
    expect(orgs('وقال الحزب الديمقراطي إن الجمهوريين والديمقراطيين اتفقوا.', 'ar')).toEqual(['Democratic Party:الحزب الديمقراطي']);
    expect(orgs('The Democratic Party said Republicans and Democrats agreed.', 'en')).toEqual(['Democratic Party:Democratic Party']);
  });

  it("links a long word that spells a place's Latin name letter for letter, vowels written, to that place (غوانتانامو: Guantanamo; ar/entity/kb-latin-spelling)", () => {
    const places = (text: string) => extractText(text, { lang: 'ar' }).entities.filter((e) => e.type === 'location').map((e) => `${e.name}:${e.mentions.map((m) => m.text).join('/')}`);
    expect(places('ونقل المعتقلون إلى غوانتانامو، ثم زار الوفد فولغوغراد. ولغوانتانامو تاريخ طويل.')).toEqual(['Guantanamo:غوانتانامو/غوانتانامو', 'Volgograd:فولغوغراد']);
    // (not a word with a letter of a sound only Arabic writes, which spell Latin names by chance: يعيشون is no Yichun; nor
    // one that needs unwritten vowels, كاتانغا is no Chattanooga; nor a short one)
    expect(places('وهم يعيشون في إقليم كاتانغا منذ سنوات.')).toEqual(['كاتانغا:كاتانغا']); // (the province by its place word)
  });

  it('links a place the knowledge base writes with other long vowels or no space to it (كراكاس، نيو جيرسي; ar/entity/kb-place-spelling)', () => {
    const places = (text: string) => extractText(text, { lang: 'ar' }).entities.filter((e) => e.type === 'location').map((e) => `${e.name}:${e.mentions.map((m) => m.text).join('/')}`);
    expect(places('وصل الوفد إلى كراكاس أمس، ثم سافر إلى نيو جيرسي ووصل لاحقا بميشيغن.')).toEqual(['Caracas:كراكاس', 'New Jersey:نيو جيرسي', 'Michigan:ميشيغن']);
    // (not a place's nisba in the accusative, an adjective: كاتبا فرنسيا، فنانا أمريكيا)
    expect(places('التقى كاتبا فرنسيا وفنانا أمريكيا في المعرض.')).toEqual([]);
    // (a city CLDR names in Arabic, بارناول, in another spelling; not an Arabic verb or verbal noun with a place's letters
    // less its vowels: أمسك is no Omsk, تماسك no Tomsk)
    expect(places('وتنحدر الكاتبة من بارنول في سيبيريا.')).toEqual(['Barnaul:بارنول', 'Siberia:سيبيريا']);
    expect(places('وبعد أن أمسك الحارس الكرة أشاد المدرب بتماسك الفريق.')).toEqual([]);
  });

  it('links a foreign name spelled otherwise in Arabic to the knowledge base by its consonant skeleton (ar/entity/kb-spelling)', () => {
    // (a long vowel left out, a space inside a transcribed name, a Latin-only alias written in Arabic letters)
    expect(ents('وقال فلاديمير بوتن إن بلاده بريئة.', 'ar')).toEqual([['person', 'Vladimir Putin', ['فلاديمير بوتن']]]);
    expect(typed('ونسبت الشركة الهجمات إلى مجموعة دراغون فلاي.', 'ar')).toEqual(['threat_actor:Dragonfly']);
    // (a person only by a run that opens with a given name; ordinary words, a proclitic on one, or a conjunction
    // inside the run never sound like a name: فرغم إعلان، خشية وتقربا)
    expect(ents('وقال المسؤول فرغم إعلان الحكومة عن الخطة فإن الأزمة مستمرة خشية وتقربا من الناخبين.', 'ar')).toEqual([]);
    // (a name the knowledge base knows as one word ends there after a title: الرئيس ترامب | حدوث)
    expect(ents('وينفي الرئيس ترامب حدوث أي خلاف.', 'ar')).toEqual([['person', 'Donald Trump', ['ترامب']]]);
    // (a group's name of five consonant classes only right after a group word, in quotation marks or not)
    expect(typed('واتهم التقرير جماعة "فانسي باير" بالهجوم.', 'ar')).toEqual(['threat_actor:APT28']);
    expect(ents('وقال فانسي باير إن الطقس جميل.', 'ar').filter(([t]) => t === 'threat_actor')).toEqual([]);
    // (one word alone names a group set off as a name: in quotation marks or after a group word; not in running text)
    expect(typed('ونسب الباحثون الحملة إلى "دراغونفلاي" في تقريرهم.', 'ar')).toEqual(['threat_actor:Dragonfly']);
    expect(ents('ونسب الباحثون الحملة إلى دراغونفلاي في تقريرهم.', 'ar').filter(([t]) => t === 'threat_actor')).toEqual([]);
    // (a و before a long vowel inside the run writes a W, no conjunction: ووتش; the generic head before it joins the
    // name where the knowledge base writes it so, منظمة هيومن رايتس ووتش)
    expect(ents('وأصدرت منظمة هيومان رايتس ووتش تقريرا عن السجون.', 'ar')).toEqual([['organization', 'Human Rights Watch', ['منظمة هيومان رايتس ووتش']]]);
    expect(ents('وأصدرت هيومان رايتس ووتش تقريرا عن السجون.', 'ar')).toEqual([['organization', 'Human Rights Watch', ['هيومان رايتس ووتش']]]);
    // (a short name, letter for letter less its long vowels, opening with a given name: تريزا ماي for تيريزا ماي; not
    // when a word of it is an ordinary one, على for علي)
    expect(ents('وقالت رئيسة الوزراء البريطانية تريزا ماي إن بلادها سترد.', 'ar').map(([t, n, m]) => `${t}:${n}:${m.join('/')}`)).toEqual(['person:Theresa May:تريزا ماي']);
    expect(ents('ووقع محمد على كلاي العقد أمس.', 'ar').filter(([, n]) => n === 'Muhammad Ali')).toEqual([]);
  });

  it('a company\'s name before a product word or a lettered model code is the product (Microsoft Exchange, Airbus A321), not before a score', () => {
    expect(ents('The attackers used Microsoft Exchange servers and flew on an Airbus A321 jet.', 'en')).toEqual([]);
    expect(ents('Microsoft Exchange was patched, Microsoft said.', 'en')).toEqual([['organization', 'Microsoft', ['Microsoft']]]);
  });

  it('a knowledge-base name matches in its other spellings (Center/Centre; الإلكتروني/السيبراني) and by its Arabic name, not a title before it', () => {
    expect(ents('The National Cyber Security Center said so.', 'en')).toEqual([['organization', 'National Cyber Security Centre', ['National Cyber Security Center']]]);
    expect(ents('وقال المركز الوطني للأمن الإلكتروني إنه يحقق.', 'ar')).toEqual([['organization', 'National Cyber Security Centre', ['المركز الوطني للأمن الإلكتروني']]]);
    // (القومية and الوطنية both write "national")
    expect(ents('وقالت اللجنة القومية للحزب الديمقراطي إنها تحقق.', 'ar')).toEqual([['organization', 'Democratic National Committee', ['اللجنة القومية للحزب الديمقراطي']]]);
    // (Co-operation with and without its hyphen; a state body's alias with the state's short form before it)
    expect(ents('The Organisation for Security and Cooperation in Europe sent monitors.', 'en').map(([, n]) => n)).toContain('OSCE');
    expect(ents('The US Justice Department charged two men.', 'en').map(([, n, m]) => [n, m])).toContainEqual(['US Department of Justice', ['US Justice Department']]);
  });

  it('Arabic: a knowledge-base acronym is known spelled out letter by letter (إن إس إيه: NSA; جي آر يو: GRU)', () => {
    expect(ents('وقالت وكالة إن إس إيه إن جهاز جي آر يو يقف وراء الهجوم.', 'ar').map((e) => e[1])).toEqual(['National Security Agency', 'GRU']);
    // (two letters are too few: إن أو is "that or")
    expect(ents('وقال إن أو لم يقل شيئا.', 'ar')).toEqual([]);
    // (with a point after each letter, spaced or not: جي.آر.يو، إن. إس. إيه.)
    expect(ents('وقالت وكالة إن. إس. إيه. إن جهاز جي.آر.يو يقف وراء الهجوم.', 'ar').map((e) => e[1])).toEqual(['National Security Agency', 'GRU']);
    // (a group's code name, letters and a number: إيه بي تي 35 for APT35, no figure)
    const r = extractText('وتسميها شركات أخرى "إيه بي تي 35" أو مجموعة إيه بي تي 28.', { lang: 'ar' });
    expect(r.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['APT35', ['إيه بي تي 35']],
      ['APT28', ['إيه بي تي 28']],
    ]);
    // (A written أي too, as in أي بي سي for ABC)
    expect(ents('ونسبت الشركة الهجوم إلى "أي بي تي 41".', 'ar').map((e) => e[1])).toEqual(['APT41']);
    expect(r.figures).toEqual([]);
  });

  it("a state's body is known with the state's possessive or adjective before its generic name (Iran's Ministry of Intelligence, Russia's Foreign Ministry), and such a name after 'and' is no complement of the name before", () => {
    expect(typed("Russia's Foreign Ministry denied it, as did the Ministry of Foreign Affairs of Iran.", 'en')).toEqual([
      'organization:Ministry of Foreign Affairs of Russia',
      'location:Russia',
      'organization:Ministry of Foreign Affairs of Iran',
      'location:Iran',
    ]);
    expect(typed("Russia's Ministry of Foreign Affairs and Iran's Foreign Ministry met.", 'en')).toEqual([
      'organization:Ministry of Foreign Affairs of Russia',
      'location:Russia',
      'organization:Ministry of Foreign Affairs of Iran',
      'location:Iran',
    ]);
    // (not a generic name that opens a longer one of the body: the Iranian Ministry of Intelligence and Security)
    expect(ents('The Iranian Ministry of Intelligence and Security spoke.', 'en').find((e) => e[0] === 'organization')?.[2]).toEqual(['Ministry of Intelligence and Security']);
  });

  it('Arabic: a group named in a relative clause on its noun (العصابة، التي تطلق على نفسها اسم "X") is a threat actor the knowledge base need not know', () => {
    expect(typed('ومنحت العصابة، التي تطلق على نفسها اسم "شادو لوك"، المستشفى مهلة 72 ساعة.', 'ar')).toEqual(['threat_actor:شادو لوك']);
  });

  it('Arabic: a group word with a proclitic that is an ordinary word of its own (وجهة نظر) sets off no name after it', () => {
    expect(ents('وقال إن هذه وجهة نظر الحكومة في الهجوم الإلكتروني.', 'ar')).toEqual([]);
  });

  it('a camel-case name is known with its first capital only too (Youtube, Linkedin), not in lower case', () => {
    expect(ents('The clip was posted on Youtube and shared on Linkedin.', 'en').map((e) => e[1])).toEqual(['YouTube', 'LinkedIn']);
    expect(ents('He watched youtube videos all night.', 'en')).toEqual([]);
  });

  it('knows a country by the short form Arabic news writes of its formal name (التشيك, الكونغو الديمقراطية)', () => {
    expect(ents('وقعت التشيك اتفاقا للتعاون الأمني مع الكونغو الديمقراطية.', 'ar')).toEqual([
      ['location', 'Czech Republic', ['التشيك']],
      ['location', 'Democratic Republic of the Congo', ['الكونغو الديمقراطية']],
    ]);
    expect(ents('زار الوفد الدومينيكان ثم أفريقيا الوسطى.', 'ar').map((e) => e[1])).toEqual(['Dominican Republic', 'Central African Republic']);
    // (and a country named by two parts by its first part alone: Bosnia, البوسنة)
    expect(ents('The envoy flew from Bosnia to Trinidad on Monday.', 'en').map((e) => e[1])).toEqual(['Bosnia and Herzegovina', 'Trinidad and Tobago']);
    expect(ents('وصل المبعوث إلى البوسنة أمس.', 'ar').map((e) => e[1])).toEqual(['Bosnia and Herzegovina']);
  });

  it('knows office holders of the states the news is about by their English name in both scripts; a shared surname alone only once they are named', () => {
    expect(ents('وقالت ماريا زاخاروفا إن موسكو لم تتدخل، ورد جيمس كومي على ذلك.', 'ar').filter((e) => e[0] === 'person')).toEqual([
      ['person', 'Maria Zakharova', ['ماريا زاخاروفا']],
      ['person', 'James Comey', ['جيمس كومي']],
    ]);
    // Mueller is a common surname: alone it is Robert Mueller only in an article that names him
    expect(ents('Robert Mueller filed the report. Mueller declined to comment.', 'en')).toEqual([['person', 'Robert Mueller', ['Robert Mueller', 'Mueller']]]);
    expect(ents('The keeper Henrik Mueller saved twice.', 'en').map((e) => e[1])).not.toContain('Robert Mueller');
  });

  it('an acronym defined after a name the knowledge base knows is that entry (Google\'s Threat Analysis Group (TAG) ... TAG)', () => {
    expect(ents('Analysts at the Threat Analysis Group (TAG) saw the campaign. TAG said it had warned users.', 'en')).toEqual([
      ['organization', 'Google Threat Analysis Group', ['Threat Analysis Group', 'TAG', 'TAG']],
    ]);
  });

  it('knows security vendors, agencies and outlets of the domain by one name in both scripts', () => {
    expect(ents('وقالت شركة بروف بوينت إن وكالة تسنيم نشرت الخبر.', 'ar').map((e) => e[1])).toEqual(['Proofpoint', 'Tasnim News Agency']);
    expect(ents('Proofpoint said Tasnim News Agency ran the story.', 'en').map((e) => e[1])).toEqual(['Proofpoint', 'Tasnim News Agency']);
  });

  it('Arabic: a known name is matched with عبد or أبو written joined to the next word or apart (given-names.compound_openers)', () => {
    expect(ents('وقال الرئيس عبدالفتاح السيسي إن الوضع مستقر.', 'ar')).toEqual([['person', 'Abdel Fattah el-Sisi', ['عبدالفتاح السيسي']]]);
    expect(ents('وصل الوفد إلى أبو ظبي ثم إلى أبوظبي.', 'ar')).toEqual([['location', 'Abu Dhabi', ['أبو ظبي', 'أبوظبي']]]);
    // (and a word written either way, organizations.name_variants: سانت/سان)
    expect(ents('وصل الوفد إلى سان بطرسبرغ ثم إلى سانت بطرسبرغ.', 'ar')).toEqual([['location', 'St. Petersburg', ['سان بطرسبرغ', 'سانت بطرسبرغ']]]);
  });

  it('gives the same canonical name in both languages', () => {
    const en = extractText('Microsoft said Iran denied it.', { lang: 'en' }).entities.map((e) => e.name);
    const ar = extractText('وقالت مايكروسوفت إن إيران نفت ذلك.', { lang: 'ar' }).entities.map((e) => e.name);
    expect(ar).toEqual(en);
  });

  it('knows public figures of culture, sport and history in both languages, a surname that is a common word only once anchored', () => {
    const en = extractText('Pope Benedict XVI met Bill Gates and Diego Maradona.', { lang: 'en' }).entities.map((e) => e.name);
    const ar = extractText('والتقى البابا بنديكت السادس عشر بيل غيتس ودييغو مارادونا.', { lang: 'ar' }).entities.map((e) => e.name);
    expect(en).toEqual(['Pope Benedict XVI', 'Bill Gates', 'Diego Maradona']);
    expect(ar).toEqual(en);
    // (لولا is also "were it not for": Lula alone counts only after his full name)
    expect(extractText('لولا الدعم لما نجح المشروع.', { lang: 'ar' }).entities).toEqual([]);
    expect(extractText('وفاز لولا دا سيلفا بالانتخابات، وقال لولا إنه سعيد.', { lang: 'ar' }).entities.map((e) => [e.name, e.mentions.length])).toEqual([['Luiz Inácio Lula da Silva', 2]]);
    // (a person's title right before such a surname anchors it too, with a nationality between in Arabic)
    expect(extractText('وقال الرئيس الأمريكي بوش إن المحادثات مفيدة.', { lang: 'ar' }).entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['George W. Bush', ['بوش']]]);
    expect(extractText('On Monday President Bush said the talks were useful.', { lang: 'en' }).entities.map((e) => e.name)).toEqual(['George W. Bush']);
    expect(extractText('The bush fire spread, and Bush Road was closed.', { lang: 'en' }).entities.map((e) => e.name)).not.toContain('George W. Bush');
    // (and so does a verb that puts a speaker's name next to it; the person is then the bare surname elsewhere too)
    expect(extractText('ورفض بوش التعليق. وقال بوش إن المحادثات مفيدة.', { lang: 'ar' }).entities.map((e) => [e.name, e.mentions.length])).toEqual([['George W. Bush', 2]]);
    expect(extractText('Bush declined to comment. Later Bush said the talks were useful.', { lang: 'en' }).entities.map((e) => [e.name, e.mentions.length])).toEqual([['George W. Bush', 2]]);
    expect(extractText('ورفض بوش التعليق.', { lang: 'ar' }).entities).toEqual([]);
    // (an Arabic person's name goes on past the knowledge base's form with a particle and a name, not a kinship noun)
    expect(extractText('واستقبل الملك سلمان بن عبدالعزيز آل سعود الوفد.', { lang: 'ar' }).entities.map((e) => e.mentions[0].text)).toEqual(['سلمان بن عبدالعزيز آل سعود']);
    expect(extractText('والتقى صدام حسين ابن عمه في بغداد.', { lang: 'ar' }).entities.map((e) => e.mentions[0].text)).toContain('صدام حسين');
    // (brackets and quotes, which mark a group's name, do not anchor a person's: a text on lions names no Assad)
    expect(extractText('ومن سلالاته ( الأسد الهندي ) و« الأسد » الأفريقي.', { lang: 'ar' }).entities.map((e) => e.name)).not.toContain('Bashar al-Assad');
  });
});

describe('organizations the knowledge base lacks', () => {
  const orgs = (text: string, lang: 'ar' | 'en') =>
    extractText(text, { lang }).entities.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => m.text).join(' / '));

  it('Arabic: a head made definite, a nisba and a complement in لل is a body\'s full name; the head and nisba alone, or before a purpose, are not', () => {
    expect(orgs('وأعلن المركز الإقليمي للدراسات المائية والبيئية أمس أن الجفاف اشتد، وقال الاتحاد العربي للمكتبات إن المؤتمر تأجل.', 'ar')).toEqual([
      'المركز الإقليمي للدراسات المائية والبيئية',
      'الاتحاد العربي للمكتبات',
    ]);
    expect(orgs('وقال البنك المركزي إن الفائدة سترتفع، ودعا البنك المركزي للعمل على خفض التضخم.', 'ar')).toEqual([]);
    // (ل + ال written لل keeps its ل, a cut that is not clean; و is cut: one body)
    expect(orgs('وقال الاتحاد العربي للمكتبات إن الدعم وصل للاتحاد العربي للمكتبات أمس، وللاتحاد العربي للمكتبات فروع.', 'ar')).toEqual(['الاتحاد العربي للمكتبات / للاتحاد العربي للمكتبات / للاتحاد العربي للمكتبات']);
    // (a relative pronoun or a title after the complement is no part of the name)
    expect(orgs('ونشر المعهد الوطني للأرصاد الذي تأسس قبل عقود تقريرا، واجتمع الاتحاد الدولي للرياضيين والعقيد سالم.', 'ar')).toEqual(['المعهد الوطني للأرصاد', 'الاتحاد الدولي للرياضيين']);
  });

  it('Arabic: a group\'s code name in Arabic letters and its number, after a hyphen or a space, is that group (ستورم-0558: Storm-0558)', () => {
    expect(typed('وقالت الشركة إن مجموعة "ستورم-0558" اخترقت البريد، وإن ستورم 0558 ما زالت نشطة.', 'ar')).toEqual(['threat_actor:Antique Typhoon']);
    // (a number the knowledge base gives no code name of that word is none)
    expect(typed('وقالت الشركة إن مجموعة "ستورم-9999" اخترقت البريد.', 'ar')).toEqual([]);
  });

  it('Arabic: a state\'s ministry by its feminine nisba (الخارجية الصينية، وزارة الدفاع الروسية) is named as English names it; not an office (وزيرة الدفاع الفرنسية), not a sector (الطاقة الأمريكية)', () => {
    expect(typed('ونفت الخارجية الصينية الاتهامات، وقالت وزارة الدفاع الروسية إن الهجوم فشل.', 'ar')).toEqual([
      'organization:Chinese Ministry of Foreign Affairs',
      'organization:Russian Ministry of Defence',
    ]);
    // (the knowledge base's body where it has one: the State Department)
    expect(typed('وأرسل الطلب للخارجية الأمريكية.', 'ar')).toEqual(['organization:US Department of State']);
    expect(typed('وقالت وزيرة الدفاع الفرنسية جين دو إن منشآت الطاقة الأمريكية تعرضت لهجوم.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
  });

  it('Arabic: a company\'s ordinary-word name needs its quotation marks, not hacker words near it (شركات اتصالات: telecoms, not Etisalat)', () => {
    expect(typed('وقال مسؤولون إن قراصنة اخترقوا شبكات تسع شركات اتصالات على الأقل.', 'ar')).toEqual([]);
    expect(typed('وقال مسؤولون إن قراصنة اخترقوا شبكة شركة "اتصالات" الإماراتية.', 'ar')).toEqual(['organization:Etisalat']);
  });

  it('Arabic: an indefinite nationality after a head is no name, though folding its alef makes it look definite (شركة ألمانية: a German company)', () => {
    expect(orgs('وقالت شركة ألمانية تدير مستشفيات إن الهجوم فشل، وقالت وزارة الخارجية الألمانية إنها تتابع القضية.', 'ar')).toEqual(['وزارة الخارجية الألمانية']);
  });

  it('English: a unit\'s ordinal number opens its name (the 73rd Signals Research Center); a number is no part of one', () => {
    expect(orgs('Officers of the 73rd Signals Research Center ran the operation, and 3 Regional Command officers helped.', 'en')).toEqual(['73rd Signals Research Center', 'Regional Command']);
  });

  it('English: the first word of a body\'s name alone is its short form, unless the article writes it in lower case too (cyber)', () => {
    expect(orgs('The Cyber Defence Command warned of cyber attacks on Monday. Later, Cyber officials said the risk was high.', 'en')).toEqual(['Cyber Defence Command']);
    expect(orgs('The Kestrel Defence Command warned of attacks on Monday. Later, Kestrel officials said the risk was high.', 'en')).toEqual(['Kestrel Defence Command / Kestrel']);
    // (nor a title, which opens offices as well as names: the Attorney General is no short form of General Tarrow Industries)
    expect(orgs('General Tarrow Industries said its plant was hit. The Attorney General said charges would follow.', 'en')).toEqual(['General Tarrow Industries']);
  });

  it('English: capitalized names with a head word, complements kept, places and second names split off', () => {
    // (two words joined by 'and' before a head are one name when 'the' opens it; not two names, nor a place before 'and')
    expect(orgs('The Food and Drug Administration approved it, the Wool and Leather Board agreed, the US and Canada Council met, and Acme and Tolmar Group sued.', 'en')).toEqual(['Food and Drug Administration', 'Wool and Leather Board', 'Canada Council', 'Tolmar Group']);
    // (up to three words before 'and', a title among them)
    expect(orgs('The Coastal Intelligence and Security Service said so, and the General Mapping and Survey Office agreed.', 'en')).toEqual(['Coastal Intelligence and Security Service', 'General Mapping and Survey Office']);
    // (not past a place or a nationality: the US's agency the knowledge base knows keeps its name)
    expect(orgs('Officials at the US Cybersecurity and Infrastructure Security Agency said so.', 'en')).toEqual(['Cybersecurity and Infrastructure Security Agency']);
    expect(orgs('Members of the Senate Armed Services Committee met the Foreign Affairs Committee of the House of Representatives.', 'en')).toEqual([
      'Senate Armed Services Committee',
      'Foreign Affairs Committee',
      'House of Representatives',
    ]);
    expect(orgs('A fellow at the Institute for Global Health of Geneva spoke to the National Association of County Clerks.', 'en')).toEqual([
      'Institute for Global Health',
      'National Association of County Clerks',
    ]);
    // (two head phrases with nothing between are one name; a comma between keeps two)
    expect(orgs('The Coastal Data Network Incident Response Team said so, and the Harbor Trust Bank, Lindell Shipping Group agreed.', 'en')).toEqual([
      'Coastal Data Network Incident Response Team',
      'Harbor Trust Bank',
      'Lindell Shipping Group',
    ]);
  });

  it('English: a company named by a person\'s role next to it (Velmore threat hunter Ann Lee; chief executive of Quarry Cyber; analyst Tom Hale of Halvikon)', () => {
    expect(orgs('Velmore threat hunter Ann Lee said the flaw was old. Ruth Gray, CEO of Quarry Cyber, agreed, and analyst Tom Hale of Halvikon disagreed.', 'en')).toEqual(['Velmore', 'Quarry Cyber', 'Halvikon']);
    // (not a nationality, a place, a given name or an ordinary word: Yet analyst ..., French spokesman ...)
    expect(orgs('Yet analyst Tom Hale disagreed. French spokesman Paul Roy and Jordan spokesman Sam Dee spoke.', 'en')).toEqual([]);
    // (a name's last word the article also writes in lower case: cyber policies ... Quarry Cyber)
    expect(orgs('Premiums for cyber policies rose, said Ruth Gray, CEO of Quarry Cyber, on Monday.', 'en')).toEqual(['Quarry Cyber']);
  });

  it('English: a possessive ends a complement of a body\'s name: the owner and the owned are two bodies (the University of Toronto\'s Citizen Lab)', () => {
    expect(orgs("Researchers at the University of Toronto's Citizen Lab and the University of Leeds's Business School said they found it.", 'en')).toEqual([
      'University of Toronto',
      'Citizen Lab',
      'University of Leeds',
      'Business School',
    ]);
  });

  it('English: a place with its possessive before a role is the state\'s (Hungary\'s government spokesman), no company; a company\'s possessive is none of its name', () => {
    expect(typed("Hungary's government spokesman Zoltan Kovacs dismissed the report, and Velmore's threat hunter Ann Lee agreed.", 'en')).toEqual([
      'location:Hungary',
      'person:Zoltan Kovacs',
      'organization:Velmore',
      'person:Ann Lee',
    ]);
  });

  it('English: News ends an outlet\'s name as an organization head (resource organizations.heads)', () => {
    expect(orgs('The attack was first reported by the Harlow Valley News on Monday.', 'en')).toEqual(['Harlow Valley News']);
  });

  it("English: a place's plural possessive with a bare apostrophe (the Netherlands', the United States') is no part of the body's name after it", () => {
    expect(typed("The Netherlands' Coastal Security Service said the ports were probed.", 'en')).toEqual(['location:Netherlands', 'organization:Coastal Security Service']);
  });

  it('English: an acronym in brackets after a name stands for it there and later, its small words\' initials counted or not (DOE, DoD, NASS)', () => {
    const r = extractText('The Department of Energy (DOE) and the Office of Coastal Defense (OoCD) met. DOE said so, and OoCD agreed.', { lang: 'en' });
    expect(r.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Department of Energy', ['Department of Energy', 'DOE', 'DOE']],
      ['Office of Coastal Defense', ['Office of Coastal Defense', 'OoCD', 'OoCD']],
    ]);
  });

  it("English: an acronym of three capitals or more in brackets that the English name does not spell, the body's own language's, stands for it too (PST, BfV); one the knowledge base knows (UK) does not", () => {
    const r = extractText('The Coastal Security Service (KSV) said the ports were probed. KSV chief Anna Berg said more. The Federal Office for Grid Safety (BnS) agreed.', { lang: 'en' });
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Coastal Security Service', ['Coastal Security Service', 'KSV', 'KSV']],
      ['Federal Office for Grid Safety', ['Federal Office for Grid Safety', 'BnS']],
    ]);
    expect(typed('The Joint Grid Office (UK) said the ports were probed.', 'en')).toEqual(['organization:Joint Grid Office', 'location:United Kingdom']);
  });

  it('no name inside a web address, an e-mail address or a handle (@JPS_CTI, press@velmore.com, twitter.com/Velmore)', () => {
    expect(typed('Researcher Ann Lee (@JPS_CTI) wrote to press@Velmore.com and posted at https://twitter.com/Velmore/status/1 that the Velmore Group was hit.', 'en')).toEqual([
      'person:Ann Lee',
      'organization:Velmore Group',
    ]);
  });

  it('English: initials of an organization the article names stand for it (Fernley Airways ... FA), not a word in capitals (IT)', () => {
    const r = extractText('Fernley Airways cut fares. FA said the Irish Tourism board (IT) agreed. IT is fine, FA added.', { lang: 'en' });
    const fa = r.entities.find((e) => e.name === 'Fernley Airways');
    expect(fa?.mentions.map((m) => `${m.text} ${m.rule}`)).toEqual(['Fernley Airways en/entity/org-head', 'FA en/entity/initials', 'FA en/entity/initials']);
  });

  it('English: Force heads a body (the Harbour Cyber Mission Force ... HCMF), Forces does not (the Armed Forces)', () => {
    const r = extractText("The Harbour Cyber Mission Force said the files were fake. The HCMF team posted samples, and the Armed Forces of Velmoria stayed silent.", { lang: 'en' });
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.map((m) => `${m.text} ${m.rule}`)])).toEqual([
      ['Harbour Cyber Mission Force', ['Harbour Cyber Mission Force en/entity/org-head', 'HCMF en/entity/initials']],
    ]);
  });

  it("English: a company's unit after the company's possessive is named with its owner (Microsoft's Threat Research Team: Microsoft Threat Research Team); a state's is not", () => {
    const r = extractText("Microsoft's Threat Research Team found the flaw, and the Threat Research Team said Estonia's Cyber Defence Council agreed.", { lang: 'en' });
    expect(r.entities.filter((e) => e.type === 'organization' && !e.kb).map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Microsoft Threat Research Team', ['Threat Research Team', 'Threat Research Team']],
      ['Cyber Defence Council', ['Cyber Defence Council']],
    ]);
  });

  it("English: a state's ministry in lower case after its nationality or possessive (the Iranian foreign-ministry, Russia's defence ministry)", () => {
    const orgs = (text: string) => extractText(text, { lang: 'en' }).entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.kb ?? null, e.mentions.map((m) => `${m.text} ${m.rule}`)]);
    expect(orgs('A Brazilian foreign-ministry spokesman denied it on Monday.')).toEqual([['Brazilian Ministry of Foreign Affairs', null, ['Brazilian foreign-ministry en/entity/state-ministry']]]);
    expect(orgs("Russia's defence ministry said the drones were downed.")).toEqual([['Russian Ministry of Defence', null, ['defence ministry en/entity/state-ministry']]]);
    // (the knowledge base's body where it writes the nationality and the form: Russian Foreign Ministry)
    expect(orgs('The Russian foreign ministry denied the claims.')).toEqual([['Ministry of Foreign Affairs of Russia', 'russian-foreign-ministry', ['Russian foreign ministry en/entity/state-ministry']]]);
    // (not without a state, nor after a word that names none)
    expect(orgs('The foreign ministry and the local health ministry said so.')).toEqual([]);
  });

  it('English: a head with a possessive ends the name there (the Marlow Group\'s servers)', () => {
    expect(orgs("Police seized the Marlow Group's servers on Monday.", 'en')).toEqual(['Marlow Group']);
    // (and a head that ends its sentence, its full stop in the word)
    expect(orgs('The hackers also breached the Lindqvist Parliament.', 'en')).toEqual(['Lindqvist Parliament']);
    expect(orgs('Police seized the Marlow Group’s servers on Monday.', 'en')).toEqual(['Marlow Group']);
  });

  it('English: a place right after a head is its complement (University of Yangon); after another complement it is where the body is', () => {
    expect(ents('Roads to the University of Yangon and the Rubber Board of India were closed.', 'en').map(([t, , m]) => `${t}:${m[0]}`)).toEqual(['organization:University of Yangon', 'location:Yangon', 'organization:Rubber Board of India', 'location:India']);
    expect(ents('The Institute for Global Health of Geneva said so.', 'en').map(([t, , m]) => `${t}:${m[0]}`)).toEqual(['organization:Institute for Global Health', 'location:Geneva']);
  });

  it('English: an acronym given after a name joins it, wherever the article uses it; an unexplained one is its own', () => {
    expect(orgs('The National Association of County Clerks (NACC) met. Later NACC said it would act; the NBA did not.', 'en')).toEqual([
      'National Association of County Clerks / NACC / NACC',
      'NBA',
    ]);
  });

  it('English: an unknown acronym is an organization; common abbreviations, roman numerals, datelines and capital lines are not', () => {
    expect(orgs('The PKK and the ICFTU met. The CEO said GDP grew on TV. Louis XIV and World War II. BAMAKO, Mali - Officials met.', 'en')).toEqual(['PKK', 'ICFTU']);
    // (an unknown acronym in a line of capitals is no name; a known league is: NHL is in the knowledge base)
    expect(orgs('QRL ICE HOCKEY RESULTS', 'en')).toEqual([]);
    expect(orgs('NHL ICE HOCKEY RESULTS', 'en')).toEqual(['NHL']);
  });

  it('English: the names of a score or standings line are teams, a country stays a place, a ranked line lists people', () => {
    // (the sports pages' rules run on sports text only: three sports words, here soccer, league and match; genre.ts)
    expect(typed('soccer league match results\nBarcelona 3 Real Betis 1\nFeyenoord 17 11 3 3 29 20 36\nJapan 1 1 0 0 2 1 3\n5. Korneilus Hole ( Norway ) 23.92', 'en')).toEqual([
      'organization:Barcelona',
      'organization:Real Betis',
      'organization:Feyenoord',
      'location:Japan',
      'person:Korneilus Hole',
      'location:Norway',
    ]);
    expect(ents('Wheat 121 130 121.3 121\nTotal ( 49.2 overs ) 172', 'en')).toEqual([]);
    // (a number glued to a word by a hyphen is no score: a headline is no table)
    expect(typed('RUGBY - NORWAY EDGE LATVIA IN UNDER-19 FINAL .', 'en')).toEqual(['location:Norway', 'location:Latvia']);
  });

  it('English: initials and a name, a name and a country in brackets, a given name and a title-word surname are people', () => {
    expect(typed('M. Waugh and K.J. Matthew batted. Renate Goetschl ( Austria ) won; Goetschl led. John Major said so. Ferries left N. Ireland for St. Louis.', 'en')).toEqual([
      'person:M. Waugh',
      'person:K.J. Matthew',
      'person:Renate Goetschl',
      'location:Austria',
      'person:John Major',
      'location:N. Ireland',
      'location:St. Louis',
    ]);
    // (a first word that is a given name as well as a place is the given name: Florence Masnada ( France ))
    expect(typed('Florence Masnada ( France ) was fourth.', 'en')).toEqual(['person:Florence Masnada', 'location:France']);
  });

  it('English: a known place joined to other capitalized words is an organization, or a place by its head or modifier', () => {
    // (an invented reinsurer: Munich Re is in the knowledge base now, its place nested in it as GOLD.md wants)
    expect(typed('Atletico Madrid beat Lisbon Re in Tahrir Square, Central Africa.', 'en')).toEqual([
      'organization:Atletico Madrid',
      'organization:Lisbon Re',
      'location:Tahrir Square',
      'location:Central Africa',
    ]);
    // a word the article writes in lower case, a title, a given name, a sentence's first word before US: not a name
    expect(typed('PHILADELPHIA (AP) – Senior US officials gather.', 'en')).toEqual(['location:Philadelphia', 'organization:Associated Press', 'location:United States']);
    expect(typed('Senior US officials met. Iran Talks resumed and the talks went on. Texas Governor spoke. Jordan Henderson scored. He lives in Illinois. Without it, nothing.', 'en')).toEqual([
      'location:United States',
      'location:Iran',
      'location:Texas',
      'person:Jordan Henderson',
      'location:Illinois',
    ]);
    // (but a name the article writes twice as it is keeps such a word: Air Norway ... air travel)
    expect(typed('Air Norway staff walked out. Unions said air travel would suffer, and Air Norway cancelled flights.', 'en')).toEqual(['organization:Air Norway']);
    expect(typed('Air Norway staff walked out. Unions said air travel would suffer.', 'en')).toEqual(['location:Norway']);
    expect(typed('Iran Talks resumed, and the talks went on in Iran.', 'en')).toEqual(['location:Iran']);
  });

  it('English: a weekday or month after a name is not part of it; a headline in capitals is not a name', () => {
    expect(orgs('The UK Department of Transport on Friday said the Senate Banking Committee met in May.', 'en')).toEqual([
      'UK Department of Transport',
      'Senate Banking Committee',
    ]);
    expect(orgs('CZECH VICE-PM SEES WIDER DEBATE AT PARTY', 'en')).toEqual([]);
  });

  it('English: a nationality opening an organization\'s name is no short form of it (Czech Social Democrats ... Czech politics)', () => {
    const got = ents('The Czech Social Democratic Party won. Czech politics changed.', 'en').filter(([t]) => t === 'organization').map(([, , m]) => m);
    expect(got).toEqual([['Czech Social Democratic Party']]);
    // (nor an adjective of a people or a faith the lists lack: Flemish, Islamic)
    const more = ents('The Flemish Savings Bank and the Islamic Relief Agency met. Flemish voters and Islamic scholars came.', 'en').filter(([t]) => t === 'organization').map(([, , m]) => m);
    expect(more).toEqual([['Flemish Savings Bank'], ['Islamic Relief Agency']]);
  });

  it('English: a research unit named by its head (Research, Team) is an organization, not a person (Hunter is a given name)', () => {
    expect(ents('Researchers at Falcon Shield Research said the group was active. The Threat Hunter Team at the firm agreed.', 'en')).toEqual([
      ['organization', 'Falcon Shield Research', ['Falcon Shield Research']],
      ['organization', 'Threat Hunter Team', ['Threat Hunter Team']],
    ]);
  });

  it('English: a company named by its suffix is named later by its first word alone, a generic first word is not', () => {
    expect(orgs('Newmont Mining Corp bid for the mine. Analysts said Newmont would win.', 'en')).toEqual(['Newmont Mining Corp / Newmont']);
    expect(orgs('National Australia Bank lent more. National said nothing.', 'en')).toEqual(['National Australia Bank']);
    // (a company the knowledge base knows by that name: the first word alone is the known company too, not one of its own)
    expect(ents('The spyware was built by NSO Group, a report said. NSO said it sells only to states.', 'en')).toEqual([
      ['organization', 'NSO Group', ['NSO Group', 'NSO']],
    ]);
  });

  it('English: a lone head or a sentence-start word is not a name', () => {
    expect(orgs('The Committee met on Monday. In Congress, nothing moved.', 'en')).toEqual(['Congress']);
    expect(orgs('Officials said the committee would meet.', 'en')).toEqual([]);
    // (nor a quantifier that opens a sentence: the function words' determiners; Such is a surname too and is not one)
    expect(orgs('Several Coalition members agreed. Various Tolmar Group staff left. Many Harlan Party voters stayed home.', 'en')).toEqual(['Tolmar Group', 'Harlan Party']);
    expect(typed('The bowler Peter Such took four wickets.', 'en')).toContain('person:Peter Such');
    // (a nationality adjective opens no person's name: Rwandan Hutu, Rwandan officials)
    expect(typed('Rwandan Hutu militias crossed the border, and Rwandan officials said so.', 'en')).not.toContainEqual(expect.stringMatching(/^person:/));
    // (a state's armed forces are no organization's name, GOLD.md: Forces is no head; a named force is the knowledge base's)
    expect(orgs('The Armed Forces of Belvania and the Northern Special Forces said the Syrian Democratic Forces withdrew.', 'en')).toEqual(['Syrian Democratic Forces']);
  });

  it('Arabic: an indefinite head with definite words, a quoted name; a definite head with a nisba alone is no name', () => {
    expect(orgs('وقال حزب العمال الكردستاني إن مجلس الأمن الدولي سيجتمع.', 'ar')).toEqual(['حزب العمال الكردستاني', 'مجلس الأمن الدولي']);
    // (الحزب الاشتراكي: a definite head with a nisba is as often a description (the Socialist party of the story) as a
    // name; the rule that took it (org-definite) cost F1 on both Arabic development sets and was removed)
    expect(orgs('ونشرت شركة "بلو ستار" تقريرا، وانتقد الحزب الاشتراكي الخطة.', 'ar')).toEqual(['بلو ستار']);
  });

  it('Arabic: a description before a name, or an indefinite adjective, is not a name', () => {
    expect(orgs('فضحت شركة التكنولوجيا العملاقة مايكروسوفت المحاولة.', 'ar')).toEqual(['مايكروسوفت']);
    expect(orgs('وتعمل شركة كبيرة مع لجنة انتخابية محلية.', 'ar')).toEqual([]);
  });
});

describe('words that look like names', () => {
  it('a head phrase around a known name and what the body does (شركة إيسيت للأمن السيبراني) is that name', () => {
    expect(ents('وقالت شركة إيسيت للأمن السيبراني إن البرمجية جديدة.', 'ar')).toEqual([['organization', 'ESET', ['إيسيت']]]);
    // (a company's line of business only: a body's office with its own purpose is a body of its own)
    expect(ents('وقال مكتب الأمم المتحدة للمخدرات والجريمة إن العصابة نشطة.', 'ar').map(([type, name]) => `${type}:${name}`)).toEqual(['organization:مكتب الأمم المتحدة للمخدرات والجريمة']);
  });

  it('an ambiguous name counts once the article anchors it (قناة الجزيرة ... الجزيرة), not as a phrase of its own', () => {
    expect(ents('قالت قناة الجزيرة إن مراسلها وصل. وأضافت الجزيرة أن الوضع هادئ. وزار الوفد الجزيرة العربية.', 'ar')).toEqual([
      ['organization', 'Al Jazeera', ['الجزيرة', 'الجزيرة']], // (the head قناة is left out, as in حركة حماس)
      ['location', 'Arabian Peninsula', ['الجزيرة العربية']], // (the peninsula, not the channel)
    ]);
    expect(ents('عادت الطائرات إلى القاعدة مساء أمس.', 'ar')).toEqual([]);
    expect(ents('وأعلن القصر أن الملكة وصلت، وأن الرئيس أكد الخبر.', 'ar')).toEqual([]);
    expect(typed('تبنى تنظيم القاعدة الهجوم، وقالت القاعدة إنها ستواصل.', 'ar')).toEqual(['organization:Al-Qaeda']);
  });

  it('Arabic: a kunya or family word before a given name is part of the name', () => {
    expect(typed('قتل أبو مصعب الزرقاوي في العراق. وقال أبو محمد، المتحدث باسم القطاع، إن الوضع هادئ.', 'ar')).toEqual(['person:Abu Musab al-Zarqawi', 'location:Iraq', 'person:أبو محمد']);
  });

  it('Arabic: a verbal noun or a feminine or plural form after a given name is no surname; a nisba is', () => {
    expect(ents('وقال حسين التقرير واضح. والتقى عبدالله التميمي بالوفد. وقال أحمد الانتخابات.', 'ar')).toEqual([
      ['person', 'عبدالله التميمي', ['عبدالله التميمي']],
    ]);
  });

  it('Arabic: an office named by its head and definite words, then the name, is a title (وزير الخارجية الأمريكي كولن باول)', () => {
    expect(ents('وقال وزير الخارجية الأمريكي وارن كريستوفر إن الوضع صعب. وأكد وزير الدفاع أن الجيش مستعد.', 'ar')).toEqual([
      ['person', 'Warren Christopher', ['وارن كريستوفر']],
    ]);
  });

  it('a three-letter name takes no ك and no ف + preposition before it (كمين is an ambush, not ك + مين), but بمصر and ولقطر are Egypt and Qatar', () => {
    expect(ents('وقتل ثلاثة جنود في كمين، وأنتج المخرج فلمين.', 'ar')).toEqual([]);
    expect(ents('وصل الوفد بمصر ثم توجه ولقطر.', 'ar').map(([, n]) => n)).toEqual(['Egypt', 'Qatar']);
  });

  it('May, Will, أمن and الأمن are not entities', () => {
    expect(ents('In May, officials will meet. Will it work? May be.', 'en')).toEqual([]);
    expect(ents('الأمن مهم جدا، وقال مسؤول أمن الانتخابات إن الوضع جيد.', 'ar')).toEqual([]);
  });
});

describe('a place by its head word (en/entity/place-head)', () => {
  it('English: a head, "of" and a name is the place (the Port of Sohar, the Bay of Bengal); a possessive before the head is its owner, no word of it', () => {
    expect(typed("Hackers shut Oman's Port of Sohar and ships waited in the Bay of Bengal.", 'en')).toEqual(['location:Oman', 'location:Port of Sohar', 'location:Bay of Bengal']);
    // (a head alone after a possessive names no place)
    expect(typed("Crews left Oman's Port after the storm.", 'en')).toEqual(['location:Oman']);
  });
  it("a company whose name is an everyday word is named by a speech verb right after it (Zoom said), not by the word alone", () => {
    expect(typed('Zoom said it had patched the flaw, and Orange said its network was safe.', 'en')).toEqual(['organization:Zoom', 'organization:Orange']);
    expect(typed('They ate an orange and used zoom lenses.', 'en')).toEqual([]);
  });
  it("a city that is also a club's short name is the city outside a sports story, whatever hacker words stand near it", () => {
    expect(typed('Hackers hit a hospital in Hamburg on Monday, police said.', 'en')).toEqual(['location:Hamburg']);
    expect(typed('اخترق قراصنة مستشفى في هامبورغ يوم الاثنين.', 'ar')).toEqual(['location:Hamburg']);
  });
});

describe('places and people the knowledge base lists', () => {
  it("Arabic: a state by its formal name, a word for a state and its adjectives, one of them the state's (ar/entity/state-formal-name)", () => {
    const at = (text: string) => ents(text, 'ar').map(([t, n, m]) => `${t}:${n}:${m.join('|')}`);
    expect(at('وقالت الجمهورية العربية السورية إن الحدود مغلقة.')).toEqual(['location:Syria:الجمهورية العربية السورية']);
    expect(at('وهددت الجمهورية الإسلامية الإيرانية بالرد.')).toEqual(['location:Iran:الجمهورية الإسلامية الإيرانية']);
    // (a proclitic is cut off; ل + ال written لل stays, as GOLD.md keeps what cannot be cut cleanly)
    expect(at('وعاد السفير إلى البلاد التونسية ثم سافر وللمملكة المغربية حصة.')).toEqual(['location:Tunisia:البلاد التونسية', 'location:Morocco:للمملكة المغربية']);
    // (no state's adjective, or the word الدولة, which describes a state: no name)
    expect(at('وقال إن الجمهورية العربية قوية وإن الدولة اللبنانية ضعيفة.')).toEqual([]);
  });

  it('a name the knowledge base writes with an apostrophe is found with a curly one too (Lloyd’s, People’s), its mention as written', () => {
    expect(ents('Lloyd’s of London said the claim was paid.', 'en')[0]).toEqual(['organization', "Lloyd's of London", ['Lloyd’s of London']]);
    expect(typed('Officers of the People’s Liberation Army took part.', 'en')).toContain("organization:People's Liberation Army");
  });

  it('a capital is a place of its own in both languages, and a dateline in capitals is the same place', () => {
    expect(ents('PARIS (Reuters) - Officials in Paris said France would respond.', 'en')).toEqual([
      ['location', 'Paris', ['PARIS', 'Paris']],
      ['organization', 'Reuters', ['Reuters']],
      ['location', 'France', ['France']],
    ]);
    expect(ents('وقال مسؤولون في باريس إن فرنسا سترد.', 'ar')).toEqual([
      ['location', 'Paris', ['باريس']],
      ['location', 'France', ['فرنسا']],
    ]);
  });

  it('a denial by a capital: the capital denies as written (the dev gold\'s convention), the state it names is denied', () => {
    const r = extractText('ونفت طهران أي صلة لإيران بالهجمات.', { lang: 'ar' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name;
    expect(r.attributions.map((a) => [a.stance, name(a.attributed_to), name(a.claimed_by)])).toEqual([['denied', 'Iran', 'Tehran']]);
  });

  it('given names of many languages start a person name (Carole Montillet, Katja Seizinger), not common words', () => {
    expect(ents('Carole Montillet beat Katja Seizinger on Sunday.', 'en')).toEqual([
      ['person', 'Carole Montillet', ['Carole Montillet']],
      ['person', 'Katja Seizinger', ['Katja Seizinger']],
    ]);
    expect(ents('Will Power Station open? Grace Church did.', 'en').filter((e) => e[0] === 'person')).toEqual([]);
    // a party after a surname is not a second name (Wyman is also a given name)
    expect(ents('Kim Wyman spoke. Wyman Republican officials agreed.', 'en')).toEqual([['person', 'Kim Wyman', ['Kim Wyman', 'Wyman']]]);
  });

  it('English: a capitalized name right before "said" is a person when the article writes it after a first name; the Company, Police are not', () => {
    expect(ents('Albright said the talks would resume. The Company said no. Police said two died. Madeline Albright left.', 'en')).toEqual([['person', 'Madeline Albright', ['Albright', 'Madeline Albright']]]);
  });

  it('Arabic: the name after a speech verb and before إن/أن is a person; a noun (البيان، سكان) is not', () => {
    expect(ents('وقال ليبرمان إن الحكومة لن تتراجع. وأضاف الأعرجي أن القوات انسحبت.', 'ar').map((e) => [e[0], e[2]])).toEqual([
      ['person', ['ليبرمان']],
      ['person', ['الأعرجي']],
    ]);
    expect(ents('وقال البيان إن الهجوم فشل. وقال سكان إن الانفجار هز المدينة.', 'ar')).toEqual([]);
  });

  it('Arabic: the name after a speech verb and before the speaker\'s office in construct is a person; an office with no body after it is not enough', () => {
    expect(ents('وقال كاربوني فيرتي رئيس المرصد الوطني إن الهزة خفيفة.', 'ar').map((e) => [e[0], e[2]])).toContainEqual(['person', ['كاربوني فيرتي']]);
    expect(ents('وقال كاربوني فيرتي رئيس جديد للمرصد.', 'ar').filter((e) => e[0] === 'person')).toEqual([]);
  });

  it('Western names in Arabic script start a person name (خافيير سولانا، كوندوليزا رايس)', () => {
    expect(ents('التقى خافيير سولانا مع كوندوليزا رايس أمس.', 'ar').map((e) => e[2])).toEqual([['خافيير سولانا'], ['كوندوليزا رايس']]);
  });
});

describe('Latin script in Arabic articles', () => {
  it('a Latin name after a company word with a possessive on it (شركته) is the company', () => {
    expect(typed('واخترقوا حساب المدير وحساب شركته Velmore Capital Management أمس.', 'ar')).toEqual(['organization:Velmore Capital Management']);
    expect(typed('وتحدث المدير عن شركته أمس.', 'ar')).toEqual([]);
  });

  it('a Latin name after an organization head is the name alone; acronyms and names joined to one by و are organizations', () => {
    const found = ents('قررت شركة Zentrix سحب الأجهزة بعد إعلان مماثل من Orvano وZentrix، ونقلت وكالة QXN عن شركة Bolt.', 'ar');
    expect(found.map(([type, , m]) => [type, m])).toEqual([
      ['organization', ['Zentrix', 'Zentrix']],
      ['organization', ['Orvano']],
      ['organization', ['QXN']],
      ['organization', ['Bolt']],
    ]);
    // units, currencies and common abbreviations in capitals are not organizations
    expect(ents('بلغ الناتج GDP نحو 5 في المئة وسعر الصرف USD مستقر.', 'ar')).toEqual([]);
  });

  it('the Arabic press spells the Associated Press with or without the article', () => {
    expect(ents('نقلا عن الأسوشيتد برس، وبحسب أسوشتيد برس.', 'ar')).toEqual([['organization', 'Associated Press', ['الأسوشيتد برس', 'أسوشتيد برس']]]);
  });
});

describe('people on sports pages, by the shape of the line', () => {
  it('line-ups and cricket scorecards list people; standings with .778 and 8 1/2 list teams', () => {
    const text = [
      'soccer and cricket scoreboard',
      'Rovers : 1 - Tomas Kerwin , 2 - Ollie Brandt ( 12 - Sami Lehto 71 ) , 3 - Ruud Maas .',
      'Harbour City 2 ( Pellow 18th , Dragan Ilic 56th pen ) Kingsport 1 ( Moreau 30th ) .',
      'Tariq Mahmood c Dunmore b Falkner 59',
      'Bowling : Falkner 8-1-60-0 , Okafor 3-0-24-0',
      'SEATTLE 12 6 .667 -',
      'DENVER 7 9 .438 5 1/2',
    ].join('\n');
    const got = extractText(text, { lang: 'en' }).entities;
    const people = got.filter((e) => e.type === 'person').map((e) => e.name);
    // (scorers in brackets are no longer read as such: that sports-page rule added nothing on the development sets; a
    // two-word name among them is still a name)
    expect(people).toEqual(['Tomas Kerwin', 'Ollie Brandt', 'Sami Lehto', 'Ruud Maas', 'Dragan Ilic', 'Tariq Mahmood', 'Dunmore', 'Falkner', 'Okafor']);
    expect(got.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Harbour City', 'Kingsport', 'SEATTLE', 'DENVER']);
  });

  it('a fixtures line names teams; the place after AT is the venue, left to the other rules', () => {
    const got = ents('hockey league fixtures\nFRIDAY , DECEMBER 6\nHARBOUR CITY AT DENVER\nNY RANGERS AT KINGSPORT WOLVES\n', 'en').map(([t, , m]) => `${t}:${m.join('/')}`);
    // (DENVER is the knowledge base's place; an unknown venue is not read as a place any more: that rule added nothing on the development sets)
    expect(got).toEqual(['organization:HARBOUR CITY', 'location:DENVER', 'organization:NY RANGERS']);
    // (a sentence in prose is no fixtures line: Smith at Denver said)
    expect(ents('The coach at Denver said so.', 'en').map(([t]) => t)).toEqual(['location']);
  });

  it('a player\'s club in brackets is a team, a nation in brackets his country; a table name ending in a place head is a team', () => {
    const got = ents('soccer league season scorers\nScorers : Tom Hale ( Aberdeen ) 9 , Peter Nolan ( Leicester , England ) 7 , Ian Marsh ( Scotland ) 6\n', 'en');
    expect(got.filter(([t]) => t !== 'person').map(([t, , m]) => `${t}:${m.join('/')}`)).toEqual(['organization:Aberdeen', 'organization:Leicester', 'location:England', 'location:Scotland']);
    expect(ents('soccer league season standings\nRoss County 17 8 3 6 27 23 27\nAlloa 16 7 4 5 25 20 25\n', 'en').map(([t, , m]) => `${t}:${m[0]}`)).toEqual(['organization:Ross County', 'organization:Alloa']);
  });

  it('the same lines in a news story (fewer than three sports words) are no sports page: no teams, no line-up', () => {
    // (a table of figures in a business story: its names keep their own kinds, a city stays a place)
    const table = 'Barcelona 3 Kingsport 1\nAberdeen 17 11 3 3 29 20 36\n';
    expect(typed(`Quarterly figures by office:\n${table}`, 'en')).toEqual(['location:Barcelona', 'location:Aberdeen']);
    expect(typed(`soccer league match results\n${table}`, 'en')).toEqual(['organization:Barcelona', 'organization:Kingsport', 'organization:Aberdeen']);
    // (two sports words a news story may hold, a team and a goal, make no sports page: the aim and a response team)
    expect(typed(`The team's goal was clear.\n${table}`, 'en')).toEqual(['location:Barcelona', 'location:Aberdeen']);
    // (a line-up's shape: no line-up rule outside sports; the names may still be people by their given names)
    const rules = (t: string) => extractText(t, { lang: 'en' }).entities.flatMap((e) => e.mentions.map((m) => m.rule));
    expect(rules('Offices : 1 - Brandt Kerwin , 2 - Sami Lehto .')).not.toContain('en/entity/lineup-name');
    expect(rules('soccer and cricket fixtures\nRovers : 1 - Brandt Kerwin , 2 - Sami Lehto .')).toContain('en/entity/lineup-name');
  });

  it('a sentence in prose is no scorecard', () => {
    expect(extractText('The Senate voted 52-48 on Friday and Congress adjourned.', { lang: 'en' }).entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('a company by its web address, and the strategic regions', () => {
  it('a capitalized word ending in a web domain is the company (en/entity/web-name), not inside a web or mail address', () => {
    expect(typed('Listings on Realtor.com rose, Kestrelbay.io said; see www.Example.com or write to info@Example.com.', 'en')).toEqual([
      'organization:Realtor.com',
      'organization:Kestrelbay.io',
    ]);
  });
  it('a British royal is known by the title the press writes with the name; another monarch by the name without it', () => {
    expect(ents('وتحدثت الأميرة ديانا عن الألغام.', 'ar').map(([t, n, m]) => `${t}:${n}:${m.join('/')}`)).toEqual(['person:Diana, Princess of Wales:الأميرة ديانا']);
    expect(typed('Prince Harry met officials.', 'en')).toEqual(['person:Prince Harry']);
    expect(ents('واستقبل الملك فيليبي السادس الوفد.', 'ar').map(([t, n, m]) => `${t}:${n}:${m.join('/')}`)).toEqual(['person:Felipe VI:فيليبي السادس']);
  });
  it('Indo-Pacific and Asia-Pacific are places in both scripts', () => {
    expect(typed('Navies met in the Indo-Pacific and trade grew across Asia-Pacific.', 'en')).toEqual(['location:Indo-Pacific', 'location:Asia-Pacific']);
    expect(typed('وعززت البحرية وجودها في منطقة المحيطين الهندي والهادئ.', 'ar')).toEqual(['location:Indo-Pacific']);
  });
});

describe('organizations named in a list their kind heads (en/entity/list-member)', () => {
  const orgNames = (t: string) => namedBy(t, 'organization');
  it('each capitalized name of a list after a plural noun for organizations and "such as" or "including" is one, possessives, & and The included', () => {
    expect(orgNames('Regulators fined retailers listed in Oslo, such as Varnby, Kestrel’s, Holm & Dahl and The Brightwell Company, last year.')).toEqual([
      ['Varnby', 'list-member'],
      ['Kestrel’s', 'list-member'],
      ['Holm & Dahl', 'list-member'],
      ['The Brightwell Company', 'list-member'],
    ]);
    // (a name another rule knows keeps that rule's: the knowledge base's IBM)
    expect(orgNames('Suppliers including IBM and Varnby or Kestrel were named.')).toEqual([['IBM', 'kb-alias'], ['Varnby', 'list-member'], ['Kestrel', 'list-member']]);
  });
  it('not one name alone, not a list headed by another noun, not a lower-case list', () => {
    expect(orgNames('Companies such as Varnby said so.')).toEqual([]);
    expect(orgNames('Officials such as Varnby and Kestrel spoke.')).toEqual([]);
    expect(orgNames('Firms such as banks and insurers, including small ones, paid.')).toEqual([]);
  });
});

describe('a name after a word that introduces one (en/entity/org-name-head)', () => {
  it('takes a number right after it, before a stop, as part of it (Halcyon 360), not a year', () => {
    const orgs = (t: string) => extractText(t, { lang: 'en' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs('The report was published by the security firm Halcyon 360.')).toEqual(['Halcyon 360']);
    expect(orgs('The report was published by the security firm Halcyon in 2019.')).toEqual(['Halcyon']);
    expect(orgs('It was acquired by the security firm Halcyon 2019.')).toEqual(['Halcyon']);
  });
});

describe('places named in a list with places the knowledge base knows (en/entity/place-list)', () => {
  const places = (t: string) => namedBy(t, 'location');
  it('each name of a list of three or more it does not know is a place when two or more are its places and none another kind', () => {
    expect(places('Rebels shelled depots in Varnsby, Tolmar, Riyadh and Jeddah.')).toEqual([
      ['Varnsby', 'place-list'],
      ['Tolmar', 'place-list'],
      ['Riyadh', 'kb-alias'],
      ['Jeddah', 'kb-alias'],
    ]);
    // (not with one known place only, nor beside a known person or body, nor a given name first: people listed with places)
    expect(places('Depots in Varnsby, Tolmar and Riyadh burned.')).toEqual([['Riyadh', 'kb-alias']]);
    expect(places('Messi, Varnsby, Brazil and Argentina were praised.').map(([n]) => n)).toEqual(['Brazil', 'Argentina']);
    expect(places('Visitors came from Paris, Lyon and Daniel Varnsby.').map(([n]) => n)).toEqual(['Paris', 'Lyon']);
    // (a dateline's date after its places is no place: a month or a weekday)
    expect(places('SEATTLE, Washington, April 3 (Reuters) - Nobody came.').map(([n]) => n)).not.toContain('April');
    expect(places('Depots in Paris, Lyon, Tuesday and Varnsby burned.').map(([n]) => n)).toEqual(['Paris', 'Lyon', 'Varnsby']);
  });
});

describe('English organizations by their shape', () => {
  it('a complement\'s second half after "and" belongs to the name, unless it is a place or a known body', () => {
    const orgNames = (t: string) => extractText(t, { lang: 'en' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgNames('The Ministry of Fisheries and Coastal Affairs said the Standing Committee on Justice and Human Rights met.')).toEqual([
      'Ministry of Fisheries and Coastal Affairs',
      'Standing Committee on Justice and Human Rights',
    ]);
    expect(orgNames('The Ministry of Health and Microsoft signed a deal.')).toEqual(['Ministry of Health', 'Microsoft']);
    // (a head word may end the complement, Agency for Energy; the acronym after the name is its short form, also
    // when it spells the complement only: CIP)
    expect(ents('The State Service for Communications and Information Protection (CIP) said so, and CIP added more.', 'en')).toEqual([
      ['organization', 'State Service for Communications and Information Protection', ['State Service for Communications and Information Protection', 'CIP', 'CIP']],
    ]);
    // (a hyphened word's parts give their initials too)
    expect(ents('Spies hit the Global Anti-Fraud Bureau (GAFB) in May, and GAFB said so.', 'en')).toEqual([
      ['organization', 'Global Anti-Fraud Bureau', ['Global Anti-Fraud Bureau', 'GAFB', 'GAFB']],
    ]);
  });

  it('a state\'s abbreviation before capitalized words is an adjective (US Presidential Election), a known place joined to a name still a body (Atletico Madrid)', () => {
    const orgNames = (t: string) => extractText(t, { lang: 'en' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgNames('The US Presidential Election drew hackers to a US Bitcoin Mixer.')).toEqual([]);
    expect(orgNames('Fans of Atletico Madrid cheered.')).toEqual(['Atletico Madrid']);
  });

  it('a word with an inner capital next to a word that takes a company is one (en/entity/camel-name); malware and family names are not', () => {
    const orgNames = (t: string) => extractText(t, { lang: 'en' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgNames('A researcher at CloudVane said the file was odd, and TrellisSoft employees saw it.')).toEqual(['CloudVane', 'TrellisSoft']);
    expect(orgNames('The attackers deployed a wiper named GhostWipe, and StormLocker spread fast.')).toEqual([]);
    expect(extractText('Senator Amy McAllister said the DeMarco family agreed.', { lang: 'en' }).entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it("a nationality before a known body of its own state is left out; before another state's body of that name it makes a name", () => {
    const orgNames = (t: string) => extractText(t, { lang: 'en' }).entities.filter((e) => e.type === 'organization').map((e) => `${e.name}@${e.mentions[0].text}`);
    // (the knowledge base's Democratic Party is the United States'; a Malaysian one is another party)
    expect(orgNames('The Malaysian Democratic Party said the count was wrong.')).toEqual(['Malaysian Democratic Party@Malaysian Democratic Party']);
    expect(orgNames('The American Democratic Party said the count was wrong.')).toEqual(['Democratic Party@Democratic Party']);
    expect(orgNames('The Chinese Ministry of State Security denied it.')).toEqual(['Ministry of State Security@Ministry of State Security']);
  });
});

describe('Arabic organizations by their head', () => {
  it('a complement with لل belongs to the name, and a foreign name may follow a company or team word', () => {
    const found = ents('وأعلنت ذلك جماعة الإنقاذ الوطنية للتنمية والإعمار. وقال مصدر في شركة زيفرانو إن سائق فريق وليامز انسحب.', 'ar');
    expect(found.map(([, , m]) => m[0])).toEqual(['جماعة الإنقاذ الوطنية للتنمية والإعمار', 'زيفرانو', 'وليامز']);
    // (a relative or a nisba adjective may follow such a name: شركة زيفرانو التي، مركز كوبرتين اليهودي)
    expect(ents('وقال مصدر في شركة زيفرانو التي تدير المطار إن مركز كوبرتين اليهودي أغلق.', 'ar').map(([, , m]) => m[0])).toEqual(['زيفرانو', 'كوبرتين']);
    // (a complement in لل after such a name joins the head to it, also before إن, which opens what the body says)
    expect(ents('وقال معهد زيفرانو للتكنولوجيا إن الشبكة تعطلت.', 'ar').map(([, , m]) => m[0])).toEqual(['معهد زيفرانو للتكنولوجيا']);
  });

  it('وال joins another name, and adjectives or common nouns after a company word are no name', () => {
    expect(ents('وقالت منظمة التعاون الإقليمي والولايات المتحدة إن شركة نفط كبرى وشركة عملاقة ستشارك.', 'ar').map(([t, , m]) => `${t}:${m[0]}`)).toEqual([
      'organization:منظمة التعاون الإقليمي',
      'location:الولايات المتحدة',
    ]);
  });

  it("a known body's name followed by an adjective that names another body is that body (مجلس الأمن القومي), not the known one", () => {
    const names = (text: string) => ents(text, 'ar').map(([, n, m]) => `${n}:${m[0]}`);
    // (a state's National Security Council, with its state's adjective or not; ل before it as anywhere)
    expect(names('وقال مجلس الأمن القومي الأردني إن الهجوم فشل.')).toEqual(['مجلس الأمن القومي الأردني:مجلس الأمن القومي الأردني']);
    expect(names('ورفع التقرير لمجلس الأمن القومي في الأسبوع الماضي.').map((x) => x.split(':')[1])).toEqual(['مجلس الأمن القومي']);
    // (the United Nations' council, by its short or full name, and a known body before a describing adjective, stay known)
    expect(names('وأدان مجلس الأمن الهجوم.')).toEqual(['United Nations Security Council:مجلس الأمن']);
    expect(names('وأدان مجلس الأمن الدولي الهجوم.')).toEqual(['United Nations Security Council:مجلس الأمن الدولي']);
    expect(names('وقال تنظيم القاعدة الإرهابي إن الهجوم نجح.')).toEqual(['Al-Qaeda:تنظيم القاعدة']);
  });
});

describe('datelines', () => {
  it('a place in capitals before a date or an agency opens a wire story; a section heading does not', () => {
    const got = ents('KARVELLO , Norway 1996-12-06\nSOCCER - KORVEN WIN\nMOSTRAVI, Pakistan (Reuters) - Police said.', 'en');
    expect(got.filter(([t]) => t === 'location').map(([, n]) => n)).toEqual(['KARVELLO', 'Norway', 'MOSTRAVI', 'Pakistan']);
  });
});

describe('cue words for ambiguous names', () => {
  it('a word right before an ambiguous name makes it plain (مراسل الجزيرة، زعيم القاعدة), and so does a credit in brackets', () => {
    expect(ents('أفاد مراسل الجزيرة في غزة بأن زعيم القاعدة ظهر في تسجيل. ( الجزيرة - أرشيف )', 'ar').map(([t, n, m]) => `${t}:${n}:${m.length}`)).toEqual([
      'organization:Al Jazeera:2',
      'location:Gaza:1',
      'organization:Al-Qaeda:1',
    ]);
    expect(ents('زار الوفد الجزيرة في البحر وبنى القاعدة العسكرية.', 'ar')).toEqual([]);
  });
});

describe('a sports story', () => {
  it('Arabic: a known name after its generic head (حركة حماس، لوكالة فرانس برس) is mentioned as the name alone', () => {
    const r = extractText('وقال المتحدث باسم حركة حماس لوكالة فرانس برس إن الحركة لن توافق.', { lang: 'ar' });
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Hamas', ['حماس']],
      ['Agence France-Presse', ['فرانس برس']],
    ]);
    // a head that belongs to the name stays (وكالة الصحافة الفرنسية has no shorter alias)
    expect(ents('ونقلت وكالة الصحافة الفرنسية الخبر.', 'ar').map(([, , m]) => m)).toEqual([['وكالة الصحافة الفرنسية']]);
    // (ل with the article's ل is kept whole, GOLD.md: the cut is not clean; ل before a name with no article is cut)
    expect(ents('وقال الوزير للجزيرة إن الدعم للأمم المتحدة باق، ثم سافر لليبيا.', 'ar').map(([, , m]) => m)).toEqual([['للجزيرة'], ['للأمم المتحدة'], ['ليبيا']]);
    // (a body "affiliated with" another, التابع ل, is two names: the council and the United Nations)
    expect(typed('وقال مجلس الأمن التابع للأمم المتحدة إن العقوبات باقية.', 'ar')).toEqual(['organization:United Nations Security Council', 'organization:United Nations']);
  });

  it('English: a lower-case place word and "of" put an unknown place\'s name after them, and the name alone later is that place', () => {
    expect(typed('Troops shelled the Kurdish city of Varbil on Monday. Varbil lies in the north, near the village of Oster Kamp.', 'en')).toEqual([
      'location:Varbil',
      'location:Oster Kamp',
    ]);
    expect(extractText('Troops shelled the city of Varbil. Varbil fell.', { lang: 'en' }).entities[0].mentions.map((m) => m.rule)).toEqual(['en/entity/place-word', 'en/entity/place-short-form']);
    // (not a known name, a given name, a nationality or a word in lower case; not the name joined to another capitalized word)
    expect(typed('The state of emergency in the city of London ended; the town of Sarah and the port of Greek traders stayed calm.', 'en')).toEqual(['location:London']);
    expect(typed('They reached the town of Tavel Ridge Hotel.', 'en')).not.toContain('location:Tavel Ridge');
    // (a plural place word takes a list; a copula makes one word a place; so do ", <state>" and "near <known place>" after
    // a preposition)
    expect(typed('They worked in the mining towns of Varsk and Ostrel, and the cities of Berlin and Tolm.', 'en')).toEqual([
      'location:Varsk', 'location:Ostrel', 'location:Berlin', 'location:Tolm',
    ]);
    expect(typed('Varsk is a small mining settlement. Varsk mourns. Hale is a town councillor.', 'en')).toEqual(['location:Varsk']);
    expect(typed('Avocados grow in Tolmacan, Mexico, and she was seen in Velsen near Berlin, not in Mexico City.', 'en')).toEqual([
      'location:Tolmacan', 'location:Mexico', 'location:Velsen', 'location:Berlin', 'location:Mexico City',
    ]);
  });

  it('Arabic: a place word puts an unknown place\'s name after it (the name alone later is not taken: that rule went in the audit)', () => {
    const places = (text: string) => extractText(text, { lang: 'ar' }).entities.filter((e) => e.type === 'location').map((e) => e.mentions.map((m) => m.text));
    expect(places('وضرب الإعصار مقاطعة كوانغ تري ثم إقليم ماراندو، وزار المسؤولون قضاء الرميثة، وقالوا إن الرميثة تحتاج مساعدة.')).toEqual([
      ['كوانغ تري'],
      ['ماراندو'],
      ['الرميثة'],
    ]);
    // (a common noun, an adjective or a verb after a place word is no name: منطقة جزاء، قصر ملكي، مدينة متطورة، عاصمة شهدت)
    expect(places('وسدد من خارج منطقة جزاء الفريق، وصلى في قصر ملكي، وتريد بناء مدينة متطورة في عاصمة شهدت توترا، ومن ناحية أخرى قال.')).toEqual([]);
    // a first letter that is also a proclitic's stays when what follows it is no word of its own (ولاية بنتورا،
    // قصر بلمونتي); a preposition on a word, a known place or a noun's shape is the proclitic (منطقة بالقرب، ولاية لمدة)
    expect(places('ووصل الوفد إلى ولاية بنتورا ثم إلى قصر بلمونتي في محافظة الأنبار.')).toEqual([['بنتورا'], ['بلمونتي'], ['الأنبار']]);
    expect(places('وأقاموا في منطقة بالقرب من النهر خلال ولاية لمدة عامين، ثم في مدينة بمفردهم.')).toEqual([]);
    // (a word in ة after a place word in ة agrees with it, an adjective: منطقة عازلة، مدينة ساحلية; nor is a feminine past
    // افتعلت a name's second word: ارتبطت)
    expect(places('وأقاموا منطقة عازلة دائمة قرب مدينة ساحلية، ثم عادوا إلى ولاية كارونغا ارتبطت بالحدود.')).toEqual([['كارونغا']]);
    // (a one-word name after a direction, a prison or a detention camp is a place; after a direction it names no other mention)
    expect(places('وانفجرت قنبلة على بعد 40 كلم جنوب بوميرداس، ونقل المعتقلون إلى معتقل كوانتانيرو، ثم قال بوميرداس إنه بخير.')).toEqual([['بوميرداس'], ['كوانتانيرو']]);
    // (a foreign particle in a compound name takes the word after it; و and a long vowel open a foreign name)
    expect(places('وتحطمت الطائرة في منطقة سيرا دو بونتارا قرب مدينة وولفستاد.')).toEqual([['سيرا دو بونتارا'], ['وولفستاد']]);
  });

  it('Arabic: a date word or a participle that governs what follows ends a head phrase', () => {
    const orgNames = (t: string) => extractText(t, { lang: 'ar' }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgNames('بعد أن وافق مجلس النواب الخميس على القرار.')).toEqual(['مجلس النواب']);
    expect(orgNames('وأقيم الحفل في معهد الموسيقى العربية التابع لدار الأوبرا.')).toEqual(['معهد الموسيقى العربية']);
    expect(orgNames('وفاز اتحاد الرمثا المصنف بالدرجة الأولى.')).toEqual(['اتحاد الرمثا']);
    // (a head and one common noun describe a body, لجنة الدفاع، شركة الغاز; a ministry or a party so named is one)
    expect(orgNames('وقالت لجنة الدفاع إن شركة الغاز رفعت الأسعار، وردت وزارة الطاقة وحزب الاستقلال.')).toEqual(['وزارة الطاقة', 'حزب الاستقلال']);
    // (and so does a verbal noun: لجنة التحقيق، مركز الإجلاء; nor is a definite verbal noun after a paper's word a foreign
    // name: صحيفة الإعلان)
    expect(orgNames('وقالت لجنة التحقيق إن مركز الإجلاء امتلأ، ونشرت صحيفة الإعلان تقريرا.')).toEqual([]);
    // (a feminine nisba is no participle: هيئة الرقابة المالية في، the name goes on)
    expect(orgNames('وأبلغت الشركة هيئة الرقابة المالية في كندا بالحادث.')).toContain('هيئة الرقابة المالية');
    // (a descriptor ends the name, a complement in لل before a preposition is a purpose, a known place and a nisba join it)
    expect(orgNames('وخطب زعيم حزب الشعب الديمقراطي اليميني المتطرف في مؤتمر دعت إليه الولايات المتحدة والاتحاد الأوروبي للعمل على التهدئة.'))
      .toEqual(['حزب الشعب الديمقراطي', 'European Union']);
    expect(orgNames('وقال محافظ بنك هولندا المركزي يان سميت إن بنك بلجيكا المركزي يوافق.')).toEqual(['بنك هولندا المركزي', 'بنك بلجيكا المركزي']);
    // (a long foreign name in ا after a company or institute word, the institute's with its complement in لل, أن after it
    // opening what it announced; not an accusative: شركة جديدا)
    expect(orgNames('وأعلن معهد كوبرنسكا للبحوث أن شركة هيراكوتا ستموله، وقال إن شركة جديدا لن تنافس.')).toEqual(['معهد كوبرنسكا للبحوث', 'هيراكوتا']);
    expect(orgNames('وأعلن معهد كوبرنسكا أن شركة هيراكوتا ستموله.')).toEqual(['كوبرنسكا', 'هيراكوتا']);
    // (a title ends a head phrase, and a verbal noun after a centre word is no name: منظمة التعاون | السيد، مركز احتجاز)
    expect(orgNames('وقال مندوب منظمة التنمية العربية السيد كمال إن مركز احتجاز أغلق.')).toEqual(['منظمة التنمية العربية']);
    // (a quoted name after a word for a magazine, a channel or a company, and one joined to it by و)
    expect(orgNames('ونشرت مجلة " بيزنس تايم " التقرير، واشترى حصصا في شركتي " ألفا ميديا " و " نوفا سات "، وقال موقع " زيتا " إن الصفقة تمت.'))
      .toEqual(['بيزنس تايم', 'ألفا ميديا', 'نوفا سات', 'زيتا']);
    // (a relative after a definite head is no nisba, and a verbal noun heads nothing: المنظمة التي، بقيادة الفريق، إدارة الأعمال)
    expect(orgNames('وقالت المنظمة التي تأسست حديثا إنها درست إدارة الأعمال، وخرج المنتخب بقيادة الفريق الفني.')).toEqual([]);
  });

  it('Arabic: a place right after an event word names the event, not a place; elsewhere it is the place', () => {
    const types = (t: string) => extractText(t, { lang: 'ar' }).entities.map((e) => `${e.type}:${e.name}`);
    expect(types('وفازت اللاعبة ببطولة فرنسا المفتوحة للتنس.')).toEqual([]);
    expect(types('وفازت اللاعبة في فرنسا.')).toEqual(['location:France']);
    // (and جماعة heads a group's name: جماعة الجهاد)
    expect(types('وانشقت عنها جماعة الجهاد.')).toEqual(['organization:جماعة الجهاد']);
  });

  it('Arabic: in a sports story, a name after a part of a team or around a match verb is a team, wherever the story writes it', () => {
    const t = 'فاز الشعلة على شباب النخيل بهدفين في المباراة، وسدد مهاجم الشعلة كرة قوية، لكن حارس شباب النخيل تصدى لها، وكان الشعلة أفضل في الشوط الثاني، ثم هاجم لاعبو الفريق مرمى البرازيلي.';
    expect(ents(t, 'ar').filter(([ty]) => ty === 'organization').map(([, n, m]) => `${n}:${m.length}`)).toEqual(['الشعلة:3', 'شباب النخيل:2']);
    // (outside a sports story no team is read: مرمى is one word of it)
    expect(ents('وقال مدرب الشعلة إن الطقس بارد.', 'ar').filter(([ty]) => ty === 'organization')).toEqual([]);
  });

  it('English: in a sports story, the and a capitalized plural is a team, there and wherever the story writes it again', () => {
    const t = 'The Wolverines beat the Hornets 24-17 in the league on Sunday, and Wolverines coach Tom Reed praised the fans. The Italians were not in the match.';
    expect(ents(t, 'en').filter(([ty]) => ty === 'organization').map(([, n, m]) => `${n}:${m.length}`)).toEqual(['Wolverines:2', 'Hornets:1']);
    // (not outside a sports story, nor a plural the story also writes in lower case: the Games, games)
    expect(ents('The Wolverines were seen near the river.', 'en').filter(([ty]) => ty === 'organization')).toEqual([]);
    expect(ents('The Games drew fans to the stadium, and the games of the league went on.', 'en').filter(([ty]) => ty === 'organization')).toEqual([]);
  });

  it('English: in a sports story, a city before a player role after \'s, or after a match word, is its team; not where a game is played', () => {
    const t = 'Cagliari beat the league leaders on Sunday after a 1-0 win over Bergamo in the match. Bergamo \'s French midfielder Jean Roche was injured, and the team flew home from Bergamo.';
    const got = ents(t, 'en').map(([ty, n, m]) => `${ty}:${n}:${m.length}`);
    expect(got).toContain('organization:Bergamo:2');
    expect(got).toContain('location:Bergamo:1');
    // (a country or one of the kingdom's nations stays a place: against Wales)
    expect(ents('The coach said the match against Wales on Saturday was a goal-fest for the league.', 'en').map(([ty]) => ty)).toEqual(['location']);
  });

  it('reads a club named by its city as the club, in both languages; elsewhere the city is the city', () => {
    expect(typed('Barcelona beat Valencia 2-1 in the league on Sunday, and the striker scored twice.', 'en')).toEqual(['organization:FC Barcelona', 'organization:Valencia CF']);
    expect(typed('تعادل برشلونة مع فالنسيا في الدوري بهدف لكل فريق.', 'ar')).toEqual(['organization:FC Barcelona', 'organization:Valencia CF']);
    expect(typed('The summit was held in Barcelona.', 'en')).toEqual(['location:Barcelona']);
    expect(typed('عقدت القمة في برشلونة.', 'ar')).toEqual(['location:Barcelona']);
  });
});

describe('organizations after a word that introduces a name', () => {
  it('English: the capitalized words after firm, company, insurer … are an organization; not a place or a given name', () => {
    expect(ents('The loss was confirmed by blockchain analysis firm Ellipticon and the insurer Harbor Mutual.', 'en')).toEqual([
      ['organization', 'Ellipticon', ['Ellipticon']],
      ['organization', 'Harbor Mutual', ['Harbor Mutual']],
    ]);
    expect(ents('The company Paris had named was small.', 'en').map((e) => e[0])).not.toContain('organization');
    // (nor a weekday, a month or a lone letter: the safety agency Saturday launched; company N / A)
    expect(ents('The federal safety agency Saturday launched a campaign. Shares offered by company N / A.', 'en').map((e) => e[0])).not.toContain('organization');
  });
});

describe('bodies named for their state', () => {
  it('English: United States, U.S. and US forms of a body are one entity under the name GOLD.md uses', () => {
    expect(ents('The U.S. Department of Justice and the United States Department of State replied.', 'en')).toEqual([
      ['organization', 'US Department of Justice', ['U.S. Department of Justice']],
      // (the state named inside each body's name is an entity too: GOLD.md, Bangladesh in Bangladesh Bank)
      ['location', 'United States', ['U.S.', 'United States']],
      ['organization', 'US Department of State', ['United States Department of State']],
    ]);
  });
  it('a place the knowledge base knows inside a body\'s name is an entity of its own (place-in-name); not in a newspaper\'s name, and no speaker', () => {
    const r = extractText('A judge of the Superior Court of New Jersey ruled on Monday. The Bank of England said rates would hold, the New York Times reported.', { lang: 'en' });
    expect(r.entities.map((e) => [e.type, e.name, e.mentions.map((m) => `${m.text} ${m.rule}`)])).toEqual([
      ['organization', 'Superior Court of New Jersey', ['Superior Court of New Jersey en/entity/org-head']],
      ['location', 'New Jersey', ['New Jersey en/entity/place-in-name']],
      ['organization', 'Bank of England', ['Bank of England en/entity/kb-alias']],
      ['location', 'England', ['England en/entity/place-in-name']],
      ['organization', 'The New York Times', ['New York Times en/entity/kb-alias']],
    ]);
    // the body speaks, not the place inside its name
    const bank = r.entities.find((e) => e.name === 'Bank of England')!;
    expect(r.quotes.map((q) => q.speaker)).toContain(bank.id);
    expect(ents('وأعلن بنك إنجلترا رفع الفائدة.', 'ar')).toEqual([
      ['organization', 'Bank of England', ['بنك إنجلترا']],
      ['location', 'England', ['إنجلترا']],
    ]);
    // (an outlet named after a region or a state names the place too, GOLD.md's example; one named after its city, the
    // New York Times above, does not)
    expect(ents('وذكرت وكالة أنباء الشرق الأوسط أن الاجتماع انتهى.', 'ar')).toEqual([
      ['organization', 'Middle East News Agency', ['وكالة أنباء الشرق الأوسط']],
      ['location', 'Middle East', ['الشرق الأوسط']],
    ]);
  });
  it('Arabic: a state body named without its state is the knowledge base\'s body of the state the article names most, by its places and its government bodies (state-body)', () => {
    const us = extractText('قالت وزارة العدل إن التحقيق مستمر في واشنطن، وإن الولايات المتحدة سترد.', { lang: 'ar' });
    expect(us.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.kb, e.mentions.map((m) => `${m.text} ${m.rule}`)])).toEqual([
      ['US Department of Justice', 'doj', ['وزارة العدل ar/entity/state-body']],
    ]);
    // (a government body the knowledge base places in a state names that state: two FBI mentions outweigh one of Ukraine)
    const byBody = extractText('قالت وزارة العدل إن مكتب التحقيقات الفيدرالي فتح تحقيقا في هجوم على أوكرانيا، وإن مكتب التحقيقات الفيدرالي سيعلن نتائجه.', { lang: 'ar' });
    expect(byBody.entities.filter((e) => e.mentions.some((m) => m.text === 'وزارة العدل')).map((e) => [e.name, e.mentions[0].rule])).toEqual([['US Department of Justice', 'ar/entity/state-body']]);
    // (a service written with جهاز before its name, as the press often writes one, is the body the knowledge base names
    // without it: جهاز الاستخبارات العسكرية in a story about Russia is the GRU)
    const service = extractText('قالت موسكو إن جهاز الاستخبارات العسكرية لم يشارك في الهجوم، ونفت روسيا الاتهامات.', { lang: 'ar' });
    expect(service.entities.filter((e) => e.mentions.some((m) => m.text === 'جهاز الاستخبارات العسكرية')).map((e) => [e.name, e.kb, e.mentions[0].rule])).toEqual([['GRU', 'gru', 'ar/entity/state-body']]);
    // (no state named, or two named as often: the phrase stays as written)
    for (const text of ['قالت وزارة العدل إن التحقيق مستمر.', 'قالت وزارة العدل إن التحقيق مستمر في روسيا والولايات المتحدة.']) {
      expect(extractText(text, { lang: 'ar' }).entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.kb ?? null])).toEqual([['وزارة العدل', null]]);
    }
  });
  it('Arabic: عمان, written alike for Oman and Amman, is the place whose state the article names more, Oman when neither (place-homograph)', () => {
    const place = (text: string) =>
      extractText(text, { lang: 'ar' }).entities.filter((e) => e.mentions.some((m) => m.text.endsWith('عمان'))).map((e) => [e.name, e.kb, e.mentions.map((m) => `${m.text} ${m.rule}`)]);
    // (a story about Jordan, by the state or one of its cities: Amman)
    expect(place('وصل الوزير إلى عمان أمس، وقال إن الأردن يرحب بالمبادرة.')).toEqual([['Amman', 'capital-amman', ['عمان ar/entity/place-homograph']]]);
    // (one about Muscat: Oman, a proclitic cut as ever)
    expect(place('وصل الوفد إلى عمان قادما من مسقط أمس، وقال إن وعمان تدعم الاتفاق.')).toEqual([['Oman', 'OM', ['عمان ar/entity/place-homograph', 'عمان ar/entity/place-homograph']]]);
    // (a nationality adjective names its state: the Jordanian capital is Amman, with no other place named)
    expect(place('وافتتحت البطولة في العاصمة الأردنية عمان أمس.')).toEqual([['Amman', 'capital-amman', ['عمان ar/entity/place-homograph']]]);
    // (no state named: the first reading of the resource, Oman, as a list of Gulf states has it; the formal name is Oman's alone)
    expect(place('وصل الوفد إلى عمان أمس.').map(([n]) => n)).toEqual(['Oman']);
    expect(place('زار الوزير سلطنة عمان أمس.')).toEqual([['Oman', 'OM', ['سلطنة عمان ar/entity/kb-alias']]]);
  });
  it('Georgia, the country and a US state in both languages, is the one whose state the article names more, the country when neither (place-homograph)', () => {
    const georgia = (text: string, lang: 'ar' | 'en') =>
      extractText(text, { lang }).entities.filter((e) => e.name === 'Georgia').map((e) => [e.kb, e.mentions.map((m) => `${m.text} ${m.rule}`)]);
    expect(georgia('Officials in Georgia and in its capital Tbilisi denied the report.', 'en')).toEqual([['GE', ['Georgia en/entity/place-homograph']]]);
    expect(georgia('Election officials in Georgia counted ballots in Atlanta, the FBI said.', 'en')).toEqual([['us-state-georgia', ['Georgia en/entity/place-homograph']]]);
    expect(georgia('Georgia said it would hold talks.', 'en')).toEqual([['GE', ['Georgia en/entity/place-homograph']]]);
    // (a person's given name is still the person's: the name rules take the longer span)
    expect(georgia('Georgia Hartley said the count was fair.', 'en')).toEqual([]);
    expect(georgia('وقالت جورجيا إن وفدا من تبليسي سيزور المنطقة.', 'ar')).toEqual([['GE', ['جورجيا ar/entity/place-homograph']]]);
    expect(georgia('وصوت الناخبون في ولاية جورجيا أمس.', 'ar')).toEqual([['us-state-georgia', ['ولاية جورجيا ar/entity/kb-alias']]]);
  });
  it('Arabic: a Latin acronym in an Arabic sentence is an organization (org-latin), its proclitics cut, wherever it stands', () => {
    const latin = (text: string) => extractText(text, { lang: 'ar' }).entities.map((e) => `${e.name}:${e.mentions.map((m) => `${m.text}/${m.rule.split('/').pop()}`).join(',')}`);
    expect(latin('وقال تقرير لـ ZXQV وبQWRT إن الهجوم كبير.')).toEqual(['ZXQV:ZXQV/org-latin', 'QWRT:QWRT/org-latin']);
    // (at the very start of the text, two proclitics on it; and after a long Arabic stretch with no Latin letter)
    expect(latin('وبQWRT أعلنت أمس أن الهجوم كبير.')).toEqual(['QWRT:QWRT/org-latin']);
    expect(latin(`${'وقال الباحثون إن الهجوم كان واسعا. '.repeat(20)}وأكدت QWRT ذلك.`)).toEqual(['QWRT:QWRT/org-latin']);
  });

  it('Arabic: a body\'s Latin name right after its Arabic name is the same body and names it (شركة "زيلترا-نت" Zeltranet); its spellings with and without a hyphen or space are one body', () => {
    const orgs = (text: string) => extractText(text, { lang: 'ar' }).entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.map((m) => `${m.text} ${m.rule}`)]);
    expect(orgs('وأعلنت شركة "زيلترا-نت" Zeltranet أنها خسرت 5 ملايين دولار، فيما أكدت شركة زيلترانت أن الأنظمة عادت.')).toEqual([
      ['Zeltranet', ['زيلترا-نت ar/entity/org-head', 'Zeltranet ar/entity/org-latin-form', 'زيلترانت ar/entity/org-head']],
    ]);
    // (two or three words, in brackets too; an acronym in brackets stays the org-acronym rule's and names no body)
    expect(orgs('وقال بنك التنمية الزراعية (Farm Growth Bank) إن القروض زادت.').map(([n]) => n)).toEqual(['Farm Growth Bank']);
    expect(orgs('وقالت هيئة حماية البيانات (DPA) إن الشبكة تعطلت.').map(([n]) => n)).toEqual(['هيئة حماية البيانات']);
  });

  it('Arabic: a place joined by a hyphen to a word that names no place is part of another name (أثينا-زيلار, a satellite); two places so joined stay places', () => {
    const places = (text: string) => extractText(text, { lang: 'ar' }).entities.filter((e) => e.type === 'location').map((e) => e.name);
    expect(places('واقترب قمر صناعي من القمر أثينا-زيلار العام الماضي.')).toEqual([]);
    expect(places('وافتتح خط القطار باريس-برلين أمس.')).toEqual(['Paris', 'Berlin']);
    expect(places('وزار الوزير أثينا أمس.')).toEqual(['Athens']);
  });

  it('English: a place\'s or a body\'s acronym written with a point after each letter is that entry (U.K., E.U., F.B.I., as part of the press writes them)', () => {
    expect(typed('U.K. officials and the E.U. said the F.B.I. had warned them.', 'en')).toEqual(['location:United Kingdom', 'organization:European Union', 'organization:FBI']);
  });

  it('Arabic typed with every final ى as ي: علي before a name the knowledge base knows is the preposition, not the name Ali; علي before an Arab name is still the name; typed with every final ي as ى, على before an Arab name is the name', () => {
    expect(ents('وتفوق المرشح علي هيلاري كلينتون في الانتخابات علي الرغم من التوقعات، وقال علي حسن إن النتيجة مفاجئة.', 'ar').map(([, n, m]) => [n, m])).toEqual([
      ['Hillary Clinton', ['هيلاري كلينتون']],
      ['علي حسن', ['علي حسن']],
    ]);
    // (and the other way, every final ي typed ى as the Egyptian press does: على before an Arab given name is Ali)
    expect(ents('وقال على حسن فى بيانه إن الهجوم وقع على مصر فى الليل، وأضاف على حسن أن التحقيق مستمر.', 'ar').map(([, n]) => n)).toEqual(['على حسن', 'Egypt']);
  });

  it('Arabic: a definite head, a qualifier of a body\'s name (العليا، المستقلة) and a complement in لل is a body, also before في and a known place', () => {
    const ents2 = (text: string) => extractText(text, { lang: 'ar' }).entities.map((e) => `${e.type}:${e.name}`);
    expect(ents2('أعلنت المفوضية العليا المستقلة للانتخابات في العراق النتائج الأولية.')).toEqual(['organization:المفوضية العليا المستقلة للانتخابات', 'location:Iraq']);
    expect(ents2('وقالت اللجنة الدائمة للحدود إن الاجتماع تأجل.')).toEqual(['organization:اللجنة الدائمة للحدود']);
  });

  it('Arabic: a head and a place the knowledge base knows is the body named by its place (جامعة زيورخ، شركة قطر للغاز), the place a mention inside it', () => {
    const ents2 = (text: string) => extractText(text, { lang: 'ar' }).entities.map((e) => `${e.type}:${e.name}:${e.mentions.map((m) => m.rule.split('/').pop()).join('/')}`);
    expect(ents2('درس الطبيب في جامعة زيورخ ثم عمل لدى شركة قطر للغاز المسال المحدودة.')).toEqual([
      'organization:جامعة زيورخ:org-head',
      'location:Zurich:place-in-name',
      'organization:شركة قطر للغاز المسال المحدودة:org-head',
      'location:Qatar:place-in-name',
    ]);
    // (a place of two words too: جامعة كوالا لمبور)
    expect(ents2('وقال متحدث باسم جامعة كوالا لمبور إن الهجوم فشل.')).toEqual(['organization:جامعة كوالا لمبور:org-head', 'location:Kuala Lumpur:place-in-name']);
    // (a body the knowledge base knows after the head is still that body: نادي برشلونة is the club)
    expect(ents2('ووقع المهاجم لنادي برشلونة أمس.')).toEqual(['organization:FC Barcelona:kb-alias']);
    // (a nationality right after the place says where the place is: no part of the name; another adjective is)
    expect(ents2('وتعاقد معهد زيورخ السويسري مع جامعة أثينا التقنية.').filter((x) => x.startsWith('organization'))).toEqual([
      'organization:معهد زيورخ:org-head',
      'organization:جامعة أثينا التقنية:org-head',
    ]);
  });
  it('Arabic: a head in construct with an indefinite noun before its definite word is a body (هيئة حماية البيانات), and a Latin acronym in brackets after it names it again (org-acronym)', () => {
    const orgs = (text: string) => extractText(text, { lang: 'ar' }).entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.map((m) => `${m.text} ${m.rule}`)]);
    expect(orgs('وقالت هيئة حماية البيانات (DPA) إن الشبكة تعطلت، وأضافت DPA أن العطل أصلح.')).toEqual([
      ['هيئة حماية البيانات', ['هيئة حماية البيانات ar/entity/org-head', 'DPA ar/entity/org-acronym', 'DPA ar/entity/org-acronym']],
    ]);
    // (not an adjective after the indefinite word, which describes the head, nor a second body's head: the board of the company)
    expect(orgs('ونشرت وكالة نوفستار الإخبارية الخبر أمس.').map(([n]) => n)).not.toContain('وكالة نوفستار الإخبارية');
    expect(orgs('واجتمع مجلس إدارة الشركة أمس.')).toEqual([]);
    // (a foreign name after a name head is the name alone, but with a complement in لل the head is part of it)
    expect(orgs('وانتقل الباحث إلى معهد كارنيفال للتكنولوجيا قرب المدينة.').map(([n]) => n)).toEqual(['معهد كارنيفال للتكنولوجيا']);
    // (nor a verbal noun's head with ل, a purpose: to organise the ranks of the tribes)
    expect(orgs('وسعى لتنظيم صفوف القبائل قبل الانتخابات.')).toEqual([]);
  });
  it('an acronym the article defines means what the article says, not a knowledge-base entry written the same way (DPA), unless the definition is the entry\'s own (FBI)', () => {
    const orgs = (text: string, lang: 'ar' | 'en') => extractText(text, { lang }).entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(orgs('The Data Protection Authority (DPA) said the network failed. Later, the DPA said it was fixed.', 'en')).toEqual([
      ['Data Protection Authority', ['Data Protection Authority', 'DPA', 'DPA']],
    ]);
    expect(orgs('وقالت هيئة حماية البيانات (DPA) إن الشبكة تعطلت، وأضافت DPA أن العطل أصلح.', 'ar')).toEqual([
      ['هيئة حماية البيانات', ['هيئة حماية البيانات', 'DPA', 'DPA']],
    ]);
    // (without a definition, DPA is the knowledge base's news agency)
    expect(orgs('The report was first carried by DPA on Monday.', 'en')).toEqual([['Deutsche Presse-Agentur', ['DPA']]]);
    expect(orgs('The Federal Bureau of Investigation (FBI) said the network failed. Later, the FBI said it was fixed.', 'en')).toEqual([
      ['FBI', ['Federal Bureau of Investigation', 'FBI', 'FBI']],
    ]);
  });
  it('a group the text names as it introduces it is a threat actor, and so are its later mentions (named-actor)', () => {
    const en = extractText('A gang calling itself NightOwl said it had copied the files. NightOwl posted samples on Friday.', { lang: 'en' });
    const owl = en.entities.find((e) => e.name === 'NightOwl');
    expect(owl?.type).toBe('threat_actor');
    expect(owl?.mentions.map((m) => m.rule)).toEqual(['en/entity/named-actor', 'en/entity/named-actor']);
    const ar = extractText('وقالت مجموعة تطلق على نفسها اسم "فرسان الظل" إنها نفذت الاختراق.', { lang: 'ar' });
    expect(ar.entities.find((e) => e.name === 'فرسان الظل')?.type).toBe('threat_actor');
    // (Arabic: an unquoted word shaped like a foreign name after the naming phrase, and the article's later mentions of it;
    // not an ordinary or definite word)
    const unquoted = extractText('وقال المحققون إن المتسللين أعضاء في جماعة تدعى نايتفول تتبع الحكومة، وإن نايتفول نشطة منذ سنوات.', { lang: 'ar' });
    expect(unquoted.entities.filter((e) => e.type === 'threat_actor').map((e) => [e.name, e.mentions.length])).toEqual([['نايتفول', 2]]);
    expect(extractText('وانضم إلى جماعة تدعى الحرية ثم غادرها.', { lang: 'ar' }).entities.filter((e) => e.type === 'threat_actor')).toEqual([]);
    // (English: the naming phrase an appositive after a comma, in the past too: the gang, which called itself X)
    const past = extractText('The gang, which called itself GreyViper, demanded payments from each clinic.', { lang: 'en' });
    expect(past.entities.filter((e) => e.type === 'threat_actor').map((e) => e.name)).toEqual(['GreyViper']);
    // (a name needs the naming phrase after a group noun: a team called to the pitch is none)
    expect(extractText('The coach called Smith to the pitch.', { lang: 'en' }).entities.filter((e) => e.type === 'threat_actor')).toEqual([]);
  });
  it('English: a name between the and a group noun, in a sentence about hackers or in an actor phrase, is a threat actor (the Zorvex group, the Zorvex ransomware gang)', () => {
    const actors = (text: string) => extractText(text, { lang: 'en' }).entities.filter((e) => e.type === 'threat_actor').map((e) => [e.name, e.mentions.map((m) => m.rule)]);
    expect(actors('The tool was first used by Iranian hackers, namely by the Zorvex group. Zorvex later sold it.')).toEqual([['Zorvex', ['en/entity/actor-group', 'en/entity/named-actor']]]);
    expect(actors('Officials linked the breach to the Zorvex ransomware gang.')).toEqual([['Zorvex', ['en/entity/actor-group']]]);
    // not a company's group with no actor noun, an adjective, an acronym, a word of the language, a name the knowledge base knows
    expect(actors('The Marlowe group said profits rose.')).toEqual([]);
    expect(actors('Hackers from the Islamic group and the APT group struck the Apple group.')).toEqual([]);
    expect(actors('Hackers tied to the Tortoiseshell group struck again.').map(([n]) => n)).toEqual(['Curium']);
  });
  it("a possessive 's is no part of a name, and the technical acronyms of security news name no organization", () => {
    const r = extractText("Chancellor Olaf Brandt's phone was hacked, and Maria Keller's team said the APT reused an IP range and old TTPs.", { lang: 'en' });
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Maria Keller', 'Olaf Brandt']);
  });
  it('a two-letter country abbreviation with a full stop ends its sentence: no compound runs past it', () => {
    const r = extractText('The group works across the US. While the breach failed, staff noticed.', { lang: 'en' });
    expect(r.entities.map((e) => e.mentions[0].text)).toEqual(['US']);
  });
  it('an industry word ending two capitalized words makes a company, not a person (Marlow Shipping, Orbis Entertainment)', () => {
    const r = extractText('The hackers hit Marlow Shipping and Orbis Entertainment last spring.', { lang: 'en' });
    expect(r.entities.map((e) => [e.name, e.type])).toEqual([['Marlow Shipping', 'organization'], ['Orbis Entertainment', 'organization']]);
  });
  it("a known company's product, a known body's possessive and a number word stay out of organization names", () => {
    const r = extractText("Intruders used Microsoft Exchange flaws, Google's Threat Analysis Group said, and Three Ministry of State Security officers were named.", { lang: 'en' });
    const names = r.entities.map((e) => e.mentions.map((m) => m.text)).flat();
    expect(names).toContain('Threat Analysis Group');
    expect(names).toContain('Ministry of State Security');
    expect(names.some((n) => /Exchange|Google's|Three/.test(n))).toBe(false);
  });
  it('an English header field or byline names the authors (people) and the source (an outlet), whatever the name rules know', () => {
    const en = extractText('## Information:\n+ Source: Cyber Wire Daily\n+ Author: Tomas Varga and Lin Qiao\n\nThe breach was reported on Monday.', { lang: 'en' });
    expect(en.entities.map((e) => [e.name, e.type])).toEqual([['Cyber Wire Daily', 'organization'], ['Tomas Varga', 'person'], ['Lin Qiao', 'person']]);
    // (Arabic has no byline labels since issue 18's audit: a name after الكاتب: is left to the name rules, here a given name)
    const ar = extractText('الكاتب: سامر الخطيب\nتعرضت الشبكة لهجوم واسع.', { lang: 'ar' });
    expect(ar.entities.map((e) => [e.name, e.type, e.mentions[0].rule])).toEqual([['سامر الخطيب', 'person', 'ar/entity/given-name']]);
    // (a label inside a sentence is no header: the source of the leak was an insider)
    expect(extractText('The source: an insider at the firm.', { lang: 'en' }).entities).toEqual([]);
    // (a byline of a role is no person: By Staff Writer; a name beside it still is)
    expect(extractText('Ports hit by outage\n\nBy Staff Writer\n\nThe ports were closed on Monday.', { lang: 'en' }).entities).toEqual([]);
    expect(extractText('Ports hit by outage\n\nBy Tomas Varga and Staff Reporter\n\nThe ports were closed on Monday.', { lang: 'en' }).entities.map((e) => e.name)).toEqual(['Tomas Varga']);
  });
  it("a picture's credit line names its photographers; an agency there stays an organization", () => {
    const at = (text: string) => extractText(text, { lang: 'en' }).entities.map((e) => [e.name, e.type, e.mentions[0].rule]);
    // (Markdown's emphasis and link around the credit, as scraped news keeps them)
    expect(at('Rail lines stopped after the breach.\n\n*Image:[Mirela Dunst](https://example.org/@mdunst)*\n\nThe operator said trains ran again.')).toEqual([
      ['Mirela Dunst', 'person', 'en/entity/byline-credit'],
    ]);
    expect(at('Rail lines stopped.\n\nPhoto: Tomas Varga and Lin Qiao\n\nTrains ran again.').map((e) => e[0])).toEqual(['Tomas Varga', 'Lin Qiao']);
    // (an agency the knowledge base knows, or a name with an organization's head word, is no photographer)
    expect(at('Rail lines stopped.\n\nImage: Getty Images\n\nTrains ran again.')).toEqual([['Getty Images', 'organization', 'en/entity/kb-alias']]);
    expect(at('Rail lines stopped.\n\nPhoto: Zorvex Media Group\n\nTrains ran again.')).toEqual([['Zorvex Media Group', 'organization', 'en/entity/org-head']]);
    // (a label inside a sentence is no credit line)
    expect(at('The image: a train at rest.')).toEqual([]);
  });
});

describe('the entity-rule audit (scripts/ablation.js)', () => {
  it('a registry with a rule turned off drops that rule\'s candidates before overlaps are settled, and nothing else', () => {
    const text = 'A researcher at CloudVane said Microsoft was hit.';
    const run = (off: Set<string>) =>
      processDocument(
        { id: 't', text, lang: 'en', source: { path: 't', sha256: '0'.repeat(64), format: 'string', encoding: 'utf-8' } },
        { registry: new Registry((l) => languageExtractors(l, loadKb()), { off }) },
      ).entities.map((e) => e.mentions.map((m) => `${m.text}@${m.rule}`).join(' '));
    expect(run(new Set())).toEqual(['CloudVane@en/entity/camel-name', 'Microsoft@en/entity/kb-alias']);
    expect(run(new Set(['en/entity/camel-name']))).toEqual(['Microsoft@en/entity/kb-alias']);
  });
});

describe('company legal forms (resource legal-forms, generated from cleanco)', () => {
  it('a legal form after capitalized words ends a company name, and the name less its form is the company later', () => {
    expect(ents('Shares of Vantorel SpA fell after Vantorel cut its forecast.', 'en')).toEqual([
      ['organization', 'Vantorel SpA', ['Vantorel SpA', 'Vantorel']],
    ]);
    expect(ents('Brindmoor & Kessel Co agreed to a merger; Brindmoor & Kessel shares rose 4 percent.', 'en')).toEqual([
      ['organization', 'Brindmoor & Kessel Co', ['Brindmoor & Kessel Co', 'Brindmoor & Kessel']],
    ]);
    expect(ents('The bank sold its stake to Caldera Holdings S.A. in June.', 'en')).toEqual([
      ['organization', 'Caldera Holdings S.A.', ['Caldera Holdings S.A.']],
    ]);
    expect(ents('Talvik AB said on Monday that orders grew.', 'en')).toEqual([['organization', 'Talvik AB', ['Talvik AB']]]);
    // (a legal form ends the name: "of" and a place after it is where the company is from; a body's complement stays)
    expect(typed('Drevan Motor Corp of South Korea and the University of Tokyo signed a deal.', 'en')).toEqual([
      'organization:Drevan Motor Corp',
      'location:South Korea',
      'organization:University of Tokyo',
      'location:Tokyo',
    ]);
  });
  it('a capitalized adjective compound before a name is not part of it (Boston-based, Kremlin-backed)', () => {
    expect(typed('Boston-based Harlow Communications Inc bought the station.', 'en')).toEqual([
      'location:Boston',
      'organization:Harlow Communications Inc',
    ]);
  });
  it('not a form: a function word in capitals (a headline\'s AS), an ordinary word (Spa), a form with no name before it', () => {
    expect(ents('MARKETS SINK AS RATES RISE', 'en')).toEqual([]);
    expect(ents('The Harbour Spa reopened on Friday.', 'en').filter(([t]) => t === 'organization')).toEqual([]);
    // (AS is a Norwegian form, but as a word it is a function word: no name ends with it)
    expect(ents('Engineers at Kaldor AS THE PLANT CLOSED rushed to the site.', 'en').filter(([, n]) => String(n).endsWith(' AS'))).toEqual([]);
  });
});

describe('a country that is also a given name', () => {
  it('is the country alone and a person with a second name word (Chad, Chad Curtis), as Jordan is', () => {
    expect(typed('The government of Chad closed the university. Chad Morwen hit a home run, and Morwen waved.', 'en')).toEqual([
      'location:Chad',
      'person:Chad Morwen',
    ]);
    // (a given name and a given name: not a place's compound, Chad Curtis)
    expect(typed('Chad Curtis singled in the ninth.', 'en')).toEqual(['person:Chad Curtis']);
  });
});

describe('a name defined by its acronym (en/entity/acronym-name)', () => {
  it('the capitalized words whose initials the bracketed acronym spells are an organization, and the acronym is it later', () => {
    expect(ents('The Joint Harbour Patrol Unit (JHPU) stopped the ship. A JHPU officer spoke.', 'en').map(([t, n, m]) => `${t}:${n}:${(m as string[]).join('|')}`)).toEqual([
      'organization:Joint Harbour Patrol Unit:Joint Harbour Patrol Unit|JHPU|JHPU',
    ]);
    expect(typed('Files were built by Talvar Pesh Rayan (TPR), a firm in Tabriz.', 'en')).toContain('organization:Talvar Pesh Rayan');
  });
  it('not when the initials differ, nor for a person with initials', () => {
    expect(ents('The Joint Harbour Patrol Unit (JPX) stopped the ship.', 'en').map(([, n]) => n)).not.toContain('Joint Harbour Patrol Unit');
    expect(typed('He met John Smith (JS) at noon.', 'en')).toContain('person:John Smith');
  });
});

describe('a person the knowledge base knows, by the last word of the full name (kb-short-form)', () => {
  it('the last word alone later is the same person', () => {
    expect(ents('Shehbaz Sharif spoke in Lahore on Monday. Sharif said the talks would go on.', 'en').filter(([t]) => t === 'person')).toEqual([
      ['person', 'Shehbaz Sharif', ['Shehbaz Sharif', 'Sharif']],
    ]);
  });
  it('not when two such people share it, nor an Arabic definite word (نصر الله)', () => {
    // (the surname alone joins neither: it stays a person of its own, as Clinton does with Bill and Hillary Clinton)
    const two = ents('Shehbaz Sharif and Nawaz Sharif met. Sharif said the talks would go on.', 'en').filter(([t]) => t === 'person');
    expect(two.filter(([, n]) => n !== 'Sharif').flatMap(([, , m]) => m as string[])).not.toContain('Sharif');
    expect(ents('وقال حسن نصر الله إن الحرب انتهت. وأضاف أن الله وحده يعلم.', 'ar').flatMap(([, , m]) => m as string[])).not.toContain('الله');
  });
  it('Arabic: a surname compounded with الله is its two words, or the one word they are joined into', () => {
    expect(ents('وقال حسن نصر الله إن الحرب انتهت. وكرر نصر الله ذلك، ثم قال نصرالله إنه باق.', 'ar').filter(([t]) => t === 'person')).toEqual([
      ['person', 'Hassan Nasrallah', ['حسن نصر الله', 'نصر الله', 'نصرالله']],
    ]);
  });
});

describe('one sense per article: a place name that is a person\'s surname here', () => {
  it('is the person alone (Jordan said), the place after a word that makes it one (to Jordan)', () => {
    const r = extractText('Director Neil Jordan spoke on Monday. Jordan said the film was done. Later he flew to Jordan.', { lang: 'en' });
    const neil = r.entities.find((e) => e.name === 'Neil Jordan')!;
    expect(neil.mentions.map((m) => `${m.text} ${m.rule}`)).toEqual(['Neil Jordan en/entity/given-name', 'Jordan en/entity/short-form']);
    const text = 'Director Neil Jordan spoke on Monday. Jordan said the film was done. Later he flew to Jordan.';
    const place = r.entities.filter((e) => e.type === 'location');
    expect(place.map((e) => [e.name, e.mentions.map((m) => m.start)])).toEqual([['Jordan', [text.lastIndexOf('Jordan')]]]);
  });
  it('not from a person read inside a place the knowledge base knows (Santiago de Cuba)', () => {
    expect(typed('He was born in Santiago de Cuba. Cuba mourned him.', 'en')).toEqual(['location:Santiago de Cuba', 'location:Cuba']);
  });
});

describe('a ministry named without its head word (ar/entity/elided-head)', () => {
  it('الخارجية الروسية is the knowledge base\'s وزارة الخارجية الروسية, a proclitic off', () => {
    expect(typed('وأصدرت الخارجية الروسية بيانا، ونقل مراسل عن المتحدث باسم الخارجية الأمريكية تعليقا.', 'ar')).toEqual([
      'organization:Ministry of Foreign Affairs of Russia',
      'organization:US Department of State',
    ]);
  });
  it('not adjectives of a noun or an office before them: السياسة الخارجية الروسية، بوزيرة الخارجية الأميركية', () => {
    expect(ents('وتغيرت السياسة الخارجية الروسية كثيرا.', 'ar')).toEqual([]);
    expect(ents('ونشرت وثائق تمس بوزيرة الخارجية الأميركية السابقة.', 'ar').map(([, n]) => n)).not.toContain('US Department of State');
  });
});

describe('a club named after its district, as the other clubs named after a place', () => {
  it('الزمالك is the club in a sports story and not elsewhere', () => {
    expect(typed('فاز الزمالك على الأهلي بهدفين في مباراة الدوري على الملعب.', 'ar')).toEqual(['organization:Zamalek', 'organization:Al Ahly']);
    expect(typed('انتقل السكان إلى حي الزمالك في القاهرة.', 'ar')).not.toContain('organization:Zamalek');
  });
});

describe('an outlet named like a place (Asharq Al-Awsat: الشرق الأوسط)', () => {
  it('is the outlet after its cue word or in quotation marks that close on it, the region otherwise', () => {
    expect(typed('وقال الوزير لـ«الشرق الأوسط» إن الاتفاق قريب.', 'ar')).toEqual(['organization:Asharq Al-Awsat']);
    expect(typed('وذكرت صحيفة الشرق الأوسط أن الاتفاق قريب.', 'ar')).toEqual(['organization:Asharq Al-Awsat']);
    // (an actor word near it says nothing of a newspaper; nor do quotation marks round a longer name)
    expect(typed('واخترق قراصنة شبكات في الشرق الأوسط أمس.', 'ar')).toContain('location:Middle East');
    expect(typed('وطرحت واشنطن مشروع "الشرق الأوسط الكبير" قبل سنوات.', 'ar')).not.toContain('organization:Asharq Al-Awsat');
    // (and an outlet that was told something: ل on it and إن/أن after it)
    expect(typed('وقال الوزير للجزيرة إن الاتفاق قريب.', 'ar')).toEqual(['organization:Al Jazeera']);
    expect(typed('وعاد الصيادون إلى الجزيرة أمس.', 'ar')).toEqual([]);
  });
});

describe('knowledge-base names typed otherwise', () => {
  it('Arabic: a known name typed with ه for its final ة is the name (المملكه المتحده، وزاره الخارجيه), a word with the pronoun ه is no name', () => {
    expect(typed('وزار الوفد المملكه المتحده والسعوديه، وقال إن حكومته لم تتلق أي طلب من وزاره الخارجيه الأمريكيه.', 'ar')).toEqual([
      'location:United Kingdom',
      'location:Saudi Arabia',
      'organization:US Department of State',
    ]);
  });

  it('Arabic: a person\'s one-word name takes no ك (كيلين is no ك + Yellen); a group\'s actor phrase and a quoted name (مجموعة برامج الفدية "كيلين") name a threat actor', () => {
    expect(typed('وهذا الموقف كيلين في السياسة.', 'ar')).toEqual([]);
    expect(typed('وقالت الوزيرة يلين إن العقوبات فعالة.', 'ar')).toEqual(['person:Janet Yellen']);
    expect(ents('وأعلنت مجموعة برامج الفدية "كيلين" مسؤوليتها عن الهجوم. ونفى ممثل عن "كيلين" أي صلة بروسيا.', 'ar')[0]).toEqual(['threat_actor', 'كيلين', ['كيلين', 'كيلين']]);
  });

  it('an organization introduced by a word before it (security firm Velmora) is the same body where the article writes its name again alone', () => {
    // (and the hackers' nationality makes Russia an entity, the state they are attributed to)
    expect(ents('Security firm Velmora said it blocked the attack. Velmora said the hackers were Russian.', 'en')).toEqual([
      ['organization', 'Velmora', ['Velmora', 'Velmora']],
      ['location', 'Russia', ['Russian']],
    ]);
    expect(extractText('Security firm Velmora said it blocked the attack. Velmora said the hackers were Russian.', { lang: 'en' }).entities[0].mentions).toHaveLength(2);
  });

  it('a party\'s name before its lower-case word (the ruling Georgian Dream party) is an organization, and again where written alone', () => {
    expect(ents('The ruling Georgian Dream party won the vote. Georgian Dream rejected the allegations.', 'en')).toEqual([['organization', 'Georgian Dream', ['Georgian Dream', 'Georgian Dream']]]);
    // (one capitalized word is no such name: the Democratic party)
    expect(typed('He joined the Democratic party in May.', 'en')).toEqual([]);
    // (nor a person's possessive before it: the person, not a party)
    expect(typed("Hackers targeted the Social Democratic Party, Chancellor Olaf Scholz's party, last year.", 'en')).toEqual(['organization:Social Democratic Party', 'person:Olaf Scholz']);
  });

  it('a place of two words with its possessive before a body is no part of its name (Saudi Arabia\'s National Cybersecurity Authority)', () => {
    // (the knowledge base knows the body with its state since session 68: its mention opens at the state's name)
    expect(typed("Saudi Arabia's National Cybersecurity Authority did not respond.", 'en')).toEqual(['organization:National Cybersecurity Authority', 'location:Saudi Arabia']);
  });

  it('Arabic: a known body\'s name of two words or more followed by a qualifier or another state\'s nationality names another body (مجلس الأمن السيبراني، مجلس الأمن الروسي: not the UN\'s council)', () => {
    expect(typed('وقال مجلس الأمن السيبراني الإماراتي إن الهجوم فشل.', 'ar')).toEqual(['organization:مجلس الأمن السيبراني الإماراتي']);
    expect(typed('وقال مجلس الأمن الروسي إن الهجوم فشل.', 'ar')).toEqual(['organization:مجلس الأمن الروسي']);
    // (its own state's nationality, or one after a one-word name, as before)
    expect(typed('وقال حزب الله اللبناني إن الهجوم فشل.', 'ar')).toEqual(['organization:Hezbollah']);
    expect(typed('وقال مجلس الأمن إن الهجوم فشل.', 'ar')).toEqual(['organization:United Nations Security Council']);
  });
  it('a state body\'s short form (the Treasury, الخزانة) names it once the article gives its full name, never near actor words alone', () => {
    expect(ents('The U.S. Treasury Department imposed sanctions on Friday. The Treasury said the hackers leaked documents.', 'en')).toEqual([
      ['organization', 'US Department of the Treasury', ['U.S. Treasury Department', 'Treasury']],
      ['location', 'United States', ['U.S.']],
    ]);
    expect(typed('فرضت وزارة الخزانة الأمريكية عقوبات يوم الجمعة. وقالت الخزانة إن القراصنة سربوا وثائق.', 'ar')).toEqual(['organization:US Department of the Treasury']);
    expect(typed('The Treasury said the hackers leaked documents.', 'en')).toEqual([]);
  });
  it('Arabic: a foreign company name after شركة may open with a letter that is also a preposition or an imperfect prefix when it is long and no common word follows the letter (شركة بلوشيلد، شركة نورثغيت); a preposition on a common word stays out', () => {
    expect(typed('وقالت شركة بلوكسيفت إن المهاجمين سرقوا البيانات.', 'ar')).toEqual(['organization:بلوكسيفت']);
    expect(typed('وقالت شركة نيوبريدج إن المهاجمين سرقوا البيانات.', 'ar')).toEqual(['organization:نيوبريدج']);
    expect(typed('وتملك شركة بالمنطقة مصنعا كبيرا.', 'ar')).toEqual([]);
  });
  it('Arabic: a group\'s Latin name spelled in Arabic letters is set off in quotation marks after the group\'s definite words, or as two quoted words alone (مجموعة الجرائم الإلكترونية الروسية "إيفل كورب"; إن "إيفل كورب" شنت)', () => {
    expect(typed('فرضت بريطانيا عقوبات على أعضاء في مجموعة الجرائم الإلكترونية الروسية "إيفل كورب".', 'ar')).toContain('threat_actor:Indrik Spider');
    expect(typed('وقالت الوكالة إن "إيفل كورب" شنت هجمات فدية.', 'ar')).toEqual(['threat_actor:Indrik Spider']);
  });
  it('English: the Revolutionary Guard, singular, and the Revolutionary Guard Corps are the IRGC', () => {
    expect(typed("He hacked on behalf of Iran's Revolutionary Guard.", 'en')).toEqual(['location:Iran', 'organization:Islamic Revolutionary Guard Corps']);
    expect(typed('The Revolutionary Guard Corps denied it.', 'en')).toEqual(['organization:Islamic Revolutionary Guard Corps']);
  });
  it('Arabic: a word of belonging after a body\'s name ends it (مركز تحليل التهديدات التابع للشركة)', () => {
    expect(typed('وقال مركز تحليل التهديدات التابع للشركة في تقرير إن المجموعة نشطة.', 'ar')).toEqual(['organization:مركز تحليل التهديدات']);
  });
  it('Arabic: a company\'s word and the words of its trade, then its name in quotation marks: the quoted name alone (شركة الأمن الإلكتروني "فالكورا"); words said after a channel\'s name are no name', () => {
    expect(typed('وقالت شركة الأمن الإلكتروني "فالكورا" إن القراصنة أرسلوا رسائل.', 'ar')).toEqual(['organization:فالكورا']);
    expect(typed('وقال لقناة الجزيرة "نحن لا نعرف من يقف وراء الهجوم".', 'ar')).toEqual(['organization:Al Jazeera']);
  });
  it('Arabic: a ransomware group\'s phrase and a quoted name the knowledge base knows gives that group, no empty mention (مجموعة برامج الفدية "رانسوم هب": the record failed its schema and the article was lost)', () => {
    expect(typed('وأدرجت مجموعة برامج الفدية "رانسوم هب" الشركة على موقعها للتسريبات يوم الاثنين.', 'ar')).toEqual(['threat_actor:RansomHub']);
  });
  it('Arabic: a group noun alone and a quoted name of up to three Arabic words is a hacker group in a sentence about a hostile act (مجموعة "كوبرا الظل" … مسؤوليتها عن الهجوم), not elsewhere (مجموعة "بريكس" ستعقد قمة)', () => {
    expect(typed('وأعلنت مجموعة "كوبرا الظل" مسؤوليتها عن الهجوم.', 'ar')).toEqual(['threat_actor:كوبرا الظل']);
    expect(typed('وقالت مجموعة "بريكس" إنها ستعقد قمة في موسكو.', 'ar')).toEqual(['location:Moscow']);
  });
  it('English: a nationality, a sector\'s head word and a title are an office, no body (Iranian Oil Minister Javad Owji); a body with the head word still is (Indian Oil Corporation)', () => {
    expect(typed('Iranian Oil Minister Javad Owji said the stations were hit.', 'en')).toEqual(['person:Javad Owji']);
    expect(typed('Indian Oil Corporation said its systems were safe.', 'en')).toEqual(['organization:Indian Oil Corporation']);
  });
  it('English: a nationality of two words after a role\'s "at" is no company (researchers at South Korean think tanks); a company there still is', () => {
    expect(typed('The emails reached 1,200 researchers at South Korean think tanks.', 'en')).toEqual([]);
    expect(typed('The emails reached researchers at Velmora Labs last year.', 'en')).toEqual(['organization:Velmora Labs']);
  });
});


describe('Arabic lineage after a known person', () => {
  it('a particle that is an ordinary word with its hamza folded (فان, van: فإن) carries no name on: لافروف فإن روسيا is Lavrov, then Russia', () => {
    expect(typed('وقال لافروف فإن روسيا مستعدة للحوار.', 'ar')).toEqual(['person:Sergei Lavrov', 'location:Russia']);
    // (a lineage particle still does: محمد بن سلمان بن عبدالعزيز)
    expect(extractText('واستقبل محمد بن سلمان بن عبدالعزيز الوفد.', { lang: 'ar' }).entities.find((e) => e.type === 'person')?.mentions[0].text).toBe('محمد بن سلمان بن عبدالعزيز');
  });
});

describe('Arabic: the end of a body\'s name after its state\'s nationality', () => {
  it('a definite plural after the nationality is the verb\'s object, not the name\'s (نفت وزارة الدفاع الإيرانية الاتهامات)', () => {
    expect(typed('ونفت وزارة الدفاع الإيرانية الاتهامات.', 'ar')).toEqual(['organization:Iranian Ministry of Defence']);
    expect(typed('وانتقدت وزارة العدل الكندية التسريبات الأخيرة.', 'ar')).toEqual(['organization:Canadian Ministry of Justice']);
    // (nor is a definite verbal noun after it, with no adjective's ending: أعلنت وزارة الداخلية الكويتية القبض على …)
    expect(typed('أعلنت وزارة الداخلية الكويتية القبض على ثلاثة متهمين.', 'ar')).toEqual(['organization:Kuwaiti Ministry of Interior']);
    // (an adjective after it stays the name's, as before: شركة الاتصالات الألمانية العملاقة)
    expect(ents('أعلنت هيئة البث الألمانية العامة إغلاق القناة.', 'ar').map(([, , m]) => m)).toEqual([['هيئة البث الألمانية العامة']]);
  });
});

describe('English: an owner the knowledge base names only in context', () => {
  it("is no part of the body's name after its possessive (Treasury's Office of Foreign Assets Control)", () => {
    expect(typed("Treasury's Office of Foreign Assets Control named two more firms on Tuesday.", 'en')).toEqual(['organization:Office of Foreign Assets Control']);
  });
});

describe('Arabic: a knowledge-base body whose name other states\' bodies bear, in a place of another state', () => {
  it('is that state\'s body, named as written, not the knowledge base\'s (المركز الوطني للأمن السيبراني في الكويت)', () => {
    expect(typed('وقال المركز الوطني للأمن السيبراني في الكويت إنه يراجع الأنظمة.', 'ar')).toEqual(['organization:المركز الوطني للأمن السيبراني', 'location:Kuwait']);
    // (in a place of its own state it stays the knowledge base's)
    expect(typed('وقال المركز الوطني للأمن السيبراني في لندن إنه يراجع الأنظمة.', 'ar')).toEqual(['organization:National Cyber Security Centre', 'location:London']);
  });
});

describe('Arabic: a state\'s ministry named by the place it is in, or bare where the article names it of one state', () => {
  it('وزارة X في STATE is that state\'s ministry, the place a mention of its own', () => {
    expect(typed('وقالت وزارة الاتصالات في إيران إن الهجوم جاء من الخارج.', 'ar')).toEqual(['organization:Iranian Ministry of Communications', 'location:Iran']);
  });
  it('a bare وزارة X before a title or a definite plural, the verb\'s object, is that state\'s ministry too', () => {
    expect(ents('أعلنت وزارة الداخلية الكويتية ضبط شبكة. ودعا وكيل وزارة الداخلية الفريق سالم العتيبي المقيمين إلى الحذر.', 'ar').filter(([t]) => t === 'organization')).toEqual([['organization', 'Kuwaiti Ministry of Interior', ['وزارة الداخلية الكويتية', 'وزارة الداخلية']]]);
    expect(ents('أعلنت وزارة الداخلية الكويتية ضبط شبكة. ودعت وزارة الداخلية المقيمين إلى الحذر.', 'ar').filter(([t]) => t === 'organization')).toEqual([['organization', 'Kuwaiti Ministry of Interior', ['وزارة الداخلية الكويتية', 'وزارة الداخلية']]]);
  });
  it('a bare وزارة X is the one state\'s ministry of X the article names, one entity; of two states, neither', () => {
    expect(ents('الكويت: وزارة المالية تؤكد الهجوم. وقالت وزارة المالية الكويتية إن الرواتب لم تتأثر.', 'ar').filter(([t]) => t === 'organization')).toEqual([['organization', 'Kuwaiti Ministry of Finance', ['وزارة المالية', 'وزارة المالية الكويتية']]]);
    expect(typed('وقالت وزارة المالية إن الرواتب لم تتأثر، فيما ردت وزارة المالية الكويتية ووزارة المالية القطرية.', 'ar')).toEqual(['organization:وزارة المالية', 'organization:Kuwaiti Ministry of Finance', 'organization:Qatari Ministry of Finance']);
  });
});

describe('English: a body\'s complement does not end on a nationality', () => {
  it('of the Russian armed forces, in lower case, is no part of the name before it', () => {
    expect(typed('The officers served in the Main Directorate of the General Staff of the Russian armed forces until 2019.', 'en')).toEqual(['organization:Main Directorate of the General Staff']);
  });
});

describe('English: a state\'s ministry by another form of its name', () => {
  it('foreign office after a state\'s possessive is its foreign ministry; a head with another ministry\'s word is none', () => {
    expect(typed("Nepal's foreign office summoned the envoy, and Nepal's defence office did not.", 'en')).toEqual(['location:Nepal', 'organization:Nepali Ministry of Foreign Affairs']);
  });
});

describe('Arabic: a ministry named with a second domain after و', () => {
  it('keeps the second domain, its genitive and adjective in the name; the first domain alone later is the same body', () => {
    expect(ents('وقالت وزارة الزراعة وتنمية الأرياف إن الموقع تعطل. وأضافت وزارة الزراعة أن الخدمة عادت.', 'ar')).toEqual([['organization', 'وزارة الزراعة وتنمية الأرياف', ['وزارة الزراعة وتنمية الأرياف', 'وزارة الزراعة']]]);
    expect(typed('وأعلنت وزارة الداخلية والبلديات أن موقعها تعرض للاختراق.', 'ar')).toEqual(['organization:وزارة الداخلية والبلديات']);
  });
  it('not another body\'s head, a place, or a word a nationality follows after و', () => {
    expect(ents('وقالت وزارة الدفاع والجيش الإسرائيلي إن الهجوم فشل.', 'ar').map(([, , m]) => m[0])).toEqual(['وزارة الدفاع']);
    expect(ents('وقالت وزارة الخارجية والولايات المتحدة إن المحادثات انتهت.', 'ar').map(([, , m]) => m[0])[0]).toEqual('وزارة الخارجية');
  });
});

describe('English: a pair of name words a thing\'s relative pronoun follows', () => {
  it('X Y, which ... is a body, no person; X Y, who ... stays a person', () => {
    expect(typed('Nordhavn Logistik, which runs twelve depots in Denmark, said the attack was contained.', 'en')).toEqual(['organization:Nordhavn Logistik', 'location:Denmark']);
    expect(typed('Karsten Holmgaard, who runs twelve depots in Denmark, said the attack was contained.', 'en')).toEqual(['person:Karsten Holmgaard', 'location:Denmark']);
  });
});

describe('English: an unknown acronym before a comma', () => {
  it('mid-line it is a body (the security service BIS, the hackers …); opening a dateline, a place', () => {
    expect(typed('According to the Slovak security service SIS, the hackers sent 900 e-mails.', 'en')).toEqual(['organization:SIS']);
    expect(typed('KOSICE, May 2 - The police said the hackers sent 900 e-mails.', 'en')).not.toContain('organization:KOSICE');
  });
});

describe('Arabic: a body\'s name with a complement in ل on an indefinite noun', () => {
  it('a definite head, its nisba and ل + a noun a definite word completes (الهيئة الوطنية لمكافحة الفساد); الصندوق only so', () => {
    expect(typed('وقالت الهيئة الوطنية لمكافحة التهريب إن الملف أحيل.', 'ar')).toEqual(['organization:الهيئة الوطنية لمكافحة التهريب']);
    expect(typed('وأقر الصندوق الوطني للتقاعد بتسرب البيانات.', 'ar')).toEqual(['organization:الصندوق الوطني للتقاعد']);
    // (a box is no body; ل on an act's object with a pronoun after it is no complement; nor a purpose after a known name)
    expect(typed('ووضع الناخبون أوراقهم في صندوق الاقتراع.', 'ar')).toEqual([]);
    expect(typed('وندد بهدم الجيش الإسرائيلي لمنزل أسرته الساعة الثانية.', 'ar')).not.toContain('organization:الجيش الإسرائيلي لمنزل أسرته الساعة الثانية');
    expect(typed('وقال إن الاتحاد الروسي لاختراق الشبكات يعمل.', 'ar')).toEqual(['location:Russia']);
  });
});

describe('A body\'s name followed by a known organization in brackets', () => {
  it('is that organization, named so in full (the name the knowledge base lacks joins the entry)', () => {
    expect(ents('وذكر المكتب الأوروبي لتنسيق الشرطة (يوروبول) أن الهجوم كبير.', 'ar')).toEqual([['organization', 'Europol', ['المكتب الأوروبي لتنسيق الشرطة', 'يوروبول']]]);
    // (the English name too, when its initials do not spell the acronym: those define an acronym of the name's own)
    expect(ents('The Infrastructure Security Agency (CISA) said the flaw was exploited.', 'en')).toEqual([['organization', 'CISA', ['Infrastructure Security Agency', 'CISA']]]);
  });
});

describe('Arabic: a knowledge-base alias that names a state\'s body without its state', () => {
  it('is that body where the article names its state (مجلس الشيوخ: the US Senate), another state\'s body as written elsewhere', () => {
    expect(typed('قال مجلس الشيوخ إن التصويت انتهى. وقال الرئيس الأمريكي في واشنطن إن النتيجة مهمة.', 'ar')).toContain('organization:US Senate');
    expect(typed('قال مجلس الشيوخ إن التصويت انتهى في مصر. وأعلنت القاهرة النتائج.', 'ar')).toEqual(['organization:مجلس الشيوخ', 'location:Egypt', 'location:Cairo']);
  });
});

describe('Arabic: a head and an indefinite participle of the third form', () => {
  it('is a noun and its adjective, no body\'s name with the definite word after it (ائتلاف معارض | الحكومة)', () => {
    expect(typed('وحمّل ائتلاف معارض الحكومة مسؤولية التزوير.', 'ar')).toEqual([]);
    expect(typed('وقالت وكالة أبحاث الفضاء إن القمر سقط.', 'ar')).toEqual(['organization:وكالة أبحاث الفضاء']);
  });
});

describe('Arabic: a party\'s head made definite and two nisbas', () => {
  it('is the party\'s name (الحزب الاشتراكي الديمقراطي, with لل too), not a descriptor (الحزب الحاكم) nor a known name made longer', () => {
    expect(typed('وقال الحزب الاشتراكي الديمقراطي إنه أبلغ عن الاختراق.', 'ar')).toEqual(['organization:الحزب الاشتراكي الديمقراطي']);
    expect(typed('واخترقوا حسابات للحزب الاشتراكي الديمقراطي الألماني.', 'ar')).toEqual(['organization:الحزب الاشتراكي الديمقراطي الألماني']);
    expect(typed('وقال الحزب الحاكم الجديد إنه فاز.', 'ar')).toEqual([]);
    expect(typed('وقال الحزب الديمقراطي الأمريكي إنه فاز.', 'ar')).toEqual(['organization:Democratic Party']);
  });
});

describe('English: a name between "the" and a group noun that claims a hostile act right after', () => {
  it('is a threat actor with no actor noun in the sentence (the Qilin gang claimed responsibility for the attack), not a company group claiming a plant', () => {
    expect(typed('The Vorkan gang claimed responsibility for the attack on the hospitals.', 'en')).toEqual(['threat_actor:Vorkan']);
    expect(typed('The Tata group claimed responsibility for the new plant.', 'en')).toEqual([]);
  });
});

describe('A gloss of a group\'s name right after it, set off by a comma', () => {
  it('is a mention of the same group (تطلق على نفسها اسم "X"، أي "Y")', () => {
    expect(ents('وتبنت مجموعة قرصنة تطلق على نفسها اسم "سيف الليل"، أي "حد السيف"، الهجوم على الموقع.', 'ar')).toEqual([['threat_actor', 'سيف الليل', ['سيف الليل', 'حد السيف']]]);
  });
});

describe('English: a ministry named without its state', () => {
  it('is the state\'s ministry a possessive named it with in the same article, one entity', () => {
    expect(ents("Hackers hit Peru's health ministry on Monday. Later the Ministry of Health said the records were safe.", 'en')).toEqual([
      ['location', 'Peru', ['Peru']],
      ['organization', 'Peruvian Ministry of Health', ['health ministry', 'Ministry of Health']],
    ]);
    // (with two states' ministries of that name, the bare name stays its own)
    expect(typed("Peru's health ministry and Chile's health ministry met. The Ministry of Health spoke first.", 'en')).toContain('organization:Ministry of Health');
  });
});

describe('English: a short form in brackets after a body\'s name that does not spell its initials', () => {
  it('is the body wherever the article uses it: a hyphened acronym (CERT-In) or a word written as a name (Supo)', () => {
    expect(ents('The Moldovan Computer Emergency Team (CERT-Md) said the attack stopped. CERT-Md later said no data was lost.', 'en')).toEqual([
      ['organization', 'Moldovan Computer Emergency Team', ['Moldovan Computer Emergency Team', 'CERT-Md', 'CERT-Md']],
    ]);
    expect(typed('The Latvian Constitution Protection Bureau (Satversme) said spies were active. Satversme named no suspects.', 'en')).toEqual(['organization:Latvian Constitution Protection Bureau']);
    // (a known name in brackets is no short form: the place the body serves)
    expect(typed('The Ministry of Digital Transformation (Ukraine) said the servers were safe.', 'en')).toContain('location:Ukraine');
  });
});

describe('English: a person\'s possessive before a body\'s name', () => {
  it('is the person, not a word of the name, when a title or a given name opens it (Prime Minister X\'s Y Party); a one-word owner stays (McDonald\'s Corp)', () => {
    expect(typed("Prime Minister Tomas Varga's National Renewal Party won 88 seats.", 'en')).toEqual(['person:Tomas Varga', 'organization:National Renewal Party']);
    expect(typed("Peter Kemeny's Civic Union Party lost ground.", 'en')).toEqual(['person:Peter Kemeny', 'organization:Civic Union Party']);
    expect(typed("Kellogg's Nutrition Group said sales rose.", 'en')).toEqual(["organization:Kellogg's Nutrition Group"]);
  });
});

describe('Arabic: a group\'s code name spelled out with points between its letters', () => {
  it('is the knowledge base\'s group, as the spaced spelling is (إيه.بي.تي 28)', () => {
    expect(typed('وقالت الشرطة إن مجموعة "إيه.بي.تي 28" تقف وراء اختراق البرلمان.', 'ar')).toEqual(['threat_actor:APT28']);
  });
});

describe('English: a state\'s central bank in lower case', () => {
  it('is the knowledge base\'s central bank of that state, by its possessive or nationality (Egypt\'s central bank), else the nationality and the name', () => {
    expect(typed("Egypt's central bank said it had foiled the transfers.", 'en')).toEqual(['location:Egypt', 'organization:Central Bank of Egypt']);
    expect(typed('The Russian central bank raised rates and the Peruvian central bank cut them.', 'en')).toEqual(['organization:Central Bank of Russia', 'organization:Peruvian Central Bank']);
  });
});

describe('A place named inside a time of day', () => {
  it('is its time zone, no place of the story (08:00 بتوقيت غرينتش); the place named elsewhere stays', () => {
    expect(ents('ويبدأ الفرز في الساعة الرابعة عصرا (08:00 بتوقيت غرينتش).', 'ar')).toEqual([]);
    expect(ents('ويبدأ الفرز عند 08:00 بتوقيت غرينتش، وتعلن النتائج في غرينتش.', 'ar')).toEqual([['location', 'Greenwich', ['غرينتش']]]);
  });
});

describe('Arabic: a participle that names a body\'s kind (المستقلة) inside its name', () => {
  it('is the name\'s, not a participle governing the words after it', () => {
    expect(typed('وقالت مفوضية الانتخابات المستقلة إن عطلا تقنيا أوقف نظام النتائج.', 'ar')).toEqual(['organization:مفوضية الانتخابات المستقلة']);
  });
});

describe('A state\'s body named with في/in and a place after it', () => {
  it('is the body of that place\'s state, not of the state the article names most', () => {
    expect(typed('وقالت الصين إن بكين تعرضت لهجوم. وقالت وزارة الخارجية في واشنطن إن الاتهامات باطلة.', 'ar')).toContain('organization:US Department of State');
    // (with no such body known, the phrase stays as written)
    expect(typed('وقالت بريطانيا إن لندن تعرضت لهجوم. ودعت وزارة الخارجية في بكين لندن إلى التوقف.', 'ar')).toContain('organization:وزارة الخارجية');
    expect(typed('Britain said London was hit. The foreign ministry in Beijing urged London to stop.', 'en')).toContain('organization:Chinese Ministry of Foreign Affairs');
  });
});

describe('Arabic: a name a head word introduced in quotation marks, written again in them alone', () => {
  it('is the same body there (one entity, every mention)', () => {
    const r = extractText('قالت شركة "ناروفيس" للتحاليل إن الهجوم أوقف أنظمتها. وقالت "ناروفيس" إنها تحلل البيانات. وكتبت ناروفيس رسالة.', { lang: 'ar' });
    expect(r.entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([['organization', 'ناروفيس', 3]]);
  });
  it('unquoted too, when it is one word of no Arabic noun\'s shape; not a word the lists know', () => {
    const r = extractText('وقالت شركة المياه "تيلموروت" إن الإمدادات لم تتأثر. وأكد مدير تيلموروت ذلك. وقالت شركة "الأمل" إن الأمل باق.', { lang: 'ar' });
    expect(r.entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([['organization', 'تيلموروت', 2], ['organization', 'الأمل', 1]]);
  });
});

describe('Arabic: a body\'s name the knowledge base knows, a complement in لل after it', () => {
  it('ends before the complement, a purpose there (الحرس الثوري الإيراني للعبث بـ…); a name it does not know takes it', () => {
    expect(typed('وأحبطت الشرطة محاولات لقراصنة مرتبطين بالحرس الثوري الإيراني للعبث بأنظمة التحكم.', 'ar')).toContain('organization:Islamic Revolutionary Guard Corps');
    expect(typed('وقال الاتحاد الآسيوي للملاكمة إن البطولة تأجلت.', 'ar')).toEqual(['organization:الاتحاد الآسيوي للملاكمة']);
  });
});

describe('English: a name set off by a comma before an apposition ending in a company\'s word', () => {
  it('is a company (Corvane, a pathology services provider; Corvane, a maker of routers), and wherever written again; not a person\'s name or a word of the apposition that is no company\'s', () => {
    expect(typed('A cyberattack on Corvane, a pathology services provider, forced hospitals to cancel operations. Corvane said it was sorry.', 'en')).toEqual(['organization:Corvane']);
    expect(typed('Corvane, a maker of routers, said the flaw was fixed.', 'en')).toEqual(['organization:Corvane']);
    expect(typed('Dalrin, a lawyer at the firm, said so.', 'en')).toEqual([]);
    expect(typed('Dalrin, a company spokesman, said so.', 'en')).toEqual([]);
  });
});

describe('Arabic: a broken plural of the shape تفاعيل or مفاعيل after a company\'s word', () => {
  it('is the company\'s trade, no foreign name (شركة تحاليل، شركة مشاريع)', () => {
    expect(typed('هجوم فدية على شركة تحاليل يعطل المستشفيات. ووقعت شركة مشاريع عقدا.', 'ar')).toEqual([]);
    expect(typed('وقالت شركة سيناريك إن الهجوم خطير.', 'ar')).toEqual(['organization:سيناريك']);
  });
});

describe('Arabic: a spokesman for a body of one word with no article, then a name', () => {
  it('is that name\'s holder (المتحدث باسم حماس حازم قاسم); not a head word as the body, whose words go on (وزارة خارجية …)', () => {
    expect(typed('وقال المتحدث باسم ميكوروت إيلان شطريت إن الإمدادات لم تتأثر.', 'ar')).toContain('person:إيلان شطريت');
    expect(typed('وقال المتحدث باسم وزارة خارجية روسيا البيضاء إن الزيارة مهمة.', 'ar')).not.toContain('person:خارجية روسيا البيضاء');
  });
});

describe('Arabic: a company\'s word and its trade, then its name in quotation marks with a common word after the first', () => {
  it('is the quoted name alone (شركة الأمن الإلكتروني "فيرانتي تكنولوجي غروب"), not the trade\'s words', () => {
    expect(typed('فرضت الوزارة عقوبات على شركة الأمن الإلكتروني "فيرانتي تكنولوجي غروب" ومقرها بكين.', 'ar')).toContain('organization:فيرانتي تكنولوجي غروب');
    expect(typed('فرضت الوزارة عقوبات على شركة الأمن الإلكتروني "فيرانتي تكنولوجي غروب" ومقرها بكين.', 'ar')).not.toContain('organization:شركة الأمن الإلكتروني');
  });
});

describe('Arabic: a spokesman for a body, where the body is, then two foreign-shaped words', () => {
  it('is the name after the place (المتحدث باسم السفارة الصينية في واشنطن X Y); not after a word no list knows as a place', () => {
    expect(typed('وقال المتحدث باسم السفارة الصينية في واشنطن شيان كوانغ إن الصين تعارض العقوبات.', 'ar')).toContain('person:Cheyanne Chuang');
    expect(typed('وقال المتحدث باسم الخارجية التركية ناميل تان إن الحادث لم يتسبب بخلاف.', 'ar')).toContain('person:ناميل تان');
  });
});

describe('Arabic: a group noun, up to four describing words, a naming phrase and the name', () => {
  it('names a hacker group (مجموعة غير معروفة من قبل تطلق على نفسها اسم "…")', () => {
    expect(typed('وأعلنت مجموعة غير معروفة من قبل تطلق على نفسها اسم "ظلال الوادي" مسؤوليتها عن الهجوم.', 'ar')).toContain('threat_actor:ظلال الوادي');
  });
});

describe('A hacker group\'s ambiguous name made plain by an actor word right by it', () => {
  it('names the group wherever else the article writes it (the Conti gang … Conti members); not a word an actor word is only near', () => {
    expect(ents('The Conti gang attacked the ministry on Monday. Officials said Conti members operate from Russia.', 'en').filter(([t]) => t === 'threat_actor')).toEqual([['threat_actor', 'Conti', ['Conti', 'Conti']]]);
    // (an actor word only near it makes that one mention plain, no other)
    const near = ents('The hackers stole the files of the law firm where Conti works. Conti declined to comment.', 'en').filter(([t]) => t === 'threat_actor');
    expect(near.flatMap(([, , m]) => m as string[]).length).toBeLessThan(2);
  });
});

describe('English: a name set off by commas right after a group noun', () => {
  it('is a hacker group in a sentence about a hostile act or after another/second; not after a describing word of another kind', () => {
    expect(typed('The portal was defaced on Monday. A second group, Hollow Sparrow, later posted 40 gigabytes of files online.', 'en')).toContain('threat_actor:Hollow Sparrow');
    expect(typed('The hacking group, Desert Wolves, said it stole the files.', 'en')).toContain('threat_actor:Desert Wolves');
    expect(typed('A rights group, Citizens Watch Forum, said hackers targeted activists.', 'en').filter((x) => x.startsWith('threat_actor'))).toEqual([]);
  });
});

describe('Arabic: a company\'s word and the words of its trade, then its name unquoted', () => {
  it('is the name alone, one or two foreign-shaped words (شركة الشحن العملاقة X، شركة X Y)', () => {
    expect(typed('وقالت شركة الشحن العملاقة هابارتس إن الهجوم كلفها 90 مليون دولار.', 'ar')).toContain('organization:هابارتس');
    expect(typed('وقال محللون في شركة كوبالت ستريكس إن الأعضاء في روسيا.', 'ar')).toContain('organization:كوبالت ستريكس');
    // (not a definite word behind a proclitic, a participle's dual or a common word behind و)
    expect(typed('ووصلت طائرتان لشركة الخطوط الجوية الوطنية متوجهتين إلى المطار.', 'ar')).not.toContain('organization:متوجهتين');
  });
});

describe('Arabic: any body\'s head and الانتخابات (organizations.naming_nouns)', () => {
  it('names an election body, as وزارة and a common noun names a ministry (لجنة الانتخابات، مفوضية الانتخابات); other heads and a common noun describe', () => {
    expect(typed('وقالت لجنة الانتخابات في بيرو إنها تحقق في الاختراق.', 'ar')).toContain('organization:لجنة الانتخابات');
    expect(typed('وقالت مفوضية الانتخابات إن المتسللين دخلوا أنظمتها.', 'ar')).toContain('organization:مفوضية الانتخابات');
    expect(typed('وقالت لجنة الدفاع إن الميزانية كافية.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
  });
});

describe('English: the name before a criminal band\'s noun (attribution.band_nouns) in a sentence about a hostile act', () => {
  it('is a hacker group with no actor word in the sentence (the Vortexa gang stole …); not in a sentence with no hostile act', () => {
    expect(typed('The Vortexa gang stole the files of the ministry.', 'en')).toContain('threat_actor:Vortexa');
    expect(typed('The Krays gang ruled the East End for years.', 'en').filter((x) => x.startsWith('threat_actor'))).toEqual([]);
  });
});

describe('English: a body\'s first word that is a ministry\'s portfolio word (Defence Intelligence Service)', () => {
  it('is no short form of the body alone later (Defence Minister X is no mention of the service)', () => {
    const found = ents('The Centre for Cyber Security, part of the Defence Intelligence Service, said the attack was severe. Defence Minister Arvid Holm said the threat was real.', 'en');
    expect(found.find(([, n]) => n === 'Defence Intelligence Service')?.[2]).toEqual(['Defence Intelligence Service']);
  });
});

describe('Arabic: an office, ل glued to a quoted name no list knows, then a name', () => {
  it('makes the quoted name a body and the words after it the office holder (الرئيس التنفيذي لـ"X" فلان، لشركة "X" فلان)', () => {
    const a = ents('وقال الرئيس التنفيذي لـ"دوروفاكس" أوليغ ماركيفيتش إن الخوادم دمرت.', 'ar');
    expect(a.map(([t, , m]) => `${t}:${(m as string[]).join(';')}`)).toEqual(['organization:دوروفاكس', 'person:أوليغ ماركيفيتش']);
    const b = ents('وقال الرئيس التنفيذي لشركة "دوروفاكس" أوليغ ماركيفيتش إن الخوادم دمرت.', 'ar');
    expect(b.map(([t, , m]) => `${t}:${(m as string[]).join(';')}`)).toEqual(['organization:دوروفاكس', 'person:أوليغ ماركيفيتش']);
    // (no office before ل: a quoted slogan after a verb stays no body)
    expect(typed('ودعا المحتجون لـ"دوروفاكس" جديدة في الشوارع.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
  });
});

describe('Arabic: a threat actor\'s name written with ordinary words (ألفا في: "thousand in")', () => {
  it('is no actor in a count (قرابة 23 ألفا في الولايات المتحدة); next to an actor word it is', () => {
    expect(typed('وأصيب نحو 81 ألف جهاز، بينها قرابة 23 ألفا في الولايات المتحدة.', 'ar').filter((x) => x.startsWith('threat_actor'))).toEqual([]);
    expect(typed('وأعلنت عصابة الفدية ألفا في مسؤوليتها عن الهجوم على المستشفى.', 'ar')).toContain('threat_actor:ALPHV');
  });
});

describe('the knowledge base: an Arabic alias made only of ordinary words', () => {
  it('is a context alias, never a plain one (a plain alias is matched anywhere: ألفا في in a count)', () => {
    const res = loadLanguage('ar');
    const n = res['number-words'];
    const ordinary = new Set<string>([
      ...res['function-words'].words,
      ...res['common-words'].words,
      ...[n.ones, n.tens, n.hundreds, n.scales].flatMap((t) => Object.keys(t)),
      ...n.dual_scales,
    ]);
    // (names of places and banks that are words too stay plain: Mali is مالي, "financial", and read with its own rules)
    const known = new Set(['مالي', 'ألفا بنك', 'بنك صادرات', 'بيت لحم']);
    const plain = loadKb().flatMap((e) => (e.aliases?.ar ?? []).filter((a) => !known.has(a) && a.split(/\s+/).every((w) => ordinary.has(w))));
    expect(plain).toEqual([]);
  });
});

describe('Arabic: a court made definite and two nisbas, not all of them a nationality (organizations.nisba_named_heads)', () => {
  it('is a body\'s name (المحكمة الدستورية المولدافية) and speaks as المحكمة later; one nisba names none (أمام المحكمة الجنائية)', () => {
    const text = 'ألغت المحكمة الدستورية المولدافية يوم الجمعة نتيجة الجولة الأولى. وقالت المحكمة في قرارها: "ستعاد العملية الانتخابية بأكملها".';
    expect(typed(text, 'ar')).toContain('organization:المحكمة الدستورية المولدافية');
    const r = extractText(text, { lang: 'ar' });
    expect(r.quotes.map((q) => r.entities.find((e) => e.id === q.speaker)?.name)).toEqual(['المحكمة الدستورية المولدافية']);
    expect(typed('ومثل المتهم أمام المحكمة الجنائية يوم الأحد.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
  });
});

describe('English: a name the rules found once, again where no rule reads it (en/entity/name-occurrence)', () => {
  it('is a mention there too: a camel-case word or a name of two words (the attack on VelmoraHealth\'s unit … VelmoraHealth said)', () => {
    const found = ents('The attack on VelmoraHealth\'s payment unit hit millions. VelmoraHealth said it was contained.', 'en');
    expect(found).toEqual([['organization', 'VelmoraHealth', ['VelmoraHealth', 'VelmoraHealth']]]);
    // (and the trailing generic noun it left unnamed speaks for it)
    const r = extractText('The attack on VelmoraHealth\'s payment unit hit millions, the company said. VelmoraHealth said it was contained.', { lang: 'en' });
    expect(r.quotes.map((q) => r.entities.find((e) => e.id === q.speaker)?.name ?? null)).toEqual(['VelmoraHealth', 'VelmoraHealth']);
  });
});

describe('Arabic: a group\'s quoted name the article gives a sector\'s nisba (organizations.business_nisbas)', () => {
  it('is a business group in the whole article, no hacker group, though a headline puts it by hackers', () => {
    const text = 'مجموعة "فيلمورا" اليابانية: قراصنة اخترقوا حسابها\n\nقالت مجموعة "فيلمورا" الإعلامية اليابانية إن قراصنة اخترقوا حسابها على منصة سلاك.';
    expect(typed(text, 'ar').filter((x) => x.startsWith('threat_actor'))).toEqual([]);
    // (with no such nisba anywhere, a group's quoted name by a hostile act stays a hacker group)
    expect(typed('وأعلنت مجموعة "فيلمورا" مسؤوليتها عن اختراق حساب الشركة.', 'ar').filter((x) => x.includes('فيلمورا'))).toEqual(['threat_actor:فيلمورا']);
  });
});

describe('English: a name set off by commas after a word that introduces a company\'s name (organizations.name_heads)', () => {
  it('is a body (The exchange\'s operator, Dunamu, said …; the insurer, Velmora Indemnity, said …)', () => {
    expect(typed('The exchange\'s operator, Dunamu, said it had reimbursed its customers.', 'en')).toEqual(['organization:Dunamu']);
    expect(typed('The insurer, Velmora Indemnity, said the losses fell under the exclusion.', 'en')).toEqual(['organization:Velmora Indemnity']);
    // (a capitalized word an aside opens with, no comma closing a name after it, is none: The firm, In a statement on …)
    expect(typed('The firm, In a statement on Friday, said it had reimbursed its customers.', 'en').filter((x) => x.includes('In a'))).toEqual([]);
  });
});

describe('A knowledge-base name in another spelling of one of its words (organizations.name_variants: سانت/سان)', () => {
  it('is not another entry\'s own name (سانت لويس is St. Louis, سان لويس San Luis; the FBI\'s office there stays the FBI)', () => {
    expect(typed('وصل الوفد إلى سانت لويس يوم الخميس.', 'ar')).toEqual(['location:St. Louis']);
    expect(typed('وصل الوفد إلى سان لويس يوم الخميس.', 'ar')).toEqual(['location:San Luis']);
    expect(typed('وقال مسؤول في مكتب التحقيقات الفيدرالي في سانت لويس إن التحقيق مستمر.', 'ar')).toEqual(['organization:FBI', 'location:St. Louis']);
  });
});

describe('English: a lower-case word of a trading or selling company before a name (organizations.name_heads)', () => {
  it('makes the name a body (the cryptocurrency exchange Velmex, the cloud platform Tarsa, the retailer Velmart)', () => {
    expect(typed('The Indian cryptocurrency exchange Velmex said on Friday that hackers had stolen funds.', 'en')).toEqual(['organization:Velmex']);
    expect(typed('The records were taken from the cloud platform Tarsa last year.', 'en')).toEqual(['organization:Tarsa']);
    expect(typed('Hackers hit the retailer Velmart in April.', 'en')).toEqual(['organization:Velmart']);
  });
});

describe('Arabic: a verb right after a body\'s head word (a company that runs …, 11 companies were breached)', () => {
  it('is no foreign name after the head (شركة تدير، شركة اخترقت)', () => {
    expect(typed('وقال التقرير إن قراصنة اخترقوا 22 شركة تدير أجزاء من الشبكة في البلاد.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
    expect(typed('وأضاف التقرير أن 11 شركة اخترقت في يوم واحد.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
    // (a foreign name after the head stays one: شركة فيلموران)
    expect(typed('وقالت شركة فيلموران إنها أصلحت الثغرة.', 'ar')).toEqual(['organization:فيلموران']);
  });
});

describe('Arabic: a borrowed noun in -logy in construct after a body\'s head (تكنولوجيا، بيولوجيا)', () => {
  it('joins the definite words after it into the body\'s name', () => {
    expect(typed('وقالت وزارة تكنولوجيا المعلومات والاتصالات إنها ستنفق مليار بيزو.', 'ar')).toEqual(['organization:وزارة تكنولوجيا المعلومات والاتصالات']);
    // (an adverb in يا after a head is none: وقالت الوزارة رسميا)
    expect(typed('وأعلنت هيئة رسميا الانتخابات أمس.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
  });
});

describe('Arabic: a company\'s Latin capitals spelled out after its word (organizations.letter_names)', () => {
  it('are its name, with the foreign words after them (شركة إم جي إم ريزورتس)', () => {
    expect(typed('قالت شركة إم جي إم ريزورتس الدولية إن الهجوم سيكلفها 100 مليون دولار.', 'ar')).toEqual(['organization:إم جي إم ريزورتس']);
    expect(typed('وقالت شركة كيو في تي إن أنظمتها تعطلت.', 'ar')).toEqual(['organization:كيو في تي']);
    // (a letter's name that is also a function word, alone or first, makes none: شركة في المدينة)
    expect(typed('وقالت شركة في المدينة إن الهجوم كبير.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
  });
});

describe('English: a body\'s capitals opening a paragraph with no dateline\'s mark after them', () => {
  it('are its acronym again (… agency (VEC) said …\\n\\nVEC has claimed …), not a dateline; PARIS (Reuters) and SEE: stay none', () => {
    const r = extractText('The country\'s election watchdog (VEC) said it had been hacked.\n\nVEC has reported several such attacks since 2023.', { lang: 'en' });
    expect(r.entities.filter((e) => e.name === 'VEC').map((e) => e.mentions.length)).toEqual([2]);
    expect(typed('PARIS (Reuters) - The watchdog said it had been hacked.', 'en').filter((x) => x.includes('PARIS'))).toEqual([]);
    expect(typed('The watchdog said it had been hacked.\nSEE: How to protect your network\nThe agency said more.', 'en').filter((x) => x.includes('SEE'))).toEqual([]);
  });
});

describe('The knowledge base: Ukraine\'s security, intelligence and cyber bodies (domain-bodies.yaml)', () => {
  it('are found in both scripts, one entity per body', () => {
    expect(typed('The SBU said the Security Service of Ukraine had found the malware.', 'en').filter((x) => x.startsWith('organization'))).toEqual(['organization:SBU']);
    expect(typed('وقال جهاز الأمن الأوكراني إن البرنامج اكتشف مبكرا.', 'ar')).toEqual(['organization:SBU']);
    expect(typed('وتبنت الاستخبارات العسكرية الأوكرانية الهجوم.', 'ar')).toEqual(['organization:HUR']);
    expect(typed('CERT-UA said the phishing emails carried a macro.', 'en')).toEqual(['organization:CERT-UA']);
  });
});

describe('The knowledge base: heads of state and candidates of Eastern Europe\'s contested elections (leaders.yaml)', () => {
  it('are one person in both scripts (مايا ساندو is Maia Sandu; سالومي زورابيشفيلي is Salome Zourabichvili)', () => {
    expect(typed('وقالت الرئيسة مايا ساندو إن جماعات إجرامية حاولت شراء الأصوات.', 'ar')).toEqual(['person:Maia Sandu']);
    expect(typed('وقالت سالومي زورابيشفيلي إن الانتخابات مزورة.', 'ar')).toEqual(['person:Salome Zourabichvili']);
    expect(typed('Calin Georgescu denied any wrongdoing.', 'en')).toEqual(['person:Călin Georgescu']);
  });
});

describe('Arabic: a name in quotation marks after a body\'s head word holding a known name at its end', () => {
  it('stays whole (صحيفة "كييف إندبندنت" is no The Independent); unquoted, the known name wins as before', () => {
    expect(typed('وقال مصدر لصحيفة "كييف إندبندنت" إن الهجوم مسح بيانات.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:كييف إندبندنت']);
  });
});

describe('The knowledge base: security services of the Nordic states, Serbia, Lebanon and Morocco; CERT-UA\'s long names', () => {
  it('are one body in both scripts', () => {
    expect(typed('The Computer Emergency Response Team of Ukraine said it had blocked the domains.', 'en').filter((x) => x.startsWith('organization'))).toEqual(['organization:CERT-UA']);
    expect(typed('وقال فريق الاستجابة لطوارئ الحاسوب في أوكرانيا إنه حجب النطاقات.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:CERT-UA']);
    expect(typed('وقالت قوى الأمن الداخلي إنها فتحت تحقيقا.', 'ar')).toEqual(['organization:Internal Security Forces']);
    expect(typed('وقالت هيئة الأمن الوطني النرويجية إنها رصدت ارتفاعا في الهجمات.', 'ar')).toEqual(['organization:Norwegian National Security Authority']);
  });
});

describe('A body\'s name less its state, known with it in the article (Sweden\'s Security Service … The Security Service)', () => {
  it('is that body, in both scripts, when one body bears that name', () => {
    const ents = (text: string, lang: 'ar' | 'en') => extractText(text, { lang }).entities.filter((e) => e.type === 'organization').map((e) => `${e.name}:${e.mentions.length}`);
    expect(ents('Sweden\'s Security Service said Iran was behind it. The Security Service said the case was closed.', 'en')).toEqual(['Swedish Security Service:2']);
    expect(ents('وقال جهاز الأمن الفيدرالي الروسي إن العملية نجحت. وأضاف جهاز الأمن الفيدرالي أن التحقيق مستمر.', 'ar')).toEqual(['FSB:2']);
    // (two bodies of two states bearing it: neither)
    expect(ents('Sweden\'s Security Service and Ukraine\'s Security Service met. The Security Service said nothing.', 'en')).toContain('Security Service:1');
  });
});

describe('English: a compound adjective in lower case after its hyphen before a known place (Russian-annexed Crimea)', () => {
  it('is no name\'s word: the place alone, no body', () => {
    expect(typed('The unit is based in Russian-annexed Crimea.', 'en')).toEqual(['location:Crimea']);
    expect(typed('Officials in Houthi-controlled Hodeidah said the port was hit.', 'en').filter((x) => x.startsWith('organization'))).toEqual([]);
  });
});

describe('The knowledge base: intelligence and cyber bodies of South Korea, Canada, India, Saudi Arabia and Kuwait', () => {
  it('are one body in both scripts; a bare name other states\' bodies bear too stays unknown', () => {
    expect(typed('وقالت الاستخبارات الوطنية في كوريا الجنوبية إن قراصنة اخترقوا الخوادم.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:National Intelligence Service']);
    expect(typed('Canada\'s Communications Security Establishment said India was a threat.', 'en').filter((x) => x.startsWith('organization'))).toEqual(['organization:Communications Security Establishment']);
    expect(typed('ولم يتسن الحصول على تعليق من الهيئة الوطنية للأمن الإلكتروني حول الهجوم.', 'ar')).toEqual(['organization:الهيئة الوطنية للأمن الإلكتروني']);
  });
});

describe('English: an acronym or initials after a known body with its state\'s possessive (South Korea\'s National Intelligence Service (NIS))', () => {
  it('is that body, in brackets or later alone, the possessive no part of the initials', () => {
    const ents = (text: string) => extractText(text, { lang: 'en' }).entities.filter((e) => e.type === 'organization').map((e) => `${e.name}:${e.mentions.length}`);
    expect(ents('South Korea\'s National Intelligence Service (NIS) said on Monday. The NIS added that it was sure.')).toEqual(['National Intelligence Service:3']);
    expect(ents('South Korea\'s National Intelligence Service said on Monday that hackers broke in. The NIS added that it was sure.')).toEqual(['National Intelligence Service:2']);
  });
});

describe('The knowledge base: Canada\'s and Australia\'s provinces and states; the parties of the elections the news follows', () => {
  it('are places and parties in both scripts (كولومبيا البريطانية is no Colombia; the Congress party is no US Congress)', () => {
    expect(typed('وقتل الزعيم في كولومبيا البريطانية.', 'ar')).toEqual(['location:British Columbia']);
    expect(typed('The opposition Congress party said the leak was the biggest.', 'en')).toEqual(['organization:Indian National Congress']);
    expect(typed('ورفض حزب الحلم الجورجي الاتهامات.', 'ar')).toEqual(['organization:Georgian Dream']);
  });
  it('a name with a small word between its words is not matched by its letters\' skeleton (لاند جاستس is no Law and Justice)', () => {
    expect(typed('وأطلق القراصنة على أنفسهم اسم "هوم لاند جاستس".', 'ar').filter((x) => x.includes('Law and Justice'))).toEqual([]);
  });
});

describe('English: a group\'s name after a naming phrase, its capitalized parts joined by a hyphen (calling itself Al-Tahera)', () => {
  it('is one name, not its first part', () => {
    expect(typed('A group calling itself Al-Norvala claimed the attack on Telegram.', 'en').filter((x) => x.startsWith('threat_actor'))).toEqual(['threat_actor:Al-Norvala']);
  });
});

describe('The knowledge base: the intelligence services of the Netherlands and Romania', () => {
  it('are one body in both scripts', () => {
    expect(typed('وقال جهاز الاستخبارات والأمن العسكري إن المجموعة مدعومة من الدولة.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:MIVD']);
    expect(typed('وقال جهاز الاستخبارات الروماني إن الحسابات أصبحت نشطة.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:Romanian Intelligence Service']);
  });
});

describe('The knowledge base: Arabic names of Transparent Tribe, Scattered Spider and Homeland Justice (kb-src/threat-actors-ar.yaml)', () => {
  it('are their actors, as written by the Arabic press or rendered by the project', () => {
    expect(typed('وأرسلت المجموعة المعروفة باسم "ترانسبارنت ترايب" رسائل تصيد.', 'ar').filter((x) => x.startsWith('threat_actor'))).toEqual(['threat_actor:APT36']);
    expect(typed('وأطلق القراصنة على أنفسهم اسم "هوم لاند جاستس".', 'ar').filter((x) => x.startsWith('threat_actor'))).toEqual(['threat_actor:Void Manticore']);
  });
});

describe('The knowledge base: حنظلة as Handala near a group word; the Israel National Cyber Directorate\'s Arabic forms', () => {
  it('are those entries', () => {
    expect(typed('وتبنت الهجوم مجموعة تدعى حنظلة.', 'ar').filter((x) => x.startsWith('threat_actor'))).toEqual(['threat_actor:Handala']);
    expect(typed('واتهمت المديرية الوطنية للسايبر في إسرائيل إيران بالهجوم.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:Israel National Cyber Directorate']);
  });
});

describe('Arabic: a hacker group\'s quoted name after its phrase and up to two describing words (مجموعة القرصنة الموالية لروسيا "X")', () => {
  it('is a named group, the digits inside its name no figure', () => {
    const r = extractText('أعلنت مجموعة القرصنة الموالية لروسيا "نورفالو 42" مسؤوليتها عن هجمات عطلت مواقع الوزارة.', { lang: 'ar' });
    expect(r.entities.filter((e) => e.type === 'threat_actor').map((e) => e.name)).toEqual(['نورفالو 42']);
    expect(r.figures.map((f) => f.text)).toEqual([]);
    expect(typed('واخترقت مجموعة القرصنة الإيرانية "نورفالو" شبكة الوزارة.', 'ar').filter((x) => x.startsWith('threat_actor'))).toEqual(['threat_actor:نورفالو']);
  });
});

describe('The knowledge base: Denmark\'s cyber and intelligence bodies; WithSecure apart from F-Secure', () => {
  it('are their own entries in both scripts', () => {
    expect(typed('Denmark\'s Centre for Cyber Security said the attacks lasted four hours.', 'en').filter((x) => x.startsWith('organization'))).toEqual(['organization:Danish Centre for Cyber Security']);
    expect(typed('وقال المركز الدنماركي للأمن السيبراني إن الهجمات استمرت أربع ساعات.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:Danish Centre for Cyber Security']);
    expect(typed('Researchers at the Finnish firm WithSecure said the group pays volunteers.', 'en').filter((x) => x.startsWith('organization'))).toEqual(['organization:WithSecure']);
  });
});

describe('Arabic: a body\'s head word after a quantifier (أي بنك، كل شركة) is any such body', () => {
  it('names none, and the word after it is no body\'s name', () => {
    expect(typed('وقال العقيد جون دو "لن يطلب منك أي بنك رمزك عبر رسالة".', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
    expect(typed('وقالت الهيئة إن كل شركة نورفالو ملزمة بالإبلاغ.', 'ar').filter((x) => x.startsWith('organization'))).toEqual([]);
  });
});

describe('Arabic: بن right after a title, a foreign-shaped word after it, is the given name Ben', () => {
  it('opens the person\'s name, no father\'s name to join', () => {
    expect(typed('وكتب الرئيس التنفيذي لبايبت بن نورفالي على منصة إكس أن الأموال آمنة.', 'ar').filter((x) => x.startsWith('person'))).toEqual(['person:بن نورفالي']);
  });
});

describe('The knowledge base: Arab central banks, Britain\'s National Crime Agency, Jordan\'s Public Security Directorate', () => {
  it('are their entries in both scripts', () => {
    expect(typed('وقال البنك المركزي الأردني إنه طلب من البنوك تشديد التدقيق.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:Central Bank of Jordan']);
    expect(typed('وقالت الوكالة الوطنية لمكافحة الجريمة إن الشرطة اعتقلت رجلين.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:National Crime Agency']);
    expect(typed('The National Crime Agency said four people had been arrested.', 'en').filter((x) => x.startsWith('organization'))).toEqual(['organization:National Crime Agency']);
    expect(typed('وقال مصرف لبنان إن الاحتياطات تراجعت.', 'ar').filter((x) => x.startsWith('organization'))).toEqual(['organization:Banque du Liban']);
  });
});

describe('English: a pair of unknown capitalized words set off by an apposition that names a company\'s kind', () => {
  it('is a company, not a person; a company spokesman in apposition leaves a person', () => {
    expect(typed('The gang hit Nordal Kliniken, a Swedish hospital operator that runs four clinics.', 'en').filter((x) => !x.startsWith('location'))).toEqual(['organization:Nordal Kliniken']);
    expect(typed('Varno Teppik, a company spokesman, said the data was safe.', 'en')).toEqual(['person:Varno Teppik']);
  });
});

describe('Arabic: a news agency\'s name right after a person\'s name (the one told) is no part of the name', () => {
  it('ends the name before it', () => {
    expect(typed('وأبلغ قائد الشرطة جون دو رويترز بأن الحكومة صدت الهجوم.', 'ar')).toEqual(['person:جون دو', 'organization:Reuters']);
  });
});
