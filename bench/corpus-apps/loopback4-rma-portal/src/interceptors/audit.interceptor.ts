import {
  globalInterceptor,
  inject,
  Interceptor,
  InvocationContext,
  InvocationResult,
  Provider,
  ValueOrPromise,
} from '@loopback/core';
import {repository} from '@loopback/repository';
import {Request, RestBindings} from '@loopback/rest';
import {AuditRepository} from '../repositories/audit.repository';

const AUDITED = new Set(['create', 'print', 'update', 'layout', 'callbackTest']);

@globalInterceptor('audit', {tags: {name: 'audit'}})
export class AuditInterceptor implements Provider<Interceptor> {
  constructor(
    @repository(AuditRepository) private audit: AuditRepository,
    @inject(RestBindings.Http.REQUEST, {optional: true}) private req?: Request,
  ) {}

  value() {
    return this.intercept.bind(this);
  }

  async intercept(ctx: InvocationContext, next: () => ValueOrPromise<InvocationResult>) {
    const result = await next();
    if (AUDITED.has(ctx.methodName)) {
      await this.audit.record({
        actor: String(this.req?.headers['x-dealer-id'] ?? 'system'),
        action: `${ctx.targetName}`,
        target: JSON.stringify(ctx.args?.[0] ?? null).slice(0, 200),
        at: new Date(),
      });
    }
    return result;
  }
}
