/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // scripts/edge.mjs compresses once per cached response (gzip -9); Next's per-request gzip costs throughput.
  compress: false,
  // app/global-not-found.tsx: one calm 404 for URLs outside both root layouts (zh-CN and en).
  experimental: { globalNotFound: true },
  // @xstate/react imports a shim of useSyncExternalStore for React < 18; React 19 has its own.
  turbopack: { resolveAlias: { 'use-sync-external-store/shim': 'react' } },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
