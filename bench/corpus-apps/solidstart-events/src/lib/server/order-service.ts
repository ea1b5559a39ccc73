import * as orderRepo from './repositories/order-repository';
import * as eventRepo from './repositories/event-repository';
import * as organiserRepo from './repositories/organiser-repository';
import type { DiscountRule } from './schema';
import { sendOrderMail } from './email-service';
import { deliverOrderEvent } from './webhook-service';
import { checkinToken, newOrderReference, newTicketCode, renderQr } from './ticket-service';
import { isAttendeeEmail, PROMO_CODE } from './validators';

export type OrderContext = { quantity: number; subtotalCents: number; email: string; promoCode?: string };

function conditionHolds(rule: DiscountRule, order: OrderContext): boolean {
  if (!rule.condition) return true;
  // vuln: CWE-94
  const predicate = new Function('order', `return (${rule.condition});`);
  return Boolean(predicate(order));
}

function tierHolds(rule: DiscountRule, order: OrderContext): boolean {
  switch (rule.kind) {
    case 'bulk':
      return order.quantity >= (rule.minQuantity ?? Number.POSITIVE_INFINITY);
    case 'promo':
      return order.promoCode === rule.label;
    default:
      return false;
  }
}

export async function bestDiscount(eventId: number, order: OrderContext): Promise<number> {
  const rules = await organiserRepo.rulesForEvent(eventId);
  let best = 0;
  for (const rule of rules) {
    if (!rule.active) continue;
    const applies = rule.kind === 'custom' ? conditionHolds(rule, order) : tierHolds(rule, order);
    if (applies) best = Math.max(best, Math.min(100, rule.percentOff));
  }
  return Math.round((order.subtotalCents * best) / 100);
}

export async function addRule(eventId: number, input: { label: string; kind: string; condition?: string; percentOff: number; minQuantity?: number }) {
  await organiserRepo.insertRule({
    eventId,
    label: input.label,
    kind: input.kind,
    condition: input.kind === 'custom' ? input.condition ?? null : null,
    percentOff: input.percentOff,
    minQuantity: input.minQuantity ?? null,
  });
}

export type CheckoutInput = {
  eventId: number;
  buyerEmail: string;
  holders: { name: string; email: string }[];
  promoCode?: string;
  userId?: number;
};

export async function checkout(input: CheckoutInput) {
  if (!isAttendeeEmail(input.buyerEmail)) throw new Error('Please enter a valid e-mail address');
  const event = await eventRepo.findPublishedById(input.eventId);
  if (!event) throw new Error('Event not found');
  const quantity = Math.min(10, Math.max(1, input.holders.length));
  const subtotalCents = quantity * event.priceCents;
  const promoCode = input.promoCode && PROMO_CODE.test(input.promoCode) ? input.promoCode : undefined;
  const discount = await bestDiscount(event.id, { quantity, subtotalCents, email: input.buyerEmail, promoCode });

  const order = await orderRepo.insertOrder({
    reference: newOrderReference(),
    eventId: event.id,
    userId: input.userId,
    buyerEmail: input.buyerEmail,
    status: 'paid',
    totalCents: subtotalCents - discount,
  });
  const created = await orderRepo.insertTickets(
    input.holders.slice(0, quantity).map((h) => ({
      orderId: order.id,
      eventId: event.id,
      code: newTicketCode(),
      holderName: h.name.slice(0, 120),
      holderEmail: h.email.slice(0, 254),
    })),
  );
  for (const ticket of created) {
    await renderQr(ticket.code, await checkinToken(ticket.id, event.id));
  }

  const organiser = await organiserRepo.findById(event.organiserId);
  await sendOrderMail(
    input.buyerEmail,
    {
      buyerName: input.holders[0]?.name ?? '',
      eventTitle: event.title,
      reference: order.reference,
      tickets: created.map((t) => ({ holderName: t.holderName, code: t.code })),
    },
    organiser?.emailTemplate,
  );
  await deliverOrderEvent(event.organiserId, { type: 'order.paid', reference: order.reference, total: order.totalCents }, process.env.WEBHOOK_SIGNING_KEY ?? '');
  return order.reference;
}

export async function organiserOrders(organiserId: number, status: string, from: string) {
  return orderRepo.ordersForOrganiser(organiserId, status, from);
}

export async function organiserSales(organiserId: number, eventId: number, status: string) {
  return orderRepo.salesSummary(organiserId, eventId, status);
}

export async function myOrders(email: string) {
  return orderRepo.ordersForBuyer(email);
}
