import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { usersRouter } from './routes/users';
import { reportsRouter } from './routes/reports';

export const app = express();

app.disable('x-powered-by');
app.use(helmet());
// The dashboard is served from several customer subdomains.
// vuln: CWE-942
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: '2mb' }));

app.use('/api', usersRouter);
app.use('/api', reportsRouter);

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});
