import { Provide, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import * as nunjucks from 'nunjucks';
import { PatientService } from './patient.service';

const LETTER_TEMPLATES = new Set(['referral', 'recall']);

@Provide()
export class LetterService {
  @Inject()
  ctx: Context;

  @Inject()
  patientService: PatientService;

  private async letterData(patientId: number, extra: Record<string, unknown>) {
    const patient = await this.patientService.get(patientId);
    return {
      patient: { name: `${patient.firstName} ${patient.lastName}`, birthDate: patient.birthDate, mrn: patient.mrn },
      today: new Date().toLocaleDateString('de-DE'),
      ...extra,
    };
  }

  /** Doctors adjust the wording of a letter in the editor and preview it before saving. */
  async previewCustom(patientId: number, body: string, extra: Record<string, unknown>) {
    const data = await this.letterData(patientId, extra);
    // vuln: CWE-1336, CWE-94
    return nunjucks.renderString(body, data);
  }

  /** Standard letters ship as files in view/letters. */
  async renderStandard(patientId: number, template: string, extra: Record<string, unknown>) {
    if (!LETTER_TEMPLATES.has(template)) {
      throw new httpError.BadRequestError('unknown letter');
    }
    const data = await this.letterData(patientId, extra);
    // safe: CWE-1336
    return this.ctx.renderView(`letters/${template}`, data);
  }
}
