// A one-off thread whose work fails (tests/runtime/one-off-thread.test.ts).
throw new Error("the data files are missing");
