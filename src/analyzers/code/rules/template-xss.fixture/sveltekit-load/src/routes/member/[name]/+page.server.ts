import { error } from '@sveltejs/kit';
import sanitizeHtml from 'sanitize-html';
import type { PageServerLoad } from './$types';
import { findMember } from '$lib/server/members';

// Other members wrote every column of this row.
export const load: PageServerLoad = ({ params }) => {
  const member = findMember(params.name);
  if (!member) error(404, 'No such member');
  return {
    member: {
      name: member.name,
      website: member.website,
      homepage: member.homepage,
      github: member.github,
      bioHtml: member.bio_html,
      cleanBio: sanitizeHtml(member.bio_html),
      motto: member.motto,
    },
  };
};
