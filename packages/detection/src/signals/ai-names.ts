/**
 * "Artificial intelligence" as languages spell it out, for the label that addresses the model
 * ("Note for the artificial-intelligence assistant:"). Most text names the model by the loanword
 * "AI", which injection.ts reads in any language; text that spells the term out in its own
 * language would otherwise reach the model unread. Stems, matched case-insensitively and without
 * a closing word boundary, because the term inflects and compounds ("gervigreindaraðstoðar",
 * "tekoälyavustajalle", "искусственного интеллекта", "ხელოვნური ინტელექტის").
 */
const NAMES: readonly string[] = [
  // Romance, Albanian and Maltese: inteligencia/intelligenza/intelligence/intel·ligència/intelixencia/inteligjenca/intelliġenza + artifici…
  'intel\\S{0,3}i(?:gj|g|x|ġ)\\p{L}*\\s+artifi',
  'inteligen\\p{L}*\\s+artificial',
  'artificial\\s+intelligence',
  'künstlich\\p{L}*\\s+intelligenz',
  'kunstmatig\\p{L}*\\s+intelligentie',
  'kunsmatig\\p{L}*\\s+intelligensie',
  'kunstig\\p{L}*\\s+intelligens',
  'artificiell\\p{L}*\\s+intelligens',
  'gervigreind',
  'tekoäly',
  'tehisintellekt',
  'tehisaru',
  'mākslīg\\p{L}*\\s+intelekt',
  'dirbtin\\p{L}*\\s+intelekt',
  'sztuczn\\p{L}*\\s+inteligencj',
  'uměl\\p{L}*\\s+inteligenc',
  'umel\\p{L}*\\s+inteligenci',
  'umetn\\p{L}*\\s+inteligenc',
  'umjetn\\p{L}*\\s+inteligencij',
  've[šs]ta[čc]k\\p{L}*\\s+inteligencij',
  'vje[šs]ta[čc]k\\p{L}*\\s+inteligencij',
  'mesterséges\\s+intelligenci',
  'yapay\\s+zek[aâ]',
  'süni\\s+intellekt',
  "sun[ʼ'’`]?iy\\s+intellekt",
  'trí\\s+tuệ\\s+nhân\\s+tạo',
  'kecerdasan\\s+buatan',
  'artipisyal\\s+na\\s+intelihensiya',
  'akili\\s+bandia',
  'deallusrwydd\\s+artiffisial',
  'intleacht\\s+shaorga',
  'adimen\\s+artifizial',
  // Ethiopic (Amharic)
  'ሰው\\s*ሰራሽ\\s*(?:አስተውሎት|ብልህነት)',
  // Cyrillic
  'искусственн\\p{L}*\\s+интеллект',
  'штучн\\p{L}*\\s+інтелект',
  'штучн\\p{L}*\\s+інтэлект',
  'изкуствен\\p{L}*\\s+интелект',
  'вештачк\\p{L}*\\s+интелигенциј',
  'жасанды\\s+интеллект',
  'жасалма\\s+интеллект',
  'хиймэл\\s+оюун',
  // Greek, Armenian, Georgian
  'τεχνητ\\p{L}*\\s+νοημοσύν',
  'արհեստական\\s+բանականությ',
  'ხელოვნური\\s+ინტელექტ',
  // Hebrew, Arabic, Persian, Urdu
  'בינה\\s+מלאכותית',
  'ذكاء\\s*(?:ال)?اصطناعي',
  'هوش\\s+مصنوعی',
  'مصنوعی\\s+ذہانت',
  // South and South-East Asian scripts (no word spaces in some: no boundary is asked for)
  'कृत्रिम\\s+बुद्धि',
  'কৃত্রিম\\s+বুদ্ধি',
  'செயற்கை\\s+நுண்ணறி',
  'కృత్రిమ\\s+మేధ',
  'ಕೃತಕ\\s+ಬುದ್ಧಿ',
  'കൃത്രിമ\\s*ബുദ്ധി',
  'નિર્મિત\\s+બુદ્ધિ',
  'કૃત્રિમ\\s+બુદ્ધિ',
  'ਨਕਲੀ\\s+ਬੁੱਧੀ',
  'කෘත්රිම\\s+බුද්ධි',
  'ปัญญาประดิษฐ์',
  'ປັນຍາປະດິດ',
  'បញ្ញាសិប្បនិម្មិត',
  'ဉာဏ်ရည်တု',
  // CJK
  '人工智能',
  '人工智慧',
  '人工知能',
  '인공\\s?지능',
];

const ALTERNATION = NAMES.join('|');

/** Cheap test: does the text spell out "artificial intelligence" in some language? */
export const AI_NAME_HINT = new RegExp(`(?:${ALTERNATION})`, 'iu');

/**
 * Where a label to the model starts, for the loanword label and the spelled-out one alike: a line, a
 * sentence (ended in any script's full stop), a bracket, a quote, or a JSON string (a tracking page's
 * `"notice": "…"`). One definition, so a start one label learns the other knows too.
 */
export const LABEL_START = String.raw`(?:^|[\n.!?>\[("“«,;|\t。！？።])`;
/** Where it ends: a colon that is not a URL's scheme (`https://`) nor a clock's (`10:30`), a full-width or Ethiopic colon, or a bracket. */
export const LABEL_END = String.raw`(?::(?!\/\/|\d)|：|፦|\])`;

/**
 * A label or salutation that names the model by its spelled-out name: the same shape as the loanword
 * label, for the languages above.
 */
export const AI_NAME_LABEL = new RegExp(String.raw`${LABEL_START}[^\n.!?:：፦\[\]。]{0,40}?(?:${ALTERNATION})[^\n.!?:：፦\]。]{0,50}?${LABEL_END}`, 'iu');
