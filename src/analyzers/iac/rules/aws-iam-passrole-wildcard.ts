import { defineRule } from '../model.js';
import { allStatements, label, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnStatements } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-iam-passrole-wildcard', title: '`iam:PassRole` on any role', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [269], tags: ['terraform', 'cloudformation', 'aws', 'iam'],
    description: '`iam:PassRole` with `Resource: "*"` lets the holder hand any role — including administrator roles — to a Lambda function or EC2 instance it controls: privilege escalation in one step.',
    fix: 'Scope `iam:PassRole` to the ARNs of the roles the workload must pass, and add a `iam:PassedToService` condition.',
    examples: { lang: 'hcl', bad: 'Action   = "iam:PassRole"\nResource = "*"', good: 'Action   = "iam:PassRole"\nResource = aws_iam_role.task.arn' },
  },
  refs: { checkov: 'CKV_AWS_286' },
  applies: 'terraform',
  check(d) {
    return allStatements(d).filter((s) => s.attr !== 'assume_role_policy').flatMap(({ block, st }) => {
      if (st.effect !== 'Allow' || st.notActions || !st.resources.some((r) => r.value === '*')) return [];
      const pass = st.actions.find((a) => /^iam:(PassRole|Pass\*|\*)$/i.test(a.value) && !/^iam:\*$/i.test(a.value));
      return pass ? [{ line: pass.line, message: `${label(block)} allows ${pass.value} on Resource "*"` }] : [];
    });
  },

  cloudformation(d) {
    return cfnStatements(d).filter((s) => !s.trust).flatMap(({ resource, st }) => {
      if (st.effect !== 'Allow' || st.notActions || !st.resources.some((r) => r.value === '*')) return [];
      const pass = st.actions.find((a) => /^iam:(PassRole|Pass\*|\*)$/i.test(a.value) && !/^iam:\*$/i.test(a.value));
      return pass ? [{ line: pass.line, message: `${cfnLabel(resource)} allows ${pass.value} on Resource "*"` }] : [];
    });
  },
});
