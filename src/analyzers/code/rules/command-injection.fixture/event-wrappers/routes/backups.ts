import { Router, Request, Response } from 'express';
import { jobs } from '../events/bus';

export const backups = Router();

backups.post('/backups', (req: Request, res: Response) => {
  jobs.requestBackup({ host: String(req.body.host), label: String(req.body.label) });
  res.sendStatus(202);
});

backups.post('/backups/rotate', (_req: Request, res: Response) => {
  jobs.requestRotate(30);
  res.sendStatus(202);
});
