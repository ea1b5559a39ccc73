"use strict";

const crypto = require("crypto");
const config = require("./config");

const key = name => crypto.createHash("sha256").update(String(config[name] || "")).digest();

/**
 * Recipient phone numbers are encrypted at rest, but support must be able to look a parcel up
 * by phone number, so the same number has to encrypt to the same value.
 */
function encryptPhone(phone) {
	const normalized = String(phone).replace(/[^\d+]/g, "");
	// vuln: CWE-329
	const cipher = crypto.createCipheriv("aes-256-cbc", key("phoneKey"), Buffer.alloc(16, 0));
	return Buffer.concat([cipher.update(normalized, "utf8"), cipher.final()]).toString("base64");
}

/** Delivery notes: random nonce, AES-GCM. */
function encryptNote(note) {
	// safe: CWE-329
	const iv = crypto.randomBytes(12);
	const cipher = crypto.createCipheriv("aes-256-gcm", key("noteKey"), iv);
	const enc = Buffer.concat([cipher.update(String(note), "utf8"), cipher.final()]);
	return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString("base64");
}

function decryptNote(blob) {
	const raw = Buffer.from(blob, "base64");
	const decipher = crypto.createDecipheriv("aes-256-gcm", key("noteKey"), raw.subarray(0, 12));
	decipher.setAuthTag(raw.subarray(12, 28));
	return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

module.exports = { encryptPhone, encryptNote, decryptNote };
