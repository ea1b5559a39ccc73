import { startExportWorker } from './exportWorker.js'
import { startWebhookWorker } from './webhookWorker.js'
import { startScoringWorker } from './scoringWorker.js'
import { logger } from '../logger.js'

const workers = [startExportWorker(), startWebhookWorker(), startScoringWorker()]

for (const worker of workers) {
  worker.on('failed', (job, err) => logger.error(`${worker.name} job ${job?.id} failed: ${err.message}`))
}

const shutdown = async () => {
  await Promise.all(workers.map((w) => w.close()))
  process.exit(0)
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
