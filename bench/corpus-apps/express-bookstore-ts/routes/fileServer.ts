import path from 'path';
import type { Request, Response, NextFunction } from 'express';
import { cutOffPoisonNullByte } from '../lib/insecurity';

const ALLOWED_TYPES = ['.md', '.pdf'];

export function servePublicFiles() {
  return ({ params }: Request, res: Response, next: NextFunction) => {
    const file = params.file;
    if (!file.includes('/') && !file.includes('\\') && ALLOWED_TYPES.some((type) => file.endsWith(type))) {
      // safe: CWE-22
      res.sendFile(path.resolve('ftp/', cutOffPoisonNullByte(file)));
    } else {
      res.status(403);
      next(new Error('File names cannot contain slashes, and only .md and .pdf files are allowed!'));
    }
  };
}

export function serveQuarantineFiles() {
  return ({ params }: Request, res: Response) => {
    // vuln: CWE-22
    res.sendFile(path.resolve('ftp/quarantine/', params.file));
  };
}
