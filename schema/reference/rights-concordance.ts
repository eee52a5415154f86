/**
 * The concordance of the conventions' articles: which article of each instrument protects the same right, so that
 * "ICCPR 7" and "ECHR 3" are one right for the same-matter check. Reviewable reference data: each row names the right,
 * the UHRI theme it falls under, and for each instrument the articles with their headings as the treaty text words
 * them (or, where an article has no heading, what it provides). Article references are written as the treaties number
 * them: `2(3)` a paragraph, `5(d)(viii)` a sub-paragraph, `P1-1` Article 1 of Protocol No. 1 to the ECHR.
 *
 * Instruments: ICCPR (International Covenant on Civil and Political Rights, 1966), CAT (Convention against Torture,
 * 1984), CERD (International Convention on the Elimination of All Forms of Racial Discrimination, 1965), CEDAW
 * (Convention on the Elimination of All Forms of Discrimination against Women, 1979), CRC (Convention on the Rights of
 * the Child, 1989), CRPD (Convention on the Rights of Persons with Disabilities, 2006), ECHR (European Convention on
 * Human Rights, 1950, and its Protocols), ACHR (American Convention on Human Rights, 1969), ACHPR (African Charter on
 * Human and Peoples' Rights, 1981).
 */
export type Instrument = 'ICCPR' | 'CAT' | 'CERD' | 'CEDAW' | 'CRC' | 'CRPD' | 'ECHR' | 'ACHR' | 'ACHPR';

export const INSTRUMENTS: readonly Instrument[] = ['ICCPR', 'CAT', 'CERD', 'CEDAW', 'CRC', 'CRPD', 'ECHR', 'ACHR', 'ACHPR'];

/** One article as the concordance cites it: its number and its heading or content. */
export interface CitedArticle {
  article: string;
  cites: string;
}

export interface ConcordanceRow {
  /** Stable id of the right, e.g. 'torture'. */
  right: string;
  label: string;
  /** The UHRI level-2 theme the right falls under (schema/reference/themes.ts). */
  theme: string;
  articles: Partial<Record<Instrument, readonly CitedArticle[]>>;
}

const a = (article: string, cites: string): CitedArticle => ({ article, cites });

