import axios from 'axios';
import got from 'got';
import https from 'node:https';
import tls from 'node:tls';
import { Agent } from 'undici';

export const partnerClient = axios.create({
  baseURL: 'https://partner.example.com',
  // ruleid: js/tls-verification-disabled
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

export const internalClient = got.extend({
  prefixUrl: 'https://internal.example.com',
  // ruleid: js/tls-verification-disabled
  https: { rejectUnauthorized: false },
});

export const pinnedClient = axios.create({
  baseURL: 'https://secure.example.com',
  // ok: js/tls-verification-disabled
  httpsAgent: new https.Agent({ ca: process.env.PARTNER_CA }),
});

export function connectLegacy(host: string): tls.TLSSocket {
  // ruleid: js/tls-verification-disabled
  return tls.connect({ host, port: 8443, rejectUnauthorized: false });
}

// ruleid: js/tls-verification-disabled
export const insecureDispatcher = new Agent({ connect: { rejectUnauthorized: false } });

export function configureForTests(): void {
  if (process.env.NODE_ENV === 'test') {
    // ruleid: js/tls-verification-disabled
    process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
  }
}

// ok: js/tls-verification-disabled
export const defaultAgent = new https.Agent({ keepAlive: true, maxSockets: 50 });
