"use strict";

const path = require("path");
const { MoleculerClientError } = require("moleculer").Errors;
const { printLabel, renderBarcode } = require("../lib/printer");
const config = require("../lib/config");

module.exports = {
	name: "labels",

	actions: {
		/** `POST /api/labels/print` `{ reference, printer, copies }` */
		print: {
			params: {
				reference: { type: "string", pattern: /^PH-[0-9A-Z]{4,16}$/ },
				printer: { type: "string", min: 1, max: 64 },
				copies: { type: "number", optional: true, convert: true }
			},
			async handler(ctx) {
				const file = path.join(path.resolve(config.labelDir), String(ctx.meta.user.accountId), `${ctx.params.reference}.pdf`);
				const job = await printLabel(ctx.params.printer, file, ctx.params.copies);
				this.logger.info("Label sent to printer", { reference: ctx.params.reference, job });
				return { job };
			}
		},

		/** `POST /api/labels/pdf` renders the barcode for a reference and stores the label. */
		pdf: {
			params: { reference: { type: "string", pattern: /^PH-[0-9A-Z]{4,16}$/ } },
			async handler(ctx) {
				const parcel = await ctx.call("parcels.byReference", { ref: ctx.params.reference }, { meta: ctx.meta });
				if (!parcel) throw new MoleculerClientError("Parcel not found", 404);
				const png = await renderBarcode(ctx.params.reference);
				return ctx.call("files.store", { accountId: ctx.meta.user.accountId, reference: ctx.params.reference, pdf: png.toString("base64") });
			}
		}
	}
};
