import type { GetServerSideProps } from 'next';
import Head from 'next/head';
import Link from 'next/link';
import { postRepository, type Post } from '@/lib/repositories/posts';

type Summary = Pick<Post, 'id' | 'slug' | 'title' | 'excerpt' | 'authorName' | 'publishedAt'>;

interface Props {
  q: string;
  by: string;
  results: Summary[];
  lastQuery: string | null;
}

function pickSummary({ id, slug, title, excerpt, authorName, publishedAt }: Post): Summary {
  return { id, slug, title, excerpt, authorName, publishedAt };
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query, req, res }) => {
  const q = typeof query.q === 'string' ? query.q.trim() : '';
  const by = typeof query.by === 'string' ? query.by.trim() : '';
  const lastQuery = req.cookies.last_search ?? null;

  let posts: Post[] = [];
  if (by) {
    posts = await postRepository.searchByAuthor(by);
  } else if (q) {
    posts = await postRepository.search(q);
  }
  if (q) {
    res.setHeader('Set-Cookie', `last_search=${encodeURIComponent(q)}; Path=/search; Max-Age=2592000; HttpOnly; Secure; SameSite=Lax`);
  }
  return { props: { q, by, results: posts.map(pickSummary), lastQuery } };
};

export default function SearchPage({ q, by, results, lastQuery }: Props) {
  const label = by ? `posts by <em>${by}</em>` : `results for <em>${q}</em>`;
  return (
    <>
      <Head>
        <title>{q ? `Search: ${q} · Inkwell` : 'Search · Inkwell'}</title>
      </Head>
      <form method="get" action="/search" className="search-form">
        <input type="search" name="q" defaultValue={q} placeholder="Search posts" />
        <button type="submit">Search</button>
      </form>
      {lastQuery && !q && (
        <p className="hint">
          {/* safe: CWE-79 */}
          Continue with <Link href={{ pathname: '/search', query: { q: lastQuery } }}>{lastQuery}</Link>?
        </p>
      )}
      {(q || by) && (
        <>
          {/* vuln: CWE-79 */}
          <h1 className="search-title" dangerouslySetInnerHTML={{ __html: `${results.length} ${label}` }} />
          <ul className="search-results">
            {results.map((p) => (
              <li key={p.id}>
                <Link href={`/posts/${p.slug}`}>{p.title}</Link>
                <p>{p.excerpt}</p>
                <small>
                  {p.authorName} · {p.publishedAt}
                </small>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
