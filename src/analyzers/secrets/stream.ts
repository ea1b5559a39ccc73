/**
 * Streaming scan for inputs too big to hold in memory (multi-GB logs, dumps, huge blobs):
 * text is decoded incrementally and scanned in chunks cut at line ends, so memory stays
 * bounded by the chunk size whatever the input size. A PEM block that straddles a cut is
 * carried into the next chunk whole.
 */
import { createReadStream } from 'node:fs';
import type { FileResult } from '../analyzer.js';
import type { RawFinding, ScanNotice } from '../../findings/finding.js';
import { findingsFromDetections } from './analyze.js';
import { detectionKind, type SecretsSettings } from './settings.js';

export interface StreamOptions {
  /** Characters per scanned chunk (default 4 Mi). */
  chunkSize?: number;
}

const PEM_REACH = 16384;

export async function scanStream(source: AsyncIterable<Buffer | string>, path: string, settings: SecretsSettings, opts: StreamOptions = {}): Promise<FileResult> {
  const chunkSize = opts.chunkSize ?? 4 * 1024 * 1024;
  const findings: RawFinding[] = [];
  const notices: ScanNotice[] = [];
  let decoder = new TextDecoder('utf-8', { fatal: true });
  let invalidUtf8 = false;
  let first = true;
  let pending = '';
  let lineOffset = 0;

  const scanChunk = (text: string): void => {
    const detections = settings.detector.detect(text, { kind: detectionKind(path) });
    if (detections.length) findings.push(...findingsFromDetections(text, detections, { path, salt: settings.salt, lineOffset }));
    lineOffset += countNewlines(text);
  };

  /** Scans the complete lines of `pending` once it is big enough; keeps the rest. */
  const drain = (final: boolean): void => {
    while (pending.length >= chunkSize || (final && pending.length > 0)) {
      let cut = final && pending.length < chunkSize ? pending.length : pending.lastIndexOf('\n', chunkSize) + 1;
      if (cut <= 0) cut = Math.min(pending.length, chunkSize); // one enormous line: cut it anyway
      // Do not split a private-key block: stop before its BEGIN line and carry it over.
      const head = pending.slice(0, cut);
      const begin = head.lastIndexOf('-----BEGIN');
      if (!final && begin >= 0 && head.indexOf('-----END', begin) < 0 && cut - begin < PEM_REACH) {
        const lineStart = head.lastIndexOf('\n', begin) + 1;
        if (lineStart > 0) cut = lineStart;
      }
      scanChunk(pending.slice(0, cut));
      pending = pending.slice(cut);
      if (final && pending.length === 0) break;
    }
  };

  for await (const part of source) {
    let text: string;
    if (typeof part === 'string') {
      text = part;
    } else {
      if (first && part.subarray(0, 8000).includes(0)) {
        notices.push({ path, level: 'skipped', reason: 'binary content', analyzer: 'secrets' });
        return { findings: [], notices };
      }
      try {
        text = decoder.decode(part, { stream: true });
      } catch {
        // Not UTF-8: keep scanning with replacement characters; ASCII secrets are still found.
        invalidUtf8 = true;
        decoder = new TextDecoder('utf-8', { fatal: false });
        text = decoder.decode(part, { stream: true });
      }
    }
    first = false;
    pending += text;
    drain(false);
  }
  pending += decoder.decode();
  drain(true);
  if (invalidUtf8) notices.push({ path, level: 'warning', reason: 'not valid UTF-8; scanned with replacement characters', analyzer: 'secrets' });
  return { findings, notices };
}

export function scanLargeFile(absPath: string, path: string, settings: SecretsSettings, opts: StreamOptions = {}): Promise<FileResult> {
  if (settings.isAllowedPath(path)) return Promise.resolve({ findings: [], notices: [] });
  return scanStream(createReadStream(absPath, { highWaterMark: 1024 * 1024 }), path, settings, opts).catch((err: NodeJS.ErrnoException) => ({
    findings: [],
    notices: [{ path, level: 'error' as const, reason: `cannot read file (${err.code ?? 'error'})`, analyzer: 'secrets' }],
  }));
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
