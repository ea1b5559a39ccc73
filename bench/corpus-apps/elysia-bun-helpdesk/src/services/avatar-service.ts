import { join, resolve } from 'node:path'
import { config } from '../config'
import { isAllowedHost } from '../lib/url-guard'
import type { CustomerRepository } from '../repositories/customer-repository'

const avatarDir = resolve('data/avatars')
const IMAGE_TYPES: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'image/webp': '.webp' }

async function saveImage(response: Response, tenant: string, customerId: number) {
  const ext = IMAGE_TYPES[response.headers.get('content-type') ?? '']
  if (!response.ok || !ext) throw new Error('not an image')
  const file = join(avatarDir, tenant, `${customerId}${ext}`)
  await Bun.write(file, response)
  return file
}

export class AvatarService {
  constructor(private readonly customers: CustomerRepository) {}

  /** Gravatar / GitHub avatars only, picked in the customer profile. */
  async fromProvider(tenant: string, customerId: number, url: string) {
    if (!isAllowedHost(url, config.avatarHosts)) throw new Error('unsupported avatar provider')
    // safe: CWE-918
    const response = await fetch(url, { redirect: 'error' })
    const file = await saveImage(response, tenant, customerId)
    this.customers.setAvatar(tenant, customerId, file)
    return file
  }

  /** "Import from URL" in the customer profile. */
  async importFromUrl(tenant: string, customerId: number, imageUrl: string) {
    // vuln: CWE-918
    const response = await fetch(imageUrl, { headers: { accept: 'image/*' } })
    const file = await saveImage(response, tenant, customerId)
    this.customers.setAvatar(tenant, customerId, file)
    return file
  }

  async gravatarFor(email: string) {
    const hash = new Bun.CryptoHasher('sha256').update(email.trim().toLowerCase()).digest('hex')
    // safe: CWE-918
    return fetch(`https://gravatar.com/avatar/${hash}?d=404&s=200`, { redirect: 'error' })
  }
}
