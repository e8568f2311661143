import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnswersFile } from '../answers/schema';
import { buildReport } from '../engine/report';
import { renderReportPdfInNode } from './node';
import { breakUrl } from './pdf';
import { references } from '../content/references';
import { loadFixture as fixture } from '../testing/fixtures';

// Reads PDFs back as a reader would: poppler's pdftotext/pdfinfo and qpdf (npm test installs them).
const dir = mkdtempSync(join(tmpdir(), 'digicheck-pdf-'));

async function render(file: AnswersFile, name: string): Promise<string> {
	const bytes = await renderReportPdfInNode(buildReport(file), {
		date: new Date('2026-11-24T10:00:00Z')
	});
	const path = join(dir, `${name}.pdf`);
	writeFileSync(path, bytes);
	return path;
}

const text = (path: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
const info = (path: string) =>
	Object.fromEntries(
		execFileSync('pdfinfo', [path], { encoding: 'utf8' })
			.split('\n')
			.filter((l) => l.includes(':'))
			.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])
	);

/**
 * A PDF uncompressed by qpdf, as text, and what its ToUnicode maps glyphs to (UTF-16 in hex):
 * what a reader's copy and search give.
 */
function uncompressed(path: string): { raw: string; mapped: string[] } {
	// streams uncompressed, tokens as jspdf wrote them (--qdf would rewrite hex strings)
	const plain = `${path}-plain.pdf`;
	execFileSync('qpdf', ['--stream-data=uncompress', '--object-streams=disable', path, plain]);
	const raw = readFileSync(plain, 'latin1');
	const mapped = [...raw.matchAll(/<([0-9a-f]{4})><([0-9a-fA-F]{4,})>/g)].map((m) =>
		(m[2] ?? '').toLowerCase()
	);
	return { raw, mapped };
}

