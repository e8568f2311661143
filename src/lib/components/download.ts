/** Offers text or bytes as a file download, without any request to a server. */
export function downloadFile(name: string, data: string | Uint8Array | Blob, type: string): void {
	const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name from an organisation name, what the file is and a date:
 * `digicheck-<name>-<what>-<yyyy-mm-dd>.<ext>` (`what`, e.g. "snelle-scan", may be left out).
 */
export function fileNameFor(
	organisation: string,
	date: Date,
	extension: string,
	what?: string
): string {
	const slug = (text: string) =>
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/ı/g, 'i')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60);
	return (
		['digicheck', slug(organisation), what && slug(what), date.toISOString().slice(0, 10)]
			.filter(Boolean)
			.join('-') + `.${extension}`
	);
}
