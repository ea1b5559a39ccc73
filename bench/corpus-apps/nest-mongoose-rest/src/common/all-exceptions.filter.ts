import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      // safe: CWE-209
      res.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    const err = exception as Error;
    this.logger.error(err.message, err.stack);
    // vuln: CWE-209
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, message: err.message, stack: err.stack });
  }
}
