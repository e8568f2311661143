// Types SvelteKit and Svelte leave open for the app to fill in.
declare module 'svelte/elements' {
	export interface HTMLLinkAttributes {
		/** Render-blocking (`<link rel="expect" blocking="render">`): not yet in Svelte's types. */
		blocking?: 'render' | null;
	}
}

export {};
