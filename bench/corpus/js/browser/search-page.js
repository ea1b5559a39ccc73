// Vanilla JS for the docs search page
import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);
const query = params.get('q') || '';
const resultsEl = document.getElementById('results');
const headingEl = document.getElementById('heading');

// ruleid: js/xss
headingEl.innerHTML = `Search results for "<em>${query}</em>"`;

// ok: js/xss
document.getElementById('query-echo').textContent = query;

async function loadResults() {
  const res = await fetch(`/api/search?q=${encodeURIComponent(query)}`);
  const items = await res.json();
  resultsEl.innerHTML = '';
  for (const item of items) {
    const li = document.createElement('li');
    // ok: js/xss
    li.innerHTML = DOMPurify.sanitize(item.snippetHtml);
    resultsEl.appendChild(li);
  }
}

function showTab() {
  const tab = decodeURIComponent(window.location.hash.slice(1));
  // ruleid: js/xss
  document.querySelector('.tab-title').insertAdjacentHTML('beforeend', `<span>${tab}</span>`);
}

function renderBanner() {
  const promo = params.get('promo');
  if (promo) {
    // ruleid: js/xss
    document.write('<div class="promo">' + promo + '</div>');
  }
}

// ok: js/xss
document.getElementById('footer').innerHTML = '<small>&copy; 2026 Example Docs</small>';

window.addEventListener('hashchange', showTab);
renderBanner();
loadResults();
