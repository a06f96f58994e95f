/** Story deduplication: the pure decision, and the two indexes that apply it. */
export { type Fingerprint, fingerprint } from "./fingerprint.ts";
export { MemoryStoryIndex } from "./memory-index.ts";
export { type StoryText, sameStory, toStoryText, type Verdict } from "./same-story.ts";
export { SharedStoryIndex } from "./shared-index.ts";
export { type Assignment, type DedupCandidate, exactKeys, type StoryIndex } from "./story-index.ts";
