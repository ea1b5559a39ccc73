import type { Block, Val } from '../hcl.js';
import { defineRule } from '../model.js';
import { attr, resources, strOf, strings, sub, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, listOf, prop } from '../cloudformation.js';

// Ports whose exposure to the internet is the usual first step of an intrusion.
const SENSITIVE: Record<number, string> = {
  22: 'SSH', 3389: 'RDP', 3306: 'MySQL', 5432: 'PostgreSQL', 1433: 'SQL Server', 1521: 'Oracle', 27017: 'MongoDB',
  6379: 'Redis', 9200: 'Elasticsearch', 5601: 'Kibana', 11211: 'Memcached', 2375: 'Docker API', 2379: 'etcd', 5984: 'CouchDB', 9042: 'Cassandra',
};

function num(v: Val | undefined): number | undefined {
  if (v?.kind === 'num') return v.value;
  if (v?.kind === 'str' && /^-?\d+$/.test(v.value)) return Number(v.value);
  return undefined;
}

/** What an open rule exposes, or undefined when the ports are harmless or unknown. */
function exposure(from: number | undefined, to: number | undefined, protocol: string | undefined): string | undefined {
  if (protocol === '-1' || protocol === 'all') return 'all ports';
  if (from === undefined || to === undefined) return undefined;
  if (from <= 0 && to >= 65535) return 'all ports';
  const hit = Object.entries(SENSITIVE).find(([p]) => Number(p) >= from && Number(p) <= to);
  return hit ? `${hit[1]} (port ${hit[0]})` : undefined;
}

function openCidr(b: Block, ...names: string[]): { line: number; value: string } | undefined {
  for (const n of names) {
    const hit = (strings(attr(b, n)) ?? []).find((c) => c.value === '0.0.0.0/0' || c.value === '::/0');
    if (hit) return hit;
  }
  return undefined;
}

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-open-ingress', title: 'Security group open to the internet on a sensitive port', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [284], tags: ['terraform', 'cloudformation', 'aws', 'network', 'ai-common'],
    description: 'Ingress from `0.0.0.0/0` or `::/0` to SSH, RDP, a database port or all ports puts the service in front of every scanner on the internet.',
    fix: 'Allow the port only from the addresses that need it: a bastion or VPN security group (`source_security_group_id`), or your office CIDR. Use SSM Session Manager instead of open SSH.',
    examples: { lang: 'hcl', bad: 'from_port   = 22\nto_port     = 22\ncidr_blocks = ["0.0.0.0/0"]', good: 'from_port                = 22\nto_port                  = 22\nsource_security_group_id = aws_security_group.bastion.id' },
  },
  refs: { checkov: 'CKV_AWS_24', trivy: 'AVD-AWS-0107' },
  applies: 'terraform',
  check(d) {
    const hits = [];
    const rules: Block[] = [
      ...resources(d, 'aws_security_group').flatMap((sg) => sub(sg, 'ingress')),
      ...resources(d, 'aws_security_group_rule').filter((r) => strOf(attr(r, 'type')) === 'ingress'),
      ...resources(d, 'aws_vpc_security_group_ingress_rule'),
    ];
    for (const r of rules) {
      const cidr = openCidr(r, 'cidr_blocks', 'ipv6_cidr_blocks', 'cidr_ipv4', 'cidr_ipv6');
      if (!cidr) continue;
      const protocol = strOf(attr(r, 'protocol')) ?? strOf(attr(r, 'ip_protocol'));
      const what = exposure(num(attr(r, 'from_port')), num(attr(r, 'to_port')), protocol);
      if (what) hits.push({ line: cidr.line, message: `ingress from ${cidr.value} to ${what}` });
    }
    return hits;
  },

  cloudformation(d) {
    const hits = [];
    const entries: { owner: string; rule: Map<string, Val> }[] = [];
    for (const sg of cfnResources(d, 'AWS::EC2::SecurityGroup')) {
      for (const r of listOf(prop(sg, 'SecurityGroupIngress'))) if (r.kind === 'obj') entries.push({ owner: cfnLabel(sg), rule: r.entries });
    }
    for (const r of cfnResources(d, 'AWS::EC2::SecurityGroupIngress')) entries.push({ owner: cfnLabel(r), rule: r.props });
    for (const { owner, rule } of entries) {
      const cidr = ['CidrIp', 'CidrIpv6'].map((k) => rule.get(k)).find((v) => v?.kind === 'str' && (v.value === '0.0.0.0/0' || v.value === '::/0'));
      if (cidr?.kind !== 'str') continue;
      const protocol = rule.get('IpProtocol');
      const what = exposure(num(rule.get('FromPort')), num(rule.get('ToPort')), protocol?.kind === 'str' ? protocol.value : protocol?.kind === 'num' ? String(protocol.value) : undefined);
      if (what) hits.push({ line: cidr.line, message: `${owner}: ingress from ${cidr.value} to ${what}` });
    }
    return hits;
  },
});
