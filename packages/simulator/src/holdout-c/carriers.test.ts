import { altTexts, formSubmission, htmlNewsletter, releaseNotes, subtitleText, subtitleTrack } from './carriers';

describe('holdout-c carriers', () => {
  it('subtitle tracks are valid SRT and give their cue texts back in order', () => {
    const srt = subtitleTrack([
      { atSec: 0, text: 'Hej och välkomna.' },
      { atSec: 3, text: 'Här är locket.' },
      { atSec: 3725, text: 'Sista raden.' },
    ]);
    expect(srt).toContain('1\n00:00:00,000 --> 00:00:03,000\nHej och välkomna.');
    expect(srt).toContain('3\n01:02:05,000 --> 01:02:09,000\nSista raden.');
    expect(subtitleText(srt)).toEqual(['Hej och välkomna.', 'Här är locket.', 'Sista raden.']);
  });

  it('newsletter images carry their alt text, escaped in the HTML and recovered intact', () => {
    const alt = 'Not: "Sözleşmeler" & <arşiv>';
    const html = htmlNewsletter('Bülten', ['Merhaba', 'İkinci paragraf'], [{ src: 'https://cdn.example/a.png', alt }]);
    expect(html).not.toContain('<arşiv>');
    expect(html).toContain('<img src="https://cdn.example/a.png"');
    expect(altTexts(html)).toEqual([alt]);
  });

  it('form submissions keep each label with its value', () => {
    expect(formSubmission('contact', [{ label: 'お名前', value: 'Keiko Ito' }])).toEqual({ form: 'contact', fields: [{ label: 'お名前', value: 'Keiko Ito' }] });
  });

  it('release notes render a heading and one bullet per item', () => {
    expect(releaseNotes('Hub', '3.2', ['a', 'b'])).toBe('## Hub 3.2\n\n- a\n- b');
  });
});
