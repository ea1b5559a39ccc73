/** Terraform specifics a line-annotated fixture cannot express: heredoc JSON policies, broken HCL. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVouch, tempProject } from '../helpers/cli.js';

function scan(files: Record<string, string>) {
  const dir = tempProject(files);
  const res = runVouch(['iac', '--format', 'json', '--offline'], { cwd: dir });
  const report = JSON.parse(res.stdout) as { findings: { ruleId: string; message: string; location: { path: string; startLine: number } }[]; notices: { path: string; level: string; reason: string }[] };
  return { res, report, found: report.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort() };
}

const HEREDOC = `resource "aws_iam_policy" "heredoc" {
  name   = "heredoc"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["*"],
      "Resource": "*"
    }
  ]
}
EOF
}

resource "aws_iam_role_policy" "string" {
  role   = "app"
  policy = "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"iam:PassRole\\", \\"Resource\\": \\"*\\"}]}"
}
`;

test('heredoc and quoted JSON policies are read, and findings point at the line inside the policy', () => {
  const { found } = scan({ 'main.tf': HEREDOC });
  assert.deepEqual(found, ['iac/aws-iam-passrole-wildcard main.tf:19', 'iac/aws-iam-wildcard-action main.tf:9']);
});

test('unterminated HCL is a scan error with the path; other files are still scanned', () => {
  const { report, res, found } = scan({
    'broken.tf': 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n',
    'ok.tf': 'resource "aws_db_instance" "d" {\n  storage_encrypted = true\n  publicly_accessible = true\n  deletion_protection = true\n}\n',
  });
  assert.deepEqual(report.notices.filter((n) => n.level === 'error').map((n) => n.path), ['broken.tf']);
  assert.deepEqual(found, ['iac/aws-rds-public ok.tf:3']);
  assert.notEqual(res.status, 0);
});

test('a value that cannot be resolved is not guessed', () => {
  const { found } = scan({
    'sg.tf': 'variable "cidrs" {}\nresource "aws_security_group_rule" "r" {\n  type = "ingress"\n  from_port = 22\n  to_port = 22\n  protocol = "tcp"\n  cidr_blocks = var.cidrs\n  security_group_id = "sg-1"\n}\n',
  });
  assert.deepEqual(found, []);
});

test('variables and locals defined in another file of the same module are resolved; other directories are not', () => {
  const { found } = scan({
    'network/variables.tf': 'variable "admin_cidr" {\n  default = "0.0.0.0/0"\n}\n',
    'network/locals.tf': 'locals {\n  policy = {\n    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]\n  }\n  public = var.admin_cidr\n}\n',
    'network/main.tf': [
      'resource "aws_security_group_rule" "ssh" {',
      '  type        = "ingress"',
      '  from_port   = 22',
      '  to_port     = 22',
      '  protocol    = "tcp"',
      '  cidr_blocks = [local.public]',
      '}',
      '',
      'resource "aws_iam_policy" "ops" {',
      '  policy = jsonencode(local.policy)',
      '}',
      '',
    ].join('\n'),
    'other/main.tf': 'resource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = [var.admin_cidr]\n}\n',
  });
  assert.deepEqual(found, ['iac/aws-iam-wildcard-action network/main.tf:10', 'iac/aws-open-ingress network/main.tf:6']);
});

// CDK for Terraform and other generators write Terraform's JSON syntax: every Terraform rule reads it.
const TF_JSON = "{\n  \"//\": { \"metadata\": { \"backend\": \"local\", \"stackName\": \"api\", \"version\": \"0.20.0\" } },\n  \"variable\": {\n    \"admin_cidr\": { \"type\": \"string\", \"default\": \"0.0.0.0/0\" },\n    \"env\": { \"type\": \"string\", \"default\": \"prod\" }\n  },\n  \"locals\": { \"everything\": \"*\" },\n  \"resource\": {\n    \"aws_iam_role_policy\": {\n      \"deploy\": {\n        \"role\": \"${aws_iam_role.deploy.id}\",\n        \"policy\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"*\\\",\\\"Resource\\\":\\\"*\\\"}]}\"\n      },\n      \"ecs\": {\n        \"role\": \"${aws_iam_role.deploy.id}\",\n        \"policy\": \"{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":[\\\"ecs:UpdateService\\\",\\\"iam:PassRole\\\"],\\\"Resource\\\":\\\"*\\\"},{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"s3:*\\\",\\\"Resource\\\":\\\"arn:aws:s3:::api-assets/*\\\"}]}\"\n      }\n    },\n    \"aws_iam_role\": {\n      \"deploy\": {\n        \"name\": \"deploy-${var.env}\",\n        \"assume_role_policy\": \"{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"sts:AssumeRole\\\",\\\"Principal\\\":{\\\"AWS\\\":\\\"*\\\"}}]}\"\n      },\n      \"task\": {\n        \"name\": \"task\",\n        \"assume_role_policy\": \"{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"sts:AssumeRole\\\",\\\"Principal\\\":{\\\"Service\\\":\\\"ecs-tasks.amazonaws.com\\\"}}]}\"\n      }\n    },\n    \"aws_iam_role_policy_attachment\": {\n      \"admin\": { \"role\": \"${aws_iam_role.deploy.name}\", \"policy_arn\": \"arn:aws:iam::aws:policy/AdministratorAccess\" },\n      \"read\": { \"role\": \"${aws_iam_role.task.name}\", \"policy_arn\": \"arn:aws:iam::aws:policy/ReadOnlyAccess\" }\n    },\n    \"aws_security_group\": {\n      \"api\": {\n        \"name\": \"api\",\n        \"vpc_id\": \"${aws_vpc.main.id}\",\n        \"ingress\": [\n          { \"from_port\": 22, \"to_port\": 22, \"protocol\": \"tcp\", \"cidr_blocks\": [\"${var.admin_cidr}\"] },\n          { \"from_port\": 443, \"to_port\": 443, \"protocol\": \"tcp\", \"cidr_blocks\": [\"0.0.0.0/0\"] }\n        ]\n      }\n    },\n    \"aws_s3_bucket\": {\n      \"assets\": { \"bucket\": \"api-assets-${var.env}\", \"acl\": \"public-read\" },\n      \"logs\": { \"bucket\": \"api-logs\", \"acl\": \"private\" }\n    },\n    \"aws_s3_bucket_public_access_block\": {\n      \"assets\": {\n        \"bucket\": \"${aws_s3_bucket.assets.id}\",\n        \"block_public_acls\": true,\n        \"block_public_policy\": false,\n        \"ignore_public_acls\": true,\n        \"restrict_public_buckets\": true\n      }\n    },\n    \"aws_db_instance\": {\n      \"main\": {\n        \"engine\": \"postgres\",\n        \"instance_class\": \"db.t3.micro\",\n        \"publicly_accessible\": true,\n        \"backup_retention_period\": 0\n      },\n      \"internal\": {\n        \"engine\": \"postgres\",\n        \"instance_class\": \"db.t3.micro\",\n        \"storage_encrypted\": true,\n        \"publicly_accessible\": false,\n        \"backup_retention_period\": 7,\n        \"deletion_protection\": true\n      }\n    },\n    \"aws_kms_key\": {\n      \"data\": { \"description\": \"data\" },\n      \"rotated\": { \"description\": \"rotated\", \"enable_key_rotation\": true }\n    },\n    \"aws_lb_listener\": {\n      \"http\": {\n        \"load_balancer_arn\": \"${aws_lb.api.arn}\",\n        \"port\": 80,\n        \"protocol\": \"HTTP\",\n        \"default_action\": [{ \"type\": \"forward\", \"target_group_arn\": \"${aws_lb_target_group.api.arn}\" }]\n      }\n    },\n    \"aws_cloudtrail\": {\n      \"main\": { \"name\": \"main\", \"s3_bucket_name\": \"${aws_s3_bucket.logs.id}\" }\n    },\n    \"aws_vpc\": {\n      \"main\": { \"cidr_block\": \"10.0.0.0/16\" }\n    }\n  },\n  \"data\": {\n    \"aws_iam_policy_document\": {\n      \"ci\": {\n        \"statement\": [\n          { \"actions\": [\"${local.everything}\"], \"resources\": [\"*\"] },\n          { \"actions\": [\"s3:GetObject\"], \"resources\": [\"*\"] }\n        ]\n      }\n    }\n  }\n}\n";

test('Terraform JSON (.tf.json) is read like HCL: every Terraform rule fires on it, at the line of the value', async () => {
  const { found, report } = scan({ 'stack/main.tf.json': TF_JSON });
  assert.deepEqual(report.notices.filter((n) => n.level === 'error'), []);
  assert.deepEqual(found, [
    'iac/aws-cloudtrail-logging-off stack/main.tf.json:85',
    'iac/aws-db-no-backup stack/main.tf.json:57',
    'iac/aws-db-no-backup stack/main.tf.json:61',
    'iac/aws-iam-admin-policy stack/main.tf.json:30',
    'iac/aws-iam-open-trust stack/main.tf.json:22',
    'iac/aws-iam-passrole-wildcard stack/main.tf.json:16',
    'iac/aws-iam-wildcard-action stack/main.tf.json:12',
    'iac/aws-iam-wildcard-action stack/main.tf.json:95',
    'iac/aws-iam-wildcard-service-action stack/main.tf.json:16',
    'iac/aws-kms-rotation-off stack/main.tf.json:73',
    'iac/aws-lb-insecure-listener stack/main.tf.json:80',
    'iac/aws-open-ingress stack/main.tf.json:38',
    'iac/aws-rds-public stack/main.tf.json:60',
    'iac/aws-s3-public-access-block-off stack/main.tf.json:51',
    'iac/aws-s3-public-acl stack/main.tf.json:44',
    'iac/aws-unencrypted-storage stack/main.tf.json:57',
    'iac/aws-vpc-flow-logs-off stack/main.tf.json:88',
  ]);
  // No Terraform rule is left out of the JSON syntax.
  const { IAC_RULES } = await import('../../src/analyzers/iac/rules/index.js');
  const terraformRules = IAC_RULES.filter((r) => r.applies === 'terraform').map((r) => r.meta.id).sort();
  assert.deepEqual([...new Set(found.map((f) => f.split(' ')[0]))].sort(), terraformRules);
});

test('Terraform JSON: references in "${…}" resolve across the module, other templates stay unknown, broken JSON is a scan error', () => {
  const { found, report } = scan({
    'net/variables.tf': 'variable "db_cidr" {\n  default = "0.0.0.0/0"\n}\n',
    'net/sg.tf.json': JSON.stringify({
      resource: {
        aws_security_group_rule: {
          db: { type: 'ingress', from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['${var.db_cidr}'], security_group_id: 'sg-1' },
          templated: { type: 'ingress', from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['${var.db_cidr}/32-${var.suffix}'], security_group_id: 'sg-1' },
          escaped: { type: 'ingress', from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['$${not.a.reference}'], security_group_id: 'sg-1' },
        },
      },
    }, null, 2) + '\n',
    'broken/main.tf.json': '{ "resource": { "aws_s3_bucket": { "b": { "acl": "public-read" }\n',
  });
  assert.deepEqual(found, ['iac/aws-open-ingress net/sg.tf.json:10']);
  assert.deepEqual(report.notices.filter((n) => n.level === 'error').map((n) => n.path), ['broken/main.tf.json']);
});

test('terraform.tfvars and *.auto.tfvars values win over variable defaults, reported where the variable is used', () => {
  const { found, report } = scan({
    'app/variables.tf': 'variable "ssh_cidr" {\n  type    = string\n  default = "10.0.0.0/8"\n}\n\nvariable "db_public" {\n  default = true\n}\n\nvariable "key_rotation" {\n  default = true\n}\n',
    'app/main.tf': [
      'resource "aws_security_group_rule" "ssh" {',
      '  type              = "ingress"',
      '  from_port         = 22',
      '  to_port           = 22',
      '  protocol          = "tcp"',
      '  cidr_blocks       = [var.ssh_cidr]',
      '  security_group_id = aws_security_group.app.id',
      '}',
      '',
      'resource "aws_db_instance" "app" {',
      '  engine              = "postgres"',
      '  storage_encrypted   = true',
      '  publicly_accessible = var.db_public',
      '  deletion_protection = true',
      '}',
      '',
      'locals {',
      '  rotate = var.key_rotation',
      '}',
      '',
      'resource "aws_kms_key" "app" {',
      '  description         = "app"',
      '  enable_key_rotation = local.rotate',
      '}',
      '',
    ].join('\n'),
    'app/terraform.tfvars': '# set by the pipeline\nssh_cidr  = "0.0.0.0/0"\ndb_public = true\n',
    // Loaded after terraform.tfvars: its value wins (the database is not public after all).
    'app/prod.auto.tfvars.json': '{\n  "db_public": false,\n  "key_rotation": false\n}\n',
    // Only used with -var-file: not assumed.
    'app/staging.tfvars': 'ssh_cidr = "192.168.0.0/16"\n',
    // Another module's variables do not leak in.
    'other/terraform.tfvars': 'ssh_cidr = "0.0.0.0/0"\n',
    'other/main.tf': 'variable "ssh_cidr" {\n  default = "10.1.0.0/16"\n}\n\nresource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = ["10.0.0.0/8"]\n}\n',
  });
  assert.deepEqual(found, ['iac/aws-kms-rotation-off app/main.tf:23', 'iac/aws-open-ingress app/main.tf:6']);
  const messages = report.findings.map((f) => f.message).sort();
  assert.deepEqual(messages, [
    'aws_kms_key.app turns key rotation off (value set in app/prod.auto.tfvars.json:3)',
    'ingress from 0.0.0.0/0 to SSH (port 22) (value set in app/terraform.tfvars:2)',
  ]);
});

test('a broken tfvars file is a scan error with its path', () => {
  const { report } = scan({ 'terraform.tfvars': 'ssh_cidr = "0.0.0.0/0\n', 'main.tf': 'variable "ssh_cidr" {}\n' });
  assert.deepEqual(report.notices.filter((n) => n.level === 'error').map((n) => n.path), ['terraform.tfvars']);
});

test('a comment between an attribute name and its value does not hide the value', () => {
  const { found } = scan({
    'public.tf': 'resource "aws_s3_bucket_acl" "cdn" {\n  bucket = "cdn"\n  acl /* read by the CDN */ = "public-read"\n}\n',
    'private.tf': 'resource "aws_s3_bucket_acl" "logs" {\n  bucket = "logs"\n  acl /* only the account */ = "private"\n}\n',
  });
  assert.deepEqual(found, ['iac/aws-s3-public-acl public.tf:3']);
});

