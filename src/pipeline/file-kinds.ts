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
  // `Dockerfile.node`, `Dockerfile.bin`: the name says Dockerfile, whatever follows the dot.
  if (fileKindOf(path) === 'dockerfile') return false;
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

/** `#!/usr/bin/env node`, `#!/usr/local/bin/node --harmony`, `#!/usr/bin/env -S npx tsx`: the program that runs the script. */
const SHEBANG = /^#!\s*(?:\/usr\/bin\/env\s+(?:-S\s+)?(?:npx\s+)?)?(?:\S*\/)?(node|nodejs|bun|ts-node|tsx|ts-node-esm)(?=\s|$)/;

/**
 * Extension-less scripts (`bin/cli`, `scripts/deploy`) say what runs them on their first line;
 * those run by node are JavaScript (TypeScript for ts-node/tsx). Only the first line is read.
 */
export function shebangKind(path: string, head: string): FileKind | undefined {
  if (extname(basename(path)) !== '' || !head.startsWith('#!')) return undefined;
  const m = SHEBANG.exec(head.slice(0, head.indexOf('\n') < 0 ? head.length : head.indexOf('\n')));
  if (!m) return undefined;
  return /^(ts-node|tsx|ts-node-esm)$/.test(m[1]!) ? 'typescript' : 'javascript';
}

/** `fileKindOf`, then the shebang of an extension-less text file whose content is at hand. */
export function fileKindOfText(path: string, text: string): FileKind {
  const kind = fileKindOf(path);
  return kind === 'text' ? shebangKind(path, text.slice(0, 256)) ?? kind : kind;
}

export function isCodeKind(kind: FileKind): boolean {
  return kind === 'javascript' || kind === 'typescript';
}
