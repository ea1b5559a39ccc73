// Login page script
const form = document.querySelector('#login-form');
const params = new URLSearchParams(location.search);

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const res = await fetch('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: form.email.value, password: form.password.value }),
  });
  if (!res.ok) {
    document.querySelector('#error').textContent = 'Login failed';
    return;
  }
  const { token, user } = await res.json();
  localStorage.setItem('token', token);
  localStorage.setItem('isAdmin', String(user.isAdmin));
  const redirect = params.get('redirect');
  if (redirect) {
    // ruleid: js/open-redirect
    window.location.assign(redirect);
  } else {
    // ok: js/open-redirect
    window.location.href = '/dashboard';
  }
});

function goBack() {
  const back = params.get('back') || '/';
  // (`/\evil.example` is read as `//evil.example` by the browser: refused too.)
  // ok: js/open-redirect
  if (back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/\\')) window.location.href = back;
}

function showAdminMenu() {
  // ruleid: js/client-side-authorization
  if (localStorage.getItem('isAdmin') === 'true') {
    document.querySelector('#admin-menu').hidden = false;
    loadAdminData();
  }
}

async function loadAdminData() {
  const res = await fetch('/api/admin/stats', { headers: { Authorization: `Bearer ${localStorage.getItem('token')}` } });
  document.querySelector('#stats').textContent = JSON.stringify(await res.json());
}

goBack();
showAdminMenu();
