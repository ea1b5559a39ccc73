import type { Request, Response } from 'express';
import { injectable } from 'tsyringe';
import { ReportService } from '../services/ReportService';
import { HttpError } from '../utils/HttpError';
import type { ReportBody } from '../validation/schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@injectable()
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  createSpendReport = async (_req: Request, res: Response) => {
    const report = await this.reports.renderSpendReport(res.locals.body as ReportBody);
    res.status(201).json({ id: report.id, download: `/api/reports/${report.id}/pdf` });
  };

  convert = async (req: Request, res: Response) => {
    if (!req.file) throw new HttpError(400, 'File is required');
    const pdfPath = await this.reports.convertUpload(req.file);
    res.download(pdfPath);
  };

  download = (req: Request, res: Response) => {
    const { id } = req.params;
    if (!UUID.test(id)) throw new HttpError(400, 'Invalid report id');
    // safe: CWE-22
    res.sendFile(`${id}.pdf`, { root: this.reports.outputDir });
  };
}
