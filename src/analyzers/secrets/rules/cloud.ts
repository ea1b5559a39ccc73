import type { SecretRule } from '../rule-row.js';
import { contextual, prefixed, token, withImpact } from './builders.js';
import { ci, rand, randomUuid, randomUnit } from './generate.js';
import { awsKeyIdShape } from './checksums.js';

/** Cloud and hosting providers: AWS, Google Cloud, Azure, and the platforms people deploy to. */
export const cloudRules: SecretRule[] = ([
  token({
    id: 'secrets/aws-access-key',
    title: 'AWS access key ID',
    description: 'An AWS access key ID (AKIA… long-term, ASIA… temporary). Paired with its secret key it acts as an IAM identity.',
    severity: 'critical',
    token: '(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}',
    gen: () => `${['AKIA', 'ASIA'][Math.floor(randomUnit() * 2)]}${rand('upperB32', 16)}`,
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    allow: [/EXAMPLE$/],
    verifiable: awsKeyIdShape,
    fp: ['AKIAIOSFODNN7EXAMPLE', 'AKIA1234', 'akiaiosfodnn7abcdefg', 'XAKIAABCDEFGHIJKLMNOP'],
  }),
  {
    id: 'secrets/aws-secret-access-key',
    title: 'AWS secret access key',
    description: 'The 40-character secret half of an AWS access key: with the key ID it signs API requests as that IAM identity.',
    severity: 'critical',
    regex: new RegExp(`${ci('aws')}[\\w.\\-]{0,30}?${ci('secret')}[\\w.\\-]{0,20}?['"]?\\s{0,3}(?:=|:=|:|=>|,)\\s{0,3}['"\`]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`),
    keywords: ['aws'],
    entropy: 4,
    allow: [/EXAMPLEKEY$/],
    samples: {
      tp: () => {
        const v = rand('b64', 40);
        return [`aws_secret_access_key = ${v}`, `AWS_SECRET_ACCESS_KEY="${v}"`, `"awsSecretKey": "${v}"`];
      },
      fp: ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
        'aws_secret_access_key = 0000000000000000000000000000000000000000'],
    },
  },
  token({
    id: 'secrets/gcp-api-key',
    title: 'Google Cloud API key',
    description: 'A Google API key (AIza…): bills to the owning project and may unlock Maps, Gemini and other Google APIs.',
    token: 'AIza[A-Za-z0-9_\\-]{35}',
    gen: () => `AIza${rand('b64url', 35)}`,
    keywords: ['aiza'],
    end: 'A-Za-z0-9_\\-',
    fp: ['AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AIza1234', 'AIzaSy-your-api-key-here-0000000000000'],
  }),
  {
    id: 'secrets/gcp-service-account',
    title: 'Google Cloud service-account key file',
    description: 'A service-account JSON key (its private_key_id and private key): anyone holding it acts as that service account.',
    severity: 'critical',
    regex: /private_key_id['"]?\s*[:=]\s*['"](?<secret>[a-f0-9]{40})['"]/,
    keywords: ['private_key_id'],
    entropy: 3,
    samples: {
      tp: () => [`{\n  "type": "service_account",\n  "project_id": "demo-project",\n  "private_key_id": "${rand('hex', 40)}",\n  "client_email": "ci@demo-project.iam.gserviceaccount.com"\n}`],
      fp: ['"private_key_id": "<KEY_ID>"', '"private_key_id": ""', '"private_key_id": "0000000000000000000000000000000000000000"'],
    },
  },
  prefixed({
    id: 'secrets/gcp-oauth-client-secret', title: 'Google OAuth client secret',
    description: 'A Google OAuth 2.0 client secret (GOCSPX-…): lets anyone impersonate the application in OAuth flows.',
    prefix: 'GOCSPX-', charset: 'b64url', length: 28,
  }),
  {
    id: 'secrets/azure-storage-connection-string',
    title: 'Azure Storage account key',
    description: 'An Azure Storage connection string or account key: full read/write access to every blob, queue and table in the account.',
    severity: 'critical',
    regex: /AccountKey\s*=\s*(?<secret>[A-Za-z0-9+/]{40,86}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['accountkey='],
    entropy: 4,
    allow: [/^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq\/K1SZFPTOtr\/KBHBeksoGMGw==$/],
    samples: {
      tp: () => {
        const key = rand('b64', 86) + '==';
        return [`DefaultEndpointsProtocol=https;AccountName=demostore;AccountKey=${key};EndpointSuffix=core.windows.net`,
          `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${key}"`];
      },
      fp: ['DefaultEndpointsProtocol=https;AccountName=demostore;AccountKey=<account-key>;EndpointSuffix=core.windows.net',
        'AccountKey=${STORAGE_KEY}', 'UseDevelopmentStorage=true'],
    },
  },
  {
    id: 'secrets/azure-service-bus-connection-string',
    title: 'Azure Service Bus / Event Hubs key',
    description: 'A Service Bus or Event Hubs connection string with a SharedAccessKey: send and receive on the namespace.',
    severity: 'high',
    regex: /Endpoint=sb:\/\/[\w.-]+\/?;SharedAccessKeyName=[\w-]+;SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)/,
    keywords: ['endpoint=sb://'],
    entropy: 4,
    samples: {
      tp: () => [`Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${rand('b64', 43)}=`],
      fp: ['Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>'],
    },
  },
  token({
    id: 'secrets/azure-ad-client-secret',
    title: 'Azure AD (Entra ID) client secret',
    description: 'A Microsoft Entra ID application client secret: authenticates as the app registration.',
    token: '[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.\\-]{31,34}',
    gen: () => `${rand('alnum', 3)}${rand('digits', 1)}Q~${rand('alnum', 34)}`,
    keywords: ['q~'], scope: 'line',
    end: 'A-Za-z0-9_~.\\-',
    start: 'A-Za-z0-9_~.',
  }),
  contextual({
    id: 'secrets/azure-devops-pat', title: 'Azure DevOps personal access token',
    description: 'An Azure DevOps PAT: access to repositories, pipelines and artifacts of the organisation.',
    names: ['azure_devops', 'azuredevops', 'ado_', 'ado-', 'vsts', 'devops'], charset: 'lowerB32', length: 52,
  }),
  contextual({
    id: 'secrets/azure-openai-key', title: 'Azure OpenAI key',
    description: 'An Azure OpenAI / Cognitive Services key: spends the subscription\'s model quota.',
    names: ['azure_openai', 'azureopenai', 'azure-openai', 'cognitive_services'], charset: 'hex', length: 32,
  }),
  prefixed({
    id: 'secrets/digitalocean-token', title: 'DigitalOcean token',
    description: 'A DigitalOcean personal access, OAuth or refresh token: controls droplets, databases and DNS.',
    prefix: 'dop_v1_', charset: 'hex', length: 64, keywords: ['dop_v1_'],
  }),
  prefixed({
    id: 'secrets/digitalocean-oauth-token', title: 'DigitalOcean OAuth token',
    description: 'A DigitalOcean OAuth access token (doo_v1_…).', prefix: 'doo_v1_', charset: 'hex', length: 64,
  }),
  token({
    id: 'secrets/alibaba-access-key-id', title: 'Alibaba Cloud AccessKey ID',
    description: 'An Alibaba Cloud AccessKey ID (LTAI…), half of an API credential pair.',
    token: 'LTAI[A-Za-z0-9]{20}', gen: () => `LTAI${rand('alnum', 20)}`, keywords: ['ltai'],
  }),
  contextual({
    id: 'secrets/alibaba-access-key-secret', title: 'Alibaba Cloud AccessKey secret',
    description: 'The secret half of an Alibaba Cloud AccessKey pair.', names: ['alibaba', 'aliyun'], charset: 'alnum', length: 30,
    severity: 'critical', entropy: 3.5,
  }),
  token({
    id: 'secrets/tencent-secret-id', title: 'Tencent Cloud SecretId',
    description: 'A Tencent Cloud API SecretId (AKID…).', token: 'AKID[A-Za-z0-9]{32}', gen: () => `AKID${rand('alnum', 32)}`, keywords: ['akid'],
  }),
  contextual({
    id: 'secrets/ibm-cloud-api-key', title: 'IBM Cloud API key', description: 'An IBM Cloud IAM API key.',
    names: ['ibm_cloud', 'ibmcloud', 'ibm_api', 'ibm-api', 'ibm-cloud'], charset: 'b64url', length: 44, entropy: 3.5,
  }),
  contextual({
    id: 'secrets/cloudflare-api-token', title: 'Cloudflare API token',
    description: 'A Cloudflare API token: DNS, WAF and Workers access scoped by its permissions.',
    names: ['cloudflare', 'cf_api'], charset: 'b64url', length: 40, entropy: 3.5,
  }),
  contextual({
    id: 'secrets/cloudflare-global-api-key', title: 'Cloudflare global API key',
    description: 'A Cloudflare global API key: full access to every zone of the account.', names: ['cloudflare', 'cf_'],
    charset: 'hex', length: 37, severity: 'critical',
  }),
  token({
    id: 'secrets/cloudflare-origin-ca-key', title: 'Cloudflare Origin CA key',
    description: 'A Cloudflare Origin CA key: issues origin certificates for the account\'s zones.',
    token: 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}', gen: () => `v1.0-${rand('hex', 24)}-${rand('hex', 146)}`, keywords: ['v1.0-'],
  }),
  contextual({
    id: 'secrets/heroku-api-key', title: 'Heroku API key',
    description: 'A Heroku API key: deploys, config vars (often more secrets) and add-ons of every app the user can reach.',
    names: ['heroku'], charset: { cls: 'a-fA-F0-9\\-', gen: randomUuid }, length: 36,
  }),
  prefixed({
    id: 'secrets/heroku-api-key-v2', title: 'Heroku API key (HRKU)', description: 'A Heroku API key in the current HRKU-… format.',
    prefix: 'HRKU-AA', charset: 'b64url', length: 58,
  }),
  token({
    id: 'secrets/flyio-token', title: 'Fly.io access token', description: 'A Fly.io API or deploy token.',
    token: '(?:fo1_[\\w\\-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3})', gen: () => `fo1_${rand('b64url', 43)}`,
    keywords: ['fo1_', 'fm1', 'fm2'], end: 'A-Za-z0-9_\\-+/=',
  }),
  contextual({
    id: 'secrets/vercel-token', title: 'Vercel access token', description: 'A Vercel token: deploys and environment variables of the team\'s projects.',
    names: ['vercel'], charset: 'alnum', length: 24, entropy: 3.5,
  }),
  contextual({
    id: 'secrets/netlify-token', title: 'Netlify access token', description: 'A Netlify personal access token.',
    names: ['netlify'], charset: 'b64url', length: [40, 46], entropy: 3.5,
  }),
  contextual({
    id: 'secrets/linode-token', title: 'Linode (Akamai) token', description: 'A Linode API token: controls instances and volumes.',
    names: ['linode'], charset: 'hex', length: 64,
  }),
  contextual({
    id: 'secrets/scaleway-secret-key', title: 'Scaleway secret key', description: 'A Scaleway API secret key.',
    names: ['scaleway', 'scw_secret'], charset: { cls: 'a-f0-9\\-', gen: randomUuid }, length: 36,
  }),
  contextual({
    id: 'secrets/hetzner-token', title: 'Hetzner Cloud token', description: 'A Hetzner Cloud API token.',
    names: ['hetzner', 'hcloud'], charset: 'alnum', length: 64, entropy: 3.5,
  }),
  prefixed({
    id: 'secrets/doppler-token', title: 'Doppler token', description: 'A Doppler service or personal token: reads every secret in its config.',
    prefix: 'dp.pt.', charset: 'alnum', length: 43, severity: 'critical',
  }),
  prefixed({
    id: 'secrets/doppler-service-token', title: 'Doppler service token', description: 'A Doppler service token (dp.st.…).',
    prefix: 'dp.st.', charset: 'alnum', length: 43, severity: 'critical',
  }),
  prefixed({
    id: 'secrets/pulumi-token', title: 'Pulumi access token', description: 'A Pulumi Cloud access token: state and secrets of stacks.',
    prefix: 'pul-', charset: 'hex', length: 40,
  }),
  token({
    id: 'secrets/terraform-cloud-token', title: 'Terraform Cloud / HCP token', description: 'A Terraform Cloud (HCP Terraform) API token: runs plans and reads state.',
    token: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=\\-]{60,70}', gen: () => `${rand('alnum', 14)}.atlasv1.${rand('b64url', 67)}`,
    keywords: ['.atlasv1.'], scope: 'line', end: 'A-Za-z0-9_=\\-',
  }),
  token({
    id: 'secrets/vault-token', title: 'HashiCorp Vault token', description: 'A HashiCorp Vault service or batch token: reads whatever its policies allow.',
    token: 'hv[sb]\\.[A-Za-z0-9_\\-]{90,120}', gen: () => `hvs.${rand('b64url', 95)}`, keywords: ['hvs.', 'hvb.'], end: 'A-Za-z0-9_\\-',
    severity: 'critical',
  }),
  token({
    id: 'secrets/databricks-token', title: 'Databricks access token', description: 'A Databricks personal access token: workspace data and jobs.',
    token: 'dapi[a-f0-9]{32}(?:-\\d)?', gen: () => `dapi${rand('hex', 32)}`, keywords: ['dapi'],
  }),
  prefixed({
    id: 'secrets/supabase-token', title: 'Supabase access token', description: 'A Supabase management API token.',
    prefix: 'sbp_', charset: 'hex', length: 40,
  }),
  token({
    id: 'secrets/planetscale-token', title: 'PlanetScale token or password', description: 'A PlanetScale service token, OAuth token or database password.',
    token: 'pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.\\-]{32,64}', gen: () => `pscale_pw_${rand('alnum', 43)}`, keywords: ['pscale_'],
    end: 'A-Za-z0-9_=.\\-',
  }),
  prefixed({
    id: 'secrets/render-api-key', title: 'Render API key', description: 'A Render API key.', prefix: 'rnd_', charset: 'alnum', length: 32,
  }),
  token({
    id: 'secrets/age-secret-key', title: 'age encryption secret key', description: 'An age (age-encryption.org) identity: decrypts every file encrypted to it.',
    token: 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', gen: () => `AGE-SECRET-KEY-1${rand('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`,
    keywords: ['age-secret-key-1'], severity: 'critical',
  }),
  token({
    id: 'secrets/grafana-token', title: 'Grafana token', description: 'A Grafana Cloud access policy token or service-account token.',
    token: '(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})', gen: () => `glsa_${rand('alnum', 32)}_${rand('hex', 8)}`,
    keywords: ['glc_', 'glsa_'], end: 'A-Za-z0-9_+/=',
  }),
  token({
    id: 'secrets/new-relic-key', title: 'New Relic key', description: 'A New Relic user, ingest or browser API key.',
    token: '(?:NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_\\-]{32}|NRJS-[a-f0-9]{19})', gen: () => `NRAK-${rand('upperAlnum', 27)}`,
    keywords: ['nrak-', 'nrii-', 'nrjs-'], end: 'A-Za-z0-9_\\-',
  }),
  contextual({
    id: 'secrets/datadog-api-key', title: 'Datadog API key', description: 'A Datadog API or application key: submits and reads monitoring data.',
    names: ['datadog', 'dd_api', 'dd_app', 'dd-api'], charset: 'hex', length: [32, 40],
  }),
  token({
    id: 'secrets/sentry-token', title: 'Sentry auth token', description: 'A Sentry organisation or user auth token (not the public DSN).',
    token: '(?:sntrys_eyJ[A-Za-z0-9+/=_\\-]{60,}|sntryu_[a-f0-9]{64})', gen: () => `sntryu_${rand('hex', 64)}`,
    keywords: ['sntrys_', 'sntryu_'], end: 'A-Za-z0-9_+/=\\-',
  }),
  token({
    id: 'secrets/dynatrace-token', title: 'Dynatrace token', description: 'A Dynatrace API token.',
    token: 'dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}', gen: () => `dt0c01.${rand('upperAlnum', 24)}.${rand('upperAlnum', 64)}`, keywords: ['dt0c01.'],
  }),
  contextual({
    id: 'secrets/pagerduty-key', title: 'PagerDuty API key', description: 'A PagerDuty REST API key.',
    names: ['pagerduty', 'pager_duty'], charset: { cls: 'A-Za-z0-9_+\\-', gen: () => rand('alnum', 20) }, length: 20, entropy: 3.5,
  }),
  contextual({
    id: 'secrets/okta-token', title: 'Okta API token', description: 'An Okta API token: administers users and applications of the org.',
    names: ['okta'], charset: { cls: 'A-Za-z0-9_=\\-', gen: () => `00${rand('b64url', 40)}` }, length: 42, severity: 'critical', entropy: 3.5,
  }),
  token({
    id: 'secrets/1password-service-account-token', title: '1Password service account token', description: 'A 1Password service account token: reads its vaults.',
    token: 'ops_eyJ[A-Za-z0-9+/]{250,}={0,3}', gen: () => `ops_eyJ${rand('alnum', 260)}`, keywords: ['ops_eyj'], end: 'A-Za-z0-9+/=', severity: 'critical',
  }),
] as SecretRule[]).map(withImpact(
  'Whoever holds it can reach the account\'s infrastructure, data or billing within the key\'s scope.',
));
