"use strict";

const PAGES = { dhl: "https://www.dhl.example/track", ups: "https://www.ups.example/track" };

// moleculer-web answers an action with a redirect when it sets `ctx.meta.$location`.
module.exports = {
	name: "handoff",
	actions: {
		go: {
			params: { back: "string", carrier: { type: "string", optional: true } },
			handler(ctx) {
				ctx.meta.$statusCode = 302;
				if (PAGES[ctx.params.carrier]) {
					// ok: js/open-redirect
					ctx.meta.$location = PAGES[ctx.params.carrier];
					return;
				}
				// ruleid: js/open-redirect
				ctx.meta.$location = ctx.params.back;
			}
		},
		// Shorthand action: the handler itself.
		back(ctx) {
			ctx.meta.$statusCode = 302;
			// ruleid: js/open-redirect
			ctx.meta.$location = ctx.params.url;
		}
	}
};
