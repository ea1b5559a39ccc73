"use strict";

const { MoleculerClientError } = require("moleculer").Errors;
const { track, trackingPage, CARRIERS } = require("../lib/carrier-client");

module.exports = {
	name: "carriers",

	actions: {
		track: {
			params: { carrier: { type: "enum", values: Object.keys(CARRIERS) }, trackingNo: { type: "string", max: 40 } },
			cache: { keys: ["carrier", "trackingNo"], ttl: 120 },
			handler(ctx) {
				return track(ctx.params.carrier, ctx.params.trackingNo);
			}
		},

		/**
		 * `GET /t/go/:carrier?id=...&back=...` from the notification e-mail: sends the recipient to the
		 * carrier's own tracking page, or back to the shop's order page when the parcel is not handed over yet.
		 */
		handoff: {
			params: { carrier: "string", id: { type: "string", optional: true }, back: { type: "string", optional: true } },
			handler(ctx) {
				ctx.meta.$statusCode = 302;
				if (ctx.params.id && CARRIERS[ctx.params.carrier]) {
					// safe: CWE-601
					ctx.meta.$location = trackingPage(ctx.params.carrier, ctx.params.id);
					return;
				}
				if (ctx.params.back) {
					// vuln: CWE-601
					ctx.meta.$location = ctx.params.back;
					return;
				}
				throw new MoleculerClientError("Nothing to redirect to", 400, "BAD_REQUEST");
			}
		}
	}
};
