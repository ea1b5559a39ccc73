// A shared fetch helper in its own module: what it returns is the page's text (`responseType:
// 'text'`) or the parsed JSON of a fixed API, and the caller decides whether it becomes HTML.
const axios = require('axios');

async function fetchPage(url) {
  const response = await axios.get(url, { timeout: 5000, responseType: 'text' });
  return response.data;
}

async function fetchStatus() {
  const response = await axios.get('https://status.example.com/health.json');
  return response.data;
}

module.exports = { fetchPage, fetchStatus };
