import express from 'express';
import helmet from 'helmet';
import cookieSession from 'cookie-session';
import { pages } from './routes/pages.js';
import { preview } from './routes/preview.js';
import { admin } from './routes/admin.js';

const app = express();

app.set('view engine', 'pug');
app.set('views', new URL('./views', import.meta.url).pathname);

app.use(helmet());
app.use(express.urlencoded({ extended: true }));

// vuln: CWE-352
app.use(cookieSession({
  name: 'cms',
  // vuln: CWE-798
  keys: ['c0ffee-cms-key-1', 'c0ffee-cms-key-2'],
  maxAge: 7 * 24 * 60 * 60 * 1000,
}));

app.use(pages);
app.use(preview);
app.use(admin);

app.listen(process.env.PORT ?? 3000);
