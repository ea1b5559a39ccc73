import { defineRule } from '../model.js';
import { attr, isFalseVal, isTrueVal, label, resources, sub, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, listOf, prop } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-unencrypted-storage', title: 'Storage without encryption at rest', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [311], tags: ['terraform', 'cloudformation', 'aws', 'storage', 'crypto'],
    description: 'An RDS instance or cluster without `storage_encrypted`, an EBS volume (or an instance\'s or launch template\'s declared disk) without `encrypted`, an SQS queue with server-side encryption switched off or an SNS topic without a KMS key keeps data, snapshots, backups and messages in clear text on AWS storage.',
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
        // A replica, a restore or a cluster member inherits encryption from its source (an
        // aws_rds_cluster's own `cluster_identifier` is its name, not a cluster it joins).
        const member = b.labels[0] !== 'aws_rds_cluster' && b.attrs.has('cluster_identifier');
        if (b.attrs.has('replicate_source_db') || b.attrs.has('snapshot_identifier') || member) continue;
        const v = attr(b, name);
        if (isTrueVal(v)) continue;
        if (isFalseVal(v)) hits.push({ line: v!.line, message: `${label(b)} sets ${name} = false` });
        else if (!v) hits.push({ line: b.line, message: `${label(b)} does not set ${name}` });
      }
    }
    // Disks declared on an instance or a launch template: a declared disk without `encrypted`
    // is as unencrypted as a volume (an instance that declares none gets what its AMI has: not guessed).
    const disks = [
      ...resources(d, 'aws_instance').flatMap((b) => [...sub(b, 'root_block_device'), ...sub(b, 'ebs_block_device')].map((disk) => ({ b, disk }))),
      ...resources(d, 'aws_launch_template').flatMap((b) => sub(b, 'block_device_mappings').flatMap((m) => sub(m, 'ebs')).map((disk) => ({ b, disk }))),
    ];
    for (const { b, disk } of disks) {
      const v = attr(disk, 'encrypted');
      if (disk.attrs.has('snapshot_id') || isTrueVal(v)) continue;
      if (isFalseVal(v)) hits.push({ line: v!.line, message: `${label(b)} has a ${disk.type} with encrypted = false` });
      else if (!v) hits.push({ line: disk.line, message: `${label(b)} has a ${disk.type} that does not set encrypted` });
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
    const mappings = [
      ...cfnResources(d, 'AWS::EC2::Instance').map((r) => ({ r, list: prop(r, 'BlockDeviceMappings') })),
      ...cfnResources(d, 'AWS::EC2::LaunchTemplate').map((r) => ({ r, list: prop(r, 'LaunchTemplateData', 'BlockDeviceMappings') })),
    ];
    for (const { r, list } of mappings) {
      for (const m of listOf(list)) {
        const ebs = m.kind === 'obj' ? m.entries.get('Ebs') : undefined;
        if (ebs?.kind !== 'obj' || ebs.entries.has('SnapshotId')) continue;
        const v = ebs.entries.get('Encrypted');
        if (isTrueVal(v)) continue;
        if (isFalseVal(v)) hits.push({ line: v!.line, message: `${cfnLabel(r)} has a block device with Encrypted: false` });
        else if (!v) hits.push({ line: m.line, message: `${cfnLabel(r)} has a block device that does not set Encrypted` }); // the mapping's first line
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
