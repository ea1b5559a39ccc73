import { Request, Response, NextFunction } from 'express'
import { isListedOutbound, isExactOutbound } from '../lib/urls'

// Links in newsletters go through /redirect?to=… so that clicks can be counted.
export function performRedirect () {
  return (req: Request, res: Response, next: NextFunction) => {
    const toUrl = String(req.query.to ?? '')
    if (isListedOutbound(toUrl)) {
      res.locals.clicks = (res.locals.clicks ?? 0) + 1
      // vuln: CWE-601
      res.redirect(toUrl)
    } else {
      res.status(406)
      next(new Error('Unrecognized target URL for redirect: ' + toUrl))
    }
  }
}

// Payment step: the PSP return link is built by the front end.
export function paymentRedirect () {
  return (req: Request, res: Response) => {
    const target = String(req.query.target ?? '')
    if (!isExactOutbound(target)) {
      res.status(400).json({ status: 'error', message: 'Unknown payment provider' })
      return
    }
    // safe: CWE-601
    res.redirect(target)
  }
}