describe('the PDF report', () => {
	it('has real, searchable text in a Unicode font: names like Çağdaş and Zoë come out right', async () => {
		const path = await render(fixture('collectief-start'), 'collectief');
		const content = text(path);
		expect(content).toContain('Stichting Çağdaş & Zoë’s Atelier');
		expect(content).toContain('Startend');
		expect(content).toContain('Begin met één klein project, samen met anderen');
		expect(content).toContain('Bijlage A: alle antwoorden');
		expect(content).toContain('Bijlage B: bronnen en voorbeelden');
		expect(content).toMatch(/Pagina 2 van \d+/);
		// embedded, with a Unicode map (so copy and search work)
		const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
		expect(fonts).toMatch(/OpenSans\s+CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/);
		expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
	});

	it('carries title, author, language and page count, on A4', async () => {
		const path = await render(fixture('school-techniek-sterk'), 'school');
		const meta = info(path);
		expect(meta.Title).toBe('Digicheck-rapport: Het Haags Lyceum');
		expect(meta.Author).toBe('Het Haags Lyceum');
		expect(meta.Subject).toContain('Zelfevaluatie');
		expect(meta['Page size']).toContain('595.28 x 841.89');
		expect(Number(meta.Pages)).toBeGreaterThanOrEqual(10);
		expect(readFileSync(path, 'latin1')).toContain('/Lang (nl)');
	});

	it('passes qpdf --check and stays well under 500 KB', async () => {
		const path = await render(fixture('theater-koploper'), 'theater');
		const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
		expect(check.status, check.stdout + check.stderr).toBe(0);
		expect(readFileSync(path).length).toBeLessThan(500 * 1024);
		expect(text(path)).toContain('Leader');
	});

	it('wraps long names and long texts instead of running off the page', async () => {
		const long = fixture('school-techniek-sterk');
		long.profile.name =
			'Stichting voor Kunst, Cultuur en Digitale Educatie in de Regio Haaglanden en Omstreken — afdeling Çağdaş Zoë Ærøskøbing';
		const path = await render(long, 'long');
		const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
		const overflow = [
			...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)
		].filter((m) => Number(m[1]) < 28 || Number(m[2]) > 595.28 - 28);
		expect(overflow.map((m) => m[3])).toEqual([]);
		expect(text(path).replace(/\s+/g, ' ')).toContain('Regio Haaglanden en Omstreken');
	});

	it('says “onvoldoende beeld” on the cover when too little is answered, and no level or track', async () => {
		const path = await render(fixture('veel-weet-ik-niet'), 'unsure');
		const firstPage = execFileSync(
			'pdftotext',
			['-enc', 'UTF-8', '-f', '1', '-l', '1', path, '-'],
			{
				encoding: 'utf8'
			}
		).replace(/\s+/g, ' ');
		expect(firstPage).toContain('Onvoldoende beeld: 4 van de 12 onderwerpen hebben een score');
		expect(firstPage).toContain('Nog geen advies: er ontbreekt een antwoord');
		const all = text(path);
		expect(all).not.toMatch(/Startend|Ontwikkelend|Gevorderd|Koploper/);
		expect(all).toContain('Zoek eerst uit: is er geld voor digitale projecten?');
	});

	it('prints the respondent’s note under its area, and n.v.t. in the appendix', async () => {
		const maker = text(await render(fixture('maker-alleen'), 'maker')).replace(/\s+/g, ' ');
		expect(maker).toContain('Toelichting van de invuller: Ik werk alleen;');
		const special = text(await render(fixture('speciaal-onderwijs'), 'special'));
		expect(special).toContain('Niet van toepassing (n.v.t.)');
	});

	it('prints web addresses as clickable links that break only after a slash', async () => {
		const path = await render(fixture('collectief-start'), 'links');
		const raw = readFileSync(path, 'latin1');
		// lines that end in "/" joined to the next: then every address stands whole on a line
		const joined = text(path).replace(/\/\n/g, '/').split('\n');
		const urls = references.flatMap((r) => r.url ?? []);
		expect(urls.length).toBeGreaterThan(2);
		for (const url of urls) {
			expect(raw).toContain(`/URI (${url})`);
			expect(joined.map((l) => l.trim())).toContain(url);
		}
		// every line that belongs to an address ends with "/" or is the address's last piece
		const measure = (s: string) => s.length <= 40;
		expect(breakUrl('https://example.org/a-long-part/another-part/last', measure)).toEqual([
			'https://example.org/a-long-part/',
			'another-part/last'
		]);
		expect(breakUrl('https://x.nl', measure)).toEqual(['https://x.nl']);
		for (const url of ['https://a.b/c', 'https://e.org/abc/def/ghi?x=1/y']) {
			const lines = breakUrl(url, (s) => s.length <= 8);
			expect(lines.join('')).toBe(url);
			for (const line of lines.slice(0, -1)) expect(line.endsWith('/')).toBe(true);
		}
	});

	it('never leaves a step’s number at the foot of a page without its text, in any fixture', async () => {
		const { fixtureNames } = await import('../testing/arbitraries');
		const alone: string[] = [];
		for (const name of fixtureNames) {
			const path = await render(fixture(name), `steps-${name}`);
			const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
				encoding: 'utf8'
			}).split('\f');
			for (const [i, page] of pages.entries()) {
				const lines = page.split('\n').filter((l) => l.trim() !== '');
				// the last line above the footer
				const last = lines.at(-2)?.trim() ?? '';
				if (/^\d+\.$/.test(last)) alone.push(`${name} page ${i + 1}: "${last}"`);
			}
		}
		expect(alone).toEqual([]);
	});

	describe('names in any script', () => {
		const named = async (name: string, notes?: AnswersFile['notes']) => {
			const file = fixture('maker-alleen');
			const path = await render(
				{ ...file, profile: { ...file.profile, name }, ...(notes ? { notes } : {}) },
				`name-${[...name].length}-${name.codePointAt(0)}`
			);
			const page = (n: number) =>
				execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', `${n}`, '-l', `${n}`, path, '-'], {
					encoding: 'utf8'
				})
					.normalize('NFKC')
					.replace(/[\u202a-\u202e]/g, '');
			return { path, page };
		};
		/** The x of each character of the cover's name line, as poppler places it. */
		const placed = (path: string, letters: string) => {
			const xml = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], {
				encoding: 'utf8'
			});
			return [...letters].map((letter) => {
				const word = [...xml.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].find(
					([, , text]) => text!.normalize('NFKC').includes(letter)
				);
				return Number(word?.[1] ?? NaN);
			});
		};

		/** UTF-16 in hex, as a PDF writes text in ActualText and ToUnicode maps. */
		const hex = (text: string) =>
			[...Array(text.length).keys()]
				.map((i) => text.charCodeAt(i).toString(16).padStart(4, '0'))
				.join('');
		/**
		 * Inside the first ActualText span of a text (where poppler sees only the span): the x of
		 * each glyph drawn, in the content stream, that copies as a letter of `letters`.
		 */
		const drawnInSpan = (path: string, text: string, letters: string) => {
			const { raw } = uncompressed(path);
			const start = raw.toLowerCase().indexOf(`/actualtext <feff${hex(text)}>`);
			const span = raw.slice(start, raw.indexOf('EMC', start));
			const glyphOf = new Map(
				[...raw.matchAll(/<([0-9a-f]{4})><([0-9a-fA-F]{4,})>/g)].map((m) => [
					m[2]!.toLowerCase(),
					m[1]!
				])
			);
			const drawn = [...span.matchAll(/([\d.]+) [\d.]+ Td\s*<([0-9a-f]{4})> Tj/g)];
			return [...letters].map((letter) =>
				Number(drawn.find(([, , glyph]) => glyph === glyphOf.get(hex(letter)))?.[1] ?? NaN)
			);
		};

		it.each([
			['Hebrew', 'בית התרבות חיפה', ['בית', 'חיפה']],
			['Arabic', 'مركز الثقافة', ['مركز', 'الثقافة']]
		])(
			'prints a name in %s right to left, and a reader copies it as typed',
			async (_script, name, [first, last]) => {
				const { path, page } = await named(name);
				const cover = page(1);
				expect(cover).toContain(name);
				expect(cover).not.toContain('Let op');
				// the first word stands right of the last one on the page
				const [firstX, lastX] = placed(path, `${first![0]}${last!.at(-1)}`);
				expect(firstX).toBeGreaterThan(lastX!);
				expect(page(3)).toMatch(/Digicheck ·.*\S.*Pagina 3 van/);
			}
		);

		it.each([
			['Syriac', 'ܐܬܘܪܝܐ ܥܢܫܕܐ', 'ܬܥ', true],
			['Thaana', 'ދިވެހި ރާއްޖެ', 'ދރ', false],
			['N’Ko', 'ߒߞߏ ߞߊ߲', 'ߒߊ', true],
			['Samaritan', 'ࠔࠇࠋࠌࠅ ࠀࠁ', 'ࠔࠁ', true],
			['Adlam', '𞤀𞤣𞤤𞤢𞤥 𞤆𞤵𞤤𞤢𞤪', '𞤣𞤪', true],
			['Hanifi Rohingya', '𐴌𐴟𐴇𐴥𐴝𐴚𐴒𐴙𐴝 𐴀𐴝', '𐴌𐴀', true],
			['Mandaic', 'ࡌࡀࡍࡃࡀࡉࡀ ࡔࡅ', 'ࡌࡔ', true]
		])(
			'prints a name in %s right to left, from the names index',
			async (_s, name, pair, copies) => {
				const { path, page } = await named(name);
				const cover = page(1);
				expect(cover).not.toContain('Let op');
				// each copies as typed (the newer scripts through an ActualText span), except
				// Thaana: poppler puts its vowel marks out of order, but every letter is there
				if (copies) expect(cover).toContain(name);
				for (const char of name.replace(/\s/g, '')) expect(cover).toContain(char);
				// a letter of the first word stands right of one of the last word (as poppler places
				// the glyphs; inside an ActualText span, as the content stream draws them)
				const [firstX, lastX] = name.match(/[\u0700-\u07bf]/u)
					? placed(path, pair)
					: drawnInSpan(path, name, pair);
				expect(firstX).toBeGreaterThan(lastX!);
			}
		);

		it('copies Arabic as its letters, not as the joined forms drawn, lam-alef too', async () => {
			const { path } = await named('مركز الثقافة · مدرسة السلام');
			const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', path, '-'], {
				encoding: 'utf8'
			});
			expect(raw).toContain('مركز الثقافة');
			// "لا" is drawn as one glyph (ﻼ); it copies as its two letters, in order
			expect(raw).toContain('مدرسة السلام');
			expect(raw).not.toMatch(/[\ufb50-\ufdff\ufe70-\ufeff]/);
		});

		it.each([
			['Thai', 'ศูนย์วัฒนธรรม'],
			['Chinese', '文化中心 Den Haag'],
			['Japanese', '文化センター「東京」'],
			['Korean', '문화 센터'],
			['Devanagari', 'संस्कृति केंद्र'],
			// from Debian's Noto packages (Fontsource has none for these)
			['Chakma, Batak and Wancho', '𑄌𑄋𑄴𑄟𑄳𑄦 · ᯅᯖᯂ᯲ · 𞋒𞋀𞋉𞋕'],
			['Pahawh Hmong and Egyptian hieroglyphs', '𖬌𖬣𖬵 · 𓀀𓁐'],
			['mathematical letters', '𝐌𝐮𝐬𝐞𝐮𝐦 𝓩𝓸𝓮 · ℝ'],
			// Noto Serif's, from Fontsource: hentaigana, Khitan, Tangut with its iteration mark, and
			// Egyptian's newer signs
			['hentaigana, Khitan and Tangut', '𛀁𛀂𛄁 · 𘬀𘬁𘬂 · 𗀀𖿠𗀁 · 𓐯𓑁'],
			// Hanazono Mincho's, cut by the tool: rare Han of Extension A, and B to F beyond the
			// Basic Multilingual Plane
			['rare Han characters', '㐀㐁 · 𠀀𡀀 · 𪜀 𫝀 𫠠 𬺰'],
			// GNU Unifont's: scripts newer than the Noto files, old Hangul, a phonetic letter
			['Vithkuqi, Cypro-Minoan, Nag Mundari and old Hangul', '𐕰𐕱𐕲 · 𒾐𒾑 · 𞓐𞓑 · ᄒᆞᆫ · 𐞀']
		])('prints a name in %s with a font for its script', async (_script, name) => {
			const { path, page } = await named(name);
			const cover = page(1);
			// page() gives NFKC: "𝐌" as "M" (the PDF itself holds "𝐌", see below)
			expect(cover.replace(/\s+/g, ' ')).toContain(name.normalize('NFKC'));
			expect(cover).not.toContain('Let op');
			if (name.startsWith('𝐌'))
				expect(uncompressed(path).raw.toLowerCase()).toContain(`/actualtext <feff${hex('𝐌𝐮𝐬𝐞𝐮𝐦')}`);
			expect(page(3)).toMatch(/Digicheck ·.*\S.*Pagina 3 van/);
		});

		it('shapes Devanagari: conjuncts and half forms drawn, "ि" before its consonant, copied as typed', async () => {
			const name = 'हिन्दी क्षत्रिय संस्कृति केंद्र';
			const { path, page } = await named(name, { privacy: 'हमारी गोपनीयता नीति' });
			expect(page(1)).toContain(name);
			expect(page(1)).not.toContain('Let op');
			const all = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
			expect(all).toContain('हमारी गोपनीयता नीति');
			// the file as a reader sees it: the text as typed in an ActualText span, and glyphs
			// mapped to what they show; drawn unshaped, the virama "्" would be a glyph of its own
			const { raw, mapped } = uncompressed(path);
			expect(raw.toLowerCase()).toContain(
				'/actualtext <feff0939093f0928094d0926094000200915094d0937'
			);
			expect(mapped).toContain('0939');
			expect(mapped).toContain('093f');
			expect(mapped).not.toContain('094d');
		});

		it.each([
			['Armenian, Georgian and Ethiopic', 'Հայ թատրոն · ქართული · ሰላም ኣስመራ'],
			['Bengali, Tamil and Gurmukhi', 'বাংলা সংস্কৃতি · தமிழ் மையம் · ਪੰਜਾਬੀ'],
			['Khmer, Lao, Myanmar and Sinhala', 'ខ្មែរ · ລາວ · မြန်မာ · සිංහල'],
			['Gujarati, Oriya, Telugu, Kannada and Malayalam', 'ગુજરાતી ଓଡ଼ିଆ తెలుగు ಕನ್ನಡ മലയാളം'],
			['Tifinagh, Cherokee, Cree and Tibetan', 'ⵜⴰⵎⴰⵣⵖⵜ · ᏣᎳᎩ · ᓀᐦᐃᔭᐍᐏᐣ · བོད་ཀྱི་སྐད'],
			['Ol Chiki, Vai, Javanese and Balinese', 'ᱥᱟᱱᱛᱟᱲᱤ · ꕙꔤ · ꦗꦮ · ᬩᬮᬶ']
		])('prints a name in %s from the names index, shaped, copied as typed', async (_s, name) => {
			const { path, page } = await named(name);
			expect(page(1).replace(/\s+/g, ' ')).toContain(name.normalize('NFKC'));
			expect(page(1)).not.toContain('Let op');
			// shaped runs sit in ActualText spans (a reader copies the text as typed)
			const { raw, mapped } = uncompressed(path);
			const firstWord = name.split(' ')[0]!;
			const hex = [...firstWord].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
			expect(raw.toLowerCase()).toContain(`/actualtext <feff${hex}`);
			// drawn unshaped, the Bengali and Gurmukhi viramas (্, ੍) would be glyphs of their own;
			// shaped, they are inside the conjunct's glyph
			for (const virama of ['09cd', '0a4d']) expect(mapped).not.toContain(virama);
		});

		it.each([
			['Mongolian, Yi, Meetei Mayek and Lisu', 'ᠮᠣᠩᠭᠣᠯ · ꆈꌠꁱꂷ · ꯃꯤꯇꯩ ꯃꯌꯦꯛ · ꓡꓲ-ꓢꓴ'],
			[
				'Osage, Gothic and Deseret, beyond the Basic Multilingual Plane',
				'𐓏𐓘𐓻𐓘𐓻𐓟 · 𐌲𐌿𐍄𐌹𐍃𐌺 · 𐐔𐐯𐑅𐐨𐑉𐐯𐐻'
			],
			['Japanese, with a rare Han character', '𠮷野家 · 𩸽'],
			['Cantonese, with Hong Kong characters', '𨋢 𠀡𠂇']
		])('prints a name in %s, and every glyph copies as what it shows', async (_s, name) => {
			const { path, page } = await named(name);
			expect(page(1).replace(/\s+/g, ' ')).toContain(name);
			expect(page(1)).not.toContain('Let op');
			// by the ToUnicode map too (pdf.js reads that, not ActualText): a ligature such as
			// Mongolian "ᠩᠭ" as its two letters, a letter beyond the plane as its surrogate pair
			const { mapped } = uncompressed(path);
			for (const letter of [...name.replace(/[\s·-]/g, '')].filter((c) => c.length === 2))
				expect(mapped, letter).toContain(hex(letter));
			if (name.startsWith('ᠮ')) expect(mapped).toContain(hex('ᠩᠭ'));
		});

		it('prints notes in Chinese, and the name in the page footer', async () => {
			const notes = {
				privacy: '我们的隐私政策每年检查一次。',
				docenten: '老师们使用平板电脑和投影仪。'
			};
			const { path, page } = await named('上海文化馆', notes);
			expect(page(1)).toContain('上海文化馆');
			expect(page(1)).not.toContain('Let op');
			expect(page(3)).toContain('上海文化馆');
			const all = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
			expect(all.replace(/\s+/g, '')).toContain('我们的隐私政策每年检查一次。');
			expect(all.replace(/\s+/g, '')).toContain('老师们使用平板电脑和投影仪。');
		});

		it.each([
			['Greek', 'Θέατρο Αθηνών'],
			['Cyrillic', 'Театр «Балтийский дом»'],
			['Vietnamese', 'Nhà hát Lớn Hà Nội'],
			['Polish', 'Łódź Kraków Gdańsk'],
			// letters Open Sans lacks, from Noto Sans: Hausa, Akan, a transliteration, Greek
			['Hausa and Akan', 'Ƙungiyar Ɓauchi · Kɔfi Ɛsi Ama'],
			['a transliterated name and polytonic Greek', 'Muḥammad Ṭāhā · Ἀθῆναι'],
			// the ʻokina (U+02BB) of Hawaiian and Uzbek names, and a letter only Debian's whole Noto
			// Sans has (Fontsource's cut leaves it out)
			['Hawaiian and Uzbek', 'Hale Kuʻi Hawaiʻi · Oʻzbekiston · ꭓ']
		])(
			'prints a name in %s, with the full fonts or Noto Sans where Open Sans lacks a letter',
			async (_s, name) => {
				const { page } = await named(name);
				expect(page(1).replace(/\s+/g, ' ')).toContain(name);
				expect(page(1)).not.toContain('Let op');
			}
		);

		it('wraps notes in other scripts inside the margin, by the widths they are drawn with', async () => {
			const notes = {
				privacy:
					'தமிழ்நாட்டின் கலை மற்றும் பண்பாட்டு மையம் குழந்தைகளுக்கான டிஜிட்டல் கல்வித் திட்டங்களை நடத்துகிறது '.repeat(
						4
					),
				docenten: '我们的文化中心为儿童提供数字教育项目，并且每年检查一次隐私政策。'.repeat(6),
				'begin-klein': '𞤀𞤣𞤤𞤢𞤥 𞤆𞤵𞤤𞤢𞤪 𞤣𞤫𞤣𞤮 '.repeat(12) + 'የባህል ማዕከላችን ለልጆች '.repeat(8)
			};
			const { path } = await named('Zoë', notes);
			const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
			// A4 is 210 mm wide, with a margin of 20 mm: the text ends at 190 mm (538.6 pt)
			const right = (190 / 25.4) * 72;
			const words = [
				...xml.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g)
			];
			const scripts = [
				/\p{Script=Tamil}/u,
				/\p{Script=Han}/u,
				/\p{Script=Adlam}/u,
				/\p{Script=Ethiopic}/u
			];
			const inScripts = words.filter(([, , w]) => scripts.some((script) => script.test(w!)));
			for (const script of scripts)
				expect(inScripts.filter(([, , w]) => script.test(w!)).length, `${script}`).toBeGreaterThan(
					0
				);
			for (const [, xMax, word] of inScripts)
				expect(Number(xMax), word).toBeLessThanOrEqual(right + 0.5);
			// and nothing is lost: every note copies whole (the Chinese one, lines joined)
			const all = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
			expect(all.replace(/\s+/g, '')).toContain(notes.docenten.replace(/\s+/g, ''));
		});

		it('makes bold where a font has no bold face: the cover name in Noto Sans and CJK is outlined too', async () => {
			// Tr 2: fill, then stroke in the text's colour (a plain Latin name uses Open Sans Bold)
			const bold = (path: string) => uncompressed(path).raw.match(/^2 Tr$/gm)?.length ?? 0;
			expect(bold((await named('Kɔfi Ɛsi · 上海')).path)).toBeGreaterThanOrEqual(3);
			expect(bold((await named('Atelier Zoë')).path)).toBe(0);
		});

		it.each([
			['emoji', 'Atelier 🎭 Zoë'],
			['Egyptian hieroglyphs of Unicode 16, newer than the fonts', 'Zoë 𓑠𓑡'],
			['a Han character of Extension G, newer than the fonts', 'Zoë 𰀀']
		])('replaces what it cannot show by “?”, and says so on the cover (%s)', async (_s, name) => {
			const { page } = await named(name);
			const cover = page(1).replace(/\s+/g, ' ');
			expect(cover).toContain('?');
			expect(cover).toContain(
				'Sommige tekens in de naam of een toelichting kan deze PDF niet tonen'
			);
			expect(page(3)).toMatch(/Digicheck · \S.* · Pagina 3 van/);
		});

		it('never treats a name as a template, composes combining marks and drops control characters', async () => {
			const { page } = await named('{n} {total} Zoe\u0308');
			expect(page(3)).toContain('Digicheck · {n} {total} Zoë · Pagina 3 van');
			const notes = await named('Atelier', { privacy: 'Zie \u001b[31mons reglement' });
			expect(notes.page(1)).not.toContain('Let op');
		});

		it('keeps the cover on one page for a long unbroken name', async () => {
			const { page } = await named('Cultuur'.repeat(28));
			expect(page(2).trimStart().startsWith('Samenvatting')).toBe(true);
			expect(page(1).replace(/\s+/g, '')).toContain('Cultuur'.repeat(28));
		});
	});
});

