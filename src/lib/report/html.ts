/**
 * The report as one self-contained web page: the same document model as the PDF, written as
 * semantic HTML with inline CSS and the radar as inline SVG, without scripts or outside files.
 * jspdf cannot make a tagged PDF; this file is the accessible twin that a screen reader and a
 * coordinator's document system can both read.
 */
import { radarPoint, type RadarModel } from '../chart/radar-model';
import {
	reportDocument,
	type AdviceBlock,
	type Block,
	type DocumentSection,
	type ReportDocument
} from './model/document';
import type { Report } from '../engine/report';
import { wholeScore } from '../engine/format';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Text with its web addresses as links (https only; the rest stays text). */
function linked(text: string): string {
	return text
		.split(/(https:\/\/[^\s)]+)/)
		.map((part, i) =>
			i % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)
		)
		.join('');
}

/** The radar as SVG, with a text alternative; the table of scores follows it in the document. */
function radarSvg(model: RadarModel, caption: string): string {
	const size = 420;
	const cx = size / 2;
	const cy = size / 2;
	const r = 140;
	const n = model.axes.length;
	const point = (i: number, v: number) => radarPoint(i, n, v, model.max, cx, cy, r);
	const parts: string[] = [];
	for (const tick of model.ticks) {
		const ring = model.axes.map((_, i) => point(i, tick));
		parts.push(
			`<polygon points="${ring.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}" fill="none" stroke="#b9c2d0" stroke-width="1"/>`
		);
	}
	model.axes.forEach((_, i) => {
		const p = point(i, model.max);
		parts.push(
			`<line x1="${cx}" y1="${cy}" x2="${p.x.toFixed(1)}" y2="${p.y.toFixed(1)}" stroke="#b9c2d0" stroke-width="1"/>`
		);
	});
	const pts = model.axes.map((a, i) => (a.value === null ? null : point(i, a.value)));
	if (pts.every((p) => p !== null)) {
		parts.push(
			`<polygon points="${pts.map((p) => `${p!.x.toFixed(1)},${p!.y.toFixed(1)}`).join(' ')}" fill="rgba(29,78,137,0.2)" stroke="#1d4e89" stroke-width="2"/>`
		);
	} else {
		// a topic without a score is a break in the line, never a point at zero
		pts.forEach((p, i) => {
			const q = pts[(i + 1) % n];
			if (p && q)
				parts.push(
					`<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="#1d4e89" stroke-width="2"/>`
				);
		});
	}
	for (const p of pts)
		if (p)
			parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="3.5" fill="#1d4e89"/>`);
	// the respondent's targets: a dashed line, no fill
	const targets = model.axes.map((a, i) => (a.target === null ? null : point(i, a.target)));
	targets.forEach((p, i) => {
		const q = targets[(i + 1) % n];
		if (p && q)
			parts.push(
				`<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="#b3471b" stroke-width="2" stroke-dasharray="6 4"/>`
			);
	});
	model.axes.forEach((axis, i) => {
		const p = point(i, model.max + 14);
		const anchor = Math.abs(p.x - cx) < 4 ? 'middle' : p.x > cx ? 'start' : 'end';
		const value = axis.value === null ? '–' : String(wholeScore(axis.value));
		parts.push(
			`<text x="${p.x.toFixed(1)}" y="${(p.y + 4).toFixed(1)}" text-anchor="${anchor}" font-size="12" fill="${axis.value === null ? '#4a5363' : '#1b1f27'}">${escapeHtml(axis.label.split('. ')[0] ?? '')} (${value})</text>`
		);
	});
	const description = model.axes
		.map((a) => `${a.label}: ${a.value === null ? '–' : wholeScore(a.value)}`)
		.join('; ');
	return `<figure><svg role="img" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" aria-labelledby="radar-caption"><title>${escapeHtml(description)}</title>${parts.join('')}</svg><figcaption id="radar-caption">${escapeHtml(caption)}</figcaption></figure>`;
}

/** One piece of advice as HTML. */
function adviceHtml(block: AdviceBlock): string {
	return `<article class="advice"><h4>${escapeHtml(block.title)}</h4><p class="meta">${escapeHtml(block.meta)}</p><p>${escapeHtml(block.text)}</p><p class="label">${escapeHtml(block.stepsLabel)}</p><ol>${block.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol><p class="label">${escapeHtml(block.whyLabel)}</p><ul>${block.why.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>${block.references ? `<p class="muted">${escapeHtml(block.references)}</p>` : ''}</article>`;
}

