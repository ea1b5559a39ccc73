import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const ssrf: CodeRule = {
  meta: {
    id: 'js/ssrf',
    title: 'Server-side request forgery (SSRF)',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [918],
    owasp: 'A10:2021-Server-Side Request Forgery',
    tags: ['ssrf', 'network', 'ai-common'],
    description: 'The server makes an HTTP request (`fetch`, `axios`, `got`, `http.request`) to a URL the user controls. Attackers use it to reach internal services and cloud metadata endpoints (`http://169.254.169.254/`) that are not exposed to the internet.',
    fix: 'Do not let users choose the host. Keep a fixed base URL and put user values only in the path or query (`fetch(`${API}/users/${encodeURIComponent(id)}`)`), or check `new URL(input).hostname` against an allow-list of hosts (and block private address ranges after DNS resolution if arbitrary hosts are a feature).',
    examples: {
      bad: "app.get('/preview', async (req, res) => {\n  const page = await fetch(req.query.url);\n  res.send(await page.text());\n});",
      good: "const ALLOWED_HOSTS = ['images.example.com'];\napp.get('/preview', async (req, res) => {\n  const url = new URL(String(req.query.url));\n  if (!ALLOWED_HOSTS.includes(url.hostname)) return res.sendStatus(400);\n  const page = await fetch(url);\n  res.type('text/plain').send(await page.text());\n});",
    },
  },
  taint: {
    kinds: ['ssrf'],
    // Requests made by a browser are not server-side: page URL data there is not SSRF.
    accept: (flow) => flow.source.category !== 'browser',
    message: (flow) => `SSRF: ${describeFlow(flow)} as the request URL`,
  },
};
