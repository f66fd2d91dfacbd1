/**
 * The cleaner: the one place where source text is normalized for matching.
 *
 * It turns the decoded source text into the text every extractor sees, and keeps an offset map so that
 * any span of the cleaned text maps back to the source, counted in Unicode code points (SPEC: offsets).
 *
 * Two kinds of change:
 *  - changes of length (decoded HTML entities, markup, scraper junk, boilerplate lines, deleted
 *    invisible characters, astral characters, CR before LF) are recorded as segments of the map;
 *  - one-unit-for-one-code-point folds (Arabic-Indic and Persian digits, alef forms, Arabic decimal
 *    and thousands separators, exotic spaces, the Tunisian decimal 7ر2 as 2.7) change no offset and need no segment.
 *
 * Every pattern here is linear: alternatives start with a distinct character and all repetitions are
 * bounded or possessive in effect, so a 1 MB line with no spaces is one pass.
 */

import { firstAtOrAbove } from './arrays.js';

export type JunkKind = 'html-entity' | 'markup' | 'scraper-junk' | 'boilerplate' | 'invisible';

export interface CleanerConfig {
  /** Whole lines that are site boilerplate ("Source link", "التعليقات"), compared after trimming. */
  boilerplateLines: readonly string[];
  /** The vocabulary's Arabic words that end in ة, as the cleaner folds them, with and without the article (asked
   *  for the first time a document writes final ة as ه: restoreTaMarbuta). */
  taMarbutaWords?: () => ReadonlySet<string>;
  /** The words that follow the preposition على in the vocabulary's phrases (على يد، على خلفية) and the first words of
   *  the knowledge base's places and bodies, folded (asked for the first time a document writes على as علي: restoreAla). */
  alaFollowers?: () => ReadonlySet<string>;
  /** Arab given names, folded (asked for the first time a document writes every final ي as ى: restoreAli). */
  arabNames?: () => ReadonlySet<string>;
}

export interface CleanResult {
  /** The cleaned text that extractors match on. */
  text: string;
  /** Maps cleaned spans (UTF-16 units) to source spans (code points). */
  map: OffsetMap;
  /** How much of each kind of junk was removed or decoded. */
  junk: Partial<Record<JunkKind, number>>;
}

/**
 * Piecewise map from cleaned UTF-16 offsets to source code-point offsets. Segment i covers cleaned
 * [c[i], c[i+1]) and source [s[i], s[i+1]); in an aligned segment each cleaned unit is one source
 * code point, in a replaced segment the whole cleaned piece stands for the whole source piece.
 */
export class OffsetMap {
  constructor(
    private readonly c: Int32Array,
    private readonly s: Int32Array,
    private readonly aligned: Uint8Array,
  ) {}

  /** Source code-point offset where the cleaned unit at `pos` starts. */
  startOf(pos: number): number {
    const i = this.segmentStartingAt(pos);
    if (i < 0) return this.s[this.s.length - 1];
    return this.aligned[i] ? this.s[i] + (pos - this.c[i]) : this.s[i];
  }

  /** Source code-point offset where a cleaned span ending (exclusive) at `pos` ends. */
  endOf(pos: number): number {
    if (pos <= 0) return this.s[0];
    const i = this.segmentEndingAt(pos);
    if (i < 0) return this.s[this.s.length - 1];
    return this.aligned[i] ? this.s[i] + (pos - this.c[i]) : this.s[i + 1];
  }

  /** Maps a cleaned span [start, end) to a source span in code points. */
  toSource(start: number, end: number): [number, number] {
    const s = this.startOf(start);
    const e = end > start ? this.endOf(end) : s;
    return [s, Math.max(s, e)];
  }

  /** The segment whose cleaned range contains unit `pos` (skips empty, deletion-only segments). */
  private segmentStartingAt(pos: number): number {
    const c = this.c;
    const n = this.aligned.length;
    let lo = 0;
    let hi = n - 1;
    let found = -1;
    // last segment with c[i] <= pos and c[i+1] > pos
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] <= pos) {
        if (c[mid + 1] > pos) {
          found = mid;
          hi = mid - 1; // there is exactly one non-empty segment containing pos
          break;
        }
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The segment whose cleaned range contains unit `pos - 1`. */
  private segmentEndingAt(pos: number): number {
    return this.segmentStartingAt(pos - 1);
  }
}

class MapBuilder {
  private readonly c: number[] = [0];
  private readonly s: number[] = [0];
  private readonly aligned: number[] = [];
  private open = false; // an aligned segment is open
  cLen = 0;
  sLen = 0;

  /** Copy `units` BMP units unchanged: one unit per code point. */
  copy(units: number): void {
    if (units <= 0) return;
    this.cLen += units;
    this.sLen += units;
    if (!this.open) {
      this.aligned.push(1);
      this.c.push(this.cLen);
      this.s.push(this.sLen);
      this.open = true;
    } else {
      this.c[this.c.length - 1] = this.cLen;
      this.s[this.s.length - 1] = this.sLen;
    }
  }

