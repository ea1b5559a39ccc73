import {BindingScope, injectable} from '@loopback/core';
import {HttpErrors} from '@loopback/rest';
import jwt from 'jsonwebtoken';

export interface PortalUser {
  id: number;
  email: string;
  role: 'dealer' | 'agent' | 'admin';
}

const SECRET = process.env.JWT_SECRET as string;

@injectable({scope: BindingScope.SINGLETON})
export class JwtService {
  sign(user: PortalUser): string {
    return jwt.sign({sub: String(user.id), email: user.email, role: user.role}, SECRET, {
      algorithm: 'HS256',
      expiresIn: '8h',
    });
  }

  verify(token: string): PortalUser {
    try {
      // safe: CWE-347
      const claims = jwt.verify(token, SECRET, {algorithms: ['HS256']}) as jwt.JwtPayload;
      return {id: Number(claims.sub), email: claims.email, role: claims.role};
    } catch {
      throw new HttpErrors.Unauthorized('invalid token');
    }
  }

  // Tokens minted by the dealer widget (old SSO bridge) are signed with the partner key,
  // which we do not have here, so we only read the claims.
  fromWidget(token: string): PortalUser {
    // vuln: CWE-347
    const claims = jwt.decode(token) as jwt.JwtPayload | null;
    if (!claims?.sub) throw new HttpErrors.Unauthorized('invalid widget token');
    return {id: Number(claims.sub), email: claims.email, role: claims.role ?? 'dealer'};
  }
}
