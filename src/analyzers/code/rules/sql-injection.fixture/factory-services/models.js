const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const Order = sequelize.define('Order', { customerId: DataTypes.INTEGER, total: DataTypes.INTEGER, placedAt: DataTypes.DATE });

module.exports = { sequelize, Order };
