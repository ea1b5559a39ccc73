import limiter from '@adonisjs/limiter/services/main'

export const passwordResetThrottle = limiter.define('password_reset', (ctx) => {
  return limiter.allowRequests(5).every('15 minutes').usingKey(`reset_${ctx.request.ip()}`)
})

export const apiThrottle = limiter.define('api', () => {
  return limiter.allowRequests(120).every('1 minute')
})
