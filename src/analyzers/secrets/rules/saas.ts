import type { SecretRule } from '../rule-row.js';
import { contextual, prefixed, token, withImpact } from './builders.js';
import { base64url, rand, randomUuid } from './generate.js';

/** Productivity, data and developer SaaS. */
export const saasRules: SecretRule[] = ([
  token({
    id: 'secrets/notion-token', title: 'Notion integration token', description: 'A Notion integration token: the pages and databases shared with it.',
    token: '(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})', gen: () => `ntn_${rand('digits', 11)}${rand('alnum', 35)}`, keywords: ['ntn_', 'secret_'],
  }),
  token({
    id: 'secrets/airtable-pat', title: 'Airtable personal access token', description: 'An Airtable personal access token.',
    token: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}', gen: () => `pat${rand('alnum', 14)}.${rand('hex', 64)}`, keywords: ['pat'],
  }),
  prefixed({ id: 'secrets/figma-pat', title: 'Figma personal access token', description: 'A Figma personal access token.', prefix: 'figd_', charset: 'b64url', length: 40 }),
  prefixed({ id: 'secrets/linear-api-key', title: 'Linear API key', description: 'A Linear API key: issues and projects.', prefix: 'lin_api_', charset: 'alnum', length: 40 }),
  contextual({ id: 'secrets/asana-token', title: 'Asana access token', description: 'An Asana personal access token.', names: ['asana'], charset: { cls: '0-9/:a-f', gen: () => `2/${rand('digits', 16)}/${rand('digits', 16)}:${rand('hex', 32)}` }, length: [40, 70] }),
  prefixed({ id: 'secrets/dropbox-token', title: 'Dropbox access token', description: 'A Dropbox short-lived access token (sl.…): the user\'s files.', prefix: 'sl.', charset: 'b64url', length: [130, 160], keywords: ['sl.'] }),
  prefixed({ id: 'secrets/contentful-token', title: 'Contentful management token', description: 'A Contentful content management token.', prefix: 'CFPAT-', charset: 'b64url', length: 43 }),
  prefixed({ id: 'secrets/typeform-token', title: 'Typeform personal token', description: 'A Typeform personal access token.', prefix: 'tfp_', charset: 'b64url', length: 59 }),
  prefixed({ id: 'secrets/frameio-token', title: 'Frame.io API token', description: 'A Frame.io developer token.', prefix: 'fio-u-', charset: 'b64url', length: 64 }),
  contextual({ id: 'secrets/algolia-admin-key', title: 'Algolia admin API key', description: 'An Algolia admin (write) API key; search-only keys are meant to be public.', names: ['algolia_admin', 'algoliaadmin', 'algolia_api_key', 'algolia_write', 'algolia-admin'], charset: 'hex', length: 32 }),
  token({
    id: 'secrets/mapbox-secret-token', title: 'Mapbox secret token', description: 'A Mapbox secret token (sk.…); public pk.… tokens are not reported.',
    token: 'sk\\.eyJ[A-Za-z0-9_\\-]{20,}\\.[A-Za-z0-9_\\-]{20,}', gen: () => `sk.${base64url(JSON.stringify({ u: rand('lowerAlnum', 8), a: rand('lowerAlnum', 25) }))}.${rand('b64url', 22)}`,
    keywords: ['sk.eyj'], end: 'A-Za-z0-9_\\-',
  }),
  token({
    id: 'secrets/firebase-cloud-messaging-key', title: 'Firebase Cloud Messaging server key', description: 'A legacy FCM server key: sends push notifications to every user of the app.',
    token: 'AAAA[A-Za-z0-9_\\-]{7}:APA91b[A-Za-z0-9_\\-]{134}', gen: () => `AAAA${rand('b64url', 7)}:APA91b${rand('b64url', 134)}`, keywords: [':apa91b'], scope: 'line', end: 'A-Za-z0-9_\\-',
  }),
  token({
    id: 'secrets/google-oauth-refresh-token', title: 'Google OAuth refresh token', description: 'A Google OAuth refresh token (1//…): long-lived access to the user\'s granted scopes.',
    token: '1//0[A-Za-z0-9_\\-]{60,120}', gen: () => `1//0${rand('b64url', 100)}`, keywords: ['1//0'], end: 'A-Za-z0-9_\\-', start: 'A-Za-z0-9/',
  }),
  token({
    id: 'secrets/cloudinary-url', title: 'Cloudinary URL with secret', description: 'A CLOUDINARY_URL containing the API secret.',
    token: 'cloudinary://\\d{10,16}:[A-Za-z0-9_\\-]{27}@[A-Za-z0-9_\\-]+', gen: () => `cloudinary://${rand('digits', 15)}:${rand('b64url', 27)}@demo-cloud`, keywords: ['cloudinary://'], end: 'A-Za-z0-9_\\-',
  }),
  token({
    id: 'secrets/launchdarkly-key', title: 'LaunchDarkly SDK or API key', description: 'A LaunchDarkly server-side SDK key or API access token.',
    token: '(?:sdk|api)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', gen: () => `sdk-${randomUuid()}`, keywords: ['sdk-', 'api-'], severity: 'medium',
  }),
  contextual({ id: 'secrets/rollbar-token', title: 'Rollbar access token', description: 'A Rollbar server-side access token.', names: ['rollbar'], charset: 'hex', length: 32, severity: 'medium' }),
  contextual({ id: 'secrets/bugsnag-key', title: 'Bugsnag API key', description: 'A Bugsnag data-access API key.', names: ['bugsnag'], charset: 'hex', length: 32, severity: 'medium' }),
  contextual({ id: 'secrets/segment-write-key', title: 'Segment secret', description: 'A Segment public API token or write key.', names: ['segment'], charset: 'alnum', length: 32, entropy: 3.5, severity: 'medium' }),
  contextual({ id: 'secrets/mixpanel-secret', title: 'Mixpanel API secret', description: 'A Mixpanel API secret or service-account secret.', names: ['mixpanel'], charset: 'alnum', length: 32, entropy: 3.5 }),
  contextual({ id: 'secrets/auth0-client-secret', title: 'Auth0 client secret', description: 'An Auth0 application client secret.', names: ['auth0'], charset: 'b64url', length: 64, entropy: 3.5, severity: 'critical' }),
  contextual({ id: 'secrets/trello-api-token', title: 'Trello API token', description: 'A Trello API token.', names: ['trello'], charset: 'alnum', length: [32, 76], entropy: 3.5 }),
  token({
    id: 'secrets/clickup-token', title: 'ClickUp personal token', description: 'A ClickUp personal API token.',
    token: 'pk_\\d{6,10}_[A-Z0-9]{32}', gen: () => `pk_${rand('digits', 8)}_${rand('upperAlnum', 32)}`, keywords: ['pk_'],
  }),
  contextual({ id: 'secrets/confluent-secret', title: 'Confluent Cloud API secret', description: 'A Confluent Cloud (Kafka) API secret.', names: ['confluent', 'kafka_api_secret', 'sasl_password'], charset: { cls: 'A-Za-z0-9+/', gen: () => rand('b64', 64) }, length: 64, entropy: 4 }),
  contextual({ id: 'secrets/elastic-cloud-api-key', title: 'Elastic Cloud API key', description: 'An Elastic Cloud / Elasticsearch API key.', names: ['elastic', 'es_api_key'], charset: { cls: 'A-Za-z0-9+/=', gen: () => Buffer.from(`${rand('alnum', 20)}:${rand('alnum', 22)}`).toString('base64') }, length: [40, 120], entropy: 4 }),
  token({
    id: 'secrets/mongodb-atlas-key', title: 'MongoDB Atlas admin API private key', description: 'A MongoDB Atlas programmatic API private key.',
    token: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', gen: randomUuid, keywords: ['atlas'], sampleName: 'MONGODB_ATLAS_PRIVATE_KEY',
  }),
  token({
    id: 'secrets/yandex-token', title: 'Yandex Cloud credential', description: 'A Yandex Cloud IAM token, API key or access key.',
    token: '(?:t1\\.[A-Z0-9a-z_\\-]+={0,2}\\.[A-Z0-9a-z_\\-]{86}={0,2}|AQVN[A-Za-z0-9_\\-]{35,38})', gen: () => `AQVN${rand('b64url', 36)}`,
    keywords: ['aqvn', 't1.'], end: 'A-Za-z0-9_\\-',
  }),
  contextual({ id: 'secrets/sumologic-access-key', title: 'Sumo Logic access key', description: 'A Sumo Logic access key.', names: ['sumo'], charset: 'alnum', length: 64, entropy: 3.5 }),
  contextual({ id: 'secrets/freshdesk-api-key', title: 'Freshdesk API key', description: 'A Freshdesk API key.', names: ['freshdesk'], charset: 'alnum', length: 20, entropy: 3.2 }),
] as SecretRule[]).map(withImpact(
  'Whoever holds it can read or change the organisation\'s data in that service.',
));
