import 'reflect-metadata';
import './container';
import { createApp } from './app';
import { AppDataSource } from './config/data-source';
import { env } from './config/env';
import { logger } from './config/logger';

AppDataSource.initialize()
  .then(() => {
    createApp().listen(env.port, () => logger.info(`procure-api listening on :${env.port}`));
  })
  .catch((err: Error) => {
    logger.error('failed to start', { error: err.message });
    process.exit(1);
  });
