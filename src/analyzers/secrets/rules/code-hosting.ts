import type { SecretRule } from '../rule-row.js';
import { contextual, prefixed, token, withImpact } from './builders.js';
import { rand } from './generate.js';
import { githubChecksumValid } from './checksums.js';

/** Source hosting, CI/CD and package registries: the keys to the supply chain. */
export const codeHostingRules: SecretRule[] = ([
  prefixed({
    id: 'secrets/github-pat', title: 'GitHub personal access token (classic)',
    description: 'A classic GitHub personal access token (ghp_…): acts as the user on every repository and organisation its scopes allow.',
    prefix: 'ghp_', charset: 'alnum', length: 36, severity: 'critical', verifiable: githubChecksumValid,
  }),
  token({
    id: 'secrets/github-fine-grained-pat', title: 'GitHub fine-grained personal access token',
    description: 'A fine-grained GitHub personal access token (github_pat_…).', severity: 'critical',
    token: 'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', gen: () => `github_pat_${rand('alnum', 22)}_${rand('alnum', 59)}`, keywords: ['github_pat_'],
  }),
  prefixed({
    id: 'secrets/github-oauth-token', title: 'GitHub OAuth access token', description: 'A GitHub OAuth app user token (gho_…).',
    prefix: 'gho_', charset: 'alnum', length: 36, severity: 'critical', verifiable: githubChecksumValid,
  }),
  token({
    id: 'secrets/github-app-token', title: 'GitHub App token', description: 'A GitHub App user-to-server (ghu_…) or installation (ghs_…) token.',
    token: 'gh[us]_[A-Za-z0-9]{36}', gen: () => `ghs_${rand('alnum', 36)}`, keywords: ['ghu_', 'ghs_'], verifiable: githubChecksumValid,
  }),
  prefixed({
    id: 'secrets/github-refresh-token', title: 'GitHub refresh token', description: 'A GitHub App refresh token (ghr_…): mints new user tokens.',
    prefix: 'ghr_', charset: 'alnum', length: 36, verifiable: githubChecksumValid,
  }),
  prefixed({
    id: 'secrets/gitlab-pat', title: 'GitLab personal access token', description: 'A GitLab personal, project or group access token (glpat-…).',
    prefix: 'glpat-', charset: 'b64url', length: 20, severity: 'critical',
  }),
  prefixed({ id: 'secrets/gitlab-pipeline-trigger-token', title: 'GitLab pipeline trigger token', description: 'A GitLab pipeline trigger token (glptt-…): starts pipelines with chosen variables.', prefix: 'glptt-', charset: 'hex', length: 40 }),
  prefixed({ id: 'secrets/gitlab-runner-registration-token', title: 'GitLab runner registration token', description: 'A GitLab runner registration token: registers runners that receive CI jobs and their secrets.', prefix: 'GR1348941', charset: 'b64url', length: 20 }),
  prefixed({ id: 'secrets/gitlab-runner-token', title: 'GitLab runner authentication token', description: 'A GitLab runner authentication token (glrt-…).', prefix: 'glrt-', charset: 'b64url', length: 20 }),
  prefixed({ id: 'secrets/gitlab-deploy-token', title: 'GitLab deploy token', description: 'A GitLab deploy token (gldt-…): clones repositories and pulls packages/images.', prefix: 'gldt-', charset: 'b64url', length: 20 }),
  prefixed({ id: 'secrets/gitlab-feed-token', title: 'GitLab feed token', description: 'A GitLab feed token (glft-…).', prefix: 'glft-', charset: 'b64url', length: 20, severity: 'medium' }),
  prefixed({ id: 'secrets/gitlab-scim-token', title: 'GitLab SCIM token', description: 'A GitLab SCIM OAuth token (glsoat-…): provisions users.', prefix: 'glsoat-', charset: 'b64url', length: 20 }),
  prefixed({ id: 'secrets/gitlab-ci-job-token', title: 'GitLab CI job token', description: 'A GitLab CI/CD job token (glcbt-…).', prefix: 'glcbt-', charset: 'b64url', length: [20, 40] }),
  prefixed({ id: 'secrets/gitlab-oauth-secret', title: 'GitLab OAuth application secret', description: 'A GitLab OAuth application secret (gloas-…).', prefix: 'gloas-', charset: 'b64url', length: 64 }),
  prefixed({ id: 'secrets/gitlab-kubernetes-agent-token', title: 'GitLab Kubernetes agent token', description: 'A GitLab agent for Kubernetes token (glagent-…): deploys into the cluster.', prefix: 'glagent-', charset: 'b64url', length: 50 }),
  token({
    id: 'secrets/bitbucket-app-password', title: 'Bitbucket app password / API token', description: 'An Atlassian Bitbucket app password or API token (ATBB…).',
    token: 'ATBB[A-Za-z0-9_=.\\-]{32}', gen: () => `ATBB${rand('alnum', 32)}`, keywords: ['atbb'], end: 'A-Za-z0-9_=.\\-',
  }),
  token({
    id: 'secrets/atlassian-api-token', title: 'Atlassian API token', description: 'An Atlassian cloud API token (ATATT3…): Jira and Confluence as the user.',
    token: 'ATATT3[A-Za-z0-9_=\\-]{186}', gen: () => `ATATT3${rand('b64url', 186)}`, keywords: ['atatt3'], end: 'A-Za-z0-9_=\\-',
  }),
  prefixed({ id: 'secrets/npm-token', title: 'npm access token', description: 'An npm access token (npm_…): publishes packages as the owner — a supply-chain risk.', prefix: 'npm_', charset: 'alnum', length: 36, severity: 'critical' }),
  {
    id: 'secrets/npmrc-auth-token', title: 'Registry auth token in .npmrc',
    description: 'A `_authToken`/`_auth`/`_password` in an .npmrc or .yarnrc: publishes or reads private packages on that registry.',
    severity: 'high',
    // The key itself, not the end of another name (`sha256_password: sha256_password({})` in code).
    regex: /(?<![\w$])(?:_authToken|_auth|_password|npmAuthToken)\s*[=:]\s*["']?(?<secret>[A-Za-z0-9+/=_.\-]{20,})/,
    keywords: ['_authtoken', '_auth', '_password', 'npmauthtoken'],
    entropy: 3.5,
    samples: {
      tp: () => [`//registry.npmjs.org/:_authToken=${rand('b64url', 36)}`, `//npm.pkg.example.com/:_auth=${rand('b64', 40)}=`,
        `npmAuthToken: "${rand('alnum', 40)}"`],
      fp: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=<token>', 'always-auth=true',
        '  caching_sha2_password: caching_sha2_password({}),', '  mysql_native_password: mysql_native_password_auth_v1,'],
    },
  },
  token({
    id: 'secrets/pypi-token', title: 'PyPI upload token', description: 'A PyPI API token: uploads new releases of the owner\'s projects.',
    token: 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,}', gen: () => `pypi-AgEIcHlwaS5vcmc${rand('b64url', 70)}`, keywords: ['pypi-ageichlwas5vcmc'],
    end: 'A-Za-z0-9_\\-', severity: 'critical',
  }),
  prefixed({ id: 'secrets/dockerhub-pat', title: 'Docker Hub personal access token', description: 'A Docker Hub personal access token (dckr_pat_…): pushes images.', prefix: 'dckr_pat_', charset: 'b64url', length: 27 }),
  prefixed({ id: 'secrets/rubygems-token', title: 'RubyGems API key', description: 'A RubyGems.org API key: pushes gems.', prefix: 'rubygems_', charset: 'hex', length: 48, severity: 'critical' }),
  prefixed({ id: 'secrets/nuget-api-key', title: 'NuGet API key', description: 'A nuget.org API key: pushes packages.', prefix: 'oy2', charset: 'lowerAlnum', length: 43 }),
  prefixed({ id: 'secrets/clojars-token', title: 'Clojars deploy token', description: 'A Clojars deploy token.', prefix: 'CLOJARS_', charset: 'lowerAlnum', length: 60 }),
  prefixed({ id: 'secrets/crates-io-token', title: 'crates.io API token', description: 'A crates.io API token: publishes crates.', prefix: 'cio', charset: 'alnum', length: 32, keywords: ['cio'] }),
  token({
    id: 'secrets/artifactory-token', title: 'JFrog Artifactory API key / reference token', description: 'A JFrog Artifactory API key or reference token.',
    token: '(?:AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})', gen: () => `AKCp${rand('alnum', 69)}`, keywords: ['akcp', 'cmvmdgtu'],
  }),
  contextual({
    id: 'secrets/circleci-token', title: 'CircleCI token', description: 'A CircleCI personal or project API token: triggers builds and reads their secrets.',
    names: ['circleci', 'circle_token', 'circle-token'], charset: 'hex', length: 40,
  }),
  prefixed({ id: 'secrets/circleci-pat', title: 'CircleCI personal API token', description: 'A CircleCI personal API token (CCIPAT_…).', prefix: 'CCIPAT_', charset: 'alnum', length: [22, 60] }),
  prefixed({ id: 'secrets/buildkite-token', title: 'Buildkite agent/API token', description: 'A Buildkite user access token (bkua_…).', prefix: 'bkua_', charset: 'hex', length: 40 }),
  token({
    id: 'secrets/sonarqube-token', title: 'SonarQube token', description: 'A SonarQube/SonarCloud user, project or global analysis token.',
    token: 'sq[upa]_[a-f0-9]{40}', gen: () => `squ_${rand('hex', 40)}`, keywords: ['squ_', 'sqp_', 'sqa_'],
  }),
  contextual({
    id: 'secrets/snyk-token', title: 'Snyk API token', description: 'A Snyk API token.',
    names: ['snyk'], charset: { cls: 'a-f0-9\\-', gen: () => `${rand('hex', 8)}-${rand('hex', 4)}-${rand('hex', 4)}-${rand('hex', 4)}-${rand('hex', 12)}` }, length: 36,
  }),
  token({
    id: 'secrets/harness-pat', title: 'Harness access token', description: 'A Harness personal or service-account token.',
    token: '(?:pat|sat)\\.[A-Za-z0-9_\\-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}', gen: () => `pat.${rand('b64url', 22)}.${rand('hex', 24)}.${rand('alnum', 20)}`,
    keywords: ['pat.', 'sat.'],
  }),
  token({
    id: 'secrets/octopus-deploy-api-key', title: 'Octopus Deploy API key', description: 'An Octopus Deploy API key.',
    token: 'API-[A-Z0-9]{26}', gen: () => `API-${rand('upperAlnum', 24)}${rand('digits', 2)}`, keywords: ['api-'],
    validate: (secret) => /\d/.test(secret), fp: ['API-GATEWAYINTEGRATIONRESPONSE'],
  }),
  prefixed({ id: 'secrets/prefect-api-key', title: 'Prefect API key', description: 'A Prefect Cloud API key.', prefix: 'pnu_', charset: 'alnum', length: 36 }),
  prefixed({ id: 'secrets/readme-api-key', title: 'ReadMe API key', description: 'A ReadMe API key.', prefix: 'rdme_', charset: 'lowerAlnum', length: 70 }),
  token({
    id: 'secrets/postman-api-key', title: 'Postman API key', description: 'A Postman API key: workspaces, collections and their environments (often more secrets).',
    token: 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}', gen: () => `PMAK-${rand('hex', 24)}-${rand('hex', 34)}`, keywords: ['pmak-'],
  }),
  prefixed({ id: 'secrets/infracost-api-key', title: 'Infracost API key', description: 'An Infracost API key.', prefix: 'ico-', charset: 'alnum', length: 32 }),
] as SecretRule[]).map(withImpact(
  'Whoever holds it can read or change code, builds or published packages: a supply-chain risk.',
));
