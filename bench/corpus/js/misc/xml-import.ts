import express from 'express';
import libxmljs from 'libxmljs';
import { DOMParser } from '@xmldom/xmldom';

export const xmlRouter = express.Router();

xmlRouter.post('/invoices/import', express.text({ type: 'application/xml' }), (req, res) => {
  const doc = libxmljs.parseXml(req.body, {
    // ruleid: js/xxe
    noent: true,
    nocdata: true,
  });
  const total = doc.get('//total')?.text();
  res.json({ total });
});

xmlRouter.post('/orders/import', express.text({ type: 'application/xml' }), (req, res) => {
  // ok: js/xxe
  const doc = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ orders: doc.getElementsByTagName('order').length });
});

xmlRouter.post('/sitemap', express.text({ type: 'application/xml' }), (req, res) => {
  // ruleid: js/xxe
  const doc = libxmljs.parseXmlString(req.body, { noent: true, dtdvalid: true });
  res.json({ urls: doc.find('//url').length });
});