  /** `cleanedUnits` of output stand for `sourceCps` code points of source. */
  replace(cleanedUnits: number, sourceCps: number): void {
    this.open = false;
    this.cLen += cleanedUnits;
    this.sLen += sourceCps;
    this.aligned.push(0);
    this.c.push(this.cLen);
    this.s.push(this.sLen);
  }

  /** The last segment (a replacement, or nothing yet) also stands for `sourceCps` more code points. */
  extendLast(sourceCps: number): void {
    if (this.aligned.length === 0 || this.open) {
      this.replace(0, sourceCps);
      return;
    }
    this.sLen += sourceCps;
    this.s[this.s.length - 1] = this.sLen;
  }

  build(): OffsetMap {
    if (this.aligned.length === 0) this.replace(0, 0);
    return new OffsetMap(Int32Array.from(this.c), Int32Array.from(this.s), Uint8Array.from(this.aligned));
  }
}

// Named HTML entities that occur in scraped news. Unknown names are left as they are.
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', hellip: '…', bull: '•', middot: '·', prime: '′',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', frac12: '½',
  frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', para: '¶', sect: '§', euro: '€',
  pound: '£', yen: '¥', cent: '¢', curren: '¤', percnt: '%', dollar: '$', num: '#', commat: '@',
  shy: '\u00AD', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F', iexcl: '¡', iquest: '¿',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù',
  uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß', Agrave: 'À', Aacute: 'Á',
  Acirc: 'Â', Auml: 'Ä', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Iacute: 'Í', Ntilde: 'Ñ',
  Oacute: 'Ó', Ouml: 'Ö', Uacute: 'Ú', Uuml: 'Ü', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š',
};

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section',
  'article', 'blockquote', 'header', 'footer', 'figure', 'figcaption', 'hr', 'pre', 'dd', 'dt',
]);

/** Characters deleted outright: tatweel, Arabic diacritics and Quranic marks, zero-width and bidi
 * controls, soft hyphen, C0 controls other than tab and newline, CR before LF, and a stray BOM. */
const DELETE_CLASS =
  '\\u0640\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED' +
  '\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u061C\\u00AD\\u0000-\\u0008\\u000B\\u000C' +
  '\\u000E-\\u001F\\u007F';

/** The characters the cleaner deletes (DELETE_CLASS), to read a cleaned word back in its source less them. */
export const DELETED_RE = new RegExp(`[${DELETE_CLASS}]`, 'g');

/** Arabic presentation forms A and B (not U+FEFF, deleted as invisible). */
const PRESENTATION_CLASS = '\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
/** What a presentation form's NFKC letters leave out: the diacritics and tatweel the cleaner deletes, and the space
 *  NFKC puts before an isolated diacritic (ﹰ). */
const NOT_PRESENTED = /[\u0640\u064B-\u065F\u0670 ]/g;
/** A presentation form's letters (NFKC): one letter, or a ligature's (ﻻ: لا, ﷲ: الله); nothing for a diacritic alone. */
function presentationLetters(ch: string): string {
  return ch.normalize('NFKC').replace(NOT_PRESENTED, '');
}

/** Marks that attach to the preceding letter (all BMP, one unit each). */
const ATTACHED = /^[\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]+$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One-for-one folds: no offset changes. */
const FOLD_RE = /[\u0660-\u0669\u06F0-\u06F9\u0622\u0623\u0625\u0671\u06A9\u06CC\u066A-\u066C\u00A0\u2000-\u200A\u202F\u205F\u3000\r]/g;
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  switch (code) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return '\u0627';
    // (the Persian keyboard's kaf and yeh, which Arabic text copied from Persian sources and some sites' systems carry)
    case 0x06a9: return '\u0643';
    case 0x06cc: return '\u064A';
    case 0x066a: return '%';
    case 0x066b: return '.';
    case 0x066c: return ',';
    case 0x0d: return '\n';
    default: return ' ';
  }
}

const DELETE_RE = new RegExp(`[${DELETE_CLASS}]+`, 'g');

/**
 * The Tunisian press's decimal mark (TAP): ر between digits, the fraction stored first, so that right to left
 * it reads integer ر fraction (7ر2 shows as 2ر7: 2.7). Rewritten as an ASCII decimal of the same length (2.7),
 * so no offset moves and the span still maps to the source's 7ر2.
 */
const TUNISIAN_DECIMAL = /(?<![0-9.,\u0621-\u064A])([0-9]{1,3})\u0631([0-9]{1,3})(?![0-9\u0621-\u064A])/g;

