import { BaseError } from '../lib/errors/BaseError';

/** A risk worker died (an uncaught error or a failed load); the pool replaces it. */
export class WorkerCrashedError extends BaseError {
  override name = 'WorkerCrashedError';
  constructor(detail: string) {
    super('A risk worker stopped unexpectedly.', {
      code: 'WORKER_CRASHED',
      details: [detail],
      metaMessages: ['It was restarted; if this repeats, reload the page.'],
    });
  }
}
