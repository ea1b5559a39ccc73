/** docker-compose files: the services and the container settings rules read. */
import type { Node } from 'yaml';
import { isMap, isScalar } from './yaml-lib.js';
import { get, type YamlDoc } from './model.js';

export interface ComposeService {
  name: string;
  node: Node;
}

export function servicesOf(d: YamlDoc): ComposeService[] {
  const services = get(d.doc.contents, 'services');
  if (!isMap(services)) return [];
  return services.items.flatMap((p) => (isScalar(p.key) && isMap(p.value) ? [{ name: String(p.key.value), node: p.value as Node }] : []));
}

/** Linux capabilities that give a container near-root power over the host (with or without `CAP_`). */
const DANGEROUS_CAPABILITIES = new Set(['ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'DAC_READ_SEARCH', 'SYS_RAWIO', 'BPF', 'PERFMON', 'SYS_BOOT']);

export function isDangerousCapability(cap: string): boolean {
  return DANGEROUS_CAPABILITIES.has(cap.toUpperCase().replace(/^CAP_/, ''));
}
