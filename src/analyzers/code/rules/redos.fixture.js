const express = require('express');

const router = express.Router();
const EMAIL = /^([a-zA-Z0-9]+[._-]?)+@([a-zA-Z0-9-]+\.)+[a-z]{2,}$/;
const SAFE_EMAIL = /^[a-zA-Z0-9]+(?:[._-][a-zA-Z0-9]+)*@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.[a-z]{2,}$/;
const SKU = /^[A-Z]{3}-\d{4,8}$/;

router.post('/signup', (req, res) => {
  const { email, street, bio } = req.body;
  // ruleid: js/redos
  if (!EMAIL.test(email)) return res.status(400).json({ error: 'email' });
  // ok: js/redos
  if (!SAFE_EMAIL.test(email)) return res.status(400).json({ error: 'email' });
  // ruleid: js/redos
  const m = /^(\w+\s?)*,?\s*(\d+)$/.exec(street);
  // ruleid: js/redos
  const trimmed = bio.replace(/\s*$/, '');
  // ok: js/redos
  const squashed = bio.replace(/\s+/g, ' ');
  res.json({ house: m && m[2], trimmed, squashed });
});

router.get('/products/:sku', (req, res) => {
  // ok: js/redos
  if (!SKU.test(req.params.sku)) return res.status(404).end();
  res.json({ sku: req.params.sku });
});

// A super-linear pattern on constant text is not reachable by an attacker.
function defaultSlug() {
  // ok: js/redos
  return /^([a-z0-9]+-?)+$/.test('welcome-page');
}

// The helper is called with request data from the route below: the summary carries the flow.
function isSlug(value) {
  // ruleid: js/redos
  return /^([a-z0-9]+-?)+$/.test(value);
}

router.get('/pages/:slug', (req, res) => {
  if (!isSlug(req.params.slug)) return res.status(400).end();
  res.json({ slug: req.params.slug, fallback: defaultSlug() });
});

// Repetitions whose body matches one string in one pass or in several (alternatives, bounded counts).
router.post('/markdown', (req, res) => {
  const { text, contact } = req.body;
  // ruleid: js/redos
  const mail = /^<([\w.+-]+@(?:[\w-]+\.)+(?:[a-zA-Z]{2,6})+)>/.exec(contact);
  // ok: js/redos
  const plain = /^<([\w.+-]+@(?:[\w-]+\.)+[a-zA-Z]{2,6})>/.exec(contact);
  // ruleid: js/redos
  const code = /^(?:ab|a|b)+$/.test(text);
  // A repetition nothing can reject after: it only ever accepts, so it never backtracks across passes.
  // ok: js/redos
  const list = /^((?:[ \t]*[-*+][ \t]+.+\n?)+)/.exec(text);
  res.json({ mail, plain, code, list });
});

// Encoder output: base64 has at most two `=` (no long run of them), hex has no `/` at all.
router.post('/token', (req, res) => {
  const { token } = req.body;
  // ok: js/redos
  const b64url = Buffer.from(token).toString('base64').replace(/=+$/, '');
  // ok: js/redos
  const hex = Buffer.from(token).toString('hex').replace(/\/+$/, '');
  // ruleid: js/redos
  const padded = Buffer.from(token).toString('base64').replace(/[a=]+$/, '');
  // ruleid: js/redos
  const text = Buffer.from(token).toString('utf8').replace(/=+$/, '');
  res.json({ b64url, hex, padded, text });
});

// Long patterns are analysed too: escapes, classes and `(?:` openers are not quantifiers, and only
// the unbounded ones bound the analysis. A CSS color parser whose separators `\s*,?\s*` can split
// a run of spaces in every way, beside one with unambiguous separators `(?:\s*,\s*|\s+)`.
const HSL_RE = /^hsla?\(\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))(deg|rad|grad|turn)?\s*,?\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))%\s*,?\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))%\s*(?:[,/]\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))(%?)\s*)?\)$/i;
const HSL_SAFE_RE = /^hsla?\(\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))(deg|rad|grad|turn)?(?:\s*,\s*|\s+)([+-]?(?:\d+(?:\.\d+)?|\.\d+))%(?:\s*,\s*|\s+)([+-]?(?:\d+(?:\.\d+)?|\.\d+))%(?:\s*[,/]\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))(%?))?\s*\)$/i;
router.post('/theme', (req, res) => {
  const { accent } = req.body;
  // ruleid: js/redos
  const loose = HSL_RE.exec(accent);
  // ok: js/redos
  const strict = HSL_SAFE_RE.exec(accent);
  res.json({ loose, strict });
});

module.exports = router;
