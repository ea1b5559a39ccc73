import { Sequelize, DataTypes, Model } from 'sequelize';

export const sequelize = new Sequelize('database', 'username', process.env.DB_PASSWORD, {
  dialect: 'sqlite',
  storage: 'data/bookstore.sqlite',
  logging: false,
});

export class UserModel extends Model {
  declare id: number;
  declare email: string;
  declare password: string;
  declare role: string;
  declare profileImage: string;
}

UserModel.init(
  {
    email: { type: DataTypes.STRING, unique: true },
    password: DataTypes.STRING,
    role: { type: DataTypes.STRING, defaultValue: 'customer' },
    profileImage: { type: DataTypes.STRING, defaultValue: '/assets/public/images/uploads/default.svg' },
  },
  { sequelize, tableName: 'Users', paranoid: true },
);

export class ProductModel extends Model {}
ProductModel.init(
  { name: DataTypes.STRING, description: DataTypes.STRING, price: DataTypes.DECIMAL },
  { sequelize, tableName: 'Products', paranoid: true },
);
