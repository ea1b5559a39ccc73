/**
 * Worker thread entry: analyses files sent by the pool, one message per file. Runs with a large
 * stack (see pool.ts) so deeply nested code parses instead of overflowing the native stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { VouchConfig } from '../config/schema.js';
import { selectAnalyzers, ruleIndex } from './analyzer-selection.js';
import { prepareFor, processFile } from './process-file.js';
import type { DiscoveredFile } from './discover.js';
import type { FileAnalyzer } from '../analyzers/analyzer.js';

interface InitData {
  config: VouchConfig;
  groups: string[];
  /** Source characters of parsed files this worker may keep for link rounds (0: none). */
  keepChars?: number;
}

const init = workerData as InitData;
const rules = ruleIndex();
const analyzersByGroups = new Map<string, FileAnalyzer[]>();
const analyzersFor = (groups: string[]) => {
  const key = groups.join(',');
  let list = analyzersByGroups.get(key);
  if (!list) analyzersByGroups.set(key, (list = selectAnalyzers(groups)));
  return list;
};
if (init.keepChars) for (const a of analyzersFor(init.groups)) a.keepState?.(init.keepChars);

// Messages are handled in arrival order; a file may first wait for an analyzer's parser to load.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (msg: { id: number; file: DiscoveredFile; linkInput?: Record<string, unknown>; groups?: string[] } | { drop: string[] }) => {
  if ('drop' in msg) {
    for (const a of analyzersFor(init.groups)) a.dropState?.(msg.drop);
    return;
  }
  const analyzers = analyzersFor(msg.groups ?? init.groups);
  queue = queue.then(async () => {
    await prepareFor(msg.file, analyzers).catch(() => undefined); // a failed load shows up as that file's error
    const outcome = processFile(msg.file, { config: init.config, analyzers, rules, linkInput: msg.linkInput });
    parentPort!.postMessage({ id: msg.id, outcome });
  });
});
