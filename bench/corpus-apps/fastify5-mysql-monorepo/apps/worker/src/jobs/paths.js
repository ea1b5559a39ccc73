import path from 'node:path';

export const dataDir = path.resolve(process.env.CASTBASE_DATA_DIR ?? 'var');
export const uploadsDir = path.join(dataDir, 'uploads');
export const mediaDir = path.join(dataDir, 'media');
export const backupsDir = path.join(dataDir, 'backups');
