import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GraphQLError } from 'graphql';
import { deepMerge, safeMerge } from '../utils/merge.js';

const sh = promisify(exec);
const run = promisify(execFile);
const FEED_HOSTS = new Set(['feeds.partner-a.com', 'export.partner-b.io']);
const settingsByUser = new Map();

function requireAdmin(user) {
  if (user?.role !== 'admin') throw new GraphQLError('forbidden', { extensions: { code: 'FORBIDDEN' } });
}

export const adminResolvers = {
  Mutation: {
    async importFeed(_parent, { url }, { user, db }) {
      requireAdmin(user);
      if (!url.startsWith('https://feeds.partner-a.com')) throw new GraphQLError('unknown feed');
      // vuln: CWE-918
      const response = await fetch(url);
      const items = await response.json();
      await db('products').insert(items).onConflict('id').merge();
      return items.length;
    },

    async importFeedStrict(_parent, { url }, { user, db }) {
      requireAdmin(user);
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' || !FEED_HOSTS.has(parsed.hostname)) throw new GraphQLError('unknown feed');
      // safe: CWE-918
      const response = await fetch(parsed);
      const items = await response.json();
      await db('products').insert(items).onConflict('id').merge();
      return items.length;
    },

    async exportCatalog(_parent, { format }, { user }) {
      requireAdmin(user);
      if (format === 'csv' || format === 'json') {
        // safe: CWE-78
        const { stdout } = await run('/opt/catalog/export', ['--format', format]);
        return stdout;
      }
      // vuln: CWE-78
      const { stdout } = await sh(`/opt/catalog/export --format ${format}`);
      return stdout;
    },

    updateSettings(_parent, { patch }, { user }) {
      const current = settingsByUser.get(user.id) ?? { theme: 'light', locale: 'en' };
      const next = deepMerge(current, JSON.parse(patch));
      settingsByUser.set(user.id, next);
      return next;
    },

    updateSettingsSafe(_parent, { patch }, { user }) {
      const current = settingsByUser.get(user.id) ?? { theme: 'light', locale: 'en' };
      const next = safeMerge(current, JSON.parse(patch));
      settingsByUser.set(user.id, next);
      return next;
    },
  },
};
