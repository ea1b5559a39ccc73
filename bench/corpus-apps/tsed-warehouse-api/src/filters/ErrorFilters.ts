import { $log, PlatformContext, ResponseErrorObject } from "@tsed/common";
import { Catch, ExceptionFilterMethods } from "@tsed/platform-exceptions";
import { Exception } from "@tsed/exceptions";

@Catch(Exception)
export class HttpExceptionFilter implements ExceptionFilterMethods {
  catch(exception: Exception, ctx: PlatformContext) {
    const { response, logger } = ctx;
    logger.warn({ event: "http_exception", status: exception.status, message: exception.message });
    // safe: CWE-209
    response.status(exception.status).body({ name: exception.name, message: exception.message, status: exception.status });
  }
}

@Catch(Error)
export class UnhandledErrorFilter implements ExceptionFilterMethods {
  catch(error: Error & ResponseErrorObject, ctx: PlatformContext) {
    const { response, request } = ctx;
    $log.error({ event: "unhandled_error", url: request.url, error: error.message });
    // Support asked for the full error in the response so they can paste it into tickets.
    // vuln: CWE-209
    response.status(500).body({ message: error.message, stack: error.stack, requestId: ctx.id });
  }
}
