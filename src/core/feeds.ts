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
  | { ok: true; format: FeedFormat; items: FeedItem[] }
  | { ok: false; error: string; line?: number; col?: number };

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

/** Parses a feed; an error carries its line and column. */
export function parseFeed(xml: string): FeedResult {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) {
    return { ok: false, error: `malformed XML: ${valid.err.msg}`, line: valid.err.line, col: valid.err.col };
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
    return { ok: true, format: 'rss', items };
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
    return { ok: true, format: 'atom', items };
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
    return { ok: true, format: 'newsml', items };
  }
  return { ok: false, error: 'XML is not an RSS 2.0, Atom or NewsML-G2 feed', line: 1, col: 1 };
}

/** An item's source text: the title, a blank line, the body. */
export function itemText(item: FeedItem): string {
  return item.title && item.body ? `${item.title}\n\n${item.body}` : item.title || item.body;
}

