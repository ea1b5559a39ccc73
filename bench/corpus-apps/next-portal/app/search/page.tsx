import { prisma } from '../../lib/prisma';

export default async function SearchPage({ searchParams }: { searchParams: { q?: string; tag?: string } }) {
  const q = searchParams.q ?? '';
  const products = await prisma.product.findMany({ where: { name: { contains: q } }, take: 20 });
  return (
    <main>
      {/* vuln: CWE-79 */}
      <h1 dangerouslySetInnerHTML={{ __html: `Results for <em>${q}</em>` }} />
      {/* safe: CWE-79 */}
      <p>Showing {products.length} results for <em>{q}</em></p>
      // safe: CWE-79
      {searchParams.tag && <span className="tag">{searchParams.tag}</span>}
      <ul>
        {products.map((p) => (
          <li key={p.id}>
            <a href={`/products/${encodeURIComponent(p.slug)}`}>{p.name}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
