import { Router } from 'express';
import path from 'node:path';
import { config } from '../config';
import { requireAuth } from '../middleware/auth';
import { invoiceRepository } from '../repositories/invoiceRepository';
import { asyncHandler } from '../utils/async';

const INVOICE_FILE = /^[A-Z0-9-]{4,40}\.pdf$/;

export function invoiceRoutes(): Router {
  const router = Router();
  router.use(requireAuth);

  router.get(
    '/',
    asyncHandler(async (req, res) => {
      res.json(await invoiceRepository.listForAccount(req.user!.accountId));
    }),
  );

  router.get(
    '/:id/pdf',
    asyncHandler(async (req, res) => {
      const invoice = await invoiceRepository.findForAccount(req.user!.accountId, req.params.id);
      if (!invoice) return res.status(404).json({ error: 'invoice not found' });
      const fileName = `${invoice.number}.pdf`;
      if (!INVOICE_FILE.test(fileName)) return res.status(404).json({ error: 'invoice file missing' });
      // safe: CWE-22
      return res.sendFile(fileName, { root: path.join(config.storage.invoicesDir, invoice.accountId) });
    }),
  );

  /** Links in older receipt e-mails point at /invoices/files?name=INV-2024-0042.pdf */
  router.get('/files', (req, res) => {
    const name = String(req.query.name ?? '');
    const file = path.join(config.storage.invoicesDir, req.user!.accountId, name);
    // vuln: CWE-22
    res.download(file, path.basename(file));
  });

  return router;
}
