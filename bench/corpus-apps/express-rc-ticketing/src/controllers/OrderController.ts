import { Authorized, Body, CurrentUser, Get, JsonController, NotFoundError, Param, Post, QueryParam, QueryParams, Res } from 'routing-controllers';
import { Response } from 'express';
import { Service } from 'typedi';
import { OrderRepository } from '../repositories/OrderRepository';
import { EventService } from '../services/EventService';
import { ExportService } from '../services/ExportService';
import { TicketService } from '../services/TicketService';
import { PaystreamClient } from '../integrations/PaystreamClient';
import type { SessionClaims } from '../services/AuthService';
import { CheckoutBody, ExportQuery } from './dto';

@JsonController()
@Service()
export class OrderController {
  constructor(
    private readonly orders: OrderRepository,
    private readonly events: EventService,
    private readonly exporter: ExportService,
    private readonly tickets: TicketService,
    private readonly payments: PaystreamClient,
  ) {}

  @Authorized()
  @Post('/events/:id/checkout')
  async checkout(@CurrentUser() user: SessionClaims, @Param('id') eventId: number, @Body() body: CheckoutBody) {
    const order = await this.orders.create({
      eventId,
      userId: user.sub,
      status: 'pending',
      quantity: body.quantity,
      totalCents: body.quantity * 2900,
      attendeeName: body.attendeeName,
      attendeeEmail: body.attendeeEmail,
      attendeeNote: body.note ? this.tickets.encryptNote(body.note) : null,
      encryptedPhone: body.phone ? this.tickets.encryptPhone(body.phone) : null,
    });
    const intent = await this.payments.createIntent(order.id, order.totalCents);
    return { orderId: order.id, paymentIntent: intent.id };
  }

  @Authorized()
  @Get('/me/orders')
  mine(@CurrentUser() user: SessionClaims) {
    return this.orders.findForUser(user.sub);
  }

  @Authorized(['organizer', 'admin'])
  @Get('/events/:id/reports/daily')
  async daily(@CurrentUser() user: SessionClaims, @Param('id') eventId: number, @QueryParam('status') status = 'paid') {
    await this.events.getOwned(eventId, Number(user.org));
    return this.orders.dailySales(eventId, status);
  }

  @Authorized(['organizer', 'admin'])
  @Get('/events/:id/reports/attendees')
  async byDomain(@CurrentUser() user: SessionClaims, @Param('id') eventId: number, @QueryParam('domain') domain: string) {
    await this.events.getOwned(eventId, Number(user.org));
    return this.orders.attendeesByEmailDomain(eventId, domain ?? '');
  }

  @Authorized(['organizer'])
  @Post('/events/:id/exports/attendees')
  async exportAttendees(@CurrentUser() user: SessionClaims, @Param('id') eventId: number, @Body() body: { archiveName?: string }, @Res() res: Response) {
    const event = await this.events.getOwned(eventId, Number(user.org));
    const archive = await this.exporter.attendeeArchive(eventId, body.archiveName || `${event.slug}-attendees`);
    return res.download(archive);
  }

  @Authorized(['organizer'])
  @Get('/events/:id/exports/badges')
  async badges(@CurrentUser() user: SessionClaims, @Param('id') eventId: number, @QueryParams() query: ExportQuery, @Res() res: Response) {
    await this.events.getOwned(eventId, Number(user.org));
    const pdf = await this.exporter.badgeSheet(eventId, query.pageSize);
    return res.download(pdf);
  }

  @Authorized()
  @Get('/orders/:id/ticket')
  async ticket(@CurrentUser() user: SessionClaims, @Param('id') id: number) {
    const order = await this.orders.findById(id);
    if (!order || order.userId !== user.sub) throw new NotFoundError('Order not found');
    return { qr: this.tickets.issueTicketToken({ oid: order.id, eid: order.eventId }) };
  }
}
