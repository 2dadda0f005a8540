// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly from its own package folder; bundled, `next dev` answers 500.
  // A self-contained server in .next/standalone for the container image (Dockerfile); `next start`
  // still serves the same build.
  output: "standalone",
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