/**
 * A right double quotation mark typed to open a quote: after a line's start, a space or a bracket and glued to the word
 * it opens (”We release …,” tweeted the command): the left one, as a reader takes it. One character for one.
 */
const OPENING_SHAPED_RIGHT_QUOTE = /(?<=^|[\s(\[])\u201D(?=[\p{L}\p{N}])/gmu;

/**
 * A regex character class's source (what stands between its brackets: literal characters, \uXXXX, \r, \n, \t and
 * ranges of them) as a table by UTF-16 code unit, 1 where the class matches, for scans by character code. Any other
 * escape is refused, so a class the table cannot read fails at load; tests hold each table to its regex.
 */
export function classTable(cls: string): Uint8Array {
  const CONTROL: Record<string, string> = { r: '\r', n: '\n', t: '\t' };
  const units = cls.replace(/\\(?:u([0-9A-Fa-f]{4})|([rnt])|([^]))/g, (_m, hex?: string, ctl?: string, other?: string) => {
    if (other !== undefined) throw new Error(`classTable: cannot read the escape \\${other} in a character class`);
    return hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : CONTROL[ctl!];
  });
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < units.length; i++) {
    const from = units.charCodeAt(i);
    const to = units[i + 1] === '-' && i + 2 < units.length ? units.charCodeAt((i += 2)) : from;
    table.fill(1, from, to + 1);
  }
  return table;
}

/** An Arabic letter (ء to ي), the class the word tests of the folds and restorations below read. */
const AR_LETTER = (c: number): boolean => c >= 0x621 && c <= 0x64a;
/** An Arabic letter or the Persian yeh, which the fold has not yet made ي. */
const AR_OR_YEH = (c: number): boolean => AR_LETTER(c) || c === 0x6cc;
/** A letter for على's test: what stands before it is no letter of a word it ends (the Arabic letters, ٱ, the Persian yeh). */
const ALA_BEFORE = (c: number): boolean => AR_OR_YEH(c) || c === 0x671;
/** Whether the text before `at` is على's عل, alone or after و or ف, as a word's start. */
function afterAla(s: string, at: number): boolean {
  if (at < 2 || s.charCodeAt(at - 1) !== 0x644 || s.charCodeAt(at - 2) !== 0x639) return false;
  if (at < 3 || !ALA_BEFORE(s.charCodeAt(at - 3))) return true;
  const p = s.charCodeAt(at - 3);
  return (p === 0x648 || p === 0x641) && (at < 4 || !ALA_BEFORE(s.charCodeAt(at - 4)));
}
/**
 * Every one-for-one fold in one pass (the callback sees the text as it was): FOLD_RE's, and those that read a letter's
 * neighbours:
 * - a final ى as ي, as the Egyptian press types every final ي as ى (فى for في، السيسى for السيسي): both spellings of a word
 *   are one in the cleaned text; not in على, where the two spellings are two words (the preposition; علي is a name);
 * - the Persian yeh ending على, typed so from a Persian keyboard, as على's ى (ي elsewhere, as FOLD_RE has it);
 * - ئ before و as ؤ, as the Egyptian press's مسئول، شئون are the usual مسؤول، شؤون.
 */
/**
 * Names written with an opening madda that the alef fold would make a function word (آن as ان, the complementizer a
 * text without hamzas writes; آنا as انا, I; آلان as الان, now): a word of its own, they keep the madda, so that Anne,
 * Anna and Alain stay names and no clause opens at them.
 */
const MADDA_NAMES = ['\u0622\u0646', '\u0622\u0646\u0627', '\u0622\u0644\u0627\u0646'];
function keptMadda(s: string, at: number): boolean {
  if (at > 0 && AR_OR_YEH(s.charCodeAt(at - 1))) return false;
  for (const w of MADDA_NAMES) if (s.startsWith(w, at) && !AR_OR_YEH(s.charCodeAt(at + w.length))) return true;
  return false;
}
const LETTERS_RE = new RegExp(`${FOLD_RE.source.slice(0, -1)}\\u0649\\u0626]`, 'g');
function foldLetter(ch: string, at: number, s: string): string {
  switch (ch.charCodeAt(0)) {
    case 0x06cc:
      // (ending على: its ى; elsewhere ي)
      return !AR_OR_YEH(s.charCodeAt(at + 1)) && afterAla(s, at) ? '\u0649' : '\u064A';
    case 0x0649:
      return afterAla(s, at) ? ch : '\u064A';
    case 0x0626:
      return s.charCodeAt(at + 1) === 0x648 ? '\u0624' : ch;
    case 0x0622:
      return keptMadda(s, at) ? ch : '\u0627';
    default:
      return foldChar(ch);
  }
}
function foldLetters(s: string): string {
  return s.replace(LETTERS_RE, foldLetter);
}

/** What ends a sentence at a line's end (a quotation mark or a bracket after the point too). */
const LINE_END_TERMINATOR = /[.!?؟:;؛…]["'”’»)]*[ \t]*$/;
/**
 * What opens a line of its own: a bullet (its marker and a space; • alone), a heading (#, a space), a numbered item, a
 * table row, a quotation's marker. Not a word that opens with such a sign, as a wrapped line may (*Today Show*, a
 * markdown emphasis; #hashtag; -5%).
 */
const OWN_LINE_START = /^[ \t]*(?:[-*+–][ \t]|•|#{1,6}[ \t]|[>|]|[0-9]{1,3}[.)][ \t])/;
/** The widest a hard-wrapped text's lines run (plain-text wire copy and e-mail wrap at 65-80 columns). */
const WRAP_MAX = 100;
/** How far short of the wrap width a line may stop and still have been filled to it (the next word did not fit). */
const WRAP_SLACK = 25;

/**
 * A text hard-wrapped at a fixed width (plain-text wire copy, e-mail, text out of a PDF) has each line break inside a
 * paragraph written as a space, one for one, so that a sentence, a quote and a name read across it. A text is taken to
 * be wrapped when it has six lines or more, nine in ten no wider than WRAP_MAX, and at least half its full lines (within
 * WRAP_SLACK of the widest) stop mid-sentence: text with a sentence, a paragraph or a table row a line never does. Then a
 * break after a full line goes, unless a blank line, a bullet, a heading or a numbered item follows: a short line ended
 * its paragraph, unless it stops mid-sentence or, short of a sentence's end, `forcedBreak` (the cleaner's
 * forcedBreakAsWritten) says the next line's first word did not fit on it as the text was written.
 */
export function unwrapLines(text: string, forcedBreak?: (line: number, width: number) => boolean): string {
  const lines = text.split('\n');
  const widthOf = lines.map((l) => l.trimEnd().length);
  const widths = widthOf.filter((n) => n > 0).sort((x, y) => x - y);
  if (widths.length < 6) return text;
  const width = widths[Math.floor(widths.length * 0.9) - 1];
  if (width > WRAP_MAX || width < 40) return text;
  const full = (k: number) => widthOf[k] >= width - WRAP_SLACK && widthOf[k] <= WRAP_MAX;
  // (a line that stops mid-sentence: no sentence's end, and the next line goes on with a small letter, or in Arabic a
  // line of prose, eight words or more, goes on with an Arabic word; a table's rows and a sentence a line do not)
  const midSentence = (l: string, next: string): boolean =>
    !LINE_END_TERMINATOR.test(l) && (/^[ \t]*[a-z]/.test(next) || (/^[ \t]*[\u0621-\u064A]/.test(next) && /[\u0621-\u064A][ \t]*$/.test(l) && l.trim().split(/[ \t]+/).length >= 8));
  let fullLines = 0;
  let open = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!full(k)) continue;
    fullLines++;
    if (midSentence(lines[k], lines[k + 1])) open++;
  }
  if (fullLines < 3 || open * 2 < fullLines) return text;
  // (a break goes after a full line, or after a shorter one that stops mid-sentence: a line the cleaner shortened, a
  // link's address gone, or one a long word did not fit; or, short of a sentence's end, one the next word as written
  // did not fit on: forcedBreak)
  let out = '';
  for (let k = 0; k < lines.length; k++) {
    out += lines[k];
    if (k === lines.length - 1) break;
    const next = lines[k + 1];
    const joins = next.trim() !== '' && !OWN_LINE_START.test(next) && (full(k) || midSentence(lines[k], next) || (!LINE_END_TERMINATOR.test(lines[k]) && (forcedBreak?.(k, width) ?? false)));
    out += joins ? ' ' : '\n';
  }
  return out;
}

/**
 * For unwrapLines: whether the break after a cleaned line was forced as the text was written, the next line's first word
 * too long to fit on the line within the wrap width (a link's address, gone from the cleaned text: "in collaboration
 * with the" before "FBI](https://twitter.com/...)"). Read through the offset map, lines and words in code points.
 */
function forcedBreakAsWritten(text: string, source: string, map: OffsetMap): (line: number, width: number) => boolean {
  let starts: number[] | null = null;
  // (the map's code points as the source's UTF-16 offsets, made when first asked: a wrapped text's short lines only)
  let src: SourceText | null = null;
  return (k, width) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    if (k + 1 >= starts.length) return false;
    src ??= new SourceText(source);
    const line = source.slice(src.unitOf(map.startOf(starts[k])), src.unitOf(map.endOf(starts[k + 1] - 1))).trimEnd();
    const next = src.unitOf(map.startOf(starts[k + 1]));
    let wordEnd = next;
    for (let c = source.charCodeAt(wordEnd); wordEnd < source.length && c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0; c = source.charCodeAt(++wordEnd));
    return line.length > 0 && codePointLength(line) + 1 + codePointLength(source.slice(next, wordEnd)) > width;
  };
}

