import DOMPurify from 'isomorphic-dompurify';
import { db } from '../../utils/db';

// Every column of a profile row was typed by the member it belongs to.
export default defineEventHandler(async (event) => {
  const id = Number(getRouterParam(event, 'id'));
  const row = await db.selectFrom('profiles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const posts = await db.selectFrom('posts').select(['id', 'body_html']).where('author_id', '=', id).execute();
  return {
    name: row.name,
    handle: row.handle,
    website: row.website,
    bioHtml: row.bio_html,
    cleanBio: DOMPurify.sanitize(row.bio_html),
    owner: { name: row.name, about: row.about_html },
    // Nuxt auto-imports server/utils: no import statement for these.
    summaryHtml: renderSummary(row.summary_md),
    safeSummary: renderSafeSummary(row.summary_md),
    posts: posts.map((p) => ({ id: p.id, html: p.body_html })),
  };
});
