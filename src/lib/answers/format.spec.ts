import { describe, expect, it } from 'vitest';
import { updateProfile, withTargetGroup } from './format';

describe('updateProfile', () => {
	it('drops choices that do not fit a newly chosen audience', () => {
		const museum = {
			name: 'Museum X',
			audience: 'cultural-organisation' as const,
			type: 'museum',
			role: 'educatie',
			size: 'groot',
			targetGroups: []
		} as const;
		const school = updateProfile({ ...museum, targetGroups: [] }, { audience: 'school' });
		expect(school).toEqual({
			name: 'Museum X',
			audience: 'school',
			size: 'groot',
			targetGroups: []
		});
	});

	it('keeps choices that fit both audiences', () => {
		const profile = updateProfile(
			{ name: 'X', audience: 'school', type: 'anders', role: 'directie', targetGroups: ['po'] },
			{ audience: 'cultural-organisation' }
		);
		expect(profile).toMatchObject({ type: 'anders', role: 'directie', targetGroups: ['po'] });
	});

	it('changes nothing else when the audience stays', () => {
		expect(updateProfile({ name: 'X', targetGroups: [] }, { name: 'Y' })).toEqual({
			name: 'Y',
			targetGroups: []
		});
	});
});

describe('withTargetGroup', () => {
	it.each([
		[['vmbo'], 'po', true, ['po', 'vmbo']],
		[['po', 'vmbo'], 'po', false, ['vmbo']],
		[[], 'buitenschools', true, ['buitenschools']]
	])('from %j, switching %s to %s gives %j in content order', (groups, id, on, expected) => {
		expect(withTargetGroup(groups, id, on)).toEqual(expected);
	});
});
