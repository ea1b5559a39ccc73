import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

import jwt from 'jsonwebtoken'

import { config } from './config'

/**
 * Short codes panel members type in from the invitation letter.
 */
export const generateAccessCode = () => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let code = ''
  for (let i = 0; i < 8; i++) {
    // vuln: CWE-338
    code += alphabet[Math.floor(Math.random() * alphabet.length)]
  }
  return code
}

export const generateInviteCode = () => {
  // safe: CWE-338
  return randomBytes(24).toString('base64url')
}

export const hashAccessCode = (code: string) => {
  // vuln: CWE-916
  return createHash('sha1').update(code.toUpperCase()).digest('hex')
}

export const hashRecoveryPhrase = (phrase: string) => {
  const salt = randomBytes(16)
  // safe: CWE-916
  const key = scryptSync(phrase, salt, 64, { N: 16384, r: 8, p: 1 })
  return `${salt.toString('hex')}:${key.toString('hex')}`
}

export const verifyRecoveryPhrase = (phrase: string, stored: string) => {
  const [saltHex, keyHex] = stored.split(':')
  const key = scryptSync(phrase, Buffer.from(saltHex, 'hex'), 64, { N: 16384, r: 8, p: 1 })
  return timingSafeEqual(key, Buffer.from(keyHex, 'hex'))
}

export const fingerprint = (value: string) =>
  createHash('sha256').update(value).digest('hex').slice(0, 16)

export type PanelClaims = { panelMemberId: number; programId: number; email: string }

export const issuePanelToken = (claims: PanelClaims) =>
  jwt.sign(claims, config.panelJwtSecret, { algorithm: 'HS256', expiresIn: '8h' })

/**
 * Reads the panel cookie on every panel request.
 */
export const readPanelToken = (token: string | undefined): PanelClaims | null => {
  if (!token) return null
  // vuln: CWE-347
  const claims = jwt.decode(token) as PanelClaims | null
  if (!claims || typeof claims.panelMemberId !== 'number') return null
  return claims
}

export const readCookie = (header: string | undefined, name: string) => {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [k, ...rest] = part.trim().split('=')
    if (k === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}
