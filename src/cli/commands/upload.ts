/** `vouch upload REPORT.json`: send a JSON report (from `vouch scan --format json`) to a Vouch server, e.g. from CI. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ReportJson } from '../../store/report.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { addPublishOptions, scanContext, uploadToServer, type PublishOptions } from './publish.js';

export function register(program: Command): void {
  addPublishOptions(program
    .command('upload')
    .description('upload a JSON report (vouch scan --format json) to a Vouch server with its repository, branch and commit')
    .argument('<report>', 'JSON report file')
    .option('--commit-time <iso>', 'commit time recorded with the scan (default: the commit\'s committer date)'))
    .action(async (file: string, opts: PublishOptions) => {
      let report: ReportJson;
      try {
        report = JSON.parse(readFileSync(file, 'utf8')) as ReportJson;
      } catch (err) {
        throw new UsageError(`upload: cannot read ${file} as a JSON report: ${(err as Error).message}`);
      }
      if (typeof report !== 'object' || report === null || typeof report.schemaVersion !== 'string') {
        throw new UsageError(`upload: ${file} is not a Vouch JSON report (no schemaVersion); write one with \`vouch scan --format json -o report.json\``);
      }
      process.stdout.write((await uploadToServer(report, scanContext(process.cwd(), opts), opts)) + '\n');
      process.exitCode = EXIT.passed;
    });
}
