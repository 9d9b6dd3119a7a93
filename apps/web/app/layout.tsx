import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '../src/components/layout/site-footer';
import { SiteHeader } from '../src/components/layout/site-header';
import '../src/styles/base.css';
import '../src/styles/reader.css';
import '../src/styles/pages.css';
import '../src/styles/print.css';

export const metadata: Metadata = {
  title: { default: 'Dispatch', template: '%s · Dispatch' },
  description:
    'News wire stories as data: who is in each story, who said what, and when things happened, each linked to the sentence that says so.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
