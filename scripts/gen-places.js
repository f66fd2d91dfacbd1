#!/usr/bin/env node
// Regenerates src/resources/kb/places.yaml: US states and major cities news names, in English and
// Arabic (the Arabic as Arabic news writes them; several spellings where they differ). Hand-kept
// data, written here once so the YAML stays uniform. Run: node scripts/gen-places.js
import { writeFileSync } from 'node:fs';

/**
 * [English, Arabic forms...] — US states. Georgia is also a country (the same name in both languages): the resources'
 * organizations.place_homographs give the word the reading whose state the article names more (src/link/homographs.ts).
 */
const STATES = [
  ['Alabama', 'ألاباما'], ['Alaska', 'ألاسكا'], ['Arizona', 'أريزونا'], ['Arkansas', 'أركنساس'], ['California', 'كاليفورنيا'],
  ['Colorado', 'كولورادو'], ['Connecticut', 'كونيتيكت'], ['Delaware', 'ديلاوير'], ['Florida', 'فلوريدا'], ['Georgia', 'جورجيا', 'ولاية جورجيا'], ['Hawaii', 'هاواي'],
  ['Idaho', 'أيداهو'], ['Illinois', 'إلينوي', 'إلينويز'], ['Indiana', 'إنديانا'], ['Iowa', 'أيوا', 'آيوا'], ['Kansas', 'كانساس'],
  ['Kentucky', 'كنتاكي'], ['Louisiana', 'لويزيانا'], ['Maine', 'مين'], ['Maryland', 'ماريلاند'], ['Massachusetts', 'ماساتشوستس'],
  ['Michigan', 'ميشيغان', 'ميشيجان'], ['Minnesota', 'مينيسوتا'], ['Mississippi', 'ميسيسيبي'], ['Missouri', 'ميزوري'],
  ['Montana', 'مونتانا'], ['Nebraska', 'نبراسكا'], ['Nevada', 'نيفادا'], ['New Hampshire', 'نيوهامبشير'], ['New Jersey', 'نيوجيرسي'],
  ['New Mexico', 'نيومكسيكو'], ['New York State', 'ولاية نيويورك'], ['North Carolina', 'كارولاينا الشمالية', 'نورث كارولاينا'],
  ['North Dakota', 'داكوتا الشمالية'], ['Ohio', 'أوهايو'], ['Oklahoma', 'أوكلاهوما'], ['Oregon', 'أوريغون'],
  ['Pennsylvania', 'بنسلفانيا', 'بنسيلفانيا'], ['Rhode Island', 'رود آيلاند'], ['South Carolina', 'كارولاينا الجنوبية', 'ساوث كارولاينا'],
  ['South Dakota', 'داكوتا الجنوبية'], ['Tennessee', 'تينيسي'], ['Texas', 'تكساس'], ['Utah', 'يوتا'], ['Vermont', 'فيرمونت'],
  ['Virginia', 'فرجينيا', 'فيرجينيا'], ['Washington', 'ولاية واشنطن'], ['West Virginia', 'فرجينيا الغربية'], ['Wisconsin', 'ويسكونسن'],
  ['Wyoming', 'وايومنغ'],
];
/**
 * Capitals, by their country's name in countries.yaml: [country, English, Arabic forms...]. A capital is a
 * place of its own; an attribution reads it as its state (Tehran denied: Iran). Arabic forms that are also
 * the country's name (الكويت، الجزائر، تونس) or another word (عمان: Oman) are left out.
 */
