#!/usr/bin/env node
/**
 * Files/s of `vouch iac` on a generated Terraform tree (default 2,000 files, --files N), one job
 * per core via --jobs. Goal from issue 9: at least 500 files/s per core. Run `npm run build` first.
 */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const n = Number(process.argv[process.argv.indexOf('--files') + 1]) || 2000;
const jobs = Number(process.argv[process.argv.indexOf('--jobs') + 1]) || 1;
const dir = mkdtempSync(join(tmpdir(), 'vouch-iac-speed-'));

// A module-sized file: variables, locals, a role with a jsonencode policy, a security group, a bucket, a database.
function module(i) {
  return `variable "env_${i}" {
  default = "prod"
}

locals {
  name_${i} = "svc-${i}-\${var.env_${i}}"
  cidrs = ["10.${i % 255}.0.0/16"]
}

resource "aws_iam_role" "svc_${i}" {
  name = local.name_${i}
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "svc_${i}" {
  role = aws_iam_role.svc_${i}.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "\${aws_s3_bucket.data_${i}.arn}/*" }]
  })
}

resource "aws_security_group" "svc_${i}" {
  name = "svc-${i}"
  ingress {
    from_port   = ${i % 3 === 0 ? 22 : 443}
    to_port     = ${i % 3 === 0 ? 22 : 443}
    protocol    = "tcp"
    cidr_blocks = ${i % 7 === 0 ? '["0.0.0.0/0"]' : 'local.cidrs'}
  }
}

resource "aws_s3_bucket" "data_${i}" {
  bucket = "example-data-${i}"
}

resource "aws_db_instance" "db_${i}" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  storage_encrypted   = true
  publicly_accessible = false
  deletion_protection = true
}
`;
}

for (let i = 0; i < n; i++) {
  const sub = join(dir, `modules/m${Math.floor(i / 50)}`);
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, `svc${i}.tf`), module(i));
}

const t0 = performance.now();
const res = spawnSync(process.execPath, ['bin/vouch.js', 'iac', dir, '--format', 'json', '--offline', '--jobs', String(jobs), '-q'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const secs = (performance.now() - t0) / 1000;
const report = JSON.parse(res.stdout);
rmSync(dir, { recursive: true, force: true });
const errors = report.notices.filter((x) => x.level === 'error').length;
console.log(JSON.stringify({ files: n, jobs, cores: availableParallelism(), seconds: +secs.toFixed(2), filesPerSecond: Math.round(n / secs), filesPerSecondPerJob: Math.round(n / secs / jobs), findings: report.findings.length, errors }));
