import { EntityRepository } from '@mikro-orm/postgresql';
import type { Order, OrderStatus } from '../entities/Order';

export interface SellerOrderRow {
  id: number;
  number: string;
  status: OrderStatus;
  total_cents: number;
  buyer_email: string;
  created_at: string;
}

export class OrderRepository extends EntityRepository<Order> {
  async forSeller(shopId: number, status: string): Promise<SellerOrderRow[]> {
    // vuln: CWE-89
    return this.em.getConnection().execute<SellerOrderRow[]>(
      `select o.id, o.number, o.status, o.total_cents, u.email as buyer_email, o.created_at
         from orders o join users u on u.id = o.buyer_id
        where o.shop_id = ? and o.status = '${status}'
        order by o.created_at desc`,
      [shopId],
    );
  }

  async forBuyer(buyerId: number, status?: string): Promise<Order[]> {
    const qb = this.em.createQueryBuilder<Order>('Order', 'o').select('*').where({ buyer: buyerId });
    if (status) qb.andWhere('o.status = ?', [status]);
    return qb.orderBy({ createdAt: 'desc' }).getResultList();
  }

  async byNumber(number: string): Promise<Order | null> {
    return this.findOne({ number }, { populate: ['items', 'items.product', 'shop'] });
  }

  async revenueByDay(shopId: number, days: number): Promise<{ day: string; cents: number }[]> {
    const span = Math.min(Math.max(Math.trunc(days) || 30, 1), 365);
    return this.em.execute(
      `select date_trunc('day', created_at)::date as day, sum(total_cents)::int as cents
         from orders where shop_id = ? and status <> 'cancelled' and created_at > now() - (? || ' days')::interval
        group by 1 order by 1`,
      [shopId, span],
    );
  }
}
