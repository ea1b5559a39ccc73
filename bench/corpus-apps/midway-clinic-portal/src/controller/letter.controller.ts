import { Controller, Post, Body, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { LetterService } from '../service/letter.service';
import { StaffClaims } from '../interface';

@Controller('/api/letters')
export class LetterController {
  @Inject()
  ctx: Context;

  @Inject()
  letterService: LetterService;

  private doctor(): StaffClaims {
    const user = this.ctx.state.user as StaffClaims;
    if (!user || (user.role !== 'doctor' && user.role !== 'admin')) {
      throw new httpError.ForbiddenError();
    }
    return user;
  }

  /** Editor preview: the doctor's edited letter body is rendered with the patient's data. */
  @Post('/preview')
  async preview(
    @Body('patientId') patientId: number,
    @Body('template') template: string,
    @Body('fields') fields: Record<string, unknown> = {},
  ) {
    this.doctor();
    const html = await this.letterService.previewCustom(Number(patientId), String(template), fields);
    return { html };
  }

  @Post('/render')
  async render(
    @Body('patientId') patientId: number,
    @Body('letter') letter: string,
    @Body('fields') fields: Record<string, unknown> = {},
  ) {
    this.doctor();
    this.ctx.type = 'html';
    return this.letterService.renderStandard(Number(patientId), String(letter), fields);
  }
}
