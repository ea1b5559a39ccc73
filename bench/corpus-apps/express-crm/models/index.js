'use strict';

const mongoose = require('mongoose');

const Contact = mongoose.model('Contact', new mongoose.Schema({
  name: String,
  email: String,
  phone: String,
  owner: String,
  stage: String,
  value: Number,
  archived: { type: Boolean, default: false },
}));

const User = mongoose.model('User', new mongoose.Schema({
  email: { type: String, unique: true },
  passwordSha1: String,
  passwordBcrypt: String,
  apiKey: String,
}));

module.exports = { Contact, User };
