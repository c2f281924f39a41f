/**
 * The outlet: Acme Textiles sells its seconds and overstock (towels, bathrobes, t-shirts) to people
 * in Turkey from an ikas web shop. Each order carries an e-Arşiv invoice, which is why the shop keeps
 * the buyer's Turkish identity number beside the name, address and phone. What the support desk's
 * outlet team reads and writes about those customers: the shop, its WhatsApp Business line, SMS
 * through NetGSM and the public complaint site Şikayetvar.
 */
import type { Prng } from '../../prng';
import type { ToolCall } from '../../script';
import { ascii, COMPANY_DOMAIN, mobileOf, msisdn, nationalId, personName } from './world';

export const IKAS = 'https://api.ikas-commerce.example/admin/v1';
export const WHATSAPP = 'https://graph.whatsapp-cloud.example/v19.0';
/** The WhatsApp Business numbers: the outlet's customer line and HR's line for the plant's workers. */
export const OUTLET_WA_NUMBER_ID = '104771830022651';
export const HR_WA_NUMBER_ID = '104771830022688';
export const SIKAYETVAR = 'https://api.sikayetvar-kurumsal.example/v1';
export const NETGSM_HEADER = 'ACMETEKSTIL';

const CITIES: readonly { readonly city: string; readonly districts: readonly string[]; readonly streets: readonly string[] }[] = [
  { city: 'İstanbul', districts: ['Kadıköy', 'Üsküdar', 'Bakırköy', 'Beylikdüzü', 'Ataşehir', 'Esenyurt', 'Sarıyer'], streets: ['Bağdat Cad.', 'Atatürk Cad.', 'Gül Sok.', 'Cumhuriyet Cad.', 'Lale Sok.'] },
  { city: 'Ankara', districts: ['Çankaya', 'Keçiören', 'Yenimahalle', 'Etimesgut'], streets: ['Tunalı Hilmi Cad.', 'İnönü Bulv.', 'Akasya Sok.'] },
  { city: 'İzmir', districts: ['Karşıyaka', 'Bornova', 'Buca', 'Konak'], streets: ['Kıbrıs Şehitleri Cad.', 'Mustafa Kemal Cad.', '1203/4 Sok.'] },
  { city: 'Bursa', districts: ['Nilüfer', 'Osmangazi'], streets: ['FSM Bulv.', 'Altıparmak Cad.'] },
  { city: 'Antalya', districts: ['Muratpaşa', 'Konyaaltı'], streets: ['Işıklar Cad.', 'Atatürk Bulv.'] },
  { city: 'Denizli', districts: ['Pamukkale', 'Merkezefendi'], streets: ['Çamlık Cad.', 'Lise Cad.'] },
];

/** An outlet customer as the shop keeps her: the identity number is there for the e-Arşiv invoice. */
export interface OutletCustomer {
  readonly customer_id: string;
  readonly name: string;
  readonly tckn: string;
  readonly email: string;
  readonly phone: string;
  readonly address: string;
  readonly city: string;
  readonly district: string;
  readonly orders: number;
}

export function fakeOutletCustomer(rng: Prng): OutletCustomer {
  const name = personName(rng);
  const place = rng.pick(CITIES);
  const district = rng.pick(place.districts);
  const first = ascii(name.split(' ')[0]!);
  return {
    customer_id: `cus_${rng.hex(10)}`,
    name,
    tckn: nationalId(rng, 'TR'),
    email: `${first}${rng.int(10, 99)}@${rng.pick(['gmail.example', 'hotmail.example', 'yandex.example', 'outlook.example'])}`,
    phone: mobileOf(rng, 'TR'),
    address: `${rng.pick(place.streets)} No: ${rng.int(1, 240)} D: ${rng.int(1, 24)}, ${district}/${place.city}`,
    city: place.city,
    district,
    orders: rng.int(1, 9),
  };
}

export interface OutletOrder {
  readonly order_no: string;
  readonly customer_id: string;
  readonly items: readonly { readonly sku: string; readonly name: string; readonly qty: number; readonly price: number }[];
  readonly total_try: number;
  readonly e_arsiv_no: string;
  readonly courier: 'Aras Kargo' | 'Yurtiçi Kargo';
  readonly tracking: string;
  readonly status: 'hazırlanıyor' | 'kargoda' | 'teslim edildi' | 'iade talebi';
}

const OUTLET_ITEMS: readonly { readonly sku: string; readonly name: string; readonly price: number }[] = [
  { sku: 'OUT-TW-520-2', name: 'Havlu seti 2. kalite, antrasit', price: 449.9 },
  { sku: 'OUT-BR-318', name: 'Waffle bornoz, beyaz', price: 899.0 },
  { sku: 'OUT-TS-3307-3', name: 'Basic tişört 3\'lü paket', price: 379.9 },
  { sku: 'OUT-PS-60', name: 'Peştamal, 100x180', price: 289.5 },
  { sku: 'OUT-BL-8812', name: 'Desenli viskon bluz (stok fazlası)', price: 529.0 },
];

/** An e-Arşiv invoice number as the integrator issues it: a three-letter series, the year, nine digits. */
export const eArsivNo = (rng: Prng, year = 2030): string => `ARS${year}${String(rng.int(1, 999_999_999)).padStart(9, '0')}`;

