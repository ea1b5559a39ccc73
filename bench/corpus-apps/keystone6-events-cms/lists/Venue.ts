import { list } from "@keystone-6/core";
import { text, integer, relationship } from "@keystone-6/core/fields";
import { allowAll } from "@keystone-6/core/access";
import { isAdmin } from "../access";

export const Venue = list({
  access: {
    operation: {
      query: allowAll,
      create: isAdmin,
      update: isAdmin,
      delete: isAdmin
    }
  },
  fields: {
    name: text({ validation: { isRequired: true } }),
    slug: text({ isIndexed: "unique" }),
    address: text(),
    capacity: integer({ defaultValue: 100 }),
    events: relationship({ ref: "Event.venue", many: true })
  },
  hooks: {
    resolveInput: ({ resolvedData }) => {
      if (resolvedData.name && !resolvedData.slug) {
        resolvedData.slug = String(resolvedData.name).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      }
      return resolvedData;
    }
  }
});
