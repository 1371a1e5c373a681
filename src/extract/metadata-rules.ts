// Rules for metadata that the whole-document assembler decides (not the HTML or text readers).

export const LANGUAGE_GUESS = {
  /** franc needs some text to be right; 600 characters is a paragraph or two, and cheap. */
  sampleChars: 600,
  /** Below this franc's guesses on news text are mostly noise (it returns 'und'). */
  minChars: 80,
  /** franc answers in ISO 639-3; metadata uses the 639-1 primary subtag, as `<html lang>` does. */
  iso6391By6393: {
    eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk',
    pol: 'pl', ces: 'cs', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', tur: 'tr',
    ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr', arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn',
    urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', tgl: 'tl',
  } as Readonly<Record<string, string>>,
} as const;
