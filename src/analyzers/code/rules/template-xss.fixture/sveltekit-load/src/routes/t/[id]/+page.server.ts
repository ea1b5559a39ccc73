import type { PageServerLoad } from './$types';
import { postsOf, renderNotice, renderPost, renderSignature } from '$lib/server/posts';

export const load: PageServerLoad = ({ params }) => {
  const posts = postsOf(Number(params.id)).map((post) => ({
    id: post.id,
    html: renderPost(post.body),
    signatureHtml: renderSignature(post.signature),
  }));
  return { posts, notice: renderNotice() };
};
