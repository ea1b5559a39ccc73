// NestJS: `@Render('…')` renders the returned object into the view.
import { Controller, Get, Query, Render } from '@nestjs/common';

@Controller()
export class WelcomePage {
  @Get('/welcome')
  @Render('nest/welcome')
  welcome(@Query('name') name: string) {
    return { name, title: 'Welcome' };
  }
}
