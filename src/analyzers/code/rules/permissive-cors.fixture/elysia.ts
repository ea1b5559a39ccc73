// Elysia's cors plugin: `origin` defaults to true (any Origin is allowed), `credentials` to true.
import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';

const ALLOWED = ['https://app.example.com'];

new Elysia()
  // ruleid: js/permissive-cors
  .use(cors())
  .use(cors({
    // ruleid: js/permissive-cors
    origin: true,
    credentials: true,
  }))
  // ok: js/permissive-cors
  .use(cors({ origin: ALLOWED, credentials: true }));
