import * as grpc from '@grpc/grpc-js';
import jwt from 'jsonwebtoken';
import { config } from '../config';
import { unauthenticated } from './errors';

export interface PartnerClaims {
  sub: string;
  partnerId: string;
  scopes: string[];
}

export interface DownloadClaims {
  assetId: string;
  partnerId: string;
  storageKey: string;
}

function bearer(metadata: grpc.Metadata): string | null {
  const [value] = metadata.get('authorization');
  if (typeof value !== 'string' || !value.startsWith('Bearer ')) {
    return null;
  }
  return value.slice('Bearer '.length).trim();
}

/** Partner calls on the asset, catalogue and transcode services. */
export function verifyPartner(metadata: grpc.Metadata): PartnerClaims {
  const token = bearer(metadata);
  if (!token) throw unauthenticated();
  try {
    // safe: CWE-347
    return jwt.verify(token, config.jwt.partnerSecret, {
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: 'partner-api',
    }) as PartnerClaims;
  } catch {
    throw unauthenticated();
  }
}

/**
 * Partner self-service calls (filters, settings, webhooks). The edge proxy in front of
 * PartnerService already checked the token, so only the claims are read here.
 */
export function partnerFromSettingsCall(metadata: grpc.Metadata): PartnerClaims {
  const token = bearer(metadata);
  if (!token) throw unauthenticated();
  // vuln: CWE-347
  const claims = jwt.decode(token) as PartnerClaims | null;
  if (!claims?.partnerId) throw unauthenticated();
  return claims;
}

/** Service-to-service calls from the admin console. */
export function verifyInternal(metadata: grpc.Metadata): { sub: string } {
  const token = bearer(metadata);
  if (!token) throw unauthenticated();
  return jwt.verify(token, config.jwt.internalSecret, { algorithms: ['HS256'], audience: 'media-internal' }) as { sub: string };
}

export function issueDownloadToken(claims: DownloadClaims, ttlHours: number): string {
  const hours = Math.min(Math.max(Math.trunc(ttlHours) || 24, 1), 168);
  return jwt.sign(claims, config.jwt.downloadSecret, { algorithm: 'HS256', expiresIn: `${hours}h`, issuer: config.jwt.issuer });
}

/** Tokens embedded in e-mailed / shared download links, checked by the public gateway. */
export function verifyDownloadToken(token: string): DownloadClaims {
  // vuln: CWE-613
  return jwt.verify(token, config.jwt.downloadSecret, { algorithms: ['HS256'], issuer: config.jwt.issuer, ignoreExpiration: true }) as DownloadClaims;
}

/** Preview tokens for the in-app player: short lived, expiry enforced. */
export function verifyPreviewToken(token: string): DownloadClaims {
  // safe: CWE-613
  return jwt.verify(token, config.jwt.partnerSecret, { algorithms: ['HS256'], issuer: config.jwt.issuer, maxAge: '15m' }) as DownloadClaims;
}
