/** The report formats and the one entry point the CLI uses to render any of them. */
import type { ScanResult } from '../pipeline/scan-result.js';
import type { RenderOptions } from './common.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export type { RenderOptions } from './common.js';

type Renderer = (result: ScanResult, opts: RenderOptions) => string;

const RENDERERS = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  junit: renderJunit,
  markdown: renderMarkdown,
} satisfies Record<string, Renderer>;

export type ReportFormat = keyof typeof RENDERERS;
export const FORMATS = Object.keys(RENDERERS) as ReportFormat[];

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(RENDERERS, value);
}

/** Takes a plain string so CLI flags can be passed straight through; an unknown format throws. */
export function renderReport(format: ReportFormat | string, result: ScanResult, opts: RenderOptions): string {
  if (!isReportFormat(format)) throw new Error(`unknown report format '${format}' (expected one of ${FORMATS.join(', ')})`);
  return RENDERERS[format](result, opts);
}

export interface OutputTarget {
  format: ReportFormat;
  /** File to write, or undefined for stdout. */
  file?: string;
}

/**
 * Parses one `--output` value: `sarif=out.sarif`, or a bare file whose extension names the
 * format (`out.sarif`, `report.json`, `junit.xml`). Throws with a message fit for the user.
 */
export function parseOutputTarget(value: string): OutputTarget {
  const eq = value.indexOf('=');
  if (eq > 0 && isReportFormat(value.slice(0, eq))) {
    const file = value.slice(eq + 1);
    if (file === '') throw new Error(`--output ${value}: missing file name after '='`);
    return { format: value.slice(0, eq) as ReportFormat, file };
  }
  if (eq > 0 && !value.slice(0, eq).includes('/') && !value.slice(0, eq).includes('.')) {
    throw new Error(`--output ${value}: unknown format '${value.slice(0, eq)}' (expected one of ${FORMATS.join(', ')})`);
  }
  const byExtension: Record<string, ReportFormat> = { '.sarif': 'sarif', '.json': 'json', '.xml': 'junit', '.txt': 'text', '.md': 'markdown' };
  const ext = /\.[A-Za-z]+$/.exec(value)?.[0]?.toLowerCase() ?? '';
  const format = value.toLowerCase().endsWith('.sarif.json') ? 'sarif' : byExtension[ext];
  if (!format) throw new Error(`--output ${value}: cannot tell the format; write it as FORMAT=FILE (formats: ${FORMATS.join(', ')})`);
  return { format, file: value };
}
