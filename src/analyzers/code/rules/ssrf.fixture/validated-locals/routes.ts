import axios from 'axios';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { validate } from './validate';

const router = express.Router();
const catalogBody = z.object({ catalogUrl: z.string().url() });
const logger = { info: (msg: string) => process.stdout.write(`${msg}\n`) };

async function syncCatalog(_req: Request, res: Response) {
  const { catalogUrl } = res.locals.body as { catalogUrl: string };
  // ok: js/log-injection
  logger.info(`syncing catalog from ${catalogUrl}`);
  // ruleid: js/ssrf
  const { data } = await axios.get(catalogUrl, { timeout: 15_000 });
  res.json({ items: data.items.length });
}

async function avatar(_req: Request, res: Response) {
  // The user record the session middleware loaded: not a part of this request.
  const user = res.locals.user as { avatarUrl: string };
  // ok: js/ssrf
  const { data } = await axios.get(user.avatarUrl, { responseType: 'arraybuffer' });
  res.type('png').send(data);
}

router.post('/catalog/sync', validate(catalogBody), syncCatalog);
router.get('/me/avatar', avatar);

export default router;
