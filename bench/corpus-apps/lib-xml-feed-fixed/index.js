import { parseFeed } from './lib/feed.js';
import { parseOpml } from './lib/opml.js';

export { parseFeed, parseOpml };

/**
 * Parses a feed and keeps only the items newer than `since`.
 * @param {string|Buffer} xml
 * @param {Date|number} since
 * @param {import('./lib/options.js').FeedOptions} [options]
 */
export function newItems(xml, since, options) {
  const limit = since instanceof Date ? since.getTime() : Number(since) || 0;
  const feed = parseFeed(xml, options);
  return feed.items.filter((item) => item.published && item.published.getTime() > limit);
}
