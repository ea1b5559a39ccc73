'use strict';

const { Model } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  class Listing extends Model {
    static associate(models) {
      Listing.belongsTo(models.User, { foreignKey: 'sellerId', as: 'seller' });
    }
  }

  Listing.init(
    {
      title: { type: DataTypes.STRING(140), allowNull: false },
      description: DataTypes.TEXT,
      category: DataTypes.STRING,
      priceCents: { type: DataTypes.INTEGER, allowNull: false },
      currency: { type: DataTypes.STRING(3), defaultValue: 'USD' },
      status: { type: DataTypes.ENUM('draft', 'active', 'sold', 'removed'), defaultValue: 'draft' },
      imageFile: DataTypes.STRING,
      tags: { type: DataTypes.ARRAY(DataTypes.STRING), defaultValue: [] },
      sellerId: DataTypes.INTEGER,
    },
    { sequelize, modelName: 'Listing', tableName: 'listings' },
  );

  return Listing;
};
