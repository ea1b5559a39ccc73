/* global $, jQuery */
// jQuery parses a string as HTML when it starts with `<` (1.9+; older versions anywhere after a
// `#`), so `$(x)` builds elements from x when the visitor decides how x begins. The whole
// `location.hash` (always `#…`), `location.search` (`?…`) or `document.referrer` (a URL) is read
// as a selector; what the visitor wrote after the `#` or `?` is not.
const PANELS = ['#overview', '#pricing', '#faq'];

function openTabFromHash() {
  // ruleid: js/xss
  const panel = $(window.location.hash.slice(1));
  panel.addClass('open');
  // ruleid: js/xss
  $(decodeURIComponent(location.search.substring(1))).show();
  const params = new URLSearchParams(location.search);
  // ruleid: js/xss
  jQuery(params.get('focus')).trigger('focus');
  // ok: js/xss
  $(location.hash).addClass('open');
  // ok: js/xss
  $(window.location.hash).addClass('open');
  // ok: js/xss
  $('#panel-' + location.hash.slice(1)).addClass('open');
  // ok: js/xss
  $('#fixed-id').text(location.hash.slice(1));
  // ok: js/xss
  $(document).find('.tab[data-name="faq"]').addClass('open');
  const wanted = location.hash;
  // ok: js/xss
  if (PANELS.includes(wanted)) $(wanted).addClass('open');
}

window.addEventListener('message', (event) => {
  // ruleid: js/xss
  $(event.data.selector).addClass('highlight');
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://app.example.com') return;
  // ok: js/xss
  $(event.data.selector).addClass('highlight');
});

// The whole hash held in a variable or handed to a helper is still `#…`; a part of it is not.
function showPanel(selector) {
  // ok: js/xss
  $(selector).addClass('open');
}
function panelFromHash() {
  const hash = window.location.hash;
  // ok: js/xss
  $(hash).addClass('open');
  showPanel(location.hash);
  const name = hash.slice(1);
  // ruleid: js/xss
  $(name).addClass('open');
  const fromRef = document.referrer;
  // ok: js/xss
  $(fromRef).remove();
}

$(window).on('hashchange', openTabFromHash);
openTabFromHash();
