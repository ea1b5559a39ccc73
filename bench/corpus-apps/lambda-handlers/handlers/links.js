'use strict';

const axios = require('axios');
const yaml = require('js-yaml');
const { json } = require('../lib/http');

const ALLOWED_REDIRECT_HOSTS = new Set(['orders.example.com', 'help.example.com']);

exports.redirect = async (event) => {
  const target = event.queryStringParameters?.url || '/';
  // vuln: CWE-601
  return { statusCode: 302, headers: { Location: target }, body: '' };
};

exports.redirectSafe = async (event) => {
  let location = 'https://orders.example.com/';
  try {
    const url = new URL(event.queryStringParameters?.url);
    if (url.protocol === 'https:' && ALLOWED_REDIRECT_HOSTS.has(url.hostname)) location = url.href;
  } catch {
    // keep the default
  }
  // safe: CWE-601
  return { statusCode: 302, headers: { Location: location }, body: '' };
};

exports.unfurl = async (event) => {
  const { target } = event.queryStringParameters;
  // vuln: CWE-918
  const response = await axios.get(target, { timeout: 3000, maxContentLength: 1_000_000 });
  const title = /<title>([^<]*)<\/title>/i.exec(response.data);
  return json(200, { title: title ? title[1].trim() : null });
};

exports.importConfig = async (event) => {
  // safe: CWE-502
  const config = yaml.load(event.body);
  return json(200, { keys: Object.keys(config || {}) });
};
