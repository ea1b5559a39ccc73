import { Service } from 'typedi';
import { Order } from '../models/Order';

export interface SalesRow {
  day: string;
  orders: number;
  revenue_cents: number;
}

@Service()
export class OrderRepository {
  create(data: Partial<Order>) {
    return Order.query().insertAndFetch(data);
  }

  findForUser(userId: number) {
    return Order.query().where({ userId }).withGraphFetched('event').orderBy('created_at', 'desc');
  }

  findById(id: number) {
    return Order.query().findById(id).withGraphFetched('event');
  }

  markPaid(id: number) {
    return Order.query().patchAndFetchById(id, { status: 'paid' });
  }

  /** Daily sales for the organizer report; status is one of the order states or "all". */
  async dailySales(eventId: number, status: string): Promise<SalesRow[]> {
    const statusClause = status === 'all' ? '' : `and status = '${status}'`;
    // vuln: CWE-89
    const result = await Order.knex().raw(
      `select date_trunc('day', created_at)::date as day, count(*)::int as orders, sum(total_cents)::int as revenue_cents
         from orders
        where event_id = ${Number(eventId)} ${statusClause}
        group by 1 order by 1`,
    );
    return result.rows;
  }

  async attendeesByEmailDomain(eventId: number, domain: string) {
    // safe: CWE-89
    const result = await Order.knex().raw(
      'select attendee_name, attendee_email from orders where event_id = ? and attendee_email ilike ? order by attendee_name',
      [eventId, `%@${domain}`],
    );
    return result.rows as { attendee_name: string; attendee_email: string }[];
  }

  listForExport(eventId: number) {
    return Order.query()
      .where({ eventId, status: 'paid' })
      .select('id', 'attendeeName', 'attendeeEmail', 'quantity', 'totalCents', 'createdAt');
  }
}
