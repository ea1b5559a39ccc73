import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import type { ProjectContext } from '../../src/analyzers/analyzer.js';
import { defaultConfig } from '../../src/config/schema.js';

export const FIXTURES = join(process.cwd(), 'test', 'dependencies', 'fixtures');

/** A real zip archive (deflate, as OSV's all.zip; `stored`: uncompressed entries, as `zip -0` writes) built in memory. */
export function buildZip(entries: { name: string; data: Buffer | string }[], options: { stored?: boolean } = {}): Buffer {
  const method = options.stored ? 0 : 8;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data);
    const packed = options.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name);
    const crc = crc32(raw) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(raw.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10); central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBuf.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBuf, end]);
}

/** The fixture advisories, as OSV JSON files. */
export function fixtureAdvisories(): { name: string; data: string }[] {
  const dir = join(FIXTURES, 'osv');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ name: f, data: readFileSync(join(dir, f), 'utf8') }));
}

const created: string[] = [];
// Each test file runs in its own process: its temp folders go when it exits.
process.on('exit', () => { for (const d of created) rmSync(d, { recursive: true, force: true }); });

export function tempDir(prefix = 'vouch-deps-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Copy a fixture project to a temp folder so tests can add files beside it. */
export function copyFixture(name: string): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

function listFiles(root: string, rel = ''): string[] {
  return readdirSync(join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const p = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(root, p) : [p];
  });
}

export function projectContext(root: string, options: { dependencies?: Record<string, unknown>; offline?: boolean; imports?: Record<string, string[]> } = {}): ProjectContext {
  const config = defaultConfig();
  config.dependencies = options.dependencies ?? {};
  const facts = new Map<string, Map<string, Record<string, unknown>>>();
  if (options.imports) facts.set('code', new Map(Object.entries(options.imports).map(([p, imports]) => [p, { imports }])));
  return {
    root, config, facts, offline: options.offline ?? false,
    files: listFiles(root).map((p) => ({ path: p, absPath: join(root, p), kind: 'text' as const })),
  };
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 (port chosen by the OS). */
export async function startServer(handler: Handler): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`, server,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
