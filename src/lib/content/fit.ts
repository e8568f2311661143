/**
 * Which profile fields and choices an audience sees: pure functions over any list of them (the
 * full content, or the outline and the page data that pages load instead), without data.
 */
import type { Audience } from './ids';

type ForSome = { audiences?: readonly Audience[] };

/** The fields asked of an audience (those for everyone while none is chosen). */
export function fieldsOf<F extends ForSome>(
	fields: readonly F[],
	audience: Audience | undefined
): F[] {
	return fields.filter((f) => !f.audiences || (audience && f.audiences.includes(audience)));
}

/** The choices of a field that fit an audience (all of them while none is chosen). */
export function optionsOf<O extends ForSome>(
	field: { options: readonly O[] },
	audience: Audience | undefined
): O[] {
	return field.options.filter((o) => !o.audiences || !audience || o.audiences.includes(audience));
}
