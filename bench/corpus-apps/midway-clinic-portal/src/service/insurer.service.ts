import { Provide, Inject, Config, httpError } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';
import { Agent } from 'https';
import { InsurerConfig } from '../interface';

@Provide()
export class InsurerService {
  @Inject()
  httpService: HttpService;

  @Config('insurer')
  insurerConfig: InsurerConfig;

  // the gateway's staging certificate is issued by the insurer's private CA
  private readonly agent = new Agent({
    keepAlive: true,
    // vuln: CWE-295
    rejectUnauthorized: false,
  });

  async checkEligibility(memberId: string, groupNo: string, birthDate: string) {
    // vuln: CWE-1333
    if (!/^([A-Z0-9]+-?)+$/.test(memberId)) {
      throw new httpError.BadRequestError('member id format');
    }
    if (!/^[A-Z]{2}\d{6,9}$/.test(groupNo)) {
      throw new httpError.BadRequestError('group number format');
    }
    const res = await this.httpService.post(
      `${this.insurerConfig.baseUrl}/members/${encodeURIComponent(memberId)}/check`,
      { groupNo, birthDate },
      {
        httpsAgent: this.agent,
        auth: { username: this.insurerConfig.clientId, password: this.insurerConfig.clientSecret },
      },
    );
    return { eligible: Boolean(res.data?.eligible), plan: res.data?.plan ?? null };
  }
}
