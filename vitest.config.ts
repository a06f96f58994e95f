import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Uses REDIS_URL or 127.0.0.1:6379, or starts a redis-server for the run when neither answers.
    globalSetup: ["tests/global-setup.ts"],
    // Sized for a machine whose cores are busy with other work: under load the fuzz and
    // 100,000-item tests take 30-40 s. A test is judged by what it asserts, never by its speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Redis-backed tests use their own key prefixes, so files may run in parallel.
    pool: "forks",
  },
});
