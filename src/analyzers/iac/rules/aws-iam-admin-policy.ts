import { defineRule } from '../model.js';
import { attr, label, resources, strings, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnManagedPolicies } from '../cloudformation.js';

const BROAD = /:policy\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/;

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-iam-admin-policy', title: 'AdministratorAccess or PowerUserAccess attached', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [269], tags: ['terraform', 'cloudformation', 'aws', 'iam', 'ai-common'],
    description: 'Attaching the AWS managed `AdministratorAccess` (or `PowerUserAccess`, `IAMFullAccess`) policy to a role, user or group gives it (nearly) full control of the account.',
    fix: 'Write a customer-managed policy with only the actions and resources the principal needs and attach that instead.',
    examples: { lang: 'hcl', bad: 'policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"', good: 'policy_arn = aws_iam_policy.app_read_uploads.arn' },
  },
  refs: { checkov: 'CKV_AWS_274' },
  applies: 'terraform',
  check(d) {
    const hits = [];
    for (const b of resources(d, 'aws_iam_role_policy_attachment', 'aws_iam_user_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_iam_policy_attachment', 'aws_iam_role')) {
      for (const a of [...(strings(attr(b, 'policy_arn')) ?? []), ...(strings(attr(b, 'managed_policy_arns')) ?? [])]) {
        const m = BROAD.exec(a.value);
        if (m) hits.push({ line: a.line, message: `${label(b)} attaches ${m[1]}` });
      }
    }
    return hits;
  },

  cloudformation(d) {
    return cfnManagedPolicies(d).flatMap(({ resource, value, line }) => {
      // SAM accepts the bare managed policy name (`- AdministratorAccess`).
      const m = BROAD.exec(value) ?? /^(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/.exec(value);
      return m ? [{ line, message: `${cfnLabel(resource)} attaches ${m[1]}` }] : [];
    });
  },
});
