/* Helpers every page of the site loads first (<script src="/js/site.js">), no modules. */
window.site = window.site || {};

window.site.query = function (name) {
  return new URLSearchParams(window.location.search).get(name);
};

window.site.escape = function (s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
};

function fragment(name) {
  return new URLSearchParams(location.hash.slice(1)).get(name);
}
