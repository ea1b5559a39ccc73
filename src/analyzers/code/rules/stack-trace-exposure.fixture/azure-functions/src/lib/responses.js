// Response helpers the handlers return: `{ status, jsonBody }` is the HTTP response.
function serverError(context, err) {
  context.error('unhandled error', err);
  // ruleid: js/stack-trace-exposure
  return { status: 500, jsonBody: { error: err.message, stack: err.stack } };
}

function quietError(context, err) {
  context.error('unhandled error', err);
  // ok: js/stack-trace-exposure
  return { status: 500, jsonBody: { error: 'internal error', id: context.invocationId } };
}

module.exports = { serverError, quietError };
