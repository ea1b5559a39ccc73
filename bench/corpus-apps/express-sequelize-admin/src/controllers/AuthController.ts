import type { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { config } from '../config';
import { logger } from '../logger';
import type { UserRepository } from '../repositories/UserRepository';
import { createInvite, verifyPassword, changePassword } from '../services/credentials';

export class AuthController {
  constructor(private readonly users: UserRepository) {
    this.showLogin = this.showLogin.bind(this);
    this.login = this.login.bind(this);
    this.logout = this.logout.bind(this);
    this.issueToken = this.issueToken.bind(this);
    this.invite = this.invite.bind(this);
    this.updatePassword = this.updatePassword.bind(this);
  }

  showLogin(req: Request, res: Response) {
    res.render('login', { next: typeof req.query.next === 'string' ? req.query.next : '' });
  }

  async login(req: Request, res: Response) {
    // vuln: CWE-532
    logger.info('login attempt', { body: req.body, ip: req.ip });
    const { email, password } = req.body as { email?: string; password?: string };
    const user = email ? await this.users.findByEmail(email) : null;

    if (!user || !password || !(await verifyPassword(password, user.passwordHash))) {
      // vuln: CWE-117
      logger.warn(`failed console login for ${email} from ${req.ip}`);
      return res.status(401).render('login', { error: 'Invalid e-mail or password', next: req.body.next ?? '' });
    }

    req.session.regenerate((err) => {
      if (err) return res.status(500).render('error', { message: 'Could not start a session' });
      req.session.user = { id: user.id, email: user.email, role: user.role };
      // safe: CWE-117
      logger.info('console login', { userId: user.id });
      const next = req.query.next ?? req.body.next;
      // vuln: CWE-601
      res.redirect(typeof next === 'string' && next ? next : '/customers');
    });
  }

  logout(req: Request, res: Response) {
    req.session.destroy(() => {
      res.clearCookie('ops.sid');
      // safe: CWE-601
      res.redirect('/login');
    });
  }

  /** Personal bearer token for the on-call dashboard and CLI. */
  issueToken(req: Request, res: Response) {
    const user = req.session.user!;
    const token = jwt.sign({ email: user.email, role: user.role }, config.jwtSecret, {
      subject: String(user.id),
      algorithm: 'HS256',
      expiresIn: '12h',
    });
    res.json({ token });
  }

  async invite(req: Request, res: Response) {
    const { email, role } = req.body as { email: string; role: 'admin' | 'support' };
    const token = await createInvite(email, role === 'admin' ? 'admin' : 'support');
    res.json({ link: `${req.protocol}://${req.get('host')}/invite/${token}` });
  }

  async updatePassword(req: Request, res: Response) {
    const user = req.session.user!;
    const { current, password } = req.body as { current: string; password: string };
    const record = await this.users.findById(user.id);
    if (!record || !(await verifyPassword(current, record.passwordHash))) {
      return res.status(400).render('error', { message: 'Current password is wrong' });
    }
    await changePassword(user.id, password);
    res.redirect('/account?changed=1');
  }
}
