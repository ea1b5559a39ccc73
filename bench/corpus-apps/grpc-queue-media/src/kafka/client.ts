import fs from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { config } from '../config';

/** Partner hub cluster (run by the partners' consortium, reached over the internet). */
export const partnerKafka = new Kafka({
  clientId: 'reelhouse-media-core',
  brokers: config.kafka.partnerBrokers,
  ssl: {
    // vuln: CWE-295
    rejectUnauthorized: false,
  },
  sasl: {
    mechanism: 'scram-sha-512',
    username: config.kafka.partnerUser,
    password: config.kafka.partnerPassword,
  },
  logLevel: logLevel.WARN,
});

/** Our own cluster, private CA. */
export const internalKafka = new Kafka({
  clientId: 'reelhouse-media-core',
  brokers: config.kafka.internalBrokers,
  ssl: {
    // safe: CWE-295
    ca: [fs.readFileSync(config.kafka.internalCaFile, 'utf8')],
  },
  logLevel: logLevel.WARN,
});
