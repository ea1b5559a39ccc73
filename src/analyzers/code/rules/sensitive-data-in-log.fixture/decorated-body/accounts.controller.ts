// A body injected whole by a controller decorator is the login form, password and all.
import { Body, JsonController, Post } from 'routing-controllers';
import { Logger } from '@nestjs/common';

interface SignupForm { email: string; password: string; displayName: string }

const log = new Logger('accounts');

@JsonController('/accounts')
export class AccountsController {
  @Post('/signup')
  signup(@Body() form: SignupForm) {
    // ruleid: js/sensitive-data-in-log
    log.log(`signup ${JSON.stringify(form)}`);
    return { ok: true };
  }

  @Post('/signup2')
  signupQuiet(@Body() form: SignupForm) {
    // ok: js/sensitive-data-in-log
    log.log(`signup ${form.email} as ${form.displayName}`);
    return { ok: true };
  }
}
