import { join } from 'path';

export const EXPORT_QUEUE = 'project-exports';
export const EXPORT_DIR = process.env.EXPORT_DIR ?? join(process.cwd(), 'var', 'exports');

export type ExportFormat = 'pdf' | 'docx' | 'html';

export interface ExportJob {
  projectId: number;
  format: ExportFormat;
  fileName: string;
  title: string;
  requestedBy: string;
}

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
