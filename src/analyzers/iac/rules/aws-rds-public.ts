import { defineRule } from '../model.js';
import { attr, isTrueVal, label, resources, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-rds-public', title: 'Database instance is publicly accessible', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [284], tags: ['terraform', 'cloudformation', 'aws', 'database', 'network', 'ai-common'],
    description: '`publicly_accessible = true` gives the database a public IP address; only its password then stands between the internet and the data.',
    fix: 'Set `publicly_accessible = false` (CloudFormation: `PubliclyAccessible: false`), place the instance in private subnets, and reach it from the application\'s security group or through a bastion/SSM tunnel.',
    examples: { lang: 'hcl', bad: 'publicly_accessible = true', good: 'publicly_accessible = false' },
  },
  refs: { checkov: 'CKV_AWS_17', trivy: 'AVD-AWS-0180' },
  applies: 'terraform',
  check(d) {
    return resources(d, 'aws_db_instance', 'aws_rds_cluster_instance').flatMap((b) => {
      const v = attr(b, 'publicly_accessible');
      return isTrueVal(v) ? [{ line: v!.line, message: `${label(b)} is publicly accessible` }] : [];
    });
  },

  cloudformation(d) {
    return cfnResources(d, 'AWS::RDS::DBInstance').flatMap((b) => {
      const v = prop(b, 'PubliclyAccessible');
      return isTrueVal(v) ? [{ line: v!.line, message: `${cfnLabel(b)} is publicly accessible` }] : [];
    });
  },
});
