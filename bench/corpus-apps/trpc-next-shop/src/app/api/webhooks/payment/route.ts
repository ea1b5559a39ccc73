import { createHmac, timingSafeEqual } from 'crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '~/env';
import { db } from '~/server/db';

interface PaymentEvent {
  id: string;
  type: 'payment.succeeded' | 'payment.failed' | 'refund.created';
  data: { orderId: string; amountCents: number };
}

export async function POST(req: NextRequest) {
  const raw = await req.text();
  const given = Buffer.from(req.headers.get('x-payment-signature') ?? '', 'hex');
  const expected = createHmac('sha256', env.PAYMENT_WEBHOOK_SECRET).update(raw).digest();
  // safe: CWE-345
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return NextResponse.json({ error: 'invalid signature' }, { status: 401 });
  }

  const event = JSON.parse(raw) as PaymentEvent;
  if (event.type === 'payment.succeeded') {
    await db.order.update({ where: { id: event.data.orderId }, data: { status: 'PAID', paidAt: new Date() } });
  } else if (event.type === 'payment.failed') {
    await db.order.update({ where: { id: event.data.orderId }, data: { status: 'PAYMENT_FAILED' } });
  }
  return NextResponse.json({ received: true });
}
