import 'reflect-metadata';
import { AppDataSource } from './data-source';
import { createApp } from './app';
import { redis } from './lib/cache';
import { config } from './config';

async function main() {
  await AppDataSource.initialize();
  await redis.connect();
  createApp().listen(config.port, () => {
    console.log(`stockroom-api listening on :${config.port}`);
  });
}

main().catch((err) => {
  console.error('Failed to start', err);
  process.exit(1);
});
