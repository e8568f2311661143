import { describe, expect, it } from 'vitest';
import { content, questionCount } from '../../content/index';
import { buildReport } from '../../engine/report';
import { buildTeamReport } from '../../team/model';
import { teamSection } from '../../team/document';
import { reportDocument, type Block } from './document';
import { loadFixture as fileOf } from '../../testing/fixtures';

function report(name: string, locale?: 'nl' | 'en') {
	return buildReport(fileOf(name), locale);
}

const texts = (blocks: Block[]) =>
	blocks.flatMap((b) =>
		b.kind === 'heading' || b.kind === 'paragraph'
			? [b.text]
			: b.kind === 'list'
				? b.items
				: b.kind === 'table'
					? b.rows.flat()
					: b.kind === 'advice'
						? [b.title, b.text, ...b.steps, ...b.why]
						: b.kind === 'topic'
							? [
									b.heading,
									...b.intro.map((p) => p.text),
									...b.advice.flatMap((a) => [a.title, a.text, ...a.steps, ...a.why]),
									...(b.more ? [b.more] : [])
								]
							: b.kind === 'keyValues'
								? b.rows.flat()
								: []
	);

describe('the report document', () => {
	const date = new Date('2026-11-24T10:00:00Z');

	it('lists a source the white paper does not name apart from its sources (issue #27)', () => {
		const doc = reportDocument(report('basisschool'), date);
		const at = doc.blocks.findIndex(
			(b) => b.kind === 'paragraph' && b.text.startsWith('Andere bronnen')
		);
		expect(at).toBeGreaterThan(0);
		const links = (b: Block | undefined) => (b?.kind === 'links' ? b.items.map((i) => i.text) : []);
		expect(links(doc.blocks[at + 1]).join()).toContain('Landelijke afspraak');
		expect(links(doc.blocks[at - 1]).join()).not.toContain('Landelijke afspraak');
		expect(links(doc.blocks[at - 1]).join()).toContain('Whitepaper Digitalisering');
	});

	it('has a cover with organisation, date, role, level and track', () => {
		const doc = reportDocument(report('school-techniek-sterk'), date);
		expect(doc.cover.organisation).toBe('Het Haags Lyceum');
		expect(Object.fromEntries(doc.cover.rows)).toMatchObject({
			Datum: '24 november 2026',
			'Ingevuld door': 'Ict-coördinator',
			Niveau: 'Ontwikkelend (totaalscore 51)',
			'Klaar voor een project?': 'Klaar voor een digitaal project met een culturele partner'
		});
		expect(doc.meta).toMatchObject({
			title: 'Digicheck-rapport: Het Haags Lyceum',
			author: 'Het Haags Lyceum',
			language: 'nl'
		});
	});

	it('has the summary with radar, strengths, top priorities and quick wins, then every area, the plan and the appendices', () => {
		const doc = reportDocument(report('school-techniek-sterk'), date);
		const headings = doc.blocks
			.filter((b) => b.kind === 'heading')
			.map((b) => (b as { text: string }).text);
		expect(headings[0]).toBe('Samenvatting');
		for (const h of [
			'Sterke punten',
			'Eerst aanpakken',
			'Snelle winst (laaghangend fruit)',
			'Advies per onderwerp',
			'Actieplan',
			'Bijlage A: alle antwoorden',
			'Scores per onderwerp',
			'Bijlage B: bronnen en voorbeelden'
		]) {
			expect(headings).toContain(h);
		}
		expect(doc.blocks.filter((b) => b.kind === 'radar')).toHaveLength(1);
		// one block per topic, in order, each with its score
		const topics = doc.blocks.filter((b) => b.kind === 'topic');
		expect(topics.map((b) => b.kind === 'topic' && b.heading.split(' · ')[0])).toEqual(
			content.areas.map((a) => `${a.number}. ${a.title.nl}`)
		);
	});

	it('sets each topic with an action to tackle first (else its first advice), a second only when it is one to tackle first, the rest by title', () => {
		for (const name of ['collectief-start', 'basisschool', 'museum-groot']) {
			const r = report(name);
			const doc = reportDocument(r, date);
			for (const block of doc.blocks) {
				if (block.kind !== 'topic') continue;
				const area = r.areas.find((a) => block.heading.startsWith(`${a.number}. `))!;
				const all = r.advice.filter((a) => a.areas[0] === area.id);
				const shown = block.advice.map((a) => a.title);
				// the summary's "Eerst aanpakken" sends the reader to the topic for its steps
				const top = r.topPriorities
					.map((id) => all.find((a) => a.id === id))
					.find((a) => a !== undefined);
				expect(shown[0]).toBe((top ?? all[0])?.title);
				if (shown[1]) expect(r.topPriorities).toContain(all.find((a) => a.title === shown[1])?.id);
				const rest = all.filter((a) => !shown.includes(a.title));
				if (rest.length > 0)
					expect(block.more).toBe(`Ook bij dit onderwerp: ${rest.map((a) => a.title).join('; ')}.`);
				else expect(block.more).toBeUndefined();
			}
		}
	});

	it('sets the topics shorter, step by step, when asked: one advice, one reason, two steps, no recommendation', () => {
		const r = report('collectief-start');
		const topics = (c: 0 | 1 | 2 | 3) =>
			reportDocument(r, date, { condensed: c }).blocks.flatMap((b) =>
				b.kind === 'topic' ? [b] : []
			);
		expect(topics(0).some((t) => t.advice.length === 2)).toBe(true);
		expect(topics(1).every((t) => t.advice.length <= 1)).toBe(true);
		// one reason, and a short note of how many more
		expect(
			topics(1)
				.flatMap((t) => t.advice)
				.every((a) => a.why.length <= 2)
		).toBe(true);
		expect(
			topics(2)
				.flatMap((t) => t.advice)
				.every((a) => a.steps.length <= 2)
		).toBe(true);
		expect(topics(2).some((t) => t.intro.some((p) => p.text.startsWith('Aanbeveling:')))).toBe(
			true
		);
		expect(topics(3).some((t) => t.intro.some((p) => p.text.startsWith('Aanbeveling:')))).toBe(
			false
		);
	});

	it('lists every answer of the audience in the appendix, in words', () => {
		const doc = reportDocument(report('school-techniek-sterk'), date);
		const all = texts(doc.blocks);
		expect(all).toContain(
			'4: We hebben een lijst met goedgekeurde apps, en bekijken die elk jaar opnieuw.'
		);
		expect(all.filter((t) => /^\d+\.\d+ /.test(t))).toHaveLength(questionCount('school'));
		const special = texts(reportDocument(report('speciaal-onderwijs'), date).blocks);
		expect(special).toContain('Niet van toepassing (n.v.t.)');
		const unsure = texts(reportDocument(report('veel-weet-ik-niet'), date).blocks);
		expect(unsure).toContain('Weet ik niet');
	});

	it('says “onvoldoende beeld” on the cover and in the summary when there is too little to go on', () => {
		const doc = reportDocument(report('veel-weet-ik-niet'), date);
		const cover = Object.fromEntries(doc.cover.rows);
		expect(cover.Niveau).toBe(
			'Onvoldoende beeld: 4 van de 12 onderwerpen hebben een score, minstens 9 nodig'
		);
		expect(cover['Aanbevolen traject']).toBe('Nog geen advies: er ontbreekt een antwoord');
		const all = texts(doc.blocks);
		expect(all.some((t) => t.startsWith('Onvoldoende beeld voor een totaalscore'))).toBe(true);
		expect(all.join(' ')).not.toMatch(/Startend|Ontwikkelend|Gevorderd|Koploper/);
		expect(all).toContain('Nog geen advies: er ontbreekt een antwoord');
		expect(all.join(' ')).not.toContain('Nog geen advies: Nog geen advies');
	});

	it('marks a provisional verdict on the cover (a quick scan’s)', () => {
		const file = fileOf('museum-groot');
		expect(buildReport(file).track.status).toBe('decided');
		const doc = reportDocument(buildReport({ ...file, mode: 'quick' }), date);
		expect(Object.fromEntries(doc.cover.rows)['Aanbevolen traject']).toBe(
			'Starttraject (voorlopig)'
		);
	});

	it('prints the respondent’s notes under their area, and who does each item of the plan', () => {
		const doc = reportDocument(report('maker-alleen'), date);
		const all = texts(doc.blocks);
		expect(all).toContain(
			'Toelichting van de invuller: Ik werk alleen; uren voor digitaal werk komen nu uit mijn vrije tijd.'
		);
		expect(all.some((t) => /\(wie: jijzelf; weinig moeite\)$/.test(t))).toBe(true);
	});

	it('includes the reasons of every advice it sets and the whole checklist, each recommendation with its area', () => {
		const doc = reportDocument(report('collectief-start'), date);
		const advice = doc.blocks.flatMap((b) => (b.kind === 'topic' ? b.advice : []));
		// every advice is there: worked out, or named by title under its topic
		const named = doc.blocks
			.flatMap((b) => (b.kind === 'topic' && b.more ? [b.more] : []))
			.join(' ');
		for (const a of report('collectief-start').advice)
			expect(advice.some((b) => b.title === a.title) || named.includes(a.title)).toBe(true);
		expect(advice.every((a) => a.why.length > 0)).toBe(true);
		const all = texts(doc.blocks);
		for (const area of content.areas)
			expect(all).toContain(`Aanbeveling: ${area.recommendation.nl}`);
	});

	it('is written in the report’s language', () => {
		const doc = reportDocument(report('theater-koploper'), date);
		expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Summary' });
		expect(Object.fromEntries(doc.cover.rows).Date).toBe('24 November 2026');
		expect(doc.meta.language).toBe('en-GB');
	});

	it('shows the targets as a column of the scores table and explains the dashed line', () => {
		const doc = reportDocument(report('museum-groot'), date);
		const table = doc.blocks.find((b) => b.kind === 'table' && b.head.includes('Doel'));
		expect(table?.kind === 'table' && table.rows.find((r) => r[0]?.startsWith('10.'))?.[2]).toBe(
			'75'
		);
		const radar = doc.blocks.find((b) => b.kind === 'radar');
		expect(radar?.kind === 'radar' && radar.caption).toContain('stippellijn');
		const plain = reportDocument(report('basisschool'), date);
		expect(plain.blocks.some((b) => b.kind === 'table' && b.head.includes('Doel'))).toBe(false);
	});

	it('has a "Teamrapport" section with who took part, the team table, divergences and a conversation guide', () => {
		const base = fileOf('basisschool');
		const team = buildTeamReport(
			[
				{
					...base,
					profile: { ...base.profile, role: 'directie' },
					answers: { ...base.answers, vervolg: 4 }
				},
				{
					...base,
					profile: { ...base.profile, role: 'leraar-maker' },
					answers: { ...base.answers, vervolg: 0 }
				}
			],
			'nl'
		);
		const doc = reportDocument(team.report, date, { section: teamSection(team) });
		const all = texts(doc.blocks);
		expect(all).toContain('Teamrapport');
		expect(all).toContain(
			'2 mensen vulden de check in: Directie of bestuur, Docent, leraar of maker.'
		);
		expect(all).toContain('Gespreksleidraad');
		const table = doc.blocks.find((b) => b.kind === 'table' && b.head.includes('Midden'));
		expect(table?.kind === 'table' && table.rows).toHaveLength(12);
		// the band radar: each axis from the lowest to the highest score, around the median
		const radars = doc.blocks.filter((b) => b.kind === 'radar');
		const band = radars.find((b) => b.kind === 'radar' && b.model.axes.some((a) => a.high));
		expect(band?.kind === 'radar' && band.model.axes.map((a) => [a.low, a.value, a.high])).toEqual(
			team.areas.map((a) => [a.lowest, a.median, a.highest])
		);
	});
});
