import { Navigate, Outlet } from 'react-router-dom';
import Cookies from 'js-cookie';
import axios from 'axios';

export function AdminRoute({ children }) {
  const role = localStorage.getItem('role');
  // ruleid: js/client-side-authorization
  return role === 'admin' ? children : <Navigate to="/" />;
}

export function ProtectedRoute() {
  const isLoggedIn = sessionStorage.getItem('isLoggedIn');
  // ruleid: js/client-side-authorization
  return isLoggedIn ? <Outlet /> : <Navigate to="/login" />;
}

export function Dashboard() {
  const user = JSON.parse(localStorage.getItem('user') || '{}');
  return (
    <div>
      <h1>Welcome {user.name}</h1>
      {/* ruleid: js/client-side-authorization */}
      {user.isAdmin && <a href="/admin">Admin panel</a>}
    </div>
  );
}

export function isAdmin() {
  // ruleid: js/client-side-authorization
  return JSON.parse(localStorage.getItem('user')).role === 'admin';
}

export function guardDelete(onDelete) {
  // ruleid: js/client-side-authorization
  if (!localStorage.getItem('isAdmin')) {
    alert('Not allowed');
    return;
  }
  onDelete();
}

export function PremiumFeature() {
  // ruleid: js/client-side-authorization
  const premium = Cookies.get('plan') === 'premium';
  return premium ? <ExportButton /> : <Upsell />;
}

export function canEdit() {
  const { permissions } = JSON.parse(localStorage.getItem('session'));
  // ruleid: js/client-side-authorization
  return permissions.includes('edit');
}

export function cookieGate() {
  // ruleid: js/client-side-authorization
  if (document.cookie.includes('role=admin')) showAdminMenu();
}

function readAccount() {
  const raw = localStorage.getItem('account');
  return raw ? JSON.parse(raw) : null;
}

export function BillingPage() {
  const account = readAccount();
  // ruleid: js/client-side-authorization
  if (account?.plan !== 'enterprise') return <Navigate to="/upgrade" />;
  return <Invoices />;
}

// Safe look-alikes: tokens sent to the server, preferences, defaults, and server-provided state.
export function RequireToken() {
  const token = localStorage.getItem('token');
  // ok: js/client-side-authorization
  return token ? <Outlet /> : <Navigate to="/login" />;
}

export const api = axios.create();
api.interceptors.request.use((config) => {
  const token = localStorage.getItem('accessToken');
  // ok: js/client-side-authorization
  if (token) config.headers.Authorization = `Bearer ${token}`;
  return config;
});

export function ThemeToggle() {
  // ok: js/client-side-authorization
  const dark = localStorage.getItem('theme') === 'dark';
  return <button className={dark ? 'dark' : 'light'}>Toggle</button>;
}

export function defaultRole() {
  // ok: js/client-side-authorization
  const role = localStorage.getItem('preferredRoleTab') || 'overview';
  return role;
}

export function saveRole(role) {
  // ok: js/client-side-authorization
  localStorage.setItem('role', role);
}

export function AdminLink({ me }) {
  // ok: js/client-side-authorization
  return me.role === 'admin' ? <a href="/admin">Admin</a> : null;
}