test('inputs of local module calls are resolved in the module; a flaw is reported once at the module line, naming the calls that supply it', () => {
  const { found, report } = scan({
    'modules/net/variables.tf': 'variable "cidr" {\n  default = "10.0.0.0/8"\n}\n\nvariable "public" {\n  default = false\n}\n',
    'modules/net/main.tf': [
      'resource "aws_security_group_rule" "ssh" {',
      '  type        = "ingress"',
      '  from_port   = 22',
      '  to_port     = 22',
      '  protocol    = "tcp"',
      '  cidr_blocks = [var.cidr]',
      '}',
      '',
      'resource "aws_db_instance" "db" {',
      '  engine              = "postgres"',
      '  storage_encrypted   = true',
      '  deletion_protection = true',
      '  publicly_accessible = var.public',
      '}',
      '',
      '# Written in the module itself: one finding whatever the calls pass.',
      'resource "aws_kms_key" "k" {',
      '  enable_key_rotation = false',
      '}',
      '',
    ].join('\n'),
    'envs/prod/main.tf': [
      'module "a" {',
      '  source = "../../modules/net"',
      '  cidr   = "0.0.0.0/0"',
      '}',
      '',
      'module "b" {',
      '  source = "../../modules/net"',
      '  cidr   = local.anywhere',
      '}',
      '',
      '# Not resolvable here: neither guessed nor replaced by the module default.',
      'module "c" {',
      '  source = "../../modules/net"',
      '  cidr   = aws_vpc.main.cidr_block',
      '}',
      '',
      'module "d" {',
      '  source = "../../modules/net"',
      '  cidr   = "10.20.0.0/16"',
      '  public = var.db_public',
      '}',
      '',
      '# A registry module is not in the tree: nothing to follow.',
      'module "e" {',
      '  source = "terraform-aws-modules/vpc/aws"',
      '  cidr   = "0.0.0.0/0"',
      '}',
      '',
      'locals {',
      '  anywhere = "0.0.0.0/0"',
      '}',
      '',
      'variable "db_public" {}',
      '',
    ].join('\n'),
    'envs/prod/terraform.tfvars': 'db_public = true\n',
    // Calls a module only with safe inputs: its call adds nothing.
    'envs/dev/main.tf': 'module "dev" {\n  source = "../../modules/net"\n  cidr   = "10.9.0.0/16"\n}\n',
  });
  assert.deepEqual(found, ['iac/aws-kms-rotation-off modules/net/main.tf:18', 'iac/aws-open-ingress modules/net/main.tf:6', 'iac/aws-rds-public modules/net/main.tf:13']);
  const message = (rule: string) => report.findings.find((f) => f.ruleId === rule)?.message ?? '';
  assert.ok(message('iac/aws-open-ingress').endsWith('(value set in module.a at envs/prod/main.tf:1; module.b at envs/prod/main.tf:6)'), message('iac/aws-open-ingress'));
  assert.ok(message('iac/aws-rds-public').endsWith('(value set in module.d at envs/prod/main.tf:17)'), message('iac/aws-rds-public'));
  assert.ok(!message('iac/aws-kms-rotation-off').includes('value set'), message('iac/aws-kms-rotation-off'));
});