/** One block of the document model as HTML. */
function blockHtml(block: Block): string {
	switch (block.kind) {
		case 'heading': {
			// the cover is the h1; the document's own levels shift one down
			const level = Math.min(6, block.level + 1);
			return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
		}
		case 'paragraph':
			return `<p class="${block.style ?? 'normal'}">${linked(block.text)}</p>`;
		case 'list': {
			const tag = block.ordered ? 'ol' : 'ul';
			return `<${tag}>${block.items.map((item) => `<li>${linked(item)}</li>`).join('')}</${tag}>`;
		}
		case 'links':
			return `<ul>${block.items.map((item) => `<li>${escapeHtml(item.text)}${item.url ? ` <a href="${escapeHtml(item.url)}">${escapeHtml(item.url)}</a>` : ''}</li>`).join('')}</ul>`;
		case 'keyValues':
			return `<dl>${block.rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
		case 'table': {
			const head =
				block.head.length > 0
					? `<thead><tr>${block.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`
					: '';
			const rows = block.rows
				.map(
					(row) =>
						`<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`
				)
				.join('');
			return `<table>${head}<tbody>${rows}</tbody></table>`;
		}
		case 'radar':
			return radarSvg(block.model, block.caption);
		case 'advice':
			return adviceHtml(block);
		case 'topic':
			return `<h3>${escapeHtml(block.heading)}</h3>${block.intro.map((p) => `<p class="${p.style}">${linked(p.text)}</p>`).join('')}${block.advice.map(adviceHtml).join('')}${block.more ? `<p class="muted">${escapeHtml(block.more)}</p>` : ''}`;
		case 'pageBreak':
			return '';
	}
}

/** The stylesheet, written into the page (its hash is in the page's security policy). */
export const css = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Open Sans",sans-serif;color:#1b1f27;background:#fff;line-height:1.55;margin:0}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
header.cover{background:#1d4e89;color:#fff;padding:1.5rem 1rem}
header.cover div{max-width:46rem;margin:0 auto}
header.cover p{margin:.25rem 0}
h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.5rem;margin:2.5rem 0 .75rem;color:#1d4e89;border-top:2px solid #1d4e89;padding-top:1rem}
h3{font-size:1.2rem;margin:1.75rem 0 .5rem}
h4{font-size:1.05rem;margin:0 0 .25rem}
dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.25rem 1rem}
dt{font-weight:700}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.75rem 0}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #d5dbe5}
thead th{border-bottom:2px solid #1d4e89}
tbody th{font-weight:400}
.advice{border-left:5px solid #1d4e89;padding:.25rem 0 .25rem 1rem;margin:1.25rem 0}
.meta,.muted{color:#4a5363;font-size:.95rem}
.label,.bold{font-weight:700}
.italic{font-style:italic}
.lead{font-size:1.15rem;font-weight:700}
figure{margin:1rem 0}svg{max-width:100%;height:auto}figcaption{color:#4a5363;font-style:italic}
a{color:#1d4e89}
@media print{h2{break-before:page}.advice{break-inside:avoid}}
`;

/**
 * The hash of the stylesheet, for the page's own security policy (a test recomputes it: edit
 * the CSS and the test names the new value).
 */
export const cssHash = 'sha256-y3E/gnrf17QzJQ/orMAm7iw1ekOPn0Q0ku3hSDrbxWU=';

/**
 * The page's security policy, a second line of defence for a file opened from disk: no scripts
 * at all, no requests, the stylesheet only by its hash, images only as data.
 */
export const htmlPolicy = `default-src 'none'; style-src '${cssHash}'; img-src data:; base-uri 'none'; form-action 'none'`;

/** The report as a complete, self-contained HTML document. */
export function reportHtml(
	report: Report,
	date: Date = new Date(),
	section?: DocumentSection
): string {
	return documentHtml(reportDocument(report, date, { section }));
}

/** Writes a document model as HTML. */
export function documentHtml(doc: ReportDocument): string {
	const cover = `<header class="cover"><div><p>${escapeHtml(doc.cover.kicker)} · ${escapeHtml(doc.cover.subtitle)}</p><p>${escapeHtml(doc.cover.title)}</p><h1>${escapeHtml(doc.cover.organisation)}</h1></div></header>`;
	const facts = `<dl>${doc.cover.rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl><p class="muted">${escapeHtml(doc.cover.note)}</p>`;
	const body = doc.blocks.map((b) => blockHtml(b)).join('\n');
	return `<!doctype html>
<html lang="${doc.meta.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${htmlPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${escapeHtml(doc.meta.author)}">
<meta name="description" content="${escapeHtml(doc.meta.subject)}">
<title>${escapeHtml(doc.meta.title)}</title>
<style>${css}</style>
</head>
<body>
${cover}
<main>
${facts}
${body}
</main>
</body>
</html>
`;
}