const CAPITALS = [
  ['United States', 'Washington', 'واشنطن', 'واشنطن العاصمة'], ['United Kingdom', 'London', 'لندن'], ['Russia', 'Moscow', 'موسكو'],
  ['Iran', 'Tehran', 'طهران'], ['China', 'Beijing', 'بكين'], ['Saudi Arabia', 'Riyadh', 'الرياض'],
  ['United Arab Emirates', 'Abu Dhabi', 'أبوظبي', 'أبو ظبي'], ['North Korea', 'Pyongyang', 'بيونغ يانغ', 'بيونغيانغ'],
  ['South Korea', 'Seoul', 'سيول'], ['Syria', 'Damascus', 'دمشق'], ['Egypt', 'Cairo', 'القاهرة'], ['Iraq', 'Baghdad', 'بغداد'],
  ['Jordan', 'Amman'], ['Lebanon', 'Beirut', 'بيروت'], ['Turkey', 'Ankara', 'أنقرة'], ['France', 'Paris', 'باريس'],
  ['Germany', 'Berlin', 'برلين'], ['Ukraine', 'Kyiv', 'كييف'], ['Qatar', 'Doha', 'الدوحة'], ['Yemen', 'Sanaa', 'صنعاء'],
  ['Libya', 'Tripoli', 'طرابلس'], ['Sudan', 'Khartoum', 'الخرطوم'], ['Morocco', 'Rabat', 'الرباط'], ['Algeria', 'Algiers'],
  ['Tunisia', 'Tunis'], ['Afghanistan', 'Kabul', 'كابول', 'كابل'], ['Pakistan', 'Islamabad', 'إسلام آباد'], ['India', 'New Delhi', 'نيودلهي', 'نيو دلهي'],
  ['Japan', 'Tokyo', 'طوكيو'], ['Israel', 'Tel Aviv', 'تل أبيب'], ['Bahrain', 'Manama', 'المنامة'], ['Oman', 'Muscat', 'مسقط'],
  ['Kuwait', 'Kuwait City', 'مدينة الكويت'], ['Palestine', 'Ramallah', 'رام الله'], ['Mauritania', 'Nouakchott', 'نواكشوط'],
  ['Somalia', 'Mogadishu', 'مقديشو'], ['Djibouti', 'Djibouti City'], ['Ethiopia', 'Addis Ababa', 'أديس أبابا'],
  ['Eritrea', 'Asmara', 'أسمرة'], ['South Sudan', 'Juba', 'جوبا'], ['Chad', "N'Djamena", 'نجامينا', 'انجامينا'], ['Niger', 'Niamey', 'نيامي'],
  ['Mali', 'Bamako', 'باماكو'], ['Nigeria', 'Abuja', 'أبوجا'], ['Kenya', 'Nairobi', 'نيروبي'], ['Uganda', 'Kampala', 'كمبالا'],
  ['Tanzania', 'Dodoma', 'دودوما'], ['Rwanda', 'Kigali', 'كيغالي'], ['Democratic Republic of the Congo', 'Kinshasa', 'كينشاسا'],
  ['Central African Republic', 'Bangui', 'بانغي'], ['Senegal', 'Dakar', 'داكار'], ['Ghana', 'Accra', 'أكرا'],
  ['Ivory Coast', 'Abidjan', 'أبيدجان'], ['Cameroon', 'Yaounde', 'ياوندي'], ['Angola', 'Luanda', 'لواندا'],
  ['Zimbabwe', 'Harare', 'هراري'], ['Zambia', 'Lusaka', 'لوساكا'], ['Mozambique', 'Maputo', 'مابوتو'], ['South Africa', 'Pretoria', 'بريتوريا'],
  ['Burundi', 'Bujumbura', 'بوجمبورا'], ['Liberia', 'Monrovia', 'مونروفيا'], ['Sierra Leone', 'Freetown', 'فريتاون'],
  ['Madagascar', 'Antananarivo', 'أنتاناناريفو'], ['Spain', 'Madrid', 'مدريد'], ['Italy', 'Rome', 'روما'], ['Belgium', 'Brussels', 'بروكسل'],
  ['Netherlands', 'Amsterdam', 'أمستردام'], ['Austria', 'Vienna', 'فيينا'], ['Switzerland', 'Bern', 'برن'], ['Sweden', 'Stockholm', 'ستوكهولم'],
  ['Norway', 'Oslo', 'أوسلو'], ['Denmark', 'Copenhagen', 'كوبنهاغن'], ['Finland', 'Helsinki', 'هلسنكي'], ['Poland', 'Warsaw', 'وارسو'],
  ['Czech Republic', 'Prague', 'براغ'], ['Hungary', 'Budapest', 'بودابست'], ['Greece', 'Athens', 'أثينا'], ['Portugal', 'Lisbon', 'لشبونة'],
  ['Ireland', 'Dublin', 'دبلن'], ['Romania', 'Bucharest', 'بوخارست'], ['Serbia', 'Belgrade', 'بلغراد'],
  ['Croatia', 'Zagreb', 'زغرب'], ['Bosnia and Herzegovina', 'Sarajevo', 'سراييفو'], ['Albania', 'Tirana', 'تيرانا'], ['Kosovo', 'Pristina', 'بريشتينا'],
  ['Slovakia', 'Bratislava', 'براتيسلافا'], ['Slovenia', 'Ljubljana', 'ليوبليانا'], ['Estonia', 'Tallinn', 'تالين'], ['Latvia', 'Riga', 'ريغا'],
  ['Lithuania', 'Vilnius', 'فيلنيوس'], ['Belarus', 'Minsk', 'مينسك'], ['Moldova', 'Chisinau', 'كيشيناو'], ['Georgia', 'Tbilisi', 'تبليسي'],
  ['Armenia', 'Yerevan', 'يريفان'], ['Azerbaijan', 'Baku', 'باكو'], ['Cyprus', 'Nicosia', 'نيقوسيا'], ['Malta', 'Valletta', 'فاليتا'],
  ['Iceland', 'Reykjavik', 'ريكيافيك'], ['Luxembourg', 'Luxembourg City'], ['Kazakhstan', 'Astana', 'أستانا'], ['Uzbekistan', 'Tashkent', 'طشقند'],
  ['Turkmenistan', 'Ashgabat', 'عشق آباد'], ['Tajikistan', 'Dushanbe', 'دوشنبه'], ['Kyrgyzstan', 'Bishkek', 'بيشكيك'],
  ['Bangladesh', 'Dhaka', 'دكا'], ['Sri Lanka', 'Colombo', 'كولومبو'], ['Nepal', 'Kathmandu', 'كاتماندو'], ['Myanmar', 'Naypyidaw', 'نايبيداو'],
  ['Thailand', 'Bangkok', 'بانكوك'], ['Vietnam', 'Hanoi', 'هانوي'], ['Cambodia', 'Phnom Penh', 'بنوم بنه'], ['Laos', 'Vientiane', 'فيينتيان'],
  ['Malaysia', 'Kuala Lumpur', 'كوالالمبور', 'كوالا لمبور'], ['Indonesia', 'Jakarta', 'جاكرتا'], ['Philippines', 'Manila', 'مانيلا'],
  ['Taiwan', 'Taipei', 'تايبيه'], ['Mongolia', 'Ulaanbaatar', 'أولان باتور'], ['Australia', 'Canberra', 'كانبيرا'],
  ['New Zealand', 'Wellington', 'ويلينغتون'], ['Canada', 'Ottawa', 'أوتاوا'], ['Mexico', 'Mexico City', 'مكسيكو سيتي', 'مدينة مكسيكو'],
  ['Cuba', 'Havana', 'هافانا'], ['Venezuela', 'Caracas', 'كاراكاس'], ['Colombia', 'Bogota', 'بوغوتا'], ['Peru', 'Lima', 'ليما'],
  ['Argentina', 'Buenos Aires', 'بوينس آيرس'], ['Brazil', 'Brasilia', 'برازيليا'],
  ['Ecuador', 'Quito', 'كيتو'], ['Bolivia', 'La Paz', 'لاباز'], ['Uruguay', 'Montevideo', 'مونتيفيديو'], ['Paraguay', 'Asuncion', 'أسونسيون'],
  ['Nicaragua', 'Managua', 'ماناغوا'], ['Panama', 'Panama City'], ['Guatemala', 'Guatemala City'], ['Haiti', 'Port-au-Prince', 'بورت أو برنس'],
  ['Vatican City', 'Vatican', 'الفاتيكان'],
];
/** Regions of a country: the UK's nations and other places news names as if countries. */
const REGIONS = [
  ['United Kingdom', 'England', 'إنجلترا', 'انكلترا', 'إنكلترا'], ['United Kingdom', 'Scotland', 'اسكتلندا', 'إسكتلندا'],
  ['United Kingdom', 'Wales', 'ويلز'], ['United Kingdom', 'Northern Ireland', 'أيرلندا الشمالية', 'إيرلندا الشمالية'],
  ['Russia', 'Crimea', 'القرم'], ['Russia', 'Chechnya', 'الشيشان'], ['Palestine', 'West Bank', 'الضفة الغربية'], ['Palestine', 'Gaza Strip', 'قطاع غزة'],
  ['Indonesia', 'East Timor'], ['Syria', 'Golan Heights', 'هضبة الجولان', 'الجولان'], ['Iraq', 'Kurdistan Region', 'إقليم كردستان', 'كردستان العراق'],
  ['India', 'Kashmir', 'كشمير'], ['Spain', 'Catalonia', 'كاتالونيا', 'كتالونيا'], ['Spain', 'Andalusia', 'الأندلس'],
  ['Egypt', 'Sinai', 'سيناء'], ['Israel', 'Negev', 'النقب'], ['Israel', 'Galilee'], ['Indonesia', 'Aceh', 'آتشه'],
  ['Georgia', 'Abkhazia', 'أبخازيا'], ['Georgia', 'South Ossetia', 'أوسيتيا الجنوبية'], ['Yemen', 'Hadramaut', 'حضرموت'],
  // (the provinces and states of Canada and Australia; Quebec and Victoria left to the city and given-name lists)
  ['Canada', 'British Columbia', 'كولومبيا البريطانية'], ['Canada', 'Ontario', 'أونتاريو'], ['Canada', 'Alberta', 'ألبرتا'],
  ['Canada', 'Manitoba', 'مانيتوبا'], ['Canada', 'Saskatchewan', 'ساسكاتشوان'], ['Canada', 'Nova Scotia', 'نوفا سكوشا', 'نوفا سكوتيا'],
  ['Canada', 'New Brunswick', 'نيو برونزويك'], ['Australia', 'New South Wales', 'نيو ساوث ويلز'], ['Australia', 'Queensland', 'كوينزلاند'],
  ['Australia', 'Western Australia', 'أستراليا الغربية'], ['Australia', 'Tasmania', 'تسمانيا'],
];
/** Other cities: [country, English, Arabic forms...]. */
const CITIES = [
  ['United States', 'New York', 'نيويورك'], ['United States', 'Los Angeles', 'لوس أنجلوس'], ['United States', 'Chicago', 'شيكاغو'],
  ['United States', 'Houston', 'هيوستن', 'هيوستون'], ['United States', 'Boston', 'بوسطن'], ['United States', 'San Francisco', 'سان فرانسيسكو'],
  ['United States', 'Seattle', 'سياتل'], ['United States', 'Miami', 'ميامي'], ['United States', 'Atlanta', 'أتلانتا'], ['United States', 'Detroit', 'ديترويت'],
  ['United States', 'Dallas', 'دالاس'], ['United States', 'Phoenix', 'فينيكس'], ['United States', 'Palo Alto', 'بالو ألتو'],
  ['United States', 'Silicon Valley', 'وادي السيليكون'], ['United States', 'Redmond', 'ريدموند'], ['United States', 'Philadelphia', 'فيلادلفيا'],
  ['United States', 'St. Louis', 'سانت لويس'], ['United States', 'New Orleans', 'نيو أورلينز', 'نيو أورليانز'], ['United States', 'Las Vegas', 'لاس فيغاس'],
  ['Switzerland', 'Geneva', 'جنيف'], ['Switzerland', 'Zurich', 'زيورخ'], ['Spain', 'Barcelona', 'برشلونة'], ['Italy', 'Milan', 'ميلانو'],
  ['Germany', 'Munich', 'ميونخ'], ['Germany', 'Frankfurt', 'فرانكفورت'], ['Germany', 'Hamburg', 'هامبورغ'], ['Netherlands', 'The Hague', 'لاهاي'],
  ['Turkey', 'Istanbul', 'إسطنبول', 'اسطنبول'], ['Russia', 'St. Petersburg', 'سانت بطرسبرغ'], ['Israel', 'Jerusalem', 'القدس'],
  ['Palestine', 'Gaza', 'غزة'], ['Saudi Arabia', 'Jeddah', 'جدة'], ['Saudi Arabia', 'Mecca', 'مكة'], ['United Arab Emirates', 'Dubai', 'دبي'],
  ['Egypt', 'Alexandria', 'الإسكندرية'], ['Iraq', 'Basra', 'البصرة'], ['Iraq', 'Mosul', 'الموصل'], ['Iraq', 'Erbil', 'أربيل'],
  ['Syria', 'Aleppo', 'حلب'], ['Syria', 'Homs', 'حمص'], ['Libya', 'Benghazi', 'بنغازي'], ['Morocco', 'Casablanca', 'الدار البيضاء'],
  ['India', 'Mumbai', 'مومباي'], ['Pakistan', 'Karachi', 'كراتشي'], ['Pakistan', 'Lahore', 'لاهور'], ['China', 'Shanghai', 'شانغهاي'],
  ['China', 'Hong Kong', 'هونغ كونغ'], ['Singapore', 'Singapore City', 'مدينة سنغافورة'], ['Australia', 'Sydney', 'سيدني'],
  ['Australia', 'Melbourne', 'ملبورن'], ['Canada', 'Toronto', 'تورونتو'], ['Canada', 'Montreal', 'مونتريال'], ['Canada', 'Vancouver', 'فانكوفر'],
  ['Brazil', 'Sao Paulo', 'ساو باولو'], ['Brazil', 'Rio de Janeiro', 'ريو دي جانيرو'], ['Nigeria', 'Lagos', 'لاغوس'],
  ['South Africa', 'Johannesburg', 'جوهانسبرغ'], ['South Africa', 'Cape Town', 'كيب تاون'], ['Sudan', 'Darfur', 'دارفور'],
  ['Myanmar', 'Yangon', 'يانغون', 'رانغون'], ['Vietnam', 'Ho Chi Minh City', 'مدينة هوشي منه'], ['Japan', 'Osaka', 'أوساكا'],
  ['United Kingdom', 'Manchester', 'مانشستر'], ['United Kingdom', 'Liverpool', 'ليفربول'], ['United Kingdom', 'Glasgow', 'غلاسكو'],
  ['United Kingdom', 'Edinburgh', 'إدنبرة'], ['France', 'Marseille', 'مرسيليا'], ['France', 'Lyon', 'ليون'],
  // the cities Arabic news names most: the region's, then the world's (not Nice, Florence, Constantine: also words or names; no Arabic form
  // where it is also a common word: العين the eye, مشهد a scene, حماة protectors, العقبة an obstacle, البندقية a rifle)
  ['Palestine', 'Khan Younis', 'خان يونس'], ['Palestine', 'Rafah', 'رفح'], ['Palestine', 'Jenin', 'جنين'], ['Palestine', 'Nablus', 'نابلس'],
  ['Palestine', 'Hebron', 'الخليل'], ['Palestine', 'Bethlehem', 'بيت لحم'], ['Palestine', 'Tulkarm', 'طولكرم'], ['Palestine', 'Qalqilya', 'قلقيلية'],
  ['Israel', 'Haifa', 'حيفا'], ['Israel', 'Sderot', 'سديروت'], ['Israel', 'Ashkelon', 'عسقلان'], ['Israel', 'Eilat', 'إيلات'],
  ['Iraq', 'Kirkuk', 'كركوك'], ['Iraq', 'Fallujah', 'الفلوجة'], ['Iraq', 'Tikrit', 'تكريت'], ['Iraq', 'Najaf', 'النجف'], ['Iraq', 'Karbala', 'كربلاء'],
  ['Iraq', 'Ramadi', 'الرمادي'], ['Iraq', 'Samarra', 'سامراء'], ['Iraq', 'Sulaymaniyah', 'السليمانية'], ['Iraq', 'Baqubah', 'بعقوبة'],
  ['Syria', 'Hama'], ['Syria', 'Latakia', 'اللاذقية'], ['Syria', 'Daraa', 'درعا'], ['Syria', 'Idlib', 'إدلب'], ['Syria', 'Deir ez-Zor', 'دير الزور'],
  ['Syria', 'Raqqa', 'الرقة'], ['Syria', 'Tartus', 'طرطوس'], ['Lebanon', 'Sidon', 'صيدا'], ['Lebanon', 'Baalbek', 'بعلبك'],
  ['Jordan', 'Zarqa', 'الزرقاء'], ['Jordan', 'Irbid', 'إربد'], ['Jordan', 'Aqaba'], ['Jordan', 'Mafraq', 'المفرق'],
  ['Egypt', 'Aswan', 'أسوان'], ['Egypt', 'Luxor', 'الأقصر'], ['Egypt', 'Port Said', 'بورسعيد', 'بور سعيد'], ['Egypt', 'Suez', 'السويس'],
  ['Egypt', 'Ismailia', 'الإسماعيلية'], ['Egypt', 'Mansoura', 'المنصورة'], ['Egypt', 'Tanta', 'طنطا'], ['Egypt', 'Sharm el-Sheikh', 'شرم الشيخ'],
  ['Saudi Arabia', 'Medina', 'المدينة المنورة'], ['Saudi Arabia', 'Dammam', 'الدمام'], ['Saudi Arabia', 'Taif', 'الطائف'], ['Saudi Arabia', 'Tabuk', 'تبوك'],
  ['United Arab Emirates', 'Sharjah', 'الشارقة'], ['United Arab Emirates', 'Al Ain'], ['Yemen', 'Aden', 'عدن'], ['Yemen', 'Taiz', 'تعز'],
  ['Yemen', 'Hodeidah', 'الحديدة'], ['Yemen', 'Marib', 'مأرب'], ['Libya', 'Misrata', 'مصراتة'], ['Libya', 'Sirte'],
  ['Algeria', 'Oran', 'وهران'], ['Morocco', 'Marrakesh', 'مراكش'], ['Morocco', 'Fez', 'فاس'],
  ['Morocco', 'Tangier', 'طنجة'], ['Morocco', 'Agadir', 'أغادير'], ['Tunisia', 'Sfax', 'صفاقس'], ['Tunisia', 'Sousse', 'سوسة'],
  ['Tunisia', 'Kairouan', 'القيروان'], ['Sudan', 'Omdurman', 'أم درمان'], ['Turkey', 'Izmir', 'إزمير'], ['Turkey', 'Antalya', 'أنطاليا'],
  ['Iran', 'Isfahan', 'أصفهان'], ['Iran', 'Mashhad'], ['Iran', 'Shiraz', 'شيراز'], ['Iran', 'Tabriz', 'تبريز'], ['Iran', 'Qom', 'قم'],
  ['Afghanistan', 'Kandahar', 'قندهار'], ['Afghanistan', 'Herat', 'هرات'], ['Afghanistan', 'Mazar-i-Sharif', 'مزار شريف'],
  ['Pakistan', 'Peshawar', 'بيشاور'], ['Pakistan', 'Quetta', 'كويتا'], ['Pakistan', 'Rawalpindi', 'راولبندي'], ['India', 'Kolkata', 'كلكتا'],
  ['India', 'Chennai', 'تشيناي'], ['India', 'Bangalore', 'بنغالور'], ['China', 'Guangzhou', 'غوانغتشو'], ['China', 'Shenzhen', 'شنتشن'],
  ['Russia', 'Grozny', 'غروزني'], ['Spain', 'Seville', 'إشبيلية'], ['Spain', 'Granada', 'غرناطة'],
  ['Spain', 'Cordoba', 'قرطبة'], ['Italy', 'Naples', 'نابولي'], ['Italy', 'Turin', 'تورينو'], ['Italy', 'Venice'],
  ['Germany', 'Cologne', 'كولونيا'], ['Germany', 'Hanover', 'هانوفر'], ['Germany', 'Stuttgart', 'شتوتغارت'], ['Germany', 'Dresden', 'دريسدن'],
  ['United Kingdom', 'Birmingham', 'برمنغهام'], ['United Kingdom', 'Windsor', 'ويندسور'], ['France', 'Strasbourg', 'ستراسبورغ'],
  ['United States', 'San Diego', 'سان دييغو'], ['United States', 'Denver', 'دنفر'],
];
/**
 * More of the world's large or much-reported cities that had no Arabic form (their English names come from
 * cities.yaml's source too): [country, English, Arabic forms...]. A city whose Arabic name is also a common word
 * or a given name (مشهد، صوفيا) is left to the English list.
 */
