import { isDangerousCapability, servicesOf } from '../compose.js';
import { defineRule, get, isTrue, items, lineOf, str, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/compose-privileged', title: 'Compose service runs privileged or with dangerous capabilities', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [250], tags: ['compose', 'container', 'ai-common'],
    description: '`privileged: true` gives the container every capability and access to all host devices; `cap_add` of `SYS_ADMIN`, `NET_ADMIN`, `ALL` and similar comes close. A compromise of the service becomes a compromise of the host.',
    fix: 'Remove `privileged: true`. Add only the capability the process needs (often none; `NET_BIND_SERVICE` for low ports) and drop the rest with `cap_drop: [ALL]`. Map the one device needed with `devices:` instead.',
    examples: { lang: 'yaml', bad: 'services:\n  app:\n    privileged: true', good: 'services:\n  app:\n    cap_drop: [ALL]' },
  },
  refs: { kics: 'ae5b6871-7f45-42e0-bb4c-ab300c4d2026' },
  applies: ['compose'],
  check(d) {
    return servicesOf(d).flatMap((s) => {
      const hits = [];
      const priv = get(s.node, 'privileged');
      if (isTrue(priv)) hits.push({ line: lineOf(d, priv), message: `service '${s.name}' runs privileged` });
      for (const cap of items(get(s.node, 'cap_add'))) {
        const name = str(cap) ?? '';
        if (isDangerousCapability(name)) hits.push({ line: lineOf(d, cap), message: `service '${s.name}' adds capability ${name}` });
      }
      return hits;
    });
  },
});
