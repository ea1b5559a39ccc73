import type { Request, Response } from 'express';
import path from 'path';
import { randomUUID } from 'crypto';
import { config } from '../config';
import { backupQueue } from '../jobs/queue';
import { bundleExports, importBundle } from '../services/transfer';
import { sendTestEvent } from '../services/webhooks';
import { setValue, updateSections } from '../services/settings';

/** Backups, bundle import/export, integrations and settings for the owners' "Ops" tab. */
export class OpsController {
  constructor() {
    this.requestBackup = this.requestBackup.bind(this);
    this.importUpload = this.importUpload.bind(this);
    this.downloadExport = this.downloadExport.bind(this);
    this.createBundle = this.createBundle.bind(this);
    this.testWebhook = this.testWebhook.bind(this);
    this.saveSettings = this.saveSettings.bind(this);
    this.setFlag = this.setFlag.bind(this);
  }

  async requestBackup(req: Request, res: Response) {
    const { tables = [], label = 'manual' } = req.body as { tables?: string[]; label?: string };
    const job = await backupQueue.add({ requestedBy: req.session.user!.email, tables, label });
    res.status(202).json({ jobId: job.id });
  }

  /** Raw zip body (Content-Type: application/zip), see express.raw() in routes. */
  async importUpload(req: Request, res: Response) {
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
      return res.status(400).json({ error: 'expected a zip body' });
    }
    const result = await importBundle(req.body, randomUUID());
    res.json(result);
  }

  async createBundle(req: Request, res: Response) {
    const { files, name } = req.body as { files: string[]; name: string };
    const archiveName = await bundleExports(files, name || 'export');
    res.json({ download: `/ops/exports/${encodeURIComponent(archiveName)}` });
  }

  downloadExport(req: Request, res: Response) {
    const file = path.join(config.exportDir, req.params.file);
    // vuln: CWE-22
    res.download(file);
  }

  async testWebhook(req: Request, res: Response) {
    const { url, secret, eventType = 'customer.updated' } = req.body as { url: string; secret: string; eventType?: string };
    const result = await sendTestEvent(url, secret, { type: eventType, payload: { id: 0, name: 'Example customer' } });
    res.json(result);
  }

  async saveSettings(req: Request, res: Response) {
    const patch = typeof req.body.settings === 'string' ? JSON.parse(req.body.settings) : req.body;
    res.json(await updateSections(patch));
  }

  async setFlag(req: Request, res: Response) {
    const { path: keyPath, value } = req.body as { path: string; value: unknown };
    res.json(await setValue(keyPath, value));
  }
}
