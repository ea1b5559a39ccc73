import { exec } from 'node:child_process';

export function thumbnail(size: string): void {
  // ruleid: js/command-injection
  exec(`convert in.png -resize ${size} out.png`);
}
