import { randomUUID } from 'crypto';
import multer from 'multer';
import path from 'path';
import { env } from '../config/env';

const ALLOWED_DOCUMENT_TYPES = new Set([
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
]);

export const documentUpload = multer({
  storage: multer.diskStorage({
    destination: path.join(env.storageDir, 'tmp'),
    // safe: CWE-22
    filename: (_req, _file, cb) => cb(null, randomUUID()),
  }),
  limits: { fileSize: 15 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, ALLOWED_DOCUMENT_TYPES.has(file.mimetype)),
});

export const xmlUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 2 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, file.mimetype === 'application/xml' || file.mimetype === 'text/xml'),
});
