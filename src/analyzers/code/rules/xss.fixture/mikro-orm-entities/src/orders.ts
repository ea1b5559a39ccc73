// An ORM entity made from request data holds that data: MikroORM `em.create(Order, data)`.
import express from 'express';
import nodemailer from 'nodemailer';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { Order } from './entities';

const orm = await MikroORM.init();
const transporter = nodemailer.createTransport({ host: 'smtp.example.com', port: 587 });
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const app = express();
app.use(express.urlencoded({ extended: false }));

export async function placeOrder(em: EntityManager, input: { note: string; email: string; quantity: number }) {
  const order = em.create(Order, { note: input.note, email: input.email, quantity: input.quantity });
  await em.persistAndFlush(order);
  // ruleid: js/xss
  await transporter.sendMail({ to: order.email, html: `<p>Your note: ${order.note}</p>` });
  // ok: js/xss
  await transporter.sendMail({ to: order.email, html: `<p>Your note: ${escapeHtml(order.note)}</p>` });
  return order;
}

app.post('/orders', async (req, res) => {
  const order = await placeOrder(orm.em.fork(), { note: String(req.body.note), email: String(req.body.email), quantity: Number(req.body.quantity) });
  res.json({ id: order.id });
});
