/** Whether text is an XML feed (cheap: no XML parser loaded). */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^]{0,2000}?-->\s*)*(?:<!DOCTYPE[^>]{0,500}>\s*)?<(?:rss|feed|newsMessage|newsItem|rdf:RDF)[\s>]/.test(text.slice(0, 4000));
}