test('a module nobody in the tree calls is checked with its defaults; a called module\'s own var inputs are not followed further', () => {
  const { found } = scan({
    'modules/inner/main.tf': 'variable "cidr" {\n  default = "10.0.0.0/8"\n}\n\nresource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = [var.cidr]\n}\n',
    // outer is itself called, so its var.outer_cidr is its caller's business (its default is not assumed).
    'modules/outer/main.tf': 'variable "outer_cidr" {\n  default = "0.0.0.0/0"\n}\n\nmodule "inner" {\n  source = "../inner"\n  cidr   = var.outer_cidr\n}\n',
    'main.tf': 'module "outer" {\n  source     = "./modules/outer"\n  outer_cidr = "10.1.0.0/16"\n}\n',
    'unused/main.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n\nresource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = [var.cidr]\n}\n',
  });
  assert.deepEqual(found, ['iac/aws-open-ingress unused/main.tf:10']);
});

test('a tfvars value overrides a default declared in the same file as the resource', () => {
  const { found } = scan({
    'main.tf': 'variable "cidr" {\n  default = "10.0.0.0/8"\n}\n\nresource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = [var.cidr]\n}\n',
    'terraform.tfvars': 'cidr = "0.0.0.0/0"\n',
  });
  assert.deepEqual(found, ['iac/aws-open-ingress main.tf:10']);
});
