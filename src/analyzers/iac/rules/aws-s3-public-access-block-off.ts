import { defineRule, type Hit } from '../model.js';
import { attr, isFalseVal, label, resources, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';

const SETTINGS: [string, string][] = [
  ['block_public_acls', 'BlockPublicAcls'], ['block_public_policy', 'BlockPublicPolicy'],
  ['ignore_public_acls', 'IgnorePublicAcls'], ['restrict_public_buckets', 'RestrictPublicBuckets'],
];

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-s3-public-access-block-off', title: 'S3 public access block turned off', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [732], owasp: 'A01:2021-Broken Access Control', tags: ['terraform', 'cloudformation', 'aws', 'storage', 'ai-common'],
    description: 'The public access block is the guard rail that keeps a public ACL or bucket policy from exposing the bucket. Setting one of its four switches to false removes that guard, usually to make an example "work".',
    fix: 'Set all four of `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` to true (CloudFormation `PublicAccessBlockConfiguration`). Serve public content through CloudFront with origin access control instead.',
    examples: { lang: 'hcl', bad: 'block_public_policy = false', good: 'block_public_policy = true' },
  },
  refs: { checkov: 'CKV_AWS_53, CKV_AWS_54, CKV_AWS_55, CKV_AWS_56', trivy: 'AVD-AWS-0086, AVD-AWS-0087, AVD-AWS-0091, AVD-AWS-0093' },
  applies: 'terraform',
  check(d) {
    const hits: Hit[] = [];
    for (const b of resources(d, 'aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block')) {
      for (const [name] of SETTINGS) {
        const v = attr(b, name);
        if (isFalseVal(v)) hits.push({ line: v!.line, message: `${label(b)} sets ${name} = false` });
      }
    }
    return hits;
  },
  cloudformation(d) {
    const hits: Hit[] = [];
    for (const r of cfnResources(d, 'AWS::S3::Bucket')) {
      for (const [, name] of SETTINGS) {
        const v = prop(r, 'PublicAccessBlockConfiguration', name);
        if (isFalseVal(v)) hits.push({ line: v!.line, message: `${cfnLabel(r)} sets ${name}: false` });
      }
    }
    return hits;
  },
});
