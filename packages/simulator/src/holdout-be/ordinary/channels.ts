/**
 * The patient-facing channels and records of Acme Saúde the desk, HR and the labelled sessions share:
 * WhatsApp Business (the patients' line, a line for the nursing staff), Zenvia SMS, Reclame Aqui's
 * company area, the scheduling system (agenda), the electronic patient record (prontuário) and the
 * results portal.
 */
import type { Prng } from '../../prng';
import type { ToolCall } from '../../script';
import { COMPANY_DOMAIN, msisdn } from './world';
import type { Patient } from './world';

export const WHATSAPP = 'https://graph.whatsapp-cloud.example/v20.0';
export const PATIENT_WA_NUMBER_ID = '118447302291664';
export const STAFF_WA_NUMBER_ID = '118447302291702';
export const ZENVIA = 'https://api.zenvia-sms.example/v2';
export const RECLAME_AQUI = 'https://api.reclameaqui-empresas.example/v1';
export const RA_COMPANY = 'acme-saude';
export const AGENDA = `https://agenda.${COMPANY_DOMAIN}/api/v2`;
export const PRONTUARIO = `https://pep.${COMPANY_DOMAIN}/api/fhir/r4`;
export const RESULTADOS = `https://resultados.${COMPANY_DOMAIN}/api/v1`;
export const LIS = `https://lis.${COMPANY_DOMAIN}/api/v3`;
export const DESK_MAILBOX = `atendimento@${COMPANY_DOMAIN}`;
export const INSURANCE_MAILBOX = `convenios@${COMPANY_DOMAIN}`;

const withMark = (call: ToolCall, mark?: string): ToolCall => (mark === undefined ? call : { ...call, mark });

/** A conversation on a WhatsApp Business line, as the Cloud API's webhook store returns it. */
export function whatsappGetCall(rng: Prng, numberId: string, from: string, name: string, texts: readonly string[], mark?: string): ToolCall {
  return withMark({
    tool: 'whatsapp.get_messages',
    args: { phone_number_id: numberId, wa_id: msisdn(from), limit: 10 },
    result: { contact: { profile: { name }, wa_id: msisdn(from) }, messages: texts.map((body, i) => ({ id: `wamid.${rng.hex(24)}`, timestamp: String(1_920_000_000 + i * 95), type: 'text', text: { body } })) },
    http: [{ method: 'GET', url: `${WHATSAPP}/${numberId}/conversations/${msisdn(from)}/messages`, statusCode: 200 }],
  }, mark);
}

/** A reply on a WhatsApp Business line; `extraHttp` is what else the connector's SDK calls. */
export function whatsappSendCall(rng: Prng, numberId: string, to: string, body: string, mark?: string, extraHttp: readonly { method: string; url: string; statusCode: number }[] = []): ToolCall {
  return withMark({
    tool: 'whatsapp.send_message',
    args: { phone_number_id: numberId, to: msisdn(to), type: 'text', text: { body } },
    result: { messaging_product: 'whatsapp', messages: [{ id: `wamid.${rng.hex(24)}` }] },
    http: [{ method: 'POST', url: `${WHATSAPP}/${numberId}/messages`, statusCode: 200 }, ...extraHttp],
  }, mark);
}

/** An approved template message (an appointment reminder, a preparation notice) to one number. */
export function whatsappTemplateCall(rng: Prng, numberId: string, to: string, template: string, params: readonly string[], mark?: string): ToolCall {
  return withMark({
    tool: 'whatsapp.send_template',
    args: { phone_number_id: numberId, to: msisdn(to), template: { name: template, language: { code: 'pt_BR' }, components: [{ type: 'body', parameters: params.map((text) => ({ type: 'text', text })) }] } },
    result: { messaging_product: 'whatsapp', messages: [{ id: `wamid.${rng.hex(24)}`, message_status: 'accepted' }] },
    http: [{ method: 'POST', url: `${WHATSAPP}/${numberId}/messages`, statusCode: 200 }],
  }, mark);
}

/** One SMS through Zenvia from the company's short code. */
export function smsCall(rng: Prng, to: string, text: string, mark?: string): ToolCall {
  return withMark({ tool: 'zenvia.send_sms', args: { from: 'ACMESAUDE', to: msisdn(to), contents: [{ type: 'text', text }] }, result: { id: rng.hex(16), status: 'SENT' }, http: [{ method: 'POST', url: `${ZENVIA}/channels/sms/messages`, statusCode: 200 }] }, mark);
}

export function raListCall(rng: Prng, complaints: readonly { id: string; title: string; city: string }[]): ToolCall {
  return { tool: 'reclameaqui.list_complaints', args: { company: RA_COMPANY, status: 'NOT_ANSWERED', page_size: 10 }, result: { total: complaints.length, complaints }, http: [{ method: 'GET', url: `${RECLAME_AQUI}/companies/${RA_COMPANY}/complaints?status=NOT_ANSWERED`, statusCode: 200 }] };
}

