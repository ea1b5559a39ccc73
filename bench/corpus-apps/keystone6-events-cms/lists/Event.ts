import { list, graphql } from "@keystone-6/core";
import { text, timestamp, select, relationship, integer, virtual, image, checkbox } from "@keystone-6/core/fields";
import { document } from "@keystone-6/fields-document";
import { isOrganizer, rules } from "../access";
import { notifyPublished } from "../lib/webhooks";
import { escapeHtml } from "../lib/html";

export const Event = list({
  access: {
    operation: {
      query: () => true,
      create: isOrganizer,
      update: isOrganizer,
      delete: isOrganizer
    },
    filter: {
      query: rules.publishedOrOwn,
      update: rules.ownEventsOnly,
      delete: rules.ownEventsOnly
    }
  },
  fields: {
    title: text({ validation: { isRequired: true } }),
    slug: text({ isIndexed: "unique" }),
    status: select({
      options: [
        { label: "Draft", value: "draft" },
        { label: "Published", value: "published" },
        { label: "Cancelled", value: "cancelled" }
      ],
      defaultValue: "draft"
    }),
    startsAt: timestamp({ validation: { isRequired: true } }),
    endsAt: timestamp(),
    price: integer({ defaultValue: 0 }),
    capacity: integer(),
    description: document({ formatting: true, links: true, dividers: true }),
    hero: image({ storage: "event_images" }),
    // Organizer-authored lodash template for the confirmation e-mail (see lib/mailer.ts).
    confirmationTemplate: text({ ui: { displayMode: "textarea" } }),
    requiresId: checkbox(),
    venue: relationship({ ref: "Venue.events" }),
    organizer: relationship({ ref: "User.events" }),
    staff: relationship({ ref: "User", many: true }),
    tickets: relationship({ ref: "Ticket.event", many: true }),
    cardHtml: virtual({
      field: graphql.field({
        type: graphql.String,
        resolve(item) {
          const when = new Date(item.startsAt as Date).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
          // safe: CWE-79
          return `<article class="event-card"><h3>${escapeHtml(item.title)}</h3><time>${escapeHtml(when)}</time></article>`;
        }
      })
    })
  },
  hooks: {
    resolveInput: ({ operation, resolvedData, context }) => {
      if (operation === "create") {
        if (!resolvedData.slug && resolvedData.title) {
          resolvedData.slug = String(resolvedData.title).toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 80);
        }
        if (context.session?.itemId && !resolvedData.organizer) {
          resolvedData.organizer = { connect: { id: context.session.itemId } };
        }
      }
      return resolvedData;
    },
    afterOperation: async ({ operation, item, originalItem }) => {
      if (operation === "update" && item?.status === "published" && originalItem?.status !== "published") {
        await notifyPublished({ id: item.id as string, slug: item.slug as string, title: item.title as string });
      }
    }
  }
});
