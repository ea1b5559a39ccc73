import type { Request, Response } from 'express';
import { injectable } from 'tsyringe';
import { env } from '../config/env';
import { logger } from '../config/logger';
import { AuthService } from '../services/AuthService';
import type { LoginBody, RegisterBody } from '../validation/schemas';

@injectable()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  login = async (_req: Request, res: Response) => {
    const { email, password } = res.locals.body as LoginBody;
    // safe: CWE-117
    logger.info(`login attempt for ${email}`);
    res.json(await this.auth.login(email, password));
  };

  register = async (_req: Request, res: Response) => {
    const input = res.locals.body as RegisterBody;
    // vuln: CWE-532
    logger.debug('register request', input);
    const created = await this.auth.register(input);
    res.status(201).json({ id: created.id, email: created.email });
  };

  requestReset = async (_req: Request, res: Response) => {
    const { email } = res.locals.body as { email: string };
    const reset = await this.auth.requestPasswordReset(email);
    if (reset) logger.info('password reset requested', { userId: reset.userId });
    res.status(202).json({ ok: true });
  };

  setApprovalPin = async (req: Request, res: Response) => {
    const { pin } = res.locals.body as { pin: string };
    await this.auth.setApprovalPin(req.user!.sub, pin);
    res.status(204).end();
  };

  /** Link target of the verification e-mail: /api/auth/verify-email?token=…&next=/invoices */
  verifyEmail = async (req: Request, res: Response) => {
    await this.auth.verifyEmail(String(req.query.token ?? ''));
    const next = typeof req.query.next === 'string' ? req.query.next : '/';
    // vuln: CWE-601
    res.redirect(next);
  };

  /** Used by the SPA after a password change: /api/auth/continue?next=/settings */
  continueTo = (req: Request, res: Response) => {
    let target: URL;
    try {
      target = new URL(String(req.query.next ?? '/'), env.appOrigin);
    } catch {
      return res.redirect(env.appOrigin);
    }
    if (target.origin !== env.appOrigin) return res.redirect(env.appOrigin);
    // safe: CWE-601
    return res.redirect(target.toString());
  };
}
