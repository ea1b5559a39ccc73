/**
 * Worker thread entry: analyses files sent by the pool, one message per file. Runs with a large
 * stack (see pool.ts) so deeply nested code parses instead of overflowing the native stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { VouchConfig } from '../config/schema.js';
import { selectAnalyzers, ruleIndex } from './analyzer-selection.js';
import { processFile } from './process-file.js';
import type { DiscoveredFile } from './discover.js';

interface InitData {
  config: VouchConfig;
  groups: string[];
}

const init = workerData as InitData;
const analyzers = selectAnalyzers(init.groups);
const rules = ruleIndex();

parentPort!.on('message', (msg: { id: number; file: DiscoveredFile; linkInput?: Record<string, unknown> }) => {
  const outcome = processFile(msg.file, { config: init.config, analyzers, rules, linkInput: msg.linkInput });
  parentPort!.postMessage({ id: msg.id, outcome });
});
