import type { Request, Response } from 'express';
import got from 'got';
import http from 'node:http';
import nodeFetch from 'node-fetch';
import axios from 'axios';
import dns from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export async function importFeed(req: Request, res: Response) {
  const { feedUrl } = req.body as { feedUrl: string };
  // ruleid: js/ssrf
  const body = await got(feedUrl, { timeout: { request: 5000 } }).text();
  res.json({ size: body.length });
}

export function statusProbe(req: Request, res: Response) {
  const host = req.query.host as string;
  // ruleid: js/ssrf
  http.get(`http://${host}/status`, (upstream) => upstream.pipe(res));
}

export async function unfurl(req: Request, res: Response) {
  const target = String(req.query.link);
  // ruleid: js/ssrf
  const r = await nodeFetch(target, { redirect: 'follow' });
  res.json({ ok: r.ok, type: r.headers.get('content-type') });
}

export async function callApi(req: Request, res: Response) {
  const { endpoint, method } = req.body;
  // ruleid: js/ssrf
  const r = await axios({ url: endpoint, method, timeout: 3000 });
  res.json(r.data);
}

async function isPublicHost(hostname: string): Promise<boolean> {
  const { address } = await dns.lookup(hostname);
  return ipaddr.parse(address).range() === 'unicast';
}

export async function unfurlSafe(req: Request, res: Response) {
  let url: URL;
  try {
    url = new URL(String(req.query.link));
  } catch {
    return res.status(400).end();
  }
  if (!['http:', 'https:'].includes(url.protocol) || !(await isPublicHost(url.hostname))) {
    return res.status(400).json({ error: 'URL not allowed' });
  }
  // ok: js/ssrf
  const r = await nodeFetch(url.toString(), { redirect: 'manual' });
  res.json({ ok: r.ok });
}

export async function weather(req: Request, res: Response) {
  const lat = Number(req.query.lat);
  const lon = Number(req.query.lon);
  // ok: js/ssrf
  const r = await axios.get('https://api.weather.example.com/v1/forecast', { params: { lat, lon } });
  res.json(r.data);
}
