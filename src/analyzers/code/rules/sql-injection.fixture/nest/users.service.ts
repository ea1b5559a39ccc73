import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  findByRole(role: string) {
    // ruleid: js/sql-injection
    return this.dataSource.query(`SELECT * FROM users WHERE role = '${role}'`);
  }

  findOne(id: string) {
    // ok: js/sql-injection
    return this.dataSource.query('SELECT * FROM users WHERE id = $1', [id]);
  }
}
