# Warden in embedded mode: one process, OTLP in on 4317 (gRPC) and 4318 (HTTP), metrics and health
# on 9464, findings appended under /var/lib/warden. Used by docker-compose.yml; builds from a clean
# checkout (see .dockerignore).

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
COPY . .
# `npm ci` runs the root `prepare` script, which builds every workspace with turbo; the dev
# dependencies that build needs are then pruned. --ignore-scripts keeps prune from re-running
# prepare after turbo and TypeScript are gone.
RUN npm ci --no-audit --no-fund \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    WARDEN_OTLP_HOST=0.0.0.0 \
    WARDEN_ADMIN_HOST=0.0.0.0 \
    WARDEN_DATA_DIR=/var/lib/warden
WORKDIR /app
# The application stays owned by root, so the process cannot modify its own code.
COPY --from=build /app /app
# Created here and owned by `node` so a fresh named volume mounted on it is writable too.
RUN mkdir -p /var/lib/warden && chown node:node /var/lib/warden
VOLUME ["/var/lib/warden"]
USER node
EXPOSE 4317 4318 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "require('node:http').get('http://127.0.0.1:' + (process.env.WARDEN_ADMIN_PORT || 9464) + '/healthz', (res) => process.exit(res.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
CMD ["node", "bin/warden.js", "start"]
