import { EntityRepository, type FilterQuery } from '@mikro-orm/postgresql';
import type { Product } from '../entities/Product';

export interface ProductRow {
  id: number;
  sku: string;
  title: string;
  price_cents: number;
  image_path: string | null;
  shop_slug: string;
}

const NEWEST_ORDER: Record<string, string> = {
  newest: 'p.created_at DESC',
  price_asc: 'p.price_cents ASC',
  price_desc: 'p.price_cents DESC',
};

export class ProductRepository extends EntityRepository<Product> {
  async search(term: string, limit = 24): Promise<Product[]> {
    const qb = this.em.createQueryBuilder<Product>('Product', 'p');
    return qb
      .select('*')
      // vuln: CWE-89
      .where(`p.active = true and (p.sku = '${term}' or p.description ilike '%${term}%')`)
      .limit(limit)
      .getResultList();
  }

  async searchInShop(shopId: number, term: string): Promise<Product[]> {
    const qb = this.em.createQueryBuilder<Product>('Product', 'p');
    return qb
      .select('*')
      .where({ shop: shopId, active: true })
      .andWhere('p.description ilike ?', [`%${term}%`])
      .orderBy({ createdAt: 'desc' })
      .getResultList();
  }

  async byTag(tag: string): Promise<Product[]> {
    const qb = this.em.createQueryBuilder<Product>('Product', 'p');
    return qb
      .select('*')
      .where(qb.raw('? = any(p.tags)', [tag]))
      .andWhere({ active: true })
      .getResultList();
  }

  async listByCategory(category: string, sort: string, page: number): Promise<ProductRow[]> {
    const offset = Math.max(0, page - 1) * 24;
    // vuln: CWE-89
    return this.em.getConnection().execute<ProductRow[]>(
      `select p.id, p.sku, p.title->>'en' as title, p.price_cents, p.image_path, s.slug as shop_slug
         from products p join shops s on s.id = p.shop_id
        where p.active and p.category = ?
        order by ${sort}
        limit 24 offset ?`,
      [category, offset],
    );
  }

  async listNewest(sortKey: string): Promise<ProductRow[]> {
    const orderBy = NEWEST_ORDER[sortKey] ?? NEWEST_ORDER.newest;
    return this.em.getConnection().execute<ProductRow[]>(
      `select p.id, p.sku, p.title->>'en' as title, p.price_cents, p.image_path, s.slug as shop_slug
         from products p join shops s on s.id = p.shop_id
        where p.active
        order by ${orderBy}
        limit 24`,
    );
  }

  async featured(locale: string): Promise<ProductRow[]> {
    // vuln: CWE-89
    return this.em.execute(`select p.id, p.sku, coalesce(p.title->>'${locale}', p.title->>'en') as title, p.price_cents, p.image_path, s.slug as shop_slug
      from products p join shops s on s.id = p.shop_id
      where p.active and 'featured' = any(p.tags)
      order by p.created_at desc limit 12`);
  }

  async localizedTitle(id: number, locale: string): Promise<string | undefined> {
    const rows = await this.em.execute<{ title: string }[]>(
      'select coalesce(title->>?, title->>\'en\') as title from products where id = ?',
      [locale, id],
    );
    return rows[0]?.title;
  }

  async inCategories(categories: string[]): Promise<Product[]> {
    return this.find({ category: { $in: categories }, active: true }, { limit: 48 });
  }

  async bySkuPrefix(shopId: number, prefix: string): Promise<Product[]> {
    const safePrefix = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.find({ shop: shopId, sku: { $like: `${safePrefix}%` } });
  }

  async filter(where: FilterQuery<Product>): Promise<Product[]> {
    // vuln: CWE-943
    return this.em.find('Product', where, { limit: 50, populate: ['shop'] }) as Promise<Product[]>;
  }
}
