/**
 * A query parameter (or view field) that cannot be honoured. The API turns it into a 400
 * whose message names the parameter and what it accepts, so a typo never silently widens
 * or empties a feed.
 */
export class QueryError extends Error {
  override name = "QueryError";
  readonly param: string;
  /** What is wrong with the value, without the parameter's name. */
  readonly problem: string;
  /** What the parameter accepts, in words or as a list; null when the problem is not the value's kind. */
  readonly accepted: string | null;

  /** The problem and what is accepted, without the parameter's name (a config path names it). */
  readonly detail: string;

  constructor(param: string, problem: string, accepted: string | null = null) {
    const detail = `${problem}${accepted === null ? "" : `; accepted: ${accepted}`}`;
    super(`invalid "${param}": ${detail}`);
    this.detail = detail;
    this.param = param;
    this.problem = problem;
    this.accepted = accepted;
  }
}
