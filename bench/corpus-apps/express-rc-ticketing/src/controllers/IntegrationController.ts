import { Authorized, Body, HeaderParam, JsonController, Post, Req, UnauthorizedError } from 'routing-controllers';
import { Request } from 'express';
import { Service } from 'typedi';
import { WebhookService } from '../services/WebhookService';
import { PaystreamClient } from '../integrations/PaystreamClient';
import { BoxOfficeClient } from '../integrations/BoxOfficeClient';
import { OrderRepository } from '../repositories/OrderRepository';
import { MailService } from '../services/MailService';
import { config } from '../config';
import { WebhookTestBody } from './dto';

@JsonController('/integrations')
@Service()
export class IntegrationController {
  constructor(
    private readonly webhooks: WebhookService,
    private readonly payments: PaystreamClient,
    private readonly boxOffice: BoxOfficeClient,
    private readonly orders: OrderRepository,
    private readonly mail: MailService,
  ) {}

  @Authorized(['organizer'])
  @Post('/webhooks/test')
  sendTest(@Body() body: WebhookTestBody) {
    return this.webhooks.sendTest(body.url, body.secret);
  }

  /** Paystream calls this; express.raw() is mounted for this path in server.ts. */
  @Post('/paystream/events')
  async paystream(@Req() req: Request, @HeaderParam('paystream-signature') signature: string) {
    if (!this.payments.verifyWebhook(req.body as Buffer, signature)) throw new UnauthorizedError('Bad signature');
    const event = JSON.parse((req.body as Buffer).toString('utf8'));
    if (event.type === 'intent.succeeded') {
      const intent = await this.payments.getIntent(event.data.id);
      const order = await this.orders.markPaid(Number(intent.metadata.orderId));
      await this.boxOffice.pushSale(order.eventId, order.quantity);
      const full = await this.orders.findById(order.id);
      await this.mail.send(order.attendeeEmail, 'Your Gatehouse receipt', 'order-receipt', {
        attendeeName: order.attendeeName,
        orderId: order.id,
        quantity: order.quantity,
        totalCents: order.totalCents,
        event: full?.event,
        receiptUrl: `${config.publicUrl}/orders/${order.id}`,
      });
    }
    return { received: true };
  }
}
