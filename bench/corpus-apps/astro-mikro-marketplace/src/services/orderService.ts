import jwt from 'jsonwebtoken';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Order, OrderItem } from '../entities/Order';
import { Product } from '../entities/Product';
import { User } from '../entities/User';
import { config } from '../config';
import { HttpError } from '../lib/errors';
import { sendOrderConfirmation, sendShippingNotice } from './mailService';

interface GuestClaims {
  orderNumber: string;
  email: string;
}

export function sellerOrders(em: EntityManager, shopId: number, status: string) {
  return em.getRepository(Order).forSeller(shopId, status);
}

export function buyerOrders(em: EntityManager, buyerId: number, status?: string) {
  return em.getRepository(Order).forBuyer(buyerId, status);
}

export function guestToken(order: Order): string {
  return jwt.sign({ orderNumber: order.number, email: order.buyer.email }, config.jwtSecret, { expiresIn: '30d' });
}

export async function guestLookup(em: EntityManager, token: string) {
  // vuln: CWE-347
  const claims = jwt.decode(token) as GuestClaims | null;
  if (!claims?.orderNumber) throw new HttpError(401, 'invalid order link');
  const order = await em.getRepository(Order).byNumber(claims.orderNumber);
  if (!order) throw new HttpError(404, 'order not found');
  return order;
}

export async function buyerLookup(em: EntityManager, token: string, buyerId: number) {
  const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as GuestClaims;
  const order = await em.getRepository(Order).byNumber(claims.orderNumber);
  if (!order || order.buyer.id !== buyerId) throw new HttpError(404, 'order not found');
  return order;
}

export interface PlaceOrderInput {
  productId: number;
  quantity: number;
  shippingName: string;
  shippingAddress: string;
  note?: string;
}

export async function place(em: EntityManager, buyerId: number, input: PlaceOrderInput) {
  const product = await em.findOneOrFail(Product, { id: input.productId, active: true }, { populate: ['shop'] });
  const buyer = await em.findOneOrFail(User, buyerId);
  const order = em.create(Order, {
    number: `MM-${randomBytes(5).toString('hex').toUpperCase()}`,
    buyer,
    shop: product.shop,
    status: 'pending',
    note: input.note,
    shippingName: input.shippingName,
    shippingAddress: input.shippingAddress,
    totalCents: product.priceCents * input.quantity,
    createdAt: new Date(),
  });
  order.items.add(em.create(OrderItem, { order, product, quantity: input.quantity, unitCents: product.priceCents }));
  await em.persistAndFlush(order);
  await sendOrderConfirmation(order, buyer, product);
  return order;
}

export async function markShipped(em: EntityManager, shopId: number, number: string, tracking: string) {
  const order = await em.findOneOrFail(Order, { number, shop: shopId }, { populate: ['buyer'] });
  order.status = 'shipped';
  await em.flush();
  await sendShippingNotice(order, tracking);
}
