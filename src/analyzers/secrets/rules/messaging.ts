import type { SecretRule } from '../rule-row.js';
import { contextual, prefixed, token, withImpact } from './builders.js';
import { rand, randomUuid } from './generate.js';

/** Chat, e-mail, SMS and social platforms. */
export const messagingRules: SecretRule[] = ([
  token({
    id: 'secrets/slack-bot-token', title: 'Slack bot token', description: 'A Slack bot token (xoxb-…): reads and posts in every channel the bot is in.',
    token: 'xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}', gen: () => `xoxb-${rand('digits', 12)}-${rand('digits', 13)}-${rand('alnum', 24)}`,
    keywords: ['xoxb-'], fp: ['xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx', 'xoxb-your-token-here'],
  }),
  token({
    id: 'secrets/slack-user-token', title: 'Slack user token', description: 'A Slack user or enterprise token (xoxp-/xoxe-…): acts as the person.',
    token: 'xox[pe](?:-[0-9]{10,13}){3}-[a-f0-9]{28,34}', gen: () => `xoxp-${rand('digits', 12)}-${rand('digits', 12)}-${rand('digits', 13)}-${rand('hex', 32)}`,
    keywords: ['xoxp-', 'xoxe-'],
  }),
  token({
    id: 'secrets/slack-app-token', title: 'Slack app-level token', description: 'A Slack app-level token (xapp-…): opens Socket Mode connections.',
    token: 'xapp-\\d-[A-Z0-9]+-\\d+-[a-f0-9]{40,64}', gen: () => `xapp-1-A${rand('upperAlnum', 10)}-${rand('digits', 13)}-${rand('hex', 64)}`, keywords: ['xapp-'],
  }),
  token({
    id: 'secrets/slack-config-token', title: 'Slack configuration token', description: 'A Slack app configuration access or refresh token (xoxe.xoxp-…).',
    token: 'xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{146,170}', gen: () => `xoxe.xoxp-1-${rand('alnum', 160)}`, keywords: ['xoxe.xox'],
  }),
  token({
    id: 'secrets/slack-legacy-token', title: 'Slack legacy token', description: 'A Slack legacy workspace or bot token (xoxo-/xoxs-/xoxa-/xoxr-).',
    token: 'xox[osar]-\\d+-[0-9a-zA-Z-]{10,}', gen: () => `xoxs-${rand('digits', 10)}-${rand('alnum', 24)}`, keywords: ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-'],
    end: 'A-Za-z0-9_\\-',
  }),
  token({
    id: 'secrets/slack-webhook', title: 'Slack incoming webhook URL', description: 'A Slack incoming-webhook or workflow URL: anyone can post into the channel as the app.',
    token: 'https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}', severity: 'medium',
    gen: () => `https://hooks.slack.com/services/T${rand('upperAlnum', 10)}/B${rand('upperAlnum', 10)}/${rand('alnum', 24)}`,
    keywords: ['hooks.slack.com'], scope: 'line', end: 'A-Za-z0-9+/', start: 'A-Za-z0-9',
    fp: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.slack.com/services/...'],
  }),
  token({
    id: 'secrets/discord-bot-token', title: 'Discord bot token', description: 'A Discord bot token: controls the bot in every server it joined.',
    token: '[MNO][A-Za-z0-9_\\-]{23,25}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,38}', gen: () => `M${rand('alnum', 25)}.${rand('b64url', 6)}.${rand('b64url', 38)}`,
    keywords: ['discord'], sampleName: 'DISCORD_BOT_TOKEN', end: 'A-Za-z0-9_\\-', start: 'A-Za-z0-9_\\-.',
  }),
  token({
    id: 'secrets/discord-webhook', title: 'Discord webhook URL', description: 'A Discord webhook URL: posts into the channel.', severity: 'medium',
    token: 'https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_\\-]{60,68}',
    gen: () => `https://discord.com/api/webhooks/${rand('digits', 19)}/${rand('b64url', 68)}`, keywords: ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'], scope: 'line',
    end: 'A-Za-z0-9_\\-',
  }),
  token({
    id: 'secrets/telegram-bot-token', title: 'Telegram bot token', description: 'A Telegram bot token: reads and sends the bot\'s messages.',
    token: '\\d{8,10}:AA[A-Za-z0-9_\\-]{33}', gen: () => `${rand('123456789', 1)}${rand('digits', 9)}:AA${rand('b64url', 33)}`, keywords: [':aa'], scope: 'line',
    end: 'A-Za-z0-9_\\-', start: '0-9',
  }),
  token({
    id: 'secrets/teams-webhook', title: 'Microsoft Teams incoming webhook URL', description: 'A Microsoft Teams incoming webhook: posts into the channel.', severity: 'medium',
    token: 'https://[a-z0-9]+\\.webhook\\.office\\.com/webhookb2/[a-f0-9\\-]{36}@[a-f0-9\\-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9\\-]{36}(?:/[A-Za-z0-9_\\-]+)?',
    gen: () => `https://contoso.webhook.office.com/webhookb2/${randomUuid()}@${randomUuid()}/IncomingWebhook/${rand('hex', 32)}/${randomUuid()}`,
    keywords: ['webhook.office.com'], scope: 'line', end: 'A-Za-z0-9_\\-',
  }),
  token({
    id: 'secrets/twilio-api-key', title: 'Twilio API key', description: 'A Twilio API key SID (SK…) used with its secret: SMS, voice and account data.',
    token: 'SK[0-9a-fA-F]{32}', gen: () => `SK${rand('hex', 32)}`, keywords: ['sk'], entropy: 3.2,
  }),
  contextual({
    id: 'secrets/twilio-auth-token', title: 'Twilio auth token', description: 'A Twilio account auth token: full control of the account.',
    names: ['twilio'], charset: 'hex', length: 32, severity: 'critical',
  }),
  token({
    id: 'secrets/sendgrid-api-key', title: 'SendGrid API key', description: 'A SendGrid API key: sends e-mail as the domain (phishing) and reads contacts.',
    token: 'SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}', gen: () => `SG.${rand('b64url', 22)}.${rand('b64url', 43)}`, keywords: ['sg.'], end: 'A-Za-z0-9_\\-',
  }),
  prefixed({ id: 'secrets/mailgun-api-key', title: 'Mailgun API key', description: 'A Mailgun private API key (key-…); the pubkey-… validation key is public.', prefix: 'key-', charset: 'hex', length: 32 }),
  contextual({
    id: 'secrets/mailgun-signing-key', title: 'Mailgun private API key', description: 'A Mailgun private API key or webhook signing key in the current format.',
    names: ['mailgun'], charset: { cls: 'a-f0-9\\-', gen: () => `${rand('hex', 32)}-${rand('hex', 8)}-${rand('hex', 8)}` }, length: 50,
  }),
  token({
    id: 'secrets/mailchimp-api-key', title: 'Mailchimp API key', description: 'A Mailchimp Marketing API key: audiences and campaigns.',
    token: '[a-f0-9]{32}-us\\d{1,2}', gen: () => `${rand('hex', 32)}-us${rand('123456789', 1)}`, keywords: ['-us'], scope: 'line',
  }),
  contextual({
    id: 'secrets/postmark-token', title: 'Postmark server token', description: 'A Postmark server or account token: sends e-mail as the domain.',
    names: ['postmark'], charset: { cls: 'a-f0-9\\-', gen: randomUuid }, length: 36,
  }),
  token({
    id: 'secrets/brevo-api-key', title: 'Brevo (Sendinblue) API key', description: 'A Brevo/Sendinblue API key.',
    token: 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}', gen: () => `xkeysib-${rand('hex', 64)}-${rand('alnum', 16)}`, keywords: ['xkeysib-'],
  }),
  contextual({
    id: 'secrets/mailjet-secret', title: 'Mailjet API secret', description: 'A Mailjet API key or secret.', names: ['mailjet', 'mj_apikey'], charset: 'hex', length: 32,
  }),
  contextual({
    id: 'secrets/sparkpost-api-key', title: 'SparkPost API key', description: 'A SparkPost API key.', names: ['sparkpost'], charset: 'hex', length: 40,
  }),
  contextual({
    id: 'secrets/vonage-api-secret', title: 'Vonage (Nexmo) API secret', description: 'A Vonage/Nexmo API secret.', names: ['vonage', 'nexmo'], charset: 'alnum', length: 16, entropy: 3.2,
  }),
  contextual({
    id: 'secrets/plivo-auth-token', title: 'Plivo auth token', description: 'A Plivo auth token.', names: ['plivo'], charset: 'alnum', length: 40, entropy: 3.5,
  }),
  token({
    id: 'secrets/twitter-bearer-token', title: 'X (Twitter) bearer token', description: 'An X/Twitter API bearer token.',
    token: 'AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{40,120}', gen: () => `AAAAAAAAAAAAAAAAAAAAA${rand('alnum', 30)}%3D${rand('alnum', 50)}`,
    keywords: ['aaaaaaaaaaaaaaaaaaaaa'], end: 'A-Za-z0-9%', noPlaceholderCheck: true, entropy: 3.5,
  }),
  contextual({
    id: 'secrets/twitter-api-secret', title: 'X (Twitter) API secret', description: 'An X/Twitter consumer or access-token secret.',
    names: ['twitter', 'consumer_secret'], charset: 'alnum', length: [45, 50], entropy: 3.5,
  }),
  token({
    id: 'secrets/facebook-access-token', title: 'Facebook / Meta access token', description: 'A Meta Graph API access token (EAA…): pages, ads and user data.',
    token: 'EAA[MC][A-Za-z0-9]{100,}', gen: () => `EAAC${rand('alnum', 140)}`, keywords: ['eaam', 'eaac'],
  }),
  contextual({
    id: 'secrets/facebook-app-secret', title: 'Facebook / Meta app secret', description: 'A Meta app secret: signs requests as the app.',
    names: ['facebook', 'fb_app_secret', 'fb_secret', 'meta_app_secret'], charset: 'hex', length: 32,
  }),
  contextual({
    id: 'secrets/linkedin-client-secret', title: 'LinkedIn client secret', description: 'A LinkedIn OAuth client secret.', names: ['linkedin'], charset: 'alnum', length: 16, entropy: 3.2,
  }),
  contextual({
    id: 'secrets/zoom-secret', title: 'Zoom API secret', description: 'A Zoom app client or webhook secret.', names: ['zoom'], charset: 'alnum', length: 32, entropy: 3.5,
  }),
  contextual({
    id: 'secrets/twitch-token', title: 'Twitch API token', description: 'A Twitch client secret or OAuth token.', names: ['twitch'], charset: 'lowerAlnum', length: 30, entropy: 3.5,
  }),
  prefixed({ id: 'secrets/intercom-token', title: 'Intercom access token', description: 'An Intercom access token: conversations and customer data.', prefix: 'dG9rOm', charset: 'b64', length: [40, 70], keywords: ['dg9rom'] }),
  token({
    id: 'secrets/hubspot-private-app-token', title: 'HubSpot private app token', description: 'A HubSpot private app access token: CRM data.',
    token: 'pat-(?:na|eu)1-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', gen: () => `pat-na1-${randomUuid()}`, keywords: ['pat-na1-', 'pat-eu1-'],
  }),
  contextual({
    id: 'secrets/zendesk-token', title: 'Zendesk API token', description: 'A Zendesk API token: tickets and customer data.', names: ['zendesk'], charset: 'alnum', length: 40, entropy: 3.5,
  }),
  contextual({
    id: 'secrets/mattermost-token', title: 'Mattermost access token', description: 'A Mattermost personal access or bot token.',
    names: ['mattermost'], charset: 'lowerAlnum', length: 26, entropy: 3.2,
  }),
] as SecretRule[]).map(withImpact(
  'Whoever holds it can send messages as the organisation (phishing, spam) or read conversations and contacts.',
));
