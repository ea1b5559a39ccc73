'use strict';

const env = process.env.NODE_ENV || 'development';

module.exports = {
  env,
  port: Number(process.env.PORT) || 3000,
  mongoUrl: process.env.MONGO_URL || 'mongodb://localhost:27017/shop',
  // vuln: CWE-798
  sessionSecret: process.env.SESSION_SECRET || 'shop-session-secret-2019',
  uploadDir: process.env.UPLOAD_DIR || '/var/shop/uploads',
  invoiceDir: process.env.INVOICE_DIR || '/var/shop/invoices',
  publicHost: process.env.PUBLIC_HOST || 'shop.example.com',
  allowedReturnHosts: ['shop.example.com', 'help.example.com'],
};
