import { defineRule } from '../model.js';
import { attr, isFalseVal, isTrueVal, label, resources, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-unencrypted-storage', title: 'Storage without encryption at rest', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [311], tags: ['terraform', 'cloudformation', 'aws', 'storage', 'crypto'],
    description: 'An RDS instance or cluster without `storage_encrypted`, an EBS volume without `encrypted`, an SQS queue with server-side encryption switched off or an SNS topic without a KMS key keeps data, snapshots, backups and messages in clear text on AWS storage.',
    fix: 'Set `storage_encrypted = true` (RDS) or `encrypted = true` (EBS) — in CloudFormation `StorageEncrypted: true` / `Encrypted: true` —, ideally with a customer-managed `kms_key_id`. Turn on EBS encryption by default for the account. For SQS keep `sqs_managed_sse_enabled` (the default) or set `kms_master_key_id`; for SNS set `kms_master_key_id` (`alias/aws/sns` at least).',
    examples: { lang: 'hcl', bad: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}', good: 'resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  storage_encrypted = true\n}' },
  },
  refs: { checkov: 'CKV_AWS_16', trivy: 'AVD-AWS-0080' },
  applies: 'terraform',
  check(d) {
    const hits = [];
    const checks: [string[], string][] = [[['aws_db_instance', 'aws_rds_cluster'], 'storage_encrypted'], [['aws_ebs_volume'], 'encrypted']];
    for (const [types, name] of checks) {
      for (const b of resources(d, ...types)) {
        // A replica or a cluster member inherits encryption from its source.
        if (b.attrs.has('replicate_source_db') || b.attrs.has('snapshot_identifier') || b.attrs.has('cluster_identifier')) continue;
        const v = attr(b, name);
        if (isTrueVal(v)) continue;
        if (isFalseVal(v)) hits.push({ line: v!.line, message: `${label(b)} sets ${name} = false` });
        else if (!v) hits.push({ line: b.line, message: `${label(b)} does not set ${name}` });
      }
    }
    // SQS queues are encrypted by default unless SSE is switched off without a KMS key; SNS topics only with a key.
    for (const q of resources(d, 'aws_sqs_queue')) {
      const sse = attr(q, 'sqs_managed_sse_enabled');
      if (isFalseVal(sse) && !q.attrs.has('kms_master_key_id')) hits.push({ line: sse!.line, message: `${label(q)} turns server-side encryption off` });
    }
    for (const t of resources(d, 'aws_sns_topic')) {
      if (!t.attrs.has('kms_master_key_id')) hits.push({ line: t.line, message: `${label(t)} does not set kms_master_key_id` });
    }
    return hits;
  },

  cloudformation(d) {
    const hits = [];
    const checks: [string[], string][] = [[['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], 'StorageEncrypted'], [['AWS::EC2::Volume'], 'Encrypted']];
    for (const [types, name] of checks) {
      for (const b of cfnResources(d, ...types)) {
        // Replicas, restores and cluster members inherit encryption from their source.
        if (['SourceDBInstanceIdentifier', 'DBSnapshotIdentifier', 'DBClusterIdentifier', 'SnapshotIdentifier', 'SourceDBClusterIdentifier', 'SnapshotId'].some((k) => b.props.has(k))) continue;
        const v = prop(b, name);
        if (isTrueVal(v)) continue;
        if (isFalseVal(v)) hits.push({ line: v!.line, message: `${cfnLabel(b)} sets ${name}: false` });
        else if (!v) hits.push({ line: b.line, message: `${cfnLabel(b)} does not set ${name}` });
      }
    }
    for (const q of cfnResources(d, 'AWS::SQS::Queue')) {
      const sse = prop(q, 'SqsManagedSseEnabled');
      if (isFalseVal(sse) && !q.props.has('KmsMasterKeyId')) hits.push({ line: sse!.line, message: `${cfnLabel(q)} turns server-side encryption off` });
    }
    for (const t of cfnResources(d, 'AWS::SNS::Topic')) {
      if (!t.props.has('KmsMasterKeyId')) hits.push({ line: t.line, message: `${cfnLabel(t)} does not set KmsMasterKeyId` });
    }
    return hits;
  },
});
