import { decodeEntities } from '../_kit/html.ts';

/** One recommendation of an OHCHR thematic list, as the list writes it. */
export interface ThematicRecommendation {
  /** The paragraph and item in the Working Group report: "140.7". */
  number: string;
  /** The recommendation as printed, number removed, recommending States kept: "Ratify the Optional Protocol … (Maldives) (Portugal);". */
  text: string;
  /** The States in the closing parentheses, in order, nested parentheses kept: ["Maldives", "Portugal"], ["Venezuela (Bolivarian Republic of)"]. */
  recommendingStates: string[];
  /** Where the position is given, as written: "A/HRC/59/15/Add.1 - Para.3"; null when the list gives none. */
  positionSource: string | null;
  /** "Supported", "Noted"; null when the list gives none. */
  position: string | null;
  /** The UHRI theme labels of its bullets; the heading it stands under when it has none (the heading is always the first bullet). */
  themes: string[];
  /** Its "Groups of Persons". */
  affectedPersons: string[];
  /** Its SDG goals as written: "1 - NO POVERTY". */
  sdgs: string[];
}

export interface ThematicList {
  recommendations: ThematicRecommendation[];
  /** One line per thing that could not be read (how many, the first few raw values); never dropped silently. */
  warnings: string[];
}

/**
 * "140.7 Ratify …", "140 . 7  Ratify", "140.7. Ratify", "140.7" alone on its line (the text on the next); not an SDG
 * target that lost its bullet ("16.2 - Protect children …").
 */
const NUMBER = /^(\d{1,3})\s*\.\s*(\d{1,3})(?![\d.]\d)\s*[.:)]?(?:\s+|$)(?![-–])(.*)$/;
/** "Source of Position: A/HRC/59/15/Add.1 - Para.3", any case and spacing, the position possibly on the same line. */
const SOURCE = /^source\s*of\s*position\s*:?\s*(.*?)\s*(?:\b(supported|noted|not\s+supported)\s*\.?)?$/i;
const POSITION = /^(supported|noted|not\s+supported)\s*\.?$/i;
const THEME_HEADING = /^theme\s*:\s*(.*)$/i;
const GROUPS = /^groups?\s*of\s*persons\s*:?\s*(.*)$/i;
const BULLET = /^[-–—•]\s*(.*)$/;
/** An SDG goal or target: "1 - NO POVERTY", "16.2 - Protect children …", "5- GENDER EQUALITY". */
const SDG = /^\d{1,2}(?:\.[0-9a-z]{1,2})?\s*[-–]\s*\S/i;
/** The table's column titles, printed once before the first recommendation. */
const COLUMN_TITLES =
  /^(recommendation and recommending state|position of the state under review|human rights themes and groups of persons|relevant sdgs)$/i;

const MAX_NAMED = 3;

