import type { SecretRule } from '../rule-row.js';
import { contextual, prefixed, token, withImpact } from './builders.js';
import { rand, randomUuid } from './generate.js';

/** Payments and commerce: keys that move money or expose customers. */
export const paymentRules: SecretRule[] = ([
  token({
    id: 'secrets/stripe-secret-key', title: 'Stripe secret key', severity: 'critical',
    description: 'A Stripe secret or restricted key (sk_/rk_, live or test): charges, refunds and customer data. Publishable pk_ keys are public and not reported.',
    token: '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,99}', gen: () => `sk_live_${rand('alnum', 48)}`, keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    fp: ['pk_live_51H8abcdEFGHijklMNOPqrstUVWXyz0123456789', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_test_...'],
  }),
  prefixed({ id: 'secrets/stripe-webhook-secret', title: 'Stripe webhook signing secret', description: 'A Stripe webhook signing secret (whsec_…): lets anyone forge webhook events the app trusts.', prefix: 'whsec_', charset: 'alnum', length: [32, 64] }),
  token({
    id: 'secrets/square-access-token', title: 'Square access token', description: 'A Square access token: payments and customer data.', severity: 'critical',
    token: '(?:EAAA[A-Za-z0-9_\\-]{60}|sq0atp-[A-Za-z0-9_\\-]{22})', gen: () => `sq0atp-${rand('b64url', 22)}`, keywords: ['eaaa', 'sq0atp-'], end: 'A-Za-z0-9_\\-',
  }),
  prefixed({ id: 'secrets/square-oauth-secret', title: 'Square OAuth secret', description: 'A Square application OAuth secret (sq0csp-…).', prefix: 'sq0csp-', charset: 'b64url', length: 43 }),
  token({
    id: 'secrets/braintree-access-token', title: 'PayPal Braintree access token', description: 'A Braintree (PayPal) production or sandbox access token.', severity: 'critical',
    token: 'access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}', gen: () => `access_token$production$${rand('lowerAlnum', 16)}$${rand('hex', 32)}`,
    keywords: ['access_token$'],
  }),
  contextual({
    id: 'secrets/paypal-client-secret', title: 'PayPal client secret', description: 'A PayPal REST API client secret.',
    names: ['paypal'], charset: 'b64url', length: 80, entropy: 3.5, keywords: ['paypal'],
  }),
  token({
    id: 'secrets/plaid-access-token', title: 'Plaid access token', description: 'A Plaid access token: the linked bank account\'s data.',
    token: 'access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', gen: () => `access-production-${randomUuid()}`,
    keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  }),
  contextual({
    id: 'secrets/plaid-secret', title: 'Plaid API secret', description: 'A Plaid API secret.', names: ['plaid'], charset: 'hex', length: 30,
  }),
  token({
    id: 'secrets/flutterwave-secret-key', title: 'Flutterwave secret key', description: 'A Flutterwave secret key.',
    token: 'FLWSECK(?:_TEST)?-[a-h0-9]{32}-X', gen: () => `FLWSECK-${rand('abcdefgh0123456789', 32)}-X`, keywords: ['flwseck'],
  }),
  prefixed({ id: 'secrets/razorpay-key', title: 'Razorpay live key id', description: 'A Razorpay live key id (rzp_live_…), usually next to its secret.', prefix: 'rzp_live_', charset: 'alnum', length: 14, severity: 'medium' }),
  contextual({
    id: 'secrets/gocardless-token', title: 'GoCardless access token', description: 'A GoCardless live access token.',
    names: ['gocardless'], charset: { cls: 'A-Za-z0-9_=\\-', gen: () => `live_${rand('b64url', 40)}` }, length: 45, entropy: 3.5,
  }),
  prefixed({ id: 'secrets/easypost-api-key', title: 'EasyPost API key', description: 'An EasyPost production API key.', prefix: 'EZAK', charset: 'alnum', length: 54 }),
  token({
    id: 'secrets/duffel-token', title: 'Duffel access token', description: 'A Duffel travel API token.',
    token: 'duffel_(?:test|live)_[A-Za-z0-9_=\\-]{43}', gen: () => `duffel_live_${rand('b64url', 43)}`, keywords: ['duffel_'], end: 'A-Za-z0-9_=\\-',
  }),
  token({
    id: 'secrets/shippo-token', title: 'Shippo API token', description: 'A Shippo API token.',
    token: 'shippo_(?:live|test)_[a-f0-9]{40}', gen: () => `shippo_live_${rand('hex', 40)}`, keywords: ['shippo_'],
  }),
  token({
    id: 'secrets/shopify-token', title: 'Shopify access token or secret', severity: 'critical',
    description: 'A Shopify Admin API access token, custom-app token, private-app password or shared secret (shpat_/shpca_/shppa_/shpss_).',
    token: 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}', gen: () => `shpat_${rand('hex', 32)}`, keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  }),
  token({
    id: 'secrets/coinbase-key', title: 'Coinbase / CDP API private key reference', description: 'A Coinbase Developer Platform API key name next to its key.',
    token: 'organizations/[a-f0-9\\-]{36}/apiKeys/[a-f0-9\\-]{36}', gen: () => `organizations/${randomUuid()}/apiKeys/${randomUuid()}`, keywords: ['/apikeys/'], scope: 'line',
    severity: 'medium',
  }),
  contextual({
    id: 'secrets/adyen-api-key', title: 'Adyen API key', description: 'An Adyen API key: payments on the merchant account.',
    names: ['adyen'], charset: { cls: 'A-Za-z0-9+/=.\\-', gen: () => `AQE${rand('alnum', 70)}` }, length: [60, 200], entropy: 3.5,
  }),
] as SecretRule[]).map(withImpact(
  'Whoever holds it can move money or read customer and payment data.',
));
