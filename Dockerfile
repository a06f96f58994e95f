# syntax=docker/dockerfile:1
# Stage 1: production dependencies only, installed from the lock file.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Stage 2: the runtime image, without npm caches or dev dependencies, running as the unprivileged "node" user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8080 HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json feeds.config.ts tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY workers ./workers
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# tsx runs the TypeScript sources directly; it also loads feeds.config.ts.
CMD ["node", "--import", "tsx", "src/main.ts"]
