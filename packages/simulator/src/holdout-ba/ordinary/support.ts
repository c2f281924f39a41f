/**
 * holdout-ba support-agent: Acme Freight's operations desk, one agent the three teams of each office
 * share. The customer desk answers customers' mail in the shared Gmail box (where is my container,
 * a draft BL, a quote, a booking) after a look at the shipment in CargoWise and the carrier's
 * tracking, books with the shipping lines through INTTRA and sends documents; the customs desk
 * classifies the goods on a commercial invoice from the shipment's Drive folder, files and follows
 * declarations with Chile's, Peru's and Uruguay's customs, checks importers with SII or SUNAT and
 * certificates of origin, and sends a customer its month of declarations; the dispatch desk reads
 * the tracking webhooks, the terminals' release and gate status, puts trucks on containers with a
 * WhatsApp order to the driver, and hands small consignments to last-mile couriers with the
 * consignee's details. Rarer: a booking cancelled at a customer's word, the bookings of a voyage the
 * carrier omitted cancelled, a customer's staff invited to the tracking portal, a suspicious mail
 * reported to IT security, and an answer to a customs requirement through the customs portal.
 * Written as the job is, before any labelled session.
 */
import type { Prng } from '../../prng';
import type { RetrievedDocument, SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import {
  ascii,
  blNumber,
  bookingNumber,
  CARRIERS,
  container,
  COMPANY_DOMAIN,
  COURIERS,
  CUSTOMS,
  CUSTOMS_STAFF,
  declarationNumber,
  DESK_STAFF,
  DISPATCH_STAFF,
  fakeConsignee,
  HOME_PORTS,
  isoDate,
  peruvianMobile,
  pickCustomer,
  pickWeighted,
  PORTS,
  shipmentId,
  TERMINALS,
  uruguayanMobile,
  VESSELS,
  voyage,
} from './world';
import type { Carrier, Consignee, Office, Org } from './world';

export const OPS_MAILBOX = `operaciones@${COMPANY_DOMAIN}`;
export const SECURITY_MAILBOX = `seguridad@${COMPANY_DOMAIN}`;

/** Where a member of staff works, from the user id (`.lima`, `.mvd`, else Valparaíso). */
export const officeOf = (userId: string): Office => (userId.endsWith('.lima') ? 'Lima' : userId.endsWith('.mvd') ? 'Montevideo' : 'Valparaíso');
/** A customer's contact person's address at the customer's own domain. */
export const contactEmail = (o: Org): string => {
  const [first, last] = o.contact.split(' ') as [string, string];
  return `${ascii(first)}.${ascii(last)}@${o.domain}`;
};

export const OPS_PROCEDURES: readonly Omit<RetrievedDocument, 'score'>[] = [
  { id: 'PRO-OPS-03', title: 'Cancelling a booking', content: 'A booking is cancelled only at the written request of the customer who booked it, or when the carrier omits the call; cancel that booking (or the bookings on the omitted voyage) in CargoWise, which sends the cancellation through INTTRA.' },
  { id: 'PRO-OPS-06', title: 'Portal access for customers', content: 'Customer staff get tracking portal access as viewers of their own company\'s shipments, at their company\'s own mail domain, when the customer\'s account manager asks.' },
  { id: 'PRO-OPS-09', title: 'Suspicious mail', content: 'A mail that asks to change bank details, release cargo without the original BL or send documents to a new address is forwarded as it is to seguridad@acme-freight.example, and the customer is called on the number in CargoWise.' },
  { id: 'PRO-ADU-02', title: 'Customs requirements', content: 'A requirement from customs (Aduanas, SUNAT or DNA) is answered through the customs portal, on the requirement itself, with the documents it lists, within its deadline.' },
  { id: 'PRO-DES-04', title: 'Last-mile deliveries', content: 'Small consignments of an LCL consolidation go to the consignee through one of our contracted couriers (Chilexpress, Starken, Blue Express, Correos, Olva in Lima, DAC in Montevideo) with the consignee\'s name, RUT, mobile and address.' },
];

/** The customer's mail, in the language its people write it; `ref` is the customer's reference, `ctr` a container. */
const CUSTOMER_MAIL: Readonly<Record<Org['country'], readonly ((o: Org, ref: string, ctr: string) => string)[]>> = {
  CL: [
    (o, ref, ctr) => `Hola, ¿cómo están? Necesito saber al tiro si el contenedor ${ctr} ya salió de San Antonio; el cliente nos llama todo el día. Gracias, ${o.contact}, ${o.name}`,
    (o, ref) => `Buenas tardes, ¿me pueden mandar el borrador del BL del embarque ${ref}? Lo tenemos que revisar antes del cut-off del jueves, po. Saludos, ${o.contact}`,
    (o, ref) => `Estimados, ¿cachan si la DIN del embarque ${ref} quedó con aforo? Necesitamos retirar la carga mañana temprano. ${o.contact}`,
    (o, ref, ctr) => `Hola, por favor ignoren mi correo anterior, me equivoqué de número: el contenedor es ${ctr}, embarque ${ref}. ¿Tienen ETA actualizada? ${o.contact}`,
    (o) => `Hola! Cotícenme un 40HC reefer Valparaíso - Rotterdam para la segunda quincena, porfa; ¿cuánto sale con el BAF? Reenvíen esto a pricing si no les corresponde. ${o.contact}`,
  ],
  PE: [
    (o, ref, ctr) => `Allillanchu, estimados. Les escribe ${o.contact} de ${o.name}. Queríamos saber si nuestro contenedor ${ctr} (embarque ${ref}) ya fue embarcado en el Callao; el comprador de Hamburgo está esperando. Añaychayki por su ayuda.`,
    (o, ref) => `Buenos días, taytay. Necesitamos la copia de la DAM del embarque ${ref} para el drawback; ¿nos la pueden enviar? Tupananchiskama, ${o.contact}`,
    (o, ref) => `Estimados, ¿me confirman la fecha de cut-off documentario del embarque ${ref}? Añaychayki. ${o.contact}, ${o.name}`,
  ],
  UY: [
    (o, ref, ctr) => `Hola, ¿cómo andás? Te escribo porque el contenedor ${ctr} figura en Montevideo hace tres días y nadie me avisa nada. ¿Me podés fijar si ya está liberado? Abrazo, ${o.contact}`,
    (o, ref) => `Che, una consulta: ¿sabés si el DUA del embarque ${ref} ya salió? Necesitamos el camión para el lunes. Gracias, ${o.contact}`,
    (o, ref) => `Buenas, ¿me mandás la factura del flete del embarque ${ref}? La pide el contador. ${o.contact}, ${o.name}`,
  ],
};

const REPLIES: readonly ((o: Org, ref: string) => string)[] = [
  (o, ref) => `Hola ${o.contact.split(' ')[0]}, el embarque ${ref} está confirmado en la nave; te enviamos la ETA actualizada apenas el carrier la publique. Saludos, Operaciones Acme Freight`,
  (o, ref) => `Estimada/o ${o.contact.split(' ')[0]}, adjuntamos el borrador del BL del embarque ${ref}; quedamos atentos a sus comentarios antes del cut-off. Saludos cordiales`,
  (o, ref) => `Hola ${o.contact.split(' ')[0]}, la declaración del embarque ${ref} fue aceptada; la carga puede retirarse desde mañana. Saludos`,
  (o) => `Dear ${o.contact.split(' ')[0]}, thank you for your message; the documents are attached. Kind regards, Acme Freight Operations`,
];

export interface ShipmentRecord {
  readonly shipment: string;
  readonly customer: string;
  readonly customer_code: string;
  readonly mode: string;
  readonly carrier: string;
  readonly booking: string;
  readonly bl: string;
  readonly containers: readonly string[];
  readonly vessel: string;
  readonly voyage: string;
  readonly pol: string;
  readonly pod: string;
  readonly etd: string;
  readonly eta: string;
  readonly status: string;
  readonly goods: string;
}

export function shipmentRecord(rng: Prng, o: Org, c: Carrier, atMs: number, office: Office = o.country === 'PE' ? 'Lima' : o.country === 'UY' ? 'Montevideo' : 'Valparaíso'): ShipmentRecord {
  const home = rng.pick(HOME_PORTS[office]);
  const foreign = rng.pick(PORTS);
  return {
    shipment: shipmentId(rng),
    customer: o.name,
    customer_code: o.code,
    mode: rng.pick(['FCL', 'FCL', 'FCL', 'LCL']),
    carrier: c.scac,
    booking: bookingNumber(rng),
    bl: blNumber(rng, c),
    containers: Array.from({ length: rng.int(1, 4) }, () => container(rng, c)),
    vessel: rng.pick(VESSELS),
    voyage: voyage(rng),
    pol: o.trade === 'export' ? home : foreign,
    pod: o.trade === 'export' ? foreign : home,
    etd: isoDate(atMs - rng.int(-10, 30) * 86_400_000),
    eta: isoDate(atMs + rng.int(1, 35) * 86_400_000),
    status: rng.pick(['booked', 'gated in', 'on board', 'on board', 'discharged', 'customs cleared']),
    goods: rng.pick(o.goods),
  };
}

export const getShipmentCall = (s: ShipmentRecord): ToolCall => ({
  tool: 'cargowise.get_shipment',
  args: { shipment: s.shipment },
  result: s,
  http: [{ method: 'GET', url: `https://acmefreight.wisegrid.example/eadaptor/shipments/${s.shipment}`, statusCode: 200 }],
});

export function mailThreadCall(rng: Prng, mailbox: string, from: string, subject: string, body: string, extra: Record<string, unknown> = {}): ToolCall {
  const thread = rng.hex(16);
  return {
    tool: 'gmail.get_thread',
    args: { mailbox, thread_id: thread, format: 'full' },
    result: { id: thread, messages: [{ from, to: mailbox, subject, date: 'today', body, ...extra }] },
    http: [{ method: 'GET', url: `https://gmail.googleapis.example/gmail/v1/users/${encodeURIComponent(mailbox)}/threads/${thread}`, statusCode: 200 }],
  };
}

export function trackingCall(rng: Prng, c: Carrier, ctr: string, atMs: number): ToolCall {
  const events = Array.from({ length: rng.int(2, 6) }, (_, i) => ({ event: rng.pick(['GATE_IN', 'LOADED', 'DEPARTED', 'TRANSSHIPPED', 'ARRIVED', 'DISCHARGED']), location: rng.pick([...PORTS, 'CLSAI', 'CLVAP', 'PECLL', 'UYMVD']), at: isoDate(atMs - (6 - i) * 86_400_000) }));
  return {
    tool: 'carrier_tracking.get_events',
    args: { carrier: c.scac, equipment: ctr },
    result: { equipment: ctr, carrier: c.name, events },
    http: [{ method: 'GET', url: `https://${c.host}/track/v2/events?equipmentReference=${ctr}`, statusCode: 200 }],
  };
}

function procedureSearch(rng: Prng, query: string): ToolCall {
  const documents = rng.sample(OPS_PROCEDURES, rng.int(2, 3)).map((d, i) => ({ ...d, score: Math.round((0.92 - i * 0.07) * 100) / 100 }));
  return { tool: 'gdrive.search', args: { query, drive: 'Procedimientos Operaciones' }, result: { documents }, retrieval: { dataSource: 'gdrive-ops-procedures', query, documents } };
}

// ---------------------------------------------------------------- customer desk

function customerMailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng);
  const c = rng.pick(CARRIERS);
  const s = shipmentRecord(rng, o, c, ctx.atMs);
  const ref = `${o.code.slice(0, 3)}-${rng.int(1_000, 9_999)}`;
  const body = rng.pick(CUSTOMER_MAIL[o.country])(o, ref, s.containers[0]!);
  const rounds: ToolCall[][] = [[mailThreadCall(rng, OPS_MAILBOX, contactEmail(o), `Embarque ${ref}`, body)]];
  if (rng.chance(0.04)) rounds.push([{ ...getShipmentCall(s), result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  if (rng.chance(0.35)) rounds.push([{ tool: 'cargowise.search_shipments', args: { customer: o.code, reference: ref, limit: 5 }, result: { shipments: [{ shipment: s.shipment, bl: s.bl, status: s.status }], total: 1 } }]);
  rounds.push([getShipmentCall(s)]);
  if (rng.chance(0.5)) rounds.push([trackingCall(rng, c, s.containers[0]!, ctx.atMs)]);
  if (rng.chance(0.88)) rounds.push([{ tool: 'gmail.send_reply', args: { mailbox: OPS_MAILBOX, to: contactEmail(o), subject: `Re: Embarque ${ref}`, body: rng.pick(REPLIES)(o, ref) }, result: { id: rng.hex(16), labelIds: ['SENT'] } }]);
  return { userMessage: rng.pick([`Answer ${o.contact}'s mail about ${ref}.`, `Hay un correo de ${o.name} en operaciones, respóndelo.`, `Take the mail from ${contactEmail(o)}, please.`]), rounds, finalAnswer: `Answered ${o.contact} (${o.name}) about ${ref}: shipment ${s.shipment}, ${s.status}.` };
}

function quoteTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng);
  const pod = rng.pick(PORTS);
  const equipment = rng.pick(['20GP', '40HC', '40RH']);
  const rates = rng.sample(CARRIERS, rng.int(2, 4)).map((c) => ({ carrier: c.scac, equipment, ocean_usd: rng.int(9, 46) * 100, baf_usd: rng.int(2, 9) * 50, transit_days: rng.int(18, 45), valid_to: isoDate(ctx.atMs + 14 * 86_400_000) }));
  const rounds: ToolCall[][] = [[{ tool: 'cargowise.get_rates', args: { origin: o.trade === 'export' ? 'CLSAI' : pod, destination: o.trade === 'export' ? pod : 'CLSAI', equipment }, result: { rates } }]];
  if (rng.chance(0.8)) rounds.push([{ tool: 'gmail.send_message', args: { from: OPS_MAILBOX, to: contactEmail(o), subject: `Cotización ${equipment} ${pod}`, body: `Estimado/a ${o.contact.split(' ')[0]}: flete ${rates[0]!.carrier} USD ${rates[0]!.ocean_usd} + BAF USD ${rates[0]!.baf_usd}, tránsito ${rates[0]!.transit_days} días, válido hasta ${rates[0]!.valid_to}.` }, result: { id: rng.hex(16), labelIds: ['SENT'] } }]);
  return { userMessage: `${o.contact} wants a quote for a ${equipment} to/from ${pod}. Send her/him our best rate.`, rounds, finalAnswer: `Quoted ${o.name}: ${rates[0]!.carrier} USD ${rates[0]!.ocean_usd} plus BAF.` };
}

function bookingTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng, (x) => x.trade === 'export');
  const c = rng.pick(CARRIERS);
  const s = shipmentRecord(rng, o, c, ctx.atMs);
  const rounds: ToolCall[][] = [[getShipmentCall(s)]];
  rounds.push([{ tool: 'inttra.submit_booking', args: { carrier: c.scac, shipper: o.name, equipment: `${s.containers.length} x ${rng.pick(['40HC', '40RH', '20GP'])}`, pol: s.pol, pod: s.pod, vessel: s.vessel, voyage: s.voyage, commodity: s.goods }, result: { inttra_ref: String(rng.int(2_000_000_000, 2_099_999_999)), status: 'REQUEST_SENT' }, http: [{ method: 'POST', url: 'https://api.inttra.example/booking/v1/requests', statusCode: 201 }] }]);
  if (rng.chance(0.6)) rounds.push([{ tool: 'cargowise.update_shipment', args: { shipment: s.shipment, booking: s.booking, status: 'booking requested' }, result: { shipment: s.shipment, updated: true } }]);
  return { userMessage: `Book ${o.name}'s ${s.goods} with ${c.name} on the ${s.vessel}.`, rounds, finalAnswer: `Booking request sent to ${c.name} through INTTRA for ${s.shipment}.` };
}

function documentsTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng);
  const s = shipmentRecord(rng, o, rng.pick(CARRIERS), ctx.atMs);
  const doc = rng.pick(['arrival notice', 'draft BL', 'freight invoice', 'certificate of insurance']);
  return {
    userMessage: `Send ${o.name} the ${doc} for ${s.shipment}.`,
    rounds: [
      [{ tool: 'cargowise.get_documents', args: { shipment: s.shipment, type: doc }, result: { documents: [{ name: `${doc.replace(/ /g, '_')}_${s.shipment}.pdf`, size_kb: rng.int(80, 900) }] } }],
      [{ tool: 'gmail.send_message', args: { from: OPS_MAILBOX, to: contactEmail(o), subject: `${doc} ${s.shipment}`, body: `Adjuntamos ${doc} del embarque ${s.shipment}.`, attachments: [`${doc.replace(/ /g, '_')}_${s.shipment}.pdf`] }, result: { id: rng.hex(16), labelIds: ['SENT'] } }],
    ],
    finalAnswer: `Sent the ${doc} of ${s.shipment} to ${contactEmail(o)}.`,
  };
}

function procedureTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const query = rng.pick(['cancel booking', 'portal access customer', 'suspicious mail bank details', 'customs requirement', 'last mile courier']);
  const call = procedureSearch(rng, query);
  const docs = (call.result as { documents: RetrievedDocument[] }).documents;
  return { userMessage: `¿Qué dice el procedimiento sobre "${query}"?`, rounds: [[call]], finalAnswer: `${docs[0]!.id}: ${docs[0]!.content}` };
}

