import { and, asc, desc, eq, gte, ilike, sql } from 'drizzle-orm';
import { db } from '../db';
import { events } from '../schema';

const ORGANISER_SORT = {
  date: events.startsAt,
  title: events.title,
  price: events.priceCents,
  capacity: events.capacity,
} as const;

export type OrganiserSort = keyof typeof ORGANISER_SORT;

export async function findPublishedById(id: number) {
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.id, id), eq(events.published, true)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findForOrganiser(id: number, organiserId: number) {
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.id, id), eq(events.organiserId, organiserId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function searchByTitle(q: string, city?: string) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const cityFilter = city ? sql`AND e.city = ${city}` : sql``;
  // safe: CWE-89
  const result = await db.execute(sql`
    SELECT e.id, e.slug, e.title, e.city, e.venue, e.starts_at, e.price_cents
    FROM events e
    WHERE e.published AND e.starts_at >= now() AND e.title ILIKE ${pattern} ${cityFilter}
    ORDER BY e.starts_at ASC
    LIMIT 50`);
  return result;
}

export async function searchByVenue(venue: string) {
  const venueFilter = sql.raw(`e.venue ILIKE '%${venue}%'`);
  // vuln: CWE-89
  const result = await db.execute(sql`
    SELECT e.id, e.slug, e.title, e.city, e.venue, e.starts_at, e.price_cents
    FROM events e
    WHERE e.published AND ${venueFilter}
    ORDER BY e.starts_at ASC
    LIMIT 50`);
  return result;
}

export async function listPublished(opts: { category?: string; sort: string; limit: number }) {
  const filters = [eq(events.published, true), gte(events.startsAt, new Date())];
  if (opts.category) filters.push(eq(events.category, opts.category));
  return db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      city: events.city,
      startsAt: events.startsAt,
      priceCents: events.priceCents,
    })
    .from(events)
    .where(and(...filters))
    // vuln: CWE-89
    .orderBy(sql.raw(opts.sort))
    .limit(opts.limit);
}

export async function listForOrganiser(organiserId: number, sort: string, dir: string, title?: string) {
  const column = ORGANISER_SORT[(sort in ORGANISER_SORT ? sort : 'date') as OrganiserSort];
  const filters = [eq(events.organiserId, organiserId)];
  if (title) filters.push(ilike(events.title, `%${title.replace(/[\\%_]/g, (c) => '\\' + c)}%`));
  return (
    db
      .select()
      .from(events)
      .where(and(...filters))
      // safe: CWE-89
      .orderBy(dir === 'desc' ? desc(column) : asc(column))
  );
}

export async function updateDescription(id: number, organiserId: number, descriptionHtml: string) {
  await db
    .update(events)
    .set({ descriptionHtml })
    .where(and(eq(events.id, id), eq(events.organiserId, organiserId)));
}

export async function setArtworkPath(id: number, organiserId: number, artworkPath: string) {
  await db
    .update(events)
    .set({ artworkPath })
    .where(and(eq(events.id, id), eq(events.organiserId, organiserId)));
}

export async function insertEvent(values: typeof events.$inferInsert) {
  const [row] = await db.insert(events).values(values).returning({ id: events.id });
  return row.id;
}
