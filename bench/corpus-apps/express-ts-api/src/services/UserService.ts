import { userRepository } from '../repositories';
import { hashPassword, newSalt } from '../utils/password';

export class UserService {
  async register(email: string, name: string, password: string): Promise<number> {
    const existing = await userRepository.findByEmail(email);
    if (existing) throw new Error('email taken');
    const salt = newSalt();
    return userRepository.create(email.toLowerCase(), name, hashPassword(password, salt), salt);
  }

  async authenticate(email: string, password: string) {
    const user = await userRepository.findByEmail(email);
    if (!user) return null;
    return hashPassword(password, user.salt) === user.password_hash ? user : null;
  }

  async directory(sort: string, direction: string, legacy: boolean) {
    return legacy ? userRepository.listSorted(sort, direction) : userRepository.listSortedSafe(sort, direction);
  }
}

export const userService = new UserService();
