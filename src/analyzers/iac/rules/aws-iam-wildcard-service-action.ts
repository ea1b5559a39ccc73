import { defineRule } from '../model.js';
import { allStatements, label, type Statement, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnStatements } from '../cloudformation.js';

// Services where `svc:*` means control over identities, keys, secrets or all data.
const SENSITIVE = new Set(['iam', 'sts', 'kms', 'secretsmanager', 's3', 'dynamodb', 'ec2', 'lambda', 'rds', 'ssm', 'organizations', 'cloudtrail', 'logs']);

/**
 * A key policy giving the key's own account root `kms:*` is the AWS default key policy: it only
 * lets IAM policies of that account govern the key. A principal that cannot be resolved is not guessed.
 */
const ACCOUNT_ROOT = /^(arn:(aws[\w-]*|\$\{AWS::Partition\}):iam::(\d{12}|\$\{AWS::AccountId\}):root|\d{12})$/;

function defaultKeyPolicy(keyPolicy: boolean, st: Statement): boolean {
  return keyPolicy && st.actions.every((a) => /^kms:\*$/i.test(a.value)) && st.principals.every((p) => ACCOUNT_ROOT.test(p.value));
}

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-iam-wildcard-service-action', title: 'IAM policy allows every action of a sensitive service', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [269], tags: ['terraform', 'cloudformation', 'aws', 'iam', 'ai-common'],
    description: '`iam:*`, `s3:*`, `kms:*` and similar grant every operation of the service, including deleting data, disabling keys or minting new credentials — far beyond what a workload needs.',
    fix: 'Replace `service:*` with the specific actions used (`s3:GetObject`, `s3:PutObject`) and scope `Resource` to the ARNs involved.',
    examples: { lang: 'hcl', bad: 'Action = ["s3:*"]', good: 'Action = ["s3:GetObject", "s3:PutObject"]' },
  },
  refs: { trivy: 'AVD-AWS-0057' },
  applies: 'terraform',
  check(d) {
    return allStatements(d).filter((s) => s.attr !== 'assume_role_policy').flatMap(({ block, st }) => {
      if (st.effect !== 'Allow' || st.notActions) return [];
      if (defaultKeyPolicy(block.type === 'resource' && ['aws_kms_key', 'aws_kms_key_policy'].includes(block.labels[0] ?? ''), st)) return [];
      return st.actions
        .filter((a) => /^([a-z0-9-]+):\*$/i.test(a.value) && SENSITIVE.has(a.value.split(':')[0]!.toLowerCase()))
        .map((a) => ({ line: a.line, message: `${label(block)} allows ${a.value}` }));
    });
  },

  cloudformation(d) {
    return cfnStatements(d).filter((s) => !s.trust).flatMap(({ resource, st }) => {
      if (st.effect !== 'Allow' || st.notActions) return [];
      if (defaultKeyPolicy(resource.type === 'AWS::KMS::Key', st)) return [];
      return st.actions
        .filter((a) => /^([a-z0-9-]+):\*$/i.test(a.value) && SENSITIVE.has(a.value.split(':')[0]!.toLowerCase()))
        .map((a) => ({ line: a.line, message: `${cfnLabel(resource)} allows ${a.value}` }));
    });
  },
});
