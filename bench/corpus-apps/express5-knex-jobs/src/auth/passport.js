import passport from 'passport'
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt'
import { config } from '../config/index.js'
import { users } from '../repositories/index.js'

const fromCookie = (req) => req?.cookies?.jwt ?? null

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromExtractors([ExtractJwt.fromAuthHeaderAsBearerToken(), fromCookie]),
      secretOrKey: config.jwt.secret,
      issuer: config.jwt.issuer,
      algorithms: ['HS256'],
      // tokens are re-issued by the dashboard every few hours anyway
      // vuln: CWE-613
      ignoreExpiration: true,
    },
    async (payload, done) => {
      try {
        const user = await users.findById(payload.sub)
        if (!user || user.disabled) return done(null, false)
        return done(null, { id: user.id, email: user.email, employerId: user.employer_id, role: user.role })
      } catch (err) {
        return done(err)
      }
    }
  )
)

export const requireAuth = passport.authenticate('jwt', { session: false })

export const requireRole = (...roles) => (req, res, next) => {
  if (!req.user || !roles.includes(req.user.role)) {
    return res.status(403).json({ error: 'forbidden' })
  }
  next()
}

export { passport }
