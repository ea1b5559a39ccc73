/** Every JS/TS rule, in one list. A new rule is one module plus one line here. */
import type { CodeRule } from '../rule-api.js';
import { sqlInjection } from './sql-injection.js';
import { nosqlInjection } from './nosql-injection.js';
import { commandInjection } from './command-injection.js';
import { pathTraversal } from './path-traversal.js';
import { codeInjection } from './code-injection.js';
import { templateInjection } from './template-injection.js';
import { xss } from './xss.js';
import { ssrf } from './ssrf.js';
import { openRedirect } from './open-redirect.js';
import { prototypePollution } from './prototype-pollution.js';
import { unsafeDeserialization } from './unsafe-deserialization.js';
import { regexInjection } from './regex-injection.js';
import { logInjection } from './log-injection.js';
import { sensitiveDataInLog } from './sensitive-data-in-log.js';
import { stackTraceExposure } from './stack-trace-exposure.js';
import { jwtDecodeWithoutVerify } from './jwt-decode-without-verify.js';
import { jwtMissingAlgorithms } from './jwt-missing-algorithms.js';
import { jwtNoneAlgorithm } from './jwt-none-algorithm.js';
import { jwtEmbeddedKey } from './jwt-embedded-key.js';
import { jwtIgnoreExpiration } from './jwt-ignore-expiration.js';
import { jwtHardcodedSecret } from './jwt-hardcoded-secret.js';
import { weakPasswordHash } from './weak-password-hash.js';
import { insecureRandomness } from './insecure-randomness.js';
import { weakCipher } from './weak-cipher.js';
import { staticIv } from './static-iv.js';
import { hardcodedCredentials } from './hardcoded-credentials.js';
import { clientSideAuthorization } from './client-side-authorization.js';
import { tlsVerificationDisabled } from './tls-verification-disabled.js';
import { permissiveCors } from './permissive-cors.js';
import { xxe } from './xxe.js';
import { xmlEntityExpansion } from './xml-entity-expansion.js';
import { unescapedTemplateOutput } from './unescaped-template-output.js';
import { emptyCatchSecurity } from './empty-catch-security.js';
import { cookieWithoutSecure } from './cookie-without-secure.js';
import { cookieWithoutHttpOnly } from './cookie-without-httponly.js';
import { missingSecurityHeaders } from './missing-security-headers.js';
import { directoryListing } from './directory-listing.js';
import { electronInsecureWindow } from './electron-insecure-window.js';
import { sensitiveFileExposure } from './sensitive-file-exposure.js';
import { redos } from './redos.js';
import { hardcodedKey } from './hardcoded-key.js';
import { zipSlip } from './zip-slip.js';
import { templateXss } from './template-xss.js';
import { angularTrustBypass } from './angular-trust-bypass.js';
import { argumentInjection } from './argument-injection.js';
import { redirectCredentialLeak } from './redirect-credential-leak.js';

export const CODE_RULES: CodeRule[] = [
  sqlInjection,
  nosqlInjection,
  commandInjection,
  pathTraversal,
  codeInjection,
  templateInjection,
  xss,
  ssrf,
  openRedirect,
  prototypePollution,
  unsafeDeserialization,
  regexInjection,
  logInjection,
  sensitiveDataInLog,
  stackTraceExposure,
  jwtDecodeWithoutVerify,
  jwtMissingAlgorithms,
  jwtNoneAlgorithm,
  jwtEmbeddedKey,
  jwtIgnoreExpiration,
  jwtHardcodedSecret,
  weakPasswordHash,
  insecureRandomness,
  weakCipher,
  staticIv,
  hardcodedCredentials,
  clientSideAuthorization,
  tlsVerificationDisabled,
  permissiveCors,
  xxe,
  xmlEntityExpansion,
  unescapedTemplateOutput,
  emptyCatchSecurity,
  cookieWithoutSecure,
  cookieWithoutHttpOnly,
  missingSecurityHeaders,
  directoryListing,
  electronInsecureWindow,
  sensitiveFileExposure,
  redos,
  hardcodedKey,
  zipSlip,
  templateXss,
  angularTrustBypass,
  argumentInjection,
  redirectCredentialLeak,
];