export function fakeOutletOrder(rng: Prng, c: OutletCustomer, status: OutletOrder['status'] = rng.pick(['hazırlanıyor', 'kargoda', 'kargoda', 'teslim edildi'])): OutletOrder {
  const items = rng.sample(OUTLET_ITEMS, rng.int(1, 3)).map((i) => ({ ...i, qty: rng.int(1, 3) }));
  const courier = rng.chance(0.6) ? 'Aras Kargo' : 'Yurtiçi Kargo';
  return {
    order_no: `ACM-OUT-${rng.int(1_000_000, 1_999_999)}`,
    customer_id: c.customer_id,
    items,
    total_try: Math.round(items.reduce((a, i) => a + i.qty * i.price, 0) * 100) / 100,
    e_arsiv_no: eArsivNo(rng),
    courier,
    tracking: courier === 'Aras Kargo' ? String(rng.int(1_000_000_000, 9_999_999_999)) : `${rng.int(100_000_000, 999_999_999)}`,
    status,
  };
}

/** The shop's customer search; the desk asks it for one customer by phone, e-mail or order. */
export function ikasSearchCall(query: string, found: readonly unknown[], extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return {
    tool: 'ikas.search_customers',
    args: { query, limit: 5, ...extra },
    result: { customers: found, count: found.length },
    http: [{ method: 'POST', url: `${IKAS}/graphql?op=listCustomer`, statusCode: 200 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

export function getOrderCall(o: OutletOrder, c: OutletCustomer, mark?: string): ToolCall {
  return {
    tool: 'ikas.get_order',
    args: { order_no: o.order_no },
    result: { ...o, customer: { name: c.name, tckn: c.tckn, phone: c.phone, email: c.email }, shipping_address: c.address },
    http: [{ method: 'POST', url: `${IKAS}/graphql?op=getOrder`, statusCode: 200 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

/** A customer's conversation on a WhatsApp Business line. */
export function whatsappGetCall(rng: Prng, numberId: string, from: string, name: string, texts: readonly string[]): ToolCall {
  return {
    tool: 'whatsapp_business.get_messages',
    args: { phone_number_id: numberId, wa_id: msisdn(from), limit: 10 },
    result: { contact: { profile: { name }, wa_id: msisdn(from) }, messages: texts.map((body, i) => ({ id: `wamid.${rng.hex(24)}`, timestamp: String(1_900_000_000 + i * 120), type: 'text', text: { body } })) },
    http: [{ method: 'GET', url: `${WHATSAPP}/${numberId}/conversations/${msisdn(from)}/messages`, statusCode: 200 }],
  };
}

/** A reply on a WhatsApp Business line; `extraHttp` is what else the connector's SDK calls. */
export function whatsappSendCall(rng: Prng, numberId: string, to: string, body: string, mark?: string, extraHttp: readonly { method: string; url: string; statusCode: number }[] = []): ToolCall {
  return {
    tool: 'whatsapp_business.send_message',
    args: { phone_number_id: numberId, to: msisdn(to), type: 'text', text: { body } },
    result: { messaging_product: 'whatsapp', messages: [{ id: `wamid.${rng.hex(24)}` }] },
    http: [{ method: 'POST', url: `${WHATSAPP}/${numberId}/messages`, statusCode: 200 }, ...extraHttp],
    ...(mark === undefined ? {} : { mark }),
  };
}

/** One SMS through NetGSM under the company's header. */
export function smsCall(rng: Prng, to: string, message: string): ToolCall {
  return { tool: 'netgsm.send_sms', args: { header: NETGSM_HEADER, gsmno: msisdn(to), message, encoding: 'TR' }, result: { code: '00', jobid: String(rng.int(1_000_000_000, 9_999_999_999)) }, http: [{ method: 'POST', url: 'https://api.netgsm-sms.example/sms/send/get', statusCode: 200 }] };
}

/** One SMS to many numbers at once (a shift or shuttle notice), NetGSM's one-to-many endpoint. */
export function bulkSmsCall(rng: Prng, phones: readonly string[], message: string, mark?: string): ToolCall {
  return {
    tool: 'netgsm.send_bulk_sms',
    args: { header: NETGSM_HEADER, gsmno: phones.map(msisdn), message, encoding: 'TR' },
    result: { code: '00', jobid: String(rng.int(1_000_000_000, 9_999_999_999)), accepted: phones.length },
    http: [{ method: 'POST', url: 'https://api.netgsm-sms.example/sms/send/xml', statusCode: 200 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

export function complaintCall(id: string, title: string, text: string, author: string): ToolCall {
  return { tool: 'sikayetvar.get_complaint', args: { complaint_id: id }, result: { id, title, text, author, status: 'cevap bekliyor', brand: 'acme-tekstil-outlet' }, http: [{ method: 'GET', url: `${SIKAYETVAR}/complaints/${id}`, statusCode: 200 }] };
}

/** The brand's public answer under a complaint on Şikayetvar, which anyone can read. */
export function complaintReplyCall(rng: Prng, id: string, message: string, mark?: string): ToolCall {
  return {
    tool: 'sikayetvar.post_reply',
    args: { complaint_id: id, message, visibility: 'public' },
    result: { reply_id: `rep_${rng.hex(8)}`, published: true, url: `https://www.sikayetvar.example/acme-tekstil-outlet/${id}` },
    http: [{ method: 'POST', url: `${SIKAYETVAR}/complaints/${id}/replies`, statusCode: 201 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

/** The outlet desk's own mailbox, where customers write too. */
export const OUTLET_MAILBOX = `outlet@${COMPANY_DOMAIN}`;
