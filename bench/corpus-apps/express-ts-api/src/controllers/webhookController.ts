import type { Request, Response } from 'express';
import axios from 'axios';
import { config } from '../config';

interface WebhookBody {
  callbackUrl: string;
  event: string;
}

export const registerWebhook = () => async (req: Request<{}, {}, WebhookBody>, res: Response) => {
  const { callbackUrl, event } = req.body;
  // Ping the endpoint so users see immediately whether it works.
  try {
    // vuln: CWE-918
    await axios.post(callbackUrl, { event, test: true }, { timeout: 5000 });
    res.status(201).json({ ok: true });
  } catch (err) {
    // vuln: CWE-209
    res.status(422).json({ ok: false, error: (err as Error).message });
  }
};

export const testSlackHook = () => async (req: Request, res: Response) => {
  const url = String(req.body.url);
  if (!url.includes('hooks.slack.com')) return res.status(400).json({ error: 'Slack hooks only' });
  // vuln: CWE-918
  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ text: 'Billing test' }) });
  return res.json({ status: response.status });
};

export const testIntegration = () => async (req: Request, res: Response) => {
  let target: URL;
  try {
    target = new URL(String(req.body.url));
  } catch {
    return res.status(400).json({ error: 'bad url' });
  }
  if (target.protocol !== 'https:' || !config.webhookHosts.has(target.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  // safe: CWE-918
  const response = await fetch(target, { method: 'POST', body: JSON.stringify({ text: 'Billing test' }) });
  return res.json({ status: response.status });
};
