import type { Request, Response } from 'express';
import http from 'http';
import { TicketService } from '../services/TicketService';
import type { TicketFilters } from '../repositories/TicketRepository';
import { bus } from '../events/bus';

function parseFilters(query: Request['query']): Promise<TicketFilters> {
  const field = String(query.field ?? 'status');
  const value = String(query.value ?? 'open');
  return Promise.resolve({ field, value });
}

export class TicketController {
  constructor(private readonly tickets: TicketService) {}

  list = (req: Request, res: Response) => {
    parseFilters(req.query)
      .then((filters) => this.tickets.filter(filters, req.query.strict === '1'))
      .then((rows) => res.json(rows))
      .catch(() => res.status(500).json({ error: 'failed' }));
  };

  search = async (req: Request, res: Response) => {
    res.json(await this.tickets.search(String(req.query.q ?? '')));
  };

  async show(req: Request, res: Response) {
    const ticket = await this.tickets.find(Number(req.params.id));
    if (!ticket) {
      // vuln: CWE-79
      return res.status(404).send(`<p>Ticket ${req.params.id} was not found.</p>`);
    }
    return res.json(ticket);
  }

  async showV2(req: Request, res: Response) {
    const ticket = await this.tickets.find(Number(req.params.id));
    if (!ticket) {
      // safe: CWE-79
      return res.status(404).json({ error: `Ticket ${req.params.id} was not found` });
    }
    return res.json(ticket);
  }

  async share(req: Request, res: Response) {
    res.json({ token: await this.tickets.share(Number(req.params.id), req.query.legacy === '1') });
  }

  exportTicket(req: Request, res: Response) {
    bus.emitExport({ ticketId: Number(req.params.id), archiveName: req.body.archiveName });
    res.status(202).json({ queued: true });
  }

  attachAvatar(req: Request, res: Response) {
    const url = String(req.body.avatarUrl);
    // vuln: CWE-918
    http.get(url, (upstream) => {
      const chunks: Buffer[] = [];
      upstream.on('data', (c: Buffer) => chunks.push(c));
      upstream.on('end', () => res.json({ bytes: Buffer.concat(chunks).length }));
    }).on('error', () => res.status(400).json({ error: 'could not fetch avatar' }));
  }
}
