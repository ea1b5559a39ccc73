import { Model } from 'objection';

export class User extends Model {
  static tableName = 'users';

  id!: number;
  email!: string;
  name!: string;
  passwordHash!: string;
  role!: 'attendee' | 'organizer' | 'staff' | 'admin';
  resetToken?: string | null;
  resetExpiresAt?: Date | null;
  scannerPinHash?: string | null;
  organizerId?: number | null;

  $formatJson(json: Record<string, unknown>) {
    const out = super.$formatJson(json);
    delete out.passwordHash;
    delete out.resetToken;
    delete out.scannerPinHash;
    return out;
  }
}
