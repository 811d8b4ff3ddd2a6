import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from '../trpc/client';
import { AccountMenu, AdminLinks } from './account-menu';
import './globals.css';

export const metadata: Metadata = {
  title: 'ClaimLedger',
  description: 'Extract, review and publish checkable claims from the news.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/articles" className="brand">
            ClaimLedger
          </Link>
          <nav>
            <Link href="/claims">Queue</Link>
            <Link href="/articles">Articles</Link>
            <Link href="/articles/new">Add article</Link>
            <AdminLinks />
          </nav>
          <AccountMenu />
        </header>
        <TRPCReactProvider>
          <main>{children}</main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
