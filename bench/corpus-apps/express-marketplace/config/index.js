require('dotenv').config();

const env = process.env.NODE_ENV || 'development';

module.exports = {
  env,
  port: parseInt(process.env.PORT || '3000', 10),
  publicUrl: process.env.PUBLIC_URL || 'http://localhost:3000',
  jwt: {
    // vuln: CWE-798
    secret: process.env.JWT_SECRET || 'mkp_8c1d0f5e2b9a4471b3e6d2c0a7f95e13',
    issuer: 'makers-marketplace',
    expiresIn: '2h',
  },
  session: {
    secret: process.env.SESSION_SECRET,
    maxAgeMs: 7 * 24 * 60 * 60 * 1000,
  },
  uploads: {
    listingImages: process.env.LISTING_IMAGE_DIR || '/var/lib/marketplace/images',
    sellerDocs: process.env.SELLER_DOC_DIR || '/var/lib/marketplace/seller-docs',
    maxBytes: 8 * 1024 * 1024,
  },
  exports: {
    dir: process.env.EXPORT_DIR || '/var/lib/marketplace/exports',
    pgDumpBin: process.env.PG_DUMP || '/usr/bin/pg_dump',
  },
  imageProxy: {
    allowedHosts: (process.env.IMAGE_HOSTS || 'images.makersmarket.io,cdn.makersmarket.io').split(','),
    timeoutMs: 5000,
  },
  corsOrigins: (process.env.CORS_ORIGINS || 'https://makersmarket.io,https://seller.makersmarket.io').split(','),
};
