"use strict";

const { exec, execFile } = require("child_process");
const { promisify } = require("util");
const os = require("os");
const path = require("path");
const fs = require("fs/promises");
const crypto = require("crypto");

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

/**
 * Sends a label file to a CUPS queue on the depot print server.
 * `printer` is the queue name the depot picked in the dashboard ("zebra-dock-3").
 */
async function printLabel(printer, file, copies = 1) {
	const n = Math.max(1, Math.min(Number(copies) || 1, 10));
	// vuln: CWE-78
	const { stdout } = await execAsync(`lp -h ${process.env.CUPS_HOST || "localhost"} -d ${printer} -n ${n} -o media=4x6 ${file}`);
	return stdout.trim();
}

/** Renders the barcode PNG for a label with zint; the reference has been validated by the caller. */
async function renderBarcode(reference) {
	const out = path.join(os.tmpdir(), `bc-${crypto.randomUUID()}.png`);
	// safe: CWE-78
	await execFileAsync("zint", ["--barcode=20", "--scale=2", "-o", out, "-d", reference]);
	const png = await fs.readFile(out);
	await fs.unlink(out).catch(() => {});
	return png;
}

module.exports = { printLabel, renderBarcode };
