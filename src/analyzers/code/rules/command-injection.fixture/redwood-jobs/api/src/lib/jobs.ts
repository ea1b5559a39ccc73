import { JobManager, PrismaAdapter } from '@redwoodjs/jobs'

import { db } from 'src/lib/db'

export const jobs = new JobManager({
  adapters: { prisma: new PrismaAdapter({ db }) },
  queues: ['default'] as const,
  workers: [{ adapter: 'prisma', queue: '*', count: 1 }],
})

export const later = jobs.createScheduler({ adapter: 'prisma' })
