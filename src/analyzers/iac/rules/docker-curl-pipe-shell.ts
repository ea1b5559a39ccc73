import { type DockerDoc } from '../dockerfile.js';
import { defineRule } from '../model.js';
import { PIPE_TO_SHELL } from '../shell.js';


export const rule = defineRule<DockerDoc>({
  meta: {
    id: 'iac/docker-curl-pipe-shell', title: 'Downloaded script piped into a shell', analyzer: 'iac', severity: 'medium', confidence: 'high',
    cwe: [494], tags: ['dockerfile', 'supply-chain', 'ai-common'],
    description: '`curl … | sh` runs whatever the server (or anyone in between) returns at build time, with no integrity check, and the image bakes it in.',
    fix: 'Download to a file, verify a pinned checksum or signature, then run it: `curl -fsSLo install.sh URL && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`. Prefer the distribution\'s package.',
    examples: { lang: 'dockerfile', bad: 'RUN curl -fsSL https://get.example.com | sh', good: 'RUN curl -fsSLo get.sh https://get.example.com \\\n && echo "9b1f…  get.sh" | sha256sum -c - && sh get.sh' },
  },
  refs: { none: 'Checkov, Trivy (DS0xx), hadolint (DL4006 is about `pipefail`, not the download) and the Semgrep registry\'s Dockerfile rules have no check for piping a download into a shell.' },
  applies: 'dockerfile',
  check(d) {
    return d.file.getInstructions().flatMap((i) => {
      if (i.getKeyword() !== 'RUN') return [];
      // The raw text, with comment lines and line continuations blanked to spaces of the same
      // length: one logical command to match, whose offsets are still offsets in the source.
      const raw = i.getTextContent();
      const flat = raw.replace(/(?<=\n)[ \t]*#[^\n]*/g, (c) => ' '.repeat(c.length)).replace(/\\?\r?\n/g, (c) => ' '.repeat(c.length));
      const m = PIPE_TO_SHELL.exec(flat);
      if (!m) return [];
      // A RUN continued over several lines is reported on the line where the download starts.
      const line = i.getRange().start.line + 1 + (raw.slice(0, m.index).match(/\n/g)?.length ?? 0);
      return [{ line, message: 'RUN pipes a download into an interpreter' }];
    });
  },
});
