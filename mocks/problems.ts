/** What a handler answers: a plain result (remembered for idempotency replays), or a thrown `Problem`. */
import { ERROR_STATUS, type KnownErrorCode } from '../src/sdk/error-codes.js';

export interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send this text instead of a JSON body (CSV). */
  text?: string;
  contentType?: string;
}

interface ProblemExtra {
  detail?: string;
  errors?: Record<string, string[]>;
  existingAccountId?: number;
  retryAfter?: number;
  reasons?: string[];
}

/** A refusal, thrown by a handler and answered as RFC 9457 problem details; the code fixes the status. */
export class Problem extends Error {
  readonly code: KnownErrorCode;
  readonly status: number;
  readonly extra: ProblemExtra;
  constructor(code: KnownErrorCode, extra: ProblemExtra = {}, status: number = ERROR_STATUS[code]) {
    super(code);
    this.code = code;
    this.status = status;
    this.extra = extra;
  }
}

/** A 422 `Validation` problem naming one field. */
export const invalid = (field: string, message: string) => new Problem('Validation', { errors: { [field]: [message] } });

export const ok = (body: unknown, status = 200): Result => ({ status, body });
