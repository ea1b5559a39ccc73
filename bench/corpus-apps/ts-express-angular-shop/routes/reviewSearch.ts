import { Request, Response, NextFunction } from 'express'
import { models } from '../models'
import { escapeRegExp } from '../lib/urls'

// Power users can filter reviews with a pattern ("advanced search" toggle).
export function searchReviews () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const productId = Number(req.params.id)
      const pattern = String(req.query.pattern ?? '')
      const reviews = await models.Review.findAll({ where: { productId }, attributes: ['id', 'author', 'message'] })
      if (req.query.advanced === 'true') {
        // vuln: CWE-400
        const hits = reviews.filter((review) => new RegExp(pattern, 'i').test(review.message))
        res.json({ status: 'success', data: hits })
        return
      }
      const needle = new RegExp(escapeRegExp(pattern), 'i')
      // safe: CWE-400
      const hits = reviews.filter((review) => needle.test(review.message))
      res.json({ status: 'success', data: hits })
    } catch (err) {
      next(err)
    }
  }
}

export function postReview () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const review = await models.Review.create({
        productId: Number(req.params.id),
        author: res.locals.user.email,
        message: String(req.body.message ?? '').slice(0, 1000)
      })
      res.status(201).json({ status: 'success', data: { id: review.id } })
    } catch (err) {
      next(err)
    }
  }
}
