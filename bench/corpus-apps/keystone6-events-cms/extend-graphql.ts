import { graphql } from "@keystone-6/core";
import type { Context } from ".keystone/types";

export const extendGraphqlSchema = graphql.extend((base) => ({
  mutation: {
    duplicateEvent: graphql.field({
      type: base.object("Event"),
      args: { id: graphql.arg({ type: graphql.nonNull(graphql.ID) }), title: graphql.arg({ type: graphql.String }) },
      async resolve(source, { id, title }, context: Context) {
        const original = await context.query.Event.findOne({ where: { id }, query: "title startsAt endsAt price capacity venue { id }" });
        if (!original) throw new Error("event not found");
        return context.db.Event.createOne({
          data: {
            title: title || `${original.title} (copy)`,
            startsAt: original.startsAt,
            endsAt: original.endsAt,
            price: original.price,
            capacity: original.capacity,
            venue: original.venue ? { connect: { id: original.venue.id } } : undefined
          }
        });
      }
    }),
    // Bulk-cancel a series: "cancel every draft whose title starts with 'Late Jazz'".
    cancelSeries: graphql.field({
      type: graphql.Int,
      args: { titlePrefix: graphql.arg({ type: graphql.nonNull(graphql.String) }) },
      async resolve(source, { titlePrefix }, context: Context) {
        if (context.session?.data?.role !== "admin" && context.session?.data?.role !== "organizer") throw new Error("not allowed");
        const organizerId = context.session.itemId;
        // vuln: CWE-89
        return context.prisma.$executeRawUnsafe(`UPDATE "Event" SET status = 'cancelled' WHERE organizer = $1 AND title LIKE '${titlePrefix}%' AND status = 'draft'`, organizerId);
      }
    })
  },
  query: {
    venueEventCount: graphql.field({
      type: graphql.Int,
      args: { slug: graphql.arg({ type: graphql.nonNull(graphql.String) }) },
      async resolve(source, { slug }, context: Context) {
        // safe: CWE-89
        const rows = await context.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Event" e JOIN "Venue" v ON v.id = e.venue WHERE v.slug = ${slug} AND e.status = 'published'`;
        return rows[0]?.n ?? 0;
      }
    })
  }
}));
