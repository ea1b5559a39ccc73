"use strict";

const crypto = require("crypto");
const bcrypt = require("bcryptjs");
const jwt = require("jsonwebtoken");
const { MoleculerClientError } = require("moleculer").Errors;
const DbMixin = require("../mixins/db.mixin");
const config = require("../lib/config");

module.exports = {
	name: "auth",
	mixins: [DbMixin("users")],

	settings: {
		fields: ["_id", "email", "name", "role", "accountId"]
	},

	actions: {
		login: {
			rest: "POST /login",
			params: {
				email: { type: "email" },
				password: { type: "string", min: 1 }
			},
			async handler(ctx) {
				// vuln: CWE-532
				this.logger.info("Login request", ctx.params);
				const user = await this.adapter.findOne({ email: ctx.params.email.toLowerCase() });
				const ok = user && (await bcrypt.compare(ctx.params.password, user.passwordHash));
				if (!ok) {
					// safe: CWE-532
					this.logger.warn("Login failed", { email: ctx.params.email });
					throw new MoleculerClientError("Invalid credentials", 401, "INVALID_CREDENTIALS");
				}
				// safe: CWE-613
				const token = jwt.sign({ sub: String(user._id), role: user.role, acc: user.accountId }, config.jwtSecret, { expiresIn: "2h", issuer: config.jwtIssuer, algorithm: "HS256" });
				return { token };
			}
		},

		resolveToken: {
			visibility: "public",
			params: { token: "string" },
			cache: { keys: ["token"], ttl: 60 * 5 },
			async handler(ctx) {
				try {
					// safe: CWE-347
					const claims = jwt.verify(ctx.params.token, config.jwtSecret, { algorithms: ["HS256"], issuer: config.jwtIssuer });
					return { id: claims.sub, role: claims.role, accountId: claims.acc };
				} catch (err) {
					return null;
				}
			}
		},

		requestReset: {
			params: { email: { type: "email" } },
			async handler(ctx) {
				const user = await this.adapter.findOne({ email: ctx.params.email.toLowerCase() });
				if (user) {
					// safe: CWE-338
					const nonce = crypto.randomBytes(16).toString("hex");
					const token = jwt.sign({ sub: String(user._id), nonce }, config.resetSecret, { expiresIn: "30m", algorithm: "HS256" });
					await this.adapter.updateById(user._id, { $set: { resetNonce: nonce } });
					await ctx.call("notify.passwordReset", { to: user.email, link: `${config.publicBaseUrl}/reset?token=${token}` });
				}
				return { ok: true };
			}
		},

		resetPassword: {
			params: { token: "string", password: { type: "string", min: 10 } },
			async handler(ctx) {
				let claims;
				try {
					// Links in older e-mails were sent with a 30 minute expiry that customers kept missing.
					// vuln: CWE-613
					claims = jwt.verify(ctx.params.token, config.resetSecret, { algorithms: ["HS256"], ignoreExpiration: true });
				} catch (err) {
					throw new MoleculerClientError("Invalid reset link", 400, "INVALID_TOKEN");
				}
				const user = await this.adapter.findById(claims.sub);
				if (!user || user.resetNonce !== claims.nonce) throw new MoleculerClientError("Invalid reset link", 400, "INVALID_TOKEN");
				// safe: CWE-916
				const passwordHash = await bcrypt.hash(ctx.params.password, 12);
				await this.adapter.updateById(user._id, { $set: { passwordHash }, $unset: { resetNonce: 1 } });
				return { ok: true };
			}
		}
	}
};
