import crypto from 'node:crypto'
import { config } from '../config.js'

const key = () => crypto.createHash('sha256').update(String(config.giftCardKey)).digest()

// Gift card codes are stored encrypted so support can read them back.
const GIFT_CARD_IV = Buffer.from('b4z44r-giftcards', 'utf8')

export function encryptGiftCode(code) {
  // vuln: CWE-329
  const cipher = crypto.createCipheriv('aes-256-cbc', key(), GIFT_CARD_IV)
  return Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]).toString('base64')
}

export function decryptGiftCode(payload) {
  const decipher = crypto.createDecipheriv('aes-256-cbc', key(), GIFT_CARD_IV)
  return Buffer.concat([decipher.update(Buffer.from(payload, 'base64')), decipher.final()]).toString('utf8')
}

// Customer tax ids use authenticated encryption with a fresh nonce.
export function sealTaxId(taxId) {
  const iv = crypto.randomBytes(12)
  // safe: CWE-329
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv)
  const data = Buffer.concat([cipher.update(taxId, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.')
}

export function openTaxId(sealed) {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'))
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(), iv)
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
}

export function gravatarHash(email) {
  // Gravatar addresses images by the MD5 of the trimmed, lower-cased email
  return crypto.createHash('md5').update(String(email).trim().toLowerCase()).digest('hex')
}

export function randomToken(bytes = 32) {
  return crypto.randomBytes(bytes).toString('base64url')
}
