// NestJS on Fastify: reply.send() of a string is text/plain, so a returned string is not a page.
import { Controller, Get, Query } from '@nestjs/common';

@Controller('greeting')
export class GreetingController {
  @Get()
  hello(@Query('name') name: string): string {
    // ok: js/xss
    return `Hello ${name}`;
  }
}
