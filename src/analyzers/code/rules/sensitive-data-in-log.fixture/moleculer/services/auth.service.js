"use strict";

// A Moleculer action's `ctx.params` is the whole message: the password too, for a login.
module.exports = {
	name: "auth",
	actions: {
		login: {
			params: { email: "email", password: "string" },
			async handler(ctx) {
				// ruleid: js/sensitive-data-in-log
				this.logger.info("Login request", ctx.params);
				// ok: js/sensitive-data-in-log
				this.logger.warn("Login failed", { email: ctx.params.email });
				return null;
			}
		}
	}
};
