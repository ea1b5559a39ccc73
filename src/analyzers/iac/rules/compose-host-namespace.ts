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
  refs: {},
  applies: ['compose'],
  check(d) {
    return servicesOf(d).flatMap((s) => SETTINGS.flatMap((k) => {
      const v = get(s.node, k);
      return str(v) === 'host' ? [{ line: lineOf(d, v), message: `service '${s.name}' sets ${k}: host` }] : [];
    }));
  },
});
