import { EventEmitter } from 'events';

export interface BackupRequested { host: string; label: string }

// A typed bus: wrapper methods around emit/on, one per event.
class JobBus extends EventEmitter {
  requestBackup(job: BackupRequested) {
    this.emit('backup', job);
  }

  onBackup(handler: (job: BackupRequested) => void) {
    this.on('backup', handler);
  }

  requestRotate(days: number) {
    this.emit('rotate', days);
  }

  onRotate(handler: (days: number) => void) {
    this.on('rotate', handler);
  }
}

export const jobs = new JobBus();
