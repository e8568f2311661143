/**
 * `digicheck partner <school> <organisation> [--json | -o <file.pdf>]`: a school and its
 * cultural partner side by side. The PDF is in the school's language; the JSON and the text
 * summary are in English.
 */
import { printable } from '../../lib/answers/schema';
import type { PartnerReport } from '../../lib/partner/model';
import { documentPdf, emit } from '../emit';
import { loadInputs, type Input } from '../inputs';
import type { Io } from '../io';

export async function partnerCommand(rest: string[], io: Io): Promise<number> {
	const loaded = await loadInputs(rest, io, {
		min: 2,
		max: 2,
		need: 'give two answers files: the school’s and the cultural organisation’s.'
	});
	if (typeof loaded === 'number') return loaded;
	const { files } = loaded;
	const { buildPartnerReport, pairFiles } = await import('../../lib/partner/model');
	const pair = pairFiles(files.map((f) => f.file));
	if (!pair) {
		io.err(
			`digicheck: one file must be a school’s and the other a cultural organisation’s (profile.audience); these are ${files.map((f) => f.file.profile.audience).join(' and ')}.\n`
		);
		return 2;
	}
	// the school first, then its partner: as the PDF carries them
	const inputOf = (file: (typeof pair)['school']) => files.find((f) => f.file === file) as Input;
	const inEnglish = () => buildPartnerReport(pair.school, pair.partner, 'en');
	return emit(io, loaded, {
		pdf: async () => {
			const { partnerDocument } = await import('../../lib/partner/document');
			const report = buildPartnerReport(pair.school, pair.partner, pair.school.locale);
			return documentPdf(
				(attachments) => partnerDocument(report, new Date(), attachments),
				[pair.school.profile.name, pair.partner.profile.name],
				'partner',
				[inputOf(pair.school), inputOf(pair.partner)]
			);
		},
		json: () => {
			const { areas, questions, apart, brings, advice } = inEnglish();
			const [school, partner] = [pair.school.profile.name, pair.partner.profile.name];
			return { school, partner, areas, questions, apart, brings, advice };
		},
		text: () => partnerText(inEnglish())
	});
}

/** Both names, each topic's two scores, the joint advice and what they see differently. */
function partnerText(partner: PartnerReport): string {
	const name = (report: PartnerReport['school']) => printable(report.profile.name || '–', 80);
	let text = `School: ${name(partner.school)} · Cultural partner: ${name(partner.partner)}\n\n`;
	text += `${''.padEnd(62)} school partner\n`;
	for (const area of partner.areas)
		text += `${String(area.number).padStart(2)}. ${area.title.padEnd(58)} ${String(area.school ?? '–').padStart(6)} ${String(area.partner ?? '–').padStart(7)}\n`;
	if (partner.advice.length > 0) {
		text += '\nJoint advice:\n';
		for (const a of partner.advice) text += `  - ${a.title}\n`;
	}
	if (partner.apart.length > 0) {
		text += '\nSeen differently (discuss these first):\n';
		for (const q of partner.apart)
			text += `  ${q.area}. ${q.statement.school} (school ${q.school}, partner ${q.partner})\n`;
	}
	return text;
}
