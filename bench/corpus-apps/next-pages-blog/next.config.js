/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  {
    key: 'Content-Security-Policy',
    value: "default-src 'self'; img-src 'self' data: https://images.inkwell.blog https://secure.gravatar.com; script-src 'self'; style-src 'self' 'unsafe-inline'",
  },
];

module.exports = {
  reactStrictMode: true,
  // safe: CWE-200
  poweredByHeader: false,
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'images.inkwell.blog', pathname: '/**' },
      { protocol: 'https', hostname: 'secure.gravatar.com', pathname: '/avatar/**' },
    ],
  },
  async headers() {
    return [
      // safe: CWE-693
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/api/public/:path*',
        headers: [
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Access-Control-Allow-Methods', value: 'GET' },
        ],
      },
    ];
  },
  async rewrites() {
    return [
      { source: '/feed', destination: '/rss.xml' },
      { source: '/api/public/posts', destination: '/api/posts' },
    ];
  },
};
