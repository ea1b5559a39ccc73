import { z } from 'zod';
import { deepMerge } from '../lib/merge';
import type TenantRepository from '../repositories/tenant-repository';

export const notificationSchema = z
  .object({
    weeklyDigest: z.boolean(),
    overdueReminders: z.boolean(),
    reminderDays: z.array(z.number().int().min(1).max(120)).max(5),
    ccAddress: z.string().email().optional(),
  })
  .strict();

export class SettingsService {
  private readonly tenants: TenantRepository;

  constructor({ tenantRepository }: { tenantRepository: TenantRepository }) {
    this.tenants = tenantRepository;
  }

  get(): Promise<Record<string, any>> {
    return this.tenants.getSettings();
  }

  /** PATCH semantics: nested objects are merged, scalars replaced. */
  async update(patch: Record<string, unknown>): Promise<Record<string, any>> {
    const current = await this.tenants.getSettings();
    const next = deepMerge(current, patch);
    await this.tenants.saveSettings(next);
    return next;
  }

  async updateNotifications(input: unknown): Promise<Record<string, any>> {
    const notifications = notificationSchema.parse(input);
    const current = await this.tenants.getSettings();
    // safe: CWE-1321
    const next = { ...current, notifications };
    await this.tenants.saveSettings(next);
    return next;
  }
}
