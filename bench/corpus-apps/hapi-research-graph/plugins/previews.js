'use strict';

const axios = require('axios');
const got = require('got');

const CROSSREF = 'https://api.crossref.org/works/';

module.exports = {
  name: 'previews',
  register(server) {
    // Shows a cited web page inside the notes editor's preview pane.
    server.route({
      method: 'GET',
      path: '/preview',
      handler: async (request, h) => {
        // vuln: CWE-918
        const page = await axios.get(request.query.url, { timeout: 5000, maxRedirects: 3 });
        // vuln: CWE-79
        return h.response(page.data).type('text/html');
      },
    });

    server.route({
      method: 'GET',
      path: '/citation/{doi*}',
      handler: async (request, h) => {
        // safe: CWE-918
        const res = await got(CROSSREF + encodeURIComponent(request.params.doi), { responseType: 'json', timeout: { request: 5000 } });
        const work = res.body.message;
        // safe: CWE-79
        return h.response({ title: work.title, authors: work.author }).type('application/json');
      },
    });
  },
};
