#!/usr/bin/env node
// fetch-tool.ts — download a URL and pretty-print JSON (internal dev tool)
import https from 'node:https';
import axios from 'axios';

// Corporate proxy uses a self-signed cert
// ruleid: js/tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const agent = new https.Agent({
  // ruleid: js/tls-verification-disabled
  rejectUnauthorized: false,
});

const strictAgent = new https.Agent({
  // ok: js/tls-verification-disabled
  rejectUnauthorized: true,
  ca: process.env.CORP_CA_PEM,
});

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url) throw new Error('usage: fetch-tool <url>');
  const useStrict = process.argv.includes('--strict');
  const res = await axios.get(url, { httpsAgent: useStrict ? strictAgent : agent });
  console.log(JSON.stringify(res.data, null, 2));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
