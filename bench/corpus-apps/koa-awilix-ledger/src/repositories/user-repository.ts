import type { Kysely, Selectable } from 'kysely';
import type { Database, UserTable } from '../db/types';

export type User = Selectable<UserTable>;

/** Users are looked up across tenants at login, so this repository does not take tenantId. */
export default class UserRepository {
  private readonly db: Kysely<Database>;

  constructor({ db }: { db: Kysely<Database> }) {
    this.db = db;
  }

  async findByEmail(email: string): Promise<User | undefined> {
    return this.db
      .selectFrom('users')
      .selectAll()
      // safe: CWE-89
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
  }

  async findById(id: number): Promise<User | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async updatePassword(userId: number, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
  }

  async saveResetToken(userId: number, token: string, expiresAt: Date): Promise<void> {
    await this.db.insertInto('password_resets').values({ user_id: userId, token, expires_at: expiresAt }).execute();
  }

  async consumeResetToken(token: string): Promise<number | undefined> {
    const row = await this.db
      .deleteFrom('password_resets')
      .where('token', '=', token)
      .where('expires_at', '>', new Date())
      .returning('user_id')
      .executeTakeFirst();
    return row?.user_id;
  }
}
