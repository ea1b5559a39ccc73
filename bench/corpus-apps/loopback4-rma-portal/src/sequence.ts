import {inject} from '@loopback/core';
import {
  FindRoute,
  InvokeMethod,
  ParseParams,
  Reject,
  RequestContext,
  RestBindings,
  Send,
  SequenceHandler,
} from '@loopback/rest';

const SequenceActions = RestBindings.SequenceActions;

export class RmaSequence implements SequenceHandler {
  constructor(
    @inject(SequenceActions.FIND_ROUTE) protected findRoute: FindRoute,
    @inject(SequenceActions.PARSE_PARAMS) protected parseParams: ParseParams,
    @inject(SequenceActions.INVOKE_METHOD) protected invoke: InvokeMethod,
    @inject(SequenceActions.SEND) public send: Send,
    @inject(SequenceActions.REJECT) public reject: Reject,
  ) {}

  async handle(context: RequestContext) {
    const {request, response} = context;
    try {
      const route = this.findRoute(request);
      const args = await this.parseParams(request, route);
      const result = await this.invoke(route, args);
      this.send(response, result);
    } catch (err) {
      const e = err as {statusCode?: number; message: string; stack?: string; code?: string};
      if (e.statusCode && e.statusCode < 500) {
        // Validation and 404 errors keep LoopBack's own body.
        this.reject(context, err as Error);
        return;
      }
      // Support asked for the trace so dealers can paste it into tickets.
      // vuln: CWE-209
      response.status(500).send({error: {message: e.message, code: e.code, stack: e.stack}});
    }
  }
}
