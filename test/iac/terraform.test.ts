/** Terraform specifics a line-annotated fixture cannot express: heredoc JSON policies, broken HCL. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVouch, tempProject } from '../helpers/cli.js';

function scan(files: Record<string, string>) {
  const dir = tempProject(files);
  const res = runVouch(['iac', '--format', 'json', '--offline'], { cwd: dir });
  const report = JSON.parse(res.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { path: string; level: string; reason: string }[] };
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
    'ok.tf': 'resource "aws_db_instance" "d" {\n  storage_encrypted = true\n  publicly_accessible = true\n}\n',
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
