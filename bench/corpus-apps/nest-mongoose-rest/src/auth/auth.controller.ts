import { Body, Controller, HttpCode, Post, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AuthService, ResetRequest } from './auth.service';
import { AcceptInviteDto, LoginDto } from './auth.dto';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.login(dto.email, dto.password);
    res.cookie('fd_refresh', refreshToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'none',
      path: '/api/auth',
      maxAge: 7 * 24 * 3600 * 1000,
    });
    return { accessToken };
  }

  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request) {
    const token = req.cookies?.fd_refresh;
    if (!token) throw new UnauthorizedException();
    const { accessToken } = await this.auth.refresh(token);
    return { accessToken };
  }

  @Post('forgot')
  @HttpCode(202)
  @UseGuards(ThrottlerGuard)
  async forgot(@Body('email') email: string) {
    await this.auth.requestReset(email);
  }

  @Post('reset')
  @HttpCode(204)
  async reset(@Body() body: ResetRequest) {
    await this.auth.resetPassword(body);
  }

  @Post('invite/accept')
  @HttpCode(204)
  async acceptInvite(@Body() dto: AcceptInviteDto) {
    await this.auth.acceptInvite(dto.code, dto.password);
  }
}
