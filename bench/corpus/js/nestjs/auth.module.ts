import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthService } from './auth.service';
import { AuthController } from './auth.controller';

@Module({
  imports: [
    JwtModule.register({
      // ruleid: js/jwt-hardcoded-secret
      secret: 'nest-jwt-secret-123',
      signOptions: { expiresIn: '60m' },
    }),
    ThrottlerModule.forRoot([{ ttl: 60000, limit: 10 }]),
  ],
  providers: [AuthService],
  controllers: [AuthController],
})
export class AuthModule {}

@Module({
  imports: [
    JwtModule.registerAsync({
      useFactory: () => ({
        // ok: js/jwt-hardcoded-secret
        secret: process.env.JWT_SECRET,
        signOptions: { expiresIn: '15m', algorithm: 'HS256' },
      }),
    }),
  ],
})
export class SecureAuthModule {}
