export const TICKET_STATUSES = ['open', 'pending', 'on_hold', 'solved', 'closed'] as const
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const

export function isTicketReference(value: string): boolean {
  return /^DK-\d{1,9}$/.test(value)
}

export function isSlug(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,62}$/.test(value)
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function clampLimit(value: unknown, max = 100): number {
  const n = Number.parseInt(String(value ?? ''), 10)
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : 25
}
