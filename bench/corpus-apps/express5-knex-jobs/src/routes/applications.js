import { Router } from 'express'
import crypto from 'node:crypto'
import path from 'node:path'
import multer from 'multer'
import { jobs, applications } from '../repositories/index.js'
import { requireAuth } from '../auth/passport.js'
import { isValidEmail, isPhone } from '../utils/validate.js'
import { renderCoverLetter } from '../utils/markdown.js'
import { logger } from '../logger.js'
import { config } from '../config/index.js'

export const applicationsRouter = Router()

const RESUME_DIR = path.resolve(config.storage.resumes)
const ALLOWED_TYPES = new Map([
  ['application/pdf', '.pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.docx'],
])

const upload = multer({
  storage: multer.diskStorage({
    destination: RESUME_DIR,
    filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}${ALLOWED_TYPES.get(file.mimetype) ?? '.bin'}`),
  }),
  limits: { fileSize: 5 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, ALLOWED_TYPES.has(file.mimetype)),
})

applicationsRouter.post('/jobs/:id/apply', upload.single('resume'), async (req, res) => {
  const job = await jobs.findPublished(req.params.id)
  if (!job) return res.status(404).render('error', { message: 'This job is no longer available.' })

  const { fullName, email, phone, coverLetter } = req.body
  if (!fullName || !isValidEmail(email) || (phone && !isPhone(phone))) {
    return res.status(422).render('jobs/show', { job, error: 'Please check the highlighted fields.' })
  }

  // vuln: CWE-117
  logger.info(`application received: job=${job.id} name=${fullName} email=${email}`)

  await applications.insert({
    job_id: job.id,
    full_name: String(fullName).slice(0, 120),
    email,
    phone: phone ?? null,
    cover_html: renderCoverLetter(coverLetter),
    resume_file: req.file?.filename ?? null,
    status: 'new',
  })
  await jobs.incrementApplications(job.id)
  // safe: CWE-117
  logger.info(`application stored for job ${job.id} (${JSON.stringify(String(email))})`)
  res.render('jobs/applied', { title: 'Thanks!', job })
})

applicationsRouter.get('/applications/:id/resume', requireAuth, async (req, res) => {
  const application = await applications.findWithJob(req.params.id, req.user.employerId)
  if (!application?.resume_file) return res.sendStatus(404)
  // safe: CWE-22
  res.download(path.join(RESUME_DIR, path.basename(application.resume_file)), `${application.full_name}-resume.pdf`)
})

// preview of a resume inside the review panel (iframe)
applicationsRouter.get('/resumes/preview', requireAuth, (req, res) => {
  // safe: CWE-22
  res.sendFile(String(req.query.file), { root: RESUME_DIR, dotfiles: 'deny' })
})

applicationsRouter.get('/applications/:id', requireAuth, async (req, res) => {
  const application = await applications.findWithJob(req.params.id, req.user.employerId)
  if (!application) return res.status(404).render('error', { message: 'Application not found.' })
  res.render('applications/review', { title: application.full_name, application })
})
