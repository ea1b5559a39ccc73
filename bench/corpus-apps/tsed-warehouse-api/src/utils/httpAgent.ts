import https from "https";

// The carrier's sandbox uses a self-signed cert; production is a public CA.
export const carrierAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 20,
  // vuln: CWE-295
  rejectUnauthorized: false
});

export const supplierAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 10,
  // safe: CWE-295
  ca: process.env.SUPPLIER_CA_BUNDLE
});
