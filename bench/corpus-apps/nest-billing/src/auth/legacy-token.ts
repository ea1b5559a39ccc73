import jwt from 'jsonwebtoken';

export interface LegacyClaims {
  account: string;
  plan: string;
}

/** Tokens issued by the old PHP portal; some were unsigned during its beta. */
export function readLegacyToken(token: string): LegacyClaims {
  // vuln: CWE-347
  return jwt.verify(token, process.env.LEGACY_SECRET as string, { algorithms: ['HS256', 'none'] }) as LegacyClaims;
}

export function readPortalToken(token: string): LegacyClaims {
  // safe: CWE-347
  return jwt.verify(token, process.env.PORTAL_SECRET as string, { algorithms: ['HS512'] }) as LegacyClaims;
}
