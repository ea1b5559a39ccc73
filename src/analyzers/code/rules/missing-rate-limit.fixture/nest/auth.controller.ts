import { Body, Controller, Get, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuthService } from './auth.service';
import { LoginDto, RegisterDto } from './dto';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  // ruleid: js/missing-rate-limit
  @Post('login')
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.email, dto.password);
  }

  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  // ok: js/missing-rate-limit
  @Post('register')
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  // ok: js/missing-rate-limit
  @Post('logout')
  logout() {
    return { ok: true };
  }

  // ok: js/missing-rate-limit
  @Get('login')
  loginPage() {
    return { form: 'login' };
  }
}

@UseGuards(ThrottlerGuard)
@Controller('otp')
export class OtpController {
  constructor(private readonly auth: AuthService) {}

  // ok: js/missing-rate-limit
  @Post('verify')
  verify(@Body('code') code: string) {
    return this.auth.verifyOtp(code);
  }

  @SkipThrottle()
  // ruleid: js/missing-rate-limit
  @Post('check')
  check(@Body('code') code: string) {
    return this.auth.verifyOtp(code);
  }

  // Sending a new code is not a guessing target.
  // ok: js/missing-rate-limit
  @Post('resend')
  resend(@Body('email') email: string) {
    return this.auth.resendOtp(email);
  }
}
