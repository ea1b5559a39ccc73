import { EntityRepository } from '@mikro-orm/postgresql';
import type { User } from '../entities/User';

export class UserRepository extends EntityRepository<User> {
  findByEmail(email: string): Promise<User | null> {
    return this.findOne({ email: email.toLowerCase() });
  }

  findByResetToken(token: string): Promise<User | null> {
    return this.findOne({ resetToken: token, resetExpires: { $gt: new Date() } });
  }

  searchSellers(term: string): Promise<User[]> {
    return this.find(
      { role: 'seller', displayName: { $ilike: `%${term.replace(/[\\%_]/g, '\\$&')}%` } },
      { fields: ['id', 'displayName'], limit: 20 },
    );
  }
}
