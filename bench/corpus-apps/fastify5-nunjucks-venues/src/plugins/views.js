import fp from 'fastify-plugin';
import view from '@fastify/view';
import nunjucks from 'nunjucks';
import path from 'node:path';
import config from '../config.js';

async function views(fastify) {
  await fastify.register(view, {
    engine: { nunjucks },
    root: path.join(config.root, 'views'),
    viewExt: 'njk',
    options: {
      onConfigure(env) {
        env.addFilter('money', (cents) => `£${(Number(cents) / 100).toFixed(2)}`);
        env.addFilter('date', (d) => new Date(d).toLocaleDateString('en-GB'));
      },
    },
    defaultContext: { siteName: 'Hallkeeper' },
  });
}

export default fp(views, { name: 'views' });
