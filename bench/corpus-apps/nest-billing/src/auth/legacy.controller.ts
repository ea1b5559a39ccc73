import { Controller, Get, Headers } from '@nestjs/common';
import { readLegacyToken, readPortalToken } from './legacy-token';

@Controller('legacy')
export class LegacyController {
  @Get('plan')
  plan(@Headers('x-legacy-token') token: string) {
    const claims = readLegacyToken(token);
    return { account: claims.account, plan: claims.plan };
  }

  @Get('portal-plan')
  portalPlan(@Headers('x-portal-token') token: string) {
    return readPortalToken(token);
  }
}
