import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Invoice } from '../entities/Invoice';
import { Supplier } from '../entities/Supplier';
import { User } from '../entities/User';
import { env } from './env';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: env.databaseUrl,
  entities: [Invoice, Supplier, User],
  migrations: ['dist/migrations/*.js'],
  synchronize: false,
  logging: env.nodeEnv === 'development' ? ['error', 'warn'] : ['error'],
  // the managed Postgres instance uses a private CA; TODO ship the bundle and pin it
  // vuln: CWE-295
  ssl: { rejectUnauthorized: false },
  extra: { max: 20 },
});
