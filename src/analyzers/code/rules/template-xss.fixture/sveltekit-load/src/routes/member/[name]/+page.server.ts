import { error } from '@sveltejs/kit';
import sanitizeHtml from 'sanitize-html';
import type { PageServerLoad } from './$types';
import { findMember } from '$lib/server/members';

// Other members wrote every column of this row.
export const load: PageServerLoad = async ({ params, setHeaders }) => {
  setHeaders({ 'cache-control': 'private, max-age=60' });
  const row = findMember(params.name);
  if (row === undefined) throw error(404, `${params.name}: unknown member`);
  const { name, website, homepage, github, motto } = row;
  return { member: { name, website, homepage, github, motto, bioHtml: row.bio_html, cleanBio: sanitizeHtml(row.bio_html) } };
};
