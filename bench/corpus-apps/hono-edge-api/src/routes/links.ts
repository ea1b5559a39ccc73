import { Hono } from 'hono';
import type { AppEnv } from '../types';

const links = new Hono<AppEnv>();

const SHORTCUTS: Record<string, string> = {
  docs: 'https://docs.example.com/projects',
  status: 'https://status.example.com',
  support: 'https://support.example.com/new',
  changelog: 'https://docs.example.com/projects/changelog',
};

// /l/docs, /l/status … used in emails so the targets can change without resending
links.get('/:name', (c) => {
  const name = c.req.param('name');
  const target = Object.hasOwn(SHORTCUTS, name) ? SHORTCUTS[name] : 'https://docs.example.com';
  // safe: CWE-601
  return c.redirect(target, 302);
});

export default links;
