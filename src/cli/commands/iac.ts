/** `vouch iac [PATHS]`: a scan with only the infrastructure-as-code analyzer. */
import type { Command } from 'commander';
import { addScanOptions, runScanCommand, type ScanCliOptions } from './scan.js';

export function register(program: Command): void {
  const cmd = program
    .command('iac')
    .description('check infrastructure as code: Terraform, Kubernetes manifests, GitHub Actions workflows, Dockerfiles (least privilege, exposure, injection)')
    .argument('[paths...]', 'files or directories to scan (default: the current repository)');
  addScanOptions(cmd, { only: false }).action(async (paths: string[], opts: ScanCliOptions) => {
    process.exitCode = await runScanCommand(paths, opts, ['iac']);
  });
}
