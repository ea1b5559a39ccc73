import { defineRule, type Hit } from '../model.js';
import { attr, label, resources, strOf, sub, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, listOf, prop } from '../cloudformation.js';
import type { Val } from '../values.js';

// Predefined ELB security policies that still accept TLS 1.0 or 1.1.
const OLD_TLS = /^(ELBSecurityPolicy-(2015-05|2016-08|TLS-1-0-2015-04|TLS-1-1-2017-01|FS-2018-06|FS-1-1-2019-08)|ELBSecurityPolicy-TLS13-1-(0|1)-2021-06)$/;

const str = (v: Val | undefined) => (v?.kind === 'str' ? v.value : undefined);

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-lb-insecure-listener', title: 'Load balancer listener on plain HTTP or below TLS 1.2', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [319, 326], tags: ['terraform', 'cloudformation', 'aws', 'network', 'crypto', 'ai-common'],
    description: 'An HTTP listener that forwards traffic (instead of redirecting to HTTPS) sends sessions and credentials in clear text; an HTTPS listener whose security policy accepts TLS 1.0/1.1 allows downgrade to broken protocol versions.',
    fix: 'Serve on HTTPS with `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` (CloudFormation `SslPolicy`), and make the port-80 listener a `redirect` to HTTPS with status `HTTP_301`.',
    examples: { lang: 'hcl', bad: 'protocol = "HTTP"\ndefault_action {\n  type = "forward"\n}', good: 'protocol = "HTTP"\ndefault_action {\n  type = "redirect"\n  redirect {\n    protocol    = "HTTPS"\n    port        = "443"\n    status_code = "HTTP_301"\n  }\n}' },
  },
  refs: { checkov: 'CKV_AWS_2, CKV_AWS_103', trivy: 'AVD-AWS-0054, AVD-AWS-0047' },
  applies: 'terraform',
  check(d) {
    const hits: Hit[] = [];
    for (const b of resources(d, 'aws_lb_listener', 'aws_alb_listener')) {
      const protocol = attr(b, 'protocol');
      const actions = sub(b, 'default_action').map((a) => strOf(attr(a, 'type')));
      if (strOf(protocol) === 'HTTP' && !actions.includes('redirect') && !actions.includes('fixed-response')) {
        hits.push({ line: protocol!.line, message: `${label(b)} serves plain HTTP without redirecting to HTTPS` });
      }
      const policy = attr(b, 'ssl_policy');
      const p = strOf(policy);
      if (p && OLD_TLS.test(p)) hits.push({ line: policy!.line, message: `${label(b)} uses ${p}, which accepts TLS below 1.2` });
    }
    return hits;
  },
  cloudformation(d) {
    const hits: Hit[] = [];
    for (const r of cfnResources(d, 'AWS::ElasticLoadBalancingV2::Listener')) {
      const protocol = prop(r, 'Protocol');
      const actions = listOf(prop(r, 'DefaultActions')).map((a) => (a.kind === 'obj' ? str(a.entries.get('Type')) : undefined));
      if (str(protocol) === 'HTTP' && !actions.includes('redirect') && !actions.includes('fixed-response')) {
        hits.push({ line: protocol!.line, message: `${cfnLabel(r)} serves plain HTTP without redirecting to HTTPS` });
      }
      const policy = prop(r, 'SslPolicy');
      const p = str(policy);
      if (p && OLD_TLS.test(p)) hits.push({ line: policy!.line, message: `${cfnLabel(r)} uses ${p}, which accepts TLS below 1.2` });
    }
    return hits;
  },
});
