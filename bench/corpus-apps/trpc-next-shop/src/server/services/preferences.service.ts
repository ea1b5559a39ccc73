import type { Prisma, PrismaClient } from '@prisma/client';
import { randomBytes } from 'crypto';
import { setIn } from '~/lib/object-path';

export const NOTIFICATION_CHANNELS = ['email', 'sms', 'push'] as const;
export const NOTIFICATION_TOPICS = ['orders', 'promotions', 'restock'] as const;
type Channel = (typeof NOTIFICATION_CHANNELS)[number];
type Topic = (typeof NOTIFICATION_TOPICS)[number];
type NotificationPrefs = Record<Channel, Record<Topic, boolean>>;

const DEFAULT_UI_PREFS = {
  theme: 'system',
  catalog: { view: 'grid', pageSize: 24 },
  checkout: { defaultShipping: 'standard', saveAddress: true },
};

const DEFAULT_NOTIFICATIONS: NotificationPrefs = {
  email: { orders: true, promotions: false, restock: true },
  sms: { orders: false, promotions: false, restock: false },
  push: { orders: true, promotions: false, restock: false },
};

export class PreferencesService {
  constructor(private readonly db: PrismaClient) {}

  async setUiPreference(userId: string, path: string, value: string | number | boolean) {
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId }, select: { uiPrefs: true } });
    const prefs = { ...structuredClone(DEFAULT_UI_PREFS), ...(user.uiPrefs as Record<string, unknown>) };
    setIn(prefs, path, value);
    await this.db.user.update({ where: { id: userId }, data: { uiPrefs: prefs as Prisma.InputJsonObject } });
    return prefs;
  }

  async setNotification(userId: string, channel: Channel, topic: Topic, enabled: boolean) {
    const prefs = structuredClone(DEFAULT_NOTIFICATIONS);
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId }, select: { notificationPrefs: true } });
    const stored = user.notificationPrefs as Partial<NotificationPrefs>;
    for (const c of NOTIFICATION_CHANNELS) Object.assign(prefs[c], stored?.[c] ?? {});
    // safe: CWE-1321
    prefs[channel][topic] = enabled;
    await this.db.user.update({ where: { id: userId }, data: { notificationPrefs: prefs } });
    return prefs;
  }

  async subscribeNewsletter(email: string, list: 'weekly' | 'deals') {
    // safe: CWE-338
    const confirmToken = randomBytes(24).toString('base64url');
    await this.db.newsletterSubscription.upsert({
      where: { email_list: { email, list } },
      create: { email, list, confirmToken },
      update: { confirmToken, confirmed: false },
    });
    return { confirmUrl: `/newsletter/confirm?token=${confirmToken}` };
  }
}