const CITIES_MORE = [
  ['France', 'Toulouse', 'تولوز'], ['France', 'Bordeaux', 'بوردو'], ['Spain', 'Valencia', 'فالنسيا', 'بلنسية'], ['Portugal', 'Porto', 'بورتو'],
  ['Russia', 'Kazan', 'قازان'], ['Russia', 'Novosibirsk', 'نوفوسيبيرسك'], ['Russia', 'Yekaterinburg', 'يكاترينبورغ'], ['Ukraine', 'Kharkiv', 'خاركيف'],
  ['Ukraine', 'Odesa', 'أوديسا'], ['Ukraine', 'Mariupol', 'ماريوبول'], ['Ukraine', 'Donetsk', 'دونيتسك'], ['Ukraine', 'Luhansk', 'لوغانسك', 'لوهانسك'],
  ['Ukraine', 'Sevastopol', 'سيفاستوبول'], ['China', 'Wuhan', 'ووهان'], ['United States', 'Manhattan', 'مانهاتن'], ['United States', 'Brooklyn', 'بروكلين'],
  ['Brazil', 'São Paulo', 'ساو باولو'], ['Iran', 'Natanz', 'نطنز'],
  ['Iran', 'Bandar Abbas', 'بندر عباس'], ['Sudan', 'Port Sudan', 'بورتسودان', 'بور سودان'], ['United Kingdom', 'Salisbury', 'سالزبري'],
  ['United Kingdom', 'Greenwich', 'غرينتش'], ['Switzerland', 'Davos', 'دافوس'], ['Belgium', 'Antwerp', 'أنتويرب'], ['Netherlands', 'Rotterdam', 'روتردام'],
  ['Poland', 'Krakow', 'كراكوف'], ['Greece', 'Thessaloniki', 'سالونيك', 'ثيسالونيكي'], ['Kazakhstan', 'Almaty', 'ألماتي'], ['India', 'Hyderabad', 'حيدر آباد'],
  ['New Zealand', 'Auckland', 'أوكلاند'], ['Colombia', 'Bogotá', 'بوغوتا'], ['Chile', 'Santiago', 'سانتياغو'], ['Brazil', 'Brasília', 'برازيليا'],
];
/** Regions of the world. */
const WORLD = [
  ['Europe', 'أوروبا', 'اوروبا'], ['Middle East', 'الشرق الأوسط'], ['Africa', 'أفريقيا', 'إفريقيا'], ['Asia', 'آسيا'],
  ['Latin America', 'أمريكا اللاتينية', 'أميركا اللاتينية'], ['Gulf', 'الخليج'], ['West Indies', 'جزر الهند الغربية'],
  ['Balkans', 'البلقان'], ['Caribbean', 'الكاريبي'], ['Scandinavia', 'إسكندنافيا'],
];
/**
 * More regions of the world and of countries that news names without a border (continents and their parts,
 * historical regions, disputed or restive regions): [English, Arabic forms...]. An Arabic form that alone is an
 * ordinary word or another name (الساحل is a coast, المغرب is Morocco, الجزيرة is Al Jazeera) is written with
 * the word that makes it plain. A continent's part named by a direction (North Africa, شمال أفريقيا; Eastern Europe) is
 * left to the continent: the NER benchmarks name the continent alone there (ANERcorp dev: a direction word before
 * أفريقيا is no part of the name), and Arctic alone is mostly an adjective (an Arctic island).
 */
