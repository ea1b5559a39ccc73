import path = require('path')
import libxml = require('libxmljs')
import yaml = require('js-yaml')
import { Request, Response, NextFunction } from 'express'

function extension (file: Express.Multer.File): string {
  return path.extname(file.originalname || '').toLowerCase()
}

// Complaint form attachments: customers may attach an order export (XML or YAML)
// which is parsed to prefill the complaint.
export function handleComplaintAttachment () {
  return (req: Request, res: Response, next: NextFunction) => {
    const file = req.file
    if (!file) {
      res.status(400).json({ status: 'error', message: 'No file' })
      return
    }
    const text = file.buffer.toString('utf8')
    try {
      if (extension(file) === '.xml') {
        // vuln: CWE-611
        const doc = libxml.parseXmlString(text, { noblanks: true, noent: true, nocdata: true })
        const orderId = doc.get('//orderId')
        res.json({ status: 'success', orderId: orderId ? orderId.text() : null, preview: doc.toString().slice(0, 400) })
        return
      }
      if (extension(file) === '.yml' || extension(file) === '.yaml') {
        // vuln: CWE-502
        const data: any = yaml.load(text)
        res.json({ status: 'success', orderId: data?.orderId ?? null, preview: JSON.stringify(data).slice(0, 400) })
        return
      }
      res.status(204).end()
    } catch (err) {
      next(err)
    }
  }
}

// Wish lists exported from the mobile app (YAML) can be re-imported.
export function importWishlist () {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      // safe: CWE-502
      const data: any = yaml.safeLoad(String(req.body.wishlist ?? ''))
      const items = Array.isArray(data?.items) ? data.items.map((i: any) => Number(i.productId)).filter(Number.isInteger) : []
      res.json({ status: 'success', items })
    } catch (err) {
      next(err)
    }
  }
}

// Suppliers post delivery notes as XML.
export function deliveryNote () {
  return (req: Request, res: Response, next: NextFunction) => {
    try {
      // safe: CWE-611
      const doc = libxml.parseXmlString(String(req.body ?? ''), { noblanks: true, nonet: true })
      const lines = doc.find('//line').map((node: any) => ({
        sku: node.attr('sku')?.value(),
        quantity: Number(node.text())
      }))
      res.json({ status: 'success', lines })
    } catch (err) {
      next(err)
    }
  }
}
