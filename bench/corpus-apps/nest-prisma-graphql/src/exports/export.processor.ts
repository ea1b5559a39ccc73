import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { exec, execFile } from 'child_process';
import { mkdir, writeFile } from 'fs/promises';
import { join } from 'path';
import { promisify } from 'util';
import { ProjectsService } from '../projects/projects.service';
import { TaskRepository } from '../projects/task.repository';
import { escapeHtml, EXPORT_DIR, EXPORT_QUEUE, ExportJob } from './export-job';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

@Processor(EXPORT_QUEUE, { concurrency: 2 })
export class ExportProcessor extends WorkerHost {
  private readonly logger = new Logger(ExportProcessor.name);

  constructor(
    private readonly projects: ProjectsService,
    private readonly tasks: TaskRepository,
  ) {
    super();
  }

  async process(job: Job<ExportJob>): Promise<{ file: string }> {
    const { projectId, format, fileName, title } = job.data;
    const workDir = join(EXPORT_DIR, String(projectId));
    await mkdir(workDir, { recursive: true });

    const source = join(workDir, `${job.id}.html`);
    await writeFile(source, await this.renderHtml(projectId, title), 'utf8');
    await job.updateProgress(30);

    if (format === 'html') {
      return { file: `${job.id}.html` };
    }

    if (format === 'pdf') {
      const target = join(workDir, `${job.id}.pdf`);
      // safe: CWE-78
      await execFileAsync('wkhtmltopdf', ['--quiet', '--title', title, source, target], { timeout: 120_000 });
      return { file: `${job.id}.pdf` };
    }

    // docx goes through pandoc and keeps the name the user asked for
    // vuln: CWE-78, CWE-22
    await execAsync(`pandoc "${source}" --from html --to docx --output "${workDir}/${fileName}.docx"`, { timeout: 120_000 });
    return { file: `${fileName}.docx` };
  }

  private async renderHtml(projectId: number, title: string): Promise<string> {
    const summary = await this.projects.summary(projectId);
    const rows = await this.tasks.listForProject(projectId, 'priority', 'asc', 100, 0);
    const body = rows
      .map((t) => `<tr><td>${t.id}</td><td>${escapeHtml(t.title)}</td><td>${escapeHtml(t.status)}</td><td>${t.priority}</td></tr>`)
      .join('\n');
    return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(summary.name)}: ${summary.openTasks} open tasks</p>
<table><thead><tr><th>#</th><th>Title</th><th>Status</th><th>Priority</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<ExportJob>) {
    this.logger.warn(`export job ${job.id} failed after ${job.attemptsMade} attempt(s)`);
  }
}
