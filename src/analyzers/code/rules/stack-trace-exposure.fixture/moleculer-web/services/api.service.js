"use strict";

const ApiGateway = require("moleculer-web");

// moleculer-web calls `onError(req, res, err)` with what an action threw.
module.exports = {
	name: "api",
	mixins: [ApiGateway],
	settings: {
		routes: [{
			path: "/internal",
			onError(req, res, err) {
				res.setHeader("Content-Type", "application/json");
				res.writeHead(500);
				// ok: js/stack-trace-exposure
				res.end(JSON.stringify({ error: "Internal error", code: 500 }));
			}
		}],
		onError(req, res, err) {
			res.setHeader("Content-Type", "application/json");
			res.writeHead(err.code || 500);
			// ruleid: js/stack-trace-exposure
			res.end(JSON.stringify({ name: err.name, message: err.message, stack: err.stack }));
		}
	}
};