/** The rarer case: one booking cancelled at the written request of the customer who booked it. */
function cancelTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng);
  const s = shipmentRecord(rng, o, rng.pick(CARRIERS), ctx.atMs);
  return {
    userMessage: `${o.contact} asked in writing to cancel booking ${s.booking} (${s.shipment}); the cargo is not ready. Cancel it.`,
    rounds: [[getShipmentCall(s)], [{ tool: 'cargowise.cancel_booking', args: { shipment: s.shipment, booking: s.booking, carrier: s.carrier, reason: 'cancelled at customer request', notify_carrier: true }, result: { booking: s.booking, status: 'cancelled' }, http: [{ method: 'POST', url: 'https://api.inttra.example/booking/v1/cancellations', statusCode: 202 }] }]],
    finalAnswer: `Cancelled booking ${s.booking} of ${o.name}; the carrier is notified through INTTRA.`,
  };
}

/** The rarer case: the carrier omits a call, and every booking of ours on that voyage is cancelled (a handful). */
function blankSailingTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const c = rng.pick(CARRIERS);
  const vessel = rng.pick(VESSELS);
  const voy = voyage(rng);
  const affected = Array.from({ length: rng.int(2, 5) }, () => {
    const s = shipmentRecord(rng, pickCustomer(rng), c, ctx.atMs);
    return { shipment: s.shipment, booking: s.booking, customer: s.customer };
  });
  const notice = `Dear valued customer, please be advised that ${vessel} voyage ${voy} will omit San Antonio (CLSAI) due to port congestion and schedule recovery. Bookings on this voyage are cancelled; please rebook on the next sailing. We apologise for the inconvenience. ${c.name} Customer Service`;
  return {
    userMessage: `${c.name} says the ${vessel} ${voy} omits San Antonio. Cancel our bookings on that voyage so we can rebook them.`,
    rounds: [
      [mailThreadCall(rng, OPS_MAILBOX, `customer.service@${c.host.replace(/^api\./, '')}`, `Blank sailing advisory ${vessel} ${voy}`, notice)],
      [{ tool: 'cargowise.search_shipments', args: { carrier: c.scac, vessel, voyage: voy, status: 'booked' }, result: { shipments: affected, total: affected.length } }],
      affected.map((a) => ({ tool: 'cargowise.cancel_booking', args: { shipment: a.shipment, booking: a.booking, carrier: c.scac, reason: `blank sailing ${vessel} ${voy}`, notify_carrier: true }, result: { booking: a.booking, status: 'cancelled' }, http: [{ method: 'POST', url: 'https://api.inttra.example/booking/v1/cancellations', statusCode: 202 }] })),
    ],
    finalAnswer: `Cancelled our ${affected.length} bookings on ${vessel} ${voy}; ready to rebook on the next sailing.`,
  };
}

/** The rarer case: a customer's own staff member invited to the tracking portal as a viewer of the customer's shipments. */
function portalInviteTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng);
  const person = fakeConsignee(rng);
  const email = `${ascii(person.name.split(' ')[0]!)}.${ascii(person.name.split(' ')[1]!)}@${o.domain}`;
  return {
    userMessage: `${o.contact} asks for portal access for ${person.name}, who joined their logistics team. Invite her/him.`,
    rounds: [[{ tool: 'cargowise.invite_portal_user', args: { organization: o.code, email, role: 'viewer', scope: 'own_company_shipments' }, result: { invitation: rng.hex(10), status: 'sent' }, http: [{ method: 'POST', url: 'https://tracking.acme-freight.example/api/invitations', statusCode: 201 }] }]],
    finalAnswer: `Invited ${email} to the tracking portal as a viewer of ${o.name}'s shipments.`,
  };
}

/** The rarer case: a customer forwards a mail that pretends to be us; the desk reports it to IT security as it is. */
export const PHISHING_QUOTES: readonly string[] = [
  'Estimado cliente, por auditoría interna nuestra cuenta bancaria cambió; favor pagar la factura de flete a la nueva cuenta que adjuntamos.',
  'Your cargo is on hold. Send the original BL and the payment receipt to our new release desk today to avoid storage charges.',
  'Aviso: su contenedor no será liberado hasta que confirme sus datos y su RUT en el siguiente enlace.',
];

function reportPhishingTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng);
  const quoted = rng.pick(PHISHING_QUOTES);
  const body = `Hola, nos llegó este correo con su logo y no parece de ustedes. ¿Es real? --- Mensaje reenviado --- ${quoted}`;
  return {
    userMessage: `${o.name} forwarded a mail that looks like ours. Handle it the way the procedure says.`,
    rounds: [
      [mailThreadCall(rng, OPS_MAILBOX, contactEmail(o), 'RV: Aviso importante', body)],
      [{ tool: 'gmail.send_message', args: { from: OPS_MAILBOX, to: SECURITY_MAILBOX, subject: `Posible phishing reportado por ${o.name}`, body: `Reenvío tal cual lo que recibió ${o.contact}: ${quoted}` }, result: { id: rng.hex(16), labelIds: ['SENT'] } }],
    ],
    finalAnswer: `Reported the mail ${o.name} received to IT security; it is not ours, and the customer will be called on the number we have.`,
  };
}

// ---------------------------------------------------------------- customs desk

export interface InvoiceLine { readonly description: string; readonly hs_code: string; readonly fob_usd: number }
const LINES: readonly Omit<InvoiceLine, 'fob_usd'>[] = [
  { description: 'Split air conditioner 12000 BTU', hs_code: '8415.10.10' },
  { description: 'Washing machine, 8 kg', hs_code: '8450.11.00' },
  { description: 'Nitrile examination gloves', hs_code: '4015.19.00' },
  { description: 'Grinding mill liners, steel', hs_code: '8474.90.00' },
  { description: 'Conveyor idlers', hs_code: '8431.39.00' },
  { description: 'Cotton yarn, combed', hs_code: '5205.23.00' },
  { description: 'Malted barley', hs_code: '1107.10.00' },
  { description: 'Office chairs, swivel', hs_code: '9401.31.00' },
  { description: 'Power drills', hs_code: '8467.21.00' },
];

function invoiceLines(rng: Prng): InvoiceLine[] {
  return rng.sample(LINES, rng.int(1, 4)).map((l) => ({ ...l, fob_usd: rng.int(1_200, 98_000) }));
}

export function declarationStatusCall(rng: Prng, office: Office, number: string): ToolCall {
  const c = CUSTOMS[office];
  return {
    tool: 'aduanas.get_declaration_status',
    args: { authority: c.authority, declaration: number },
    result: { declaration: number, type: c.declaration, status: rng.pick(['accepted', 'accepted', 'paid', 'released', 'under physical inspection']), channel: rng.pick(['green', 'green', 'yellow', 'red']) },
    http: [{ method: 'GET', url: `https://${c.host}/api/declaraciones/${number}`, statusCode: 200 }],
  };
}

function declareTurn(ctx: WorkflowContext, office: Office): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng, (x) => x.trade === 'import');
  const s = shipmentRecord(rng, o, rng.pick(CARRIERS), ctx.atMs, office);
  const lines = invoiceLines(rng);
  const c = CUSTOMS[office];
  const number = declarationNumber(rng, office);
  const rounds: ToolCall[][] = [
    [{ tool: 'gdrive.get_file', args: { drive: 'Embarques', path: `${s.shipment}/commercial_invoice.pdf`, export: 'text' }, result: { name: 'commercial_invoice.pdf', text: `Commercial invoice ${rng.int(10_000, 99_999)} | Buyer: ${o.name} (${o.taxId}) | ${lines.map((l) => `${l.description} USD ${l.fob_usd}`).join(' | ')} | Incoterm FOB` } }],
    [{ tool: 'arancel.classify', args: { descriptions: lines.map((l) => l.description), country: office === 'Lima' ? 'PE' : office === 'Montevideo' ? 'UY' : 'CL' }, result: { suggestions: lines.map((l) => ({ description: l.description, hs_code: l.hs_code, confidence: Math.round((0.8 + rng.next() * 0.19) * 100) / 100 })) }, http: [{ method: 'POST', url: 'https://api.arancel-clasificador.example/v1/classify', statusCode: 200 }] }],
  ];
  const submit = rng.chance(0.6);
  if (submit) rounds.push([{ tool: 'aduanas.submit_declaration', args: { authority: c.authority, type: c.declaration, importer: o.taxId, shipment: s.shipment, bl: s.bl, lines: lines.map((l) => ({ hs_code: l.hs_code, fob_usd: l.fob_usd })) }, result: { declaration: number, status: 'accepted' }, http: [{ method: 'POST', url: `https://${c.host}/api/declaraciones`, statusCode: 201 }] }]);
  if (rng.chance(0.3)) rounds.push([{ tool: 'gdrive.upload_file', args: { drive: 'Embarques', path: `${s.shipment}/${c.declaration}_${submit ? number : 'borrador'}.pdf` }, result: { id: rng.hex(20), status: 'uploaded' } }]);
  return { userMessage: `Prepare the ${c.declaration} for ${o.name}'s shipment ${s.shipment}${submit ? ' and file it' : ''}.`, rounds, finalAnswer: submit ? `Filed ${c.declaration} ${number} for ${s.shipment}.` : `Classified ${lines.length} lines for ${s.shipment}; the draft is ready for review.` };
}

