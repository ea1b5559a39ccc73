// An application's controller class: a private handler registered on the router still gets requests.
import { Router, type Request, type Response } from 'express';
import { exec } from 'child_process';

export class HostsController {
  readonly router = Router();

  constructor() {
    this.router.get('/hosts/ping', this.ping);
    this.router.get('/hosts/uptime', this._uptime);
  }

  private ping = (req: Request, res: Response) => {
    // ruleid: js/command-injection
    exec(`ping -c 1 ${req.query.host}`, (err, out) => res.send(out));
  };

  private readonly _uptime = (req: Request, res: Response) => {
    // ruleid: js/command-injection
    exec(`ssh ${req.query.host} uptime`, (err, out) => res.send(out));
  };
}
