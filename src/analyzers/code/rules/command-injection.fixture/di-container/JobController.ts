import { exec } from 'child_process';
import type { Request, Response } from 'express';

// Handlers of a class a DI container builds; the routes file says which requests reach them.
export class JobController {
  // Its only route validates `id` as a UUID first.
  rerun = async (req: Request, res: Response) => {
    // ok: js/command-injection
    exec(`jobs rerun ${req.params.id}`);
    res.status(202).end();
  };

  // Its route takes any `id`.
  cancel = async (req: Request, res: Response) => {
    // ruleid: js/command-injection
    exec(`jobs cancel ${req.params.id}`);
    res.status(202).end();
  };
}
