import { Queue } from 'bullmq'
import IORedis from 'ioredis'
import { config } from '../config/index.js'

export const connection = new IORedis(config.redis.url, { maxRetriesPerRequest: null })

export const exportQueue = new Queue('exports', { connection })
export const webhookQueue = new Queue('webhooks', { connection })
export const scoringQueue = new Queue('scoring', { connection })
