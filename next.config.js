// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // A self-contained server in .next/standalone for the container image (Dockerfile). `next start`
  // (npm start, the journeys) still serves the same build, warning that standalone output is
  // meant for `node .next/standalone/server.js`: harmless, Next.js 16 only warns.
  output: "standalone",
  // PGlite loads its WebAssembly from its own package folder; bundled, `next dev` answers 500.
  // React-PDF and fontkit stay as packages: one font registry and one parsed face per process.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@react-pdf/renderer", "fontkit"],
  poweredByHeader: false,
  experimental: {
    // No server action takes a file any more (evidence posts to a route handler that reads its
    // body with its own cap: lib/dqt/evidence-upload.ts); kept above Next's 1 MB default for the
    // longest forms, as before.
    serverActions: { bodySizeLimit: "4mb" },
    // proxy.ts makes Next.js buffer every body for it, keeping only the first 10 MB by default
    // (the rest is read and dropped): a 20 MB photo (lib/dqt/evidence.ts MAX_UPLOAD_BODY_BYTES)
    // must reach its route whole. A larger body is cut here and refused there by its length
    // (proxy.ts leaves a body longer than this to its route: lib/next-seams/body-limits.mjs PROXY_BODY_COPY_BYTES).
    proxyClientMaxBodySize: "21mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Every page but a change request's document, which its review page shows in a frame
        // (that route sends X-Frame-Options: SAMEORIGIN and frame-ancestors 'self' itself).
        source: "/:path((?!support/change-requests/[^/]+/evidence$).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};

export default nextConfig;
