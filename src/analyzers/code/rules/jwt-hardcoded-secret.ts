import type { CodeRule } from '../rule-api.js';
import { type Node, calleeProperty, memberPath, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { objectLiteralOf } from '../frontend/js/bindings.js';
import { hardcodedValue, isEnvRead, jsonwebtokenCall } from './_jwt.js';
import { nameWords, simpleName } from './_names.js';
import { appConfig, configOption } from './_app-config.js';

/** `JWT_SECRET`, `jwtSecret`, `jwt.key`, `ACCESS_TOKEN_SECRET`, `tokenSigningKey`. */
function isJwtSecretName(name: string | undefined): boolean {
  if (!name) return false;
  const w = nameWords(name);
  const jwt = w.includes('jwt') || w.includes('jws');
  const token = w.includes('token') || w.includes('tokens');
  const secret = w.some((x) => x === 'secret' || x === 'secrets' || x === 'signing');
  if (w.some((x) => /^(name|env|var|header|cookie|param|field|path|file|dir|url|uri|location|length|size|bits|algorithm|alg|id|kid|version|expires|expiry|ttl|issuer|audience|rotation|provider|resolver|store|arn)$/.test(x))) return false;
  return (jwt && (secret || w.includes('key'))) || (token && secret);
}

/** Framework JWT plugins whose options carry the signing key. */
const JWT_PLUGIN = /^(@fastify\/jwt|fastify-jwt|hapi-auth-jwt2|@hapi\/jwt|koa-jwt|@koa\/jwt)$/;

const MESSAGE = 'JWT signing key is hard-coded in the source: anyone who can read the code can forge tokens for any user';

/** Cheap pre-filter: a file without JWT libraries, plugins and token-secret names cannot match (skips the visitors). */
const FILE_GATE = /jwt|jose|jws|secretOrKey|token/i;

export const jwtHardcodedSecret: CodeRule = {
  meta: {
    id: 'js/jwt-hardcoded-secret',
    title: 'Hard-coded JWT secret',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [798, 321],
    owasp: 'A07:2021-Identification and Authentication Failures',
    tags: ['auth', 'jwt', 'crypto', 'secrets', 'ai-common'],
    description: 'The key that signs or verifies JSON Web Tokens is written in the code (a literal, a constant, or a `process.env.JWT_SECRET || \'fallback\'` default; also the `jwt.secret` of an Egg or Midway config file). Anyone with the source, a leaked build or the repository history can mint valid tokens for any user, and a missing environment variable silently falls back to the known value. Placeholder values such as `\'your-secret-key\'` count: the app runs with them.',
    fix: 'Load the key at start-up from the environment or a secret manager and **fail fast** when it is missing: `const secret = process.env.JWT_SECRET; if (!secret) throw new Error(\'JWT_SECRET is not set\');`. Never give it a default. Generate it with `openssl rand -base64 48`, rotate the leaked value, and prefer asymmetric keys (RS256/EdDSA) read from files or a KMS.',
    examples: {
      bad: "const JWT_SECRET = process.env.JWT_SECRET || 'supersecret';\nconst token = jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h' });",
      good: "const JWT_SECRET = process.env.JWT_SECRET;\nif (!JWT_SECRET) throw new Error('JWT_SECRET is not set');\nconst token = jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' });",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      const reported = new Set<Node>();
      const report = (node: Node, literal: Node) => {
        if (reported.has(node)) return;
        reported.add(node);
        ctx.report(node, MESSAGE, { redact: [literal] });
      };
      /** A key expression: report where its literal lives, or `fallback` when written inline. */
      const checkKey = (key: Node | undefined, inline: Node) => {
        const hv = hardcodedValue(ctx, key);
        if (hv) report(hv.declared ?? inline, hv.literal);
      };
      /** `require('@fastify/jwt')` or an imported plugin binding → its module. */
      const pluginModule = (arg: Node | undefined): string => {
        if (!arg) return '';
        const a = unwrap(arg);
        if (a.type === 'CallExpression' && unwrap(a.callee).type === 'Identifier' && unwrap(a.callee).name === 'require') return stringValue(a.arguments[0]) ?? '';
        return ctx.qualifiedName(a) ?? '';
      };
      const checkSecretOption = (options: Node | undefined, names: string[]) => {
        const obj = objectLiteralOf(ctx.program, options);
        if (!obj) return;
        for (const p of obj.properties) {
          if (p.type === 'Property' && names.includes(propertyName(p) ?? '')) checkKey(p.value, p);
        }
      };
      return {
        Program() {
          // Egg (egg-jwt) and Midway (@midwayjs/jwt) read the signing key from the `jwt` config section.
          const config = appConfig(ctx);
          if (config) for (const p of configOption(ctx, config, ['jwt', 'secret'])) checkKey(p.value, p);
        },
        CallExpression(node) {
          const op = jsonwebtokenCall(ctx, node);
          if (op === 'sign' || op === 'verify') {
            checkKey(node.arguments[1], node);
            return;
          }
          const name = ctx.qualifiedName(node.callee) ?? '';
          const prop = calleeProperty(node);
          // express-jwt / koa-jwt middleware options
          if (/^(express-jwt(\.expressjwt|\.expressJwt)?|koa-jwt|expressjwt|expressJwt)$/.test(name)) {
            checkSecretOption(node.arguments[0], ['secret']);
          } else if (/(^|\.)JwtModule\.(register|registerAsync)$/.test(name)) {
            // NestJS: secret in register({...}) or in the object a useFactory returns.
            for (const arg of node.arguments) {
              walk(arg, [{ Property: (p) => { if (/^(secret|privateKey|secretOrPrivateKey)$/.test(propertyName(p) ?? '')) checkKey(p.value, p); } }]);
            }
          } else if (/^(sign|verify|signAsync|verifyAsync)$/.test(prop ?? '') && /jwt/i.test(memberPath(unwrap(node.callee).object ?? node.callee) ?? '') && !/^jose\b/.test(name)) {
            // NestJS JwtService: this.jwtService.sign(payload, { secret: '…' })
            checkSecretOption(node.arguments[1], ['secret', 'privateKey']);
          } else if (/^(register|use)$/.test(prop ?? '') && JWT_PLUGIN.test(pluginModule(node.arguments[0]))) {
            // fastify.register(require('@fastify/jwt'), { secret: '…' }), app.use(koaJwt({ … })) is above
            checkSecretOption(node.arguments[1], ['secret', 'key']);
          } else if (prop === 'strategy' && /(^|\.)auth\.strategy$/.test(name) && /jwt/i.test(String(ctx.constantValue(node.arguments[1]) ?? ''))) {
            // hapi: server.auth.strategy('jwt', 'jwt', { key: '…' })
            checkSecretOption(node.arguments[2], ['key', 'secret']);
          } else if (/^jose\.jwtVerify$/.test(name) || (/^(jwtVerify)$/.test(name))) {
            checkKey(node.arguments[1], node);
          } else if (prop === 'sign' && /\bSignJWT\b/.test(ctx.source(unwrap(node.callee).object ?? node))) {
            checkKey(node.arguments[0], node);
          }
        },
        Property(node) {
          const name = propertyName(node);
          // passport-jwt: new JwtStrategy({ secretOrKey: '…' })
          if (name === 'secretOrKey') checkKey(node.value, node);
          else if (isJwtSecretName(name) && !node.computed) {
            const hv = hardcodedValue(ctx, node.value);
            if (hv && !hv.declared) report(node, hv.literal);
          }
        },
        VariableDeclarator(node) {
          if (node.id.type !== 'Identifier' || !node.init || !isJwtSecretName(node.id.name)) return;
          const hv = hardcodedValue(ctx, node.init);
          if (hv && !hv.declared) report(node, hv.literal);
        },
        AssignmentExpression(node) {
          if (!isJwtSecretName(simpleName(node.left))) return;
          const hv = hardcodedValue(ctx, node.right);
          if (hv && !hv.declared) report(node, hv.literal);
        },
        LogicalExpression(node) {
          // process.env.JWT_SECRET || 'dev-secret' wherever it is written
          if ((node.operator === '||' || node.operator === '??') && isEnvRead(node.left) && isJwtSecretName(simpleName(node.left))) {
            const hv = hardcodedValue(ctx, node);
            if (hv) report(node, hv.literal);
          }
        },
      };
    },
  },
};
