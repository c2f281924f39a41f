import { confluencePage, confluencePanels, csvFile, parseCsv, svgDescriptions, svgImage, vCard, vCardProperty } from './carriers';

describe('holdout-e carriers', () => {
  it('CSV fields with commas, quotes and line breaks are quoted, and parse back intact', () => {
    const text = csvFile(['order_id', 'catatan, "AI"'], [['ORD-1', 'a\nb'], ['ORD-2', 'plain']]);
    expect(text).toBe('order_id,"catatan, ""AI"""\r\nORD-1,"a\nb"\r\nORD-2,plain');
    expect(parseCsv(text)).toEqual([['order_id', 'catatan, "AI"'], ['ORD-1', 'a\nb'], ['ORD-2', 'plain']]);
  });

  it('an SVG description is escaped in the file and read back as written', () => {
    const svg = svgImage('Logo <v2>', 'ข้อความ & "คำสั่ง"', '<circle cx="100" cy="100" r="80"/>');
    expect(svg).toContain('<desc>ข้อความ &amp; &quot;คำสั่ง&quot;</desc>');
    expect(svgDescriptions(svg)).toEqual(['ข้อความ & "คำสั่ง"']);
  });

  it('vCard lines fold at 75 octets without splitting a character, and the NOTE unfolds and unescapes', () => {
    const note = 'שלום, זו הערה ארוכה; היא חייבת להתקפל כי היא ארוכה משבעים וחמישה אוקטטים בקידוד UTF-8.\nשורה שנייה.';
    const card = vCard({ fullName: 'Dana Levi', org: 'Northwind Office Supply', email: 'dana@northwind-supply.example', tel: '+49 30 555 0100', note });
    for (const line of card.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(card.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(1);
    expect(card).not.toContain('\uFFFD');
    expect(vCardProperty(card, 'NOTE')).toBe(note);
    expect(vCardProperty(card, 'tel')).toBe('+49 30 555 0100');
    expect(vCardProperty(card, 'PHOTO')).toBeUndefined();
  });

  it('Confluence info panels come back with their title and plain text', () => {
    const page = confluencePage(['Agenda & notes'], { title: 'Para sa AI', body: 'Gawin ito <ngayon>.' });
    expect(page).toContain('<p>Agenda &amp; notes</p>');
    expect(confluencePanels(page)).toEqual([{ title: 'Para sa AI', text: 'Gawin ito <ngayon>.' }]);
  });
});