export function raComplaintCall(id: string, title: string, text: string, author: string, city: string, mark?: string): ToolCall {
  return withMark({ tool: 'reclameaqui.get_complaint', args: { company: RA_COMPANY, complaint_id: id }, result: { id, title, description: text, user: { name: author, city }, status: 'NOT_ANSWERED', public_url: `https://www.reclameaqui.example/${RA_COMPANY}/${id}` }, http: [{ method: 'GET', url: `${RECLAME_AQUI}/complaints/${id}`, statusCode: 200 }] }, mark);
}

/** The company's public answer under a complaint on Reclame Aqui, which anyone can read. */
export function raReplyCall(rng: Prng, id: string, message: string, mark?: string): ToolCall {
  return withMark({ tool: 'reclameaqui.post_reply', args: { complaint_id: id, message, visibility: 'public' }, result: { reply_id: `rpl_${rng.hex(8)}`, published: true, url: `https://www.reclameaqui.example/${RA_COMPANY}/${id}` }, http: [{ method: 'POST', url: `${RECLAME_AQUI}/complaints/${id}/answers`, statusCode: 201 }] }, mark);
}

/** A private message to the complainant inside Reclame Aqui (only they see it). */
export function raPrivateCall(rng: Prng, id: string, message: string, mark?: string): ToolCall {
  return withMark({ tool: 'reclameaqui.send_private_message', args: { complaint_id: id, message }, result: { message_id: `pm_${rng.hex(8)}`, visibility: 'private' }, http: [{ method: 'POST', url: `${RECLAME_AQUI}/complaints/${id}/private-messages`, statusCode: 201 }] }, mark);
}

/** The patient record's search (FHIR Patient by name, CPF or birth date): the records it returns, `extra` for the paging. */
export function searchPatientsCall(query: Record<string, unknown>, found: readonly Patient[], extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return withMark({
    tool: 'prontuario.search_patients',
    args: { ...query, _count: 10, ...extra },
    result: { resourceType: 'Bundle', type: 'searchset', total: found.length, entry: found.map((p) => ({ resource: { resourceType: 'Patient', id: p.prontuario, name: p.name, cpf: p.cpf, birthDate: p.birth, telecom: [p.phone, p.email], insurer: p.insurer, card: p.card, unit: p.unit } })) },
    http: [{ method: 'GET', url: `${PRONTUARIO}/Patient?${Object.keys(query).map((k) => `${k}=…`).join('&')}`, statusCode: 200 }],
  }, mark);
}

export function getPatientCall(p: Patient, extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return withMark({ tool: 'prontuario.get_patient', args: { id: p.prontuario }, result: { resourceType: 'Patient', id: p.prontuario, name: p.name, cpf: p.cpf, birthDate: p.birth, telecom: [p.phone, p.email], insurer: p.insurer, card: p.card, ...extra }, http: [{ method: 'GET', url: `${PRONTUARIO}/Patient/${p.prontuario}`, statusCode: 200 }] }, mark);
}

/** An appointment in the scheduling system. */
export interface Appointment {
  readonly id: string;
  readonly patient: string;
  readonly prontuario: string;
  readonly phone: string;
  readonly unit: string;
  readonly when: string;
  readonly what: string;
  readonly professional: string;
  readonly insurer: string;
}

export function listAppointmentsCall(unit: string, day: string, appointments: readonly Appointment[], extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return withMark({ tool: 'agenda.list_appointments', args: { unit, date: day, ...extra }, result: { date: day, unit, appointments }, http: [{ method: 'GET', url: `${AGENDA}/appointments?unit=${encodeURIComponent(unit)}&date=${day}`, statusCode: 200 }] }, mark);
}

export function cancelAppointmentCall(a: Appointment, reason: string, mark?: string): ToolCall {
  return withMark({ tool: 'agenda.cancel_appointment', args: { appointment_id: a.id, reason, notify_patient: true }, result: { appointment_id: a.id, status: 'cancelado' }, http: [{ method: 'POST', url: `${AGENDA}/appointments/${a.id}/cancel`, statusCode: 200 }] }, mark);
}

/** A laudo (a result report) as the results portal returns it. */
export function getReportCall(rng: Prng, p: Patient, exam: string, text: string, mark?: string): ToolCall {
  const id = `LD-${rng.int(1_000_000, 9_999_999)}`;
  return withMark({ tool: 'resultados.get_report', args: { report_id: id, prontuario: p.prontuario }, result: { report_id: id, patient: p.name, cpf: p.cpf, exam, signed_by: 'Dr. Ricardo Tanaka Lopes, CRM-SP 132208', text }, http: [{ method: 'GET', url: `${RESULTADOS}/reports/${id}`, statusCode: 200 }] }, mark);
}
