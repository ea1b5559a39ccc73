import { basename, extname } from 'node:path';
import type { FileKind } from '../analyzers/analyzer.js';

const LOCKFILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock',
  'poetry.lock', 'Pipfile.lock', 'uv.lock',
]);

const BY_EXTENSION: Record<string, FileKind> = {
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'typescript',
  '.py': 'python', '.pyi': 'python',
  '.json': 'json', '.jsonc': 'json', '.json5': 'json',
  '.yml': 'yaml', '.yaml': 'yaml',
  '.toml': 'toml',
  '.ini': 'ini', '.cfg': 'ini', '.conf': 'ini', '.properties': 'ini',
  '.env': 'env',
  '.tf': 'terraform', '.tfvars': 'terraform', '.hcl': 'terraform',
  '.md': 'markdown', '.mdx': 'markdown',
  '.html': 'html', '.htm': 'html', '.vue': 'html', '.svelte': 'html', '.ejs': 'html', '.hbs': 'html',
  '.handlebars': 'html', '.njk': 'html', '.pug': 'html',
  '.ipynb': 'notebook',
};

/** Extensions we never read: binary formats whose content is not text a human wrote. */
const BINARY_EXTENSIONS = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.ico', '.bmp', '.tiff', '.pdf', '.zip', '.gz', '.tgz',
  '.bz2', '.xz', '.7z', '.rar', '.jar', '.war', '.class', '.so', '.dylib', '.dll', '.exe', '.o', '.a',
  '.wasm', '.woff', '.woff2', '.ttf', '.otf', '.eot', '.mp3', '.mp4', '.mov', '.avi', '.webm', '.ogg',
  '.wav', '.flac', '.psd', '.sqlite', '.db', '.pyc', '.node', '.bin', '.dat', '.iso', '.dmg',
]);

export function isBinaryByName(path: string): boolean {
  return BINARY_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Decide a file's kind from its name alone (content is never executed or sniffed for this). */
export function fileKindOf(path: string): FileKind {
  const name = basename(path);
  if (LOCKFILES.has(name)) return 'lockfile';
  if (name === 'Dockerfile' || name.startsWith('Dockerfile.') || name.endsWith('.dockerfile') || name === 'Containerfile') return 'dockerfile';
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return 'env';
  if (name.endsWith('.d.ts')) return 'typescript';
  return BY_EXTENSION[extname(name).toLowerCase()] ?? 'text';
}

export function isCodeKind(kind: FileKind): boolean {
  return kind === 'javascript' || kind === 'typescript';
}
