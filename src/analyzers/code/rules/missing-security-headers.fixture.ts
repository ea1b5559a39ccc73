import express from 'express';
import helmet from 'helmet';
import path from 'node:path';

// helmet sets CSP, frame options, nosniff and HSTS and removes X-Powered-By.
// ok: js/missing-security-headers
export const app = express();
app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } }));
app.set('view engine', 'pug');
app.use(express.static(path.join(__dirname, 'public')));
