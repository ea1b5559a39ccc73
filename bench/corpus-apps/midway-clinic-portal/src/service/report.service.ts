import { Provide, Inject, Config } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { writeFile, mkdir } from 'fs/promises';
import { join } from 'path';
import { BillingDao } from '../dao/billing.dao';
import { PatientService } from './patient.service';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

@Provide()
export class ReportService {
  @Inject()
  ctx: Context;

  @Inject()
  billingDao: BillingDao;

  @Inject()
  patientService: PatientService;

  @Config('storage.exports')
  exportDir: string;

  private async statementHtml(patientId: number) {
    const patient = await this.patientService.get(patientId);
    const invoices = await this.billingDao.invoicesForPatient(patient.mrn, 'open');
    return this.ctx.renderView('letters/statement', { patient, invoices });
  }

  /** PDF statement of open invoices; the front desk may set the document title shown in the viewer. */
  async statementPdf(patientId: number, title: string) {
    await mkdir(this.exportDir, { recursive: true });
    const base = join(this.exportDir, `statement-${patientId}-${Date.now()}`);
    await writeFile(`${base}.html`, await this.statementHtml(patientId));
    // vuln: CWE-78
    await execAsync(`wkhtmltopdf --quiet --title "${title}" ${base}.html ${base}.pdf`, { timeout: 60000 });
    return `${base}.pdf`;
  }

  /** Same document, with the patient's name as PDF metadata, set through an argument list. */
  async statementPdfNamed(patientId: number) {
    const patient = await this.patientService.get(patientId);
    await mkdir(this.exportDir, { recursive: true });
    const base = join(this.exportDir, `statement-${patientId}-${Date.now()}`);
    await writeFile(`${base}.html`, await this.statementHtml(patientId));
    const title = `Kontoauszug ${patient.lastName}, ${patient.firstName}`;
    // safe: CWE-78
    await execFileAsync('wkhtmltopdf', ['--quiet', '--title', title, `${base}.html`, `${base}.pdf`], {
      timeout: 60000,
    });
    return `${base}.pdf`;
  }
}
