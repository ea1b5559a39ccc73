import path from 'node:path';

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing required environment variable ${name}`);
  }
  return value;
}

function list(name: string, fallback: string): string[] {
  return (process.env[name] ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  grpc: {
    bind: process.env.GRPC_BIND ?? '0.0.0.0:50051',
    tlsCertFile: required('GRPC_TLS_CERT_FILE'),
    tlsKeyFile: required('GRPC_TLS_KEY_FILE'),
  },
  gateway: {
    host: process.env.GATEWAY_HOST ?? '0.0.0.0',
    port: Number(process.env.GATEWAY_PORT ?? 8080),
    publicBaseUrl: process.env.PUBLIC_BASE_URL ?? 'https://media.reelhouse.tv',
  },
  mediaRoot: path.resolve(process.env.MEDIA_ROOT ?? '/srv/media'),
  auditLog: process.env.AUDIT_LOG ?? '/var/log/reelhouse/partner-audit.log',
  postgres: {
    connectionString: required('DATABASE_URL'),
    max: Number(process.env.PG_POOL_MAX ?? 10),
  },
  mongo: {
    url: required('MONGO_URL'),
    database: process.env.MONGO_DB ?? 'catalog',
  },
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0',
  kafka: {
    partnerBrokers: list('PARTNER_KAFKA_BROKERS', 'events.partner-hub.net:9094'),
    partnerUser: required('PARTNER_KAFKA_USER'),
    partnerPassword: required('PARTNER_KAFKA_PASSWORD'),
    internalBrokers: list('KAFKA_BROKERS', 'kafka-0.kafka.svc:9093'),
    internalCaFile: process.env.KAFKA_CA_FILE ?? '/etc/reelhouse/kafka-ca.pem',
  },
  amqp: {
    url: required('AMQP_URL'),
    caFile: process.env.AMQP_CA_FILE ?? '/etc/reelhouse/amqp-ca.pem',
  },
  storage: {
    baseUrl: process.env.STORAGE_BASE_URL ?? 'https://storage.internal.reelhouse.tv/',
  },
  relaySocket: process.env.RELAY_SOCKET ?? 'unix:///run/delivery-relay/relay.sock',
  jwt: {
    issuer: 'reelhouse-media',
    partnerSecret: required('PARTNER_JWT_SECRET'),
    internalSecret: required('INTERNAL_JWT_SECRET'),
    // vuln: CWE-798
    downloadSecret: process.env.DOWNLOAD_TOKEN_SECRET || 'rh-dl-4f1c9e7a2b6d8053',
  },
  webhookSigningKey: required('WEBHOOK_SIGNING_KEY'),
};

export type AppConfig = typeof config;
