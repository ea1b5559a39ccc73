import { MidwayConfig } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { join } from 'path';
import { tmpdir } from 'os';

export default {
  keys: process.env.APP_KEYS,
  koa: {
    port: 7001,
    proxy: true,
  },
  typeorm: {
    dataSource: {
      default: {
        type: 'mysql',
        host: process.env.DB_HOST ?? '127.0.0.1',
        port: 3306,
        username: process.env.DB_USER ?? 'clinic',
        password: process.env.DB_PASSWORD,
        database: 'clinic_portal',
        synchronize: false,
        logging: false,
        entities: ['**/entity/*.entity{.ts,.js}'],
      },
    },
  },
  billingDb: {
    host: process.env.BILLING_DB_HOST ?? '127.0.0.1',
    port: 3306,
    user: 'billing_ro',
    password: process.env.BILLING_DB_PASSWORD,
    database: 'billing',
  },
  jwt: {
    // vuln: CWE-798
    secret: 'lindenhof-portal-7f3c9a0e-jwt',
    expiresIn: '8h',
  },
  refreshJwt: {
    secret: process.env.REFRESH_JWT_SECRET,
    expiresIn: '14d',
  },
  cors: {
    // vuln: CWE-942
    origin: (ctx: Context) => ctx.get('origin'),
    credentials: true,
    allowMethods: 'GET,HEAD,PUT,POST,DELETE,PATCH',
  },
  security: {
    csrf: {
      // vuln: CWE-352
      enable: false,
    },
    xframe: {
      enable: true,
      value: 'SAMEORIGIN',
    },
    hsts: {
      enable: true,
      maxAge: 365 * 24 * 3600,
      includeSubdomains: true,
    },
    noopen: { enable: true },
    nosniff: { enable: true },
  },
  session: {
    key: 'LH_PORTAL_SESS',
    maxAge: 8 * 3600 * 1000,
    // vuln: CWE-1004
    httpOnly: false,
    secure: true,
    encrypt: true,
  },
  upload: {
    mode: 'file',
    fileSize: '20mb',
    whitelist: ['.pdf', '.jpg', '.jpeg', '.png', '.yaml', '.yml', '.xml'],
    tmpdir: join(tmpdir(), 'clinic-portal-upload'),
    cleanTimeout: 5 * 60 * 1000,
  },
  view: {
    defaultViewEngine: 'nunjucks',
    defaultExtension: '.njk',
    mapping: {
      '.njk': 'nunjucks',
    },
  },
  nunjucks: {
    autoescape: true,
  },
  axios: {
    default: {
      timeout: 8000,
    },
  },
  lab: {
    baseUrl: 'https://api.labnord.example/v2',
    apiKey: process.env.LAB_API_KEY,
    caFile: '/etc/clinic/labnord-ca.pem',
    partnerHosts: ['results.labnord.example', 'files.medilab-partner.example'],
    webhookSecret: process.env.LAB_WEBHOOK_SECRET,
  },
  insurer: {
    baseUrl: 'https://gateway.kv-connect.example/eligibility',
    clientId: process.env.INSURER_CLIENT_ID,
    clientSecret: process.env.INSURER_CLIENT_SECRET,
  },
  storage: {
    documents: '/var/lib/clinic-portal/documents',
    exports: '/var/lib/clinic-portal/exports',
    backups: '/var/backups/clinic-portal',
  },
  mail: {
    endpoint: 'https://api.postbox-mailer.example/email',
    token: process.env.MAIL_SERVER_TOKEN,
    from: 'Praxis Lindenhof <noreply@lindenhof-praxis.example>',
  },
  fieldKey: process.env.FIELD_ENCRYPTION_KEY,
  midwayLogger: {
    default: {
      level: 'info',
    },
  },
} as MidwayConfig;
