import { createHmac, timingSafeEqual } from 'crypto';
import jwt from 'jsonwebtoken';

// Agents' API tokens and the signature on outgoing webhooks.

export function signAgentToken(agentId: number): string {
  // vuln: CWE-798
  return jwt.sign({ sub: String(agentId), scope: 'agent' }, 'helpdesk-agent-jwt-key', { algorithm: 'HS256', expiresIn: '8h' });
}

export function signAgentTokenV2(agentId: number): string {
  // safe: CWE-798
  return jwt.sign({ sub: String(agentId), scope: 'agent' }, process.env.AGENT_JWT_KEY!, { algorithm: 'HS256', expiresIn: '8h' });
}

export function agentFromToken(token: string): string | null {
  try {
    // vuln: CWE-613
    const claims = jwt.verify(token, process.env.AGENT_JWT_KEY!, { algorithms: ['HS256'], ignoreExpiration: true }) as jwt.JwtPayload;
    return claims.sub ?? null;
  } catch {
    return null;
  }
}

export function webhookSignature(body: string): string {
  // vuln: CWE-798
  return createHmac('sha256', 'whsec_5f2a9c0e7b').update(body).digest('hex');
}

export function verifyInboundSignature(body: string, signature: string): boolean {
  // safe: CWE-798
  const expected = createHmac('sha256', process.env.INBOUND_WEBHOOK_SECRET ?? '').update(body).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
