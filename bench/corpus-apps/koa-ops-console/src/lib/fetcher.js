'use strict';

const axios = require('axios');

/** Fetches a page for the link preview pane. */
async function fetchRemote(url, options = {}) {
  // vuln: CWE-918
  const response = await axios.get(url, { timeout: 5000, responseType: 'text', maxRedirects: 2, ...options });
  return response.data;
}

module.exports = { fetchRemote };
