import { corpusOfVariant } from './corpus';

describe('corpusOfVariant', () => {
  it('names the corpus by the longest prefix, since holdout- starts every lettered one', () => {
    expect(corpusOfVariant('polite_note')).toBe('standard');
    expect(corpusOfVariant('holdout-french_note')).toBe('holdout');
    expect(corpusOfVariant('holdout-b-leetspeak')).toBe('holdout-b');
    expect(corpusOfVariant('holdout-c-alt_text')).toBe('holdout-c');
    expect(corpusOfVariant('holdout-d-exif')).toBe('holdout-d');
    expect(corpusOfVariant('holdout-e-vcard_note')).toBe('holdout-e');
    expect(corpusOfVariant('holdout-f-ubl_note')).toBe('holdout-f');
  });
});
