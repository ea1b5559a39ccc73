import { useState } from 'react';
import axios from 'axios';

export default function LoginForm({ onLogin }) {
  const [form, setForm] = useState({ username: '', password: '' });
  const [error, setError] = useState(null);

  const submit = async (e) => {
    e.preventDefault();
    try {
      const { data } = await axios.post('/api/auth/login', form);
      localStorage.setItem('token', data.token);
      onLogin(data.user);
    } catch (err) {
      setError(err.response?.data?.message ?? 'Login failed');
    }
  };

  const nextUrl = new URLSearchParams(window.location.search).get('next');

  const afterLogin = () => {
    // ruleid: js/open-redirect
    window.location.href = nextUrl;
  };

  return (
    <form onSubmit={submit}>
      {/* ok: js/xss */}
      {error && <div className="error">{error}</div>}
      <input value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
      <input type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
      <button type="submit">Log in</button>
      <button type="button" onClick={afterLogin}>Continue</button>
    </form>
  );
}
