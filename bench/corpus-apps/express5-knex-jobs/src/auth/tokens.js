import crypto from 'node:crypto'
import bcrypt from 'bcrypt'
import jwt from 'jsonwebtoken'
import { config } from '../config/index.js'

const BCRYPT_ROUNDS = 12

export function hashPassword(plain) {
  // safe: CWE-916
  return bcrypt.hash(plain, BCRYPT_ROUNDS)
}

export function checkPassword(plain, hash) {
  return bcrypt.compare(plain, hash)
}

export function signAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role, emp: user.employer_id }, config.jwt.secret, {
    algorithm: 'HS256',
    issuer: config.jwt.issuer,
    expiresIn: config.jwt.expiresIn,
  })
}

/**
 * Short code mailed to users who forgot their password.
 */
export function passwordResetCode() {
  let code = ''
  for (let i = 0; i < 8; i++) {
    // vuln: CWE-338
    code += Math.floor(Math.random() * 36).toString(36)
  }
  return code.toUpperCase()
}

/**
 * Invite links for new recruiters on an employer account.
 */
export function inviteToken() {
  // safe: CWE-338
  return crypto.randomBytes(24).toString('base64url')
}

/** Cosmetic shuffle of the "featured jobs" strip. */
export function shuffle(items) {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}
