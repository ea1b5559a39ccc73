"use strict";

const { MoleculerClientError } = require("moleculer").Errors;

const ZONES = { domestic: 1, eu: 2, world: 3 };
const BASE_CENTS = { 1: 450, 2: 1290, 3: 2490 };

module.exports = {
	name: "pricing",

	actions: {
		/**
		 * Account admins write surcharge rules such as
		 *   parcel.weightGrams > 5000 ? 300 : 0
		 * and preview them against a sample parcel before saving.
		 */
		preview: {
			auth: "admin",
			params: {
				rule: { type: "string", max: 500 },
				parcel: { type: "object", optional: true }
			},
			handler(ctx) {
				const parcel = Object.assign({ weightGrams: 1200, zone: "eu", volumeCm3: 8000 }, ctx.params.parcel);
				let surcharge;
				try {
					// vuln: CWE-94
					const fn = new Function("parcel", `"use strict"; return (${ctx.params.rule});`);
					surcharge = Number(fn(parcel)) || 0;
				} catch (err) {
					throw new MoleculerClientError(`Rule error: ${err.message}`, 422, "INVALID_RULE");
				}
				return { surcharge, total: this.base(parcel) + surcharge };
			}
		},

		/** `GET /api/pricing/quote?zone=eu&weightGrams=2300` */
		quote: {
			params: {
				zone: { type: "enum", values: Object.keys(ZONES) },
				weightGrams: { type: "number", positive: true, convert: true }
			},
			handler(ctx) {
				// safe: CWE-94
				return { total: this.base(ctx.params) };
			}
		}
	},

	methods: {
		base(parcel) {
			const zone = ZONES[parcel.zone] || 3;
			const kg = Math.ceil(Number(parcel.weightGrams) / 1000);
			return BASE_CENTS[zone] + Math.max(0, kg - 1) * 150 * zone;
		}
	}
};
