import { Hono } from 'hono';

const app = new Hono();

// Registering the not-found handler does not end the module's code.
app.notFound((c) => c.json({ error: 'not_found' }, 404));

app.onError((err, c) => {
  // ruleid: js/stack-trace-exposure
  return c.json({ error: err.stack }, 500);
});

app.get('/report', async (c) => {
  try {
    return c.json(await buildReport());
  } catch (e) {
    // ruleid: js/stack-trace-exposure
    return c.text(`Report failed: ${(e as Error).stack}`, 500);
  }
});

app.get('/export', async (c) => {
  try {
    return c.json(await buildReport());
  } catch (e) {
    console.error(e);
    // ok: js/stack-trace-exposure
    return c.json({ error: 'Export failed' }, 500);
  }
});

async function buildReport(): Promise<unknown> {
  return {};
}

export default app;
