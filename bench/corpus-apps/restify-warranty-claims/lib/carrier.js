'use strict';

const config = require('../config');

async function trackingStatus(trackingNumber) {
  const url = `${config.carrierBaseUrl}/shipments/${encodeURIComponent(trackingNumber)}`;
  // safe: CWE-918
  const res = await fetch(url, { headers: { 'x-api-key': process.env.CARRIER_API_KEY } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`carrier ${res.status}`);
  const body = await res.json();
  return { status: body.status, eta: body.estimated_delivery };
}

module.exports = { trackingStatus };
