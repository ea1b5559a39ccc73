'use strict';

const { Request } = require('./request');
const { HTTPError, RequestError } = require('./errors');

const MAX_BODY = 50 * 1024 * 1024;

function parseBody(response, responseType) {
  const raw = Buffer.concat(response.chunks);
  if (responseType === 'buffer') return raw;
  const text = raw.toString('utf8');
  if (responseType === 'json') return text === '' ? null : JSON.parse(text);
  return text;
}

function asPromise(options) {
  const request = new Request(options);
  const promise = new Promise((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      response.chunks = [];
      let size = 0;
      response.on('data', (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY) {
          response.destroy();
          reject(new RequestError(`Response body exceeds ${MAX_BODY} bytes`, null, request));
          return;
        }
        response.chunks.push(chunk);
      });
      response.on('error', (error) => reject(new RequestError(error.message, error, request)));
      response.on('end', async () => {
        try {
          response.body = parseBody(response, request.options.responseType);
        } catch (error) {
          reject(new RequestError(`Failed to parse body: ${error.message}`, error, request));
          return;
        }
        try {
          for (const hook of request.options.hooks.afterResponse) {
            await hook(response);
          }
        } catch (error) {
          reject(error);
          return;
        }
        const ok = response.statusCode >= 200 && response.statusCode < 300;
        if (!ok && request.options.throwHttpErrors) {
          reject(new HTTPError(response, request));
          return;
        }
        resolve(response);
      });
    });
  });
  promise.on = (event, fn) => {
    request.on(event, fn);
    return promise;
  };
  promise.json = () => promise.then((response) => (typeof response.body === 'string' ? JSON.parse(response.body) : response.body));
  promise.text = () => promise.then((response) => String(response.body));
  request.start();
  return promise;
}

module.exports = { asPromise };
