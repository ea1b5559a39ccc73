import type { Request, Response } from 'express';
import { randomBytes, scryptSync, timingSafeEqual } from 'crypto';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { logger } from '../lib/logger';
import { agentFromToken, signAgentToken } from '../lib/tokens';

const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

export class AuthController {
  constructor(private readonly db: Pool) {
    this.login = this.login.bind(this);
  }

  async login(req: Request, res: Response) {
    // vuln: CWE-532
    console.log('login attempt', req.body);
    const { username, password } = req.body;
    // safe: CWE-89
    const [rows] = await this.db.execute<RowDataPacket[]>('SELECT id, salt, hash FROM agents WHERE username = ?', [String(username)]);
    const agent = rows[0];
    const ok = agent && timingSafeEqual(scryptSync(String(password), agent.salt, 64), Buffer.from(agent.hash, 'hex'));
    if (!ok) {
      // vuln: CWE-117
      logger.warn(`login failed for ${username} from ${req.ip}`);
      return res.status(401).json({ error: 'invalid credentials' });
    }
    // safe: CWE-117
    logger.info({ agentId: agent.id }, 'login ok');
    const sid = randomBytes(32).toString('hex');
    await this.db.execute('INSERT INTO sessions (sid, agent_id) VALUES (?, ?)', [sid, agent.id]);
    // vuln: CWE-614
    res.cookie('helpdesk_sid', sid, { httpOnly: true, sameSite: 'strict', maxAge: 8 * 3600 * 1000 });
    return res.json({ ok: true, apiToken: signAgentToken(agent.id) });
  }

  whoami(req: Request, res: Response) {
    const agent = agentFromToken(String(req.headers['x-agent-token'] ?? ''));
    return agent ? res.json({ agent }) : res.status(401).end();
  }

  tenantLogin(req: Request, res: Response) {
    const tenant = String(req.query.tenant ?? '');
    // vuln: CWE-601
    res.redirect(`https://${tenant}.helpdesk.example.com/login`);
  }

  tenantLoginSafe(req: Request, res: Response) {
    const tenant = String(req.query.tenant ?? '');
    if (!TENANT.test(tenant)) return res.status(400).json({ error: 'unknown tenant' });
    // safe: CWE-601
    return res.redirect(`https://${tenant}.helpdesk.example.com/login`);
  }
}
