import buildApp from './app.js';
import config from './config.js';

const app = await buildApp({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

try {
  await app.listen({ port: config.port, host: config.host });
} catch (err) {
  app.log.error(err);
  process.exit(1);
}