describe('the partner PDF ("Samen met je partner")', () => {
	it('names both sides, compares them and prints the joint advice with each side’s answer', async () => {
		const { buildPartnerReport } = await import('../partner/model');
		const { renderDocumentPdfInNode } = await import('./node');
		const { partnerDocument } = await import('../partner/document');
		const partner = buildPartnerReport(
			fixture('partner/vo-school'),
			fixture('partner/filmhuis'),
			'nl'
		);
		const path = join(dir, 'samen.pdf');
		writeFileSync(
			path,
			await renderDocumentPdfInNode(
				partnerDocument(partner, new Date('2026-11-24T10:00:00Z')),
				[partner.school.profile.name, partner.partner.profile.name],
				{ date: new Date('2026-11-24T10:00:00Z') }
			)
		);
		expect(spawnSync('qpdf', ['--check', path]).status).toBe(0);
		const content = text(path).replace(/\s+/g, ' ');
		expect(content).toContain('Samen met je partner');
		expect(content).toContain('Stedelijk College Zuid × Filmhuis De Lantaarn');
		expect(content).toContain('Naast elkaar');
		expect(content).toContain('Controleer samen de apps van het project, vóór de eerste les');
		expect(content).toContain(
			'koos de culturele partner: “We kijken er soms naar, als iemand erom vraagt”'
		);
		expect(content).toContain('Alle vragen naast elkaar');
		expect(content).toMatch(/Pagina 2 van \d+/);
		expect(info(path).Title).toContain('Stedelijk College Zuid × Filmhuis De Lantaarn');
	});
});

