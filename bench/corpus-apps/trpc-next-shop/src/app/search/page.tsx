import Link from 'next/link';
import { headers } from 'next/headers';
import { Suspense } from 'react';
import { createCaller } from '~/server/api/root';
import { createTRPCContext } from '~/server/api/trpc';
import { PRODUCT_SORTS, type ProductSort } from '~/server/services/product.service';
import { SearchHeading } from './SearchHeading';

const parseSort = (value?: string): ProductSort =>
  (PRODUCT_SORTS as readonly string[]).includes(value ?? '') ? (value as ProductSort) : 'relevance';

export default async function SearchPage({ searchParams }: { searchParams: { q?: string; sort?: string } }) {
  const q = (searchParams.q ?? '').trim().slice(0, 80);
  const caller = createCaller(await createTRPCContext({ headers: headers() }));
  const products = q ? await caller.product.search({ q, sort: parseSort(searchParams.sort), take: 24 }) : [];

  return (
    <main className="container">
      <Suspense fallback={null}>
        <SearchHeading total={products.length} />
      </Suspense>
      <ul className="grid">
        {products.map((p) => (
          <li key={p.id}>
            <Link href={`/products/${p.slug}`}>
              <span>{p.name}</span>
              <span>${(p.priceCents / 100).toFixed(2)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
