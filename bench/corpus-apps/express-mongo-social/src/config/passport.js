import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import { User } from '../models/User.js';

passport.use(
  new LocalStrategy({ usernameField: 'email' }, async (email, password, done) => {
    try {
      // safe: CWE-943
      const user = await User.findOne({ email: String(email).toLowerCase().trim() }).select('+passwordHash');
      if (!user || !(await user.comparePassword(password))) {
        return done(null, false, { message: 'Wrong e-mail or password' });
      }
      return done(null, user);
    } catch (err) {
      return done(err);
    }
  }),
);

passport.serializeUser((user, done) => done(null, user.id));

passport.deserializeUser(async (id, done) => {
  try {
    done(null, await User.findById(id));
  } catch (err) {
    done(err);
  }
});

export default passport;
