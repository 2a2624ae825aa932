/** A MailboxEvent whose `completed` calls are recorded, so a test can assert "exactly once, within the budget". */

export interface Completion {
  readonly options: unknown;
  readonly at: number;
}

export interface StandInEvent {
  readonly type: string;
  readonly completed: (options?: unknown) => void;
  /** Every call to completed, in order; a correct handler leaves exactly one. */
  readonly completions: Completion[];
  /** Resolves at the first completed call. */
  readonly done: Promise<Completion>;
  readonly [key: string]: unknown;
}

export function createMailboxEvent(
  type: string,
  extras: Record<string, unknown> = {},
  now: () => number = () => Date.now(),
): StandInEvent {
  const completions: Completion[] = [];
  let resolve: (c: Completion) => void = () => undefined;
  const done = new Promise<Completion>((r) => (resolve = r));
  return {
    ...extras,
    type,
    completions,
    done,
    completed(options?: unknown) {
      const c = { options, at: now() };
      completions.push(c);
      if (completions.length === 1) resolve(c);
    },
  };
}
