// Ts.ED: Express middlewares listed in the @Configuration, one CORS policy per path.
import { Configuration } from '@tsed/di';
import '@tsed/platform-express';
import cors from 'cors';

const widgetCors = cors({
  // ruleid: js/permissive-cors
  origin: (origin, callback) => callback(null, origin || true),
  credentials: true,
});

const PARTNERS = new Set(['https://partner.example.com']);
const partnerCors = cors({
  // ok: js/permissive-cors
  origin: (origin, callback) => callback(null, !origin || PARTNERS.has(origin)),
  credentials: true,
});

@Configuration({
  middlewares: [
    { use: '/rest/widget', fn: widgetCors },
    { use: '/rest/partners', fn: partnerCors },
    // ok: js/permissive-cors
    cors({ origin: ['https://app.example.com'], credentials: true }),
  ],
})
export class Server {}
