import csrf from 'csurf';
import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import passport from '../config/passport.js';
import * as authController from '../controllers/authController.js';
import * as postController from '../controllers/postController.js';
import * as profileController from '../controllers/profileController.js';
import { ensureAuth } from '../middleware/auth.js';
import { documentUpload, imageUpload } from '../middleware/upload.js';

const router = Router();
const csrfProtection = csrf();

const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  message: 'Too many attempts, try again in a few minutes.',
});

router.get('/', (req, res) => res.redirect(req.user ? '/feed' : '/login'));

router.get('/login', csrfProtection, authController.showLogin);
// safe: CWE-307
router.post('/login', loginLimiter, csrfProtection, passport.authenticate('local', { failureRedirect: '/login?error=1' }), authController.afterLogin);
router.post('/register', loginLimiter, csrfProtection, authController.register);
router.post('/logout', csrfProtection, authController.logout);
router.get('/verify', authController.verifyEmail);

router.get('/feed', ensureAuth, csrfProtection, postController.feed);
router.get('/search', ensureAuth, postController.search);
router.post('/posts', ensureAuth, imageUpload.array('photos', 4), csrfProtection, postController.create);
router.post('/posts/:id/delete', ensureAuth, csrfProtection, postController.remove);

router.get('/u/:username', profileController.show);

router.get('/settings', ensureAuth, csrfProtection, profileController.editForm);
router.post('/settings/profile', ensureAuth, csrfProtection, profileController.update);
// vuln: CWE-352
router.post('/settings/email', ensureAuth, profileController.changeEmail);
router.post('/settings/avatar', ensureAuth, imageUpload.single('avatar'), csrfProtection, profileController.uploadAvatar);
router.post('/settings/import', ensureAuth, documentUpload.single('file'), csrfProtection, profileController.importData);
router.post('/settings/app-password', ensureAuth, csrfProtection, profileController.setAppPassword);

/** Read-only JSON for the feed widget that partner sites embed; uses the visitor's session. */
export const embedRouter = Router();
embedRouter.get('/feed.json', async (req, res, next) => {
  if (!req.user) return res.status(401).json({ error: 'not signed in' });
  try {
    const posts = await postController.feedJson(req.user);
    return res.json({ user: req.user.toPublicJSON(), posts });
  } catch (err) {
    return next(err);
  }
});

export default router;
