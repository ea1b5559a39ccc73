// A NestJS interceptor reads the request through the execution context.
import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';

@Injectable()
export class LoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const { method, originalUrl, headers } = req;
    // ruleid: js/sensitive-data-in-log
    this.logger.debug(`${method} ${originalUrl} auth=${headers.authorization}`);
    // ok: js/sensitive-data-in-log
    this.logger.debug(`${method} ${originalUrl} agent=${headers['user-agent']}`);
    return next.handle();
  }
}
