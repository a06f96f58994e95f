import { MIN_STEM as BUCKET, type WordPattern } from "./term.ts";
import type { Token } from "./tokens.ts";

const NONE: readonly never[] = [];
const MEMO_MAX = 50_000;

export interface Entry<T> {
  words: WordPattern[];
  value: T;
  /** Matches in one group compete for tokens (longest wins); different groups never block each other. */
  group: string;
}

export interface Match<T> {
  group: string;
  start: number;
  /** Exclusive. */
  end: number;
  value: T;
  tokens: Token[];
}

export interface Matcher<T> {
  match(tokens: readonly Token[]): Match<T>[];
}

function wordMatches(pattern: WordPattern, token: Token): boolean {
  switch (pattern.mode) {
    case "exact":
      return token.norm === pattern.text;
    case "prefix":
      return token.norm.startsWith(pattern.text);
    case "contains":
      return token.norm.includes(pattern.text);
    case "case":
      return token.surface === pattern.text;
    case "forms":
      return pattern.forms.has(token.norm);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes entries by their first word so that each token costs a few map look-ups however large
 * the lexicon: exact words by text, prefixes in buckets by their first letters (every stem has
 * at least MIN_STEM), and the few compound parts ("*anschlag*") through one combined regular
 * expression. The answer for each spelling is remembered, so a repeated word costs one look-up.
 */
export function compileMatcher<T>(entries: Iterable<Entry<T>>): Matcher<T> {
  const exact = new Map<string, Entry<T>[]>();
  const cased = new Map<string, Entry<T>[]>();
  const prefix = new Map<string, Entry<T>[]>();
  const contains = new Map<string, Entry<T>[]>();
  for (const entry of entries) {
    const first = entry.words[0];
    if (!first) continue;
    if (first.mode === "forms") for (const form of first.forms) push(exact, form, entry);
    else push({ exact, case: cased, prefix, contains }[first.mode], first.text, entry);
  }
  const buckets = new Map<string, [stem: string, list: Entry<T>[]][]>();
  for (const [stem, list] of prefix) push(buckets, stem.slice(0, BUCKET), [stem, list]);
  const parts = [...contains.keys()].sort((a, b) => b.length - a.length);
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const partSource = parts.map(escapeRegExp).join("|");
  const anyPart = parts.length > 0 ? new RegExp(partSource) : null;
  const eachPart = new RegExp(partSource, "g");

  /** The entries a word may start, each once, in the order exact, cased, prefix, contains. */
  function lookUp(token: Token): readonly Entry<T>[] {
    const found: Entry<T>[] = [];
    const byText = exact.get(token.norm);
    if (byText) found.push(...byText);
    const byCase = cased.get(token.surface);
    if (byCase) found.push(...byCase);
    for (const [stem, list] of buckets.get(token.norm.slice(0, BUCKET)) ?? []) {
      if (token.norm.startsWith(stem)) found.push(...list);
    }
    if (anyPart?.test(token.norm)) {
      for (const part of token.norm.matchAll(eachPart)) found.push(...(contains.get(part[0]) ?? []));
    }
    return found.length === 0 ? NONE : found.length === 1 ? found : [...new Set(found)];
  }

  // The answer depends on the spelling alone (a token's norm is folded from its surface), and news
  // repeats its words all day; the memo starts over when full rather than growing with the stream.
  const memo = new Map<string, readonly Entry<T>[]>();
  function candidates(token: Token): readonly Entry<T>[] {
    let found = memo.get(token.surface);
    if (found === undefined) {
      if (memo.size >= MEMO_MAX) memo.clear();
      found = lookUp(token);
      memo.set(token.surface, found);
    }
    return found;
  }

  function extends_(entry: Entry<T>, tokens: readonly Token[], start: number): boolean {
    const field = tokens[start]?.field;
    for (let offset = 1; offset < entry.words.length; offset++) {
      const token = tokens[start + offset];
      const word = entry.words[offset];
      if (!token || !word || token.field !== field || !wordMatches(word, token)) return false;
    }
    return true;
  }

  return {
    match(tokens) {
      const all: Match<T>[] = [];
      for (let start = 0; start < tokens.length; start++) {
        for (const entry of candidates(tokens[start] as Token)) {
          if (!extends_(entry, tokens, start)) continue;
          const end = start + entry.words.length;
          all.push({ group: entry.group, start, end, value: entry.value, tokens: tokens.slice(start, end) });
        }
      }
      return longestFirst(all);
    },
  };
}

/**
 * Within a group, a longer match takes its tokens first: "South Sudan" leaves nothing for "Sudan".
 * Matches over exactly the same words all stay, so one word may feed several rules.
 */
function longestFirst<T>(matches: Match<T>[]): Match<T>[] {
  const taken = new Map<string, { words: Set<number>; spans: Set<string> }>();
  const kept: Match<T>[] = [];
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const match of byLength) {
    const used = taken.get(match.group) ?? { words: new Set<number>(), spans: new Set<string>() };
    taken.set(match.group, used);
    const span = `${match.start}:${match.end}`;
    let free = true;
    for (let index = match.start; index < match.end && free; index++) free = !used.words.has(index);
    if (!free && !used.spans.has(span)) continue;
    for (let index = match.start; index < match.end; index++) used.words.add(index);
    used.spans.add(span);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
