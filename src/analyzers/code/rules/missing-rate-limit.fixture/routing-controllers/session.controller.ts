// routing-controllers: routes declared by decorators; a limiter attached with @UseBefore.
import { Body, JsonController, Post, UseBefore } from 'routing-controllers';
import rateLimit from 'express-rate-limit';

const otpLimiter = rateLimit({ windowMs: 10 * 60 * 1000, limit: 5 });

@JsonController('/session')
export class SessionController {
  // ruleid: js/missing-rate-limit
  @Post('/signin')
  signIn(@Body() body: { user: string; password: string }) {
    return { user: body.user };
  }

  @UseBefore(otpLimiter)
  // ok: js/missing-rate-limit
  @Post('/otp/verify')
  verifyOtp(@Body() body: { code: string }) {
    return { ok: body.code.length === 6 };
  }
}
