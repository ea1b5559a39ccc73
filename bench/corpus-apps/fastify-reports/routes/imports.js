import libxmljs from 'libxmljs';
import serialize from 'node-serialize';

export default async function importRoutes(fastify) {
  fastify.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string' }, (req, body, done) => done(null, body));

  fastify.post('/import/xml', async (request) => {
    // vuln: CWE-611
    const doc = libxmljs.parseXml(request.body, { noent: true, dtdload: true });
    return { rows: doc.find('//row').length };
  });

  fastify.post('/import/xml/v2', async (request) => {
    // safe: CWE-611
    const doc = libxmljs.parseXml(request.body, { noent: false, nonet: true });
    return { rows: doc.find('//row').length };
  });

  // Saved dashboard layouts come back from the browser as a serialized blob.
  fastify.post('/dashboards/restore', async (request) => {
    const blob = Buffer.from(request.body.layout, 'base64').toString();
    // vuln: CWE-502
    const layout = serialize.unserialize(blob);
    return { widgets: layout.widgets.length };
  });

  fastify.post('/dashboards/restore/v2', async (request) => {
    const blob = Buffer.from(request.body.layout, 'base64').toString();
    // safe: CWE-502
    const layout = JSON.parse(blob);
    return { widgets: Array.isArray(layout.widgets) ? layout.widgets.length : 0 };
  });
}
