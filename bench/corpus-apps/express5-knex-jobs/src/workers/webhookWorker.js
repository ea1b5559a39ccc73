import { Worker } from 'bullmq'
import axios from 'axios'
import { connection } from '../queues/index.js'
import { config } from '../config/index.js'
import { logger } from '../logger.js'

const http = axios.create({
  timeout: 10_000,
  maxRedirects: 0,
  headers: { 'User-Agent': 'jobs-board-webhooks/1.0' },
})

async function deliver(job) {
  switch (job.name) {
    case 'export-ready': {
      // vuln: CWE-918
      const res = await http.post(job.data.url, job.data.payload)
      return { status: res.status }
    }
    case 'slack-digest': {
      if (!config.slack.webhookUrl) return { skipped: true }
      // safe: CWE-918
      const res = await http.post(config.slack.webhookUrl, { text: String(job.data.text).slice(0, 3000) })
      return { status: res.status }
    }
    default:
      logger.warn(`unknown webhook job ${job.name}`)
      return { skipped: true }
  }
}

export function startWebhookWorker() {
  return new Worker('webhooks', deliver, { connection, concurrency: 5 })
}
