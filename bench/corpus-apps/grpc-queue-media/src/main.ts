import { logger } from './logger';
import { connectMongo } from './dao/catalog.repo';
import { createGrpcServer, startGrpcServer } from './grpc/server';
import { startWorkers } from './queue/workers';
import { startPartnerEventsConsumer, startAssetLifecycleConsumer } from './kafka/partner-events.consumer';
import { startIngestConsumer } from './amqp/ingest.consumer';

async function main(): Promise<void> {
  await connectMongo();
  const server = createGrpcServer();
  await startGrpcServer(server);
  const workers = startWorkers();
  const consumers = [await startPartnerEventsConsumer(), await startAssetLifecycleConsumer()];
  await startIngestConsumer();
  logger.info('media-core started');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.tryShutdown(() => undefined);
    await Promise.allSettled([...workers.map((w) => w.close()), ...consumers.map((c) => c.disconnect())]);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  logger.fatal({ err }, 'startup failed');
  process.exit(1);
});
