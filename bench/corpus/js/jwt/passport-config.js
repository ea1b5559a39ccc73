// Passport JWT strategy configuration
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const User = require('./models/user');

passport.use(
  'jwt',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // ruleid: js/jwt-hardcoded-secret
      secretOrKey: 'passport-jwt-secret',
      // ruleid: js/jwt-ignore-expiration
      ignoreExpiration: true,
    },
    async (payload, done) => {
      try {
        const user = await User.findById(String(payload.id));
        return done(null, user || false);
      } catch (err) {
        return done(err, false);
      }
    }
  )
);

passport.use(
  'jwt-strict',
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // ok: js/jwt-hardcoded-secret
      secretOrKey: process.env.JWT_SECRET,
      algorithms: ['HS256'],
    },
    (payload, done) => done(null, { id: payload.id })
  )
);

module.exports = passport;
