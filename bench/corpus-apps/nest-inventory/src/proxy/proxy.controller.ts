import { BadRequestException, Controller, Get, Query, UseGuards } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';

const SUPPLIER_HOSTS = new Set(['api.supplier-one.com', 'feeds.supplier-two.net']);

@Controller('proxy')
@UseGuards(JwtAuthGuard)
export class ProxyController {
  constructor(private readonly http: HttpService) {}

  // Fetches a supplier's price feed so the browser avoids CORS.
  @Get('feed')
  async feed(@Query('url') url: string) {
    // vuln: CWE-918
    const response = await this.http.axiosRef.get(url, { responseType: 'json' });
    return response.data;
  }

  @Get('supplier')
  async supplier(@Query('url') url: string) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new BadRequestException('bad url');
    }
    if (parsed.protocol !== 'https:' || !SUPPLIER_HOSTS.has(parsed.hostname)) throw new BadRequestException('unknown supplier');
    // safe: CWE-918
    const response = await firstValueFrom(this.http.get(parsed.toString()));
    return response.data;
  }

  @Get('image')
  async image(@Query('host') host: string, @Query('path') path: string) {
    // vuln: CWE-918
    const response = await firstValueFrom(this.http.get(`https://${host}/${path}`, { responseType: 'arraybuffer' }));
    return Buffer.from(response.data).toString('base64');
  }
}
