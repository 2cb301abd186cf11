// An error in neutral form: an HTTP status plus the vendor's message, rendered in each client's format.

export interface IrError {
  status: number;
  message: string;
  /** The vendor's own error type or status string, kept for logs and same-format rendering. */
  type?: string;
  code?: string;
}
