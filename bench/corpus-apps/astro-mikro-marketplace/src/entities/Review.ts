import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Product } from './Product';
import { User } from './User';

@Entity({ tableName: 'reviews' })
export class Review {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Product)
  product!: Product;

  @ManyToOne(() => User)
  author!: User;

  @Property()
  rating!: number;

  @Property({ type: 'text' })
  body!: string;

  @Property()
  createdAt: Date = new Date();
}
