import fs = require('fs')
import path = require('path')
import { Request, Response, NextFunction } from 'express'
import { models } from '../models'

export const EXPORT_DIR = path.join(__dirname, '..', 'exports')

async function collect (userId: number) {
  const user = await models.User.findByPk(userId, { attributes: ['id', 'email', 'role', 'profileImage'] })
  const reviews = await models.Review.findAll({ where: { author: user?.email ?? '' }, attributes: ['productId', 'message'] })
  return { user, reviews, exportedAt: new Date().toISOString() }
}

// GDPR export: the customer may name the file that ends up in their download list.
export function dataExport () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const userId = res.locals.user.id
      const data = await collect(userId)
      const fileName = String(req.body.fileName || `export-${userId}.json`)
      // vuln: CWE-22
      fs.writeFileSync(path.join(EXPORT_DIR, String(userId), fileName), JSON.stringify(data, null, 2))
      res.json({ status: 'success', file: `/exports/${userId}/${encodeURIComponent(fileName)}` })
    } catch (err) {
      next(err)
    }
  }
}

// Scheduled export for the accounting role: always the same name pattern.
export function accountingExport () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const period = String(req.query.period ?? '').replace(/[^0-9-]/g, '').slice(0, 7) || 'current'
      const rows = await models.sequelize.query('SELECT id, email, role FROM Users', { raw: true })
      // safe: CWE-22
      await fs.promises.writeFile(path.join(EXPORT_DIR, 'accounting', path.basename(`users-${period}.json`)), JSON.stringify(rows[0]))
      res.json({ status: 'success' })
    } catch (err) {
      next(err)
    }
  }
}
