import type { Request, Response } from 'express';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { z } from 'zod';
import { loadMessages, loadMessagesSafe } from '../lib/locales';

const SearchQuery = z.object({
  q: z.string().min(1).max(100),
  page: z.coerce.number().int().min(1).default(1),
});

const REPORT_COLUMNS = new Set(['status', 'priority', 'assignee', 'channel']);

export class ReportController {
  constructor(private readonly db: Pool) {}

  // Validated with zod, but a validated string is still a string.
  search = async (req: Request, res: Response) => {
    const { q, page } = SearchQuery.parse(req.query);
    // vuln: CWE-89
    const [rows] = await this.db.query<RowDataPacket[]>(`SELECT id, subject FROM tickets WHERE subject LIKE '%${q}%' LIMIT 20 OFFSET ${(page - 1) * 20}`);
    res.json(rows);
  };

  searchSafe = async (req: Request, res: Response) => {
    const { q, page } = SearchQuery.parse(req.query);
    // safe: CWE-89
    const [rows] = await this.db.query<RowDataPacket[]>(`SELECT id, subject FROM tickets WHERE subject LIKE ? LIMIT 20 OFFSET ${(page - 1) * 20}`, [`%${q}%`]);
    res.json(rows);
  };

  // GET /reports/count?status=open&priority=high
  count = async (req: Request, res: Response) => {
    const filters = { ...req.query } as Record<string, string>;
    const where = Object.entries(filters)
      .map(([column, value]) => `${column} = '${value}'`)
      .join(' AND ');
    // vuln: CWE-89
    const [rows] = await this.db.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM tickets${where ? ` WHERE ${where}` : ''}`);
    res.json(rows[0]);
  };

  countSafe = async (req: Request, res: Response) => {
    const entries = Object.entries(req.query).filter(([column]) => REPORT_COLUMNS.has(column));
    const where = entries.map(([column]) => `${column} = ?`).join(' AND ');
    // safe: CWE-89
    const [rows] = await this.db.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM tickets${where ? ` WHERE ${where}` : ''}`, entries.map(([, v]) => String(v)));
    res.json(rows[0]);
  };

  tenantSummary = async (req: Request, res: Response) => {
    const conn = await this.db.getConnection();
    try {
      // vuln: CWE-89
      await conn.query(`USE helpdesk_${req.tenant}`);
      const [rows] = await conn.query<RowDataPacket[]>('SELECT status, COUNT(*) AS n FROM tickets GROUP BY status');
      res.json(rows);
    } finally {
      conn.release();
    }
  };

  messages = (req: Request, res: Response) => {
    res.json(req.query.strict === '1' ? loadMessagesSafe(req.locale ?? 'en') : loadMessages(req.locale ?? 'en'));
  };
}
