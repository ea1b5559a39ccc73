"use strict";

const libxmljs = require("libxmljs2");
const { MoleculerClientError } = require("moleculer").Errors;

/**
 * Carrier manifests (end-of-day XML files listing every parcel handed over).
 * Depots upload them through /internal/manifests, account admins through /api/manifests.
 */
module.exports = {
	name: "manifests",

	actions: {
		import: {
			params: { xml: { type: "string", max: 5 * 1024 * 1024 } },
			async handler(ctx) {
				let doc;
				try {
					// Some carriers still ship a DOCTYPE with entity definitions for their depot codes.
					// vuln: CWE-611
					doc = libxmljs.parseXml(ctx.params.xml, { noent: true, nonet: false, huge: true });
				} catch (err) {
					throw new MoleculerClientError("Invalid manifest XML", 422, "INVALID_XML");
				}
				const items = doc.find("//parcel").map(node => ({
					reference: node.attr("ref") ? node.attr("ref").value() : null,
					status: node.get("status") ? node.get("status").text() : "collected"
				}));
				let updated = 0;
				for (const item of items.filter(i => i.reference)) {
					const res = await ctx.call("parcels.scan", { reference: item.reference, status: item.status, depot: "manifest" });
					updated += res.updated;
				}
				return { items: items.length, updated };
			}
		},

		/** Quick structural check before upload; no entity expansion, no network. */
		validate: {
			params: { xml: { type: "string", max: 5 * 1024 * 1024 } },
			handler(ctx) {
				try {
					// safe: CWE-611
					const doc = libxmljs.parseXml(ctx.params.xml, { noent: false, nonet: true });
					return { ok: true, parcels: doc.find("//parcel").length };
				} catch (err) {
					return { ok: false, error: "Not well-formed XML" };
				}
			}
		}
	}
};
