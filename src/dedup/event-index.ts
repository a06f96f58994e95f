import type { EventAssignment } from "./event-decision.ts";
import type { EventFeatures } from "./event-features.ts";

export interface EventStory {
  /** False when the story existed before this report: it keeps the event it has. */
  isNewStory: boolean;
  features: EventFeatures;
}

/** Assigns stories to events; the in-memory and the Redis index share every decision. */
export interface EventIndex {
  assign(story: EventStory, now: Date): Promise<EventAssignment>;
}
