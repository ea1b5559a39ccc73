import { useState } from 'react';
import axios from 'axios';

const api = axios.create({ baseURL: '/api' });

export default function LoginForm({ onLogin }) {
  const [form, setForm] = useState({ email: '', password: '' });

  const submit = async (e) => {
    e.preventDefault();
    // A request to the login route, not the route itself.
    // ok: js/missing-rate-limit
    const { data } = await axios.post('/api/auth/login', form);
    // ok: js/missing-rate-limit
    await api.post('/auth/register', form);
    onLogin(data.user);
  };

  return (
    <form onSubmit={submit}>
      <input value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
      <button type="submit">Sign in</button>
    </form>
  );
}
