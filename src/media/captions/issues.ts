/**
 * Problems found in a caption file, and the error thrown when a file is refused.
 * Messages are written for cultural officers, not programmers: say what is
 * wrong on which line and what to do about it.
 */

/** One problem. `line` is 1-based; 0 means "not about a particular line" (e.g. the language tag). */
export interface CaptionIssue {
  line: number;
  message: string;
}

/** At most this many problems are spelled out in `CaptionError.message`; all stay in `errors`. */
const MAX_LISTED = 10;

/** "Line 5: …", or just the message for issues that are not about a line. */
export function formatCaptionIssue(issue: CaptionIssue): string {
  return issue.line > 0 ? `Line ${issue.line}: ${issue.message}` : issue.message;
}

/** Sort by line (file-level issues first), keeping the original order within a line. */
export function sortIssues(issues: CaptionIssue[]): CaptionIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.line - b.issue.line || a.index - b.index)
    .map(({ issue }) => issue);
}

/** Thrown by normalizeCaptionFile when a caption file cannot be accepted. */
export class CaptionError extends Error {
  readonly errors: CaptionIssue[];

  constructor({ errors, fileLabel }: { errors: CaptionIssue[]; fileLabel: string }) {
    const sorted = sortIssues(errors);
    const listed = sorted.slice(0, MAX_LISTED).map(formatCaptionIssue);
    const more = sorted.length > MAX_LISTED ? [`…and ${sorted.length - MAX_LISTED} more problems.`] : [];
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super([`${fileLabel} could not be accepted (${count}):`, ...listed, ...more].join('\n'));
    this.name = 'CaptionError';
    this.errors = sorted;
  }
}
