/**
 * Shapes of Arabic words that tell a name from the phrase around it, for rules that find names with no
 * capital letters to go by (persons, places): nouns, verbs and adverbs by their morphology, and the shape of
 * a foreign name that opens with a proclitic's letter. Patterns over the cleaned text (alef-folded, no
 * diacritics); bounded, no backtracking.
 */
/**
 * Definite Arabic words that are nouns, not surnames, by their shape: verbal nouns (التقرير، التدخل،
 * الاستقلال، الانتخاب), feminine or plural forms (الحكومية، الانتخابات) and passive participles
 * (المولود، المعروف); a nisba in ي (التميمي) stays.
 */
export const NOT_SURNAME_AR = /^ال(?:ت|است|إست|ان)[\u0621-\u064A]{2,}(?<!ي)$|^ال[\u0621-\u064A]{2,}(?:ات|ية)$|^الم[\u0621-\u064A]{2}و[\u0621-\u064A](?<!ي)$/;
/** A short word in ي: an imperfect verb (يعتقد، يترك), unless it is a given name (يوسف); not يا, which opens no verb's
 *  stem but foreign names (يانسن، يانغ). */
export const IMPERFECT_AR = /^ي(?!ا)[\u0621-\u064A]{2,4}$/;
/** An imperfect verb of the masculine plural (يعيشون، يعملون): ي, two to four letters, ون (a nisba plural in يون is none). */
export const IMPERFECT_PLURAL_AR = /^ي[\u0621-\u064A]{2,4}(?<!ي)ون$/;
/** A verb of saying of the plural or the dual (قالوا، يقولون، أضافتا): no singular subject's gender to tell. */
export const PLURAL_VERB_AR = /(?:وا|ون|ين|ات|ان)$/;
/** A verb of saying with a feminine subject: a perfect in ت, a participle in ة (قالت، أضافت، مضيفة). */
export const FEMININE_VERB_AR = /[تة]$/;
/** The prefix of an imperfect (تقول، يقول), whose ت may be the feminine's or the perfect's first letter (تابع). */
export const IMPERFECT_START_AR = /^[تي]/;
/** A short word with a pronoun suffix (فوزه، قولها، رأيهم): a noun's phrase, not a name. */
export const PRONOUN_SUFFIXED_AR = /^[\u0621-\u064A]{2,4}ه$|^[\u0621-\u064A]{2,}(?:ها|هم|هما)$/;
/**
 * An Arabic word shaped like a common noun, verbal noun or adjective rather than a foreign name: a feminine
 * or plural ending (دولة، زيارات، شخصيين، مسؤولون; a plain ين or ون ends foreign names too: بوتين، نيلسون),
 * a final ى (أدنى), an accusative ending on a participle (متقدما), a pronoun (جلالته، استقباله), or the shape of a derived verbal noun (اختيار،
 * استقبال، انسحاب، تسجيل).
 */
export const NOUN_SHAPED_AR = /(?:ة|ات|يين|يون|ى|ته|له|ها|هم)$|^م[\u0621-\u064A]{3,}(?:ين|ون)$|^[مت][\u0621-\u064A]{3,}ا$|^(?:است|ان[\u0621-\u064A]{2}ا)|^ا[\u0621-\u064A]ت[\u0621-\u064A]ا[\u0621-\u064A]$|^ت[\u0621-\u064A]{2}ي[\u0621-\u064A]$/;
/**
 * A word after a name that is no part of it: pronoun-suffixed, an imperfect in ت (of the forms تفاعل and استفعل too:
 * تتحدث، تستهدف), an accusative ending on a
 * participle or verbal noun whose second letter is no long vowel (متقدما، تكريما; a foreign name such as
 * مانفرا، ماريا keeps its ا), a short accusative noun of that shape (هدفا، شكرا; لولا، سارا keep theirs), a
 * participle of the forms مفتعل and مستفعل (مقتنع، مرتفع، مستشار; ميتشل keeps its long vowel), a plural verb (قالوا; not
 * after an alef: ياماكاوا، هاسيغاوا are foreign names) or a
 * feminine past of the forms تفاعل، تفعّل and افتعل (تناولت، تحدثت، ارتبطت). (Adverbs in يا, عسكريا، رسميا, are function words:
 * their shape is that of ماريا، مونتويا.)
 */
