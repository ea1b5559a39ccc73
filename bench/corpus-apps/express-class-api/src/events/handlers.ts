import { exec, execFile } from 'child_process';
import { bus } from './bus';
import { logger } from '../lib/logger';
import { webhookSignature } from '../lib/tokens';

export function registerHandlers() {
  bus.onExport(({ ticketId, archiveName }) => {
    // vuln: CWE-78
    exec(`tar czf /srv/exports/${archiveName}.tgz /srv/attachments/${ticketId}`, (err) => {
      if (err) logger.error({ err, ticketId }, 'export failed');
    });
  });

  bus.on('ticket:closed', async ({ ticketId, hookUrl }: { ticketId: number; hookUrl: string }) => {
    const body = JSON.stringify({ event: 'ticket.closed', ticketId });
    await fetch(hookUrl, { method: 'POST', body, headers: { 'x-helpdesk-signature': webhookSignature(body) } });
  });

  bus.on('ticket:export:v2', ({ ticketId }: { ticketId: number }) => {
    // safe: CWE-78
    execFile('tar', ['czf', `/srv/exports/ticket-${Number(ticketId)}.tgz`, `/srv/attachments/${Number(ticketId)}`], (err) => {
      if (err) logger.error({ err, ticketId }, 'export failed');
    });
  });
}
