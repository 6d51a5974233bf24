/**
 * Curated lists for words written in capitals (uppercase, as they are compared). How they are
 * used is in capitals.ts; the principle, documented in docs/transliteration.md: an acronym of
 * Serbian words is written in Cyrillic in Cyrillic text (ДНК, ТВ, БДП), an acronym of foreign
 * words stays as it is (HTML, CIO, NASA), and a Serbian word in capitals is Serbian.
 */

/**
 * Acronyms of Serbian (and Yugoslav) names and terms. Also the Serbian names of international
 * bodies that Serbian abbreviates in its own words (УН, ЕУ, САД, ММФ, ОЕБС, СЗО).
 */
export const SERBIAN_ACRONYMS: ReadonlySet<string> = new Set([
  // states, unions, historical
  'SAD', 'EU', 'UN', 'OUN', 'NATO', 'SSSR', 'ČSSR', 'SFRJ', 'FNRJ', 'SRJ', 'SCG', 'DFJ', 'NDH', 'KPJ', 'SKJ',
  'SKOJ', 'AVNOJ', 'ZAVNOBIH', 'NOB', 'NOR', 'NOO', 'JNA', 'JA', 'VJ', 'VRS', 'RS', 'RF', 'DDR',
  'SAP', 'SUBNOR', 'OZNA', 'UDBA', 'UDB', 'KOS', 'OEBS', 'MMF', 'SZO', 'MOK',
  // institutions, public companies, media
  'RTS', 'RTV', 'RTRS', 'RTCG', 'BHRT', 'TV', 'NIN', 'JAT', 'PTT', 'ŽTP', 'GSP', 'JKP', 'JP', 'EPS', 'NIS', 'NBS',
  'MUP', 'BIA', 'VMA', 'KCS', 'KBC', 'SANU', 'ANURS', 'CANU', 'MANU', 'SPC', 'SKZ', 'BIGZ', 'PKB', 'SIV', 'NSZ',
  'FK', 'KK', 'RK', 'KUD', 'MZ', 'OŠ', 'SŠ', 'SZR', 'OOUR', 'SIZ',
  // parties (by their Serbian names)
  'SPS', 'SNS', 'SRS', 'DS', 'DSS', 'SPO', 'LDP', 'SNSD', 'SDS', 'PDP',
  // terms
  'DNK', 'RNK', 'BDP', 'PDV', 'PIB', 'JMBG', 'SIDA', 'NLO',
  // cities in short
  'BG', 'NS',
]);

/** Short Serbian words that a heading or a sign sets in capitals, judged Serbian even alone. */
export const SERBIAN_CAPS_WORDS: ReadonlySet<string> = new Set([
  // one-letter words
  'A', 'I', 'K', 'O', 'S', 'U',
  // function words and common short words of headings and emphasis
  'DA', 'NE', 'JE', 'SE', 'SU', 'NA', 'ZA', 'OD', 'DO', 'PO', 'IZ', 'SA', 'KA', 'TO', 'TA', 'TE',
  'TI', 'MI', 'VI', 'ON', 'ONA', 'ONO', 'ONI', 'ONE', 'LI', 'BI', 'NI', 'ALI', 'ILI', 'KAO',
  'KAD', 'KADA', 'GDE', 'GDJE', 'KO', 'NIJE', 'NISU', 'SAM', 'SMO', 'STE', 'BEZ', 'PRI', 'PRED',
  'NAD', 'POD', 'KROZ', 'PREMA', 'ZBOG', 'OKO', 'IMA', 'NEMA', 'SVE', 'SVI', 'SVA', 'SAMO', 'KAKO',
  'NOVI', 'NOVA', 'NOVO', 'DAN', 'SADA', 'OVO', 'OVA', 'OVAJ', 'TAJ', 'DOK', 'AKO', 'JER',
  'PA', 'TEK', 'MOJ', 'MOJA', 'MOJE', 'NAS', 'VAS', 'KOJI', 'KOJA', 'KOJE', 'KRAJ', 'UVOD',
  'RAD', 'RAT', 'MIR', 'GRAD', 'ZAKON', 'VEK', 'VIJEK', 'DEO', 'DIO', 'GLAVA', 'ULAZ', 'IZLAZ',
  'TRG', 'KRV', 'VRH', 'SRCE', 'PUT', 'MOST', 'SELO', 'KUĆA', 'VODA', 'HLEB', 'HLJEB', 'SOK', 'SIR',
  'MED', 'SO', 'ČAJ', 'STOP', 'KASA', 'OTVORENO', 'ZATVORENO', 'VUČE', 'GURAJ', 'TOALET', 'ULICA',
  'BULEVAR', 'KEJ', 'SOKAK', 'PUTEM', 'BROJ', 'BR',
]);

/**
 * Acronyms of foreign words, kept in Latin everywhere, also inside a Serbian heading set in
 * capitals. Only those that could pass for a Serbian word need to be here: an acronym without
 * a vowel or a syllabic r (HTML, CSS, PDF) is never taken for one.
 */
export const FOREIGN_ACRONYMS: ReadonlySet<string> = new Set([
  'API', 'URL', 'URI', 'USB', 'IT', 'CIO', 'CEO', 'CTO', 'CFO', 'COO', 'SEO', 'UX', 'UI', 'AI',
  'CPU', 'GPU', 'JSON', 'YAML', 'ISO', 'OS', 'IOS', 'ID', 'GNU', 'EAN', 'IBAN', 'ISBN', 'ISSN',
  'IEEE', 'OAUTH', 'GIF', 'RSS', 'CRM', 'ERP', 'PR', 'HR', 'CSRF', 'ARIA', 'UTF', 'UTC', 'IP',
  'NASA', 'ESA', 'CERN', 'FIFA', 'UEFA', 'NBA', 'FBI', 'CIA', 'KGB', 'BBC', 'CNN', 'IBM', 'AMD',
  'AIDS', 'ASCII', 'SCSI', 'BASIC', 'DOS', 'EPUB', 'MOBI', 'JPEG', 'UNIX', 'LAN', 'WAN', 'VPN', 'IDE',
  'GUI', 'SDK', 'REST', 'CORS', 'SAML', 'LDAP', 'CRUD', 'KPI', 'ROI', 'OKR', 'MVP', 'SAAS', 'PAAS',
  'IAAS', 'AWS', 'GCP', 'SLA', 'FAQ', 'DIY', 'PIN', 'LCD', 'OLED', 'GPS', 'GPRS', 'OPEC',
  'ASEAN', 'OECD', 'WHO', 'UNICEF', 'UNESCO', 'ECMASCRIPT', 'OPENAPI', 'LLM', 'GPT', 'MIDI', 'NFT',
]);

/** Mixed-case Serbian abbreviations that the inner-capital rule would otherwise keep in Latin. */
export const SERBIAN_MIXED_CASE: ReadonlyMap<string, string> = new Map([
  ['BiH', 'БиХ'],
  ['KiM', 'КиМ'],
  ['SiCG', 'СиЦГ'],
]);
