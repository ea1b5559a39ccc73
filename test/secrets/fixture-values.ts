/**
 * Values for `{{NAME}}` slots in fixtures, generated fresh at test time in the real formats
 * (nothing real-looking is committed).
 */
import { base64url, rand } from '../../src/analyzers/secrets/rules/generate.js';

function password(): string {
  // Always three character classes, no URL-special characters (the slot also sits inside URLs).
  return `${rand('alnum', 14)}Qa7`;
}

function jwt(): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: rand('hex', 8) }));
  const payload = base64url(JSON.stringify({ sub: `svc-${rand('lowerAlnum', 10)}`, aud: 'billing', exp: 1990000000 }));
  return `${header}.${payload}.${rand('b64url', 86)}`;
}

export const FIXTURE_VALUES: Record<string, () => string> = {
  AWS_ACCESS_KEY: () => `AKIA${rand('upperB32', 16)}`,
  AWS_SECRET_KEY: () => rand('b64', 40),
  STRIPE_SK: () => `sk_live_${rand('alnum', 99).slice(0, 48)}`,
  GITHUB_PAT: () => `ghp_${rand('alnum', 36)}`,
  GITHUB_FINE: () => `github_pat_${rand('alnum', 22)}_${rand('alnum', 59)}`,
  OPENAI: () => `sk-proj-${rand('b64url', 74)}T3BlbkFJ${rand('b64url', 74)}`,
  ANTHROPIC: () => `sk-ant-api03-${rand('b64url', 93)}AA`,
  NPM: () => `npm_${rand('alnum', 36)}`,
  SENDGRID: () => `SG.${rand('b64url', 22)}.${rand('b64url', 43)}`,
  GCP_API: () => `AIza${rand('b64url', 35)}`,
  SLACK_BOT: () => `xoxb-${rand('digits', 12)}-${rand('digits', 13)}-${rand('alnum', 24)}`,
  SLACK_WEBHOOK: () => `https://hooks.slack.com/services/T${rand('upperAlnum', 10)}/B${rand('upperAlnum', 10)}/${rand('alnum', 24)}`,
  DISCORD_WEBHOOK: () => `https://discord.com/api/webhooks/${rand('digits', 19)}/${rand('b64url', 68)}`,
  TELEGRAM: () => `${rand('123456789', 1)}${rand('digits', 9)}:AA${rand('b64url', 33)}`,
  HF: () => `hf_${rand('letters', 34)}`,
  HEX32: () => rand('hex', 32),
  HEX40: () => rand('hex', 40),
  ALNUM32: () => `${rand('alnum', 29)}x9Q`,
  LOWER30: () => rand('lowerAlnum', 30),
  B64_86: () => rand('b64', 86),
  PASSWORD: password,
  JWT: jwt,
  RSA_BODY: () => rand('b64', 1216).match(/.{1,64}/g)!.join('\n'),
};

/** Replaces every slot and returns the text plus the values planted (for redaction checks). */
export function fillSlots(template: string): { text: string; planted: string[] } {
  const planted: string[] = [];
  const text = template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, name: string) => {
    const make = FIXTURE_VALUES[name];
    if (!make) throw new Error(`unknown fixture slot {{${name}}}`);
    const v = make();
    planted.push(v);
    return v;
  });
  return { text, planted };
}
