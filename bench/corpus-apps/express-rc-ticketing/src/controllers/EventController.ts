import {
  Authorized,
  Body,
  CurrentUser,
  Get,
  JsonController,
  NotFoundError,
  Param,
  Patch,
  Post,
  QueryParam,
  Res,
  UploadedFile,
} from 'routing-controllers';
import { Response } from 'express';
import { Service } from 'typedi';
import { EventService } from '../services/EventService';
import { MailService } from '../services/MailService';
import { EventRepository } from '../repositories/EventRepository';
import type { SessionClaims } from '../services/AuthService';

const SAMPLE_ORDER = {
  attendeeName: 'Alex Example',
  quantity: 2,
  totalCents: 5800,
  event: { title: 'Sample Event', venue: 'Main Hall', startsAt: new Date().toISOString() },
};

@JsonController('/events')
@Service()
export class EventController {
  constructor(
    private readonly events: EventService,
    private readonly mail: MailService,
    private readonly repo: EventRepository,
  ) {}

  @Get('/')
  list(
    @QueryParam('q') q: string,
    @QueryParam('city') city: string,
    @QueryParam('from') from: string,
    @QueryParam('sort') sort: string,
    @QueryParam('page') page = 0,
  ) {
    return this.events.search({ q, city, from, sort, page: Number(page) || 0, pageSize: 20 });
  }

  @Authorized(['organizer', 'admin'])
  @Get('/mine/find')
  quickFind(@CurrentUser() user: SessionClaims, @QueryParam('term') term: string) {
    return this.events.quickFind(Number(user.org), term ?? '');
  }

  @Get('/:slug')
  getOne(@Param('slug') slug: string) {
    return this.events.getPublic(slug);
  }

  @Authorized(['organizer', 'admin'])
  @Patch('/:id/settings')
  patchSettings(@CurrentUser() user: SessionClaims, @Param('id') id: number, @Body() patch: Record<string, unknown>) {
    return this.events.patchSettings(id, Number(user.org), patch);
  }

  @Authorized(['organizer'])
  @Post('/:id/email-template/preview')
  async previewTemplate(@CurrentUser() user: SessionClaims, @Param('id') id: number, @Body() body: { template: string }) {
    await this.events.getOwned(id, Number(user.org));
    const html = this.mail.renderOrganizerTemplate(body.template, { order: SAMPLE_ORDER });
    return { html };
  }

  @Authorized(['organizer'])
  @Post('/:id/banner')
  uploadBanner(
    @CurrentUser() user: SessionClaims,
    @Param('id') id: number,
    @UploadedFile('banner', { options: { limits: { fileSize: 2 * 1024 * 1024 } } }) file: Express.Multer.File,
  ) {
    return this.events.saveBanner(id, Number(user.org), file);
  }

  @Get('/:id/banner/:name')
  async banner(@Param('name') name: string, @Res() res: Response) {
    const file = this.events.bannerPath(name);
    // vuln: CWE-22
    await new Promise<void>((resolve, reject) => res.sendFile(file, (err) => (err ? reject(err) : resolve())));
    return res;
  }

  @Get('/:id/attachments/:name')
  async attachment(@Param('id') id: number, @Param('name') name: string, @Res() res: Response) {
    const file = this.events.attachmentPath(id, name);
    if (!file) throw new NotFoundError('No such attachment');
    // safe: CWE-22
    await new Promise<void>((resolve, reject) => res.sendFile(file, (err) => (err ? reject(err) : resolve())));
    return res;
  }

  @Get('/:id/remaining')
  async remaining(@Param('id') id: number) {
    return { remaining: await this.repo.remainingCapacity(id) };
  }
}
