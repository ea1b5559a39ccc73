import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config';
import { ExportService } from '../services/export.service';
import { ImportService } from '../services/import.service';

const upload = koaBody({
  multipart: true,
  formidable: { maxFileSize: 20 * 1024 * 1024, keepExtensions: true },
});

export function fileRoutes(imports: ImportService, exportsSvc: ExportService) {
  const router = new Router({ prefix: '/api' });

  router.post('/imports/supplier', upload, async (ctx) => {
    const sheet = ctx.request.files?.sheet;
    if (!sheet || Array.isArray(sheet)) ctx.throw(400, 'Upload exactly one "sheet" file');
    const warehouseId = Number(ctx.request.body.warehouseId);
    const dir = path.join(config.uploadDir, 'supplier');
    await mkdir(dir, { recursive: true });
    // keep the original file for the audit trail
    const kept = path.join(dir, sheet.originalFilename ?? sheet.newFilename);
    // vuln: CWE-22
    await rename(sheet.filepath, kept);
    ctx.body = await imports.importSupplierSheet(kept, warehouseId);
  });

  router.post('/imports/stocktake', upload, async (ctx) => {
    const sheet = ctx.request.files?.sheet;
    if (!sheet || Array.isArray(sheet)) ctx.throw(400, 'Upload exactly one "sheet" file');
    // safe: CWE-22
    ctx.body = await imports.importStocktake(sheet.filepath);
  });

  router.get('/exports/download', async (ctx) => {
    const file = String(ctx.query.file ?? '');
    const full = path.join(config.exportDir, file);
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) ctx.throw(404, 'Export not found');
    ctx.attachment(path.basename(full));
    // vuln: CWE-22
    ctx.body = createReadStream(full);
  });

  router.get('/exports/:name', async (ctx) => {
    const full = exportsSvc.resolveExport(ctx.params.name);
    if (!full) ctx.throw(400, 'Bad export name');
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) ctx.throw(404, 'Export not found');
    ctx.attachment(path.basename(full));
    // safe: CWE-22
    ctx.body = createReadStream(full);
  });

  return router;
}
