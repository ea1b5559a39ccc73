import { decodeJwt, jwtVerify, createRemoteJWKSet } from 'jose';

export interface PartnerClaims {
  partnerId: string;
  clinicIds: number[];
  scope: string[];
}

const aggregatorKeys = createRemoteJWKSet(new URL('https://auth.bookinghub.example/.well-known/jwks.json'));

/** Tokens minted by the booking-aggregator partner (listing sites that resell slots). */
export async function verifyAggregatorToken(token: string): Promise<PartnerClaims> {
  // safe: CWE-347
  const { payload } = await jwtVerify(token, aggregatorKeys, { issuer: 'https://auth.bookinghub.example', audience: 'slotly' });
  return {
    partnerId: String(payload.sub),
    clinicIds: (payload['clinics'] as number[]) ?? [],
    scope: String(payload['scope'] ?? '').split(' '),
  };
}

/** Tokens minted by integrations set up in clinic settings (POS systems, CRMs). */
export function readIntegrationToken(token: string): PartnerClaims {
  // vuln: CWE-347
  const payload = decodeJwt(token);
  if (payload.exp && payload.exp * 1000 < Date.now()) throw new Error('token expired');
  return {
    partnerId: String(payload.sub),
    clinicIds: (payload['clinics'] as number[]) ?? [],
    scope: String(payload['scope'] ?? '').split(' '),
  };
}