/** How many matches of the global regex `re` in `s` are the letter `code`, and how many are another. */
function lettersFound(re: RegExp, s: string, code: number): [number, number] {
  let found = 0;
  let other = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (s.charCodeAt(m.index) === code) found++;
    else other++;
  }
  return [found, other];
}

/** The word after spaces or tabs at `at` (Arabic letters, and digits with `digits`), or '' when none is spaced there. */
function wordAfter(text: string, at: number, digits: boolean): string {
  let s = at;
  while (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09) s++;
  if (s === at) return '';
  let e = s;
  for (let c = text.charCodeAt(e); AR_LETTER(c) || (digits && c >= 48 && c <= 57); c = text.charCodeAt(++e));
  return text.slice(s, e);
}

/** A word's final ة or ه (not a letter of a longer word; a diacritic after it is gone by now). */
const FINAL_TA_HA = /(?<=[\u0621-\u064A])[\u0629\u0647](?![\u0621-\u064A])/g;

/**
 * A text that types every final ة as ه (informal and Egyptian sites: الولايات المتحده، سته أيام، يوم الجمعه) with ة again
 * where the word so written is a word of the vocabulary (`words`: the resources' and the knowledge base's words ending
 * in ة, with and without the article), less a proclitic (و ف ب ك ل, لل for ل + ال) too: a rule then reads سته as ستة.
 * One letter for one, so no offset moves; a mention still shows the source's ه. A text is taken to type so when its
 * words end in ه more than eight times as often as in ة: ه is also the pronoun (له، عنه، موظفيه), and news typed with ة
 * ends three to seven words in ة for one in ه, a narrative with many pronouns one in three (ANERcorp dev); a text that
 * writes ة is left as it is, so a word written ه stays ه there (وحده, alone, is no وحدة, unit). The words are asked
 * for only when a text types so.
 */
