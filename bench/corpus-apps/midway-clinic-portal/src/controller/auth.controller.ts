import { Controller, Post, Get, Body, Query, Inject } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { AuthService } from '../service/auth.service';
import { LoginThrottleMiddleware } from '../middleware/throttle.middleware';
import { RegisterDTO, ResetDTO, StaffLoginDTO } from '../dto/auth.dto';

@Controller('/api/auth')
export class AuthController {
  @Inject()
  ctx: Context;

  @Inject()
  authService: AuthService;

  /** Mobile app and SPA login for patients. */
  // vuln: CWE-307
  @Post('/login')
  async login(@Body('email') email: string, @Body('password') password: string) {
    return this.authService.patientLogin(email, password, this.ctx.ip);
  }

  // safe: CWE-307
  @Post('/staff/login', { middleware: [LoginThrottleMiddleware] })
  @Validate()
  async staffLogin(@Body() body: StaffLoginDTO) {
    return this.authService.staffLogin(body.username, body.password);
  }

  @Post('/register')
  @Validate()
  async register(@Body() body: RegisterDTO) {
    return this.authService.register(body);
  }

  @Post('/forgot', { middleware: [LoginThrottleMiddleware] })
  async forgot(@Body('email') email: string) {
    await this.authService.sendResetCode(String(email ?? ''));
    return { ok: true };
  }

  @Post('/reset', { middleware: [LoginThrottleMiddleware] })
  @Validate()
  async reset(@Body() body: ResetDTO) {
    await this.authService.resetPassword(body.email, body.code, body.password);
    return { ok: true };
  }

  @Post('/refresh')
  async refresh(@Body('refreshToken') refreshToken: string) {
    return this.authService.refresh(refreshToken);
  }

  /** Used by the marketing site and the app's web views: drop the session and go back. */
  @Get('/logout')
  async logout(@Query('returnUrl') returnUrl: string) {
    this.ctx.session = null;
    // vuln: CWE-601
    this.ctx.redirect(returnUrl || '/portal/login');
  }
}
