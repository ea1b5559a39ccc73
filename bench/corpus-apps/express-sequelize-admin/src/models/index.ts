import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize';

export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<number>;
  declare email: string;
  declare name: string;
  declare role: 'owner' | 'admin' | 'support';
  declare passwordHash: string;
  declare legacyHash: string | null;
  declare disabled: CreationOptional<boolean>;
}

User.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    name: { type: DataTypes.STRING, allowNull: false },
    role: { type: DataTypes.ENUM('owner', 'admin', 'support'), allowNull: false, defaultValue: 'support' },
    passwordHash: { type: DataTypes.STRING, allowNull: false },
    legacyHash: { type: DataTypes.STRING, allowNull: true },
    disabled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
  },
  { sequelize, tableName: 'admin_users' },
);

export class Customer extends Model<InferAttributes<Customer>, InferCreationAttributes<Customer>> {
  declare id: CreationOptional<number>;
  declare name: string;
  declare email: string;
  declare plan: string;
  declare status: 'active' | 'trial' | 'suspended' | 'churned';
  declare region: string;
  declare notes: string | null;
  declare mrr: number;
  declare createdAt: CreationOptional<Date>;
}

Customer.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    name: { type: DataTypes.STRING, allowNull: false },
    email: { type: DataTypes.STRING, allowNull: false },
    plan: { type: DataTypes.STRING, allowNull: false },
    status: { type: DataTypes.STRING, allowNull: false },
    region: { type: DataTypes.STRING, allowNull: false },
    notes: { type: DataTypes.TEXT, allowNull: true },
    mrr: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    createdAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'customers' },
);

export class ApiKey extends Model<InferAttributes<ApiKey>, InferCreationAttributes<ApiKey>> {
  declare id: CreationOptional<number>;
  declare prefix: string;
  declare hash: string;
  declare salt: string;
  declare label: string;
  declare userId: number;
}

ApiKey.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    prefix: { type: DataTypes.STRING(12), allowNull: false, unique: true },
    hash: { type: DataTypes.STRING, allowNull: false },
    salt: { type: DataTypes.STRING, allowNull: false },
    label: { type: DataTypes.STRING, allowNull: false },
    userId: { type: DataTypes.INTEGER, allowNull: false },
  },
  { sequelize, tableName: 'api_keys' },
);

export class Invite extends Model<InferAttributes<Invite>, InferCreationAttributes<Invite>> {
  declare token: string;
  declare email: string;
  declare role: 'admin' | 'support';
  declare expiresAt: Date;
}

Invite.init(
  {
    token: { type: DataTypes.STRING, primaryKey: true },
    email: { type: DataTypes.STRING, allowNull: false },
    role: { type: DataTypes.STRING, allowNull: false },
    expiresAt: { type: DataTypes.DATE, allowNull: false },
  },
  { sequelize, tableName: 'invites' },
);

export class Setting extends Model<InferAttributes<Setting>, InferCreationAttributes<Setting>> {
  declare key: string;
  declare value: Record<string, unknown>;
}

Setting.init(
  {
    key: { type: DataTypes.STRING, primaryKey: true },
    value: { type: DataTypes.JSONB, allowNull: false },
  },
  { sequelize, tableName: 'settings' },
);
