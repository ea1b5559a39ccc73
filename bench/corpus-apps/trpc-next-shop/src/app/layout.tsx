import type { Metadata } from 'next';
import Link from 'next/link';
import { TRPCReactProvider } from '~/trpc/react';

export const metadata: Metadata = {
  title: 'Acme Shop',
  description: 'Independent sellers, one checkout',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav className="topbar">
          <Link href="/">Acme Shop</Link>
          <form action="/search" method="get" role="search">
            <input name="q" type="search" placeholder="Search products" maxLength={80} />
          </form>
          <Link href="/cart">Cart</Link>
          <Link href="/account">Account</Link>
        </nav>
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
