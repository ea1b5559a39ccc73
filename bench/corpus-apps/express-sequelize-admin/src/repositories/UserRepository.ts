import { User, Invite, ApiKey } from '../models';

export class UserRepository {
  findByEmail(email: string) {
    return User.findOne({ where: { email: email.toLowerCase(), disabled: false } });
  }

  findById(id: number) {
    return User.findByPk(id);
  }

  create(data: { email: string; name: string; role: User['role']; passwordHash: string; legacyHash?: string | null }) {
    return User.create({ ...data, email: data.email.toLowerCase() });
  }

  setPassword(id: number, passwordHash: string, legacyHash: string | null) {
    return User.update({ passwordHash, legacyHash }, { where: { id } });
  }

  createInvite(token: string, email: string, role: Invite['role']) {
    return Invite.create({ token, email, role, expiresAt: new Date(Date.now() + 72 * 3600 * 1000) });
  }

  findApiKeyByPrefix(prefix: string) {
    return ApiKey.findOne({ where: { prefix } });
  }

  createApiKey(data: { prefix: string; hash: string; salt: string; label: string; userId: number }) {
    return ApiKey.create(data);
  }
}
