import { Request, Response, NextFunction } from 'express'
import { signCoupon, couponSignatureMatches } from '../lib/auth'

const ARITHMETIC = /^[0-9+\-*/(). ]{1,40}$/

interface Coupon {
  discount: number
  validUntil: number
}

// Coupons printed before 2022 carry their terms as a base64 object literal,
// e.g. "{discount:10,validUntil:1672444800000}".
function readLegacyCoupon (code: string): Coupon | null {
  const literal = Buffer.from(code, 'base64').toString('utf8')
  // vuln: CWE-95
  const terms = eval('(' + literal + ')')
  if (typeof terms?.discount !== 'number') return null
  return { discount: terms.discount, validUntil: Number(terms.validUntil) }
}

// Current coupons: base64url JSON plus an HMAC.
function readCoupon (code: string): Coupon | null {
  const [body, signature] = code.split('.')
  if (!body || !signature || !couponSignatureMatches(body, signature)) return null
  // safe: CWE-95
  const terms = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  return { discount: Number(terms.discount), validUntil: Number(terms.validUntil) }
}

export function redeemCoupon () {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      const code = String(req.body.coupon ?? '')
      const coupon = code.includes('.') ? readCoupon(code) : readLegacyCoupon(code)
      if (!coupon || coupon.validUntil < Date.now()) {
        res.status(404).json({ status: 'error', message: 'Invalid coupon' })
        return
      }
      res.json({ status: 'success', discount: Math.min(coupon.discount, 50) })
    } catch (err) {
      next(err)
    }
  }
}

export function issueCoupon () {
  return (req: Request, res: Response) => {
    const discount = Math.min(Math.max(Number(req.body.discount) || 5, 1), 30)
    const body = Buffer.from(JSON.stringify({ discount, validUntil: Date.now() + 30 * 24 * 3600 * 1000 })).toString('base64url')
    res.json({ coupon: `${body}.${signCoupon(body)}` })
  }
}

// Support chat bot. Understands a handful of intents; "calc" does quick sums
// for customers comparing bundle prices.
export function chatbotRespond () {
  return (req: Request, res: Response) => {
    const query = String(req.body.query ?? '').trim()
    const [intent, ...rest] = query.split(' ')
    const argument = rest.join(' ')
    if (intent.toLowerCase() === 'calc' && ARITHMETIC.test(argument)) {
      // safe: CWE-95
      const value = eval(argument)
      res.json({ action: 'response', body: `That makes ${Number(value).toFixed(2)}.` })
      return
    }
    if (intent.toLowerCase() === 'coupon') {
      res.json({ action: 'response', body: 'Ask at the checkout for a welcome coupon!' })
      return
    }
    res.json({ action: 'response', body: "Sorry, I didn't get that. Try \"calc 3*4.99\"." })
  }
}
