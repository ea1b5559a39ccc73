"use strict";

/**
 * Sets a value at a dotted path, creating intermediate objects:
 *   deepSet(prefs, "dashboard.columns.weight", true)
 */
function deepSet(obj, dottedPath, value) {
	const parts = String(dottedPath).split(".");
	const last = parts.pop();
	let cur = obj;
	for (const part of parts) {
		if (cur[part] === null || typeof cur[part] !== "object") cur[part] = {};
		cur = cur[part];
	}
	// vuln: CWE-1321
	cur[last] = value;
	return obj;
}

/** Reads a value at a dotted path through own properties only. */
function deepGet(obj, dottedPath) {
	let cur = obj;
	for (const part of String(dottedPath).split(".")) {
		if (cur == null || !Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
		cur = cur[part];
	}
	return cur;
}

module.exports = { deepSet, deepGet };