export const RIGHTS_CONCORDANCE: readonly ConcordanceRow[] = [
  {
    right: 'life',
    label: 'Right to life',
    theme: 'D2',
    articles: {
      ICCPR: [a('6', 'Every human being has the inherent right to life')],
      CRC: [a('6', 'Every child has the inherent right to life; survival and development')],
      CRPD: [a('10', 'Right to life')],
      ECHR: [
        a('2', 'Right to life'),
        a('P6-1', 'Abolition of the death penalty'),
        a('P13-1', 'Abolition of the death penalty in all circumstances'),
      ],
      ACHR: [a('4', 'Right to Life')],
      ACHPR: [a('4', 'Human beings are inviolable; respect for life and the integrity of the person')],
    },
  },
  {
    right: 'torture',
    label: 'Prohibition of torture and cruel, inhuman or degrading treatment; humane treatment in detention',
    theme: 'D2',
    articles: {
      ICCPR: [
        a('7', 'No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment'),
        a('10', 'Persons deprived of their liberty shall be treated with humanity'),
      ],
      CAT: [
        a('1', 'Definition of torture'),
        a('2', 'Effective measures to prevent acts of torture'),
        a('16', 'Other acts of cruel, inhuman or degrading treatment or punishment'),
      ],
      CRC: [a('37(a)', 'No child shall be subjected to torture or other cruel, inhuman or degrading treatment')],
      CRPD: [a('15', 'Freedom from torture or cruel, inhuman or degrading treatment or punishment')],
      ECHR: [a('3', 'Prohibition of torture')],
      ACHR: [a('5', 'Right to Humane Treatment')],
      ACHPR: [
        a(
          '5',
          'Respect of the dignity inherent in a human being; prohibition of torture, cruel, inhuman or degrading punishment and treatment',
        ),
      ],
    },
  },
  {
    right: 'liberty',
    label: 'Right to liberty and security of person',
    theme: 'D3',
    articles: {
      ICCPR: [a('9', 'Right to liberty and security of person; no arbitrary arrest or detention')],
      CRC: [a('37(b)', 'No child shall be deprived of his or her liberty unlawfully or arbitrarily')],
      CRPD: [a('14', 'Liberty and security of the person')],
      ECHR: [a('5', 'Right to liberty and security')],
      ACHR: [a('7', 'Right to Personal Liberty')],
      ACHPR: [a('6', 'Right to liberty and to the security of his person')],
    },
  },
  {
    right: 'fair-trial',
    label: 'Right to a fair trial',
    theme: 'D5',
    articles: {
      ICCPR: [a('14', 'Equality before courts and tribunals; fair and public hearing')],
      CRC: [a('40', 'Child alleged as, accused of, or recognized as having infringed the penal law')],
      CRPD: [a('13', 'Access to justice')],
      ECHR: [
        a('6', 'Right to a fair trial'),
        a('P7-2', 'Right of appeal in criminal matters'),
        a('P7-4', 'Right not to be tried or punished twice'),
      ],
      ACHR: [a('8', 'Right to a Fair Trial')],
      ACHPR: [a('7', 'Right to have his cause heard')],
    },
  },
  {
    right: 'privacy-family',
    label: 'Right to privacy and family life',
    theme: 'D8',
    articles: {
      ICCPR: [
        a('17', 'No arbitrary or unlawful interference with privacy, family, home or correspondence'),
        a('23', 'Protection of the family'),
      ],
      CEDAW: [a('16', 'Equality in all matters relating to marriage and family relations')],
      CRC: [a('16', "No arbitrary or unlawful interference with the child's privacy, family, home or correspondence")],
      CRPD: [a('22', 'Respect for privacy'), a('23', 'Respect for home and the family')],
      ECHR: [a('8', 'Right to respect for private and family life')],
      ACHR: [a('11', 'Right to Privacy'), a('17', 'Rights of the Family')],
      ACHPR: [a('18', 'The family shall be the natural unit and basis of society')],
    },
  },
  {
    right: 'expression',
    label: 'Freedom of expression',
    theme: 'D4',
    articles: {
      ICCPR: [a('19', 'Right to hold opinions without interference; freedom of expression')],
      CERD: [a('5(d)(viii)', 'The right to freedom of opinion and expression')],
      CRC: [a('13', 'The child shall have the right to freedom of expression')],
      CRPD: [a('21', 'Freedom of expression and opinion, and access to information')],
      ECHR: [a('10', 'Freedom of expression')],
      ACHR: [a('13', 'Freedom of Thought and Expression')],
      ACHPR: [a('9', 'Right to receive information; right to express and disseminate his opinions')],
    },
  },
  {
    right: 'assembly-association',
    label: 'Freedom of peaceful assembly and of association',
    theme: 'D4',
    articles: {
      ICCPR: [a('21', 'The right of peaceful assembly'), a('22', 'Freedom of association with others')],
      CERD: [a('5(d)(ix)', 'The right to freedom of peaceful assembly and association')],
      CRC: [a('15', 'Freedom of association and freedom of peaceful assembly')],
      ECHR: [a('11', 'Freedom of assembly and association')],
      ACHR: [a('15', 'Right of Assembly'), a('16', 'Freedom of Association')],
      ACHPR: [a('10', 'Right to free association'), a('11', 'Right to assemble freely with others')],
    },
  },
  {
    right: 'non-discrimination',
    label: 'Equality and non-discrimination',
    theme: 'B3',
    articles: {
      ICCPR: [
        a('2(1)', 'Rights ensured without distinction of any kind'),
        a('3', 'Equal right of men and women'),
        a('26', 'Equality before the law and equal protection of the law without discrimination'),
      ],
      CERD: [
        a('1', 'Definition of racial discrimination'),
        a('2', 'Condemnation of racial discrimination; policy of eliminating it'),
        a('5', 'Equality before the law in the enjoyment of rights, without distinction as to race'),
      ],
      CEDAW: [a('1', 'Definition of discrimination against women'), a('2', 'Policy of eliminating discrimination against women')],
      CRC: [a('2', 'Rights ensured without discrimination of any kind')],
      CRPD: [a('5', 'Equality and non-discrimination')],
      ECHR: [a('14', 'Prohibition of discrimination'), a('P12-1', 'General prohibition of discrimination')],
      ACHR: [a('1(1)', 'Obligation to respect rights without any discrimination'), a('24', 'Right to Equal Protection')],
      ACHPR: [
        a('2', 'Enjoyment of the rights without distinction of any kind'),
        a('3', 'Equality before the law; equal protection of the law'),
      ],
    },
  },
  {
    // The ICCPR protects no right to property.
    right: 'property',
    label: 'Right to property',
    theme: 'E6',
    articles: {
      CERD: [a('5(d)(v)', 'The right to own property alone as well as in association with others')],
      CEDAW: [a('16(1)(h)', 'The same rights for both spouses in respect of the ownership of property')],
      CRPD: [a('12(5)', 'Equal right of persons with disabilities to own or inherit property')],
      ECHR: [a('P1-1', 'Protection of property')],
      ACHR: [a('21', 'Right to Property')],
      ACHPR: [a('14', 'The right to property shall be guaranteed')],
    },
  },
  {
    right: 'remedy',
    label: 'Right to an effective remedy',
    theme: 'B5',
    articles: {
      ICCPR: [a('2(3)', 'An effective remedy for any person whose rights or freedoms are violated')],
      CAT: [
        a('13', 'Right to complain to, and have the case examined by, competent authorities'),
        a('14', 'Redress and compensation for victims of torture'),
      ],
      CERD: [a('6', 'Effective protection and remedies against acts of racial discrimination')],
      CEDAW: [a('2(c)', 'Effective protection of women against discrimination through national tribunals')],
      ECHR: [a('13', 'Right to an effective remedy')],
      ACHR: [a('25', 'Right to Judicial Protection')],
      ACHPR: [a('7(1)(a)', 'The right to an appeal to competent national organs against acts violating his fundamental rights')],
    },
  },
];

