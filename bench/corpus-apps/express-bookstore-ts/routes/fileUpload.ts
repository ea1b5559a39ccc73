import fs from 'fs';
import path from 'path';
import { Readable } from 'stream';
import type { Request, Response, NextFunction } from 'express';
import unzipper from 'unzipper';
import yaml from 'js-yaml';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const libxml = require('libxmljs2');

const COMPLAINTS_DIR = 'uploads/complaints/';

export function handleZipFileUpload({ file }: Request, res: Response, next: NextFunction) {
  if (!file || !file.originalname.toLowerCase().endsWith('.zip')) return next();
  Readable.from(file.buffer)
    .pipe(unzipper.Parse())
    .on('entry', (entry: any) => {
      const fileName = entry.path;
      const absolutePath = path.resolve(COMPLAINTS_DIR + fileName);
      if (absolutePath.includes(path.resolve('.'))) {
        // vuln: CWE-22
        entry.pipe(fs.createWriteStream(COMPLAINTS_DIR + fileName));
      } else {
        entry.autodrain();
      }
    })
    .on('error', next)
    .on('close', () => res.status(204).end());
}

export function handleXmlUpload({ file }: Request, res: Response, next: NextFunction) {
  if (!file || !file.originalname.toLowerCase().endsWith('.xml')) return next();
  const data = file.buffer.toString();
  try {
    // vuln: CWE-611
    const xmlDoc = libxml.parseXml(data, { noblanks: true, noent: true, nocdata: true });
    res.json({ root: xmlDoc.root().name(), items: xmlDoc.find('//item').length });
  } catch (err) {
    next(err);
  }
}

export function handleXmlPreview({ file }: Request, res: Response, next: NextFunction) {
  if (!file) return next();
  try {
    // safe: CWE-611
    const xmlDoc = libxml.parseXml(file.buffer.toString(), { noblanks: true });
    res.json({ root: xmlDoc.root().name() });
  } catch (err) {
    next(err);
  }
}

export function handleYamlUpload({ file }: Request, res: Response, next: NextFunction) {
  if (!file || !file.originalname.toLowerCase().match(/\.ya?ml$/)) return next();
  const data = file.buffer.toString();
  try {
    // vuln: CWE-502
    const parsed = yaml.load(data);
    res.json({ keys: Object.keys(parsed || {}) });
  } catch (err) {
    next(err);
  }
}

export function handleYamlPreview({ file }: Request, res: Response, next: NextFunction) {
  if (!file) return next();
  try {
    // safe: CWE-502
    const parsed = yaml.safeLoad(file.buffer.toString());
    res.json({ keys: Object.keys(parsed || {}) });
  } catch (err) {
    next(err);
  }
}
