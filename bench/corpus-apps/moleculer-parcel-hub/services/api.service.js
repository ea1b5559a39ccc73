"use strict";

const ApiGateway = require("moleculer-web");
const jwt = require("jsonwebtoken");
const helmet = require("helmet");
const { escapeHtml } = require("../lib/html");

const { UnAuthorizedError, ERR_NO_TOKEN, ERR_INVALID_TOKEN } = ApiGateway.Errors;

/**
 * API gateway: the customer dashboard (/api), the auth endpoints, the public
 * tracking page (/t) and the internal route the depot scanners use.
 */
module.exports = {
	name: "api",
	mixins: [ApiGateway],

	settings: {
		port: process.env.PORT || 3000,
		ip: "0.0.0.0",
		// safe: CWE-693
		use: [helmet()],

		// safe: CWE-942
		cors: {
			origin: ["https://app.parcelhub.example", "https://depot.parcelhub.example"],
			methods: ["GET", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"],
			credentials: true,
			maxAge: 3600
		},

		routes: [
			{
				path: "/api/auth",
				whitelist: ["auth.login", "auth.requestReset", "auth.resetPassword"],
				// safe: CWE-307
				rateLimit: { window: 60 * 1000, limit: 10, headers: true },
				aliases: {
					"POST login": "auth.login",
					"POST reset": "auth.requestReset",
					"POST reset/confirm": "auth.resetPassword"
				},
				bodyParsers: { json: { limit: "16kb" } },
				mappingPolicy: "restrict"
			},
			{
				path: "/api",
				whitelist: ["parcels.*", "reports.*", "files.*", "labels.*", "webhooks.*", "pricing.*", "notify.*", "preferences.*", "manifests.*", "carriers.*"],
				authentication: true,
				authorization: true,
				autoAliases: false,
				mappingPolicy: "restrict",
				aliases: {
					"GET parcels": "parcels.list",
					"GET parcels/by-ref/:ref": "parcels.byReference",
					"GET parcels/search": "parcels.searchRecipients",
					"POST parcels": "parcels.create",
					"GET reports/daily": "reports.daily",
					"GET reports/carriers": "reports.carrierStats",
					"GET files/:name": "files.download",
					"POST labels/print": "labels.print",
					"POST labels/pdf": "labels.pdf",
					"POST webhooks": "webhooks.subscribe",
					"POST webhooks/test": "webhooks.test",
					"POST pricing/preview": "pricing.preview",
					"GET pricing/quote": "pricing.quote",
					"POST notify/preview": "notify.preview",
					"PUT preferences": "preferences.set",
					"GET preferences": "preferences.get",
					"POST manifests": "manifests.import",
					"POST manifests/validate": "manifests.validate",
					"GET carriers/:carrier/track/:trackingNo": "carriers.track"
				},
				bodyParsers: { json: { strict: false, limit: "2MB" }, urlencoded: { extended: true, limit: "1MB" } },
				onBeforeCall(ctx, route, req) {
					ctx.meta.userAgent = req.headers["user-agent"];
				}
			},
			{
				// Depot scanners (Zebra handhelds) post scans with the token minted by the depot server
				path: "/internal",
				whitelist: ["parcels.scan", "manifests.import"],
				authentication: true,
				aliases: {
					"POST scans": "parcels.scan",
					"POST manifests": "manifests.import"
				},
				bodyParsers: { json: true }
			},
			{
				// Public pages: the link in SMS/e-mail notifications and carrier hand-offs
				path: "/t",
				whitelist: ["carriers.handoff", "parcels.publicStatus"],
				aliases: {
					"GET go/:carrier": "carriers.handoff",
					async "GET :ref"(req, res) {
						const ref = req.$params.ref;
						const status = await req.$ctx.call("parcels.publicStatus", { ref });
						res.setHeader("Content-Type", "text/html; charset=utf-8");
						if (!status) {
							res.statusCode = 404;
							// vuln: CWE-79
							res.end(`<!doctype html><html><body><h1>Parcel ${ref} not found</h1><p>Tracking numbers can take a few hours to appear.</p></body></html>`);
							return;
						}
						// safe: CWE-79
						res.end(`<!doctype html><html><body><h1>Parcel ${escapeHtml(status.reference)}</h1><p>${escapeHtml(status.label)}</p></body></html>`);
					}
				}
			}
		],

		// Serve the dashboard build; no directory listing
		assets: {
			folder: "public",
			options: { index: ["index.html"], dotfiles: "ignore" }
		},

		log4XXResponses: false,
		logRequestParams: null,
		logResponseData: null,

		onError(req, res, err) {
			const code = err.code >= 400 && err.code < 600 ? err.code : 500;
			res.setHeader("Content-Type", "application/json; charset=utf-8");
			res.writeHead(code);
			// vuln: CWE-209
			res.end(JSON.stringify({ name: err.name, message: err.message, code, type: err.type, data: err.data, stack: err.stack }));
		}
	},

	methods: {
		async authenticate(ctx, route, req) {
			const auth = req.headers["authorization"];
			if (!auth || !auth.startsWith("Bearer ")) {
				throw new UnAuthorizedError(ERR_NO_TOKEN);
			}
			const token = auth.slice(7);

			if (route.opts.path === "/internal") {
				// The depot server signs these with its own key that we never got; it is on the private network anyway.
				// vuln: CWE-347
				const claims = jwt.decode(token);
				if (!claims || !claims.depot) throw new UnAuthorizedError(ERR_INVALID_TOKEN);
				return { id: `depot:${claims.depot}`, depotId: claims.depot, role: "scanner", accountId: claims.account };
			}

			// safe: CWE-347
			const user = await ctx.call("auth.resolveToken", { token });
			if (!user) throw new UnAuthorizedError(ERR_INVALID_TOKEN);
			return user;
		},

		async authorize(ctx, route, req) {
			const user = ctx.meta.user;
			if (req.$action.auth === "admin" && (!user || user.role !== "admin")) {
				throw new UnAuthorizedError("NO_RIGHTS");
			}
		}
	}
};
