import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from './auth/[...nextauth]';
import { apiRoute, HttpError } from '@/lib/api';
import { userRepository } from '@/lib/repositories/users';

type Settings = Record<string, unknown>;

const DEFAULTS: Settings = {
  editor: { theme: 'light', spellcheck: true, fontSize: 16 },
  notifications: { comments: true, weeklyDigest: false },
};

function mergeSettings(target: Settings, patch: Settings): Settings {
  for (const key in patch) {
    const value = patch[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {};
      mergeSettings(target[key] as Settings, value as Settings);
    } else {
      // vuln: CWE-1321
      target[key] = value;
    }
  }
  return target;
}

export default apiRoute(['GET', 'PATCH'], async (req: NextApiRequest, res: NextApiResponse) => {
  const session = await getServerSession(req, res, authOptions);
  const userId = Number((session?.user as { id?: string } | undefined)?.id);
  if (!session || !Number.isInteger(userId)) throw new HttpError(401, 'sign in first');

  const user = await userRepository.findById(userId);
  if (!user) throw new HttpError(404, 'unknown user');
  const current: Settings = user.settings ? JSON.parse(user.settings) : structuredClone(DEFAULTS);

  if (req.method === 'GET') return res.json(current);

  const patch = req.body as Settings;
  if (patch.profile && typeof patch.profile === 'object') {
    const { displayName, bio } = patch.profile as { displayName?: unknown; bio?: unknown };
    // safe: CWE-1321
    current.profile = Object.assign({}, current.profile, { displayName: String(displayName ?? ''), bio: String(bio ?? '') });
    delete patch.profile;
  }
  const next = mergeSettings(current, patch);
  await userRepository.saveSettings(userId, next);
  return res.json(next);
});
