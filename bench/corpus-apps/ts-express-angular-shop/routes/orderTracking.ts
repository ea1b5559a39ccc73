import { Request, Response, NextFunction } from 'express'
import { QueryTypes } from 'sequelize'
import { models } from '../models'

const TRACKING_ID = /^[0-9a-f]{4}-[0-9a-f]{16}$/

// Guests can follow a parcel with the tracking code printed on the receipt.
export function trackOrder () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const trackingId = decodeURIComponent(req.params.id)
    try {
      // vuln: CWE-89
      const rows = await models.sequelize.query(
        `SELECT orderId, status, eta, city FROM Deliveries WHERE trackingId = '${trackingId}'`,
        { type: QueryTypes.SELECT }
      )
      res.json({ status: 'success', data: rows })
    } catch (error) {
      next(error)
    }
  }
}

// Logged-in customers see the same data for their own orders.
export function orderStatus () {
  return async (req: Request, res: Response, next: NextFunction) => {
    const trackingId = String(req.params.id)
    if (!TRACKING_ID.test(trackingId)) {
      res.status(400).json({ status: 'error', message: 'Invalid tracking id' })
      return
    }
    try {
      // safe: CWE-89
      const rows = await models.sequelize.query('SELECT orderId, status, eta FROM Deliveries WHERE trackingId = $trackingId AND customerId = $customerId', {
        bind: { trackingId, customerId: res.locals.user.id },
        type: QueryTypes.SELECT
      })
      res.json({ status: 'success', data: rows })
    } catch (error) {
      next(error)
    }
  }
}