describe('the PDF of a quick scan', () => {
	it('says "Snelle scan" on its cover and every page, with the scores as an indication', async () => {
		const { quickQuestionIds } = await import('../content/index');
		const full = fixture('school-techniek-sterk');
		const asked = new Set(quickQuestionIds('school'));
		const quick: AnswersFile = {
			...full,
			mode: 'quick',
			answers: Object.fromEntries(Object.entries(full.answers).filter(([id]) => asked.has(id)))
		};
		const path = await render(quick, 'snelle-scan');
		const pages = text(path)
			.split('\f')
			.filter((p) => p.trim() !== '');
		expect(pages[0]).toContain('Digicheck · Snelle scan');
		for (const page of pages.slice(1))
			expect(page).toMatch(/Digicheck · Snelle scan · Het Haags Lyceum/);
		const all = pages.join(' ').replace(/\s+/g, ' ');
		expect(all).toContain('(voorlopig)');
		expect(all).toContain('Score (indicatie)');
		expect(all).toContain('Snelle scan: elke score komt uit één antwoord en is een indicatie');
		// the appendix lists the twelve questions asked, not forty unanswered ones
		expect(all).not.toContain('Niet beantwoord');
		// a quick scan's PDF is short
		expect(Number(info(path).Pages)).toBeLessThan(Number(info(await render(full, 'vol')).Pages));
	});
});
