import type { Redis } from "ioredis";
import type { PushKeys } from "../store/keys.ts";
import { topicId } from "./topic.ts";

/** One verified subscription, as the hub keeps it in Redis (so any API or worker process can serve it). */
export interface Subscription {
  topic: string;
  /** The base URL the topic was read under, needed to render it again. */
  base: string;
  callback: string;
  secret: string | null;
  /** ms since the epoch. */
  expiresAt: number;
}

const hostOf = (callback: string) => new URL(callback).host.toLowerCase();
const hostMember = (topic: string, callback: string) => `${topicId(topic)} ${callback}`;

/** Drops the topic's subscriptions whose lease ran out, so nothing reaches them any more. */
async function expire(redis: Redis, keys: PushKeys, topic: string, now: number): Promise<void> {
  const id = topicId(topic);
  const expired = await redis.zrangebyscore(keys.hubLeases(id), "-inf", now);
  for (const callback of expired) await removeSubscription(redis, keys, topic, callback);
}

export async function activeSubscriptions(
  redis: Redis,
  keys: PushKeys,
  topic: string,
  now: number,
): Promise<Subscription[]> {
  await expire(redis, keys, topic, now);
  const hash = await redis.hgetall(keys.hubSubscriptions(topicId(topic)));
  return Object.values(hash)
    .map((json) => JSON.parse(json) as Subscription)
    .filter((subscription) => subscription.expiresAt > now);
}

/** The subscription if it still holds: not unsubscribed, lease not run out. */
export async function findSubscription(
  redis: Redis,
  keys: PushKeys,
  topic: string,
  callback: string,
  now: number,
): Promise<Subscription | null> {
  const json = await redis.hget(keys.hubSubscriptions(topicId(topic)), callback);
  const subscription = json ? (JSON.parse(json) as Subscription) : null;
  return subscription && subscription.expiresAt > now ? subscription : null;
}

/**
 * Whether one more subscription of this callback to this topic stays within the limits; a renewal
 * of one that exists always does.
 */
export async function limitReached(
  redis: Redis,
  keys: PushKeys,
  request: { topic: string; callback: string },
  limits: { maxPerTopic: number; maxPerCallbackHost: number },
  now: number,
): Promise<string | null> {
  const { topic, callback } = request;
  if (await findSubscription(redis, keys, topic, callback, now)) return null;
  await expire(redis, keys, topic, now);
  const id = topicId(topic);
  const [perTopic, perHost] = await Promise.all([
    redis.zcard(keys.hubLeases(id)),
    redis.scard(keys.hubHost(hostOf(callback))),
  ]);
  if (perTopic >= limits.maxPerTopic) return `this topic has ${perTopic} subscriptions, the most allowed`;
  if (perHost >= limits.maxPerCallbackHost) {
    return `callbacks on ${hostOf(callback)} hold ${perHost} subscriptions, the most allowed`;
  }
  return null;
}

export async function saveSubscription(
  redis: Redis,
  keys: PushKeys,
  subscription: Subscription,
): Promise<void> {
  const { topic, callback } = subscription;
  const id = topicId(topic);
  await redis
    .multi()
    .hset(keys.hubTopics, topic, subscription.base)
    .hset(keys.hubSubscriptions(id), callback, JSON.stringify(subscription))
    .zadd(keys.hubLeases(id), subscription.expiresAt, callback)
    .sadd(keys.hubHost(hostOf(callback)), hostMember(topic, callback))
    .exec();
}

export async function removeSubscription(
  redis: Redis,
  keys: PushKeys,
  topic: string,
  callback: string,
): Promise<void> {
  const id = topicId(topic);
  await redis
    .multi()
    .hdel(keys.hubSubscriptions(id), callback)
    .zrem(keys.hubLeases(id), callback)
    .srem(keys.hubHost(hostOf(callback)), hostMember(topic, callback))
    .exec();
}

/** Topics with subscribers: topic URL → base. */
export function subscribedTopics(redis: Redis, keys: PushKeys): Promise<Record<string, string>> {
  return redis.hgetall(keys.hubTopics);
}

/** Forgets a topic nobody subscribes to any more. */
export async function dropTopic(redis: Redis, keys: PushKeys, topic: string): Promise<void> {
  const id = topicId(topic);
  await redis.multi().hdel(keys.hubTopics, topic).del(keys.hubDigest(id)).exec();
}

/** Subscriptions held, over every topic (expired ones not yet swept included), for /metrics. */
export async function countSubscriptions(redis: Redis, keys: PushKeys): Promise<number> {
  const topics = Object.keys(await subscribedTopics(redis, keys));
  const counts = await Promise.all(topics.map((topic) => redis.zcard(keys.hubLeases(topicId(topic)))));
  return counts.reduce((sum, count) => sum + count, 0);
}
