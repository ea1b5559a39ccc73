// API credentials written into request headers: the header says it is a credential, whatever
// the constant is called.
import axios from 'axios';

// ruleid: js/hardcoded-credentials
const PAYMENTS_TOKEN = 'pt_live_9Hq2ZxR7mW4kLs81VbNc3Td';

export async function listCharges(baseUrl: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}/v1/charges`, { headers: { Authorization: `Bearer ${PAYMENTS_TOKEN}`, Accept: 'application/json' } });
  return res.json();
}

export async function geocode(baseUrl: string, q: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}/geocode?q=${encodeURIComponent(q)}`, {
    // ruleid: js/hardcoded-credentials
    headers: { 'X-Api-Key': 'gk_4f9a1c7e2b8d4e6fa0c3b5d7e9f1a2c4' },
  });
  return res.json();
}

// ruleid: js/hardcoded-credentials
const GITHUB_AUTH = 'token ghp_R8sT2uV4wX6yZ8aB0cD2eF4gH6iJ8kL0mN2o';

export const github = axios.create({ baseURL: 'https://api.github.com', headers: { authorization: GITHUB_AUTH } });

export function mailClient(): Headers {
  const headers = new Headers();
  // ruleid: js/hardcoded-credentials
  headers.set('Authorization', 'Bearer ' + (process.env.MAIL_TOKEN ?? 'mt_7Yh3Kp9Qx2Lw5Rv8Zs1Nc4Bf'));
  return headers;
}

// ok: js/hardcoded-credentials
const SEARCH_TOKEN = process.env.SEARCH_TOKEN;

export async function search(baseUrl: string, q: string): Promise<unknown> {
  // ok: js/hardcoded-credentials
  const res = await fetch(`${baseUrl}/search?q=${encodeURIComponent(q)}`, { headers: { Authorization: `Bearer ${SEARCH_TOKEN}` } });
  return res.json();
}

export async function withUserToken(baseUrl: string, token: string): Promise<unknown> {
  // ok: js/hardcoded-credentials
  const res = await fetch(baseUrl, { headers: { Authorization: `Bearer ${token}`, 'X-Api-Key': process.env.API_KEY ?? '' } });
  return res.json();
}

export const docsExample = {
  // ok: js/hardcoded-credentials
  headers: { Authorization: 'Bearer <your-api-token>', 'x-api-key': 'YOUR_API_KEY_HERE' },
};

// Not a credential: the header names a public client id, and short/simple values are examples.
// ok: js/hardcoded-credentials
export const publicHeaders = { headers: { Authorization: 'Client-ID 3f9a1c7e2b8d4e6', 'x-api-key': 'demo' } };
