import { defineRule, type Hit } from '../model.js';
import { attr, isFalseVal, label, resources, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';
import type { Val } from '../values.js';

const zero = (v: Val | undefined) => (v?.kind === 'num' && v.value === 0) || (v?.kind === 'str' && v.value === '0');

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-db-no-backup', title: 'Database with backups or deletion protection turned off', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [693], tags: ['terraform', 'cloudformation', 'aws', 'database'],
    description: 'A backup retention of 0 days turns automated backups off, and `deletion_protection = false` lets one mistaken `terraform destroy` or a stolen credential delete the database and its data for good.',
    fix: 'Keep `backup_retention_period` at 7 days or more and set `deletion_protection = true` (CloudFormation: `BackupRetentionPeriod`, `DeletionProtection: true`) on databases that hold data.',
    examples: { lang: 'hcl', bad: 'backup_retention_period = 0\ndeletion_protection     = false', good: 'backup_retention_period = 14\ndeletion_protection     = true' },
  },
  refs: { checkov: 'CKV_AWS_133, CKV_AWS_293', trivy: 'AVD-AWS-0077' },
  applies: 'terraform',
  check(d) {
    const hits: Hit[] = [];
    for (const b of resources(d, 'aws_db_instance', 'aws_rds_cluster')) {
      const retention = attr(b, 'backup_retention_period');
      // A read replica has no backups of its own by design.
      if (zero(retention) && !b.attrs.has('replicate_source_db')) hits.push({ line: retention!.line, message: `${label(b)} turns automated backups off` });
      const protection = attr(b, 'deletion_protection');
      if (isFalseVal(protection)) hits.push({ line: protection!.line, message: `${label(b)} turns deletion protection off` });
    }
    return hits;
  },
  cloudformation(d) {
    const hits: Hit[] = [];
    for (const r of cfnResources(d, 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      const retention = prop(r, 'BackupRetentionPeriod');
      if (zero(retention) && !r.props.has('SourceDBInstanceIdentifier')) hits.push({ line: retention!.line, message: `${cfnLabel(r)} turns automated backups off` });
      const protection = prop(r, 'DeletionProtection');
      if (isFalseVal(protection)) hits.push({ line: protection!.line, message: `${cfnLabel(r)} turns deletion protection off` });
    }
    return hits;
  },
});
