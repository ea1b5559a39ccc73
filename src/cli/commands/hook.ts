import { Command, Option } from 'commander';
import { SEVERITIES, type FailOn } from '../../findings/severity.js';
import { UsageError } from '../exit-codes.js';
import { readStdin } from '../../assist/hooks/daemon-client.js';

/**
 * What bin/vouch.js hands over after trying the hook daemon (assist/hooks/daemon-client.ts): the
 * event it already read from stdin, and the socket where a daemon may be started for next time.
 */
interface DaemonHandoff { input?: string; socket?: string }
const handoff = (): DaemonHandoff | undefined => (globalThis as { __vouchHookHandoff?: DaemonHandoff }).__vouchHookHandoff;

/** The event: handed over by the launcher when it already read it, else stdin (bounded). */
function readEvent(timeoutMs: number): Promise<string | undefined> {
  const given = handoff()?.input;
  return given !== undefined ? Promise.resolve(given) : readStdin(timeoutMs);
}

export function register(program: Command): void {
  program
    .command('hook')
    .description("an assistant's edit hook: judge the edit it is about to make (or just made) and hand new findings back to it")
    .argument('<assistant>', 'claude-code, gemini or cursor')
    .addOption(new Option('--fail-on <severity>', 'hand back findings at or above this severity (default: assist.failOn, high)').choices([...SEVERITIES, 'none']))
    .option('-c, --config <file>', 'configuration file (default: .vouch.yml in the project)')
    .action(async (assistant: string, opts: { failOn?: string; config?: string }) => {
      const { ASSISTANTS } = await import('../../assist/hooks/protocols.js');
      if (!(ASSISTANTS as readonly string[]).includes(assistant)) {
        throw new UsageError(`unknown assistant '${assistant}' (choose from ${ASSISTANTS.join(', ')})`);
      }
      const { runHook, HookScanners } = await import('../../assist/hooks/run.js');
      const { renderVerdict } = await import('../../assist/hooks/protocols.js');
      const a = assistant as (typeof ASSISTANTS)[number];
      // Created before the event is read: the analyzers load while stdin arrives.
      const scanners = new HookScanners();
      const input = await readEvent(5000);
      let out;
      if (input === undefined) {
        scanners.close();
        out = renderVerdict(a, { note: 'no event on stdin (run by an assistant, with the event JSON piped in); nothing checked' });
      } else {
        out = await runHook(a, input, { failOn: opts.failOn as FailOn | undefined, configFile: opts.config }, scanners);
      }
      if (out.stdout) process.stdout.write(out.stdout);
      if (out.stderr) process.stderr.write(out.stderr);
      process.exitCode = out.exitCode;
      // No daemon answered this time: leave one behind so the next edit is checked warm.
      const socket = handoff()?.socket;
      if (socket && input !== undefined && process.argv[1]) {
        const { spawnDaemon } = await import('../../assist/hooks/daemon.js');
        spawnDaemon(process.argv[1], socket);
      }
    });

  program
    .command('hook-daemon', { hidden: true })
    .description('serve `vouch hook` and `vouch scan --staged` runs from a warm process (started by the first such run)')
    .requiredOption('--socket <path>', 'Unix socket to listen on')
    .option('--idle <seconds>', 'stop after this long without a request', (v) => Number.parseInt(v, 10))
    .action(async (opts: { socket: string; idle?: number }) => {
      const { serveHooks, DEFAULT_IDLE_MS } = await import('../../assist/hooks/daemon.js');
      const { answerScan } = await import('../scan-daemon.js');
      await serveHooks(opts.socket, opts.idle && opts.idle > 0 ? opts.idle * 1000 : DEFAULT_IDLE_MS, answerScan);
    });
}
