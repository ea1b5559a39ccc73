import { Router } from 'express'
import { jobs, applications, users } from '../repositories/index.js'
import { requireAuth, requireRole } from '../auth/passport.js'
import { renderDescription } from '../utils/markdown.js'
import { applySettingsPatch, applyFeatureFlags } from '../utils/settings.js'
import { isSlug } from '../utils/validate.js'
import { atsClient } from '../integrations/atsClient.js'
import { scoringQueue } from '../queues/index.js'

export const employerRouter = Router()

employerRouter.use(requireAuth, requireRole('recruiter', 'admin'))

employerRouter.get('/jobs', async (req, res) => {
  const rows = await jobs.listForEmployer(req.user.employerId, req.query.sort)
  res.json({ data: rows })
})

employerRouter.post('/jobs', async (req, res) => {
  const { title, slug, location, remote, salaryMin, salaryMax, description } = req.body
  if (!title || !isSlug(slug)) {
    return res.status(422).json({ error: 'title and a valid slug are required' })
  }
  const job = await jobs.insert({
    employer_id: req.user.employerId,
    title: String(title).slice(0, 140),
    slug,
    company_name: req.user.companyName ?? null,
    location: location ?? null,
    remote: remote === true || remote === 'true',
    salary_min: salaryMin ? Number(salaryMin) : null,
    salary_max: salaryMax ? Number(salaryMax) : null,
    description_md: description,
    description_html: renderDescription(description),
    status: 'draft',
  })
  res.status(201).json(job)
})

employerRouter.get('/pipeline', async (req, res) => {
  const counts = await applications.countByStatus(req.user.employerId, req.query.stages)
  res.json({ data: counts })
})

employerRouter.get('/jobs/:id/applications', async (req, res) => {
  const result = await applications.listForJob(req.params.id, req.query.status)
  res.json({ data: result.rows })
})

employerRouter.patch('/settings', async (req, res) => {
  const row = await users.getSettings(req.user.employerId)
  const settings = applySettingsPatch(row?.settings ?? {}, req.body.settings ?? {})
  settings.flags = applyFeatureFlags(settings.flags ?? {}, req.body.flags ?? {})
  await users.saveSettings(req.user.employerId, settings)
  res.json({ settings })
})

/**
 * Custom scoring: recruiters describe how to rank candidates with a
 * small expression, e.g. `years * 2 + (skills.includes("go") ? 5 : 0)`.
 */
employerRouter.post('/jobs/:id/scoring', async (req, res) => {
  const job = await jobs.findById(Number(req.params.id))
  if (!job || job.employer_id !== req.user.employerId) return res.sendStatus(404)
  await scoringQueue.add('score-job', {
    jobId: job.id,
    rule: String(req.body.rule ?? ''),
    weights: req.body.weights ?? null,
  })
  res.status(202).json({ queued: true })
})

employerRouter.post('/ats/sync/:candidateId', async (req, res) => {
  const candidate = await atsClient.getCandidate(req.params.candidateId)
  res.json({ candidate })
})
