'use strict';

const jwt = require('jsonwebtoken');

function policy(principalId, effect, resource, context) {
  return {
    principalId,
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] },
    context,
  };
}

exports.handler = async (event) => {
  const token = (event.authorizationToken || '').replace(/^Bearer /, '');
  // vuln: CWE-347
  const claims = jwt.decode(token);
  if (!claims || !claims.sub) return policy('anonymous', 'Deny', event.methodArn);
  return policy(claims.sub, 'Allow', event.methodArn, { tenantId: claims.tenant });
};

exports.strict = async (event) => {
  const token = (event.authorizationToken || '').replace(/^Bearer /, '');
  try {
    // safe: CWE-347
    const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'], audience: 'orders-api' });
    return policy(claims.sub, 'Allow', event.methodArn, { tenantId: claims.tenant });
  } catch {
    return policy('anonymous', 'Deny', event.methodArn);
  }
};
