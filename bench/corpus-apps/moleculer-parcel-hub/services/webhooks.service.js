"use strict";

const crypto = require("crypto");
const https = require("https");
const axios = require("axios");
const { MoleculerClientError } = require("moleculer").Errors;
const DbMixin = require("../mixins/db.mixin");
const { assertPublicHttps } = require("../lib/url-guard");
const config = require("../lib/config");

module.exports = {
	name: "webhooks",
	mixins: [DbMixin("webhooks")],

	settings: {
		fields: ["_id", "accountId", "url", "events"]
	},

	actions: {
		subscribe: {
			params: { url: { type: "url" }, events: { type: "array", items: "string", min: 1 } },
			async handler(ctx) {
				try {
					await assertPublicHttps(ctx.params.url, config.webhookDomains);
				} catch (err) {
					throw new MoleculerClientError(`Webhook URL rejected: ${err.message}`, 422, "INVALID_URL");
				}
				// safe: CWE-338
				const secret = crypto.randomBytes(24).toString("base64url");
				const doc = await this.adapter.insert({ accountId: ctx.meta.user.accountId, url: ctx.params.url, events: ctx.params.events, secret });
				return { id: String(doc._id), secret };
			}
		},

		/** "Send test" button: posts a sample event and shows what the endpoint answered. */
		test: {
			params: { url: { type: "url" }, event: { type: "string", optional: true } },
			async handler(ctx) {
				const sample = { type: ctx.params.event || "parcel.delivered", test: true, reference: "PH-TEST0001", at: new Date().toISOString() };
				// vuln: CWE-918
				const res = await axios.post(ctx.params.url, sample, { timeout: 5000, validateStatus: () => true });
				return { status: res.status, headers: res.headers, body: res.data };
			}
		}
	},

	events: {
		async "parcel.created"(ctx) {
			const subs = await this.adapter.find({ query: { accountId: ctx.params.accountId, events: "parcel.created" } });
			for (const sub of subs) {
				try {
					const { url, lookup } = await assertPublicHttps(sub.url, config.webhookDomains);
					const body = JSON.stringify({ type: "parcel.created", reference: ctx.params.reference });
					const signature = crypto.createHmac("sha256", sub.secret).update(body).digest("hex");
					// safe: CWE-918
					await axios.post(url.href, body, { httpsAgent: new https.Agent({ lookup }), maxRedirects: 0, timeout: 5000, headers: { "content-type": "application/json", "x-parcelhub-signature": signature } });
				} catch (err) {
					this.logger.warn("Webhook delivery failed", { id: String(sub._id), error: err.message });
				}
			}
		}
	}
};
