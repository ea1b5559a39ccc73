import type { Request, Response, NextFunction } from 'express'
import type { Application } from '../declarations'
import { escapeHtml, safeReturnPath } from '../utils/html'

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`

/**
 * Plain Express routes next to the Feathers services: the public vehicle status
 * page (linked from the QR sticker in each vehicle) and the SSO return hop.
 */
export const publicRoutes = (app: Application) => {
  const db = app.get('postgresqlClient')

  app.get('/status', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const plate = String(req.query.plate ?? '')
      const vehicle = await db('vehicles').where({ plate }).first('plate', 'nickname', 'status')
      if (!vehicle) {
        // vuln: CWE-79
        res.status(404).send(page('Not found', `<h1>No vehicle with plate ${plate}</h1><p>Check the sticker and try again.</p>`))
        return
      }
      // safe: CWE-79
      res.send(page(vehicle.plate, `<h1>${escapeHtml(vehicle.nickname || vehicle.plate)}</h1><p>Status: ${escapeHtml(vehicle.status)}</p>`))
    } catch (error) {
      next(error)
    }
  })

  // The identity provider sends users back here after login; `next` is where they were going.
  app.get('/sso/return', (req: Request, res: Response) => {
    const next = String(req.query.next || '/dashboard')
    // vuln: CWE-601
    res.redirect(next)
  })

  // The logout hop only returns to a path on this site
  app.get('/sso/logout', (req: Request, res: Response) => {
    // safe: CWE-601
    res.redirect(safeReturnPath(req.query.returnTo, '/login'))
  })
}
