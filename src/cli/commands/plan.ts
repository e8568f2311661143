/**
 * `digicheck plan <answers.json> [--json | -o <plan.pdf> | --ics <plan.ics>]`: the project plan
 * in the file (made on the Projectplan page), or else drafted from the answers, in the file's
 * language: the five steps from next Monday, each with the activity the answers suggest, own
 * hours and costs, and the evaluation.
 */
import { planTexts } from '../../lib/plan/content';
import { formatEuros, type ProjectPlan, type PlanTotals } from '../../lib/plan/model';
import { documentPdf, emit } from '../emit';
import { loadAnswers, splitArgs } from '../inputs';
import { overwritesInput, writeOutput, type Io } from '../io';
import { usage } from '../usage';

export async function planCommand(
	rest: string[],
	io: Io,
	today: Date = new Date()
): Promise<number> {
	const at = rest.indexOf('--ics');
	const icsPath = at >= 0 ? rest[at + 1] : undefined;
	if (at >= 0 && !icsPath) {
		io.err(`digicheck: give the calendar file after --ics.\n\n${usage}`);
		return 2;
	}
	const args = splitArgs(rest.filter((_, i) => at < 0 || (i !== at && i !== at + 1)));
	if (args.outputMissing) {
		io.err(`digicheck: give the output file after -o.\n\n${usage}`);
		return 2;
	}
	if (args.inputs.length !== 1) {
		io.err(`digicheck: give one answers file.\n\n${usage}`);
		return 2;
	}
	if (
		(await overwritesInput(args.inputs, args.output)) ||
		(await overwritesInput(args.inputs, icsPath))
	) {
		io.err('digicheck: the output file is the answers file itself; choose another name.\n');
		return 2;
	}
	const opened = await loadAnswers(args.inputs[0], io);
	if (!opened) return 2;
	const [{ draftPlan, fromStored, planTotals }, { planCalendar }] = await Promise.all([
		import('../../lib/plan/model'),
		import('../../lib/plan/ics')
	]);
	const stored = opened.file.plan;
	const plan = stored ? fromStored(stored, opened.file) : draftPlan(opened.file, today);
	const totals = planTotals(plan, opened.file.profile.budget);
	if (icsPath)
		return writeOutput(icsPath, new TextEncoder().encode(planCalendar(plan)), io, args.inputs);
	return emit(io, args, {
		pdf: async () => {
			const { planDocument } = await import('../../lib/plan/document');
			const name = opened.file.profile.name;
			return documentPdf(() => planDocument(plan, totals, name), [name], 'single', [opened]);
		},
		json: () => ({ plan, totals }),
		text: () => planText(plan, totals, opened.file.profile.name)
	});
}

/** The plan in a few lines: each step with its dates, hours and activity, then the totals. */
function planText(plan: ProjectPlan, totals: PlanTotals, name: string): string {
	const t = (key: 'title' | 'total' | 'hoursUnit') => planTexts[key][plan.locale];
	let text = `${t('title')}: ${name || '–'}\n\n`;
	for (const [i, p] of plan.phases.entries())
		text += `${i + 1}. ${p.title} (${p.start} – ${p.end}, ${p.hours} ${t('hoursUnit')})\n   ${p.activity}\n   ${p.test}\n`;
	text += `\n${t('total')}: ${totals.hours} ${t('hoursUnit')}, € ${formatEuros(totals.costs, plan.locale)}\n`;
	for (const warning of totals.warnings) text += `${warning}\n`;
	text += `\n${plan.evaluation.measure}\n`;
	return text;
}
