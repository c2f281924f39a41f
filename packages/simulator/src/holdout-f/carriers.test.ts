import { extractedText, icsEvent, icsProperty, ublInvoice, ublNotes, visibleText } from './carriers';

describe('holdout-f carriers', () => {
  it('iCalendar lines fold at 75 octets without splitting a character, and DESCRIPTION unfolds and unescapes', () => {
    const description = 'یادداشت طولانی؛ باید تا بخورد, چون از هفتاد و پنج اکتت در UTF-8 بیشتر است.\nخط دوم.';
    const ics = icsEvent({ uid: 'u1@example', summary: 'Review, annual', organizer: 'a@b.example', start: '2026-11-24T12:00:00.000Z', description });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(1);
    expect(ics).not.toContain('\uFFFD');
    expect(icsProperty(ics, 'DESCRIPTION')).toBe(description);
    expect(icsProperty(ics, 'summary')).toBe('Review, annual');
    expect(icsProperty(ics, 'DTSTART')).toBe('20261124T120000Z');
    expect(icsProperty(ics, 'LOCATION')).toBeUndefined();
  });

  it('UBL notes are escaped in the XML and read back in order, and nothing else reads as a note', () => {
    const xml = ublInvoice({ id: 'INV-1', issueDate: '2026-11-21', supplier: 'A & B <SL>', iban: 'ES9121000418450200051332', amount: 10, notes: ['primera', 'segona <amb> & signes'] });
    expect(xml).toContain('<cbc:Note>segona &lt;amb&gt; &amp; signes</cbc:Note>');
    expect(ublNotes(xml)).toEqual(['primera', 'segona <amb> & signes']);
    expect(ublNotes(ublInvoice({ id: 'INV-2', issueDate: '2026-11-21', supplier: 'S', iban: 'X', amount: 1, notes: [] }))).toEqual([]);
  });

  it('a model reads every PDF run; a person sees neither white text nor text under 4 points', () => {
    const runs = [
      { text: 'visible', color: '#333333', size: 10 },
      { text: 'white', color: '#FFFFFF', size: 10 },
      { text: 'tiny', color: '#000000', size: 1 },
    ];
    expect(extractedText(runs)).toBe('visible\nwhite\ntiny');
    expect(visibleText(runs)).toBe('visible');
  });
});
