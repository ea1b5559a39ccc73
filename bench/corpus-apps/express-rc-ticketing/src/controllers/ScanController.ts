import { Authorized, Body, CurrentUser, JsonController, NotFoundError, Post, UseBefore } from 'routing-controllers';
import { Service } from 'typedi';
import { TicketService } from '../services/TicketService';
import { OrderRepository } from '../repositories/OrderRepository';
import { AuthService, SessionClaims } from '../services/AuthService';
import { scanLimiter } from '../middlewares/rateLimits';
import { logger } from '../utils/logger';

@JsonController('/scan')
@UseBefore(scanLimiter)
@Service()
export class ScanController {
  constructor(
    private readonly tickets: TicketService,
    private readonly orders: OrderRepository,
    private readonly auth: AuthService,
  ) {}

  @Authorized(['staff', 'organizer'])
  @Post('/check-in')
  async checkIn(@CurrentUser() staff: SessionClaims, @Body() body: { qr: string }) {
    const claims = this.tickets.readTicketForScan(String(body.qr ?? ''));
    const order = await this.orders.findById(claims.oid);
    if (!order || order.status !== 'paid') throw new NotFoundError('No paid order for this ticket');
    const at = new Date();
    logger.info('check-in', { orderId: order.id, staff: staff.sub });
    return { attendee: order.attendeeName, quantity: order.quantity, receipt: this.tickets.signCheckIn(order.id, at) };
  }

  @Authorized()
  @Post('/transfer')
  async transfer(@CurrentUser() user: SessionClaims, @Body() body: { qr: string; toEmail: string }) {
    const claims = this.tickets.readTicketForTransfer(String(body.qr ?? ''));
    const order = await this.orders.findById(claims.oid);
    if (!order || order.userId !== user.sub) throw new NotFoundError('Order not found');
    return { transferred: true, orderId: order.id };
  }

  @Authorized(['staff'])
  @Post('/pin')
  async setPin(@CurrentUser() user: SessionClaims, @Body() body: { pin: string }) {
    await this.auth.setScannerPin(user.sub, String(body.pin));
    return { ok: true };
  }
}
