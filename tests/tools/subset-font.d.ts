/** Types for `subset-font` (it ships none): the one call `npm run fonts` makes. */
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' }
	): Promise<Uint8Array>;
}
