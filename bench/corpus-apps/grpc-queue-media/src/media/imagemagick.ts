import { spawn } from 'node:child_process';

function run(child: ReturnType<typeof spawn>, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited ${code}: ${stderr.slice(0, 500)}`))));
  });
}

export function watermark(input: string, output: string, text: string, gravity: string): Promise<void> {
  const args = [
    `"${input}"`,
    '-gravity', gravity,
    '-fill', "'rgba(255,255,255,0.6)'",
    '-pointsize', '36',
    '-annotate', '+24+24', `"${text}"`,
    `"${output}"`,
  ];
  // vuln: CWE-78
  const child = spawn('convert', args, { shell: true });
  return run(child, 'convert');
}

export function resize(input: string, output: string, width: number, height: number): Promise<void> {
  const geometry = `${Math.trunc(width)}x${Math.trunc(height)}>`;
  // safe: CWE-78
  const child = spawn('convert', [input, '-resize', geometry, '-strip', output]);
  return run(child, 'convert');
}

export function contactSheet(inputs: string[], output: string): Promise<void> {
  const child = spawn('montage', [...inputs, '-tile', '4x', '-geometry', '320x180+4+4', output], { shell: false });
  return run(child, 'montage');
}
