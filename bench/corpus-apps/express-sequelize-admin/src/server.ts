import { app } from './app';
import { config } from './config';
import { sequelize } from './db/sequelize';
import { logger } from './logger';

async function main() {
  await sequelize.authenticate();
  app.listen(config.port, () => logger.info(`ops console listening on :${config.port}`));
}

main().catch((err) => {
  logger.error('startup failed', { message: err.message });
  process.exit(1);
});
