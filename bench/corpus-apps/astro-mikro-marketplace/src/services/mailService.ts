import nodemailer from 'nodemailer';
import { config } from '../config';
import type { Order } from '../entities/Order';
import type { Product } from '../entities/Product';
import type { User } from '../entities/User';
import { orderConfirmationHtml, shippingNoticeHtml } from '../templates/orderConfirmation';

export const transporter = nodemailer.createTransport({
  host: config.smtp.host,
  port: config.smtp.port,
  secure: false,
  requireTLS: true,
  auth: { user: config.smtp.user, pass: config.smtp.pass },
  tls: {
    // vuln: CWE-295
    rejectUnauthorized: false,
  },
});

export const auditTransport = nodemailer.createTransport({
  host: 'mail.internal.mikro.market',
  port: 465,
  secure: true,
  auth: { user: config.smtp.user, pass: config.smtp.pass },
  tls: { minVersion: 'TLSv1.2' },
});

export async function sendOrderConfirmation(order: Order, buyer: User, product: Product) {
  const sellerEmail = order.shop.owner.email;
  await transporter.sendMail({
    from: config.smtp.from,
    to: buyer.email,
    bcc: sellerEmail,
    subject: `Order ${order.number} confirmed`,
    // vuln: CWE-79
    html: orderConfirmationHtml(order, buyer, product),
  });
}

export async function sendShippingNotice(order: Order, tracking: string) {
  await transporter.sendMail({
    from: config.smtp.from,
    to: order.buyer.email,
    subject: `Order ${order.number} shipped`,
    html: shippingNoticeHtml(order, tracking),
    text: `Your order ${order.number} has shipped. Tracking: ${tracking}`,
  });
}

export async function sendPasswordReset(to: string, link: string) {
  await transporter.sendMail({
    from: config.smtp.from,
    to,
    subject: 'Reset your Mikro Market password',
    text: `Open this link within one hour to choose a new password:\n\n${link}\n`,
  });
}
