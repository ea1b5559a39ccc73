import type { CodeRule } from '../rule-api.js';

export const stackTraceExposure: CodeRule = {
  meta: {
    id: 'js/stack-trace-exposure',
    title: 'Error details sent to the client',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [209, 497],
    owasp: 'A04:2021-Insecure Design',
    tags: ['information-disclosure', 'error-handling', 'ai-common'],
    description: 'An error\'s stack trace or message is returned in an HTTP response. Stack traces reveal file paths, library versions and code structure; database error messages reveal table names and query text, which helps attackers tune injection attacks. Error handlers are followed too: Express error middleware, and NestJS or Ts.ED exception filters (`@Catch(Error)` classes\' `catch(exception, ctx)`); the message of an HTTP exception the application threw for the client (a filter catching only such classes, `@Catch(HttpException)`) is not reported, its stack is.',
    fix: 'Log the error on the server (`logger.error({ err }, \'request failed\')`) and send a generic message with a correlation id: `res.status(500).json({ error: \'Internal server error\', requestId })`. Only include details when `NODE_ENV` is `development`.',
    examples: {
      bad: "app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.message, stack: err.stack });\n});",
      good: "app.use((err, req, res, next) => {\n  logger.error({ err, requestId: req.id }, 'unhandled error');\n  res.status(500).json({ error: 'Internal server error', requestId: req.id });\n});",
    },
  },
  taint: {
    kinds: ['errorInfo'],
    severity: (flow) => (flow.path[0] === 'stack' ? 'medium' : 'low'),
    message: (flow) => flow.path[0] === 'stack'
      ? `Stack trace of the error caught at line ${flow.steps[0]?.location.startLine} is sent to the client by ${flow.sink.label}`
      : `Error message of the error caught at line ${flow.steps[0]?.location.startLine} is sent to the client by ${flow.sink.label}; it can reveal internals`,
    accept: (flow) => flow.path.length > 0 || flow.stringy,
  },
};
