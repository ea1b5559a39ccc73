"use strict";

const DbMixin = require("../mixins/db.mixin");
const { deepSet, deepGet } = require("../lib/deep-set");

const DEFAULTS = {
	dashboard: { columns: { reference: true, carrier: true, status: true, weight: false }, pageSize: 50 },
	notifications: { email: true, sms: false },
	defaultCarrier: null
};

module.exports = {
	name: "preferences",
	mixins: [DbMixin("preferences")],

	actions: {
		get: {
			params: { path: { type: "string", optional: true } },
			async handler(ctx) {
				const doc = await this.adapter.findOne({ userId: ctx.meta.user.id });
				const prefs = (doc && doc.prefs) || JSON.parse(JSON.stringify(DEFAULTS));
				// safe: CWE-1321
				return ctx.params.path ? deepGet(prefs, ctx.params.path) : prefs;
			}
		},

		/** `PUT /api/preferences` `{ path: "dashboard.columns.weight", value: true }` */
		set: {
			params: { path: { type: "string", min: 1, max: 200 }, value: "any" },
			async handler(ctx) {
				const doc = await this.adapter.findOne({ userId: ctx.meta.user.id });
				const prefs = (doc && doc.prefs) || JSON.parse(JSON.stringify(DEFAULTS));
				deepSet(prefs, ctx.params.path, ctx.params.value);
				if (doc) {
					await this.adapter.updateById(doc._id, { $set: { prefs } });
				} else {
					await this.adapter.insert({ userId: ctx.meta.user.id, prefs });
				}
				return prefs;
			}
		}
	}
};
