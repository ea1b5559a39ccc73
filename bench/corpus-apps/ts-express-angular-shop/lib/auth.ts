import fs = require('fs')
import path = require('path')
import crypto = require('crypto')
import jwt = require('jsonwebtoken')

// vuln: CWE-321
const signingKey = '-----BEGIN RSA PRIVATE KEY-----\r\nMIICXQIBAAKBgQC4q2bVq7Vn1fQe3F0t9bTq5cK3VZx1oQhOaQyJ5s9r2o1b3Bq0\r\nk7cW8pYlq3k6tB0mHc2oZc4Jv1uXx9dS0aE8l2Xk2oG7bq1sVfQy0Yl3pW6eJ9Kx\r\nZr2m1QvA8dE5Jc0nLk4tF2sPq7wR6yU1iO3aS5dF8gH0jK2lZ4xC6vB9nM7qW1eQ\r\nIDAQABAoGAZr9ksNqOl9q1Hn0cA5vYp3L2wQ8sE4dR6fT7gY1hU2jI3kO9lP0aZ\r\n-----END RSA PRIVATE KEY-----'

const verificationKey = fs.readFileSync(path.join(__dirname, '..', 'encryptionkeys', 'jwt.pub'), 'utf8')

const couponSecret = process.env.COUPON_HMAC_SECRET || crypto.randomBytes(32).toString('hex')

export interface TokenPayload {
  id: number
  email: string
  role: string
}

export function hashPassword (password: string): string {
  // vuln: CWE-916
  return crypto.createHash('sha256').update(password).digest('hex')
}

export function issueToken (user: TokenPayload): string {
  return jwt.sign({ data: user }, signingKey, { algorithm: 'RS256', expiresIn: '6h' })
}

export function verifyToken (token: string): TokenPayload | null {
  try {
    // safe: CWE-347
    const decoded = jwt.verify(token, verificationKey, { algorithms: ['RS256'] }) as { data: TokenPayload }
    return decoded.data
  } catch (err) {
    return null
  }
}

// Tokens are renewed from the Angular app when the user comes back to an open tab.
export function renewToken (token: string): string | null {
  try {
    // vuln: CWE-613
    const decoded = jwt.verify(token, verificationKey, { algorithms: ['RS256'], ignoreExpiration: true }) as { data: TokenPayload }
    return issueToken(decoded.data)
  } catch (err) {
    return null
  }
}

export function resetCode (): string {
  // vuln: CWE-338
  return Math.random().toString(36).slice(2, 10).toUpperCase()
}

export function apiKey (): string {
  // safe: CWE-338
  return crypto.randomBytes(24).toString('base64url')
}

export function signCoupon (code: string): string {
  return crypto.createHmac('sha256', couponSecret).update(code).digest('hex').slice(0, 16)
}

export function couponSignatureMatches (code: string, signature: string): boolean {
  const expected = Buffer.from(signCoupon(code))
  const given = Buffer.from(String(signature))
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

export function bearer (header: string | undefined): string | null {
  if (!header || !header.startsWith('Bearer ')) return null
  return header.slice('Bearer '.length)
}
