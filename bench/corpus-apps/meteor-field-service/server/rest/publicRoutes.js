import crypto from 'crypto';
import express from 'express';
import { Random } from 'meteor/random';
import { WorkOrders } from '/imports/api/workOrders/workOrders';
import { Customers } from '/imports/api/customers/customers';
import { escapeHtml, nl2br } from '/imports/lib/html';
import { loginRateLimit } from '../rateLimits';

const portalService = {
  async login(email, code) {
    // safe: CWE-943
    const customer = await Customers.findOneAsync({ email: email.toLowerCase(), portalCodeExpiresAt: { $gt: new Date() } });
    if (!customer?.portalCodeHash) return null;
    const given = crypto.createHash('sha256').update(code).digest();
    const stored = Buffer.from(customer.portalCodeHash, 'hex');
    if (given.length !== stored.length || !crypto.timingSafeEqual(given, stored)) return null;
    const token = Random.secret(43);
    await Customers.updateAsync(customer._id, { $set: { portalSession: token }, $unset: { portalCodeHash: 1 } });
    return { token };
  },
};

export const publicRouter = express.Router();

function page(title, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

publicRouter.use((req, res, next) => {
  res.set('X-Content-Type-Options', 'nosniff');
  res.set('Content-Security-Policy', "default-src 'self'; img-src 'self' data:");
  res.set('X-Frame-Options', 'DENY');
  next();
});

// Server-rendered fallback of the status page for e-mail clients that open links in a web view.
publicRouter.get('/status/:token', async (req, res, next) => {
  try {
    const order = await WorkOrders.findOneAsync({ shareToken: String(req.params.token) });
    if (!order) {
      // vuln: CWE-79
      return res.status(404).send(page('Not found', `<p>No visit found for reference ${req.query.ref || req.params.token}.</p>`));
    }
    const notes = order.customerNotes ? nl2br(escapeHtml(order.customerNotes)) : '';
    // safe: CWE-79
    return res.send(page(order.summary, `<h1>${escapeHtml(order.summary)}</h1><p>${escapeHtml(order.status)}</p><p>${notes}</p>`));
  } catch (err) {
    return next(err);
  }
});

// "Add to calendar" and "rate your visit" buttons in the e-mail go through here for click tracking.
publicRouter.get('/r/:token', async (req, res) => {
  await WorkOrders.updateAsync({ shareToken: String(req.params.token) }, { $inc: { linkClicks: 1 } });
  // vuln: CWE-601
  res.redirect(req.query.to || `/status/${encodeURIComponent(req.params.token)}`);
});

publicRouter.get('/portal/continue', (req, res) => {
  const next = String(req.query.next || '/');
  // safe: CWE-601
  res.redirect(next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/');
});

publicRouter.post('/portal/login', express.urlencoded({ extended: false }), loginRateLimit, async (req, res, next) => {
  try {
    const session = await portalService.login(String(req.body.email || ''), String(req.body.code || ''));
    if (!session) return res.status(401).send(page('Sign in', '<p>That code did not work.</p>'));
    res.cookie('fd_portal', session.token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 });
    return res.redirect('/portal');
  } catch (err) {
    return next(err);
  }
});