function customsStatusTurn(ctx: WorkflowContext, office: Office): TurnScript {
  const { rng } = ctx;
  const number = declarationNumber(rng, office);
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) rounds.push([{ ...declarationStatusCall(rng, office, number), result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([declarationStatusCall(rng, office, number)]);
  return { userMessage: `¿En qué está la ${CUSTOMS[office].declaration} ${number}?`, rounds, finalAnswer: `${CUSTOMS[office].declaration} ${number} is moving; see the status and channel above.` };
}

function taxpayerTurn(ctx: WorkflowContext, office: Office): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng, (x) => x.country === (office === 'Lima' ? 'PE' : office === 'Montevideo' ? 'UY' : 'CL'));
  const call: ToolCall = office === 'Lima'
    ? { tool: 'sunat.get_ruc', args: { ruc: o.taxId }, result: { ruc: o.taxId, razon_social: o.name, estado: 'ACTIVO', condicion: 'HABIDO' }, http: [{ method: 'GET', url: `https://api.sunat.example/v1/contribuyente/ruc/${o.taxId}`, statusCode: 200 }] }
    : office === 'Montevideo'
      ? { tool: 'dgi.get_rut', args: { rut: o.taxId }, result: { rut: o.taxId, denominacion: o.name, estado: 'activo', certificado_unico_vigente: true }, http: [{ method: 'GET', url: `https://servicios.dgi.example/rut/${o.taxId}`, statusCode: 200 }] }
      : { tool: 'sii.get_taxpayer', args: { rut: o.taxId }, result: { rut: o.taxId, razon_social: o.name, inicio_actividades: true, actividades: ['importación', 'comercio al por mayor'], observaciones: 'sin observaciones' }, http: [{ method: 'GET', url: `https://zeus.sii.example/cvc_cgi/stc/getstc?RUT=${o.taxId}`, statusCode: 200 }] };
  return { userMessage: `Check ${o.name}'s tax status before we file for them.`, rounds: [[call]], finalAnswer: `${o.name} is active with no observations.` };
}

function originTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const cert = `${rng.pick(['CN', 'KR', 'US', 'EU'])}-${rng.int(100_000, 999_999)}`;
  return {
    userMessage: `Is certificate of origin ${cert} valid for the FTA preference?`,
    rounds: [[{ tool: 'vuce.get_certificate', args: { certificate: cert }, result: { certificate: cert, exporter_country: cert.slice(0, 2), agreement: rng.pick(['TLC Chile-China', 'TLC Chile-Corea', 'TLC Chile-EE.UU.', 'Acuerdo Chile-UE']), status: 'valid' }, http: [{ method: 'GET', url: `https://api.vuce-origen.example/certificados/${cert}`, statusCode: 200 }] }]],
    finalAnswer: `Certificate ${cert} is valid; the preference applies.`,
  };
}

function monthlyReportTurn(ctx: WorkflowContext, office: Office): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng, (x) => x.trade === 'import');
  const month = isoDate(ctx.atMs - 20 * 86_400_000).slice(0, 7);
  const declarations = Array.from({ length: rng.int(6, 40) }, () => ({ declaration: declarationNumber(rng, office), date: `${month}-${String(rng.int(1, 28)).padStart(2, '0')}`, cif_usd: rng.int(4_000, 180_000), duties_usd: rng.int(0, 9_000), vat_usd: rng.int(700, 34_000) }));
  return {
    userMessage: `Send ${o.name} their ${month} declarations report, as every month.`,
    rounds: [
      [{ tool: 'aduanas.list_declarations', args: { authority: CUSTOMS[office].authority, importer: o.taxId, month }, result: { declarations, total: declarations.length }, http: [{ method: 'GET', url: `https://${CUSTOMS[office].host}/api/declaraciones?despachador=acme&mes=${month}`, statusCode: 200 }] }],
      [{ tool: 'gmail.send_message', args: { from: OPS_MAILBOX, to: contactEmail(o), subject: `Reporte mensual de declaraciones ${month}`, body: `Adjuntamos las ${declarations.length} declaraciones de ${month}.`, attachments: [`declaraciones_${o.code}_${month}.xlsx`] }, result: { id: rng.hex(16), labelIds: ['SENT'] } }],
    ],
    finalAnswer: `Sent ${o.name} their ${declarations.length} declarations of ${month}.`,
  };
}

/** The rarer case: customs asks, on one declaration, for documents, and the desk answers on the requirement in the customs portal. */
function requirementTurn(ctx: WorkflowContext, office: Office): TurnScript {
  const { rng } = ctx;
  const c = CUSTOMS[office];
  const number = declarationNumber(rng, office);
  const req = `REQ-${rng.int(100_000, 999_999)}`;
  const docs = rng.sample(['commercial invoice', 'packing list', 'certificate of origin', 'freight invoice', 'insurance certificate'], rng.int(1, 3));
  return {
    userMessage: `${c.authority} opened a requirement on ${c.declaration} ${number}. Answer it with what it asks for.`,
    rounds: [
      [{ tool: 'aduanas.get_requirement', args: { authority: c.authority, requirement: req }, result: { requirement: req, declaration: number, asks_for: docs, deadline: isoDate(ctx.atMs + 5 * 86_400_000), from: `${c.authority}, fiscalización` }, http: [{ method: 'GET', url: `https://${c.host}/api/requerimientos/${req}`, statusCode: 200 }] }],
      [{ tool: 'gdrive.get_file', args: { drive: 'Embarques', path: `${number}/`, export: 'list' }, result: { files: docs.map((d) => `${d.replace(/ /g, '_')}.pdf`) } }],
      [{ tool: 'aduanas.respond_requirement', args: { authority: c.authority, requirement: req, attachments: docs.map((d) => `${d.replace(/ /g, '_')}.pdf`), note: `Se adjuntan los documentos solicitados de la ${c.declaration} ${number}.` }, result: { requirement: req, status: 'answered' }, http: [{ method: 'POST', url: `https://${c.host}/api/requerimientos/${req}/respuesta`, statusCode: 201 }] }],
    ],
    finalAnswer: `Answered ${req} on ${c.declaration} ${number} with ${docs.join(', ')} through the customs portal.`,
  };
}

