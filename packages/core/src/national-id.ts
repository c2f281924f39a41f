/**
 * National identifiers (tax ids, social-security and insurance numbers, passport and id-card
 * numbers) as DLP tools find them: a label that names one, then a value of an identifier's shape.
 *
 * Each country's number has its own format and most have no checksum (passports, id cards), so a
 * bare digit run says nothing: an 11-digit run is as often an order or a timestamp as a German tax
 * id. The label is the evidence, as in Microsoft Purview's and Presidio's "keyword near pattern"
 * recognisers; here it must come right before the value (`"tax_id": "…"`, `Steuer-ID 54…`,
 * `BSN: …`). Business identifiers (VAT, EIN, company numbers) are public and are not listed.
 *
 * One definition for the whole product, like the Luhn and IBAN checks: what detection reports as
 * a national id is exactly what the OCSF mask hides.
 */

const LABEL_WORDS = [
  // Generic, in English, as schemas and forms write them.
  'tax[_ -]?id(?:entification)?(?:[_ -]?(?:number|no|nr))?',
  'tax[_ -]?identification[_ -]?number',
  'tin',
  'national[_ -]?(?:id|identity|identification|insurance)(?:[_ -]?(?:number|no|nr|card))?',
  'social[_ -]?(?:security|insurance)(?:[_ -]?(?:number|no|nr))?',
  'ssn',
  'passport(?:[_ -]?(?:number|no|nr))?',
  '(?:id|identity)[_ -]?card(?:[_ -]?(?:number|no|nr))?',
  'personal[_ -]?(?:id|identity|identification|identity[_ -]?code)(?:[_ -]?(?:number|no|nr))?',
  // Country names of the same numbers.
  'steuer[_ -]?id(?:entifikationsnummer)?(?:[_ -]?nr)?',
  'idnr',
  'sozialversicherungs[_ -]?(?:nummer|nr)',
  '(?:rv|sv)[_ -]?(?:nummer|nr)',
  'personalausweis(?:[_ -]?(?:nummer|nr))?',
  'reisepass(?:[_ -]?(?:nummer|nr))?',
  'bsn',
  'burgerservicenummer',
  'pesel',
  'nino',
  'personnummer',
  'fodselsnummer',
  'codice[_ -]?fiscale',
  'nir',
  'niss',
  'dni',
  'nie',
  'cpr(?:[_ -]?(?:nummer|nr))?',
  'hetu',
  'pps(?:[_ -]?(?:number|no))?',
  'ahv(?:[_ -]?(?:nummer|nr))?',
  'avs',
  'aadhaar',
  'cpf',
  'curp',
  'sin',
  'tfn',
  // Turkey's identity number, as records and forms label it: TCKN, T.C. Kimlik No, Kimlik Numarası.
  // The dotted capital İ is written out: case-insensitive matching does not fold it to i.
  'tckn',
  't\\.?c\\.?[_ -]?k[iİ]ml[iİ]k(?:[_ -]?(?:no|numaras[ıi]))?',
  'k[iİ]ml[iİ]k[_ -]?(?:no|numaras[ıi])',
];

const LABEL = `(?:${LABEL_WORDS.join('|')})`;

/**
 * Spaces group a number only between digits, after a two-letter prefix or before one closing letter
 * (`AB 12 34 56 C`), so a word is never read as part of a value ("social security number 12 345
 * 678 and her address" gives `12 345 678`).
 */
const GROUP_SPACE = '(?<=\\d) (?=\\d)|(?<=(?<![A-Za-z])[A-Z]{2}) (?=\\d)|(?<=\\d) (?=[A-Z](?![A-Za-z0-9]))';

/**
 * A label, then the value right after it (the `value` group; the `d` flag gives its offsets): letters
 * and digits, grouped by single dots, slashes or dashes, or by spaces. Matching forward from the
 * label rather than looking back for one from every position keeps a long text's scan cheap.
 */
export const NATIONAL_ID_PATTERN = new RegExp(
  `(?<![A-Za-z0-9])${LABEL}["']?\\s{0,3}(?:[:=#]|is|no\\.?)?\\s{0,3}["']?(?<value>[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])|${GROUP_SPACE}){4,23})(?![A-Za-z0-9])`,
  'gid',
);

const KEY = new RegExp(`^${LABEL}$`, 'i');

/** Whether an argument or record key names a national identifier (`tax_id`, `passport_number`, `bsn`). */
export function isNationalIdKey(key: string): boolean {
  return KEY.test(key);
}

/**
 * The value has an identifier's shape: 6 to 20 letters and digits, at least five of them digits,
 * not one digit repeated (a placeholder such as 000000000).
 */
export function isNationalIdShape(raw: string): boolean {
  const compact = normalizeNationalId(raw);
  const digits = compact.replace(/\D/g, '');
  return compact.length >= 6 && compact.length <= 20 && digits.length >= 5 && !/^(\d)\1*$/.test(digits);
}

/** Upper-case letters and digits only, the form values are compared in. */
export function normalizeNationalId(raw: string): string {
  return raw.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}
