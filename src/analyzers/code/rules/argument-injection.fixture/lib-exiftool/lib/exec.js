import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// Importers calling this call execFile.
export const execFileAsync = promisify(execFile);
