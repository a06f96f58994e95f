/**
 * The footer blog software adds to every post of a feed ("The post … appeared first on Blog
 * name."), in the five tagged languages: the blog's name may say where it reports from, but it
 * describes no event, and a blog called "Descifrando la Guerra" must not make every post a war.
 * Each pair is the footer's lead and the words that introduce the blog's name.
 */
const FOOTERS: readonly (readonly [string, string])[] = [
  ["the post ", " appeared first on "],
  ["la entrada ", " se publicó primero en "],
  ["l'article ", " est apparu en premier sur "],
  ["l’article ", " est apparu en premier sur "],
  ["der beitrag ", " erschien zuerst auf "],
  ["сообщение ", " появились сначала на "],
  ["запись ", " впервые появилась "],
];

/** The text before the feed footer and the footer itself ("" when there is none). */
export function splitFeedFooter(text: string): [body: string, footer: string] {
  const folded = text.toLowerCase();
  // A few letters change length in lower case ("İ"); then positions would not match, so read as is.
  const lower = folded.length === text.length ? folded : text;
  for (const [lead, marker] of FOOTERS) {
    const at = lower.lastIndexOf(marker);
    if (at < 0) continue;
    const start = lower.lastIndexOf(lead, at);
    if (start >= 0) return [text.slice(0, start), text.slice(start)];
  }
  return [text, ""];
}
