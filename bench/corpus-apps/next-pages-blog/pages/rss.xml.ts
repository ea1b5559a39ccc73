import type { GetServerSideProps } from 'next';
import { postRepository } from '@/lib/repositories/posts';
import { escapeXml } from '@/lib/markdown';

const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL ?? 'https://inkwell.blog';

function item(post: { slug: string; title: string; excerpt: string; authorName: string; publishedAt: string | null }): string {
  const link = `${SITE_URL}/posts/${encodeURIComponent(post.slug)}`;
  return `    <item>
      <title>${escapeXml(post.title)}</title>
      <link>${link}</link>
      <guid isPermaLink="true">${link}</guid>
      <dc:creator>${escapeXml(post.authorName)}</dc:creator>
      <description>${escapeXml(post.excerpt)}</description>
      ${post.publishedAt ? `<pubDate>${new Date(post.publishedAt).toUTCString()}</pubDate>` : ''}
    </item>`;
}

export const getServerSideProps: GetServerSideProps = async ({ res, query }) => {
  const tag = typeof query.tag === 'string' ? query.tag : undefined;
  const posts = tag ? await postRepository.list({ tag, limit: 30 }) : await postRepository.recentForFeed(30);
  const channelTitle = tag ? `Inkwell — ${tag}` : 'Inkwell';

  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(channelTitle)}</title>
    <link>${SITE_URL}</link>
    <description>Essays and notes from the Inkwell authors</description>
${posts.map(item).join('\n')}
  </channel>
</rss>`;

  res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
  res.setHeader('Cache-Control', 's-maxage=900, stale-while-revalidate=3600');
  // safe: CWE-79
  res.write(xml);
  res.end();
  return { props: {} };
};

export default function Rss() {
  return null;
}
