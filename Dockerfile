# The service as a container image (docs/deployment.md: "Preview deployments").
#   docker build -t aytq .
#   docker run -p 3000:3000 -e APP_ENV=preview -e APP_URL=https://… -e NEXTAUTH_SECRET=… \
#     -e TOKEN_HASH_SECRET=… -e OUTBOX_ENCRYPTION_KEYS=… -e PREVIEW_PASSWORD=… aytq
# At start it applies pending migrations (and seeds the personas into a new database outside
# production), then serves the standalone build (next.config.js: output "standalone") through our
# own server (scripts/serve.mjs, lib/next-seams/server.mjs) in as many processes as
# WEB_CONCURRENCY says.
# test/dockerfile.test.ts checks that everything copied here exists after `npm run build`.

# ---- dependencies: the whole toolchain, for building only ----
FROM node:24-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# postinstall runs `prisma generate` (schema and config) and copies GOV.UK Frontend's assets.
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma/schema.prisma ./prisma/schema.prisma
COPY scripts/copy-govuk-assets.js ./scripts/copy-govuk-assets.js
RUN npm ci --no-audit --no-fund

# ---- build: next build (standalone) and the bundled command-line scripts ----
FROM node:24-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/lib/db/generated ./lib/db/generated
COPY --from=deps /app/public/assets ./public/assets
COPY . .
RUN npm run build

# ---- run: only what the server and its scripts need, as a user without privileges ----
FROM node:24-slim AS run
WORKDIR /app
# No APP_ENV: whoever runs the image says production or preview (lib/env.ts refuses to start
# without it, and each requires its own secrets). The server listens on every address
# (scripts/serve.mjs reads no HOSTNAME, which Docker sets to the container's id).
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    PGLITE_DIR=/app/.data/pglite

# The server with the node_modules it traced (PGlite's WebAssembly among them), its static files
# and public/ (with GOV.UK Frontend's fonts and images), which standalone output leaves out.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# Certificates embed these fonts and draw this artwork, read at run time from ./assets.
COPY --from=build /app/assets/fonts ./assets/fonts
COPY --from=build /app/assets/certificate ./assets/certificate
# db:prepare (migrations, seed), email:send, api-key and invite:cohort, bundled by npm run build,
# and the migrations they apply.
COPY --from=build /app/.next/cli ./scripts
COPY --from=build /app/prisma/migrations ./prisma/migrations
# The server: Next.js's request handler on node:http (lib/next-seams/server.mjs, which gives Next.js
# the settings the build resolved, as standalone's own server.js does) in WEB_CONCURRENCY processes (one per
# CPU on PostgreSQL, at most 4 unless set; one on the embedded database), forked, replaced if one
# dies, stopped together. Standalone's own server.js is not used.
COPY --from=build /app/scripts/serve.mjs /app/scripts/server-processes.mjs ./scripts/
COPY --from=build /app/lib/next-seams/server.mjs /app/lib/next-seams/peer.mjs /app/lib/next-seams/failed-page.mjs /app/lib/next-seams/problem-page.mjs /app/lib/next-seams/own-page.mjs /app/lib/next-seams/oversized-bodies.mjs /app/lib/next-seams/body-limits.mjs ./lib/next-seams/
COPY --from=build /app/lib/contact.mjs ./lib/

# Files stay root's; the app writes only the embedded database (when DATABASE_URL is unset: mount
# a volume at /app/.data to keep it) and Next.js's cache.
RUN mkdir -p .data .next/cache && chown node:node .data .next/cache
USER node

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["sh", "-c", "node scripts/db.mjs prepare && exec node scripts/serve.mjs"]
