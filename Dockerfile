# The partner-network GraphQL service, compiled ahead of time. Neo4j runs in its own container
# (see docker-compose.yml). A test (test/deploy/image.test.ts) copies exactly what this file
# copies into a temporary folder, runs its RUN steps and its CMD, and queries the service.

# Build: TypeScript to JavaScript (dist/).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/import.ts scripts/build-web.ts ./scripts/
COPY web ./web
# GraphiQL's example tabs are the README's examples (web/graphiql/main.tsx).
COPY README.md ./
RUN npm run build && npm run build:web

# Run: production dependencies, the compiled service, and the files it reads at run time.
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY --from=build /app/web/dist ./web/dist
# The demo dataset, loaded only with LOAD_DEMO=true (a production start is empty by default).
COPY data/demo ./data/demo
# Inside the container the service listens on every interface; docker-compose publishes it on the
# host's loopback only.
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
# Ready = Neo4j answers and the schema is online (GET /ready).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# A larger young generation: a big GraphQL response allocates many short-lived objects, which the
# default 16 MiB semi-space promotes to the old generation (see BENCHMARKS.md).
CMD ["node", "--max-semi-space-size=64", "dist/src/main.js"]
