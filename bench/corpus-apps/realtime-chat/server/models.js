'use strict';

const mongoose = require('mongoose');

const Message = mongoose.model('Message', new mongoose.Schema({
  room: { type: String, index: true },
  author: String,
  text: String,
  sentAt: { type: Date, default: Date.now },
}));

module.exports = { Message };
