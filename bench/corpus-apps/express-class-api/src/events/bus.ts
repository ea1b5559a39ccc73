import { EventEmitter } from 'events';

export interface ExportRequested {
  ticketId: number;
  archiveName: string;
}

class Bus extends EventEmitter {
  emitExport(payload: ExportRequested) {
    this.emit('ticket:export', payload);
  }

  onExport(handler: (payload: ExportRequested) => void) {
    this.on('ticket:export', handler);
  }
}

export const bus = new Bus();