/** One line: entities decoded, no-break and repeated spaces made one space, trimmed. */
function cleanLine(line: string): string {
  return decodeEntities(line)
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/**
 * The States a recommendation names in its closing parentheses:
 * trailingStates('Ratify … (Maldives) (Portugal);') → ['Maldives', 'Portugal'];
 * trailingStates('… sector (Venezuela (Bolivarian Republic of));') → ['Venezuela (Bolivarian Republic of)'].
 */
export function trailingStates(text: string): string[] {
  const states: string[] = [];
  let end = text.replace(/[\s;.,]+$/, '').length;
  while (end > 0 && text[end - 1] === ')') {
    let depth = 0;
    let start = -1;
    for (let i = end - 1; i >= 0; i -= 1) {
      if (text[i] === ')') depth += 1;
      else if (text[i] === '(' && --depth === 0) {
        start = i;
        break;
      }
    }
    if (start < 0) break;
    states.unshift(
      text
        .slice(start + 1, end - 1)
        .replace(/\s+/g, ' ')
        .trim(),
    );
    end = text.slice(0, start).trimEnd().length;
  }
  return states.filter((s) => s !== '');
}

interface Draft extends Omit<ThematicRecommendation, 'recommendingStates'> {
  heading: string | null;
  section: 'text' | 'themes' | 'persons';
}

/**
 * Reads an OHCHR "Thematic list of recommendations" from its text (the .docx's text, one cell or bullet a line): each
 * recommendation's number and text (over as many lines as it wraps), recommending States, source of position,
 * position, theme labels, groups of persons and SDGs. Case, spacing, entities and line breaks may vary; a part that is
 * missing is null or empty and counted in warnings, as is any line that belongs to no recommendation.
 * readThematicList(slovenia48) → { recommendations: [{ number: '140.7', recommendingStates: ['Maldives', 'Portugal'],
 *   positionSource: 'A/HRC/59/15/Add.1 - Para.3', position: 'Supported', themes: ['Ratification of & accession …', …], … }, …] }
 */
export function readThematicList(raw: string): ThematicList {
  const drafts: Draft[] = [];
  const stray: string[] = [];
  let heading: string | null = null;
  let current: Draft | null = null;

  const addTo = (list: string[], value: string) => {
    if (value !== '') list.push(value);
  };
  for (const line of raw.split(/\r\n|\r|\n/).map(cleanLine)) {
    if (line === '') continue;
    const numbered = line.match(NUMBER);
    const themeHeading = line.match(THEME_HEADING);
    if (numbered) {
      current = {
        number: `${Number(numbered[1])}.${Number(numbered[2])}`,
        text: numbered[3],
        positionSource: null,
        position: null,
        heading,
        themes: [],
        affectedPersons: [],
        sdgs: [],
        section: 'text',
      };
      drafts.push(current);
    } else if (themeHeading) {
      heading = themeHeading[1] || null;
      current = null;
    } else if (!current) {
      if (!COLUMN_TITLES.test(line)) stray.push(line);
    } else if (SOURCE.test(line)) {
      const [, source, position] = line.match(SOURCE)!;
      current.positionSource = source || current.positionSource;
      if (position) current.position = position;
      current.section = 'themes';
    } else if (POSITION.test(line)) {
      current.position = line.replace(/\s*\.$/, '');
      current.section = 'themes';
    } else if (GROUPS.test(line)) {
      current.section = 'persons';
      addTo(current.affectedPersons, line.match(GROUPS)![1].replace(BULLET, '$1'));
    } else if (BULLET.test(line) || SDG.test(line)) {
      const item = line.replace(BULLET, '$1');
      if (SDG.test(item)) addTo(current.sdgs, item.replace(/^(\d{1,2}(?:\.[0-9a-z]{1,2})?)\s*[-–]\s*/i, '$1 - '));
      else if (current.section === 'persons') addTo(current.affectedPersons, item);
      else {
        current.section = current.section === 'text' ? 'themes' : current.section;
        addTo(current.themes, item);
      }
    } else if (current.section === 'text') {
      current.text = `${current.text} ${line}`.trim(); // the recommendation wraps onto the next line
    } else {
      // A bullet wrapped onto the next line: the rest of the last label.
      const list = current.section === 'persons' ? current.affectedPersons : current.themes;
      if (list.length > 0) list[list.length - 1] = `${list[list.length - 1]} ${line}`;
      else stray.push(line);
    }
  }

  const recommendations = drafts.map(({ section: _section, heading: under, ...d }) => ({
    ...d,
    themes: d.themes.length > 0 || under === null ? d.themes : [under],
    recommendingStates: trailingStates(d.text),
  }));
  return { recommendations, warnings: warningsOf(recommendations, stray) };
}

/** "3 recommendations without a position (140.3, 140.9, 140.12, …)" and the like, for what the list did not give. */
function warningsOf(recs: ThematicRecommendation[], stray: string[]): string[] {
  const named = (items: string[]) => `${items.slice(0, MAX_NAMED).join(', ')}${items.length > MAX_NAMED ? ', …' : ''}`;
  const without = (what: string, test: (r: ThematicRecommendation) => boolean) => {
    const missing = recs.filter(test).map((r) => r.number);
    return missing.length > 0 ? [`${missing.length} recommendation(s) without ${what} (${named(missing)})`] : [];
  };
  const seen = new Map<string, number>();
  for (const r of recs) seen.set(r.number, (seen.get(r.number) ?? 0) + 1);
  const repeated = [...seen].filter(([, n]) => n > 1).map(([number]) => number);
  return [
    ...(recs.length === 0 ? ['no numbered recommendation found; nothing read'] : []),
    ...without('text', (r) => r.text === ''),
    ...without('a position', (r) => r.position === null),
    ...without('a source of position', (r) => r.positionSource === null),
    ...without('a recommending State', (r) => r.recommendingStates.length === 0),
    ...(repeated.length > 0 ? [`${repeated.length} number(s) listed more than once, kept once each (${named(repeated)})`] : []),
    ...(stray.length > 0
      ? [`${stray.length} line(s) outside any recommendation, not read (${named(stray.map((s) => JSON.stringify(s.slice(0, 60))))})`]
      : []),
  ];
}
