import { Router } from 'express'
import { requireAuth, requireRole } from '../auth/passport.js'
import { exportQueue } from '../queues/index.js'
import { toPositiveInt } from '../utils/validate.js'

export const exportsRouter = Router()

exportsRouter.use(requireAuth, requireRole('recruiter', 'admin'))

/**
 * Queue an export of a job's applicants. The worker converts the CSV to the
 * requested office format and calls `notifyUrl` (usually a Zapier hook)
 * when the file is ready.
 */
exportsRouter.post('/exports', async (req, res) => {
  const jobId = toPositiveInt(req.body.jobId, null)
  if (!jobId) return res.status(422).json({ error: 'jobId is required' })

  const job = await exportQueue.add(
    'applicants',
    {
      employerId: req.user.employerId,
      requestedBy: req.user.id,
      jobId,
      format: req.body.format ?? 'xlsx',
      filename: req.body.filename ?? `applicants-${jobId}`,
      notifyUrl: req.body.notifyUrl ?? null,
    },
    { attempts: 3, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: 100 }
  )
  res.status(202).json({ exportId: job.id })
})

exportsRouter.get('/exports/:id', async (req, res) => {
  const job = await exportQueue.getJob(req.params.id)
  if (!job || job.data.employerId !== req.user.employerId) return res.sendStatus(404)
  res.json({ state: await job.getState(), result: job.returnvalue ?? null })
})