export const NOT_NAME_AFTER_AR = /^ت[\u0621-\u064A]{3,4}ت$|^ا[\u0621-\u064A]ت[\u0621-\u064A]{2}ت$|^[\u0621-\u064A]{3,}(?:ته|له|ها|هم|هما)$|^ت[\u0621-\u064A]{3}$|^[مت][\u0621-\u0626\u0628-\u0647][\u0621-\u064A]{2,}ا$|[\u0621-\u064A][\u0621-\u0626\u0628-\u064A]وا$|^[\u0621-\u064A][^\u0627\u0648\u064A][\u0621-\u064A]ا$|^م[^\u0627\u0648\u064A]ت[\u0621-\u064A]{2}$|^مست[\u0621-\u064A]{2,}$|^ت(?:ت|ست)[\u0621-\u064A]{3}$/;
/**
 * A long word that opens with ب، ل or ف and a long vowel (فينوجرادوف، ليبرمان، بيولين): a foreign name, as a
 * preposition or conjunction on a common word rarely gives that shape at six letters (بوجود، لوقف، فيما are shorter).
 */
export const LONG_FOREIGN_AR = /^[بلف][وي][\u0621-\u064A]{4,}$/;
export const longForeign = (w: string) => LONG_FOREIGN_AR.test(w) && !NOUN_SHAPED_AR.test(w) && !NOT_NAME_AFTER_AR.test(w) && !PRONOUN_SUFFIXED_AR.test(w);
/** A word with the article, a proclitic before it or ل + ال written لل: a definite word (الملفات، والتقارير، للحزب). */
export const DEFINITE_WORD_AR = /^(?:ال|[وفبلك]ال|لل)/;
/** A definite nisba adjective (الآسيوي، الوطنية، الاتحادي). */
export const DEFINITE_NISBA_AR = /^ال[\u0621-\u064A]{2,}(?:ي|ية)$/;
/** An indefinite nisba adjective, singular or plural, no article and no preposition with it (أمني، عسكري، إيرانيون): not للصحافيين. */
/** A definite nisba of the singular or the plural (الاقتصادي، الأمنية، السياسيون، السياسيين): a definite speaker noun's adjective. */
export const DEFINITE_NISBA_PLURAL_AR = /^ال[\u0621-\u064A]{2,}(?:ي|ية|يون|يين)$/;
/** A nisba adjective and the spaces after it (إلكتروني، سيبرانية; the cleaned text writes إلكتروني with a bare alef, so an
 *  opening ال is allowed): what may stand between a counted noun and its rate. */
export const ADJECTIVE_BEFORE_RATE_AR = /^(?!لل)[\u0621-\u064A]{3,}(?:ي|ية)[ \t]{1,4}/;
export const INDEFINITE_NISBA_AR = /^(?![وفبكل]?ال|لل)[\u0621-\u064A]{2,}(?:ي|ية|يون|يين)$/;
/** A complement with ل and the article, written لل (للتنمية، للشرطة): what names a body's purpose after its head. */
export const LL_COMPLEMENT_AR = /^لل[\u0621-\u064A]{3,}$/;
/** An active participle of the third form, مُفاعِل (معارض، مناهض، منافس): an adjective after a noun, none of a body's name's nouns. */
export const MUFAIL_AR = /^م[\u0621-\u064A]ا[\u0621-\u064A]{2}$/;
/** A complement of a body's name in ل on an indefinite noun that a definite word completes (لمكافحة الفساد): ل, no article. */
export const L_CONSTRUCT_AR = /^ل(?!ل)[\u0621-\u064A]{3,}$/;
/**
 * A word of ب or ل and a noun no name is written as: a verbal noun of three consonants (لشرح، بحث) or a noun in ة of
 * five letters or more (بخطورة، لرعاية; بشارة is a family name; not after بو or بن, which open Maghrebi family names:
 * بوصوفة، بنطلحة), or a verbal noun of the form استفعال (باستخدام، لاستعادة). After a name's first word it is the phrase after the name (عبد الحفيظ لشرح).
 */
