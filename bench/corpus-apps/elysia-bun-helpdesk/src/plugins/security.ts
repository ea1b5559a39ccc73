import { Elysia } from 'elysia'
import { cors } from '@elysiajs/cors'
import { config } from '../config'

/** CORS for the agent SPA (served from another origin in production) and basic headers. */
export const security = new Elysia({ name: 'deskline/security' })
  .use(
    cors({
      // vuln: CWE-942
      origin: true,
      credentials: true,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization', 'X-Deskline-Tenant'],
      maxAge: 600,
    }),
  )
  .onAfterHandle({ as: 'global' }, ({ set }) => {
    set.headers['x-content-type-options'] = 'nosniff'
    set.headers['referrer-policy'] = 'same-origin'
    set.headers['x-frame-options'] = 'DENY'
    set.headers['content-security-policy'] = "default-src 'self'; img-src 'self' data: https:; frame-ancestors 'none'"
  })

/** The embeddable widget only talks to the public API, without cookies. */
export const widgetCors = cors({
  // safe: CWE-942
  origin: config.allowedOrigins,
  credentials: false,
  methods: ['GET', 'POST'],
})
