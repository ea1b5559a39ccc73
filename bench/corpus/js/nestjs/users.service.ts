import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository, InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { execSync } from 'child_process';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';
import * as bcrypt from 'bcrypt';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async search(search: string, sort: string): Promise<User[]> {
    // ruleid: js/sql-injection
    return this.dataSource.query(`SELECT * FROM "user" WHERE "name" LIKE '%${search}%' ORDER BY ${sort}`);
  }

  async searchByEmail(email: string): Promise<User[]> {
    return this.repo
      .createQueryBuilder('user')
      // ruleid: js/sql-injection
      .where(`user.email = '${email}'`)
      .getMany();
  }

  async searchByEmailSafe(email: string): Promise<User[]> {
    return this.repo
      .createQueryBuilder('user')
      // ok: js/sql-injection
      .where('user.email = :email', { email })
      .getMany();
  }

  async findById(id: string): Promise<User> {
    // ok: js/sql-injection
    const user = await this.repo.findOne({ where: { id } });
    if (!user) throw new NotFoundException();
    return user;
  }

  async create(dto: CreateUserDto): Promise<User> {
    // ok: js/weak-password-hash
    const passwordHash = await bcrypt.hash(dto.password, 10);
    return this.repo.save(this.repo.create({ ...dto, passwordHash }));
  }

  async exportUsers(format: string, filter: string): Promise<string> {
    // ruleid: js/command-injection
    return execSync(`./scripts/export.sh --format ${format} --filter "${filter}"`).toString();
  }

  async countActive(): Promise<number> {
    // ok: js/sql-injection
    const [{ count }] = await this.dataSource.query('SELECT COUNT(*)::int AS count FROM "user" WHERE active = $1', [true]);
    return count;
  }
}
