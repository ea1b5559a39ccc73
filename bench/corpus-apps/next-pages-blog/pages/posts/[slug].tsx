import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import CommentList from '@/components/CommentList';
import { renderMarkdown } from '@/lib/markdown';
import { postRepository, type Comment, type Post } from '@/lib/repositories/posts';

interface Props {
  post: Omit<Post, 'body'>;
  html: string;
  comments: Comment[];
  preview: boolean;
}

// Lower-case words separated by single hyphens, e.g. "hello-next-14".
const SLUG_PATTERN = /^([a-z0-9]+-?)+$/;

export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const slug = String(context.params?.slug ?? '');
  // vuln: CWE-1333
  if (!SLUG_PATTERN.test(slug)) {
    return { notFound: true };
  }

  const previewId = context.preview ? (context.previewData as { id?: number } | undefined)?.id : undefined;
  const post = previewId ? await postRepository.findDraft(previewId) : await postRepository.findBySlug(slug);
  if (!post) return { notFound: true };

  const comments = await postRepository.commentsFor(post.id);
  const { body, ...meta } = post;
  context.res.setHeader('Cache-Control', context.preview ? 'no-store' : 's-maxage=120, stale-while-revalidate=600');

  return { props: { post: meta, html: renderMarkdown(body), comments, preview: Boolean(context.preview) } };
};

export default function PostPage({ post, html, comments, preview }: Props) {
  return (
    <>
      <Head>
        <title>{`${post.title} · Inkwell`}</title>
        <meta name="description" content={post.excerpt} />
      </Head>
      {preview && (
        <div className="preview-banner">
          Preview mode — <Link href="/api/exit-preview">exit</Link>
        </div>
      )}
      <article className="post">
        <h1>{post.title}</h1>
        <p className="byline">
          by {post.authorName}
          {post.tag && (
            <>
              {' in '}
              <Link href={{ pathname: '/search', query: { tag: post.tag } }}>{post.tag}</Link>
            </>
          )}
        </p>
        {/* safe: CWE-79 */}
        <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
      <section>
        <h2>Comments</h2>
        <CommentList comments={comments} />
      </section>
    </>
  );
}
