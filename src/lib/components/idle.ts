/**
 * Runs work when the browser is idle (or after `timeout` ms at the latest): for prefetching what
 * the next step needs. Safari has no requestIdleCallback; there a timer stands in. Returns a
 * function that cancels it (for onMount's clean-up).
 */
export function whenIdle(work: () => void, timeout = 4000): () => void {
	if (typeof window.requestIdleCallback === 'function') {
		const id = window.requestIdleCallback(work, { timeout });
		return () => window.cancelIdleCallback(id);
	}
	const id = window.setTimeout(work, Math.min(timeout, 2000));
	return () => window.clearTimeout(id);
}
