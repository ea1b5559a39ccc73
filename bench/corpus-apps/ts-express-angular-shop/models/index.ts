import { Sequelize, DataTypes, Model } from 'sequelize'

const sequelize = new Sequelize('shop', 'shop', process.env.DB_PASSWORD, {
  dialect: 'sqlite',
  storage: process.env.DB_FILE || 'data/shop.sqlite',
  logging: false
})

export class UserModel extends Model {
  declare id: number
  declare email: string
  declare password: string
  declare role: string
  declare profileImage: string
}

export class ProductModel extends Model {
  declare id: number
  declare name: string
  declare description: string
  declare price: number
  declare deletedAt: Date | null
}

export class ReviewModel extends Model {
  declare id: number
  declare productId: number
  declare author: string
  declare message: string
}

UserModel.init({
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  email: { type: DataTypes.STRING, unique: true },
  password: DataTypes.STRING,
  role: { type: DataTypes.STRING, defaultValue: 'customer' },
  profileImage: { type: DataTypes.STRING, defaultValue: '/assets/public/images/uploads/default.svg' },
  resetCode: DataTypes.STRING
}, { sequelize, tableName: 'Users' })

ProductModel.init({
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  name: DataTypes.STRING,
  description: DataTypes.TEXT,
  price: DataTypes.DECIMAL(10, 2),
  category: DataTypes.STRING
}, { sequelize, tableName: 'Products', paranoid: true })

ReviewModel.init({
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  productId: DataTypes.INTEGER,
  author: DataTypes.STRING,
  message: DataTypes.TEXT
}, { sequelize, tableName: 'Reviews' })

export const models = {
  sequelize,
  User: UserModel,
  Product: ProductModel,
  Review: ReviewModel
}