export function restoreTaMarbuta(text: string, words: () => ReadonlySet<string>): string {
  const [ta, ha] = lettersFound(FINAL_TA_HA, text, 0x629);
  if (ha === 0 || ta * 8 >= ha) return text;
  const known = words();
  const has = (w: string) => w.length >= 3 && known.has(w);
  return text.replace(FINAL_TA_HA, (ch: string, at: number) => {
    if (ch === '\u0629') return ch;
    let s = at;
    while (s > 0 && AR_LETTER(text.charCodeAt(s - 1))) s--;
    if (at - s < 2) return ch;
    const w = `${text.slice(s, at)}\u0629`;
    // (the word, less و or ف, then less ب ك or ل; ل + ال is written لل)
    const c0 = w[0];
    const w1 = c0 === 'و' || c0 === 'ف' ? w.slice(1) : w;
    const c1 = w1[0];
    const w2 = c1 === 'ب' || c1 === 'ك' || c1 === 'ل' ? w1.slice(1) : w1;
    // (and less the article: الثلاثه is the number word ثلاثة with it)
    const ok = has(w) || has(w1) || has(w2) || (c1 === 'ل' && w1[1] === 'ل' && has(`ا${w1.slice(1)}`)) || (w2.startsWith('ال') && has(w2.slice(2)));
    return ok ? '\u0629' : ch;
  });
}

/** How many علي a text needs before it is taken to type على so: a sentence or two with the name Ali and no على is no
 *  such text (قال المتحدث علي الشريف), while على is among the commonest words of any article. */
const ALI_MIN = 3;
/** The word علي alone or after و, as a word of its own (not فعلي, actual, nor عليه). */
const ALI_RE = /(?<![\u0621-\u064A])(?:و)?علي(?![\u0621-\u064A])/g;

/**
 * A text that types every final ى as ي (many sites: الي، مستوي، علي) with the preposition على again where its علي is
 * followed by what follows على and no name: a definite word (علي الإنترنت), a number (علي 19), or a word `followers`
 * has (علي يد، علي روسيا). The cleaner writes every other final ى as ي, so على is the one word whose two spellings are
 * two words; علي is also the name Ali, which a definite word follows less often than the preposition (علي الأمين stays
 * a name only in a text that writes على). One letter for one. A text is taken to type so when it writes على less than
 * once for four علي, three at least (news that writes ى has على among its commonest words); the followers are asked
 * for only then.
 */
export function restoreAla(text: string, followers: () => ReadonlySet<string>): string {
  let ala = 0;
  for (let at = text.indexOf('\u0649'); at >= 0; at = text.indexOf('\u0649', at + 1)) ala++;
  let ali = 0;
  ALI_RE.lastIndex = 0;
  while (ALI_RE.exec(text)) ali++;
  if (ali < ALI_MIN || ala * 4 >= ali) return text;
  const known = followers();
  return text.replace(ALI_RE, (w: string, at: number) => {
    const next = wordAfter(text, at + w.length, true);
    const preposition = next.startsWith('ال') || /^[0-9]/.test(next) || known.has(next);
    return preposition ? `${w.slice(0, -1)}\u0649` : w;
  });
}

