import libxmljs from 'libxmljs';

/**
 * Parses an OPML subscription list (as exported by feed readers).
 * @param {string|Buffer} xml
 * @returns {{ title: string, feeds: { title: string, xmlUrl: string, htmlUrl: string, category: string }[] }}
 */
export function parseOpml(xml) {
  const text = Buffer.isBuffer(xml) ? xml.toString('utf8') : String(xml);
  const doc = libxmljs.parseXml(text, { nonet: true, noblanks: true });
  const root = doc.root();
  if (!root || root.name() !== 'opml') throw new Error('not an OPML document');
  const titleNode = doc.get('/opml/head/title');
  const feeds = doc.find('//outline[@xmlUrl]').map((outline) => {
    const parent = outline.parent();
    const attr = (el, name) => (el && el.attr && el.attr(name) ? el.attr(name).value() : '');
    return {
      title: attr(outline, 'title') || attr(outline, 'text'),
      xmlUrl: attr(outline, 'xmlUrl'),
      htmlUrl: attr(outline, 'htmlUrl'),
      category: parent && parent.name() === 'outline' ? attr(parent, 'text') : '',
    };
  });
  return { title: titleNode ? titleNode.text().trim() : '', feeds };
}
