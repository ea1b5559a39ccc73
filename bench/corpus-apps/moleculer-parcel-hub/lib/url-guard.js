"use strict";

const dns = require("dns").promises;
const net = require("net");

const PRIVATE = new net.BlockList();
PRIVATE.addSubnet("10.0.0.0", 8);
PRIVATE.addSubnet("172.16.0.0", 12);
PRIVATE.addSubnet("192.168.0.0", 16);
PRIVATE.addSubnet("127.0.0.0", 8);
PRIVATE.addSubnet("169.254.0.0", 16);
PRIVATE.addSubnet("0.0.0.0", 8);
PRIVATE.addSubnet("100.64.0.0", 10);
PRIVATE.addSubnet("::1", 128, "ipv6");
PRIVATE.addSubnet("fc00::", 7, "ipv6");
PRIVATE.addSubnet("fe80::", 10, "ipv6");

/**
 * Resolves the host and returns a lookup function pinned to the checked address,
 * so the connection goes to the address that was validated.
 */
async function assertPublicHttps(raw, allowedDomains) {
	const url = new URL(raw);
	if (url.protocol !== "https:") throw new Error("https only");
	const host = url.hostname.toLowerCase();
	if (!allowedDomains.some(d => host === d || host.endsWith(`.${d}`))) throw new Error("domain not allowed");
	const { address, family } = await dns.lookup(host);
	if (PRIVATE.check(address, family === 6 ? "ipv6" : "ipv4")) throw new Error("private address");
	return { url, lookup: (_h, _o, cb) => cb(null, address, family) };
}

module.exports = { assertPublicHttps };
