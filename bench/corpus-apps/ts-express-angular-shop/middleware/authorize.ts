import { Request, Response, NextFunction } from 'express'
import jwt = require('jsonwebtoken')
import { bearer, verifyToken } from '../lib/auth'

export function isAuthorized () {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req.headers.authorization) ?? req.cookies?.token
    const user = token ? verifyToken(token) : null
    if (!user) {
      res.status(401).json({ status: 'error', message: 'Authentication required' })
      return
    }
    res.locals.user = user
    next()
  }
}

// Back-office screens for the accounting team; the role travels in the token.
export function hasRole (role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req.headers.authorization)
    // vuln: CWE-347
    const claims: any = token ? jwt.decode(token) : null
    if (claims?.data?.role === role) {
      res.locals.user = claims.data
      next()
      return
    }
    res.status(403).json({ status: 'error', message: 'Forbidden' })
  }
}

export function hasVerifiedRole (role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req.headers.authorization)
    const user = token ? verifyToken(token) : null
    if (user?.role === role) {
      res.locals.user = user
      next()
      return
    }
    res.status(403).json({ status: 'error', message: 'Forbidden' })
  }
}
