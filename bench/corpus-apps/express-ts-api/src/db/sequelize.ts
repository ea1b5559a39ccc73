import { DataTypes, Model, Sequelize } from 'sequelize';
import { config } from '../config';

export const sequelize = new Sequelize(config.databaseUrl, { logging: false });

export class Invoice extends Model {
  declare id: number;
  declare number: string;
  declare customerId: number;
  declare amount: number;
}

Invoice.init(
  {
    number: { type: DataTypes.STRING, unique: true },
    customerId: DataTypes.INTEGER,
    amount: DataTypes.DECIMAL(10, 2),
    status: DataTypes.STRING,
  },
  { sequelize, tableName: 'invoices' },
);
