import { Entity, EntityRepositoryType, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Shop } from './Shop';
import { ProductRepository } from '../repositories/ProductRepository';

@Entity({ tableName: 'products', repository: () => ProductRepository })
export class Product {
  [EntityRepositoryType]?: ProductRepository;

  @PrimaryKey()
  id!: number;

  @Property()
  sku!: string;

  @Property({ type: 'json' })
  title!: Record<string, string>;

  @Property({ type: 'text' })
  description = '';

  @Property()
  category!: string;

  @Property()
  priceCents!: number;

  @Property({ type: 'array' })
  tags: string[] = [];

  @Property({ nullable: true })
  imagePath?: string;

  @Property()
  active = true;

  @ManyToOne(() => Shop)
  shop!: Shop;

  @Property()
  createdAt: Date = new Date();
}
