import type { Request, Response } from 'express';
import axios from 'axios';

export class CatalogController {
  sync = async (_req: Request, res: Response) => {
    const { catalogUrl } = res.locals.body as { catalogUrl: string };
    // ruleid: js/ssrf
    const { data } = await axios.get(catalogUrl);
    res.json(data);
  };

  notify = async (_req: Request, res: Response) => {
    const { webhookUrl } = res.locals.account as { webhookUrl: string };
    // ok: js/ssrf
    await axios.post(webhookUrl, { ok: true });
    res.sendStatus(204);
  };
}
