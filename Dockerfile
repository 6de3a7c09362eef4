FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.33.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# The files belong to root and are read-only for the app; it runs as the image's unprivileged "node" user and
# writes only to /app/data (the embedded database, when DATABASE_URL is not set).
COPY --from=build /app /app
RUN mkdir -p /app/data && chown node:node /app/data
ENV CONCORDIA_DATA_DIR=/app/data
USER node
EXPOSE 3000
CMD ["node", "server/dist/main.js"]
