import type { Context } from 'koa';
import { createController } from 'awilix-koa';
import type { ArchiveService } from '../services/archive-service';

// awilix (PROXY mode) calls the factory with its cradle: the type literal names each dependency's class.
const documentsApi = ({ archiveService }: { archiveService: ArchiveService }) => ({
  async download(ctx: Context) {
    ctx.attachment('document.pdf');
    ctx.body = archiveService.open(String(ctx.query.name ?? ''));
  },

  async thumbnail(ctx: Context) {
    ctx.body = archiveService.open(`${Number(ctx.query.id)}.png`);
  },

  async preview(ctx: Context) {
    ctx.body = archiveService.openNamed(String(ctx.query.name ?? ''));
  },
});

export default createController(documentsApi)
  .prefix('/documents')
  .get('/download', 'download')
  .get('/thumbnail', 'thumbnail')
  .get('/preview', 'preview');
