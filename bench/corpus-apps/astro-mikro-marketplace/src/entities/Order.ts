import { Collection, Entity, EntityRepositoryType, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './User';
import { Shop } from './Shop';
import { Product } from './Product';
import { OrderRepository } from '../repositories/OrderRepository';

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled';

@Entity({ tableName: 'orders', repository: () => OrderRepository })
export class Order {
  [EntityRepositoryType]?: OrderRepository;

  @PrimaryKey()
  id!: number;

  @Property()
  number!: string;

  @ManyToOne(() => User)
  buyer!: User;

  @ManyToOne(() => Shop)
  shop!: Shop;

  @Enum({ items: ['pending', 'paid', 'shipped', 'delivered', 'cancelled'] })
  status: OrderStatus = 'pending';

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property()
  shippingName!: string;

  @Property({ type: 'text' })
  shippingAddress!: string;

  @Property()
  totalCents = 0;

  @OneToMany(() => OrderItem, (item) => item.order)
  items = new Collection<OrderItem>(this);

  @Property()
  createdAt: Date = new Date();
}

@Entity({ tableName: 'order_items' })
export class OrderItem {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Order)
  order!: Order;

  @ManyToOne(() => Product)
  product!: Product;

  @Property()
  quantity = 1;

  @Property()
  unitCents!: number;
}
