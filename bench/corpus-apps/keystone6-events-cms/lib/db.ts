import type { KeystoneContext } from "@keystone-6/core/types";

export type AttendanceRow = { event_id: string; title: string; issued: number; checked_in: number };

// Per-venue iCalendar feed: published events of one venue (by slug) from a date on.
export async function eventsForVenue(context: KeystoneContext, venueSlug: string, from: Date) {
  // safe: CWE-89
  return context.prisma.$queryRaw`SELECT e.id, e.title, e.slug, e."startsAt", e."endsAt", v.name AS venue
    FROM "Event" e JOIN "Venue" v ON v.id = e.venue
    WHERE v.slug = ${venueSlug} AND e.status = 'published' AND e."startsAt" >= ${from}
    ORDER BY e."startsAt"`;
}

// Organizer "who is coming" report, filtered by a free-text category tag typed in the report screen.
export async function attendanceByTag(context: KeystoneContext, organizerId: string, tag: string): Promise<AttendanceRow[]> {
  const sql = `SELECT e.id AS event_id, e.title,
      count(t.id)::int AS issued,
      count(t.id) FILTER (WHERE t.state = 'checked_in')::int AS checked_in
    FROM "Event" e LEFT JOIN "Ticket" t ON t.event = e.id
    WHERE e.organizer = $1 AND e.title ILIKE '%${tag}%'
    GROUP BY e.id, e.title ORDER BY e.title`;
  // vuln: CWE-89
  return context.prisma.$queryRawUnsafe<AttendanceRow[]>(sql, organizerId);
}

const REPORT_ORDER: Record<string, string> = {
  title: "e.title",
  date: `e."startsAt"`,
  sold: "issued"
};

export async function salesSummary(context: KeystoneContext, order: string) {
  const orderBy = REPORT_ORDER[order] ?? REPORT_ORDER.date;
  // safe: CWE-89
  return context.prisma.$queryRawUnsafe(`SELECT e.id, e.title, e."startsAt", count(t.id)::int AS issued FROM "Event" e LEFT JOIN "Ticket" t ON t.event = e.id GROUP BY e.id ORDER BY ${orderBy}`);
}

export async function findTicketByCode(context: KeystoneContext, code: string) {
  return context.sudo().query.Ticket.findOne({ where: { code }, query: "id code state holderName event { id title staff { id } }" });
}
