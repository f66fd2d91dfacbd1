import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemText, looksLikeFeed, parseFeed, xmlText } from '../src/core/feeds.js';
import { FIXTURES } from './helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'feeds', name), 'utf8');

describe('feeds', () => {
  it('reads RSS 2.0 items with escaped HTML and CDATA', () => {
    const r = parseFeed(fixture('rss-cyber-news.xml'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('rss');
    expect(r.items).toHaveLength(2);
    expect(r.items[0]).toMatchObject({ index: 1, id: 'https://news.example.org/2024/10/leak', title: 'Hackers leak 4 GB of campaign emails', published: 'Wed, 16 Oct 2024 09:30:00 GMT' });
    expect(r.items[0].body).toContain('<p>A group of hackers published about 4 GB of emails from a campaign &amp; its donors');
    expect(r.items[1].body).toBe('<p>حذرت وزارة الأمن الداخلي الأمريكية، أمس، من رسائل مزيفة وصلت إلى نحو 5000 ناخب في ثلاث ولايات.</p>');
    expect(itemText(r.items[1]).startsWith('وزارة الأمن الداخلي تحذر من رسائل مزيفة\n\n<p>')).toBe(true);
  });

  it('reads Atom entries and NewsML-G2 items', () => {
    const atom = parseFeed(fixture('atom-threat-intel.xml'));
    expect(atom.ok && atom.format).toBe('atom');
    if (atom.ok) expect(atom.items.map((i) => i.published)).toEqual(['2024-09-02T08:00:00Z', '2024-09-03T10:15:00Z']);
    const nml = parseFeed(fixture('newsml-wire.xml'));
    expect(nml.ok && nml.format).toBe('newsml');
    if (nml.ok) {
      expect(nml.items[0]).toMatchObject({ id: 'urn:newsml:example.org:20241104:wire-001', title: 'Election officials report phishing wave', published: '2024-11-04T06:55:00Z' });
      expect(nml.items[0].body).toContain('Election officials in 8 states reported a phishing wave');
    }
  });

  it('reports malformed XML with its line and column', () => {
    const r = parseFeed('<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</title>\n</channel></rss>');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/^malformed XML: /);
      expect(r.line).toBeGreaterThanOrEqual(3);
    }
  });

  it('does not expand DOCTYPE entities (billion laughs)', () => {
    const lol = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n') +
      ']>\n<rss><channel><item><title>&lol9;</title><description>body</description></item></channel></rss>';
    const t0 = performance.now();
    const r = parseFeed(lol);
    expect(performance.now() - t0).toBeLessThan(1000);
    if (r.ok) expect(r.items[0].title.length).toBeLessThan(100);
  });

  it('rejects XML that is not a feed', () => {
    expect(parseFeed('<html><body>x</body></html>')).toMatchObject({ ok: false, error: 'XML is not an RSS 2.0, Atom or NewsML-G2 feed' });
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('plain text')).toBe(false);
  });

  it('decodes only XML entities and unwraps CDATA', () => {
    expect(xmlText('a &lt;b&gt; &amp;amp; &#1575; <![CDATA[<i>&amp;</i>]]>')).toBe('a <b> &amp; ا <i>&amp;</i>');
  });
});
