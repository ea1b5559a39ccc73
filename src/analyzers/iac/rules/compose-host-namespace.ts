import { servicesOf } from '../compose.js';
import { defineRule, get, lineOf, str, type YamlDoc } from '../model.js';

const SETTINGS = ['network_mode', 'pid', 'ipc', 'userns_mode', 'uts'];

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/compose-host-namespace', title: 'Compose service shares the host\'s namespaces', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [668], tags: ['compose', 'container'],
    description: '`network_mode: host`, `pid: host`, `ipc: host` or `userns_mode: host` put the container in the host\'s network, process, IPC or user namespace: it can reach every local service, signal host processes or read shared memory.',
    fix: 'Remove the `host` setting and publish the ports the service needs with `ports:` on a user-defined network.',
    examples: { lang: 'yaml', bad: 'services:\n  app:\n    network_mode: host', good: 'services:\n  app:\n    ports: ["8080:8080"]' },
  },
  refs: { kics: '071a71ff-f868-47a4-ac0b-3c59e4ab5443, 4f31dd9f-2cc3-4751-9b53-67e4af83dac0, baa3890f-bed7-46f5-ab8f-1da8fc91c729, 8af7162d-6c98-482f-868e-0d33fb675ca8' },
  applies: ['compose'],
  check(d) {
    return servicesOf(d).flatMap((s) => SETTINGS.flatMap((k) => {
      const v = get(s.node, k);
      return str(v) === 'host' ? [{ line: lineOf(d, v), message: `service '${s.name}' sets ${k}: host` }] : [];
    }));
  },
});
