// `res.send(object)` answers with JSON: the strings in its fields are not markup.
const express = require('express');

const app = express();

async function trackingStatus(number) {
  const r = await fetch(`https://carrier.example.com/track/${encodeURIComponent(number)}`);
  const body = await r.json();
  return { status: body.status, eta: body.estimated_delivery };
}

app.get('/status', async (req, res) => {
  const shipment = await trackingStatus(req.query.number);
  // ok: js/xss
  res.send({ number: req.query.number, shipment });
});

app.get('/status.html', async (req, res) => {
  const shipment = await trackingStatus(req.query.number);
  // ruleid: js/xss
  res.send(`<p>${shipment.status}</p>`);
});

app.get('/echo', (req, res) => {
  // ok: js/xss
  res.status(200).send({ name: req.query.name });
  // ruleid: js/xss
  res.send(404, `<p>No page ${req.query.page}</p>`);
});

app.get('/legacy', (req, res) => {
  // Declared HTML: Express then sends the JSON text as HTML.
  // ruleid: js/xss
  res.type('html').send({ name: req.query.name });
});

app.listen(3000);
