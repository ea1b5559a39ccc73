/** Shell-line checks shared by Dockerfile `RUN`, GitHub Actions `run:` and GitLab CI `script:`. */

/** A download piped straight into an interpreter: nothing checks what was fetched before it runs. */
export const PIPE_TO_SHELL = /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(-\w+\s+)*(-?\w+=\S+\s+)*(ba|z|da|k)?sh\b|\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(-\w+\s+)*(python3?|perl|ruby|node)\b/;

const PRINT = /^\s*(echo|printf|cat\s*<<|print|write-host|write-output)\b/i;

/**
 * A command that prints to the job log: `echo`/`printf`/… whose output is not piped into another
 * command (`echo "$PASS" | docker login --password-stdin`) or redirected to a file.
 */
export function printsToLog(line: string): boolean {
  if (!PRINT.test(line)) return false;
  // Quoted text may hold `|` or `>`: look at the command outside quotes only.
  const bare = line.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""');
  return !/\|(?!\|)|(^|[^<>&0-9])>{1,2}(?!&)/.test(bare.replace(/\|\|/g, ';'));
}
