/**
 * Files dragged anywhere onto the page go to `handle`; other drags (text, links) are left to
 * the browser. For `onMount`: returns the cleanup.
 */
export function onFileDrop(handle: (files: File[]) => void): () => void {
	const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
	const over = (event: DragEvent) => {
		if (hasFiles(event)) event.preventDefault();
	};
	const drop = (event: DragEvent) => {
		if (!hasFiles(event)) return;
		event.preventDefault();
		handle(Array.from(event.dataTransfer?.files ?? []));
	};
	window.addEventListener('dragover', over);
	window.addEventListener('drop', drop);
	return () => {
		window.removeEventListener('dragover', over);
		window.removeEventListener('drop', drop);
	};
}
