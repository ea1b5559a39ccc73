import libxmljs from 'libxmljs';
import { normalizeOptions } from './options.js';
import { childText, parseDate, stripTags } from './text.js';

const ATOM = { a: 'http://www.w3.org/2005/Atom' };

function rssItems(doc, opts) {
  return doc.find('//channel/item').slice(0, opts.maxItems).map((item) => {
    const description = childText(item, 'description');
    return {
      id: childText(item, 'guid') || childText(item, 'link'),
      title: childText(item, 'title'),
      link: childText(item, 'link'),
      published: parseDate(childText(item, 'pubDate')),
      summary: opts.keepHtml ? description : stripTags(description),
    };
  });
}

function atomItems(doc, opts) {
  return doc.find('//a:entry', ATOM).slice(0, opts.maxItems).map((entry) => {
    const link = entry.get('a:link[@rel="alternate" or not(@rel)]', ATOM);
    const summary = childText(entry, 'a:summary', ATOM) || childText(entry, 'a:content', ATOM);
    return {
      id: childText(entry, 'a:id', ATOM),
      title: childText(entry, 'a:title', ATOM),
      link: link && link.attr('href') ? link.attr('href').value() : '',
      published: parseDate(childText(entry, 'a:published', ATOM) || childText(entry, 'a:updated', ATOM)),
      summary: opts.keepHtml ? summary : stripTags(summary),
    };
  });
}

/**
 * Parses an RSS 2.0 or Atom 1.0 document.
 * @param {string|Buffer} xml feed text, e.g. a response body or an uploaded file
 * @param {import('./options.js').FeedOptions} [options]
 * @returns {{ format: 'rss'|'atom', title: string, link: string, items: object[] }}
 */
export function parseFeed(xml, options) {
  const opts = normalizeOptions(options);
  const text = Buffer.isBuffer(xml) ? xml.toString('utf8') : String(xml);
  const doc = libxmljs.parseXml(text, {
    // vuln: CWE-611
    noent: true,
    nocdata: true,
    noblanks: true,
    recover: opts.lenient,
  });
  const root = doc.root();
  if (!root) throw new Error('empty feed document');
  if (root.name() === 'feed') {
    const self = root.get('a:link[@rel="alternate" or not(@rel)]', ATOM);
    return {
      format: 'atom',
      title: childText(root, 'a:title', ATOM),
      link: self && self.attr('href') ? self.attr('href').value() : '',
      items: atomItems(doc, opts),
    };
  }
  if (root.name() === 'rss') {
    return {
      format: 'rss',
      title: childText(root, 'channel/title'),
      link: childText(root, 'channel/link'),
      items: rssItems(doc, opts),
    };
  }
  throw new Error(`not a feed: <${root.name()}>`);
}
