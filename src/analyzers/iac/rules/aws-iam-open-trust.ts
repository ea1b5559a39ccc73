import { defineRule } from '../model.js';
import { allStatements, label, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnStatements } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-iam-open-trust', title: 'Trust or resource policy open to any principal', analyzer: 'iac', severity: 'critical', confidence: 'high',
    cwe: [284], owasp: 'A01:2021-Broken Access Control', tags: ['terraform', 'cloudformation', 'aws', 'iam'],
    description: 'A statement with `Principal: "*"` (or `AWS: "*"`) and no condition lets any AWS account assume the role or use the resource.',
    fix: 'Name the exact principals (an account root ARN, a role ARN, or a service such as `ecs-tasks.amazonaws.com`); if a wildcard is unavoidable, restrict it with `aws:PrincipalOrgID` or `aws:SourceArn` conditions.',
    examples: { lang: 'hcl', bad: 'Principal = { AWS = "*" }', good: 'Principal = { Service = "ecs-tasks.amazonaws.com" }' },
  },
  refs: { checkov: 'CKV_AWS_60' },
  applies: 'terraform',
  check(d) {
    return allStatements(d).flatMap(({ block, st }) => {
      if (st.effect !== 'Allow' || st.hasCondition) return [];
      const any = st.principals.find((p) => p.value === '*');
      return any ? [{ line: any.line, message: `${label(block)} allows any principal` }] : [];
    });
  },

  cloudformation(d) {
    return cfnStatements(d).flatMap(({ resource, st }) => {
      if (st.effect !== 'Allow' || st.hasCondition) return [];
      const any = st.principals.find((p) => p.value === '*');
      return any ? [{ line: any.line, message: `${cfnLabel(resource)} allows any principal` }] : [];
    });
  },
});
