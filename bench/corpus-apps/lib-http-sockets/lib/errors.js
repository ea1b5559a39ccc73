'use strict';

class RequestError extends Error {
  constructor(message, error, request) {
    super(message);
    this.name = 'RequestError';
    this.code = error && error.code;
    this.url = request && request.url ? request.url.toString() : undefined;
    if (error && error.stack) this.stack = `${this.stack}\n---- Caused by ----\n${error.stack}`;
  }
}

class HTTPError extends RequestError {
  constructor(response, request) {
    super(`Response code ${response.statusCode} (${response.statusMessage})`, null, request);
    this.name = 'HTTPError';
    this.response = response;
  }
}

class MaxRedirectsError extends RequestError {
  constructor(request) {
    super(`Redirected ${request.options.maxRedirects} times. Aborting.`, null, request);
    this.name = 'MaxRedirectsError';
  }
}

class TimeoutError extends RequestError {
  constructor(ms, request) {
    super(`Timeout awaiting response for ${ms}ms`, { code: 'ETIMEDOUT' }, request);
    this.name = 'TimeoutError';
  }
}

module.exports = { RequestError, HTTPError, MaxRedirectsError, TimeoutError };
