# The partner-network GraphQL service. Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
# Inside the container the service listens on every interface; docker-compose publishes it on the
# host's loopback only, so with no auth configured it is still reachable from this machine alone.
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# A larger young generation: a big GraphQL response allocates many short-lived objects, which the
# default 16 MiB semi-space promotes to the old generation (see BENCHMARKS.md).
CMD ["node", "--max-semi-space-size=64", "--import", "tsx", "src/main.ts"]
