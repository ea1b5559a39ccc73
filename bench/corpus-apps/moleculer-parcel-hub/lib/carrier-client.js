"use strict";

const axios = require("axios");

const CARRIERS = {
	dhl: { base: "https://api-eu.dhl.com/track/shipments", tracking: "https://www.dhl.com/en/express/tracking.html", key: "DHL_API_KEY" },
	ups: { base: "https://onlinetools.ups.com/api/track/v1/details", tracking: "https://www.ups.com/track", key: "UPS_API_KEY" },
	gls: { base: "https://api.gls-group.eu/public/v1/tracking", tracking: "https://gls-group.com/track", key: "GLS_API_KEY" }
};

function carrier(code) {
	const c = CARRIERS[String(code).toLowerCase()];
	if (!c) throw new Error(`Unknown carrier ${code}`);
	return c;
}

async function track(code, trackingNo) {
	const c = carrier(code);
	// safe: CWE-918
	const { data } = await axios.get(`${c.base}?trackingNumber=${encodeURIComponent(trackingNo)}`, {
		headers: { "DHL-API-Key": process.env[c.key] || "", Authorization: `Bearer ${process.env[c.key] || ""}` },
		timeout: 8000
	});
	return data;
}

function trackingPage(code, trackingNo) {
	const c = carrier(code);
	return `${c.tracking}?tracking-id=${encodeURIComponent(trackingNo)}`;
}

module.exports = { track, trackingPage, CARRIERS };
