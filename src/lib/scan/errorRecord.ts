import { BaseError } from '../errors/BaseError';

/** A typed error as plain data, to cross a thread, a process or Redis. */
export type ErrorRecord = {
  code: string;
  shortMessage: string;
  details: string[];
  metaMessages: string[];
};

/** Any thrown value as an ErrorRecord (`SCAN_WORKER_FAILED` for what is not a BaseError). */
export function toErrorRecord(error: unknown): ErrorRecord {
  if (error instanceof BaseError)
    return {
      code: error.code,
      shortMessage: error.shortMessage,
      details: [...error.details],
      metaMessages: [...error.metaMessages],
    };
  return {
    code: 'SCAN_WORKER_FAILED',
    shortMessage: `A scan worker failed: ${(error as Error)?.message ?? String(error)}`,
    details: [],
    metaMessages: ['This is a bug in DCRO; please report it with the command you ran.'],
  };
}

/** The BaseError an ErrorRecord describes, thrown again on the side that asked. */
export function fromErrorRecord(record: ErrorRecord): BaseError {
  return new BaseError(record.shortMessage, record);
}
