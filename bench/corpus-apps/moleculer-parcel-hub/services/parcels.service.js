"use strict";

const { MoleculerClientError } = require("moleculer").Errors;
const DbMixin = require("../mixins/db.mixin");
const { encryptPhone, encryptNote } = require("../lib/crypto");

const STATUS_LABELS = {
	created: "Label created",
	collected: "Collected by the carrier",
	in_transit: "On its way",
	out_for_delivery: "Out for delivery",
	delivered: "Delivered"
};

const escapeRegExp = s => String(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

module.exports = {
	name: "parcels",
	mixins: [DbMixin("parcels")],

	settings: {
		fields: ["_id", "reference", "accountId", "carrier", "trackingNo", "status", "recipient", "createdAt", "weightGrams"],
		entityValidator: {
			reference: "string",
			carrier: "string"
		}
	},

	actions: {
		list: {
			params: {
				status: { type: "enum", values: Object.keys(STATUS_LABELS), optional: true },
				carrier: { type: "string", max: 32, optional: true },
				page: { type: "number", integer: true, positive: true, optional: true, convert: true }
			},
			async handler(ctx) {
				const query = { accountId: ctx.meta.user.accountId };
				if (ctx.params.status) query.status = ctx.params.status;
				if (ctx.params.carrier) query.carrier = String(ctx.params.carrier);
				const page = ctx.params.page || 1;
				// safe: CWE-943
				return this.adapter.find({ query, limit: 50, offset: (page - 1) * 50, sort: ["-createdAt"] });
			}
		},

		byReference: {
			params: { ref: "string" },
			async handler(ctx) {
				// References are case-insensitive for customers ("ph-1234" == "PH-1234")
				const ref = ctx.params.ref;
				// vuln: CWE-943
				const docs = await this.adapter.collection.find({ accountId: ctx.meta.user.accountId, $where: `this.reference.toUpperCase() == '${ref}'.toUpperCase()` }).limit(1).toArray();
				if (!docs.length) throw new MoleculerClientError("Parcel not found", 404, "NOT_FOUND");
				return this.transformDocuments(ctx, {}, docs[0]);
			}
		},

		/** Recipient search box; power users type patterns like "^Smi" so the query is a regex. */
		searchRecipients: {
			params: { q: { type: "string", max: 200 }, exact: { type: "boolean", optional: true, convert: true } },
			async handler(ctx) {
				const recent = await this.adapter.find({ query: { accountId: ctx.meta.user.accountId }, limit: 2000, sort: ["-createdAt"] });
				if (ctx.params.exact) {
					const needle = new RegExp(`^${escapeRegExp(ctx.params.q)}$`, "i");
					// safe: CWE-1333
					return recent.filter(p => needle.test(p.recipient.name)).slice(0, 50);
				}
				// vuln: CWE-400
				return recent.filter(p => new RegExp(ctx.params.q, "i").test(p.recipient.name)).slice(0, 50);
			}
		},

		create: {
			params: {
				carrier: { type: "string", max: 32 },
				weightGrams: { type: "number", positive: true, convert: true },
				recipient: {
					type: "object",
					props: {
						name: { type: "string", max: 120 },
						phone: { type: "string", max: 32 },
						email: { type: "email", optional: true },
						address: { type: "string", max: 400 },
						note: { type: "string", max: 500, optional: true }
					}
				}
			},
			async handler(ctx) {
				const reference = `PH-${Date.now().toString(36).toUpperCase()}`;
				const doc = {
					reference,
					accountId: ctx.meta.user.accountId,
					carrier: ctx.params.carrier,
					weightGrams: ctx.params.weightGrams,
					status: "created",
					createdAt: new Date(),
					recipient: {
						name: ctx.params.recipient.name,
						address: ctx.params.recipient.address,
						email: ctx.params.recipient.email,
						phoneEnc: encryptPhone(ctx.params.recipient.phone),
						noteEnc: ctx.params.recipient.note ? encryptNote(ctx.params.recipient.note) : null
					}
				};
				const saved = await this.adapter.insert(doc);
				ctx.emit("parcel.created", { id: String(saved._id), accountId: doc.accountId, reference });
				return this.transformDocuments(ctx, {}, saved);
			}
		},

		scan: {
			params: { reference: "string", status: { type: "enum", values: Object.keys(STATUS_LABELS) }, depot: "string" },
			async handler(ctx) {
				// safe: CWE-943
				const res = await this.adapter.collection.updateOne({ reference: String(ctx.params.reference) }, { $set: { status: ctx.params.status, lastDepot: String(ctx.params.depot), updatedAt: new Date() } });
				return { updated: res.modifiedCount };
			}
		},

		/** Unauthenticated: used by the public tracking page. */
		publicStatus: {
			params: { ref: { type: "string", max: 40 } },
			async handler(ctx) {
				const doc = await this.adapter.findOne({ reference: String(ctx.params.ref).toUpperCase() });
				if (!doc) return null;
				return { reference: doc.reference, label: STATUS_LABELS[doc.status] || doc.status };
			}
		}
	},

	async started() {
		if (this.adapter.collection) {
			await this.adapter.collection.createIndex({ reference: 1 }, { unique: true });
		}
	}
};
