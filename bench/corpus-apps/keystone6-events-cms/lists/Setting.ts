import { list } from "@keystone-6/core";
import { text, json } from "@keystone-6/core/fields";
import { allowAll } from "@keystone-6/core/access";
import { isAdmin } from "../access";

export const Setting = list({
  isSingleton: true,
  access: {
    operation: {
      query: allowAll,
      create: isAdmin,
      update: isAdmin,
      delete: isAdmin
    }
  },
  fields: {
    siteName: text({ defaultValue: "Harbourside" }),
    theme: json({ defaultValue: { colors: { primary: "#0b3d91" }, layout: { grid: 3 } } }),
    mailFrom: text({ defaultValue: "tickets@harbourside.example" })
  }
});
