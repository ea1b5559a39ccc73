import { defineRule } from '../model.js';
import { attr, isFalseVal, isTrueVal, label, resources, type TfDoc } from '../terraform.js';
import { cfnLabel, cfnResources, prop } from '../cloudformation.js';

export const rule = defineRule<TfDoc>({
  meta: {
    id: 'iac/aws-unencrypted-storage', title: 'Storage without encryption at rest', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [311], tags: ['terraform', 'cloudformation', 'aws', 'storage', 'crypto'],
    description: 'An RDS instance or cluster without `storage_encrypted`, or an EBS volume without `encrypted`, keeps data, snapshots and backups in clear text on AWS storage.',
    fix: 'Set `storage_encrypted = true` (RDS) or `encrypted = true` (EBS) — in CloudFormation `StorageEncrypted: true` / `Encrypted: true` —, ideally with a customer-managed `kms_key_id`. Turn on EBS encryption by default for the account.',
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
    return hits;
  },
});
