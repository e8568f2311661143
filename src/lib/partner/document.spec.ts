import { describe, expect, it } from 'vitest';
import { buildReport } from '../engine/report';
import type { Block } from '../report/model/document';
import { loadFixture as fileOf } from '../testing/fixtures';
import { partnerDocument } from './document';
import { buildPartnerReport } from './model';

const date = new Date('2026-11-24T10:00:00Z');

/** The paragraphs of a document, as a reader sees them. */
const texts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('the partner PDF as a document model', () => {
	it('the partner document: both sides side by side, joint advice, every shared question', () => {
		const school = buildReport(fileOf('partner/po-school-start'), 'en');
		const p = buildPartnerReport(
			fileOf('partner/po-school-start'),
			fileOf('partner/muziekschool'),
			'en'
		);
		const doc = partnerDocument(p, date);
		expect(doc.cover.title).toBe('Together with your partner');
		expect(doc.cover.organisation).toBe('Basisschool De Regenboog × Muziekschool Haaglanden');
		expect(doc.cover.rows[1]?.[1]).toContain(
			`Basisschool De Regenboog: ${school.overall.level?.label ?? ''}`
		);
		const radar = doc.blocks.find((b) => b.kind === 'radar');
		expect(radar?.kind === 'radar' && radar.model.axes.map((a) => [a.value, a.before])).toEqual(
			p.areas.map((a) => [a.school, a.partner])
		);
		const advice = doc.blocks.filter((b) => b.kind === 'advice');
		expect(advice.map((b) => b.kind === 'advice' && b.title)).toEqual(p.advice.map((a) => a.title));
		expect(advice[0]?.kind === 'advice' && advice[0].meta).toBe('Arrange together · Do first');
		const questions = doc.blocks.find((b) => b.kind === 'table' && b.head[0] === 'Question');
		expect(questions?.kind === 'table' && questions.rows.length).toBe(p.questions.length);
		const all = texts(doc.blocks);
		expect(
			all.some((t) => t.startsWith('The cultural partner is strong where the school is not yet:'))
		).toBe(true);
	});
});
