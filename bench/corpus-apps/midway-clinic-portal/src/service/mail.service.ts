import { Provide, Inject, Config } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';

@Provide()
export class MailService {
  @Inject()
  httpService: HttpService;

  @Config('mail')
  mailConfig: { endpoint: string; token: string; from: string };

  async sendResetCode(to: string, code: string) {
    await this.send(to, 'Your portal reset code', `Your code is ${code}. It expires in 30 minutes.`);
  }

  async sendReminder(to: string, when: Date, clinicName: string) {
    const text = `Reminder: appointment at ${clinicName} on ${when.toLocaleString('de-DE')}.`;
    await this.send(to, 'Appointment reminder', text);
  }

  private async send(to: string, subject: string, text: string) {
    await this.httpService.post(
      this.mailConfig.endpoint,
      { from: this.mailConfig.from, to, subject, text },
      { headers: { 'X-Server-Token': this.mailConfig.token } },
    );
  }
}
