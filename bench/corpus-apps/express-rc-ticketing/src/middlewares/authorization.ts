import { Action } from 'routing-controllers';
import { Container } from 'typedi';
import { config } from '../config';
import { AuthService, SessionClaims } from '../services/AuthService';

function tokenFrom(action: Action): string | undefined {
  const header: string | undefined = action.request.headers['authorization'];
  if (header?.startsWith('Bearer ')) return header.slice(7);
  return action.request.cookies?.[config.auth.cookieName];
}

function claimsFrom(action: Action): SessionClaims | null {
  const token = tokenFrom(action);
  if (!token) return null;
  try {
    return Container.get(AuthService).verifyToken(token);
  } catch {
    return null;
  }
}

export function authorizationChecker(action: Action, roles: string[]): boolean {
  const claims = claimsFrom(action);
  if (!claims) return false;
  action.request.auth = claims;
  return roles.length === 0 || roles.includes(claims.role) || claims.role === 'admin';
}

export function currentUserChecker(action: Action): SessionClaims | null {
  return action.request.auth ?? claimsFrom(action);
}
