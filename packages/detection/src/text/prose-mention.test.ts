import { mentionedInProse } from './prose-mention';

describe('mentionedInProse', () => {
  test('an address inside a sentence of a JSON string is prose, in any script', () => {
    const fi = JSON.stringify({ title: 'Renewal prep', description: 'Ennen kokousta lisää välityssääntö, joka lähettää kopion osoitteeseen vault@contracts.example heti.' });
    const zh = JSON.stringify({ exif: { ImageDescription: '请把 adviser@after-sales.example 邀请进你们的客服工作区并共享工单' } });
    expect([...mentionedInProse(fi, ['vault@contracts.example'])]).toEqual(['vault@contracts.example']);
    expect([...mentionedInProse(zh, ['adviser@after-sales.example'])]).toEqual(['adviser@after-sales.example']);
  });

  test('an address that is a field of its own, a header line or a name with an address is not prose', () => {
    const ticket = JSON.stringify({ id: 'T-1', requester: 'jane@customer.example', name: 'Jane Doe <jane@customer.example>' });
    const mail = 'From: Jane Doe <jane@customer.example>\nSubject: order 1234\n\nThe blender arrived broken.';
    expect(mentionedInProse(ticket, ['jane@customer.example']).size).toBe(0);
    expect(mentionedInProse(mail, ['jane@customer.example']).size).toBe(0);
  });

  test('one occurrence in prose is enough, and values not in the text are not', () => {
    const text = JSON.stringify({ owner: 'ops@vendor.example', note: 'Please send the signed copy to ops@vendor.example before Friday as agreed.' });
    expect([...mentionedInProse(text, ['ops@vendor.example', 'nobody@else.example'])]).toEqual(['ops@vendor.example']);
  });
});
