import jwt from 'jsonwebtoken';
import type { AppConfig } from '../config';
import { verifyPortalPassword } from '../lib/passwords';
import type PortalClientRepository from '../repositories/portal-client-repository';

export interface PortalClaims {
  clientId: number;
  tenantId: number;
  accountId: number;
}

export class PortalService {
  private readonly clients: PortalClientRepository;
  private readonly config: AppConfig;

  constructor({ portalClientRepository, config }: { portalClientRepository: PortalClientRepository; config: AppConfig }) {
    this.clients = portalClientRepository;
    this.config = config;
  }

  async login(tenantSlug: string, email: string, password: string): Promise<string | null> {
    const client = await this.clients.findByLogin(tenantSlug, email);
    if (!client || !verifyPortalPassword(client.password_hash, password)) {
      return null;
    }
    const claims: PortalClaims = { clientId: client.id, tenantId: client.tenant_id, accountId: client.account_id };
    return jwt.sign(claims, this.config.portalJwtSecret, { algorithm: 'HS256', expiresIn: '2h' });
  }
}
