import { defineRule, get, lineOf, path, str, type YamlDoc } from '../model.js';

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/k8s-cluster-admin-binding', title: 'Binding grants cluster-admin', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [269], tags: ['kubernetes', 'rbac', 'iam', 'ai-common'],
    description: 'A (Cluster)RoleBinding to `cluster-admin` gives its subjects full control of every resource in the cluster, secrets included.',
    fix: 'Write a Role listing only the resources and verbs the workload uses, and bind it with a namespaced RoleBinding.',
    examples: { lang: 'yaml', bad: 'roleRef:\n  kind: ClusterRole\n  name: cluster-admin', good: 'roleRef:\n  kind: Role\n  name: api-configmap-reader' },
  },
  refs: { checkov: 'CKV_K8S_157', trivy: 'KSV111' },
  applies: ['kubernetes'],
  check(d) {
    const root = d.doc.contents;
    const kind = str(get(root, 'kind'));
    if (kind !== 'ClusterRoleBinding' && kind !== 'RoleBinding') return [];
    const name = path(root, 'roleRef', 'name');
    return str(name) === 'cluster-admin' ? [{ line: lineOf(d, name), message: `${kind} '${str(path(root, 'metadata', 'name')) ?? '?'}' grants cluster-admin` }] : [];
  },
});
