// NestJS exception filters: `catch(exception, host)` gets what a route threw.
import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';

// Only HTTP exceptions (`throw new NotFoundException('no such order')`): messages written for the client.
@Catch(HttpException)
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    // ok: js/stack-trace-exposure
    response.status(exception.getStatus()).json({ message: exception.message });
  }
}

// Every error: a driver's message and stack say how the server is built.
@Catch()
export class AllErrorsFilter implements ExceptionFilter {
  catch(exception: Error, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    // ruleid: js/stack-trace-exposure
    response.status(500).json({ message: 'Internal error', trace: exception.stack });
  }
}
