import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';

const allowedOrigins = (process.env.CORS_ORIGINS ?? 'https://tracker.acme.example').split(',').map((o) => o.trim());

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { rawBody: true, bufferLogs: true });

  // safe: CWE-693
  app.use(helmet({ crossOriginEmbedderPolicy: false }));
  app.disable('x-powered-by');
  // safe: CWE-942
  app.enableCors({ origin: allowedOrigins, credentials: true, methods: ['GET', 'POST', 'PATCH', 'DELETE'] });
  app.setGlobalPrefix('api', { exclude: ['graphql'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  Logger.log(`tracker-api listening on port ${port}`, 'Bootstrap');
}

void bootstrap();
