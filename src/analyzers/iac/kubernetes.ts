/** Where pod specs and containers live in each Kubernetes workload kind. */
import type { Node } from 'yaml';
import { get, items, path, str, type YamlDoc } from './model.js';

export interface PodSpec { node: Node; doc: YamlDoc; kind: string }
export interface Container { node: Node; pod: PodSpec }

export function podSpecOf(d: YamlDoc): PodSpec | undefined {
  const root = d.doc.contents;
  const kind = str(get(root, 'kind')) ?? '';
  let node: Node | undefined;
  if (kind === 'Pod') node = get(root, 'spec');
  else if (['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'Job', 'ReplicationController'].includes(kind)) node = path(root, 'spec', 'template', 'spec');
  else if (kind === 'CronJob') node = path(root, 'spec', 'jobTemplate', 'spec', 'template', 'spec');
  return node ? { node, doc: d, kind } : undefined;
}

export function containersOf(pod: PodSpec): Container[] {
  return ['initContainers', 'containers', 'ephemeralContainers']
    .flatMap((k) => items(get(pod.node, k)))
    .map((node) => ({ node, pod }));
}

export function containerName(c: Container): string {
  return str(get(c.node, 'name')) ?? 'container';
}
