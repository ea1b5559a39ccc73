'use strict';

const path = require('path');

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing environment variable ${name}`);
  }
  return value;
}

module.exports = {
  port: Number(process.env.PORT || 3000),
  databaseUrl: process.env.DATABASE_URL || 'postgres://storefront@localhost:5432/storefront',
  sessionSecret: required('SESSION_SECRET'),
  baseUrl: process.env.BASE_URL || 'http://localhost:3000',
  invoiceDir: path.join(__dirname, '..', 'var', 'invoices'),
  manualsDir: path.join(__dirname, '..', 'var', 'manuals'),
  avatarDir: path.join(__dirname, '..', 'public', 'avatars'),
  orderWebhookUrl: process.env.ORDER_WEBHOOK_URL || 'https://hooks.internal.example/orders',
  currency: 'EUR',
};
