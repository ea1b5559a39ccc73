/**
 * Worker thread entry: analyses files sent by the pool, one message per file. Runs with a large
 * stack (see pool.ts) so deeply nested code parses instead of overflowing the native stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { VouchConfig } from '../config/schema.js';
import { loadFileAnalyzers, ruleIndexOf } from '../analyzers/file-analyzer-loaders.js';
import { prepareFor, processFile } from './process-file.js';
import type { DiscoveredFile } from './discover.js';
import type { FileAnalyzer } from '../analyzers/analyzer.js';
import type { RuleMeta } from '../findings/rule.js';

interface InitData {
  config: VouchConfig;
  groups: string[];
  /** Source characters of parsed files this worker may keep for link rounds (0: none). */
  keepChars?: number;
}

const init = workerData as InitData;
// Only the analyzers of the scan's groups are loaded (a secrets-only scan never loads the code analyzer).
const analyzersByGroups = new Map<string, Promise<{ analyzers: FileAnalyzer[]; rules: Map<string, RuleMeta> }>>();
const analyzersFor = (groups: string[]) => {
  const key = groups.join(',');
  let list = analyzersByGroups.get(key);
  if (!list) {
    list = loadFileAnalyzers(groups).then((analyzers) => ({ analyzers, rules: ruleIndexOf(analyzers) }));
    // An analyzer that cannot load ends the worker, as a failed static import would: the pool reports it.
    list.catch((err: unknown) => setImmediate(() => { throw err; }));
    analyzersByGroups.set(key, list);
  }
  return list;
};

// Messages are handled in arrival order; a file may first wait for an analyzer's parser to load.
let queue: Promise<void> = analyzersFor(init.groups).then(({ analyzers }) => {
  if (init.keepChars) for (const a of analyzers) a.keepState?.(init.keepChars);
});
parentPort!.on('message', (msg: { id: number; file: DiscoveredFile; linkInput?: Record<string, unknown>; groups?: string[] } | { drop: string[] }) => {
  if ('drop' in msg) {
    queue = queue.then(async () => {
      for (const a of (await analyzersFor(init.groups)).analyzers) a.dropState?.(msg.drop);
    });
    return;
  }
  queue = queue.then(async () => {
    const { analyzers, rules } = await analyzersFor(msg.groups ?? init.groups);
    await prepareFor(msg.file, analyzers).catch(() => undefined); // a failed load shows up as that file's error
    const outcome = processFile(msg.file, { config: init.config, analyzers, rules, linkInput: msg.linkInput });
    parentPort!.postMessage({ id: msg.id, outcome });
  });
});
