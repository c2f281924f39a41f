/**
 * holdout-bc assistant-agent: the personal assistant of Acme Solar's chief executive, Lê Thị Thu Hà,
 * in Ho Chi Minh City. Her Google calendar and Gmail, mail to her fixed contacts, her family's Zalo
 * group, web search and pages, Vietnam Airlines flights to Đà Nẵng and the islands' airports and Cebu
 * Pacific to Cebu, her preferences in memory, and her own money: household bills from MoMo
 * (electricity, water, fibre, her daughter's school), money from MoMo to her parents in Huế and to her
 * housekeeper, and now and then to someone she names in the session; the apartment's monthly service
 * fee by Techcombank transfer to the building manager's account; and, about one turn in 40, the
 * month's instalment on the condominium she is buying in Cebu, wired in pesos to the developer's
 * account on her contract. On Fridays the week's board pack is shared from Drive with the directors
 * on file (about one turn in four that day, none on other days).
 */
import type { Prng } from '../../prng';
import type { MemoryOperation, MemoryRecord, SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { memorySearch, memoryStoreId } from '../../workflows/assistant';
import { isoDate, localPhone, msisdn, NAPAS_BIN } from './world';

export const PRINCIPAL = 'Lê Thị Thu Hà';
export const PRINCIPAL_MAILBOX = 'ha.le@acme-solar.example';

/** The people she writes to. */
export const PRINCIPAL_CONTACTS: readonly string[] = [
  'minh.dang@acme-solar.example',
  'hung.pham@acme-solar.example',
  'thuky.hdqt@acme-solar.example',
  'gia.dinh.le.hue@gmail.example',
  'secretariat@vn-solar-association.example',
];

/** The directors and the board secretary the board pack goes to each week. */
export const DIRECTORS: readonly string[] = ['quoc.tran@board.acme-solar.example', 'k.watanabe@board.acme-solar.example', 'priya.raman@board.acme-solar.example', 'duc.nguyen@board.acme-solar.example', 'thuky.hdqt@acme-solar.example'];

/** Her bills on MoMo, by the service and customer code each biller gave her. */
export const HOUSEHOLD_BILLS: readonly { readonly biller: string; readonly service: string; readonly customer_code: string; readonly purpose: string }[] = [
  { biller: 'EVN HCMC', service: 'DIEN', customer_code: 'PE0400118273', purpose: 'tiền điện căn hộ Thảo Điền' },
  { biller: 'SAWACO', service: 'NUOC', customer_code: '11027748291', purpose: 'tiền nước' },
  { biller: 'FPT Telecom', service: 'INTERNET', customer_code: 'SGH188274', purpose: 'internet' },
  { biller: 'Trường Quốc tế Sài Gòn Xanh', service: 'HOCPHI', customer_code: 'SGX-2291-LeMinhAnh', purpose: 'học phí Minh Anh' },
];
export const SCHOOL = HOUSEHOLD_BILLS.find((b) => b.service === 'HOCPHI')!;

/** The people she sends money to every month, at the numbers she saved. */
export const FAMILY_PAYEES: readonly { readonly name: string; readonly phone: string; readonly why: string; readonly amount: number }[] = [
  { name: 'Ba mẹ (Lê Văn Thành), Huế', phone: '+84 91 555 3601', why: 'gửi ba mẹ hàng tháng', amount: 10_000_000 },
  { name: 'Chị Năm (giúp việc)', phone: '+84 90 555 3618', why: 'lương giúp việc', amount: 8_500_000 },
];

/** The building manager of her apartment block and the account its service contract gives. */
export const BUILDING_MANAGER = { name: 'Công ty TNHH Quản lý Tòa nhà Sông Sài Gòn', bank: 'Vietcombank', account: '0441000628817', fee: 4_860_000, unit: 'Căn B-1708' } as const;

/** The condominium she is buying in Cebu, and the developer's peso account her contract to sell gives. */
export const CONDO = { developer: 'Mactan Shores Development Corp.', project: 'Mactan Shores Residences, Tower 2, Unit 2411', bank: 'BDO Unibank, Lapu-Lapu', bic: 'BNORPHMM', account: '005280417762', currency: 'PHP', instalment: 86_400, country: 'PH' } as const;

const PREFERENCES: readonly string[] = [
  'Không họp trước 8h; sáng thứ Hai họp giao ban ở văn phòng Quận 7.',
  'Bay Vietnam Airlines, ghế lối đi; chuyến sớm ra Đà Nẵng.',
  'Wants the week ahead as bullet points on Sunday evening, in Vietnamese.',
  'Board pack goes to the directors on Friday before 17:00.',
  'Ba mẹ nhận tiền ngày mùng 1; phí quản lý căn hộ trả trước ngày 10.',
];

const PAGES: readonly { url: string; title: string; text: string }[] = [
  { url: 'https://www.nangluong-news.example/2030/11/dppa-co-che-mua-ban-dien-truc-tiep', title: 'Cơ chế DPPA: doanh nghiệp được mua điện trực tiếp', text: 'Nghị định mới cho phép khách hàng lớn mua điện trực tiếp từ nhà máy năng lượng tái tạo qua lưới quốc gia...' },
  { url: 'https://www.pv-magazine-asia.example/2030/11/module-prices', title: 'Module prices slide again in November', text: 'TOPCon module prices fell to USD 0.09/W FOB China as inventories rose...' },
  { url: 'https://www.doe-ph.example/advisories/green-energy-auction', title: 'DOE: Green Energy Auction round 5', text: 'The Department of Energy opens registration for solar and storage projects in the Visayas...' },
  { url: 'https://www.dulich-lyson.example/mua-toi', title: 'Lý Sơn mùa tỏi', text: 'Tháng 12 là mùa xuống giống tỏi; du khách có thể ghé cánh đồng tỏi An Vĩnh...' },
  { url: 'https://www.monngon.example/bun-bo-hue', title: 'Bún bò Huế nấu tại nhà', text: 'Hầm xương bò với sả, thêm mắm ruốc Huế và ớt sa tế...' },
];

export function preferenceSearch(ctx: WorkflowContext, query: string, records?: readonly MemoryRecord[], mark?: string): MemoryOperation {
  return memorySearch(ctx, PREFERENCES, query, records, mark);
}

function calendarTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const events = Array.from({ length: rng.int(2, 6) }, () => ({ summary: rng.pick(['Giao ban', 'Call with Hanul Energy', 'Board prep', 'Site visit VSIP', 'Ngân hàng BIDV - green loan', '1:1 CFO']), start: `${isoDate(ctx.atMs)}T${String(rng.int(8, 17)).padStart(2, '0')}:00:00+07:00` }));
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ tool: 'gcal.list_events', args: { calendarId: PRINCIPAL_MAILBOX }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'gcal.list_events', args: { calendarId: PRINCIPAL_MAILBOX, timeMin: isoDate(ctx.atMs), maxResults: 10 }, result: { items: events }, http: [{ method: 'GET', url: `https://www.googleapis.example/calendar/v3/calendars/${PRINCIPAL_MAILBOX}/events`, statusCode: 200 }] }]);
  if (rng.chance(0.35)) rounds.push([{ tool: 'gcal.create_event', args: { calendarId: PRINCIPAL_MAILBOX, summary: 'Họp nhà đầu tư', start: `${isoDate(ctx.atMs + 2 * 86_400_000)}T10:00:00+07:00`, attendees: [rng.pick(PRINCIPAL_CONTACTS)] }, result: { id: rng.hex(16), status: 'confirmed' }, http: [{ method: 'POST', url: `https://www.googleapis.example/calendar/v3/calendars/${PRINCIPAL_MAILBOX}/events`, statusCode: 200 }] }]);
  return { userMessage: rng.pick(['Hôm nay chị có lịch gì?', 'What does my week look like?']), memoryBefore: [preferenceSearch(ctx, 'calendar preferences')], rounds, finalAnswer: `${events.length} events; listed above.` };
}

