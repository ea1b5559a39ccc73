import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

@Processor('exports')
export class ExportProcessor extends WorkerHost {
  async process(job: Job<{ fileName: string; title: string; format: string }>) {
    const { fileName, title, format } = job.data;
    // ruleid: js/command-injection
    await execAsync(`pandoc in.html -o "out/${fileName}.docx"`);
    // ok: js/command-injection
    await execFileAsync('wkhtmltopdf', ['--title', title, 'in.html', 'out.pdf']);
    // The controller enqueues a constant format.
    // ok: js/command-injection
    await execAsync(`pandoc in.html -t ${format} -o out.bin`);
    return {};
  }
}