/** A word's final ي, ى or the Persian yeh ی, in the text as written. */
const FINAL_YEH = /(?<=[\u0621-\u064A\u06CC])[\u064A\u0649\u06CC](?![\u0621-\u064A\u06CC])/g;
/** The word على alone or after و (after the fold, the only ى left). */
const ALA_RE = /(?<![\u0621-\u064A])(?:و)?على(?![\u0621-\u064A])/g;

/**
 * A text typed with every final ي as ى (the Egyptian press: فى، السيسى) or as the Persian yeh, where the name Ali is
 * written as the preposition على: the fold makes every other final ى ي, and keeps على, so that علي before an Arab given
 * name (على حسن، على محمود: Ali and his father's name) is written علي again. `source` is the text as written, whose
 * final ي are counted against its final ى and ی (a text that writes ي has it on في، التي، الذي); `names`, asked for only
 * when a text types so. One letter for one.
 */
export function restoreAli(text: string, source: string, names: () => ReadonlySet<string>): string {
  if (text.indexOf('\u0649') < 0) return text;
  const [ya, other] = lettersFound(FINAL_YEH, source, 0x64a);
  if (other === 0 || ya * 8 >= other) return text;
  const known = names();
  return text.replace(ALA_RE, (w: string, at: number) => (known.has(wordAfter(text, at + w.length, false)) ? `${w.slice(0, -1)}\u064A` : w));
}

/** The words after على in `phrases` (restoreAla's `followers`), folded as the cleaner folds, and the first words of
 *  `names` but those in `notAfter` (folded). */
export function alaFollowers(phrases: Iterable<string>, names: Iterable<string>, notAfter: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const f = foldForMatching(p);
    for (let at = f.indexOf('على '); at >= 0; at = f.indexOf('على ', at + 1)) {
      if (at > 0 && /[\u0621-\u064A]/.test(f[at - 1])) continue;
      const next = /^[\u0621-\u064A]+/.exec(f.slice(at + 4));
      if (next) out.add(next[0]);
    }
  }
  for (const n of names) {
    const first = /^[\u0621-\u064A]+/.exec(foldForMatching(n));
    if (first && first[0].length >= 3 && !notAfter.has(first[0])) out.add(first[0]);
  }
  return out;
}

/** The vocabulary's words that end in ة (restoreTaMarbuta's `words`): every Arabic word of `phrases`, folded as the
 *  cleaner folds, with and without the article. */
export function taMarbutaWords(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    if (p.indexOf('\u0629') < 0) continue;
    for (const w of foldForMatching(p).split(/[^\u0621-\u064A]+/)) {
      if (w.length < 3 || w.charCodeAt(w.length - 1) !== 0x629) continue;
      out.add(w);
      if (w.startsWith('ال') && w.length > 4) out.add(w.slice(2));
    }
  }
  return out;
}

/**
 * Per UTF-16 code unit, 1 where DELETE_RE or FOLD_RE would change it, or a contextual fold may (ى, ئ; the Persian yeh is
 * FOLD_RE's): a test holds the table to the fold.
 */
export const FOLD_CHANGES: Uint8Array = classTable(DELETE_CLASS + FOLD_RE.source.slice(1, -1) + '\\u0649\\u0626');

/** Folds text the way the cleaner does, for resource data and user queries (no offsets needed). */
export function foldForMatching(s: string): string {
  // (most words need nothing: a walk over their code units is cheaper than the two replaces)
  for (let i = 0; i < s.length; i++) if (FOLD_CHANGES[s.charCodeAt(i)] === 1) return foldByRegex(s);
  return s;
}

/** The fold by its regexes, the contextual ones too (what foldForMatching does when a code unit needs it). */
export function foldByRegex(s: string): string {
  return foldLetters(s.replace(DELETE_RE, ''));
}

/**
 * Where a match of the cleaner's regex can start: an entity's &, a tag's <, scraper junk's or a Markdown link's [ (or
 * an image's !), bold's *, an invisible or deleted character, CR, a surrogate; and (table LINE_END) a line's start,
 * for the boilerplate line and the Markdown heading (^ in multiline mode: after \n, \r, U+2028, U+2029).
 */
const MATCH_STARTS: Uint8Array = classTable(`&<[!*\\r\\uD800-\\uDFFF${DELETE_CLASS}${PRESENTATION_CLASS}`);
const LINE_END: Uint8Array = classTable('\\n\\r\\u2028\\u2029');

