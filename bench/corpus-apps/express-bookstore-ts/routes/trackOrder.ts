import type { Request, Response, NextFunction } from 'express';
import { ordersCollection } from '../data/mongodb';

export function trackOrder() {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = req.params.id;
    // vuln: CWE-943
    ordersCollection.find({ $where: `this.orderId === '${id}'` })
      .then((order: any[]) => res.json({ status: 'success', data: order.map((o) => ({ orderId: o.orderId, eta: o.eta, delivered: o.delivered })) }))
      .catch((error: Error) => next(error));
  };
}

export function orderStatus() {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = String(req.params.id).replace(/[^\w-]+/g, '');
    // safe: CWE-943
    ordersCollection.find({ $where: `this.orderId === '${id}'` })
      .then((order: any[]) => res.json({ status: 'success', data: order.map((o) => ({ orderId: o.orderId, delivered: o.delivered })) }))
      .catch(next);
  };
}
