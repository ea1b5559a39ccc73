#!/usr/bin/env node
/**
 * Files/s of `vouch iac` on a generated Terraform tree (default 2,000 files, --files N), one job
 * per core via --jobs. Goal from issue 9: at least 500 files/s per core. Run `npm run build` first.
 *
 * On a shared machine absolute figures move with the load: `--against DIR` (a copy of another
 * build: its bin/, dist/, package.json, data/ and a node_modules link) runs both builds on the same
 * tree, alternating, `--rounds N` times (default 7), and prints medians of wall time and of CPU
 * time (user + sys of the CLI and its worker) and their ratio new / old, with the load average.
 * Files per CPU-second is the per-core figure that holds on a loaded machine: wall time there is
 * mostly the share of the cores the scheduler gives the scan. The scan cache is off (--no-cache):
 * with it, a second run over the same generated contents measured only cache reads.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const n = Number(process.argv[process.argv.indexOf('--files') + 1]) || 2000;
const jobs = Number(process.argv[process.argv.indexOf('--jobs') + 1]) || 1;
const against = process.argv.includes('--against') ? process.argv[process.argv.indexOf('--against') + 1] : undefined;
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;
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

/** One run of a build's CLI on the tree: wall and CPU seconds (children's rusage, the worker included). */
function run(root) {
  const before = process.resourceUsage ? childCpu() : 0;
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [join(root, 'bin/vouch.js'), 'iac', dir, '--format', 'json', '--offline', '--no-cache', '--jobs', String(jobs), '-q'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = (performance.now() - t0) / 1000;
  const report = JSON.parse(res.stdout);
  return { secs, cpu: childCpu() - before, findings: report.findings.length, errors: report.notices.filter((x) => x.level === 'error').length };
}

// Children's CPU time so far, from /proc (Node has no API for RUSAGE_CHILDREN).
function childCpu() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) / 100; // cutime + cstime, in clock ticks (100/s on Linux)
  } catch {
    return NaN;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg()[0].toFixed(1);

if (!against) {
  const r = run('.');
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ files: n, jobs, cores: availableParallelism(), load: load(), seconds: +r.secs.toFixed(2), cpuSeconds: +r.cpu.toFixed(2), filesPerCpuSecond: Math.round(n / r.cpu), filesPerSecond: Math.round(n / r.secs), filesPerSecondPerJob: Math.round(n / r.secs / jobs), findings: r.findings, errors: r.errors }));
} else {
  const runs = { new: [], old: [] };
  const loads = [load()];
  for (let i = 0; i < rounds; i++) {
    // Alternate which build goes first so a load change within a round hits both alike.
    const order = i % 2 ? ['old', 'new'] : ['new', 'old'];
    for (const which of order) runs[which].push(run(which === 'new' ? '.' : against));
    loads.push(load());
  }
  rmSync(dir, { recursive: true, force: true });
  const sum = (which) => ({ wall: +median(runs[which].map((r) => r.secs)).toFixed(2), cpu: +median(runs[which].map((r) => r.cpu)).toFixed(2), filesPerSecond: Math.round(n / median(runs[which].map((r) => r.secs))), filesPerCpuSecond: Math.round(n / median(runs[which].map((r) => r.cpu))), findings: runs[which][0].findings, errors: runs[which][0].errors });
  const a = sum('new');
  const b = sum('old');
  console.log(JSON.stringify({ files: n, jobs, rounds, load: `${Math.min(...loads)}–${Math.max(...loads)}`, new: a, old: b, wallRatio: +(a.wall / b.wall).toFixed(2), cpuRatio: +(a.cpu / b.cpu).toFixed(2) }));
}
