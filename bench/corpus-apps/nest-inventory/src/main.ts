import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.enableCors({
    // vuln: CWE-942
    origin: (origin, cb) => cb(null, true),
    credentials: true,
  });
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
