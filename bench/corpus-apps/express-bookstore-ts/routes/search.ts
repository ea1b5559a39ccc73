import type { Request, Response, NextFunction } from 'express';
import { sequelize } from '../models';

export function searchProducts() {
  return (req: Request, res: Response, next: NextFunction) => {
    let criteria: any = req.query.q === 'undefined' ? '' : req.query.q ?? '';
    criteria = criteria.length <= 200 ? criteria : criteria.substring(0, 200);
    // vuln: CWE-89
    sequelize.query(`SELECT * FROM Products WHERE ((name LIKE '%${criteria}%' OR description LIKE '%${criteria}%') AND deletedAt IS NULL) ORDER BY name`)
      .then(([products]: any) => res.json({ status: 'success', data: products }))
      .catch((error: Error) => next(error));
  };
}

export function productsByPrice() {
  return (req: Request, res: Response, next: NextFunction) => {
    const max = Number(req.query.max);
    // safe: CWE-89
    sequelize.query('SELECT * FROM Products WHERE price <= :max AND deletedAt IS NULL', { replacements: { max } })
      .then(([products]: any) => res.json({ status: 'success', data: products }))
      .catch(next);
  };
}
