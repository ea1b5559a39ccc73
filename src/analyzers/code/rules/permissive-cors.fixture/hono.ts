// Hono's cors middleware: `origin` is a string, a list, or a function that gets the request's
// Origin and returns the origin to allow.
import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

// ruleid: js/permissive-cors
app.use('/public/*', cors());

// ruleid: js/permissive-cors
app.use('/api/*', cors({ origin: (origin) => origin, credentials: true }));

app.use('/v2/*', cors({
  // ruleid: js/permissive-cors
  origin: (origin, c) => {
    return origin ?? '*';
  },
  credentials: true,
}));

// ruleid: js/permissive-cors
app.use('/feed/*', cors({ origin: '*' }));

// ok: js/permissive-cors
app.use('/app/*', cors({ origin: (origin) => (ALLOWED.has(origin) ? origin : null), credentials: true }));

app.use('/admin/*', cors({
  // ok: js/permissive-cors
  origin: (origin) => {
    if (origin.endsWith('.example.com')) return origin;
    return 'https://app.example.com';
  },
  credentials: true,
}));

// ok: js/permissive-cors
app.use('/partner/*', cors({ origin: ['https://partner.example.com'], credentials: true }));

// ok: js/permissive-cors
app.use('/static/*', cors({ origin: () => 'https://app.example.com' }));

export default app;
