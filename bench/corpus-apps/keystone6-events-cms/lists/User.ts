import { list } from "@keystone-6/core";
import { text, password, select, relationship, timestamp } from "@keystone-6/core/fields";
import { isAdmin, isSignedIn } from "../access";

export const User = list({
  access: {
    operation: {
      query: isSignedIn,
      create: isAdmin,
      update: isSignedIn,
      delete: isAdmin
    },
    filter: {
      update: ({ session }) => (session?.data.role === "admin" ? true : { id: { equals: session?.itemId } })
    }
  },
  fields: {
    name: text({ validation: { isRequired: true } }),
    email: text({ validation: { isRequired: true }, isIndexed: "unique" }),
    // safe: CWE-916
    password: password({ validation: { isRequired: true, length: { min: 10 } }, workFactor: 12 }),
    role: select({
      type: "enum",
      options: [
        { label: "Admin", value: "admin" },
        { label: "Organizer", value: "organizer" },
        { label: "Door staff", value: "staff" }
      ],
      defaultValue: "organizer",
      access: { update: isAdmin }
    }),
    events: relationship({ ref: "Event.organizer", many: true }),
    createdAt: timestamp({ defaultValue: { kind: "now" } })
  }
});
