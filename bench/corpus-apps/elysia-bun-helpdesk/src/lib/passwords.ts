// Agents sign in with argon2id hashes; customer portal accounts came over from the old PHP
// portal and still use the legacy digest so existing logins keep working.

export async function hashAgentPassword(password: string): Promise<string> {
  // safe: CWE-916
  return Bun.password.hash(password, { algorithm: 'argon2id', memoryCost: 19456, timeCost: 2 })
}

export async function verifyAgentPassword(password: string, hash: string): Promise<boolean> {
  return Bun.password.verify(password, hash)
}

export function hashPortalPassword(password: string): string {
  // vuln: CWE-916, CWE-328
  return new Bun.CryptoHasher('md5').update(password).digest('hex')
}

export function verifyPortalPassword(password: string, stored: string): boolean {
  const candidate = Buffer.from(hashPortalPassword(password))
  const expected = Buffer.from(stored)
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected)
}

export function attachmentChecksum(data: ArrayBuffer): string {
  return new Bun.CryptoHasher('sha256').update(data).digest('hex')
}
