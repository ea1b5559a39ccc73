import {BindingScope, injectable} from '@loopback/core';
import {exec, execFile} from 'child_process';
import {promisify} from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const PRINTERS = new Set(['dock-a-zebra', 'dock-b-zebra', 'office-laser']);

@injectable({scope: BindingScope.SINGLETON})
export class LabelPrinterService {
  async printLabel(labelPath: string, printer: string): Promise<void> {
    if (!PRINTERS.has(printer)) throw new Error('unknown printer');
    // safe: CWE-78
    await execFileAsync('lpr', ['-P', printer, '-o', 'media=4x6', labelPath]);
  }

  // Warehouse staff can add a copies count and a job title shown on the CUPS queue.
  async printWithTitle(labelPath: string, title: string, copies: string): Promise<string> {
    // vuln: CWE-78
    const {stdout} = await execAsync(`lpr -P dock-a-zebra -# ${copies} -T "${title}" ${labelPath}`);
    return stdout;
  }

  async queueStatus(): Promise<string> {
    const {stdout} = await execAsync('lpstat -o dock-a-zebra');
    return stdout;
  }
}