/** An article reference reduced to its parts: '2(3)' → ['2', '3']; '6-1' (HUDOC's 6 § 1) → ['6', '1']; 'P1-1' → ['P1', '1']. */
function articleParts(article: string, instrument: Instrument): string[] {
  const compact = article
    .trim()
    .toLowerCase()
    .replace(/^art(icle)?\.?\s*/, '')
    .replace(/\s+/g, '');
  // Only the ECHR numbers protocols; HUDOC writes paragraphs with hyphens (6-1), the others with brackets (2(3)).
  const protocol = instrument === 'ECHR' ? /^p(\d+)-(\d+)(.*)$/.exec(compact) : null;
  if (protocol) return [`p${protocol[1]}`, protocol[2], ...partsOf(protocol[3])];
  return partsOf(compact);
}

function partsOf(text: string): string[] {
  return text.split(/[()\-.§,]+/).filter(Boolean);
}

/** Whether two references name the same provision, one possibly finer: '6' and '6-1' do; '2(3)' and '2(1)' do not. */
function sameProvision(x: string[], y: string[]): boolean {
  const n = Math.min(x.length, y.length);
  return n > 0 && x.slice(0, n).every((part, i) => part === y[i]);
}

/** One right a reference falls under, with the concordance's article it matched. */
export interface RightOfArticle {
  row: ConcordanceRow;
  cited: CitedArticle;
}

/**
 * The rights an instrument's article protects: rightsOfArticle('ECHR', '3') → [torture (ECHR 3)];
 * rightsOfArticle('ECHR', '6-1') → [fair-trial]; rightsOfArticle('ICCPR', '2') → [non-discrimination 2(1), remedy 2(3)].
 */
export function rightsOfArticle(instrument: Instrument, article: string): RightOfArticle[] {
  const parts = articleParts(article, instrument);
  return RIGHTS_CONCORDANCE.flatMap((row) =>
    (row.articles[instrument] ?? [])
      .filter((cited) => sameProvision(parts, articleParts(cited.article, instrument)))
      .map((cited) => ({ row, cited })),
  );
}

/** 'ICCPR 7', 'ECHR P1-1', 'ACHPR 7(1)(a)', 'cat art. 16' → { instrument, article }; undefined when not of that form. */
export function parseRightReference(reference: string): { instrument: Instrument; article: string } | undefined {
  const match = /^\s*([a-z]+)\s+(?:art(?:icle)?\.?\s*)?(p?\d{1,3}[0-9a-z()\-.]*)\s*$/i.exec(reference);
  const instrument = match?.[1].toUpperCase() as Instrument | undefined;
  if (!match || !instrument || !INSTRUMENTS.includes(instrument)) return undefined;
  return {
    instrument,
    article: match[2].toUpperCase().startsWith('P') && instrument === 'ECHR' ? match[2].toUpperCase() : match[2].toLowerCase(),
  };
}

/** The instrument a mechanism's decisions apply, where it applies one: coe-ecthr → ECHR; un-ccpr → ICCPR. */
export const INSTRUMENT_OF_MECHANISM: Readonly<Record<string, Instrument>> = {
  'un-ccpr': 'ICCPR',
  'un-cat': 'CAT',
  'un-cerd': 'CERD',
  'un-cedaw': 'CEDAW',
  'un-crc': 'CRC',
  'un-crpd': 'CRPD',
  'coe-ecthr': 'ECHR',
  'ia-iacthr': 'ACHR',
  'ia-iachr': 'ACHR',
  'af-achpr': 'ACHPR',
  'af-afchpr': 'ACHPR',
};
