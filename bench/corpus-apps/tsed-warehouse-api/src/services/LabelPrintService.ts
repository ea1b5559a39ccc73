import { Injectable } from "@tsed/di";
import { exec, execFile } from "child_process";
import { promisify } from "util";
import { writeFile, mkdtemp } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { envs } from "../config/envs";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const PRINTERS = new Set(["zebra-dock-1", "zebra-dock-2", "zebra-returns", "laser-office"]);

@Injectable()
export class LabelPrintService {
  async renderZpl(zpl: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "label-"));
    const file = join(dir, "label.zpl");
    await writeFile(file, zpl, "utf8");
    return file;
  }

  async print(file: string, printer: string = envs.labelPrinter): Promise<void> {
    const target = PRINTERS.has(printer) ? printer : envs.labelPrinter;
    // safe: CWE-78
    await execFileAsync("lp", ["-d", target, "-o", "raw", file]);
  }

  // Batch printing from the supervisor screen: copies and a free-text job title shown on the
  // printer's queue page, so people can find their batch.
  async printBatch(file: string, copies: number, title: string): Promise<string> {
    const cmd = `lp -d ${envs.labelPrinter} -n ${Number(copies) || 1} -t "${title}" -o raw ${file}`;
    // vuln: CWE-78
    const { stdout } = await execAsync(cmd);
    return stdout.trim();
  }

  async queueStatus(): Promise<string> {
    const { stdout } = await execAsync("lpstat -o");
    return stdout;
  }
}