const WORLD_MORE = [
  ['North America', 'أمريكا الشمالية', 'أميركا الشمالية'], ['South America', 'أمريكا الجنوبية', 'أميركا الجنوبية'],
  ['Central America', 'أمريكا الوسطى', 'أميركا الوسطى'], ['Horn of Africa', 'القرن الأفريقي', 'القرن الإفريقي'],
  ['Sahel', 'منطقة الساحل', 'الساحل الأفريقي'], ['Sahara', 'الصحراء الكبرى'], ['Maghreb', 'المغرب العربي'],
  ['Levant', 'بلاد الشام', 'الشام'], ['Arabian Peninsula', 'شبه الجزيرة العربية', 'الجزيرة العربية'], ['Hejaz', 'الحجاز'],
  ['Korean Peninsula', 'شبه الجزيرة الكورية'],
  ['Donbas', 'دونباس', 'حوض دونباس'], ['Tibet', 'التبت'], ['Xinjiang', 'شينجيانغ', 'شينجيانج'],
  // (the strategic regions of defence and trade news)
  ['Indo-Pacific', 'منطقة المحيطين الهندي والهادئ', 'المحيطين الهندي والهادئ'], ['Asia-Pacific', 'منطقة آسيا والمحيط الهادئ', 'آسيا والمحيط الهادئ'],
  ['Eurasia', 'أوراسيا'], ['Baltic states', 'دول البلطيق'],
];
/** Seas, oceans, gulfs, straits, canals, rivers and mountain ranges: [English, Arabic forms...]. */
const FEATURES = [
  ['Red Sea', 'البحر الأحمر'], ['Mediterranean Sea', 'البحر الأبيض المتوسط', 'البحر المتوسط'], ['Black Sea', 'البحر الأسود'],
  ['Caspian Sea', 'بحر قزوين'], ['Arabian Sea', 'بحر العرب'], ['Dead Sea', 'البحر الميت'], ['Baltic Sea', 'بحر البلطيق'],
  ['North Sea', 'بحر الشمال'], ['Aegean Sea', 'بحر إيجه'], ['South China Sea', 'بحر الصين الجنوبي'], ['East China Sea', 'بحر الصين الشرقي'],
  ['Indian Ocean', 'المحيط الهندي'], ['Atlantic Ocean', 'المحيط الأطلسي', 'المحيط الأطلنطي'], ['Pacific Ocean', 'المحيط الهادئ', 'المحيط الهادي'],
  ['Arctic Ocean', 'المحيط المتجمد الشمالي'], ['Persian Gulf', 'الخليج الفارسي'], ['Gulf of Aden', 'خليج عدن'], ['Gulf of Oman', 'خليج عمان'],
  ['Gulf of Mexico', 'خليج المكسيك'], ['Strait of Hormuz', 'مضيق هرمز'], ['Bab el-Mandeb', 'مضيق باب المندب', 'باب المندب'],
  ['Taiwan Strait', 'مضيق تايوان'], ['Strait of Gibraltar', 'مضيق جبل طارق'], ['Bosphorus', 'مضيق البوسفور', 'البوسفور'],
  ['Suez Canal', 'قناة السويس'], ['Panama Canal', 'قناة بنما'], ['Danube', 'نهر الدانوب', 'الدانوب'], ['Rhine', 'نهر الراين'],
  ['Thames', 'نهر التايمز'], ['Dnieper', 'نهر دنيبرو', 'نهر الدنيبر'], ['Jordan River', 'نهر الأردن'], ['Alps', 'جبال الألب'],
  ['Andes', 'جبال الأنديز'],
];
/** States and countries of the past that older news names: [English, Arabic forms...]. */
const HISTORICAL = [
  ['Soviet Union', 'الاتحاد السوفيتي', 'الاتحاد السوفياتي'], ['Yugoslavia', 'يوغوسلافيا'], ['Czechoslovakia', 'تشيكوسلوفاكيا'],
  ['East Germany', 'ألمانيا الشرقية'], ['West Germany', 'ألمانيا الغربية'], ['Rhodesia', 'روديسيا'],
];
/**
 * More English forms of a place: old names (Rangoon, Bombay) and the AP's state abbreviations of US
 * datelines (ALBUQUERQUE, N.M.). Abbreviations that are also words or titles (Miss., Ind., La., Mo.) are left out.
 */
