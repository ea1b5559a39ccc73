// A URL object's href rebuilds the URL; an anchor's href is a link the user can click.
class Client {
  constructor() {
    this.internals = { url: new URL('https://api.example.com/v1/') };
  }

  setPrefix(value) {
    // ok: js/xss
    this.internals.url.href = value + this.internals.url.pathname;
  }
}

function showReturnLink() {
  const back = new URLSearchParams(window.location.search).get('back');
  const url = new URL(window.location.href);
  // ok: js/xss
  url.href = back;
  const anchor = document.getElementById('return');
  // ruleid: js/xss
  anchor.href = back;
}

module.exports = { Client, showReturnLink };
