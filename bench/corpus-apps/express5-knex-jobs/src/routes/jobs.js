import { Router } from 'express'
import { jobs } from '../repositories/index.js'
import { shuffle } from '../auth/tokens.js'

export const jobsRouter = Router()

jobsRouter.get('/', async (req, res) => {
  const { q, location, remote, page } = req.query
  const [results, featured] = await Promise.all([
    jobs.search({ term: q, location, remote, page }),
    jobs.listPublic('newest'),
  ])
  res.render('jobs/list', {
    title: q ? `Jobs matching ${q}` : 'Latest jobs',
    q,
    jobs: results,
    featured: shuffle(featured).slice(0, 4),
  })
})

jobsRouter.get('/jobs/sorted', async (req, res) => {
  const rows = await jobs.listPublic(req.query.by, req.query.dir)
  res.render('jobs/list', { title: 'All jobs', jobs: rows })
})

jobsRouter.get('/jobs/:id', async (req, res) => {
  const job = await jobs.findPublished(req.params.id)
  if (!job) {
    return res.status(404).render('error', { message: 'This job is no longer available.' })
  }
  res.render('jobs/show', { title: job.title, job })
})
