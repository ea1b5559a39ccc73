"use strict";

module.exports = {
	// vuln: CWE-798
	jwtSecret: process.env.JWT_SECRET || "parcelhub-dev-secret-change-me",
	jwtIssuer: "https://auth.parcelhub.example",
	resetSecret: process.env.RESET_TOKEN_SECRET,
	phoneKey: process.env.PHONE_ENC_KEY,
	noteKey: process.env.NOTE_ENC_KEY,
	publicBaseUrl: process.env.PUBLIC_BASE_URL || "https://parcelhub.example",
	labelDir: process.env.LABEL_DIR || "/var/lib/parcel-hub/labels",
	webhookDomains: (process.env.WEBHOOK_DOMAINS || "hooks.parcelhub.example").split(",").map(s => s.trim()).filter(Boolean)
};