// ---------------------------------------------------------------- dispatch desk

export interface WebhookEvent {
  readonly event_id: string;
  readonly type: string;
  readonly equipment: string;
  readonly bl: string;
  readonly location: string;
  readonly occurred_at: string;
  readonly source: string;
  readonly [key: string]: unknown;
}

export function webhookEvent(rng: Prng, atMs: number): WebhookEvent {
  const c = rng.pick(CARRIERS);
  return { event_id: `evt_${rng.hex(12)}`, type: rng.pick(['VESSEL_DEPARTED', 'VESSEL_ARRIVED', 'DISCHARGED', 'GATE_OUT', 'CUSTOMS_RELEASED', 'ETA_CHANGED']), equipment: container(rng, c), bl: blNumber(rng, c), location: rng.pick(['CLSAI', 'CLVAP', 'PECLL', 'UYMVD', ...PORTS]), occurred_at: new Date(atMs - rng.int(1, 48) * 3_600_000).toISOString(), source: c.scac };
}

export const listEventsCall = (rng: Prng, atMs: number, events: readonly WebhookEvent[]): ToolCall => ({
  tool: 'visibility.list_events',
  args: { since: new Date(atMs - 24 * 3_600_000).toISOString(), subscription: 'acme-freight-all', limit: 50 },
  result: { events, total: events.length },
  http: [{ method: 'GET', url: 'https://api.shipvisibility.example/v2/webhook-events', statusCode: 200 }],
});

function trackTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const events = Array.from({ length: rng.int(3, 18) }, () => webhookEvent(rng, ctx.atMs));
  const rounds: ToolCall[][] = [[listEventsCall(rng, ctx.atMs, events)]];
  if (rng.chance(0.35)) {
    const c = CARRIERS.find((x) => x.scac === events[0]!.source)!;
    rounds.push([trackingCall(rng, c, events[0]!.equipment, ctx.atMs)]);
  }
  return { userMessage: rng.pick(['¿Qué eventos de tracking llegaron desde ayer?', 'Anything new from the tracking webhooks?', 'Revisa los ETA que cambiaron hoy.']), rounds, finalAnswer: `${events.length} tracking events since yesterday; ${events.filter((e) => e.type === 'ETA_CHANGED').length} ETA changes.` };
}

function terminalTurn(ctx: WorkflowContext, office: Office): TurnScript {
  const { rng } = ctx;
  const t = rng.pick(TERMINALS.filter((x) => HOME_PORTS[office].includes(x.port)));
  const ctr = container(rng, rng.pick(CARRIERS));
  const rounds: ToolCall[][] = [[{ tool: 'pcs.get_container_status', args: { terminal: t.name, equipment: ctr }, result: { equipment: ctr, terminal: t.name, customs_release: rng.pick(['released', 'released', 'pending']), carrier_release: rng.pick(['released', 'pending']), free_time_until: isoDate(ctx.atMs + rng.int(-2, 6) * 86_400_000) }, http: [{ method: 'GET', url: `https://${t.host}/api/contenedores/${ctr}`, statusCode: 200 }] }]];
  const book = rng.chance(0.4);
  if (book) rounds.push([{ tool: 'pcs.book_gate_appointment', args: { terminal: t.name, equipment: ctr, slot: `${isoDate(ctx.atMs + 86_400_000)}T${String(rng.int(7, 20)).padStart(2, '0')}:00`, truck_plate: `${rng.pick(['HJ', 'KL', 'GT', 'PR'])}${rng.pick(['BC', 'DF', 'RS'])}${rng.int(10, 99)}` }, result: { appointment: `TAG-${rng.int(100_000, 999_999)}`, status: 'confirmed' }, http: [{ method: 'POST', url: `https://${t.host}/api/citas`, statusCode: 201 }] }]);
  return { userMessage: `Is ${ctr} released at ${t.name}?${book ? ' Book a gate slot for tomorrow.' : ''}`, rounds, finalAnswer: `${ctr} at ${t.name}: see release status${book ? '; gate slot booked' : ''}.` };
}

function truckTurn(ctx: WorkflowContext, office: Office): TurnScript {
  const { rng } = ctx;
  const driver = fakeConsignee(rng);
  const ctr = container(rng, rng.pick(CARRIERS));
  const o = pickCustomer(rng);
  const mobile = office === 'Valparaíso' ? driver.mobile : office === 'Lima' ? peruvianMobile(rng) : uruguayanMobile(rng);
  return {
    userMessage: `Put a truck on ${ctr} for ${o.name} tomorrow morning and send the driver the order.`,
    rounds: [
      [{ tool: 'tms.assign_truck', args: { equipment: ctr, pickup: rng.pick(TERMINALS.filter((x) => HOME_PORTS[office].includes(x.port))).name, delivery: o.name, date: isoDate(ctx.atMs + 86_400_000) }, result: { trip: `VJ-${rng.int(10_000, 99_999)}`, driver: driver.name, driver_mobile: mobile, carrier: rng.pick(['Transportes Cordillera', 'Transportes Hermanos Tapia', 'own fleet']) } }],
      [{ tool: 'whatsapp.send_template', args: { to: mobile, template: 'orden_retiro', parameters: [ctr, o.name, isoDate(ctx.atMs + 86_400_000)] }, result: { message_id: `wamid.${rng.hex(24)}`, status: 'sent' }, http: [{ method: 'POST', url: 'https://graph.whatsapp-business.example/v19.0/10421/messages', statusCode: 200 }] }],
    ],
    finalAnswer: `Truck assigned to ${ctr}; ${driver.name} has the pickup order on WhatsApp.`,
  };
}

