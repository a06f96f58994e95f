import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Uses REDIS_URL or 127.0.0.1:6379, or starts a redis-server for the run when neither answers.
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Redis-backed tests use their own key prefixes, so files may run in parallel.
    pool: "forks",
  },
});
