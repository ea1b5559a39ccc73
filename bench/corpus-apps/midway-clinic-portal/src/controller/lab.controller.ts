import { Controller, Get, Post, Param, Query, Body, Headers, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { LabService } from '../service/lab.service';
import { LabResultDao } from '../dao/lab-result.dao';
import { StaffClaims } from '../interface';

@Controller('/api/lab')
export class LabController {
  @Inject()
  ctx: Context;

  @Inject()
  labService: LabService;

  @Inject()
  labResultDao: LabResultDao;

  private patientScope(patientId: number) {
    const user = this.ctx.state.user;
    if (user?.kind === 'patient' && user.sub !== patientId) {
      throw new httpError.ForbiddenError();
    }
  }

  @Get('/patients/:patientId/results')
  async results(@Param('patientId') patientId: number) {
    this.patientScope(Number(patientId));
    return this.labResultDao.byPatient(Number(patientId));
  }

  /** Chart data for one analyte, e.g. ?code=HBA1C */
  @Get('/patients/:patientId/trend')
  async trend(@Param('patientId') patientId: number, @Query('code') code: string) {
    this.patientScope(Number(patientId));
    return this.labResultDao.trend(Number(patientId), code);
  }

  @Get('/patients/:patientId/orders/:orderNo')
  async order(@Param('patientId') patientId: number, @Param('orderNo') orderNo: string) {
    this.patientScope(Number(patientId));
    const rows = await this.labResultDao.byOrderNo(Number(patientId), orderNo);
    const status = await this.labService.orderStatus(orderNo);
    return { rows, status };
  }

  @Post('/results/:id/report-link')
  async attachReport(
    @Param('id') id: number,
    @Body('patientId') patientId: number,
    @Body('url') url: string,
  ) {
    const staff = this.ctx.state.user as StaffClaims;
    if (!staff?.role) {
      throw new httpError.ForbiddenError();
    }
    return this.labService.attachReportFromLink(Number(id), Number(patientId), url);
  }

  /** Partner labs notify us of new documents. */
  @Post('/webhook')
  async webhook(@Headers('x-lab-signature') signature: string, @Body() payload: { documentUrl?: string }) {
    const raw = (this.ctx.request as any).rawBody ?? JSON.stringify(payload);
    if (!this.labService.verifyWebhook(raw, signature)) {
      throw new httpError.UnauthorizedError('bad signature');
    }
    if (payload.documentUrl) {
      const pdf = await this.labService.fetchPartnerDocument(payload.documentUrl);
      return { received: pdf.length };
    }
    return { received: 0 };
  }
}
