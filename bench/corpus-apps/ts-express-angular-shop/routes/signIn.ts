import { Request, Response, NextFunction } from 'express'
import { models } from '../models'
import { hashPassword, issueToken, renewToken, resetCode, bearer } from '../lib/auth'

export function signIn () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const email = String(req.body.email ?? '')
      const password = String(req.body.password ?? '')
      const user = await models.User.findOne({
        where: { email, password: hashPassword(password) },
        attributes: ['id', 'email', 'role']
      })
      if (!user) {
        res.status(401).send('Invalid email or password.')
        return
      }
      const token = issueToken({ id: user.id, email: user.email, role: user.role })
      // safe: CWE-614
      res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'strict' })
      res.json({ authentication: { token, umail: user.email } })
    } catch (error) {
      next(error)
    }
  }
}

export function renewSession () {
  return (req: Request, res: Response) => {
    const token = bearer(req.headers.authorization)
    const renewed = token ? renewToken(token) : null
    if (!renewed) {
      res.status(401).json({ status: 'error' })
      return
    }
    res.json({ authentication: { token: renewed } })
  }
}

export function requestPasswordReset () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = await models.User.findOne({ where: { email: String(req.body.email ?? '') } })
      if (user) {
        const code = resetCode()
        await user.update({ resetCode: hashPassword(code) })
        // mail is sent by the notification worker that polls resetCode
      }
      res.json({ status: 'success', message: 'If the address is registered, you will receive a code.' })
    } catch (error) {
      next(error)
    }
  }
}

export function changePassword () {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { current, next: newPassword, repeat } = req.body
      if (!newPassword || newPassword !== repeat) {
        res.status(400).send('New and repeated password do not match.')
        return
      }
      const user = await models.User.findByPk(res.locals.user.id)
      if (!user || user.password !== hashPassword(String(current))) {
        res.status(401).send('Current password is not correct.')
        return
      }
      await user.update({ password: hashPassword(String(newPassword)) })
      res.json({ status: 'success' })
    } catch (error) {
      next(error)
    }
  }
}
