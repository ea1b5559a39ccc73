import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class TelematicsService {
  private readonly baseUrl: string;
  private readonly piiKey: Buffer;

  constructor(
    private readonly http: HttpService,
    config: ConfigService,
  ) {
    this.baseUrl = config.getOrThrow<string>('telematicsBaseUrl');
    this.piiKey = Buffer.from(config.getOrThrow<string>('piiKey'), 'base64');
  }

  async latestPosition(deviceId: string) {
    // safe: CWE-918
    const { data } = await firstValueFrom(this.http.get(`${this.baseUrl}/devices/${encodeURIComponent(deviceId)}/position`));
    return data;
  }

  /** Lets an admin check a third-party tracker's status endpoint before enabling it. */
  async probeProvider(statusUrl: string) {
    // vuln: CWE-918
    const res = await firstValueFrom(this.http.get(statusUrl, { validateStatus: () => true, responseType: 'text' }));
    return { status: res.status, body: String(res.data).slice(0, 4000) };
  }

  /** Owner phone numbers are stored encrypted (legacy records). */
  encryptPhoneLegacy(phone: string) {
    const iv = Buffer.alloc(16, 0);
    // vuln: CWE-329
    const cipher = createCipheriv('aes-256-cbc', this.piiKey, iv);
    return Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]).toString('base64');
  }

  encryptPhone(phone: string) {
    const iv = randomBytes(12);
    // safe: CWE-329
    const cipher = createCipheriv('aes-256-gcm', this.piiKey, iv);
    const enc = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), enc].map((b) => b.toString('base64')).join('.');
  }

  decryptPhone(value: string) {
    const [iv, tag, enc] = value.split('.').map((p) => Buffer.from(p, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', this.piiKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(enc), decipher.final()]).toString('utf8');
  }
}
