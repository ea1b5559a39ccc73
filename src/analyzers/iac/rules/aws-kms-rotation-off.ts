import { defineRule } from '../model.js';
import { attr, isTrueVal, label, resources, strOf, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';
import type { Val } from '../values.js';

// Only symmetric keys can be rotated automatically; asymmetric and HMAC keys are out of scope.
const symmetric = (spec: Val | undefined) => !spec || (spec.kind === 'str' && spec.value === 'SYMMETRIC_DEFAULT');

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-kms-rotation-off', title: 'KMS key without automatic rotation', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [320], tags: ['terraform', 'cloudformation', 'aws', 'crypto'],
    description: 'A customer-managed symmetric KMS key without rotation keeps the same key material for its whole life, so a leaked or cracked key protects nothing that was ever encrypted with it.',
    fix: 'Set `enable_key_rotation = true` (CloudFormation: `EnableKeyRotation: true`); rotation is transparent to callers and old data stays decryptable.',
    examples: { lang: 'hcl', bad: 'resource "aws_kms_key" "data" {\n  description = "data"\n}', good: 'resource "aws_kms_key" "data" {\n  description         = "data"\n  enable_key_rotation = true\n}' },
  },
  refs: { checkov: 'CKV_AWS_7', trivy: 'AVD-AWS-0065' },
  applies: 'terraform',
  check(d) {
    return resources(d, 'aws_kms_key').flatMap((b) => {
      if (!symmetric(attr(b, 'customer_master_key_spec')) || strOf(attr(b, 'key_usage')) === 'GENERATE_VERIFY_MAC') return [];
      const v = attr(b, 'enable_key_rotation');
      if (isTrueVal(v) || (v && v.kind === 'unknown')) return [];
      return [{ line: v?.line ?? b.line, message: `${label(b)} ${v ? 'turns key rotation off' : 'does not enable key rotation'}` }];
    });
  },
  cloudformation(d) {
    return cfnResources(d, 'AWS::KMS::Key').flatMap((r) => {
      if (!symmetric(prop(r, 'KeySpec')) || (prop(r, 'KeyUsage')?.kind === 'str' && (prop(r, 'KeyUsage') as { value: string }).value !== 'ENCRYPT_DECRYPT')) return [];
      const v = prop(r, 'EnableKeyRotation');
      if (isTrueVal(v) || (v && v.kind === 'unknown')) return [];
      return [{ line: v?.line ?? r.line, message: `${cfnLabel(r)} ${v ? 'turns key rotation off' : 'does not enable key rotation'}` }];
    });
  },
});
