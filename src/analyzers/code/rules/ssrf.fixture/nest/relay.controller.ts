import { Controller, Get, Query } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

// NestJS's HttpService is known by its declared type, whatever the injected field is called; its
// `axiosRef` is the axios instance underneath.
@Controller('relay')
export class RelayController {
  constructor(private readonly client: HttpService) {}

  @Get('raw')
  async raw(@Query('target') target: string) {
    // ruleid: js/ssrf
    const reply = await this.client.axiosRef.get(target, { responseType: 'json' });
    return reply.data;
  }

  @Get('observable')
  async observable(@Query('target') target: string) {
    // ruleid: js/ssrf
    const reply = await firstValueFrom(this.client.get(target));
    return reply.data;
  }

  @Get('item')
  async item(@Query('id') id: string) {
    // ok: js/ssrf
    const reply = await this.client.axiosRef.get(`https://api.example.com/items/${encodeURIComponent(id)}`);
    return reply.data;
  }
}
