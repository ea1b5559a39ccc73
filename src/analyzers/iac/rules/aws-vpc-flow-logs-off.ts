import { defineRule, type Hit } from '../model.js';
import { label, resources, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-vpc-flow-logs-off', title: 'VPC declared without flow logs', analyzer: 'iac', severity: 'low', confidence: 'medium',
    cwe: [778], tags: ['terraform', 'cloudformation', 'aws', 'logging', 'network'],
    description: 'Without flow logs there is no record of which addresses talked to what inside the VPC: a scan, an exfiltration or a compromised instance calling out leaves no trace to investigate.',
    fix: 'Declare an `aws_flow_log` with `vpc_id = aws_vpc.<name>.id` (CloudFormation: an `AWS::EC2::FlowLog` with `ResourceType: VPC` and `ResourceId: !Ref <Vpc>`) sending `ALL` traffic records to CloudWatch Logs or S3.',
    examples: { lang: 'hcl', bad: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}', good: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id          = aws_vpc.main.id\n  traffic_type    = "ALL"\n  log_destination = aws_s3_bucket.flow_logs.arn\n}' },
  },
  refs: { checkov: 'CKV2_AWS_11', trivy: 'AVD-AWS-0178' },
  applies: 'terraform',
  // Flow logs anywhere in the module count (the link pass brings in the sibling files' ones); a
  // flow log whose VPC id cannot be resolved may watch any VPC, so none is reported then.
  check(d) {
    if (d.flowLogTargets.has('*')) return [];
    const hits: Hit[] = [];
    for (const b of resources(d, 'aws_vpc')) {
      if (!d.flowLogTargets.has(`aws_vpc.${b.labels[1]}`)) hits.push({ line: b.line, message: `${label(b)} has no aws_flow_log` });
    }
    return hits;
  },
  cloudformation(d) {
    const watched = new Set<string>();
    for (const f of cfnResources(d, 'AWS::EC2::FlowLog')) {
      const id = prop(f, 'ResourceId');
      if (id?.kind === 'str') continue; // a literal id names a VPC declared elsewhere
      if (id?.kind !== 'unknown' || !id.text.startsWith('Ref:')) return [];
      watched.add(id.text.slice('Ref:'.length));
    }
    return cfnResources(d, 'AWS::EC2::VPC').filter((v) => !watched.has(v.logicalId)).map((v) => ({ line: v.line, message: `${cfnLabel(v)} has no AWS::EC2::FlowLog` }));
  },
});