export const PREPOSED_NOUN_AR = /^[لب][^\u0621-\u0627\u0648\u0649\u064A]{3}$|^(?:ب(?![ون])|ل(?![وا]))[\u0621-\u064A]{4,}ة$|^[لب]است[\u0621-\u064A]{2}ا[\u0621-\u064A]$/;
/** A verb in the future: س and an imperfect's letter, then its stem (سيقاطع، ستكون، سنعمل). */
export const FUTURE_AR = /^س[يتن][\u0621-\u064A]{2,6}$/;
/** The shape of a past verb: افتعل (امتنع، اجتمع) or a short feminine past in ت (وصلت، أكدت; فيسنت، روبرت are names). */
export const PAST_VERB_AR = /^ا[\u0621-\u064A]ت[\u0621-\u064A]{2}$|^[\u0621-\u064A]{3}ت$/;
/** The past of a verb of the form انفعل (انسحب، انضم), PAST_VERB_AR's افتعل's neighbour: no company name's second word. */
export const INFAL_PAST_AR = /^ان[\u0621-\u064A]{3}$/;
/** A noun borrowed in -logy (تكنولوجيا، بيولوجيا، أيديولوجيا): a noun, not an adverb in يا or an accusative in ا. */
export const LOGY_AR = /^[\u0621-\u064A]{3,9}وجيا$/;
/** An Arabic participle's plural or dual (متوجهتين، مسؤولون): no company's name after its trade words. */
export const PARTICIPLE_PLURAL_AR = /^م[\u0621-\u064A]{3,}(?:تين|تان|ين|ون)$/;
/** The feminine past of a derived verb, ending in its ت (استهدفت، ارتفعت، انخفضت، تراجعت): no noun in ات (تحقيقات), and
 *  not a تفعيل noun's يت or a وت (توقيت، تصويت، تابوت). */
export const DERIVED_PAST_FEMININE_AR = /^(?:است[\u0621-\u064A]{3}|ا[\u0621-\u064A]ت[\u0621-\u064A]{2}|ان[\u0621-\u064A]{3}|ت[\u0621-\u064A]{3,4})(?<![اوي])ت$/;
/** Three letters with no long vowel (عقد، شرح، كتب): the shape of a triliteral past verb or bare noun, no foreign surname. */
export const BARE_TRILITERAL_AR = /^[\u0621-\u0626\u0628-\u0647]{3}$/;
/** The opening of a definite verbal noun of the forms تفعيل، استفعال، انفعال (التحقيق، الاستئناف، الانضباط). */
export const DEFINITE_VERBAL_NOUN_AR = /^ال(?:ت|است|ان)/;
/** The opening of a definite verbal noun or participle (التقرير، الاستقلال، الانتخاب، المسؤول): no family name. */
export const DERIVED_DEFINITE_AR = /^ال(?:ت|است|ان|م)/;
/** The definite verbal noun إفعال (الإعلان، الإفراج): a common noun, no family name. */
export const DEFINITE_IFAL_AR = /^ال[اأإ][\u0621-\u064A]{2}ا[\u0621-\u064A]$/;
/** The verbal noun افتعال (احتجاز، اجتماع): a common noun, no foreign name. */
export const IFTIAL_AR = /^ا[\u0621-\u064A]ت[\u0621-\u064A]ا[\u0621-\u064A]$/;
/**
 * Whether an Arabic word has none of the shapes of a common noun, a pronoun-suffixed noun, an adverb or participle, a
 * past or an imperfect verb: a word that may be a transliterated foreign name (the spelling and named-actor rules).
 */
