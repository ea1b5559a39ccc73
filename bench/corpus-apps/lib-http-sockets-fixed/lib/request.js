'use strict';

const http = require('http');
const https = require('https');
const { EventEmitter } = require('events');
const { toRequestOptions } = require('./unix');
const { RequestError, MaxRedirectsError, TimeoutError } = require('./errors');

const REDIRECT_CODES = new Set([300, 301, 302, 303, 304, 307, 308]);
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/**
 * One logical request across redirects. Emits `redirect` (response, nextOptions), `response`,
 * `error`; the promise API in `as-promise.js` listens to these.
 */
class Request extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.url = options.url;
    this.redirectUrls = [];
    this.retryCount = 0;
    this._request = null;
    this._destroyed = false;
  }

  async start() {
    try {
      for (const hook of this.options.hooks.beforeRequest) {
        await hook(this.options);
      }
      this.url = this.options.url;
      this._makeRequest();
    } catch (error) {
      this._destroy(error instanceof RequestError ? error : new RequestError(error.message, error, this));
    }
  }

  _makeRequest() {
    const requestOptions = toRequestOptions(this.url, this.options);
    const fn = this.url.protocol === 'https:' ? https.request : http.request;
    const request = fn(requestOptions, (response) => this._onResponse(response));
    this._request = request;
    request.on('error', (error) => this._destroy(new RequestError(error.message, error, this)));
    request.setTimeout(this.options.timeout, () => {
      request.destroy();
      this._destroy(new TimeoutError(this.options.timeout, this));
    });
    const body = this.options.method === 'GET' || this.options.method === 'HEAD' ? undefined : this.options.body;
    request.end(body);
  }

  async _onResponse(response) {
    response.requestUrl = this.url;
    response.redirectUrls = this.redirectUrls;
    const { statusCode } = response;
    const location = response.headers.location;

    if (this.options.followRedirect && location && REDIRECT_CODES.has(statusCode) && statusCode !== 304) {
      response.resume();
      if (this.redirectUrls.length >= this.options.maxRedirects) {
        this._destroy(new MaxRedirectsError(this));
        return;
      }

      let redirectUrl;
      try {
        redirectUrl = new URL(Buffer.from(location, 'binary').toString(), this.url);
      } catch (error) {
        this._destroy(new RequestError(`Invalid redirect location: ${error.message}`, error, this));
        return;
      }
      if (redirectUrl.protocol !== 'http:' && redirectUrl.protocol !== 'https:') {
        this._destroy(new RequestError(`Cannot redirect to ${redirectUrl.protocol} URL`, null, this));
        return;
      }
      // safe: CWE-918
      if (redirectUrl.hostname === 'unix') {
        this._destroy(new RequestError('Cannot redirect to UNIX socket', null, this));
        return;
      }

      const nextOptions = { ...this.options, headers: { ...this.options.headers } };
      if (statusCode === 303 || ((statusCode === 301 || statusCode === 302) && nextOptions.method === 'POST')) {
        nextOptions.method = 'GET';
        delete nextOptions.body;
        delete nextOptions.headers['content-length'];
        delete nextOptions.headers['content-type'];
      }
      if (redirectUrl.host !== this.url.host || redirectUrl.protocol !== this.url.protocol) {
        for (const header of CREDENTIAL_HEADERS) delete nextOptions.headers[header];
        redirectUrl.username = '';
        redirectUrl.password = '';
      }
      nextOptions.url = redirectUrl;

      this.redirectUrls.push(redirectUrl);
      try {
        for (const hook of nextOptions.hooks.beforeRedirect) {
          await hook(nextOptions, response);
        }
      } catch (error) {
        this._destroy(new RequestError(error.message, error, this));
        return;
      }
      this.emit('redirect', response, nextOptions);
      this.options = nextOptions;
      this.url = nextOptions.url;
      this._makeRequest();
      return;
    }

    this.emit('response', response);
  }

  _destroy(error) {
    if (this._destroyed) return;
    this._destroyed = true;
    if (this._request) this._request.destroy();
    this.emit('error', error);
  }
}

module.exports = { Request };
