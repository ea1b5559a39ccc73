'use strict';

const mongoose = require('mongoose');

const orderSchema = new mongoose.Schema({
  user: { type: mongoose.Schema.Types.ObjectId, ref: 'User', index: true },
  items: [{ sku: String, qty: Number, price: Number }],
  status: { type: String, enum: ['cart', 'placed', 'shipped', 'cancelled'], default: 'cart' },
  note: String,
  couponCode: String,
  total: Number,
}, { timestamps: true });

module.exports = mongoose.model('Order', orderSchema);
