"use strict";

const ApiGateway = require("moleculer-web");

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A raw alias `(req, res)`: `req.$params` holds the URL, query and body parameters.
module.exports = {
	name: "api",
	mixins: [ApiGateway],
	settings: {
		routes: [{
			path: "/t",
			aliases: {
				"GET :ref"(req, res) {
					res.setHeader("Content-Type", "text/html; charset=utf-8");
					if (req.$params.ref.length > 20) {
						// ruleid: js/xss
						res.end(`<h1>Parcel ${req.$params.ref} not found</h1>`);
						return;
					}
					// ok: js/xss
					res.end(`<h1>Parcel ${escapeHtml(req.$params.ref)}</h1>`);
				}
			}
		}]
	}
};
