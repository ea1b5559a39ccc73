import { Controller, Get, Post, Query, Body, Param, Inject } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { AuthService } from '../service/auth.service';
import { AppointmentService } from '../service/appointment.service';
import { PatientService } from '../service/patient.service';
import { DirectoryService } from '../service/directory.service';
import { LoginThrottleMiddleware } from '../middleware/throttle.middleware';
import { escapeHtml, isLocalPath } from '../util/html';

const LOCALES = new Set(['de', 'en', 'tr', 'ar']);

@Controller('/portal')
export class PortalController {
  @Inject()
  ctx: Context;

  @Inject()
  authService: AuthService;

  @Inject()
  appointmentService: AppointmentService;

  @Inject()
  patientService: PatientService;

  @Inject()
  directoryService: DirectoryService;

  private requirePatient(): number | null {
    const id = this.ctx.session?.patientId;
    if (!id) {
      this.ctx.redirect(`/portal/login?next=${encodeURIComponent(this.ctx.path)}`);
      return null;
    }
    return id;
  }

  @Get('/login')
  async loginPage(@Query('next') next?: string) {
    await this.ctx.render('portal/login', { next: isLocalPath(next) ? next : '/portal' });
  }

  @Post('/login', { middleware: [LoginThrottleMiddleware] })
  async login(@Body('email') email: string, @Body('password') password: string, @Body('next') next?: string) {
    const patientId = await this.authService.checkPatientPassword(email, password);
    if (!patientId) {
      this.ctx.status = 401;
      return this.ctx.render('portal/login', { error: 'E-Mail oder Passwort falsch', next });
    }
    this.ctx.session.patientId = patientId;
    // safe: CWE-601
    this.ctx.redirect(isLocalPath(next) ? next : '/portal');
  }

  @Get('/')
  async home() {
    const patientId = this.requirePatient();
    if (!patientId) return;
    const [patient, appointments] = await Promise.all([
      this.patientService.get(patientId),
      this.appointmentService.history(patientId, 'date'),
    ]);
    await this.ctx.render('portal/home', { patient, appointments });
  }

  @Get('/appointments/:id')
  async appointment(@Param('id') id: number) {
    const patientId = this.requirePatient();
    if (!patientId) return;
    const appt = await this.appointmentService.getForPatient(Number(id), patientId);
    await this.ctx.render('portal/appointment', { appt });
  }

  @Post('/profile')
  async profile(@Body() body: Record<string, unknown>) {
    const patientId = this.requirePatient();
    if (!patientId) return;
    await this.patientService.updateContact(patientId, body);
    this.ctx.redirect('/portal');
  }

  @Get('/locale/:lang')
  async locale(@Param('lang') lang: string) {
    const value = LOCALES.has(lang) ? lang : 'de';
    // safe: CWE-1004
    this.ctx.cookies.set('portal_locale', value, { httpOnly: true, sameSite: 'lax', maxAge: 365 * 86400000 });
    this.ctx.redirect('/portal');
  }

  /** Public "find a doctor" widget embedded on the practice website. */
  @Get('/doctors')
  async doctors(@Query('specialty') specialty = '') {
    const doctors = this.directoryService.doctorsBySpecialty(String(specialty));
    this.ctx.type = 'html';
    if (!doctors.length) {
      // vuln: CWE-79
      this.ctx.body = `<div class="lh-empty">Keine Ärztinnen oder Ärzte für „${specialty}“ gefunden.</div>`;
      return;
    }
    const items = doctors.map(d => `<li>${escapeHtml(d.name)} – ${escapeHtml(d.specialty)}</li>`).join('');
    this.ctx.body = `<ul class="lh-doctors">${items}</ul>`;
  }

  @Get('/clinics/:slug')
  async clinic(@Param('slug') slug: string) {
    const clinic = this.directoryService.clinic(slug);
    this.ctx.type = 'html';
    if (!clinic) {
      this.ctx.status = 404;
      // safe: CWE-79
      this.ctx.body = `<p>Unbekannter Standort: ${escapeHtml(slug)}</p>`;
      return;
    }
    this.ctx.body = `<h1>${escapeHtml(clinic.name)}</h1><p>${escapeHtml(clinic.address)}</p>`;
  }
}
