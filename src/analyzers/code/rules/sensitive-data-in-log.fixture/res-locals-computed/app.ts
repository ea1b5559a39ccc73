import express from 'express';
import { z } from 'zod';
import { logger } from './logger';
import { validate } from './validate';

const app = express();
app.use(express.json());

const registerBody = z.object({ email: z.string().email(), password: z.string().min(12) });
const searchQuery = z.object({ q: z.string().max(80), page: z.coerce.number().default(1) });

app.post('/register', validate(registerBody), (_req, res) => {
  const input = res.locals.body as z.infer<typeof registerBody>;
  // ruleid: js/sensitive-data-in-log
  logger.debug('register request', input);
  // ok: js/sensitive-data-in-log
  logger.info(`register request for ${input.email}`);
  res.status(201).end();
});

app.get('/search', validate(searchQuery, 'query'), (_req, res) => {
  // ok: js/sensitive-data-in-log
  logger.debug('search request', res.locals.query);
  res.json([]);
});

app.listen(3000);
