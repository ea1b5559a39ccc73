import { defineRule, type Hit } from '../model.js';
import { attr, isFalseVal, label, resources, sub, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop, type CfnDoc } from '../cloudformation.js';
import type { Block } from '../hcl.js';
import type { Val } from '../values.js';

const zero = (v: Val | undefined) => (v?.kind === 'num' && v.value === 0) || (v?.kind === 'str' && v.value === '0');

/**
 * Deletion protection that is simply absent (it defaults to off) is reported once, at the first
 * line of the resource; settings turned off are reported where they are set.
 */
function missingProtection(name: string, line: number): Hit {
  return { line, message: `${name} has no deletion protection (it is off unless set)` };
}

function terraformDatabase(b: Block): Hit[] {
  const hits: Hit[] = [];
  // A read replica is a copy: it has no backups of its own by design and losing it loses no data.
  const replica = b.attrs.has('replicate_source_db');
  const retention = attr(b, 'backup_retention_period');
  if (zero(retention) && !replica) hits.push({ line: retention!.line, message: `${label(b)} turns automated backups off` });
  const protection = attr(b, 'deletion_protection');
  if (isFalseVal(protection)) hits.push({ line: protection!.line, message: `${label(b)} turns deletion protection off` });
  // Set but not resolvable (a variable without a default): not guessed.
  if (protection === undefined && !replica) hits.push(missingProtection(label(b), b.line));
  return hits;
}

/** DynamoDB keeps no backups unless point-in-time recovery is on. */
function terraformTable(b: Block): Hit[] {
  if (b.blocks.some((c) => c.type === 'dynamic' && c.labels[0] === 'point_in_time_recovery')) return [];
  const pitr = sub(b, 'point_in_time_recovery')[0];
  const enabled = pitr ? attr(pitr, 'enabled') : undefined;
  if (!pitr || enabled === undefined) return [{ line: (pitr ?? b).line, message: `${label(b)} has no point-in-time recovery (no backups of the table)` }];
  return isFalseVal(enabled) ? [{ line: enabled.line, message: `${label(b)} turns point-in-time recovery off` }] : [];
}

function cfnHits(d: CfnDoc): Hit[] {
  const hits: Hit[] = [];
  for (const r of cfnResources(d, 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
    const replica = r.props.has('SourceDBInstanceIdentifier') || r.props.has('ReplicationSourceIdentifier') || r.props.has('SourceDBClusterIdentifier');
    // An instance of an Aurora cluster: backups and deletion protection belong to the cluster.
    const clusterMember = r.type === 'AWS::RDS::DBInstance' && r.props.has('DBClusterIdentifier');
    const retention = prop(r, 'BackupRetentionPeriod');
    if (zero(retention) && !replica) hits.push({ line: retention!.line, message: `${cfnLabel(r)} turns automated backups off` });
    const protection = prop(r, 'DeletionProtection');
    if (isFalseVal(protection)) hits.push({ line: protection!.line, message: `${cfnLabel(r)} turns deletion protection off` });
    if (protection === undefined && !replica && !clusterMember) hits.push(missingProtection(cfnLabel(r), r.line));
  }
  for (const r of cfnResources(d, 'AWS::DynamoDB::Table')) {
    const spec = prop(r, 'PointInTimeRecoverySpecification');
    if (spec?.kind === 'unknown') continue; // !If / !Ref: not guessed
    const enabled = prop(r, 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled');
    if (enabled === undefined) hits.push({ line: (spec ?? r).line, message: `${cfnLabel(r)} has no point-in-time recovery (no backups of the table)` });
    else if (isFalseVal(enabled)) hits.push({ line: enabled.line, message: `${cfnLabel(r)} turns point-in-time recovery off` });
  }
  return hits;
}

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-db-no-backup', title: 'Database without backups or deletion protection', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [693], tags: ['terraform', 'cloudformation', 'aws', 'database'],
    description: 'A backup retention of 0 days turns automated backups off; RDS deletion protection is off unless it is set, so one mistaken `terraform destroy` or a stolen credential deletes the database and its data for good; a DynamoDB table keeps no backups unless point-in-time recovery is on. Read replicas and Aurora cluster members (whose cluster carries the setting) are not reported.',
    fix: 'Keep `backup_retention_period` at 7 days or more and set `deletion_protection = true` (CloudFormation: `BackupRetentionPeriod`, `DeletionProtection: true`) on databases that hold data; on DynamoDB tables add `point_in_time_recovery { enabled = true }` (CloudFormation: `PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }`). Let only a break-glass role call `rds:ModifyDB*` / `dynamodb:UpdateContinuousBackups`, so the protection cannot be turned off by the application.',
    examples: { lang: 'hcl', bad: 'resource "aws_db_instance" "orders" {\n  engine                  = "postgres"\n  backup_retention_period = 0\n}', good: 'resource "aws_db_instance" "orders" {\n  engine                  = "postgres"\n  backup_retention_period = 14\n  deletion_protection     = true\n}' },
  },
  refs: { checkov: 'CKV_AWS_133, CKV_AWS_293, CKV_AWS_139, CKV_AWS_28', trivy: 'AVD-AWS-0077, AVD-AWS-0177, AVD-AWS-0024' },
  applies: 'terraform',
  check(d) {
    return [
      ...resources(d, 'aws_db_instance', 'aws_rds_cluster').flatMap(terraformDatabase),
      ...resources(d, 'aws_dynamodb_table').flatMap(terraformTable),
    ];
  },
  cloudformation: cfnHits,
});

