import { defineRule } from '../model.js';
import { allStatements, label, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnStatements } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-iam-wildcard-action', title: 'IAM policy allows every action on every resource', analyzer: 'iac', severity: 'critical', confidence: 'high',
    cwe: [269, 732], owasp: 'A01:2021-Broken Access Control', tags: ['terraform', 'cloudformation', 'aws', 'iam', 'ai-common'],
    description: 'A statement with `Action: "*"` and `Resource: "*"` is administrator access: whoever holds the role can read every secret, delete every resource and create new credentials.',
    fix: 'List the exact actions the workload calls (`s3:GetObject`, `sqs:SendMessage`) on the exact resource ARNs it uses. IAM Access Analyzer can generate such a policy from CloudTrail activity.',
    examples: { lang: 'hcl', bad: 'Action   = "*"\nResource = "*"', good: 'Action   = ["s3:GetObject"]\nResource = ["${aws_s3_bucket.uploads.arn}/*"]' },
  },
  refs: { checkov: 'CKV_AWS_63', trivy: 'AVD-AWS-0057' },
  applies: 'terraform',
  check(d) {
    return allStatements(d).filter((s) => s.attr !== 'assume_role_policy').flatMap(({ block, st }) => {
      if (st.effect !== 'Allow' || st.notActions) return [];
      const star = st.actions.find((a) => a.value === '*' || a.value === '*:*');
      if (!star || !st.resources.some((r) => r.value === '*')) return [];
      return [{ line: star.line, message: `${label(block)} allows Action "*" on Resource "*"` }];
    });
  },

  cloudformation(d) {
    return cfnStatements(d).filter((s) => !s.trust).flatMap(({ resource, st }) => {
      if (st.effect !== 'Allow' || st.notActions) return [];
      const star = st.actions.find((a) => a.value === '*' || a.value === '*:*');
      if (!star || !st.resources.some((r) => r.value === '*')) return [];
      return [{ line: star.line, message: `${cfnLabel(resource)} allows Action "*" on Resource "*"` }];
    });
  },
});
