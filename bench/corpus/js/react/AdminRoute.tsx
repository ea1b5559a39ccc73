import { Navigate, Outlet } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';

export function AdminRoute() {
  // Only admins may see the admin area
  // ruleid: js/client-side-authorization
  if (localStorage.getItem('userRole') !== 'admin') {
    return <Navigate to="/login" replace />;
  }
  return <Outlet />;
}

export function PremiumFeature({ children }: { children: React.ReactNode }) {
  const user = JSON.parse(localStorage.getItem('user') || '{}');
  // ruleid: js/client-side-authorization
  if (!user.isPremium) {
    return <p>Upgrade to premium to use this feature.</p>;
  }
  return <>{children}</>;
}

export function ServerCheckedAdminRoute() {
  const { data, isLoading } = useQuery({
    queryKey: ['me'],
    queryFn: () => fetch('/api/me', { credentials: 'include' }).then((r) => r.json()),
  });
  if (isLoading) return null;
  // ok: js/client-side-authorization
  return data?.role === 'admin' ? <Outlet /> : <Navigate to="/login" replace />;
}

export function LanguagePicker() {
  // ok: js/client-side-authorization
  const lang = localStorage.getItem('lang') ?? 'en';
  return <span>{lang}</span>;
}
