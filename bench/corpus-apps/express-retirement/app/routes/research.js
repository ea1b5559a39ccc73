'use strict';

const needle = require('needle');

const QUOTES_API = 'https://quotes.example-markets.com/v1/quote';

function ResearchHandler(db) {
  this.displayResearch = (req, res) => {
    if (req.query.symbol) {
      const url = req.query.url + req.query.symbol;
      // vuln: CWE-918
      return needle.get(url, (error, newResponse, body) => {
        if (!error && newResponse.statusCode === 200) {
          res.writeHead(200, { 'Content-Type': 'text/html' });
        }
        // vuln: CWE-79
        res.write('<h1>The following is the stock information you requested.</h1>\n\n' + body);
        return res.end();
      });
    }
    return res.render('research');
  };

  this.displayQuote = (req, res, next) => {
    const symbol = String(req.query.symbol || '').toUpperCase();
    if (!/^[A-Z]{1,5}$/.test(symbol)) return res.status(400).json({ error: 'bad symbol' });
    // safe: CWE-918
    return needle('get', `${QUOTES_API}?symbol=${symbol}`, { json: true })
      .then((quote) => res.json({ symbol, price: Number(quote.body.price) }))
      .catch(next);
  };
}

module.exports = ResearchHandler;
