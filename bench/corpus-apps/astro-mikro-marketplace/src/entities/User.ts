import { Entity, EntityRepositoryType, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { UserRepository } from '../repositories/UserRepository';

export type Role = 'buyer' | 'seller' | 'admin';

@Entity({ tableName: 'users', repository: () => UserRepository })
export class User {
  [EntityRepositoryType]?: UserRepository;

  @PrimaryKey()
  id!: number;

  @Property()
  @Unique()
  email!: string;

  @Property({ hidden: true })
  passwordHash!: string;

  @Property()
  displayName!: string;

  @Enum({ items: ['buyer', 'seller', 'admin'] })
  role: Role = 'buyer';

  @Property({ nullable: true, hidden: true })
  resetToken?: string;

  @Property({ nullable: true })
  resetExpires?: Date;

  @Property()
  createdAt: Date = new Date();
}
