import { list } from "@keystone-6/core";
import { text, select, relationship, timestamp } from "@keystone-6/core/fields";
import { isSignedIn, rules } from "../access";
import { ticketCode } from "../lib/tokens";
import { encryptField } from "../lib/crypto";
import { sendConfirmation } from "../lib/mailer";

export const Ticket = list({
  access: {
    operation: {
      query: isSignedIn,
      create: () => true,
      update: isSignedIn,
      delete: isSignedIn
    },
    filter: {
      query: rules.ownTicketsOnly,
      update: rules.ownTicketsOnly
    }
  },
  fields: {
    code: text({ isIndexed: "unique", ui: { createView: { fieldMode: "hidden" } } }),
    holderName: text({ validation: { isRequired: true } }),
    holderEmail: text({ validation: { isRequired: true } }),
    holderPhone: text({ ui: { itemView: { fieldMode: "read" } } }),
    state: select({
      options: [
        { label: "Issued", value: "issued" },
        { label: "Checked in", value: "checked_in" },
        { label: "Refunded", value: "refunded" }
      ],
      defaultValue: "issued"
    }),
    event: relationship({ ref: "Event.tickets" }),
    checkedInAt: timestamp()
  },
  hooks: {
    resolveInput: ({ operation, resolvedData }) => {
      if (operation === "create") {
        resolvedData.code = ticketCode();
      }
      if (typeof resolvedData.holderPhone === "string" && resolvedData.holderPhone) {
        resolvedData.holderPhone = encryptField(resolvedData.holderPhone);
      }
      return resolvedData;
    },
    validateInput: ({ resolvedData, addValidationError }) => {
      const email = resolvedData.holderEmail ? String(resolvedData.holderEmail) : "";
      if (email && (email.length > 254 || !/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(email))) {
        addValidationError("holderEmail must be an e-mail address");
      }
    },
    afterOperation: async ({ operation, item, context }) => {
      if (operation !== "create" || !item) return;
      const event = await context.sudo().query.Event.findOne({
        where: { id: item.eventId as string },
        query: "id title startsAt confirmationTemplate venue { name }"
      });
      if (event) await sendConfirmation(event, { code: item.code as string, holderName: item.holderName as string, holderEmail: item.holderEmail as string });
    }
  }
});
