import { MidwayConfig } from '@midwayjs/core';

export default {
  koa: {
    port: 8080,
  },
  typeorm: {
    dataSource: {
      default: {
        host: process.env.DB_HOST,
        logging: ['error'],
        extra: {
          connectionLimit: 20,
        },
      },
    },
  },
  midwayLogger: {
    default: {
      level: 'warn',
    },
  },
} as MidwayConfig;
