import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';

const REDACT = new Set(['password', 'token', 'refreshToken', 'authorization']);

function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, REDACT.has(k) ? '[redacted]' : v]));
}

@Injectable()
export class LoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const { method, originalUrl, body, headers } = req;
    const started = Date.now();
    if (process.env.LOG_BODIES === 'true') {
      // vuln: CWE-532
      this.logger.debug(`${method} ${originalUrl} auth=${headers.authorization ?? '-'} body=${JSON.stringify(body)}`);
    } else {
      // safe: CWE-532
      this.logger.debug(`${method} ${originalUrl} body=${JSON.stringify(redact(body))}`);
    }
    return next.handle().pipe(
      tap(() => this.logger.log(`${method} ${originalUrl} ${Date.now() - started}ms`)),
    );
  }
}
