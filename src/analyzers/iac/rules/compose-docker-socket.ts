import { isMap } from '../yaml-lib.js';
import { servicesOf } from '../compose.js';
import { defineRule, get, items, lineOf, str, type YamlDoc } from '../model.js';

// The Docker (or containerd/Podman) API socket: whoever can write to it is root on the host.
const SOCKET = /^\/(var\/)?run\/(docker|containerd\/containerd|podman\/podman)\.sock$/;

export const rule = defineRule<YamlDoc>({
  meta: {
    id: 'iac/compose-docker-socket', title: 'Container engine socket mounted into a service', analyzer: 'iac', severity: 'high', confidence: 'high',
    cwe: [250, 668], tags: ['compose', 'container', 'ai-common'],
    description: 'A service with `/var/run/docker.sock` mounted can start a privileged container with the host\'s root filesystem: it is root on the host, even with a read-only mount.',
    fix: 'Do not mount the socket. For CI runners use rootless Docker or a remote builder (BuildKit, Kaniko); for monitoring use a socket proxy that allows only the read endpoints needed.',
    examples: { lang: 'yaml', bad: 'volumes:\n  - /var/run/docker.sock:/var/run/docker.sock', good: 'volumes:\n  - app-data:/data' },
  },
  refs: { kics: 'd6355c88-1e8d-49e9-b2f2-f8a1ca12c75b' },
  applies: ['compose'],
  check(d) {
    return servicesOf(d).flatMap((s) => items(get(s.node, 'volumes')).flatMap((v) => {
      // Short syntax `src:dst[:mode]`, or long syntax `{ type: bind, source: … }`.
      const source = isMap(v) ? str(get(v, 'source')) : str(v)?.split(':')[0];
      return source && SOCKET.test(source) ? [{ line: lineOf(d, v), message: `service '${s.name}' mounts ${source}` }] : [];
    }));
  },
});
