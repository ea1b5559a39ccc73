import { Injectable, NotFoundException } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const REGISTERED_TARGETS: Record<string, string> = {
  accounting: 'https://hooks.accounting.example.com/billing',
  crm: 'https://crm.example.com/api/hooks/invoices',
};

@Injectable()
export class WebhooksService {
  constructor(private readonly http: HttpService) {}

  async test(target: string) {
    // vuln: CWE-918
    const response = await firstValueFrom(this.http.post(target, { event: 'ping', sentAt: new Date().toISOString() }));
    return { status: response.status };
  }

  async deliver(name: string, payload: object) {
    if (!Object.prototype.hasOwnProperty.call(REGISTERED_TARGETS, name)) throw new NotFoundException();
    // safe: CWE-918
    const response = await firstValueFrom(this.http.post(REGISTERED_TARGETS[name], payload));
    return { status: response.status };
  }
}
