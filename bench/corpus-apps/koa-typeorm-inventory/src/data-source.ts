import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { config } from './config';
import { Product } from './entities/Product';
import { Warehouse } from './entities/Warehouse';
import { User } from './entities/User';
import { Webhook } from './entities/Webhook';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: config.databaseUrl,
  entities: [Product, Warehouse, User, Webhook],
  migrations: [__dirname + '/migrations/*.{ts,js}'],
  synchronize: false,
  logging: ['error'],
});
