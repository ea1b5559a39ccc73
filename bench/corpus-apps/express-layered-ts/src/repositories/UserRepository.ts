import { inject, injectable } from 'tsyringe';
import { DataSource, Repository } from 'typeorm';
import { User } from '../entities/User';

@injectable()
export class UserRepository {
  private readonly repo: Repository<User>;

  constructor(@inject(DataSource) dataSource: DataSource) {
    this.repo = dataSource.getRepository(User);
  }

  findByEmail(email: string) {
    return this.repo.findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string) {
    return this.repo.findOneBy({ id });
  }

  create(data: Pick<User, 'email' | 'name' | 'passwordHash'>) {
    return this.repo.save(this.repo.create({ ...data, email: data.email.toLowerCase() }));
  }

  async update(id: string, patch: Partial<User>) {
    await this.repo.update({ id }, patch);
  }
}
