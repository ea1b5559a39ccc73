// Ts.ED exception filters: `catch(exception, ctx)` gets what a route threw, `ctx.response` answers.
import { PlatformContext } from '@tsed/common';
import { Catch, ExceptionFilterMethods } from '@tsed/platform-exceptions';
import { Exception } from '@tsed/exceptions';

// HTTP exceptions (`throw new NotFound('unknown order')`) carry messages written for the client.
@Catch(Exception)
export class HttpExceptionFilter implements ExceptionFilterMethods {
  catch(exception: Exception, ctx: PlatformContext) {
    const { response } = ctx;
    // ok: js/stack-trace-exposure
    response.status(exception.status).body({ name: exception.name, message: exception.message });
  }
}

// Any other failure: a driver's or a library's error, with its stack.
@Catch(Error)
export class UnhandledErrorFilter implements ExceptionFilterMethods {
  catch(error: Error, ctx: PlatformContext) {
    // ruleid: js/stack-trace-exposure
    ctx.response.status(500).body({ message: 'Internal error', stack: error.stack });
  }
}

@Catch(Error)
export class QuietErrorFilter implements ExceptionFilterMethods {
  catch(error: Error, ctx: PlatformContext) {
    ctx.logger.error({ event: 'unhandled_error', error: error.message });
    // ok: js/stack-trace-exposure
    ctx.response.status(500).body({ message: 'Internal error', requestId: ctx.id });
  }
}
