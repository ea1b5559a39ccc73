import { exec, execFile } from "child_process";
import { promisify } from "util";
import { mkdir } from "fs/promises";
import { join } from "path";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const BADGE_DIR = process.env.BADGE_DIR || "/var/lib/harbourside/badges";

// QR code with the ticket code only; used on the e-ticket PDF.
export async function ticketQr(code: string): Promise<string> {
  await mkdir(BADGE_DIR, { recursive: true });
  const out = join(BADGE_DIR, `${code.replace(/[^A-Z0-9]/g, "")}.png`);
  // safe: CWE-78
  await execFileAsync("qrencode", ["-o", out, "-s", "8", code]);
  return out;
}

// Printed name badges for speakers and crew: name and role rendered by ImageMagick.
export async function nameBadge(eventSlug: string, name: string, role: string): Promise<string> {
  const dir = join(BADGE_DIR, eventSlug.replace(/[^a-z0-9-]/g, ""));
  await mkdir(dir, { recursive: true });
  const out = join(dir, `${Date.now()}.png`);
  // vuln: CWE-78
  await execAsync(`convert -size 800x500 xc:white -font DejaVu-Sans -pointsize 64 -gravity center -annotate +0-40 "${name}" -pointsize 36 -annotate +0+60 "${role}" ${out}`);
  return out;
}