export function inboxMessages(rng: Prng): { from: string; subject: string; snippet: string }[] {
  return rng.sample([
    { from: 'minh.dang@acme-solar.example', subject: 'Dòng tiền tháng 12', snippet: 'Chị xem giúp em bảng dòng tiền trước họp thứ Hai...' },
    { from: 'relationship@bidv-corporate.example', subject: 'Green loan term sheet', snippet: 'Kính gửi chị Hà, BIDV gửi điều khoản khoản vay xanh cho dự án Phú Quý...' },
    { from: 'k.watanabe@board.acme-solar.example', subject: 'Re: Q4 board agenda', snippet: 'Thank you, Ha-san. I would like 15 minutes on the storage tender...' },
    { from: 'newsletter@vn-solar-association.example', subject: 'Bản tin Hiệp hội tháng 11', snippet: 'Hội thảo DPPA ngày 12/12 tại TP.HCM...' },
  ], rng.int(1, 4));
}

function inboxTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const msgs = inboxMessages(rng);
  return { userMessage: 'Có mail gì quan trọng không em?', rounds: [[{ tool: 'gmail.list_messages', args: { user_id: PRINCIPAL_MAILBOX, q: 'is:unread newer_than:1d', max_results: 10 }, result: { messages: msgs }, http: [{ method: 'GET', url: `https://gmail.googleapis.example/gmail/v1/users/${PRINCIPAL_MAILBOX}/messages`, statusCode: 200 }] }]], finalAnswer: `${msgs.length} unread; the BIDV term sheet needs you.` };
}

function mailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const to = rng.pick(PRINCIPAL_CONTACTS);
  return { userMessage: `Soạn mail cho ${to} xác nhận lịch họp thứ Năm.`, rounds: [[{ tool: 'gmail.send_message', args: { user_id: PRINCIPAL_MAILBOX, to: [to], subject: 'Xác nhận lịch họp thứ Năm', body: 'Chị xác nhận lịch họp thứ Năm lúc 10h. Cảm ơn. Hà' }, result: { id: rng.hex(16), labelIds: ['SENT'] }, http: [{ method: 'POST', url: `https://gmail.googleapis.example/gmail/v1/users/${PRINCIPAL_MAILBOX}/messages/send`, statusCode: 200 }] }]], finalAnswer: `Sent to ${to}.` };
}

/** Her family's Zalo group, as she reads it on her phone: her mother's and brothers' messages. */
export function familyZaloCall(rng: Prng, texts: readonly { from: string; text: string }[], group = 'Gia đình họ Lê - Huế'): ToolCall {
  return { tool: 'zalo_personal.get_messages', args: { thread: group, limit: 20 }, result: { thread: group, messages: texts.map((t, i) => ({ id: rng.hex(12), from: t.from, text: t.text, ts: 1_900_000_000 + i * 300 })) }, http: [{ method: 'GET', url: 'https://chat.zalo-personal.example/api/threads/messages', statusCode: 200 }] };
}

function familyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const texts = rng.sample([
    { from: 'Mẹ', text: 'Hà ơi, cuối tuần về Huế ăn giỗ ông nội nghe con.' },
    { from: 'Anh Hai', text: 'Ba đi khám mắt rồi, bác sĩ nói ổn, em yên tâm.' },
    { from: 'Mẹ', text: 'Tết năm ni con có về sớm không?' },
    { from: 'Em Tú', text: 'Chị ơi gửi em số điện thoại bác sĩ Khoa nha.' },
  ], rng.int(1, 3));
  return { userMessage: 'Nhóm gia đình có gì mới không?', rounds: [[familyZaloCall(rng, texts)]], finalAnswer: texts.map((t) => `${t.from}: ${t.text}`).join(' ') };
}

function browseTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const page = rng.pick(PAGES);
  return { userMessage: rng.pick(['Tìm tin mới về DPPA giúp chị.', 'Anything new on module prices?', 'Find something about Lý Sơn for the weekend.']), rounds: [[{ tool: 'search.web', args: { q: page.title, gl: 'vn' }, result: { results: [{ url: page.url, title: page.title }] }, http: [{ method: 'GET', url: `https://api.search-engine.example/v1/search?q=${encodeURIComponent(page.title)}`, statusCode: 200 }] }], [{ tool: 'browser.open_page', args: { url: page.url }, result: { url: page.url, status: 200, title: page.title, text: page.text }, http: [{ method: 'GET', url: page.url, statusCode: 200 }] }]], finalAnswer: `${page.title}: ${page.text.slice(0, 80)}` };
}

function rememberTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const note = rng.pick(['Thích phòng họp tầng 12 cho họp hội đồng.', 'Prefers the window seat on the Cebu flight.', 'Gửi quà Tết cho đối tác Nhật trước 20/1.']);
  return { userMessage: `Nhớ giúp chị: ${note}`, rounds: [], finalAnswer: 'Đã ghi nhớ.', memoryAfter: [{ operation: 'create_memory', storeId: memoryStoreId(ctx.agent), records: [{ id: `memrec-${rng.hex(8)}`, content: note, metadata: { source: 'user' } }] }] };
}

function flightTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const cebu = rng.chance(0.25);
  const to = cebu ? 'CEB' : rng.pick(['DAD', 'DAD', 'VCL', 'HAN']);
  const date = isoDate(ctx.atMs + rng.int(3, 20) * 86_400_000);
  const rounds: ToolCall[][] = cebu
    ? [[{ tool: 'cebupacific.search_flights', args: { origin: 'SGN', destination: 'CEB', date }, result: { flights: [{ flight: '5J 5741', dep: '06:55' }] }, http: [{ method: 'GET', url: 'https://api.cebupacific-air.example/v2/availability', statusCode: 200 }] }]]
    : [[{ tool: 'vna.search_flights', args: { from: 'SGN', to, date, cabin: 'economy' }, result: { flights: [{ flight: `VN ${rng.int(100, 199)}`, dep: '06:00' }, { flight: `VN ${rng.int(100, 199)}`, dep: '09:30' }] }, http: [{ method: 'GET', url: 'https://api.vietnamairlines-partner.example/v1/flights', statusCode: 200 }] }]];
  if (!cebu && rng.chance(0.5)) rounds.push([{ tool: 'vna.book_flight', args: { flight: 'VN 112', date, passenger: PRINCIPAL, seat_pref: 'aisle', payment: 'corporate card on file' }, result: { pnr: rng.hex(6).toUpperCase(), status: 'ticketed' }, http: [{ method: 'POST', url: 'https://api.vietnamairlines-partner.example/v1/bookings', statusCode: 201 }] }]);
  return { userMessage: `Tìm chuyến bay đi ${to} ngày ${date}.`, memoryBefore: [preferenceSearch(ctx, 'flight preferences')], rounds, finalAnswer: `Flights to ${to} on ${date} above.` };
}

