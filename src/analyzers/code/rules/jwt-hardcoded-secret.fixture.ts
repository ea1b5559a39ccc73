// NestJS module and service (TypeScript, ESM imports).
import { Module, Injectable } from '@nestjs/common';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import * as jwt from 'jsonwebtoken';

@Module({
  imports: [
    JwtModule.register({
      // ruleid: js/jwt-hardcoded-secret
      secret: 'nest-jwt-secret',
      signOptions: { expiresIn: '60s' },
    }),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // ok: js/jwt-hardcoded-secret
        secret: config.get<string>('JWT_SECRET'),
        signOptions: { expiresIn: '1h' },
      }),
    }),
  ],
})
export class AuthModule {}

export const jwtConstants = {
  // ruleid: js/jwt-hardcoded-secret
  secret: process.env.JWT_SECRET ?? 'DO NOT USE THIS VALUE',
};

@Injectable()
export class TokenService {
  constructor(private readonly jwtService: JwtService) {}

  issue(userId: string): string {
    // ruleid: js/jwt-hardcoded-secret
    return this.jwtService.sign({ sub: userId }, { secret: 'service-level-secret', expiresIn: '1h' });
  }

  issueFromConfig(userId: string, config: ConfigService): string {
    // ok: js/jwt-hardcoded-secret
    return this.jwtService.sign({ sub: userId }, { secret: config.get('JWT_SECRET'), expiresIn: '1h' });
  }

  check(token: string) {
    // ruleid: js/jwt-hardcoded-secret
    const key: string = 'typed-constant-secret';
    // ok: js/jwt-hardcoded-secret
    return jwt.verify(token, key as string, { algorithms: ['HS256'] });
  }
}
