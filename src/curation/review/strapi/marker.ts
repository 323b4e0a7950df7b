import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks a publish as the review's own approval: the gate lets a publish through
 * in a request only inside this marker (or for a curator, as an approval).
 * Only the approve transition sets it; nothing from outside can.
 */
const approval = new AsyncLocalStorage<true>();

export const withApproval = <T>(fn: () => Promise<T>): Promise<T> => approval.run(true, fn);

export const insideApproval = (): boolean => approval.getStore() === true;
