// A helper that fetches a URL and returns what it learnt as an object it builds: the status and
// the start of the page. The object stays an object for its callers (Koa sends it as JSON).
const axios = require('axios');

async function probe(url) {
  const res = await axios.get(url, { timeout: 5000, responseType: 'text', validateStatus: () => true });
  return { status: res.status, body: String(res.data).slice(0, 2000) };
}

module.exports = { probe };
