import { defineRule } from '../model.js';
import { attr, label, resources, strOf, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-s3-public-acl', title: 'S3 bucket ACL grants public access', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [732], owasp: 'A01:2021-Broken Access Control', tags: ['terraform', 'cloudformation', 'aws', 'storage', 'ai-common'],
    description: 'A `public-read`, `public-read-write` or `authenticated-read` canned ACL lets anyone (or any AWS account) list and read — or even write — the bucket.',
    fix: 'Use `acl = "private"` (CloudFormation: no `AccessControl`, or `Private`) (or no ACL with object ownership `BucketOwnerEnforced`), enable `aws_s3_bucket_public_access_block`, and serve public files through CloudFront with origin access control.',
    examples: { lang: 'hcl', bad: 'acl = "public-read"', good: 'acl = "private"' },
  },
  refs: { checkov: 'CKV_AWS_20', trivy: 'AVD-AWS-0092' },
  applies: 'terraform',
  check(d) {
    return resources(d, 'aws_s3_bucket', 'aws_s3_bucket_acl', 'aws_s3_object').flatMap((b) => {
      const acl = attr(b, 'acl');
      const v = strOf(acl);
      return v && /^(public-read|public-read-write|authenticated-read)$/.test(v) ? [{ line: acl!.line, message: `${label(b)} uses the ${v} ACL` }] : [];
    });
  },

  cloudformation(d) {
    return cfnResources(d, 'AWS::S3::Bucket').flatMap((b) => {
      const acl = prop(b, 'AccessControl');
      const v = acl?.kind === 'str' ? acl.value : undefined;
      return v && /^(PublicRead|PublicReadWrite|AuthenticatedRead)$/.test(v) ? [{ line: acl!.line, message: `${cfnLabel(b)} uses the ${v} ACL` }] : [];
    });
  },
});
