/** CloudFormation specifics a line-annotated fixture cannot express: JSON templates, broken files, other JSON. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVouch, tempProject } from '../helpers/cli.js';

function scan(files: Record<string, string>) {
  const dir = tempProject(files);
  const res = runVouch(['iac', '--format', 'json', '--offline'], { cwd: dir });
  const report = JSON.parse(res.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { path: string; level: string; reason: string }[] };
  return { res, report, found: report.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort() };
}

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": { "Cidr": { "Type": "String", "Default": "0.0.0.0/0" } },
  "Resources": {
    "Sg": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "GroupDescription": "db",
        "SecurityGroupIngress": [
          { "IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": { "Ref": "Cidr" } },
          { "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0" }
        ]
      }
    },
    "Admin": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": { "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }] },
        "ManagedPolicyArns": [{ "Fn::Sub": "arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess" }]
      }
    }
  }
}
`;

test('JSON templates are read with intrinsic functions, and findings point at the line of the value', () => {
  const { found } = scan({ 'stack.template.json': JSON_TEMPLATE });
  assert.deepEqual(found, ['iac/aws-iam-admin-policy stack.template.json:19', 'iac/aws-open-ingress stack.template.json:10']);
});

test('other JSON files are not read as infrastructure', () => {
  const { found, report } = scan({
    'package.json': '{ "name": "app", "version": "1.0.0", "Resources": { "x": { "Type": "AWS::S3::Bucket" } } }',
    'data.json': '{ "Type": "AWS::S3::Bucket", "AccessControl": "PublicRead" }',
  });
  assert.deepEqual(found, []);
  assert.deepEqual(report.notices.filter((n) => n.level === 'error'), []);
});

test('a broken template is a scan error with the path; other templates are still scanned', () => {
  const { report, res, found } = scan({
    'broken.json': '{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": { "B": { "Type": "AWS::S3::Bucket", ',
    'ok.yaml': 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      StorageEncrypted: true\n      PubliclyAccessible: true\n      DeletionProtection: true\n',
  });
  assert.deepEqual(report.notices.filter((n) => n.level === 'error').map((n) => n.path), ['broken.json']);
  assert.deepEqual(found, ['iac/aws-rds-public ok.yaml:6']);
  assert.notEqual(res.status, 0);
});

test('intrinsics that cannot be resolved are not guessed', () => {
  const { found } = scan({
    't.yaml': [
      'Parameters:',
      '  Public: { Type: String }',
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      StorageEncrypted: !If [Prod, true, false]',
      '      PubliclyAccessible: !Ref Public',
      '      DeletionProtection: !If [Prod, true, false]',
      '',
    ].join('\n'),
  });
  assert.deepEqual(found, []);
});

test('dynamic references ({{resolve:…}}) do not make a template look like Helm: it is scanned; a Helm chart is still skipped', () => {
  const { found, report } = scan({
    'db.yaml': [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      Engine: postgres',
      '      StorageEncrypted: true',
      '      MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"',
      '      PubliclyAccessible: true',
      '      DeletionProtection: true',
      '',
    ].join('\n'),
    'chart/templates/db.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-db\nstringData:\n  password: "{{resolve:x}}"\n',
  });
  assert.deepEqual(found, ['iac/aws-rds-public db.yaml:9']);
  assert.deepEqual(report.notices.filter((n) => n.level === 'skipped' && n.path !== '.').map((n) => n.path), ['chart/templates/db.yaml']);
});
