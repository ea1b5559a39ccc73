import { Request, Response, NextFunction } from 'express'
import { QueryTypes } from 'sequelize'
import { models } from '../models'

export function searchProducts () {
  return (req: Request, res: Response, next: NextFunction) => {
    let criteria: any = req.query.q === 'undefined' ? '' : req.query.q ?? ''
    criteria = (criteria.length <= 200) ? criteria : criteria.substring(0, 200)
    // vuln: CWE-89
    models.sequelize.query("SELECT id, name, description, price FROM Products WHERE ((name LIKE '%" + criteria + "%' OR description LIKE '%" + criteria + "%') AND deletedAt IS NULL) ORDER BY name")
      .then(([products]: any) => {
        res.json({ status: 'success', data: products })
      }).catch((error: Error) => {
        next(error)
      })
  }
}

export function productsByCategory () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const category = String(req.params.category)
      const maxPrice = Number(req.query.maxPrice) || 100000
      // safe: CWE-89
      const products = await models.sequelize.query('SELECT id, name, price FROM Products WHERE category = :category AND price <= :maxPrice AND deletedAt IS NULL', {
        replacements: { category, maxPrice },
        type: QueryTypes.SELECT
      })
      res.json({ status: 'success', data: products })
    } catch (error) {
      next(error)
    }
  }
}

export function productDetails () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const product = await models.Product.findByPk(Number(req.params.id))
      if (!product) {
        res.status(404).json({ status: 'error', message: 'Product not found' })
        return
      }
      res.json({ status: 'success', data: product })
    } catch (error) {
      next(error)
    }
  }
}
