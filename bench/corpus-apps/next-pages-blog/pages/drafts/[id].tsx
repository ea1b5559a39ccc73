import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import jwt from 'jsonwebtoken';
import { renderMarkdown } from '@/lib/markdown';
import { postRepository } from '@/lib/repositories/posts';

interface Props {
  title: string;
  html: string;
  reviewer: string;
}

interface ShareClaims {
  postId: number;
  reviewer: string;
}

/**
 * Review link sent to external reviewers:
 *   /drafts/42?token=<jwt signed by lib/auth.signDraftShare>
 */
export const getServerSideProps: GetServerSideProps<Props> = async (context) => {
  const id = Number(context.params?.id);
  const token = typeof context.query.token === 'string' ? context.query.token : '';
  if (!Number.isInteger(id) || !token) return { notFound: true };

  // vuln: CWE-347
  const claims = jwt.decode(token) as ShareClaims | null;
  if (!claims || claims.postId !== id) {
    return { redirect: { destination: '/login', permanent: false } };
  }

  const post = await postRepository.findDraft(id);
  if (!post) return { notFound: true };

  context.res.setHeader('Cache-Control', 'private, no-store');
  context.res.setHeader('X-Robots-Tag', 'noindex');
  return { props: { title: post.title, html: renderMarkdown(post.body), reviewer: claims.reviewer } };
};

export default function DraftReview({ title, html, reviewer }: Props) {
  return (
    <>
      <Head>
        <title>{`Draft: ${title}`}</title>
      </Head>
      <p className="review-banner">Shared for review with {reviewer}. Please do not forward this link.</p>
      <article className="post draft">
        <h1>{title}</h1>
        <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
    </>
  );
}