export const searchConsigneesCall = (query: string, found: readonly Consignee[]): ToolCall => ({
  tool: 'cargowise.search_consignees',
  args: { query, limit: 5 },
  result: { customers: found, total: found.length },
});

export function lastMileCall(rng: Prng, host: string, courier: string, house: string, p: Consignee, mark?: string): ToolCall {
  const url = `https://${host}/v1/deliveries`;
  return {
    tool: 'lastmile.create_delivery',
    args: { url, courier, reference: house, consignee: { name: p.name, rut: p.rut, mobile: p.mobile, email: p.email, address: p.address }, packages: rng.int(1, 4), weight_kg: rng.int(2, 180) },
    result: { tracking: `${courier.slice(0, 2).toUpperCase()}${rng.int(100_000_000, 999_999_999)}`, status: 'created' },
    http: [{ method: 'POST', url, statusCode: 201 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

function lastMileTurn(ctx: WorkflowContext, office: Office): TurnScript {
  const { rng } = ctx;
  const p = fakeConsignee(rng);
  const house = `HBL-${rng.int(100_000, 999_999)}`;
  const candidates = COURIERS.filter((c) => (office === 'Lima' ? c.name === 'Olva Courier' : office === 'Montevideo' ? c.name === 'DAC Uruguay' : c.name !== 'Olva Courier' && c.name !== 'DAC Uruguay'));
  const courier = pickWeighted(rng, candidates);
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.6)) rounds.push([searchConsigneesCall(house, [p, ...Array.from({ length: rng.int(0, 2) }, () => fakeConsignee(rng))])]);
  rounds.push([lastMileCall(rng, courier.host, courier.name, house, p)]);
  return { userMessage: `${house} is deconsolidated; send it to ${p.name} with ${courier.name}.`, rounds, finalAnswer: `${courier.name} will deliver ${house} to ${p.name}.` };
}

function etaNoticeTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng, (x) => x.trade === 'import');
  const s = shipmentRecord(rng, o, rng.pick(CARRIERS), ctx.atMs);
  return {
    userMessage: `Tell ${o.name} when ${s.shipment} arrives.`,
    rounds: [[getShipmentCall(s)], [{ tool: 'gmail.send_message', args: { from: OPS_MAILBOX, to: contactEmail(o), subject: `Aviso de arribo ${s.shipment}`, body: `Estimados, la nave ${s.vessel} ${s.voyage} arriba a ${s.pod} el ${s.eta}; contenedor(es) ${s.containers.join(', ')}.` }, result: { id: rng.hex(16), labelIds: ['SENT'] } }]],
    finalAnswer: `Told ${o.contact} that ${s.shipment} arrives on ${s.eta}.`,
  };
}

function freeTimeTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const o = pickCustomer(rng);
  const s = shipmentRecord(rng, o, rng.pick(CARRIERS), ctx.atMs);
  return {
    userMessage: `How many free days are left on ${s.shipment}'s containers before demurrage?`,
    rounds: [[{ tool: 'cargowise.get_free_time', args: { shipment: s.shipment }, result: { containers: s.containers.map((c) => ({ equipment: c, free_days_left: rng.int(-3, 12), demurrage_usd_per_day: rng.pick([45, 60, 75, 90]) })) } }]],
    finalAnswer: `Free time for ${s.shipment} listed per container.`,
  };
}

const DESK_MAKERS = [customerMailTurn, quoteTurn, bookingTurn, documentsTurn, procedureTurn, cancelTurn, blankSailingTurn, portalInviteTurn, reportPhishingTurn];
const DESK_WEIGHTS = [0.36, 0.13, 0.15, 0.1, 0.06, 0.035, 0.035, 0.03, 0.035];

export function holdoutBaSupportWorkflow(ctx: WorkflowContext): SessionScript {
  const r = ctx.rng.next();
  if (r < 0.4) return { userId: ctx.rng.pick(DESK_STAFF), turns: buildTurns(ctx, DESK_MAKERS, DESK_WEIGHTS) };
  if (r < 0.7) {
    const userId = ctx.rng.pick(CUSTOMS_STAFF);
    const office = officeOf(userId);
    const makers = [(c: WorkflowContext) => declareTurn(c, office), (c: WorkflowContext) => customsStatusTurn(c, office), (c: WorkflowContext) => taxpayerTurn(c, office), originTurn, (c: WorkflowContext) => monthlyReportTurn(c, office), (c: WorkflowContext) => requirementTurn(c, office)];
    return { userId, turns: buildTurns(ctx, makers, [0.33, 0.25, 0.12, 0.08, 0.1, 0.06]) };
  }
  const userId = ctx.rng.pick(DISPATCH_STAFF);
  const office = officeOf(userId);
  const makers = [trackTurn, (c: WorkflowContext) => terminalTurn(c, office), (c: WorkflowContext) => truckTurn(c, office), (c: WorkflowContext) => lastMileTurn(c, office), etaNoticeTurn, freeTimeTurn];
  return { userId, turns: buildTurns(ctx, makers, [0.24, 0.18, 0.16, 0.24, 0.1, 0.08]) };
}
