import { Global, Module } from '@nestjs/common';
import { JwtAuthGuard } from './jwt-auth.guard';
import { PreviewTokenGuard } from './preview-token.guard';

@Global()
@Module({
  providers: [JwtAuthGuard, PreviewTokenGuard],
  exports: [JwtAuthGuard, PreviewTokenGuard],
})
export class AuthModule {}
