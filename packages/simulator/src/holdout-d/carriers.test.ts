import { formulaNotes, formulaWithNote, pdfInfoDictionary, pdfInfoFields, podcastTranscript, rssDescriptions, rssFeed, spokenText } from './carriers';

describe('holdout-d carriers', () => {
  it('podcast transcripts keep speakers and times, and give the spoken text back in order', () => {
    const t = podcastTranscript('Ep. 12', [
      { atSec: 0, speaker: 'Host', text: '안녕하세요.' },
      { atSec: 75, speaker: 'Guest', text: 'Time: 10:30, noted.' },
    ]);
    expect(t).toBe('# Ep. 12\n[00:00] Host: 안녕하세요.\n[01:15] Guest: Time: 10:30, noted.');
    expect(spokenText(t)).toEqual(['안녕하세요.', 'Time: 10:30, noted.']);
  });

  it('RSS items escape their descriptions and the reader recovers them intact', () => {
    const description = '공지 <b>중요</b> & "규칙"';
    const xml = rssFeed('Blog', [{ title: 'A & B', link: 'https://blog.example/a', pubDate: 'Fri, 20 Nov 2026 09:00:00 GMT', description }]);
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(rssDescriptions(xml)).toEqual([description]);
  });

  it('PDF /Info dictionaries escape parentheses and backslashes and read back field by field', () => {
    const dict = pdfInfoDictionary({ Title: 'Invoice (final)', Author: 'AP\\team', Keywords: 'تحويل، دفع', Producer: 'PDFlib 9' });
    expect(dict).toBe('<< /Title (Invoice \\(final\\)) /Author (AP\\\\team) /Keywords (تحويل، دفع) /Producer (PDFlib 9) >>');
    expect(pdfInfoFields(dict)).toEqual({ Title: 'Invoice (final)', Author: 'AP\\team', Keywords: 'تحويل، دفع', Producer: 'PDFlib 9' });
  });

  it('a formula note leaves the sum as it is and comes back with its quotes', () => {
    const f = formulaWithNote('D2:D9', 'say "yes"');
    expect(f).toBe('=SUM(D2:D9)+N("say ""yes""")');
    expect(formulaNotes(f)).toEqual(['say "yes"']);
  });
});
