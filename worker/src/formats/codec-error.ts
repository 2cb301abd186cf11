// Thrown when a body does not match the wire format it claims to be; the pipeline renders it as a 400.

export class CodecError extends Error {
  readonly issues: readonly string[];

  constructor(message: string, issues: readonly string[] = []) {
    super(issues.length === 0 ? message : `${message}: ${issues.join('; ')}`);
    this.name = 'CodecError';
    this.issues = issues;
  }
}
