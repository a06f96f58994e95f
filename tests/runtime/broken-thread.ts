// A pool thread whose module fails while loading, as one with a broken import would.
throw new Error("this thread cannot load");
