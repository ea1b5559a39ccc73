import { type DockerDoc } from '../dockerfile.js';
import { defineRule } from '../model.js';

export const rule = defineRule<DockerDoc>({
  meta: {
    id: 'iac/docker-add-url', title: '`ADD` fetches a remote URL', analyzer: 'iac', severity: 'low', confidence: 'high',
    cwe: [494], tags: ['dockerfile', 'supply-chain'],
    description: '`ADD https://…` downloads at build time without verifying what arrives (and auto-extracts archives); the content can change between builds.',
    fix: 'Use `ADD --checksum=sha256:… URL dest` (BuildKit), or `RUN curl -fsSLo file URL && sha256sum -c` and `COPY` local files.',
    examples: { lang: 'dockerfile', bad: 'ADD https://example.com/tool.tar.gz /opt/', good: 'ADD --checksum=sha256:24454f830c… https://example.com/tool.tar.gz /opt/' },
  },
  refs: { checkov: 'CKV_DOCKER_4', trivy: 'DS005' },
  applies: 'dockerfile',
  check(d) {
    return d.file.getInstructions().flatMap((i) => {
      if (i.getKeyword() !== 'ADD') return [];
      // BuildKit flags are not arguments to dockerfile-ast; read them from the raw text.
      if (/(^|\s)--checksum=/.test(i.getTextContent())) return [];
      const sources = i.getArguments().filter((a) => !a.getValue().startsWith('--')).slice(0, -1);
      const url = sources.find((s) => /^(https?|ftp):\/\//i.test(s.getValue()));
      // The URL's own line: flags often sit on the ADD line and the source on a continued one.
      return url ? [{ line: url.getRange().start.line + 1, message: `ADD downloads ${url.getValue().replace(/[?#].*$/, '')} without a checksum` }] : [];
    });
  },
});
