import { Service } from 'typedi';
import { raw } from 'objection';
import { Event } from '../models/Event';

export interface EventSearch {
  q?: string;
  city?: string;
  from?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

const SORT_COLUMNS: Record<string, string> = {
  date: 'starts_at',
  title: 'title',
  capacity: 'capacity',
};

@Service()
export class EventRepository {
  findById(id: number) {
    return Event.query().findById(id);
  }

  findBySlug(slug: string) {
    // safe: CWE-89
    return Event.query().findOne({ slug });
  }

  async search({ q, city, from, sort, page, pageSize }: EventSearch) {
    const query = Event.query().select('id', 'slug', 'title', 'venue', 'city', 'starts_at');

    if (q) {
      // safe: CWE-89
      query.where((b) => b.where('title', 'ilike', `%${q}%`).orWhere('venue', 'ilike', `%${q}%`));
    }
    if (city) {
      // safe: CWE-89
      query.whereRaw('lower(city) = lower(?)', [city]);
    }
    if (from) {
      query.where('starts_at', '>=', from);
    }

    const column = SORT_COLUMNS[sort ?? 'date'] ?? 'starts_at';
    // safe: CWE-89
    query.orderByRaw(`${column} asc nulls last`);

    return query.page(page, pageSize);
  }

  /** Full-text-ish lookup used by the organizer dashboard's quick finder. */
  async quickFind(organizerId: number, term: string) {
    return (
      Event.query()
        .where('organizer_id', organizerId)
        // vuln: CWE-89
        .whereRaw(`(title || ' ' || venue) ilike '%${term}%'`)
        .limit(20)
    );
  }

  async remainingCapacity(eventId: number) {
    const row = await Event.query()
      .findById(eventId)
      // safe: CWE-89
      .select(raw('capacity - coalesce((select sum(quantity) from orders where event_id = ? and status = ?), 0)', [eventId, 'paid']).as('remaining'));
    return Number((row as unknown as { remaining: number } | undefined)?.remaining ?? 0);
  }

  updateSettings(id: number, settings: Record<string, unknown>) {
    return Event.query().patchAndFetchById(id, { settings });
  }

  updateTemplate(id: number, confirmationTemplate: string) {
    return Event.query().patchAndFetchById(id, { confirmationTemplate });
  }

  setBanner(id: number, bannerFile: string) {
    return Event.query().patchAndFetchById(id, { bannerFile });
  }

  insertMany(rows: Partial<Event>[]) {
    return Event.query().insert(rows as Event[]);
  }
}
