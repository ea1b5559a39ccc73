import type { H3Event } from 'h3'

export type Role = 'admin' | 'editor' | 'author' | 'reader'

export interface SessionUser {
  id: number
  email: string
  role: Role
}

const RANK: Record<Role, number> = { reader: 0, author: 1, editor: 2, admin: 3 }

export function requireUser(event: H3Event): SessionUser {
  const user = event.context.user as SessionUser | undefined
  if (!user) {
    throw createError({ statusCode: 401, statusMessage: 'Sign in required' })
  }
  return user
}

export function requireRole(event: H3Event, role: Role): SessionUser {
  const user = requireUser(event)
  if (RANK[user.role] < RANK[role]) {
    throw createError({ statusCode: 403, statusMessage: 'Forbidden' })
  }
  return user
}

/** Only same-site paths: "/admin/pages", never "//evil.example" or "https://…". */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback
  }
  return value
}

/** Five attempts per address and e-mail per ten minutes, counted in the cache storage. */
export async function assertLoginRate(event: H3Event, email: string) {
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'unknown'
  const storage = useStorage('cache')
  for (const key of [`login:ip:${ip}`, `login:email:${email}`]) {
    const hits = ((await storage.getItem<number>(key)) ?? 0) + 1
    await storage.setItem(key, hits, { ttl: 600 })
    if (hits > 5) {
      throw createError({ statusCode: 429, statusMessage: 'Too many attempts, try again later' })
    }
  }
}
