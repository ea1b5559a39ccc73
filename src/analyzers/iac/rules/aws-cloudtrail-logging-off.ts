import { defineRule, type Hit } from '../model.js';
import { attr, isFalseVal, isTrueVal, label, resources, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-cloudtrail-logging-off', title: 'CloudTrail trail not logging, or logs not validated', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [778], tags: ['terraform', 'cloudformation', 'aws', 'logging'],
    description: 'A trail with logging turned off records nothing, and without log file validation an intruder who reaches the log bucket can edit or delete the record of what they did.',
    fix: 'Keep `enable_logging = true` (the default) and set `enable_log_file_validation = true` (CloudFormation: `IsLogging: true`, `EnableLogFileValidation: true`); prefer a multi-region trail.',
    examples: { lang: 'hcl', bad: 'resource "aws_cloudtrail" "main" {\n  s3_bucket_name = aws_s3_bucket.trail.id\n}', good: 'resource "aws_cloudtrail" "main" {\n  s3_bucket_name             = aws_s3_bucket.trail.id\n  enable_log_file_validation = true\n  is_multi_region_trail      = true\n}' },
  },
  refs: { checkov: 'CKV_AWS_36', trivy: 'AVD-AWS-0016' },
  applies: 'terraform',
  check(d) {
    const hits: Hit[] = [];
    for (const b of resources(d, 'aws_cloudtrail')) {
      const logging = attr(b, 'enable_logging');
      if (isFalseVal(logging)) hits.push({ line: logging!.line, message: `${label(b)} turns logging off` });
      const validation = attr(b, 'enable_log_file_validation');
      if (isFalseVal(validation)) hits.push({ line: validation!.line, message: `${label(b)} turns log file validation off` });
      else if (!validation) hits.push({ line: b.line, message: `${label(b)} does not enable log file validation` });
    }
    return hits;
  },
  cloudformation(d) {
    const hits: Hit[] = [];
    for (const r of cfnResources(d, 'AWS::CloudTrail::Trail')) {
      const logging = prop(r, 'IsLogging');
      if (isFalseVal(logging)) hits.push({ line: logging!.line, message: `${cfnLabel(r)} turns logging off` });
      const validation = prop(r, 'EnableLogFileValidation');
      if (isTrueVal(validation) || validation?.kind === 'unknown') continue;
      hits.push({ line: validation?.line ?? r.line, message: `${cfnLabel(r)} ${validation ? 'turns log file validation off' : 'does not enable log file validation'}` });
    }
    return hits;
  },
});
