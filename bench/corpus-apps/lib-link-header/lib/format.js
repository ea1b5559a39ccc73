'use strict';

function quote(value) {
  return '"' + String(value).replace(/[\\"]/g, '\\$&') + '"';
}

// format([{ url, rel: 'next', title: 'Page 2' }]) -> '<url>; rel="next"; title="Page 2"'
function format(links) {
  return links.map(link => {
    const parts = ['<' + encodeURI(link.url) + '>'];
    for (const key of Object.keys(link)) {
      if (key === 'url') continue;
      parts.push(key + '=' + quote(link[key]));
    }
    return parts.join('; ');
  }).join(', ');
}

module.exports = { format };
