import 'reflect-metadata';
import { defineConfig } from '@mikro-orm/postgresql';
import { TsMorphMetadataProvider } from '@mikro-orm/reflection';
import { Migrator } from '@mikro-orm/migrations';
import { config } from './config';
import { User } from './entities/User';
import { Shop, Webhook } from './entities/Shop';
import { Product } from './entities/Product';
import { Order, OrderItem } from './entities/Order';
import { Review } from './entities/Review';

export default defineConfig({
  host: config.db.host,
  port: config.db.port,
  user: config.db.user,
  password: config.db.password,
  dbName: config.db.dbName,
  entities: [User, Shop, Product, Order, OrderItem, Review, Webhook],
  metadataProvider: TsMorphMetadataProvider,
  extensions: [Migrator],
  debug: import.meta.env.DEV,
  allowGlobalContext: false,
});
