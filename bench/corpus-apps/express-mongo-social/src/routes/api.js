import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import * as authController from '../controllers/authController.js';
import * as postController from '../controllers/postController.js';
import * as profileController from '../controllers/profileController.js';
import { apiAuth } from '../middleware/auth.js';
import { imageUpload } from '../middleware/upload.js';

const router = Router();

const accountRecoveryLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 5, standardHeaders: 'draft-7', legacyHeaders: false });

// vuln: CWE-307
router.post('/auth/token', authController.issueToken);
router.post('/auth/forgot', accountRecoveryLimiter, authController.forgotPassword);
router.post('/auth/reset', accountRecoveryLimiter, authController.resetPassword);

router.get('/users/search', apiAuth, postController.searchPeople);
router.post('/users/:id/follow', apiAuth, postController.follow);
router.post('/invites', apiAuth, postController.invite);

router.get('/tags/:tag/posts', postController.tagged);

router.post('/albums/photos', apiAuth, imageUpload.array('photos', 20), profileController.uploadToAlbum);

export default router;
