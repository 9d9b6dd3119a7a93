import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: every page is HTML written at build time, servable by any static host.
  output: 'export',
  images: { unoptimized: true },
  trailingSlash: true,
  // The pipeline reads data/ from disk at build time; keep it (and the extractor) out of the bundles.
  serverExternalPackages: ['@dispatch/pipeline', '@dispatch/extract'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
