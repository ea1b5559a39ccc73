// API Gateway Lambda authorizer
import jwt from 'jsonwebtoken';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

export const handler = async (event) => {
  const token = (event.authorizationToken || '').replace('Bearer ', '');
  let effect = 'Deny';
  let principalId = 'anonymous';
  try {
    // ruleid: js/jwt-none-algorithm
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'none'] });
    principalId = claims.sub;
    effect = 'Allow';
  } catch (err) {
    console.log('token rejected');
  }
  return {
    principalId,
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: event.methodArn }],
    },
  };
};

export const strictHandler = async (event) => {
  const token = (event.authorizationToken || '').replace('Bearer ', '');
  try {
    // ok: js/jwt-none-algorithm, js/jwt-missing-algorithms
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'https://auth.example.com/' });
    return { principalId: claims.sub, policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }] } };
  } catch {
    throw new Error('Unauthorized');
  }
};
