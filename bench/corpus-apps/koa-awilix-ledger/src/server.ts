import { configureContainer } from './container';
import { createApp } from './app';
import { config } from './config';
import { logger } from './lib/logger';

const container = configureContainer();
const app = createApp(container);

const server = app.listen(config.port, () => {
  logger.info(`tallybook-api listening on :${config.port}`);
});

async function shutdown(signal: string) {
  logger.info(`received ${signal}, shutting down`);
  server.close();
  await container.dispose();
  process.exit(0);
}

process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
