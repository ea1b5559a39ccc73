import { Service } from 'typedi';
import { User } from '../models/User';

@Service()
export class UserRepository {
  findByEmail(email: string) {
    return User.query().findOne({ email: email.toLowerCase() });
  }

  findById(id: number) {
    return User.query().findById(id);
  }

  findByResetToken(token: string) {
    // safe: CWE-89
    return User.query().where('reset_token', token).andWhere('reset_expires_at', '>', new Date()).first();
  }

  create(data: Partial<User>) {
    return User.query().insertAndFetch(data);
  }

  patch(id: number, patch: Partial<User>) {
    return User.query().patchAndFetchById(id, patch);
  }

  staffForOrganizer(organizerId: number) {
    return User.query().where({ organizerId, role: 'staff' }).select('id', 'email', 'name');
  }
}
