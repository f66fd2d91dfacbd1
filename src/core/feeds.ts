/**
 * News feeds: RSS 2.0, Atom and NewsML-G2, one item each. Parsed with fast-xml-parser with entity
 * expansion off (a DOCTYPE cannot define entities that balloon), bodies kept raw as stop nodes and
 * decoded here: CDATA as is, XML's five entities and character references; the cleaner then strips
 * the HTML markup with its offset map. An item's source text is its title, a blank line, its body.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
export { looksLikeFeed } from './sniff.js';

export type FeedFormat = 'rss' | 'atom' | 'newsml';

export interface FeedItem {
  /** 1-based position in the feed. */
  index: number;
  id: string | null;
  title: string;
  body: string;
  published: string | null;
}

export type FeedResult =
  /** warnings: what was repaired or skipped, each with its line and column in the feed */
  | { ok: true; format: FeedFormat; items: FeedItem[]; warnings: FeedWarning[] }
  | { ok: false; error: string; line?: number; col?: number };

export interface FeedWarning {
  /** error: part of the feed was lost (the items read are still good) */
  level: 'warning' | 'error';
  message: string;
  line?: number;
  col?: number;
}

const BODY_TAGS = ['description', 'content:encoded', 'content', 'summary', 'inlineXML', 'inlineData', 'body.content'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  stopNodes: BODY_TAGS.map((t) => `*.${t}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'newsItem',
});

/** Text of an XML node, with CDATA unwrapped and XML's entities decoded (nothing else). */
export function xmlText(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw.indexOf('<![CDATA[', i);
    if (c < 0) {
      out += decodeXml(raw.slice(i));
      break;
    }
    out += decodeXml(raw.slice(i, c));
    const e = raw.indexOf(']]>', c + 9);
    if (e < 0) {
      out += raw.slice(c + 9);
      break;
    }
    out += raw.slice(c + 9, e);
    i = e + 3;
  }
  return out;
}

const XML_ENTITY = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const XML_NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(XML_ENTITY, (m, name?: string, dec?: string, hex?: string) => {
    if (name) return XML_NAMED[name];
    const n = dec ? parseInt(dec, 10) : parseInt(hex ?? '', 16);
    if (!(n > 0 && n <= 0x10ffff) || (n >= 0xd800 && n <= 0xdfff)) return m;
    return String.fromCodePoint(n);
  });
}


/** The text of a node that may be a string, an object with #text, or a list of them. */
function textOf(n: unknown): string {
  if (n === undefined || n === null) return '';
  if (typeof n === 'string') return xmlText(n).trim();
  if (typeof n === 'number' || typeof n === 'boolean') return String(n);
  if (Array.isArray(n)) return n.map(textOf).filter(Boolean).join('\n');
  if (typeof n === 'object') {
    const o = n as Record<string, unknown>;
    if ('#text' in o) return textOf(o['#text']);
    return Object.entries(o)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, v]) => textOf(v))
      .filter(Boolean)
      .join('\n');
  }
  return '';
}

function first(o: Record<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) if (o[k] !== undefined && textOf(o[k]) !== '') return o[k];
  return undefined;
}

function attr(n: unknown, name: string): string | null {
  if (n && typeof n === 'object' && !Array.isArray(n)) {
    const v = (n as Record<string, unknown>)[`@_${name}`];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

/**
 * Escapes every & that starts no entity or character reference (AT&T, R&D, "Q & A"), outside CDATA
 * sections and comments: a feed writer's slip, read as the text it meant. Returns the text and where each
 * & was (in the original), so positions can be mapped back.
 */
export function escapeBareAmpersands(xml: string): { text: string; at: number[] } {
  const at: number[] = [];
  let out = '';
  let i = 0;
  while (i < xml.length) {
    const amp = xml.indexOf('&', i);
    if (amp < 0) break;
    // skip CDATA sections and comments that start before this &
    const lt = xml.lastIndexOf('<', amp);
    if (lt >= i && (xml.startsWith('<![CDATA[', lt) || xml.startsWith('<!--', lt))) {
      const close = xml.startsWith('<![CDATA[', lt) ? ']]>' : '-->';
      const end = xml.indexOf(close, lt);
      if (end < 0 || end > amp) {
        const stop = end < 0 ? xml.length : end + close.length;
        out += xml.slice(i, stop);
        i = stop;
        continue;
      }
    }
    out += xml.slice(i, amp);
    if (/^&(?:[A-Za-z_][A-Za-z0-9._-]{0,31}|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});/.test(xml.slice(amp, amp + 40))) out += '&';
    else {
      out += '&amp;';
      at.push(amp);
    }
    i = amp + 1;
  }
  return { text: out + xml.slice(i), at };
}

/** Line and column (1-based) of an offset. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    from = i + 1;
  }
  return { line, col: offset - from + 1 };
}

/** The offset of a 1-based line and column. */
function offsetOf(text: string, line: number, col: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return Math.min(text.length, at + col - 1);
}

/** The elements still open at the end of `xml` (outermost first): a plain scan of tags. */
function openElements(xml: string): string[] {
  const stack: string[] = [];
  const TAG = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!\[CDATA\[[^]*?\]\]>|<!--[^]*?-->|<\?[^]*?\?>|<![^>]*>/g;
  for (const m of xml.matchAll(TAG)) {
    if (!m[2]) continue;
    if (m[1]) {
      const k = stack.lastIndexOf(m[2]);
      if (k >= 0) stack.length = k;
    } else if (!m[3]) stack.push(m[2]);
  }
  return stack;
}

const ITEM_END = /<\/(?:item|entry|newsItem)\s*>/g;

/** Parses a feed; an error carries its line and column. What can be recovered is, with a warning. */
export function parseFeed(source: string): FeedResult {
  const warnings: FeedWarning[] = [];
  const esc = escapeBareAmpersands(source);
  let xml = esc.text;
  // a position in the escaped text, back in the source (each escaped & added four characters)
  const back = (offset: number) => {
    let k = 0;
    while (k < esc.at.length && esc.at[k] + 4 * (k + 1) <= offset) k++;
    return offset - 4 * k;
  };
  if (esc.at.length) {
    const p = lineCol(source, esc.at[0]);
    warnings.push({ level: 'warning', message: `${esc.at.length === 1 ? 'a bare &' : `${esc.at.length} bare &s`} (not an entity) read as text`, ...p });
  }
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) {
    // where the damage is: the validator's position, or the end for a feed that stops with elements open
    const open = valid.err.code === 'InvalidXml' ? openElements(xml) : [];
    const damage = open.length ? xml.length : offsetOf(xml, valid.err.line, valid.err.col);
    const where = lineCol(source, back(damage));
    const what = open.length
      ? `the feed ends before ${open.map((t) => `<${t}>`).reverse().join(', ')} ${open.length === 1 ? 'is' : 'are'} closed (a truncated file?)`
      : valid.err.msg.replace(/\s+/g, ' ');
    // the items that end before the damage are read, inside the elements open where the last one ends
    let cut = -1;
    for (const m of xml.slice(0, damage).matchAll(ITEM_END)) cut = m.index + m[0].length;
    const repaired = cut > 0 ? xml.slice(0, cut) + openElements(xml.slice(0, cut)).reverse().map((t) => `</${t}>`).join('') : null;
    if (!repaired || XMLValidator.validate(repaired, { allowBooleanAttributes: true }) !== true) {
      return { ok: false, error: `malformed XML: ${what}`, ...where };
    }
    xml = repaired;
    warnings.push({ level: 'error', message: `malformed XML: ${what}; the items before it were read, the rest skipped`, ...where });
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, error: `malformed XML: ${(e as Error).message}` };
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel ?? {}) as Record<string, unknown>) || {};
    const items = ((channel.item ?? rdf?.item ?? []) as Record<string, unknown>[]).map((it, i) => ({
      index: i + 1,
      id: textOf(first(it, 'guid', 'link')) || attr(it, 'rdf:about') || null,
      title: textOf(it.title),
      body: textOf(first(it, 'content:encoded', 'description')),
      published: textOf(first(it, 'pubDate', 'dc:date')) || null,
    }));
    return { ok: true, format: 'rss', items, warnings };
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed) {
    const items = ((feed.entry ?? []) as Record<string, unknown>[]).map((it, i) => ({
      index: i + 1,
      id: textOf(it.id) || null,
      title: textOf(it.title),
      body: textOf(first(it, 'content', 'summary')),
      published: textOf(first(it, 'published', 'updated')) || null,
    }));
    return { ok: true, format: 'atom', items, warnings };
  }
  const msg = doc.newsMessage as Record<string, unknown> | undefined;
  const newsItems = ((msg?.itemSet as Record<string, unknown> | undefined)?.newsItem ?? doc.newsItem) as
    | Record<string, unknown>[]
    | undefined;
  if (msg || newsItems) {
    const items = (newsItems ?? []).map((it, i) => {
      const meta = (it.contentMeta ?? {}) as Record<string, unknown>;
      const itemMeta = (it.itemMeta ?? {}) as Record<string, unknown>;
      const contentSet = (it.contentSet ?? {}) as Record<string, unknown>;
      return {
        index: i + 1,
        id: attr(it, 'guid'),
        title: textOf(meta.headline),
        body: textOf(first(contentSet, 'inlineXML', 'inlineData')),
        published: textOf(first(itemMeta, 'firstCreated', 'versionCreated')) || textOf(meta.contentCreated) || null,
      };
    });
    return { ok: true, format: 'newsml', items, warnings };
  }
  return { ok: false, error: 'XML is not an RSS 2.0, Atom or NewsML-G2 feed', line: 1, col: 1 };
}

/** An item's source text: the title, a blank line, the body. */
export function itemText(item: FeedItem): string {
  return item.title && item.body ? `${item.title}\n\n${item.body}` : item.title || item.body;
}

