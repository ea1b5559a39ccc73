/**
 * Worker thread entry: analyses files sent by the pool, one message per file. Runs with a large
 * stack (see pool.ts) so deeply nested code parses instead of overflowing the native stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { VouchConfig } from '../config/schema.js';
import { selectAnalyzers, ruleIndex } from './analyzer-selection.js';
import { prepareFor, processFile } from './process-file.js';
import type { DiscoveredFile } from './discover.js';

interface InitData {
  config: VouchConfig;
  groups: string[];
}

const init = workerData as InitData;
const analyzers = selectAnalyzers(init.groups);
const rules = ruleIndex();

// Messages are handled in arrival order; a file may first wait for an analyzer's parser to load.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (msg: { id: number; file: DiscoveredFile; linkInput?: Record<string, unknown> }) => {
  queue = queue.then(async () => {
    await prepareFor(msg.file, analyzers).catch(() => undefined); // a failed load shows up as that file's error
    const outcome = processFile(msg.file, { config: init.config, analyzers, rules, linkInput: msg.linkInput });
    parentPort!.postMessage({ id: msg.id, outcome });
  });
});
