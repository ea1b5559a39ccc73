import type { Request, Response } from 'express';
import { exec, execFile } from 'child_process';
import path from 'path';
import { promisify } from 'util';
import { config } from '../config';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export async function resizeLogo(req: Request, res: Response) {
  const src = path.join(config.imageDir, 'logos', `${Number(req.params.teamId)}.png`);
  const out = path.join(config.imageDir, 'thumbs', `${Number(req.params.teamId)}.png`);
  const size = req.query.size ?? '128x128';
  // vuln: CWE-78
  await execAsync(`convert ${src} -resize ${size} ${out}`);
  res.sendFile(out);
}

export async function resizeLogoSafe(req: Request, res: Response) {
  const src = path.join(config.imageDir, 'logos', `${Number(req.params.teamId)}.png`);
  const out = path.join(config.imageDir, 'thumbs', `${Number(req.params.teamId)}.png`);
  const size = String(req.query.size ?? '128x128');
  if (!/^\d{1,4}x\d{1,4}$/.test(size)) return res.status(400).end();
  // safe: CWE-78
  await execFileAsync('convert', [src, '-resize', size, out]);
  return res.sendFile(out);
}
