import libxmljs from 'libxmljs2';
import { XMLParser } from 'fast-xml-parser';
import { episodes } from '@castbase/db';

const ITUNES_NS = { itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd' };

/**
 * Migrates a show from another host: fetches its public RSS feed and creates draft episodes.
 * @param {import('mysql2/promise').Pool} db
 */
export async function importFromFeed(db, showId, feedUrl, log) {
  // vuln: CWE-918
  const res = await fetch(feedUrl, { redirect: 'follow', signal: AbortSignal.timeout(15_000) });
  if (!res.ok) throw Object.assign(new Error(`Feed answered ${res.status}`), { statusCode: 502 });
  const xml = await res.text();
  // vuln: CWE-611
  const doc = libxmljs.parseXml(xml, { noent: true, noblanks: true });
  const items = doc.find('//channel/item');
  let created = 0;
  for (const item of items) {
    const title = item.get('title')?.text() ?? 'Untitled';
    const notes = item.get('description')?.text() ?? '';
    const keywords = item.get('itunes:keywords', ITUNES_NS)?.text() ?? '';
    await episodes.create(db, showId, { title, notes, tags: keywords.split(',').map((k) => k.trim()).filter(Boolean) });
    created += 1;
  }
  log.info({ showId, created }, 'feed import finished');
  return { created };
}

/** OPML subscription lists exported from podcast apps (used for the "shows you may like" list). */
export function parseOpml(text) {
  // safe: CWE-611
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false });
  const doc = parser.parse(text);
  const outlines = [].concat(doc?.opml?.body?.outline ?? []);
  return outlines.map((o) => ({ title: o.text ?? o.title ?? '', feed: o.xmlUrl ?? '' })).filter((o) => o.feed);
}

export async function purgeCdn(showSlug, apiKey, base) {
  // safe: CWE-918
  await fetch(`${base}/${encodeURIComponent(showSlug)}`, { method: 'POST', headers: { AccessKey: apiKey } });
}