export const nameShapedAr = (w: string): boolean =>
  !NOUN_SHAPED_AR.test(w) && !PRONOUN_SUFFIXED_AR.test(w) && !NOT_NAME_AFTER_AR.test(w) && !PAST_VERB_AR.test(w) && !IMPERFECT_AR.test(w);
/** A verbal noun of three letters with ب glued to it, a charge after an accused (بجر، بشن), which arabicCharge's rule of
 *  more than three letters leaves to its act nouns. */
export const SHORT_BA_NOUN_AR = /^ب[\u0621-\u064A]{2}$/;
/** A complementizer with a pronoun on it (إنها، أنهم، إننا): the pronoun is the clause's subject. */
export const PRONOUN_COMPLEMENTIZER_AR = /^(?:[إأا]نها|[إأا]نه|[إأا]نهم|[إأا]نهما|[إأا]ننا)$/;
/** إن/أن with the plural pronoun of people, ب before it or not (أنهم، بأنهم، إنهم): the clause's subject, those named before. */
export const PLURAL_COMPLEMENTIZER_AR = /^ب?[إأا]نهم$/;
/** A noun in the sound feminine plural or the dual, in construct or not (مجموعات، مجموعتي، مجموعتا، المجموعتين): more than one. */
export const PLURAL_OR_DUAL_AR = /(?:ات|تا|تي|تان|تين)$/;
/** A third person pronoun, with و or not, that opens an appositive after a name and a comma (APT42، وهي مجموعة …). */
export const APPOSITIVE_PRONOUN_AR = /^و?(?:هي|هو|هم)$/;
/** A verbal noun of the second form, تفعيل (تنظيم، تطوير، تحليل): a noun of doing, not a body's name word. */
export const TAFIL_AR = /^ت[\u0621-\u064A]{2}ي[\u0621-\u064A]$/;
/** A verbal noun of the fourth form, إفعال, as the cleaned text writes it with a bare alef (إخراج → اخراج، إعلان → اعلان). */
export const IFAL_AR = /^ا[\u0621-\u064A]{2}ا[\u0621-\u064A]$/;

/** A definite plural of the shape Levantine family names take (الرواشدة، الطراونة، المعايطة: فعاللة). */
export const TRIBAL_PLURAL_AR = /^ال[\u0621-\u064A]{2}ا[\u0621-\u064A]{2}ة$/;
/** A broken plural in the shape of تفاعيل or مفاعيل (تحاليل، تقارير، مشاريع، مفاتيح): an Arabic noun, no foreign name. */
export const TAFAIL_AR = /^[تم][\u0621-\u064A]ا[\u0621-\u064A]ي[\u0621-\u064A]$/;

/** A feminine past verb of a three-letter root with no long vowel (دفعت، كشفت، طلبت): its shape, which given names such as
 *  حكمت and مدحت share (the name lists tell them apart). */
export const PAST_FEMININE_AR = /^[\u0621-\u0626\u0628-\u0647]{3}ت$/;

/** A participle in م with an agreement ending (متهمين، متهمة، منتقدا): in a speech cue's place, one that may describe a noun. */
export const PARTICIPLE_AR = /^م[\u0621-\u064A]{3,}(?:ين|ون|ة|ا)$/;

/** A sound plural's or a nisba's ending on a word (مسؤولين، إيرانيين، عسكرية): an indefinite noun phrase's last word. */
export const PLURAL_OR_NISBA_END_AR = /(?:ين|ون|ية|يون)$/;

/** A short imperfect verb of any person (نرفض، تعمل، أؤكد، يقول): quoted words that open with one are speech, no term. */
export const IMPERFECT_ANY_AR = /^[نتأي][\u0621-\u064A]{2,4}$/;

/** A feminine sound plural of three letters or more before its ات (تعليقات، منشورات): a plural noun. */
export const FEMININE_PLURAL_AR = /[\u0621-\u064A]{3,}ات$/;
