"use strict";

const fs = require("fs");
const path = require("path");
const Handlebars = require("handlebars");
const nodemailer = require("nodemailer");
const { decryptNote } = require("../lib/crypto");

const TEMPLATE_DIR = path.join(__dirname, "..", "templates", "email");

module.exports = {
	name: "notify",

	created() {
		this.transport = nodemailer.createTransport({
			host: process.env.SMTP_HOST || "localhost",
			port: Number(process.env.SMTP_PORT || 587),
			secure: false,
			requireTLS: true,
			auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined
		});
		this.templates = {};
		for (const name of ["password-reset", "parcel-created"]) {
			const source = fs.readFileSync(path.join(TEMPLATE_DIR, `${name}.hbs`), "utf8");
			// safe: CWE-1336
			this.templates[name] = Handlebars.compile(source);
		}
	},

	actions: {
		/** Account admins can customise the "parcel created" e-mail; this previews their draft. */
		preview: {
			auth: "admin",
			params: { template: { type: "string", max: 20000 } },
			handler(ctx) {
				// vuln: CWE-1336
				const render = Handlebars.compile(ctx.params.template);
				return { html: render({ reference: "PH-SAMPLE01", recipient: { name: "Sam Sample" }, trackUrl: "https://parcelhub.example/t/PH-SAMPLE01" }) };
			}
		},

		passwordReset: {
			visibility: "protected",
			params: { to: "email", link: "string" },
			async handler(ctx) {
				const html = this.templates["password-reset"]({ link: ctx.params.link });
				await this.transport.sendMail({ from: "ParcelHub <no-reply@parcelhub.example>", to: ctx.params.to, subject: "Reset your password", html });
				return true;
			}
		}
	},

	events: {
		async "parcel.created"(ctx) {
			const parcel = await this.broker.call("parcels.get", { id: ctx.params.id });
			if (!parcel || !parcel.recipient || !parcel.recipient.email) return;
			const html = this.templates["parcel-created"]({
				reference: parcel.reference,
				recipient: parcel.recipient,
				note: parcel.recipient.noteEnc ? decryptNote(parcel.recipient.noteEnc) : "",
				trackUrl: `https://parcelhub.example/t/${encodeURIComponent(parcel.reference)}`
			});
			await this.transport.sendMail({ from: "ParcelHub <no-reply@parcelhub.example>", to: parcel.recipient.email, subject: `Your parcel ${parcel.reference}`, html });
		}
	}
};
