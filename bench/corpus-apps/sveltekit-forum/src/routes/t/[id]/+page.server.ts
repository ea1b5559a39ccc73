import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { addPost, getPosts, getThread } from '$lib/server/threads';
import { renderPost, renderSignature } from '$lib/server/markdown';

function threadId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) error(404, 'Thread not found');
  return id;
}

export const load: PageServerLoad = ({ params }) => {
  const id = threadId(params.id);
  const thread = getThread(id);
  if (!thread) error(404, 'Thread not found');

  const posts = getPosts(id).map((post) => ({
    id: post.id,
    username: post.username,
    createdAt: post.created_at,
    html: renderPost(post.body),
    signatureHtml: renderSignature(post.signature)
  }));
  return { thread, posts };
};

export const actions: Actions = {
  reply: async ({ request, params, locals }) => {
    const id = threadId(params.id);
    if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(`/t/${id}`)}`);

    const data = await request.formData();
    const body = String(data.get('body') ?? '').trim();
    if (body.length < 2) return fail(400, { body, message: 'Write a little more.' });
    if (body.length > 20_000) return fail(400, { body, message: 'Posts are limited to 20,000 characters.' });

    const postId = addPost(id, locals.user.id, body);
    return { postId };
  }
};
