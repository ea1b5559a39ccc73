import type { PrismaClient } from '@prisma/client';

export const CATEGORIES = ['apparel', 'books', 'electronics', 'home', 'outdoor', 'toys'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRODUCT_SORTS = ['relevance', 'price_asc', 'price_desc', 'newest'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

const SORT_SQL: Record<ProductSort, string> = {
  relevance: 'rating DESC NULLS LAST',
  price_asc: '"priceCents" ASC',
  price_desc: '"priceCents" DESC',
  newest: '"createdAt" DESC',
};

export interface ProductCard {
  id: string;
  slug: string;
  name: string;
  priceCents: number;
  imageUrl: string | null;
  rating: number | null;
}

const CARD_COLUMNS = 'id, slug, name, "priceCents", "imageUrl", rating';

export class ProductService {
  constructor(private readonly db: PrismaClient) {}

  search(term: string, sort: ProductSort, take: number) {
    // vuln: CWE-89
    return this.db.$queryRawUnsafe<ProductCard[]>(`SELECT ${CARD_COLUMNS} FROM "Product" WHERE published = true AND (name ILIKE '%${term}%' OR '${term.toLowerCase()}' = ANY(tags)) ORDER BY ${SORT_SQL[sort]} LIMIT ${take}`);
  }

  byCategory(category: Category, maxPriceCents: number, take: number) {
    // safe: CWE-89
    return this.db.$queryRawUnsafe<ProductCard[]>(`SELECT ${CARD_COLUMNS} FROM "Product" WHERE published = true AND category = '${category}' AND "priceCents" <= ${maxPriceCents} ORDER BY rating DESC NULLS LAST LIMIT ${take}`);
  }

  priceRange(minCents: number, maxCents: number, tag: string) {
    // safe: CWE-89
    return this.db.$queryRaw<ProductCard[]>`SELECT id, slug, name, "priceCents", "imageUrl", rating FROM "Product" WHERE published = true AND "priceCents" BETWEEN ${minCents} AND ${maxCents} AND ${tag} = ANY(tags) ORDER BY "priceCents" LIMIT 48`;
  }

  bySlug(slug: string) {
    return this.db.product.findUnique({
      where: { slug },
      include: {
        seller: { select: { id: true, displayName: true, rating: true } },
        reviews: { orderBy: { createdAt: 'desc' }, take: 20, include: { author: { select: { name: true, image: true } } } },
      },
    });
  }
}
