# chipgraph API image: build with the dev toolchain, run on production dependencies only, as a non-root user.
FROM node:24-bookworm-slim AS build
WORKDIR /app
# chipgraph-client is an npm workspace: npm ci needs its package.json, the build its sources.
COPY package.json package-lock.json ./
COPY packages/client/package.json ./packages/client/
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY packages/client ./packages/client
COPY src ./src
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
# The API's live heap is about 50 MB. Left to V8's defaults for a large machine, it lets the heap grow
# to several times that between collections (a young generation of 16 MB or more per semi-space, an old
# generation sized from the machine's memory); these bounds keep an API under load under 200 MB
# resident, for more frequent young-generation collections (docs/deploying.md).
ENV NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=512"
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/client/package.json ./packages/client/
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
# The server reads the persisted operations from chipgraph-client, and chipgraph/client re-exports it.
COPY --from=build /app/packages/client/dist ./packages/client/dist
COPY packages/client/src/generated/persisted-documents.json ./packages/client/src/generated/
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seeds ./seeds
USER node
EXPOSE 4000
# With NEO4J_URI set, `start` migrates, seeds the built-in dataset into an empty database, and serves.
CMD ["node", "dist/cli/index.js", "start"]
