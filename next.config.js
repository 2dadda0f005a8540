// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // A self-contained server in .next/standalone for the container image (Dockerfile). `next start`
  // (npm start, the journeys) still serves the same build, warning that standalone output is
  // meant for `node .next/standalone/server.js`: harmless, Next.js 16 only warns.
  output: "standalone",
  // PGlite loads its WebAssembly from its own package folder; bundled, `next dev` answers 500.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@react-pdf/renderer"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
