import { Controller, Get, Post, Query, Body, Param, Inject, httpError } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { createReadStream } from 'fs';
import { basename } from 'path';
import { BillingDao } from '../dao/billing.dao';
import { ReportService } from '../service/report.service';
import { PatientService } from '../service/patient.service';
import { StaffClaims } from '../interface';

@Controller('/api/billing')
export class BillingController {
  @Inject()
  ctx: Context;

  @Inject()
  billingDao: BillingDao;

  @Inject()
  reportService: ReportService;

  @Inject()
  patientService: PatientService;

  private staff(): StaffClaims {
    const user = this.ctx.state.user as StaffClaims;
    if (!user?.role) {
      throw new httpError.ForbiddenError();
    }
    return user;
  }

  @Get('/claims')
  async claims(@Query('q') q: string) {
    const staff = this.staff();
    return this.billingDao.searchClaims(staff.clinicId, String(q ?? ''));
  }

  @Post('/claims/status')
  async claimStatus(@Body('ids') ids: unknown[]) {
    this.staff();
    const numeric = (Array.isArray(ids) ? ids : []).map(Number).filter(Number.isInteger);
    if (!numeric.length) {
      return [];
    }
    return this.billingDao.claimsByIds(numeric);
  }

  @Get('/patients/:id/invoices')
  async invoices(@Param('id') id: number, @Query('status') status = 'open') {
    this.staff();
    const patient = await this.patientService.get(Number(id));
    return this.billingDao.invoicesForPatient(patient.mrn, String(status));
  }

  @Post('/patients/:id/statement')
  async statement(@Param('id') id: number, @Body('title') title?: string) {
    this.staff();
    const file = title
      ? await this.reportService.statementPdf(Number(id), title)
      : await this.reportService.statementPdfNamed(Number(id));
    this.ctx.attachment(basename(file));
    return createReadStream(file);
  }
}
