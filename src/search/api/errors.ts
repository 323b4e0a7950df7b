/** Typed errors of the search API; the controller turns them into HTTP answers. */

/** Bad search input: every problem found, each a sentence a person can act on. Answered with 400. */
export class SearchParamsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid search parameters (tham số tìm kiếm không hợp lệ): ${problems.join(' ')}`);
    this.name = 'SearchParamsError';
    this.problems = problems;
  }
}

/** Meilisearch is not configured, unreachable or failing. Answered with 503; the app stays up. */
export class SearchUnavailableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SearchUnavailableError';
  }
}

export const UNAVAILABLE_MESSAGE =
  'Search is temporarily unavailable; please try again in a moment. (Tìm kiếm tạm thời không hoạt động, vui lòng thử lại sau.)';
