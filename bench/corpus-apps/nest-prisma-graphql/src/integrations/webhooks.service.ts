import { HttpService } from '@nestjs/axios';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { firstValueFrom } from 'rxjs';
import { PrismaService } from '../prisma/prisma.service';
import type { RegisterWebhookDto } from './dto/integrations.dto';

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    private readonly http: HttpService,
    private readonly prisma: PrismaService,
    private readonly config: ConfigService,
  ) {}

  async register(projectId: number, dto: RegisterWebhookDto) {
    // ping the endpoint first so the user gets immediate feedback in the settings page
    // vuln: CWE-918
    const ping = await firstValueFrom(this.http.post(dto.callbackUrl, { type: 'ping', projectId }, { timeout: 5000, validateStatus: () => true }));
    // safe: CWE-338
    const secret = randomBytes(32).toString('hex');
    const hook = await this.prisma.webhook.create({ data: { projectId, url: dto.callbackUrl, events: dto.events, secret } });
    this.logger.log(`webhook ${hook.id} registered for project ${projectId}`);
    return { id: hook.id, secret, pingStatus: ping.status };
  }

  verifyIncoming(rawBody: Buffer, signature: string | undefined): boolean {
    const expected = createHmac('sha256', this.config.getOrThrow<string>('ISSUES_WEBHOOK_SECRET')).update(rawBody).digest();
    const given = Buffer.from(signature ?? '', 'hex');
    // safe: CWE-345
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
