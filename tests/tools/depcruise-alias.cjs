/** SvelteKit's `$lib` alias, for dependency-cruiser (.dependency-cruiser.cjs) to follow it. */
module.exports = { resolve: { alias: { $lib: `${__dirname}/../../src/lib` } } };
