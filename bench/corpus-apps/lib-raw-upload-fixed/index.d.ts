import type { IncomingMessage } from 'http';

export interface ReceiveOptions {
  dir: string;
  maxBytes?: number;
  overwrite?: boolean;
  fallbackName?: string;
}

export interface StoredFile {
  path: string;
  name: string;
  bytes: number;
}

export function receive(req: IncomingMessage, opts: ReceiveOptions): Promise<StoredFile>;
export function filenameFromHeader(header: string | undefined, fallback?: string): string;
export function sanitizeFilename(input: string, replacement?: string): string;
