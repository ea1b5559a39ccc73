import { Provide, Inject, Config, Logger, ILogger, httpError } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';
import { Agent } from 'https';
import { readFileSync } from 'fs';
import { writeFile, mkdir } from 'fs/promises';
import { join } from 'path';
import { createHmac, timingSafeEqual } from 'crypto';
import { LabResultDao } from '../dao/lab-result.dao';
import { LabConfig } from '../interface';

@Provide()
export class LabService {
  @Inject()
  httpService: HttpService;

  @Inject()
  labResultDao: LabResultDao;

  @Config('lab')
  labConfig: LabConfig;

  @Config('storage.documents')
  documentsRoot: string;

  @Logger()
  logger: ILogger;

  private agent: Agent;

  private labAgent(): Agent {
    if (!this.agent) {
      this.agent = new Agent({ ca: readFileSync(this.labConfig.caFile), keepAlive: true });
    }
    return this.agent;
  }

  /** Results for a lab order number, from the lab's own API. */
  async orderStatus(orderNo: string) {
    const res = await this.httpService.get(
      `${this.labConfig.baseUrl}/orders/${encodeURIComponent(orderNo)}/status`,
      { headers: { 'X-Api-Key': this.labConfig.apiKey }, httpsAgent: this.labAgent() },
    );
    return res.data;
  }

  /**
   * Staff paste the "report link" from the lab's notification e-mail; the PDF is stored with the result.
   */
  async attachReportFromLink(resultId: number, patientId: number, reportUrl: string) {
    // vuln: CWE-918
    const res = await this.httpService.get(reportUrl, { responseType: 'arraybuffer', timeout: 15000 });
    const dir = join(this.documentsRoot, String(patientId), 'lab');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `result-${resultId}.pdf`);
    await writeFile(file, Buffer.from(res.data));
    await this.labResultDao.setAttachment(resultId, file);
    return { stored: true, bytes: res.data.byteLength };
  }

  /** Partner labs send a download URL in the webhook; only their hosts are contacted. */
  async fetchPartnerDocument(url: string) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new httpError.BadRequestError('invalid url');
    }
    if (parsed.protocol !== 'https:' || !this.labConfig.partnerHosts.includes(parsed.hostname)) {
      throw new httpError.BadRequestError('host not allowed');
    }
    // safe: CWE-918
    const res = await this.httpService.get(parsed.toString(), { responseType: 'arraybuffer', maxRedirects: 0 });
    return Buffer.from(res.data);
  }

  verifyWebhook(rawBody: string, signature: string | undefined): boolean {
    if (!signature) {
      return false;
    }
    const expected = createHmac('sha256', this.labConfig.webhookSecret).update(rawBody).digest('hex');
    const given = Buffer.from(signature, 'hex');
    const wanted = Buffer.from(expected, 'hex');
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }
}
