// NestJS: `@Header('Content-Type', 'text/html')` makes the returned string the page.
import { Controller, Get, Header, Query } from '@nestjs/common';

@Controller('status')
export class StatusController {
  @Get('banner')
  @Header('Content-Type', 'text/html')
  banner(@Query('msg') msg: string) {
    // ruleid: js/xss
    return `<div class="banner">${msg}</div>`;
  }

  @Get('banner.json')
  @Header('Cache-Control', 'no-store')
  bannerJson(@Query('msg') msg: string) {
    // An object is sent as JSON.
    // ok: js/xss
    return { banner: `<div class="banner">${msg}</div>` };
  }
}