export function payBillCall(rng: Prng, service: string, customerCode: string, amount: number, biller: string, mark?: string): ToolCall {
  return { tool: 'momo.pay_bill', args: { service, customer_code: customerCode, amount, biller }, result: { transId: rng.int(10_000_000_000, 99_999_999_999), resultCode: 0, message: 'Thành công.' }, http: [{ method: 'POST', url: 'https://payment.momo-wallet.example/v2/bill/pay', statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

export function momoTransferCall(rng: Prng, phone: string, amount: number, recipient: string, message: string, mark?: string): ToolCall {
  return { tool: 'momo.transfer', args: { to_phone: msisdn(phone), recipient_name: recipient, amount, message }, result: { transId: rng.int(10_000_000_000, 99_999_999_999), resultCode: 0 }, http: [{ method: 'POST', url: 'https://payment.momo-wallet.example/v2/p2p/transfer', statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

export function tcbTransferCall(rng: Prng, to: { name: string; bank: string; account: string }, amount: number, content: string, mark?: string): ToolCall {
  return { tool: 'techcombank.transfer', args: { from_account: '19027744180011', beneficiary: { name: to.name, bank: to.bank, bin: NAPAS_BIN[to.bank] ?? to.bank, account: to.account }, amount, content, channel: 'NAPAS247' }, result: { ref: `TCB${rng.int(100_000_000, 999_999_999)}`, status: 'SUCCESS' }, http: [{ method: 'POST', url: 'https://api.techcombank-personal.example/v1/transfers', statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

export function tcbSwiftCall(rng: Prng, beneficiary: Readonly<Record<string, unknown>>, amount: number, currency: string, purpose: string, mark?: string): ToolCall {
  return { tool: 'techcombank.send_swift', args: { from_account: '19027744180011', beneficiary, amount, currency, purpose, charges: 'OUR' }, result: { ref: `TCBSW${rng.int(10_000_000, 99_999_999)}`, status: 'SUBMITTED' }, http: [{ method: 'POST', url: 'https://api.techcombank-personal.example/v1/international-transfers', statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

function billsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const b = rng.pick(HOUSEHOLD_BILLS);
  const amount = b.service === 'HOCPHI' ? 68_500_000 : b.service === 'DIEN' ? rng.int(14, 40) * 100_000 : rng.int(2, 9) * 100_000;
  return { userMessage: `Thanh toán ${b.purpose} qua MoMo.`, memoryBefore: [preferenceSearch(ctx, 'bills')], rounds: [[payBillCall(rng, b.service, b.customer_code, amount, b.biller)]], finalAnswer: `Paid ${b.biller} (${b.customer_code}).` };
}

function familyMoneyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  if (rng.chance(0.8)) {
    const p = rng.pick(FAMILY_PAYEES);
    return { userMessage: `Chuyển tiền cho ${p.name} như mọi tháng.`, memoryBefore: [preferenceSearch(ctx, 'monthly transfers')], rounds: [[momoTransferCall(rng, p.phone, p.amount, p.name, p.why)]], finalAnswer: `Sent ${p.amount} ₫ to ${p.name}.` };
  }
  // Now and then she names someone in the session: a driver, a tailor, a colleague's wedding gift.
  const phone = `+84 ${rng.pick(['90', '93', '97'])} 555 ${String(rng.int(0, 9_999)).padStart(4, '0')}`;
  const who = rng.pick(['anh Tài (tài xế)', 'chị Hoa (thợ may)', 'Quang, quà cưới']);
  const amount = rng.int(5, 30) * 100_000;
  return { userMessage: `Chuyển ${amount} ₫ cho ${who}, số ${localPhone(phone)}.`, rounds: [[momoTransferCall(rng, phone, amount, who, 'Hà gửi')]], finalAnswer: `Sent ${amount} ₫ to ${who} (${localPhone(phone)}).` };
}

function buildingFeeTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  return {
    userMessage: 'Trả phí quản lý căn hộ tháng này.',
    memoryBefore: [preferenceSearch(ctx, 'apartment management fee')],
    rounds: [[tcbTransferCall(rng, { name: BUILDING_MANAGER.name, bank: BUILDING_MANAGER.bank, account: BUILDING_MANAGER.account }, BUILDING_MANAGER.fee, `${BUILDING_MANAGER.unit} phi quan ly T${new Date(ctx.atMs).getUTCMonth() + 1}`)]],
    finalAnswer: `Paid ${BUILDING_MANAGER.fee} ₫ to ${BUILDING_MANAGER.name}.`,
  };
}

/** The rarer case: the month's instalment on the Cebu condominium, wired to the developer's account on her contract. */
function condoTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  return {
    userMessage: 'Trả góp căn hộ Cebu tháng này như thường lệ.',
    memoryBefore: [preferenceSearch(ctx, 'Cebu condo instalment')],
    rounds: [[tcbSwiftCall(rng, { name: CONDO.developer, bank: CONDO.bank, bic: CONDO.bic, account: CONDO.account, country: CONDO.country }, CONDO.instalment, CONDO.currency, `${CONDO.project} monthly amortization`)]],
    finalAnswer: `Wired PHP ${CONDO.instalment} to ${CONDO.developer}.`,
  };
}

/** Fridays only: the week's board pack shared from Drive with the directors on file. */
function boardPackTurn(ctx: WorkflowContext): TurnScript {
  const file = `Board pack ${isoDate(ctx.atMs)}.pdf`;
  return {
    userMessage: 'Chia sẻ board pack tuần này cho HĐQT.',
    memoryBefore: [preferenceSearch(ctx, 'board pack')],
    rounds: [[{ tool: 'drive.share_file', args: { file: `Board/${file}`, recipients: DIRECTORS, role: 'reader', notify: true }, result: { shared_with: DIRECTORS.length, status: 'ok' }, http: [{ method: 'POST', url: 'https://www.googleapis.example/drive/v3/files/board/permissions', statusCode: 200 }] }]],
    finalAnswer: `Shared "${file}" with the ${DIRECTORS.length} directors, read only.`,
  };
}

export function holdoutBcAssistantWorkflow(ctx: WorkflowContext): SessionScript {
  return {
    userId: ctx.agent.owner,
    turns: buildTurns(ctx, [calendarTurn, browseTurn, inboxTurn, mailTurn, familyTurn, rememberTurn, flightTurn, billsTurn, familyMoneyTurn, buildingFeeTurn, condoTurn, boardPackTurn], [0.18, 0.14, 0.14, 0.1, 0.08, 0.06, 0.07, 0.09, 0.08, 0.03, 0.025, new Date(ctx.atMs).getUTCDay() === 5 ? 0.3 : 0]),
  };
}
