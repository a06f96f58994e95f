// A one-off thread that ends without answering (tests/runtime/one-off-thread.test.ts).
export {};
