"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve("/srv/labels");

// `ctx.params` of a published action is what the gateway's client sent; an action with another
// visibility can only be called by services (`protected`: this node, `private`: this service).
module.exports = {
	name: "files",
	actions: {
		download: {
			params: { name: "string" },
			handler(ctx) {
				// ruleid: js/path-traversal
				return fs.createReadStream(path.join(ROOT, ctx.params.name));
			}
		},
		store: {
			visibility: "protected",
			params: { dir: "string", pdf: "string" },
			async handler(ctx) {
				// ok: js/path-traversal
				await fs.promises.writeFile(path.join(ROOT, ctx.params.dir, "label.pdf"), ctx.params.pdf);
			}
		},
		remove: {
			visibility: "private",
			handler(ctx) {
				// ok: js/path-traversal
				return fs.promises.unlink(path.join(ROOT, ctx.params.name));
			}
		},
		archive: {
			visibility: "published",
			async handler(ctx) {
				// ruleid: js/path-traversal
				return fs.promises.readFile(path.join(ROOT, "archive", ctx.params.name));
			}
		}
	}
};
