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

  constructor(param: string, problem: string, accepted: string | null = null) {
    super(`invalid "${param}": ${problem}${accepted === null ? "" : `; accepted: ${accepted}`}`);
    this.param = param;
    this.problem = problem;
    this.accepted = accepted;
  }
}
