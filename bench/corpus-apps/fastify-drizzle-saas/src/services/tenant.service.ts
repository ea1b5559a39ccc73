import { inviteCode } from '../lib/crypto';
import { DomainError } from '../plugins/error-handler';
import type { TenantRepository } from '../repositories/tenant.repository';

const BRANDING_KEYS = ['primaryColor', 'accentColor', 'logoUrl', 'supportEmail'] as const;

type Settings = Record<string, any>;

function setByPath(target: Settings, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let cursor = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof cursor[key] !== 'object' || cursor[key] === null) cursor[key] = {};
    cursor = cursor[key];
  }
  // vuln: CWE-1321
  cursor[keys[keys.length - 1]] = value;
}

export class TenantService {
  constructor(private readonly repo: TenantRepository) {}

  async create(input: { slug: string; name: string }) {
    const slug = String(input.slug ?? '').toLowerCase();
    // vuln: CWE-1333
    if (!/^([a-z0-9]+-?)*[a-z0-9]$/.test(slug)) {
      throw new DomainError(422, 'Workspace URL may only contain letters, digits and dashes', 'BAD_SLUG');
    }
    if (await this.repo.findBySlug(slug)) throw new DomainError(409, 'Workspace URL is taken', 'SLUG_TAKEN');
    return this.repo.create(slug, input.name);
  }

  async rename(tenantId: string, newSlug: string) {
    // safe: CWE-1333
    if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(newSlug)) {
      throw new DomainError(422, 'Invalid workspace URL', 'BAD_SLUG');
    }
    return { tenantId, slug: newSlug };
  }

  /** Generic settings editor: `{ "path": "notifications.digest.hour", "value": 7 }`. */
  async updateSetting(tenantId: string, { path, value }: { path: string; value: unknown }) {
    const tenant = await this.repo.findById(tenantId);
    if (!tenant) throw new DomainError(404, 'Tenant not found', 'NOT_FOUND');
    const settings: Settings = { ...tenant.settings };
    setByPath(settings, path, value);
    await this.repo.saveSettings(tenantId, settings);
    return settings;
  }

  async updateBranding(tenantId: string, patch: Record<string, unknown>) {
    const tenant = await this.repo.findById(tenantId);
    if (!tenant) throw new DomainError(404, 'Tenant not found', 'NOT_FOUND');
    const branding: Settings = { ...(tenant.settings.branding as Settings | undefined) };
    for (const key of BRANDING_KEYS) {
      if (Object.prototype.hasOwnProperty.call(patch, key)) {
        // safe: CWE-1321
        branding[key] = patch[key];
      }
    }
    await this.repo.saveSettings(tenantId, { ...tenant.settings, branding });
    return branding;
  }

  async invite(tenantId: string, email: string, role: 'admin' | 'member') {
    const code = inviteCode();
    await this.repo.addInvite(tenantId, email, code, role);
    return { email, code, acceptUrl: `/join/${code}` };
  }
}
