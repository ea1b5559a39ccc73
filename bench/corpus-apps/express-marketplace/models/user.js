'use strict';

const { Model } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  class User extends Model {
    static associate(models) {
      User.hasMany(models.Listing, { foreignKey: 'sellerId', as: 'listings' });
    }

    toJSON() {
      const { passwordHash, resetToken, ...rest } = this.get();
      return rest;
    }
  }

  User.init(
    {
      email: { type: DataTypes.STRING, allowNull: false, unique: true, validate: { isEmail: true } },
      displayName: DataTypes.STRING,
      passwordHash: DataTypes.STRING,
      legacyHash: DataTypes.STRING,
      role: { type: DataTypes.ENUM('buyer', 'seller', 'admin'), defaultValue: 'buyer' },
      shopSettings: { type: DataTypes.JSONB, defaultValue: {} },
      resetToken: DataTypes.STRING,
      resetExpires: DataTypes.DATE,
    },
    { sequelize, modelName: 'User', tableName: 'users' },
  );

  return User;
};
