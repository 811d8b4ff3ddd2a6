import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from '../trpc/client';
import { AccountMenu } from './account-menu';
import { SiteNav } from './site-nav';
import './globals.css';

export const metadata: Metadata = {
  title: 'ClaimLedger',
  description: 'Extract, review and publish checkable claims from the news.',
};

/**
 * Every page renders per request: the proxy's CSP nonce differs on each response, and Next.js
 * can put it on its scripts only when rendering, never into a prerendered page.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            ClaimLedger
          </Link>
          <SiteNav />
          <AccountMenu />
        </header>
        <TRPCReactProvider>
          {/* Focusable by the skip link only (not in the Tab order), so the next Tab starts inside it. */}
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
