import path from 'node:path';
import { config } from '../config';
import { invalid } from '../grpc/errors';

export const MEDIA_ROOT = config.mediaRoot;
export const SCRATCH_ROOT = path.join(MEDIA_ROOT, '.scratch');

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

export function partnerRoot(partnerId: string): string {
  if (!ID_RE.test(partnerId)) throw invalid('bad partner id');
  return path.join(MEDIA_ROOT, 'partners', partnerId);
}

/** Resolves `relative` under `base` and refuses anything that ends up outside it. */
export function resolveInside(base: string, relative: string): string {
  const root = path.resolve(base);
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw invalid('path escapes the media root');
  }
  return target;
}

export function storagePath(storageKey: string): string {
  return resolveInside(MEDIA_ROOT, storageKey);
}

const OUTPUT_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/;

export function safeOutputName(name: string, fallback: string): string {
  return OUTPUT_NAME_RE.test(name) && !name.includes('..') ? name : fallback;
}
