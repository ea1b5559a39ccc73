import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { Post } from '../models/Post.js';
import { extractHashtags } from '../utils/text.js';

const SANITIZE_OPTIONS = {
  allowedTags: ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener' }) },
};

export async function createPost(author, { body, visibility }, photos = []) {
  const html = sanitizeHtml(marked.parse(body), SANITIZE_OPTIONS);
  return Post.create({ author: author._id, body, html, tags: extractHashtags(body), photos, visibility });
}

export function feed(user, before) {
  return Post.feedFor([user._id, ...user.following], { before });
}

export function tagged(tag, { legacy = false } = {}) {
  return legacy ? Post.byHashtagLegacy(tag) : Post.byHashtag(tag);
}

/**
 * "Search my feed": power users may type a regular expression, e.g. `release (v|version) \d+`.
 */
export async function searchFeed(user, q) {
  const posts = await Post.feedFor([user._id, ...user.following], { limit: 500 });
  // vuln: CWE-400
  return posts.filter((post) => new RegExp(q, 'i').test(post.body));
}

export async function remove(user, postId) {
  const post = await Post.findById(postId);
  if (!post || (String(post.author) !== String(user._id) && user.role === 'user')) return false;
  await post.deleteOne();
  return true;
}
