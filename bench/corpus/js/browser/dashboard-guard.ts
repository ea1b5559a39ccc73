// Route guard for the single-page dashboard (no framework)
type Role = 'admin' | 'editor' | 'viewer';

interface StoredUser {
  name: string;
  role: Role;
  permissions: string[];
}

function getStoredUser(): StoredUser | null {
  const raw = sessionStorage.getItem('user');
  return raw ? (JSON.parse(raw) as StoredUser) : null;
}

export function canDeletePosts(): boolean {
  const user = getStoredUser();
  // ruleid: js/client-side-authorization
  return user !== null && user.permissions.includes('posts:delete');
}

export function guardAdminRoute(): void {
  // ruleid: js/client-side-authorization
  const isAdmin = sessionStorage.getItem('role') === 'admin';
  if (!isAdmin) {
    window.location.replace('/403');
  }
}

export async function guardAdminRouteServerChecked(): Promise<void> {
  // ok: js/client-side-authorization
  const res = await fetch('/api/me/permissions', { credentials: 'include' });
  const { isAdmin } = (await res.json()) as { isAdmin: boolean };
  if (!isAdmin) window.location.replace('/403');
}

export function preferredTheme(): string {
  // ok: js/client-side-authorization
  return localStorage.getItem('theme') === 'dark' ? 'dark' : 'light';
}
