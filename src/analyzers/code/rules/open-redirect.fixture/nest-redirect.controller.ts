// NestJS `@Redirect()`: the `url` of the object a route returns is where the client is sent.
import { Controller, Get, Query, Redirect } from '@nestjs/common';

const PAGES = ['/home', '/account', '/billing'];

@Controller('go')
export class GoController {
  @Get()
  @Redirect('/', 302)
  go(@Query('to') to: string) {
    // ruleid: js/open-redirect
    return { url: to };
  }

  @Get('next')
  @Redirect('/home')
  async next(@Query('next') next: string) {
    // ruleid: js/open-redirect
    return { url: `${next}?welcome=1`, statusCode: 303 };
  }

  @Get('local')
  @Redirect('/', 302)
  local(@Query('to') to: string) {
    // One leading slash and not two: Express (Nest's default platform) percent-encodes a backslash.
    // ok: js/open-redirect
    return { url: to.startsWith('/') && !to.startsWith('//') ? to : '/' };
  }

  @Get('page')
  @Redirect('/home')
  page(@Query('to') to: string) {
    // ok: js/open-redirect
    return { url: PAGES.includes(to) ? to : '/home' };
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 301)
  docs(@Query('section') section: string) {
    // A fixed origin: only the path comes from the query.
    // ok: js/open-redirect
    return { url: `https://docs.example.com/${encodeURIComponent(section)}` };
  }

  @Get('plain')
  plain(@Query('to') to: string) {
    // Not a redirect route: an object goes out as JSON.
    // ok: js/open-redirect
    return { url: to };
  }
}
