import type { CodeRule } from '../rule-api.js';
import { describeFlow } from './_taint-message.js';

export const openRedirect: CodeRule = {
  meta: {
    id: 'js/open-redirect',
    title: 'Open redirect',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [601],
    owasp: 'A01:2021-Broken Access Control',
    tags: ['redirect', 'ai-common'],
    description: 'The application redirects to a URL taken from the request (`res.redirect(req.query.next)`, `window.location = params.get(\'returnTo\')`). Attackers send links to your trusted domain that bounce victims to a phishing site, or steal OAuth codes and tokens.',
    fix: 'Redirect only to relative paths you recognise (check that the value starts with a single `/` and not `//` or `/\\`), or map a short key to a fixed URL, or compare `new URL(value, origin).origin` with your own origin.',
    examples: {
      bad: "app.get('/login/callback', (req, res) => {\n  res.redirect(req.query.returnTo);\n});",
      good: "app.get('/login/callback', (req, res) => {\n  const to = String(req.query.returnTo || '/');\n  res.redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/');\n});",
    },
  },
  taint: {
    kinds: ['redirect'],
    message: (flow) => `Open redirect: ${describeFlow(flow)} as the redirect target${flow.sink.slashChecked ? ". It is checked to start with '/' and not '//', but this redirect sends it as written: '/\\evil.example' passes and browsers follow it to evil.example (refuse '\\' too)" : ''}`,
  },
};
