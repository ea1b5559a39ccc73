import { EntityRepository } from '@mikro-orm/postgresql';
import type { Shop } from '../entities/Shop';

export class ShopRepository extends EntityRepository<Shop> {
  bySlug(slug: string): Promise<Shop | null> {
    return this.findOne({ slug }, { populate: ['owner'] });
  }

  byOwner(ownerId: number): Promise<Shop | null> {
    return this.findOne({ owner: ownerId });
  }

  async topRated(limit: number): Promise<{ slug: string; name: string; rating: number }[]> {
    return this.em.execute(
      `select s.slug, s.name, avg(r.rating)::float as rating
         from shops s join products p on p.shop_id = s.id join reviews r on r.product_id = p.id
        group by s.slug, s.name having count(r.id) >= 3
        order by rating desc limit ?`,
      [Math.min(Math.max(Math.trunc(limit) || 10, 1), 50)],
    );
  }
}
