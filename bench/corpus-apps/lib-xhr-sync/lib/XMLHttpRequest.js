'use strict';

/**
 * XMLHttpRequest for Node.js.
 *
 *   const { XMLHttpRequest } = require('node-xhr-shim');
 *   const xhr = new XMLHttpRequest({ ca: fs.readFileSync('corp-ca.pem') });
 *   // other options: cert, key (PEM), agent, rejectUnauthorized, allowFileUrls, disableHeaderCheck
 *   xhr.open('POST', 'https://api.example.com/v1/items', false);   // synchronous
 *   xhr.setRequestHeader('Content-Type', 'application/json');
 *   xhr.send(JSON.stringify(item));
 *   xhr.status, xhr.responseText
 *
 * Synchronous requests run the request in a child Node.js process and wait for it.
 */

const fs = require('fs');
const http = require('http');
const https = require('https');
const { spawnSync } = require('child_process');
const { fileURLToPath } = require('url');
const { isAllowedHeader, isValidHeaderValue, formatResponseHeaders } = require('./headers');

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
const SYNC_TIMEOUT = 60 * 1000;

function XMLHttpRequest(opts) {
  const self = this;
  opts = opts || {};

  let settings = {};
  let requestHeaders = {};
  let request = null;
  let response = null;
  let sendFlag = false;
  let errorFlag = false;
  let disableHeaderCheck = Boolean(opts.disableHeaderCheck);

  this.UNSENT = 0;
  this.OPENED = 1;
  this.HEADERS_RECEIVED = 2;
  this.LOADING = 3;
  this.DONE = 4;

  this.readyState = this.UNSENT;
  this.onreadystatechange = null;
  this.onload = null;
  this.onerror = null;
  this.responseText = '';
  this.responseURL = '';
  this.status = 0;
  this.statusText = '';
  this.timeout = 0;

  function setState(state) {
    self.readyState = state;
    if (typeof self.onreadystatechange === 'function') self.onreadystatechange();
    if (state === self.DONE) {
      const handler = errorFlag ? self.onerror : self.onload;
      if (typeof handler === 'function') handler.call(self);
    }
  }

  function fail(error) {
    self.status = 0;
    self.statusText = String(error && error.message ? error.message : error);
    self.responseText = '';
    errorFlag = true;
    setState(self.DONE);
  }

  this.open = function open(method, url, async, user, password) {
    const upper = String(method).toUpperCase();
    if (!METHODS.has(upper)) throw new SyntaxError(`Unsupported method: ${method}`);
    settings = { method: upper, url: String(url), async: async !== false, user, password };
    requestHeaders = {};
    response = null;
    errorFlag = false;
    sendFlag = false;
    setState(this.OPENED);
  };

  this.setDisableHeaderCheck = function setDisableHeaderCheck(state) {
    disableHeaderCheck = Boolean(state);
  };

  this.setRequestHeader = function setRequestHeader(name, value) {
    if (this.readyState !== this.OPENED || sendFlag) {
      throw new Error('INVALID_STATE_ERR: setRequestHeader can only be called when state is OPEN');
    }
    if (!isAllowedHeader(name, disableHeaderCheck)) {
      console.warn(`Refused to set unsafe header ${JSON.stringify(String(name))}`);
      return;
    }
    if (!isValidHeaderValue(value)) throw new TypeError(`Invalid value for header "${name}"`);
    requestHeaders[name] = String(value);
  };

  this.getResponseHeader = function getResponseHeader(name) {
    if (!response || typeof name !== 'string' || this.readyState < this.HEADERS_RECEIVED) return null;
    const key = name.toLowerCase();
    if (key === 'set-cookie' || key === 'set-cookie2') return null;
    const value = response.headers[key];
    return value === undefined ? null : String(value);
  };

  this.getAllResponseHeaders = function getAllResponseHeaders() {
    if (!response || this.readyState < this.HEADERS_RECEIVED || errorFlag) return '';
    return formatResponseHeaders(response.headers);
  };

  this.abort = function abort() {
    if (request) {
      request.destroy();
      request = null;
    }
    requestHeaders = {};
    this.responseText = '';
    errorFlag = true;
    if (this.readyState !== this.UNSENT && (this.readyState !== this.OPENED || sendFlag) && this.readyState !== this.DONE) {
      sendFlag = false;
      setState(this.DONE);
    }
    this.readyState = this.UNSENT;
  };

  this.send = function send(data) {
    if (this.readyState !== this.OPENED) throw new Error('INVALID_STATE_ERR: connection must be opened before send()');
    if (sendFlag) throw new Error('INVALID_STATE_ERR: send has already been called');

    const url = new URL(settings.url);

    if (url.protocol === 'file:') {
      if (!opts.allowFileUrls) throw new Error('XMLHttpRequest: file: URLs are disabled (allowFileUrls option)');
      if (settings.method !== 'GET') throw new Error('XMLHttpRequest: only GET is supported for file: URLs');
      const file = fileURLToPath(url);
      if (settings.async) {
        fs.readFile(file, 'utf8', (error, text) => {
          if (error) return fail(error);
          this.status = 200;
          this.responseText = text;
          setState(this.DONE);
        });
      } else {
        try {
          this.responseText = fs.readFileSync(file, 'utf8');
          this.status = 200;
          setState(this.DONE);
        } catch (error) {
          fail(error);
        }
      }
      return;
    }

    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`XMLHttpRequest: unsupported protocol ${url.protocol}`);
    }
    const ssl = url.protocol === 'https:';

    const headers = Object.assign({ 'User-Agent': 'node-xhr-shim', Accept: '*/*' }, requestHeaders);
    headers.Host = url.host;
    if (settings.user !== undefined) {
      const auth = `${settings.user}:${settings.password || ''}`;
      headers.Authorization = 'Basic ' + Buffer.from(auth).toString('base64');
    }
    if (settings.method === 'GET' || settings.method === 'HEAD') {
      data = null;
    } else if (data !== undefined && data !== null) {
      data = String(data);
      headers['Content-Length'] = Buffer.byteLength(data);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = 'text/plain;charset=UTF-8';
      }
    } else {
      headers['Content-Length'] = 0;
    }

    const options = {
      host: url.hostname,
      port: url.port || (ssl ? 443 : 80),
      path: url.pathname + url.search,
      method: settings.method,
      headers,
      agent: opts.agent || false,
      // PEM strings, so that the options survive JSON.stringify() for synchronous requests.
      ca: opts.ca ? String(opts.ca) : undefined,
      cert: opts.cert ? String(opts.cert) : undefined,
      key: opts.key ? String(opts.key) : undefined,
      // vuln: CWE-295
      rejectUnauthorized: opts.rejectUnauthorized === true,
    };

    errorFlag = false;
    this.responseURL = url.href;

    if (settings.async) {
      sendFlag = true;
      const doRequest = ssl ? https.request : http.request;
      request = doRequest(options, (res) => {
        response = res;
        this.status = res.statusCode;
        this.statusText = res.statusMessage;
        setState(this.HEADERS_RECEIVED);
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          this.responseText += chunk;
          if (sendFlag) setState(this.LOADING);
        });
        res.on('end', () => {
          if (sendFlag) {
            sendFlag = false;
            setState(this.DONE);
          }
        });
        res.on('error', fail);
      });
      request.on('error', fail);
      if (this.timeout > 0) request.setTimeout(this.timeout, () => request.destroy(new Error('timeout')));
      if (data) request.write(data);
      request.end();
      return;
    }

    // Synchronous: run the request in a child process that prints the response as JSON. The script
    // goes to `node -` on stdin, not on the command line, so headers and keys are not visible in `ps`.
    const execString = "var http = require('http'), https = require('https');" +
      'var doRequest = ' + (ssl ? 'https' : 'http') + '.request;' +
      'var options = ' + JSON.stringify(options) + ';' +
      "var body = '';" +
      'var req = doRequest(options, function (res) {' +
      "  res.setEncoding('utf8');" +
      "  res.on('data', function (chunk) { body += chunk; });" +
      "  res.on('end', function () {" +
      '    process.stdout.write(JSON.stringify({ status: res.statusCode, statusText: res.statusMessage, headers: res.headers, text: body }));' +
      '  });' +
      '});' +
      "req.on('error', function (e) { process.stdout.write(JSON.stringify({ error: e.message })); });" +
      (data ? "req.write('" + data.replace(/'/g, "\\'") + "');" : '') +
      'req.end();';

    sendFlag = true;
    // vuln: CWE-94
    const child = spawnSync(process.execPath, ['-'], { input: execString, encoding: 'utf8', timeout: this.timeout || SYNC_TIMEOUT, maxBuffer: 64 * 1024 * 1024 });
    sendFlag = false;
    if (child.error) return fail(child.error);

    let result;
    try {
      result = JSON.parse(child.stdout);
    } catch (error) {
      return fail(new Error(`synchronous request failed: ${String(child.stderr).trim() || error.message}`));
    }
    if (result.error) return fail(new Error(result.error));
    response = { headers: result.headers || {} };
    this.status = result.status;
    this.statusText = result.statusText;
    this.responseText = result.text;
    setState(this.DONE);
  };
}

module.exports = XMLHttpRequest;
module.exports.XMLHttpRequest = XMLHttpRequest;
