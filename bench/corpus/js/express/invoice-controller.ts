// Class-based controller wired in routes.ts: router.get('/invoices/:id/pdf', ctrl.pdf)
import type { Request, Response } from 'express';
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'mysql2/promise';

export class InvoiceController {
  private readonly pdfDir = path.resolve('storage/pdf');

  constructor(private readonly db: Pool) {}

  list = async (req: Request, res: Response): Promise<void> => {
    const { customer, from, to } = req.query as Record<string, string>;
    const filters = [`customer_id = ${customer}`];
    if (from) filters.push(`issued_at >= '${from}'`);
    if (to) filters.push(`issued_at <= '${to}'`);
    try {
      // ruleid: js/sql-injection
      const [rows] = await this.db.query(`SELECT * FROM invoices WHERE ${filters.join(' AND ')}`);
      res.json(rows);
    } catch (err) {
      // ruleid: js/stack-trace-exposure
      res.status(500).json({ error: (err as Error).message });
    }
  };

  listSafe = async (req: Request, res: Response): Promise<void> => {
    const { customer, from = '1970-01-01', to = '2999-12-31' } = req.query as Record<string, string>;
    // ok: js/sql-injection
    const [rows] = await this.db.execute('SELECT * FROM invoices WHERE customer_id = ? AND issued_at BETWEEN ? AND ?', [customer, from, to]);
    res.json(rows);
  };

  pdf = (req: Request, res: Response): void => {
    const { id } = req.params;
    const { template = 'default' } = req.query as { template?: string };
    // ruleid: js/command-injection
    const proc = spawn(`wkhtmltopdf templates/${template}.html ${this.pdfDir}/${id}.pdf`, { shell: true });
    proc.on('exit', () => {
      // ok: js/path-traversal
      createReadStream(path.join(this.pdfDir, `${Number(id)}.pdf`)).pipe(res);
    });
  };

  attachment = (req: Request, res: Response): void => {
    const { name } = req.params;
    // ruleid: js/path-traversal
    createReadStream(path.resolve(this.pdfDir, name)).on('error', () => res.sendStatus(404)).pipe(res);
  };
}
