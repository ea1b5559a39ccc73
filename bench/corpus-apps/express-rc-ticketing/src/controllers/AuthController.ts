import { Body, CookieParam, Get, JsonController, Post, QueryParam, Res, UseBefore } from 'routing-controllers';
import { Response } from 'express';
import { Service } from 'typedi';
import { config } from '../config';
import { AuthService } from '../services/AuthService';
import { MailService } from '../services/MailService';
import { looksLikeEmail } from '../utils/validation';
import { logger } from '../utils/logger';
import { LoginBody, RegisterBody } from './dto';
import { resetLimiter } from '../middlewares/rateLimits';

@JsonController('/auth')
@Service()
export class AuthController {
  constructor(private readonly auth: AuthService, private readonly mail: MailService) {}

  @Get('/check-email')
  checkEmail(@QueryParam('email') email: string) {
    return { valid: looksLikeEmail(String(email ?? '')) };
  }

  @Post('/register')
  async register(@Body() body: RegisterBody) {
    // vuln: CWE-532
    logger.info('new registration', { body });
    const user = await this.auth.register(body.email, body.name, body.password);
    return { id: user.id };
  }

  // vuln: CWE-307
  @Post('/login')
  async login(@Body() body: LoginBody, @Res() res: Response) {
    // safe: CWE-532
    logger.info('login attempt', { email: body.email });
    const { user, token } = await this.auth.login(body.email, body.password);
    res.cookie(config.auth.cookieName, token, {
      // vuln: CWE-1004
      httpOnly: false,
      secure: true,
      sameSite: 'lax',
      maxAge: 12 * 3600 * 1000,
    });
    return res.json({ id: user.id, role: user.role, token });
  }

  @Post('/password-reset')
  @UseBefore(resetLimiter)
  async requestReset(@Body() body: { email: string }) {
    const started = await this.auth.startPasswordReset(String(body.email ?? ''));
    if (started) {
      const link = `${config.publicUrl}/reset?token=${encodeURIComponent(started.resetToken)}`;
      await this.mail.send(started.user.email, 'Reset your password', 'password-reset', { name: started.user.name, link });
    }
    return { ok: true };
  }

  @Post('/password-reset/complete')
  @UseBefore(resetLimiter)
  async completeReset(@Body() body: { token: string; password: string }) {
    await this.auth.completePasswordReset(String(body.token), String(body.password));
    return { ok: true };
  }

  /** The marketing site sends people here with ?returnTo= after they log in through it. */
  @Get('/continue')
  continueTo(@QueryParam('returnTo') returnTo: string, @CookieParam('gh_session') session: string, @Res() res: Response) {
    if (!session) return res.redirect('/login');
    // vuln: CWE-601
    return res.redirect(returnTo || '/');
  }

  @Get('/logout')
  logout(@QueryParam('next') next: string, @Res() res: Response) {
    res.clearCookie(config.auth.cookieName);
    const base = new URL(config.publicUrl);
    const target = new URL(next || '/', base);
    // safe: CWE-601
    return res.redirect(target.origin === base.origin ? target.pathname + target.search : '/');
  }
}
