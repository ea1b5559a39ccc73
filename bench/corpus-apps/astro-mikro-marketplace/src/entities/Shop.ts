import { Collection, Entity, EntityRepositoryType, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Product } from './Product';
import { User } from './User';
import { ShopRepository } from '../repositories/ShopRepository';

@Entity({ tableName: 'shops', repository: () => ShopRepository })
export class Shop {
  [EntityRepositoryType]?: ShopRepository;

  @PrimaryKey()
  id!: number;

  @Property()
  @Unique()
  slug!: string;

  @Property()
  name!: string;

  @Property({ type: 'text', nullable: true })
  aboutHtml?: string;

  @Property({ nullable: true })
  websiteUrl?: string;

  @Property({ type: 'json' })
  settings: Record<string, unknown> = {};

  @Property({ type: 'text', nullable: true })
  shippingFormula?: string;

  @ManyToOne(() => User)
  owner!: User;

  @OneToMany('Product', 'shop')
  products = new Collection<Product>(this);
}

@Entity({ tableName: 'webhooks' })
export class Webhook {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Shop)
  shop!: Shop;

  @Property()
  url!: string;

  @Property({ hidden: true })
  secret!: string;

  @Property({ type: 'array' })
  events: string[] = [];
}
