// NestJS on Express answers a returned string with res.send(), which labels it text/html.
import { Body, Controller, Delete, Get, Header, Param, ParseIntPipe, Post, Put, Query, Redirect, Res, UseInterceptors } from '@nestjs/common';
import { EnvelopeInterceptor } from './envelope.interceptor';
import type { Response } from 'express';

@Controller('greeting')
export class GreetingController {
  @Get()
  hello(@Query('name') name: string): string {
    // ruleid: js/xss
    return `<h1>Hello ${name}</h1>`;
  }

  @Get('async')
  async later(@Query('name') name: string): Promise<string> {
    const text = `Welcome back, ${name}`;
    // ruleid: js/xss
    return text;
  }

  @Get('passthrough')
  passthrough(@Query('name') name: string, @Res({ passthrough: true }) res: Response): string {
    res.setHeader('Cache-Control', 'no-store');
    // ruleid: js/xss
    return `Hi ${name}`;
  }

  @Get('plain')
  @Header('Content-Type', 'text/plain')
  plain(@Query('name') name: string): string {
    // Declared plain text: the browser does not parse it as a page.
    // ok: js/xss
    return `Hello ${name}`;
  }

  @Get('item/:id')
  item(@Param('id', ParseIntPipe) id: number): string {
    // ok: js/xss
    return `Item ${id}`;
  }

  @Get('json')
  json(@Query('name') name: string) {
    // An object goes out as JSON.
    // ok: js/xss
    return { greeting: `Hello ${name}` };
  }

  @Get('own')
  own(@Query('name') name: string, @Res() res: Response) {
    res.json({ greeting: name });
    // The method answered itself: Nest ignores what it returns.
    // ok: js/xss
    return `Hello ${name}`;
  }

  @Get('go')
  @Redirect('/home')
  go(@Query('to') to: string) {
    // ok: js/xss
    return { url: `/home?from=${encodeURIComponent(to)}` };
  }

  @Post('preview')
  preview(@Body('title') title: string): string {
    // A cross-site form can post here and have the answer rendered.
    // ruleid: js/xss
    return `<article><h2>${title}</h2></article>`;
  }

  @Put(':id')
  rename(@Param('id') id: string, @Body('title') title: string): string {
    // Only a script's fetch can send a PUT: the answer is read as data, never rendered.
    // ok: js/xss
    return `Renamed ${id} to ${title}`;
  }

  @Delete(':id')
  remove(@Param('id') id: string): string {
    // ok: js/xss
    return `Removed ${id}`;
  }

  @Get('wrapped')
  @UseInterceptors(EnvelopeInterceptor)
  wrapped(@Query('name') name: string): string {
    // The interceptor maps the answer into `{ data }`, sent as JSON.
    // ok: js/xss
    return `Hello ${name}`;
  }

  describe(name: string): string {
    // Not a route: the caller decides what to do with the text.
    // ok: js/xss
    return `Hello ${name}`;
  }
}