const ALSO_EN = {
  Yangon: ['Rangoon'], Mumbai: ['Bombay'], Beijing: ['Peking'], 'Ho Chi Minh City': ['Saigon'], 'Soviet Union': ['USSR', 'U.S.S.R.'],
  Alabama: ['Ala.'], Arizona: ['Ariz.'], California: ['Calif.'], Colorado: ['Colo.'], Connecticut: ['Conn.'], Florida: ['Fla.'], Georgia: ['Ga.'],
  Illinois: ['Ill.'], Kansas: ['Kan.', 'Kans.'], Kentucky: ['Ky.'], Maryland: ['Md.'], Massachusetts: ['Mass.'], Michigan: ['Mich.'],
  Minnesota: ['Minn.'], Montana: ['Mont.'], Nebraska: ['Neb.', 'Nebr.'], Nevada: ['Nev.'], 'New Hampshire': ['N.H.'], 'New Jersey': ['N.J.'],
  'New Mexico': ['N.M.'], 'North Carolina': ['N.C.'], 'North Dakota': ['N.D.'], Oklahoma: ['Okla.'], Oregon: ['Ore.'], Pennsylvania: ['Pa.'],
  'Rhode Island': ['R.I.'], 'South Carolina': ['S.C.'], 'South Dakota': ['S.D.'], Tennessee: ['Tenn.'], Texas: ['Tex.'], Vermont: ['Vt.'],
  Virginia: ['Va.'], Washington: ['Wash.'], 'West Virginia': ['W.Va.'], Wisconsin: ['Wis.'], Wyoming: ['Wyo.'],
};
const q = (s) => JSON.stringify(s);
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const lines = ['# US states, capitals, cities and regions, English and Arabic.', '# Generated by scripts/gen-places.js (hand-kept lists); do not edit by hand.', 'entities:'];
const seen = new Set();
const emit = (kind, source, en, ar, country) => {
  const id = `${kind}-${slug(en)}`;
  if (seen.has(id)) throw new Error(`duplicate place ${id}`);
  seen.add(id);
  const aliases = [...(kind === 'us-state' && en === 'Washington' ? ['Washington State'] : [en]), ...(ALSO_EN[en] ?? [])];
  const name = en === 'New York State' ? 'New York' : en;
  lines.push(`  - {id: ${id}, type: location, name: ${q(name)},${ar.length ? ` name_ar: ${q(ar[0])},` : ''}${country ? ` country: ${q(country)},` : ''} source: "${source}",`);
  lines.push(`     aliases: {en: [${aliases.map(q).join(', ')}], ar: [${ar.map(q).join(', ')}]}}`);
};
for (const [en, ...ar] of STATES) emit('us-state', 'US state', en, ar, 'United States');
for (const [country, en, ...ar] of CAPITALS) emit('capital', 'capital city', en, ar, country);
for (const [country, en, ...ar] of REGIONS) emit('region', 'region of a country', en, ar, country);
for (const [country, en, ...ar] of [...CITIES, ...CITIES_MORE]) emit('place', 'city', en, ar, country);
for (const [en, ...ar] of WORLD) emit('place', 'world region', en, ar, null);
for (const [en, ...ar] of WORLD_MORE) emit('place', 'world region', en, ar, null);
for (const [en, ...ar] of FEATURES) emit('place', 'sea, strait, river or range', en, ar, null);
for (const [en, ...ar] of HISTORICAL) emit('place', 'former state', en, ar, null);
writeFileSync(new URL('../src/resources/kb/places.yaml', import.meta.url), lines.join('\n') + '\n');
console.log(`places: ${STATES.length} states, ${CAPITALS.length} capitals, ${REGIONS.length} regions, ${CITIES.length + CITIES_MORE.length} cities, ${WORLD.length + WORLD_MORE.length} world regions, ${FEATURES.length} seas, straits, rivers and ranges, ${HISTORICAL.length} former states`);
