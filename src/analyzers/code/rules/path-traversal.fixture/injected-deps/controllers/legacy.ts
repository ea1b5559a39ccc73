import type { Context } from 'koa';
import type { ArchiveService } from '../services/archive-service';

// A dependency passed as a typed parameter: an instance of that class, whoever passes it.
export function legacyHandlers(archive: ArchiveService) {
  return {
    async fetch(ctx: Context) {
      ctx.body = archive.read(String(ctx.params.file));
    },
  };
}