/**
 * The matches of `sticky` (the cleaner's regex with flags ym) in `source`, in order, as a global scan of the same
 * regex finds them: tried only where one can start (MATCH_STARTS, or a line's start), the next try after a match's
 * end (one on after an empty one). A test holds the two scans to the same matches on random text.
 */
export function* cleanerMatches(sticky: RegExp, source: string): Generator<RegExpExecArray> {
  const n = source.length;
  let p = 0;
  while (p < n) {
    if (MATCH_STARTS[source.charCodeAt(p)] === 1 || p === 0 || LINE_END[source.charCodeAt(p - 1)] === 1) {
      sticky.lastIndex = p;
      const m = sticky.exec(source);
      if (m !== null) {
        yield m;
        p += m[0].length || 1;
        continue;
      }
    }
    p++;
  }
}

export class Cleaner {
  /** the cleaner's one regex, sticky (flags ym): tried where a match can start (cleanerMatches) */
  readonly sticky: RegExp;
  private readonly taMarbutaWords?: () => ReadonlySet<string>;
  private readonly alaFollowers?: () => ReadonlySet<string>;
  private readonly arabNames?: () => ReadonlySet<string>;

  constructor(config: CleanerConfig) {
    this.taMarbutaWords = config.taMarbutaWords;
    this.alaFollowers = config.alaFollowers;
    this.arabNames = config.arabNames;
    const lines = [...new Set(config.boilerplateLines.map((l) => l.trim()).filter(Boolean))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    const parts = [
      // 1 a well-formed entity: &amp; &#39; &#x27;
      '&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});',
      // 2 a numeric entity broken by a machine translator or scraper: "& # 39;"
      '& ?# ?([0-9]{1,7}) ?;',
      // 3 markup: a tag or a comment, bounded
      '<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?:[\\s/][^<>]{0,1000})?>|<!--[^]{0,4000}?-->',
      // 4 scraper junk: [ad_1], [19659002], and the unclosed [19659002 some scrapers leave
      '\\[(?:ad_[0-9]{1,3}\\]|[0-9]{6,12}\\]?)',
      // 5 invisible characters, deleted, and CR before LF
      `[${DELETE_CLASS}]+|\\r(?=\\n)`,
      // 6 an astral character (kept, but it is two units for one code point)
      '[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]',
      // 7 a lone surrogate (kept as U+FFFD)
      '[\\uD800-\\uDFFF]',
    ];
    // 8 a whole boilerplate line (never, without a list)
    parts.push(lines.length ? `^[ \\t]{0,40}(?:${lines.join('|')})[ \\t]{0,40}$` : '(?!)');
    // 9 Markdown (scraped news is often Markdown): a link or an image, whose anchor text stays and whose
    // address goes; bold markers; a heading's marker at a line's start (a blockquote's > and a bullet stay:
    // they mark a quotation and a list)
    // (the anchor text may run over a line break, not a blank line: a wrapped paragraph's link)
    parts.push('!?\\[((?:[^\\[\\]\\n\\uD800-\\uDFFF]|\\n(?![ \\t]*\\n)){0,300})\\]\\((?:[^()\\s]|\\([^()\\s]{0,200}\\)){0,2000}\\)');
    parts.push('\\*\\*');
    parts.push('^[ \\t]{0,3}#{1,6}[ \\t]+');
    // 17 Arabic presentation forms, as text copied from a PDF carries them (ﻣﺎﻳﻜﺮﻭﺳﻮﻓﺖ): a run of them, written as the letters
    parts.push(`[${PRESENTATION_CLASS}]+`);
    // Each alternative is a capture group; see the group numbers in clean().
    this.sticky = new RegExp(parts.map((p) => `(${p})`).join('|'), 'ym');
  }

  /** Cleans for display (titles): junk and markup out, entities decoded, but no folding. */
  display(source: string): string {
    return this.clean(source, false).text.replace(/\s+/g, ' ').trim();
  }

  clean(source: string, foldText = true): CleanResult {
    const b = new MapBuilder();
    const out: string[] = [];
    const junk: Partial<Record<JunkKind, number>> = {};
    const count = (k: JunkKind) => (junk[k] = (junk[k] ?? 0) + 1);
    let last = 0;
    // Group numbers: 1 entity(2 body) | 3 broken(4 num) | 5 markup(6 slash, 7 name) | 8 junk |
    // 9 invisible | 10 astral | 11 lone surrogate | 12 boilerplate line | 13 Markdown link (14 anchor) |
    // 15 bold marker | 16 heading marker | 17 Arabic presentation forms
    for (const m of cleanerMatches(this.sticky, source)) {
      const at = m.index;
      const whole = m[0];
      if (whole.length === 0) continue;
      // Diacritics and tatweel belong to the letter before them: a span ending on that letter covers them.
      if (m[9] !== undefined && ATTACHED.test(whole)) {
        if (at > last) {
          out.push(source.slice(last, at));
          b.copy(at - last - 1);
          b.replace(1, 1 + whole.length);
        } else b.extendLast(whole.length);
        last = at + whole.length;
        continue;
      }
      if (m[17] !== undefined) {
        // each form as its letter, one for one (an aligned copy); a ligature (ﻻ: لا) as its letters for the one form
        if (at > last) {
          out.push(source.slice(last, at));
          b.copy(at - last);
        }
        for (let k = 0; k < whole.length; k++) {
          const letters = presentationLetters(whole[k]);
          out.push(letters);
          if (letters.length === 1) b.copy(1);
          else b.replace(letters.length, 1);
        }
        last = at + whole.length;
        continue;
      }
      if (m[13] !== undefined) {
        // the anchor text is copied as is (so its spans map back exactly), the brackets and address deleted
        const anchor = m[14] ?? '';
        const open = whole.startsWith('!') ? 2 : 1;
        if (at > last) {
          out.push(source.slice(last, at));
          b.copy(at - last);
        }
        b.replace(0, open);
        out.push(anchor);
        b.copy(anchor.length);
        b.replace(0, codePointLength(whole) - open - anchor.length);
        last = at + whole.length;
        continue;
      }
      let replacement: string | null = null;
      let kind: JunkKind | null = null;
      if (m[1] !== undefined) {
        replacement = decodeEntity(m[2]);
        kind = 'html-entity';
      } else if (m[3] !== undefined) {
        replacement = codePointString(parseInt(m[4], 10));
        kind = 'html-entity';
      } else if (m[5] !== undefined) {
        const name = (m[7] ?? '').toLowerCase();
        replacement = BLOCK_TAGS.has(name) ? '\n' : '';
        kind = 'markup';
      } else if (m[8] !== undefined) {
        replacement = ' ';
        kind = 'scraper-junk';
      } else if (m[9] !== undefined) {
        replacement = '';
        // CR before LF and a tab-like control are housekeeping, not junk worth reporting
        if (!/^[\r\u200C\u200D]+$/.test(whole)) kind = 'invisible';
      } else if (m[10] !== undefined) {
        replacement = whole; // astral: same text, but the map must know 2 units = 1 code point
      } else if (m[11] !== undefined) {
        replacement = '\uFFFD';
      } else if (m[12] !== undefined) {
        replacement = '';
        kind = 'boilerplate';
      } else if (m[15] !== undefined || m[16] !== undefined) {
        replacement = ''; // Markdown: not junk, not counted
      }
      if (replacement === null) continue; // unknown named entity: leave it as text
      if (kind) count(kind);
      if (at > last) {
        out.push(source.slice(last, at));
        b.copy(at - last);
      }
      // Deleted invisible characters inside a decoded entity are dropped too.
      if (kind === 'html-entity') replacement = replacement.replace(DELETE_RE, '');
      out.push(replacement);
      b.replace(replacement.length, codePointLength(whole));
      last = at + whole.length;
    }
    if (last < source.length) {
      out.push(source.slice(last));
      b.copy(source.length - last);
    }
    const joined = out.join('');
    let text = foldText ? foldLetters(joined).replace(TUNISIAN_DECIMAL, (_, a: string, b: string) => `${b}.${a}`).replace(OPENING_SHAPED_RIGHT_QUOTE, '\u201C') : joined;
    if (foldText && this.taMarbutaWords) text = restoreTaMarbuta(text, this.taMarbutaWords);
    if (foldText && this.alaFollowers) text = restoreAla(text, this.alaFollowers);
    if (foldText && this.arabNames) text = restoreAli(text, joined, this.arabNames);
    const map = b.build();
    if (foldText) text = unwrapLines(text, forcedBreakAsWritten(text, source, map));
    return { text, map, junk };
  }
}

function decodeEntity(body: string): string | null {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body[1] === 'x' || body[1] === 'X';
    return codePointString(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

function codePointString(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(n);
}

/** Number of code points in a string (lone surrogates count one each, as Array.from does). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The decoded source text with code-point slicing: `slice(start, end)` equals
 * `Array.from(text).slice(start, end).join('')`, without building that array.
 */
export class SourceText {
  /** Code-point offsets of astral characters, ascending. */
  private readonly astral: Int32Array;
  readonly length: number;

  constructor(readonly text: string) {
    const pos: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++, cp++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          pos.push(cp);
          i++;
        }
      }
    }
    this.astral = Int32Array.from(pos);
    this.length = cp;
  }

  /** UTF-16 offset of code point `cp`. */
  unitOf(cp: number): number {
    return cp + firstAtOrAbove(this.astral, cp);
  }

  slice(start: number, end: number): string {
    return this.text.slice(this.unitOf(start), this.unitOf(end));
  }
}
