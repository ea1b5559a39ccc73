'use strict';

const { ObjectId } = require('mongodb');

class ProductDao {
  constructor(db) {
    this.collection = db.collection('products');
  }

  async findByCategory(category, page = 1) {
    // safe: CWE-943
    return this.collection
      .find({ category: String(category), active: true })
      .skip((Math.max(1, Number(page)) - 1) * 20)
      .limit(20)
      .toArray();
  }

  async findUnderPrice(maxPrice) {
    // Legacy filter kept from the PHP shop: price is stored as a string in old records.
    // vuln: CWE-943
    return this.collection.find({ $where: `parseFloat(this.price) <= ${maxPrice}` }).toArray();
  }

  async findCheaperThan(maxPrice) {
    const limit = Number.parseFloat(maxPrice);
    if (Number.isNaN(limit)) return [];
    // safe: CWE-943
    return this.collection.find({ price: { $lte: limit } }).toArray();
  }

  async getById(id) {
    if (!ObjectId.isValid(id)) return null;
    // safe: CWE-943
    return this.collection.findOne({ _id: new ObjectId(id) });
  }

  async searchByName(term) {
    const escaped = String(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // safe: CWE-943
    return this.collection.find({ name: { $regex: escaped, $options: 'i' } }).limit(50).toArray();
  }

  async searchByNamePattern(pattern) {
    // vuln: CWE-943, CWE-400
    return this.collection.find({ name: { $regex: pattern } }).limit(50).toArray();
  }

  async updateStock(sku, delta) {
    // safe: CWE-943
    return this.collection.updateOne({ sku: String(sku) }, { $inc: { stock: Number(delta) } });
  }
}

module.exports = ProductDao;
