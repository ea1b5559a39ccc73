import { Inject, Logger, ILogger, FORMAT } from '@midwayjs/core';
import { Job, IJob } from '@midwayjs/cron';
import { AppointmentDao } from '../dao/appointment.dao';
import { PatientDao } from '../dao/patient.dao';
import { MailService } from '../service/mail.service';
import { TokenService } from '../service/token.service';

const CLINIC_NAMES: Record<number, string> = {
  1: 'Praxis Lindenhof Mitte',
  2: 'Praxis Lindenhof Nord',
};

@Job({
  cronTime: FORMAT.CRONTAB.EVERY_PER_30_MINUTE,
  start: true,
  timeZone: 'Europe/Berlin',
})
export class ReminderJob implements IJob {
  @Inject()
  appointmentDao: AppointmentDao;

  @Inject()
  patientDao: PatientDao;

  @Inject()
  mailService: MailService;

  @Inject()
  tokenService: TokenService;

  @Logger()
  logger: ILogger;

  async onTick() {
    const from = new Date(Date.now() + 23 * 3600 * 1000);
    const to = new Date(Date.now() + 25 * 3600 * 1000);
    const due = await this.appointmentDao.dueForReminder(from, to);
    let sent = 0;
    for (const appt of due) {
      const patient = await this.patientDao.findById(appt.patientId);
      if (!patient?.email) continue;
      await new Promise(r => setTimeout(r, this.tokenService.jitterMs()));
      await this.mailService.sendReminder(patient.email, appt.startsAt, CLINIC_NAMES[appt.clinicId] ?? 'Praxis Lindenhof');
      await this.appointmentDao.markReminded(appt.id);
      sent++;
    }
    this.logger.info('reminder job: %d of %d reminders sent', sent, due.length);
  }
}
