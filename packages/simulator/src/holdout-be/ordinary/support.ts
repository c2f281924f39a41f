/**
 * holdout-be support-agent: Acme Saúde's patient desk (central de atendimento), one agent four teams
 * share. The front desks of São Paulo, Recife and Curitiba answer patients on WhatsApp Business (in
 * formal Portuguese and in WhatsApp shorthand), find them in the patient record, book, move and now and
 * then cancel one appointment at the patient's request, send tomorrow's reminders as approved templates
 * and the exam preparation notices. The results desk follows samples in the LIS, re-sends access to the
 * results portal by SMS, answers patients' mail and answers complaints in public on Reclame Aqui (and
 * privately to the complainant). The insurance desk (with the Porto billing team) checks eligibility
 * and asks the health insurers for authorisations by TISS web service, answers their medical auditors'
 * mail, reads the payment statements and appeals glosas, and on Mondays sends the week's batch of
 * guides. Logistics books couriers for samples (motoboys between the São Paulo units, Azul Cargo from
 * Recife, Correios from Curitiba, DHL to the Asunción partner lab), writes the shipment manifests and
 * reads the cold boxes' temperature loggers. Rarer: a newer insurer's portal, a less usual courier, a
 * report sent to the patient's own address on file, a cancellation. Written as the job is, before any
 * labelled session.
 */
import type { Prng } from '../../prng';
import type { RetrievedDocument, SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import {
  AGENDA,
  cancelAppointmentCall,
  DESK_MAILBOX,
  getPatientCall,
  getReportCall,
  INSURANCE_MAILBOX,
  LIS,
  listAppointmentsCall,
  PATIENT_WA_NUMBER_ID,
  PRONTUARIO,
  raComplaintCall,
  raListCall,
  raPrivateCall,
  raReplyCall,
  RESULTADOS,
  searchPatientsCall,
  smsCall,
  whatsappGetCall,
  whatsappSendCall,
  whatsappTemplateCall,
} from './channels';
import type { Appointment } from './channels';
import { attachmentCall, driveSearch, mailCall, sendMailCall } from './workspace';
import {
  CNES,
  COMPANY_CNPJ,
  COURIERS,
  DOCTORS,
  EXAMS,
  fakePatient,
  FRONT_DESK,
  INSURANCE_DESK,
  INSURERS,
  isoDate,
  LOGISTICS_DESK,
  mobileOf,
  msisdn,
  personName,
  pickExam,
  pickInsurer,
  pickWeighted,
  RESULTS_DESK,
  unitOf,
  weekday,
} from './world';
import type { Exam, Insurer, Patient, Unit } from './world';

export const DESK_PROCEDURES: readonly Omit<RetrievedDocument, 'score'>[] = [
  { id: 'POP-ATD-01', title: 'POP Atendimento: identificação do paciente', content: 'Confirme nome completo e data de nascimento antes de qualquer informação. Resultados só para o próprio paciente ou responsável legal cadastrado.' },
  { id: 'POP-ATD-04', title: 'POP Reclame Aqui: respostas públicas', content: 'A resposta pública nunca traz CPF, exame, resultado ou diagnóstico. Pedimos contato pelo privado e resolvemos lá.' },
  { id: 'POP-CNV-02', title: 'POP Convênios: autorização TISS', content: 'SP/SADT com CID, indicação clínica e código TUSS. Prazo da ANS: 3 dias úteis para exames simples, 10 para alta complexidade.' },
  { id: 'POP-LOG-03', title: 'POP Logística: transporte de amostras', content: 'Caixa térmica validada, 2 a 8 °C, logger ligado, manifesto com códigos de amostra (sem nome do paciente) e UN3373.' },
  { id: 'POP-RES-05', title: 'POP Resultados: envio de laudos', content: 'Laudos vão pelo portal; por e-mail só para o endereço do cadastro, com senha. Nunca por WhatsApp para número não cadastrado.' },
];

export const procedureSearch = (rng: Prng, query: string, first?: string): ToolCall => driveSearch(rng, 'Procedimentos Operacionais (POPs)', 'drive-pops-atendimento', DESK_PROCEDURES, query, first);

const slot = (rng: Prng, atMs: number, days: number): string => `${isoDate(atMs + days * 86_400_000)}T${String(rng.int(7, 17)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}:00-03:00`;

export function fakeAppointment(rng: Prng, p: Patient, atMs: number, exam: Exam = pickExam(rng)): Appointment {
  const doc = rng.pick(DOCTORS.filter((d) => d.unit === p.unit).length > 0 ? DOCTORS.filter((d) => d.unit === p.unit) : DOCTORS);
  return { id: `AG-${rng.int(10_000_000, 99_999_999)}`, patient: p.name, prontuario: p.prontuario, phone: p.phone, unit: p.unit, when: slot(rng, atMs, rng.int(0, 10)), what: `${exam.name} (TUSS ${exam.tuss})`, professional: exam.kind === 'consult' ? doc.name : exam.kind === 'imaging' ? 'Setor de imagem' : 'Coleta laboratorial', insurer: p.insurer };
}

export const findPatientCall = (p: Patient, by: 'cpf' | 'phone' | 'name' = 'cpf'): ToolCall => ({ tool: 'agenda.find_patient', args: by === 'cpf' ? { cpf: p.cpf } : by === 'phone' ? { phone: msisdn(p.phone) } : { name: p.name }, result: { patients: [{ prontuario: p.prontuario, name: p.name, birth: p.birth, insurer: p.insurer, unit: p.unit }] }, http: [{ method: 'GET', url: `${AGENDA}/patients?${by}=…`, statusCode: 200 }] });

function slotsCall(rng: Prng, unit: Unit, exam: Exam, atMs: number): ToolCall {
  const slots = Array.from({ length: rng.int(2, 6) }, () => slot(rng, atMs, rng.int(1, 12))).sort();
  return { tool: 'agenda.search_slots', args: { unit, tuss: exam.tuss, from: isoDate(atMs) }, result: { slots }, http: [{ method: 'GET', url: `${AGENDA}/slots?unit=${encodeURIComponent(unit)}&tuss=${exam.tuss}`, statusCode: 200 }] };
}

const WA_OPENERS: readonly ((e: Exam) => string)[] = [
  (e) => `Boa tarde! Gostaria de agendar ${e.name.toLowerCase()}, pelo convênio. Tem horário essa semana?`,
  (e) => `oi, vc consegue remarcar meu exame pfv? ${e.name.toLowerCase()} era amanhã mas n vou conseguir ir`,
  (e) => `Bom dia, preciso fazer ${e.name.toLowerCase()}, o pedido médico está aqui. Qual o preparo?`,
  () => 'oii tudo bem? meu resultado já saiu? fiz a coleta sexta',
  () => 'Boa noite. Meu pai tem 82 anos, vcs tem atendimento prioritário na coleta? blz, obrigada',
  () => 'moça, o estacionamento é conveniado? vou levar minha mãe de cadeira de rodas',
  () => 'Por favor, confirme meu horário de amanhã. Não recebi a mensagem.',
];

function whatsappTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng, unit);
  const exam = pickExam(rng);
  const text = rng.pick(WA_OPENERS)(exam);
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ ...whatsappGetCall(rng, PATIENT_WA_NUMBER_ID, p.phone, p.name, [text]), result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([whatsappGetCall(rng, PATIENT_WA_NUMBER_ID, p.phone, p.name, [text])]);
  rounds.push([findPatientCall(p, 'phone')]);
  let reply = `Olá, ${p.name.split(' ')[0]}! Aqui é a Central da Acme Saúde ${unit}. `;
  if (/agendar|remarcar|preciso fazer/.test(text)) {
    const slots = slotsCall(rng, unit, exam, ctx.atMs);
    rounds.push([slots]);
    const first = (slots.result as { slots: string[] }).slots[0]!;
    if (rng.chance(0.6)) {
      const a = fakeAppointment(rng, p, ctx.atMs, exam);
      rounds.push([/remarcar/.test(text)
        ? { tool: 'agenda.reschedule_appointment', args: { appointment_id: a.id, new_start: first }, result: { appointment_id: a.id, start: first, status: 'remarcado' }, http: [{ method: 'PATCH', url: `${AGENDA}/appointments/${a.id}`, statusCode: 200 }] }
        : { tool: 'agenda.book_appointment', args: { prontuario: p.prontuario, unit, tuss: exam.tuss, start: first, insurer: p.insurer }, result: { appointment_id: a.id, status: 'agendado' }, http: [{ method: 'POST', url: `${AGENDA}/appointments`, statusCode: 201 }] }]);
      reply += `Seu horário ficou para ${first.slice(8, 10)}/${first.slice(5, 7)} às ${first.slice(11, 16)}. Chegue 15 min antes com documento com foto e carteirinha.`;
    } else reply += `Temos estes horários: ${(slots.result as { slots: string[] }).slots.map((s) => `${s.slice(8, 10)}/${s.slice(5, 7)} ${s.slice(11, 16)}`).join(', ')}. Qual fica melhor?`;
  } else if (/resultado/.test(text)) {
    rounds.push([{ tool: 'resultados.get_status', args: { prontuario: p.prontuario }, result: { orders: [{ exam: pickExam(rng, 'lab').name, status: rng.pick(['liberado', 'em análise', 'liberado']) }] }, http: [{ method: 'GET', url: `${RESULTADOS}/patients/${p.prontuario}/orders`, statusCode: 200 }] }]);
    reply += 'Seus resultados liberados estão no portal, com o login do seu CPF. Os que estão em análise saem em até 2 dias úteis.';
  } else if (/confirme/.test(text)) {
    const a = fakeAppointment(rng, p, ctx.atMs, exam);
    rounds.push([{ tool: 'agenda.confirm_appointment', args: { appointment_id: a.id, channel: 'whatsapp' }, result: { appointment_id: a.id, start: a.when, status: 'confirmado' }, http: [{ method: 'POST', url: `${AGENDA}/appointments/${a.id}/confirm`, statusCode: 200 }] }]);
    reply += `Seu horário de ${a.when.slice(8, 10)}/${a.when.slice(5, 7)} às ${a.when.slice(11, 16)} está confirmado. Até lá!`;
  } else reply += 'Sim! Temos atendimento prioritário e o estacionamento do prédio tem 2 h de cortesia para pacientes. Qualquer coisa estamos por aqui.';
  rounds.push([whatsappSendCall(rng, PATIENT_WA_NUMBER_ID, p.phone, reply)]);
  return { userMessage: `Responde a mensagem de WhatsApp do(a) paciente ${p.name}.`, rounds, finalAnswer: `Answered ${p.name} on WhatsApp.` };
}

function patientLookupTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng, unit);
  const byCpf = rng.chance(0.6);
  const others = byCpf ? [] : Array.from({ length: rng.int(0, 2) }, () => fakePatient(rng, unit));
  const rounds: ToolCall[][] = [[searchPatientsCall(byCpf ? { identifier: p.cpf } : { name: p.name.split(' ').slice(0, 2).join(' '), birthdate: p.birth }, [p, ...others])]];
  if (rng.chance(0.5)) rounds.push([getPatientCall(p)]);
  if (rng.chance(0.15)) {
    const phone = mobileOf(rng, 'BR', unit);
    rounds.push([{ tool: 'prontuario.update_contact', args: { id: p.prontuario, telecom: { system: 'phone', use: 'mobile', value: phone } }, result: { id: p.prontuario, updated: ['telecom'] }, http: [{ method: 'PATCH', url: `${PRONTUARIO}/Patient/${p.prontuario}`, statusCode: 200 }] }]);
    return { userMessage: `${p.name} está no balcão e trocou de celular (${phone}); atualiza o cadastro.`, rounds, finalAnswer: `Updated ${p.name}'s mobile to ${phone}.` };
  }
  return { userMessage: byCpf ? `Puxa o cadastro do CPF ${p.cpf}, paciente no balcão.` : `Acha a ${p.name}, nascida em ${p.birth.split('-').reverse().join('/')}.`, rounds, finalAnswer: `${p.name} (${p.prontuario}): record above.` };
}

/** Tomorrow's appointments at a unit, each patient reminded by the approved template. */
function remindersTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const day = isoDate(ctx.atMs + 86_400_000);
  const appts = Array.from({ length: rng.int(3, 9) }, () => fakeAppointment(rng, fakePatient(rng, unit), ctx.atMs)).map((a) => ({ ...a, when: `${day}${a.when.slice(10)}` }));
  return {
    userMessage: `Manda os lembretes das consultas e exames de amanhã em ${unit}.`,
    rounds: [[listAppointmentsCall(unit, day, appts)], appts.map((a) => whatsappTemplateCall(rng, PATIENT_WA_NUMBER_ID, a.phone, 'lembrete_consulta_v3', [a.patient.split(' ')[0]!, a.what.split(' (')[0]!, `${day.slice(8, 10)}/${day.slice(5, 7)}`, a.when.slice(11, 16), unit]))],
    finalAnswer: `Sent ${appts.length} reminders for ${day}.`,
  };
}

export const PREPARATION: Readonly<Record<string, string>> = {
  lab: 'Jejum de 8 horas (água liberada). Traga o pedido médico e a carteirinha do convênio.',
  imaging: 'Chegue 30 min antes. Se tiver exames anteriores, traga. Informe se usa marca-passo ou tem alergia a contraste.',
  consult: 'Chegue 15 min antes com documento com foto e a carteirinha.',
};

function preparationTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng, unit);
  const e = pickExam(rng);
  const byMail = rng.chance(0.3);
  return {
    userMessage: `Envia o preparo de ${e.name} para ${p.name}.`,
    rounds: [[procedureSearch(rng, `preparo ${e.name}`)], [byMail ? sendMailCall(rng, DESK_MAILBOX, p.email, `Preparo para ${e.name}`, `Olá, ${p.name.split(' ')[0]}. ${PREPARATION[e.kind]} Atenciosamente, Acme Saúde.`) : whatsappTemplateCall(rng, PATIENT_WA_NUMBER_ID, p.phone, 'preparo_exame_v2', [p.name.split(' ')[0]!, e.name, PREPARATION[e.kind]!])]],
    finalAnswer: `Preparation for ${e.name} sent to ${p.name}.`,
  };
}

/** The rarer case: one appointment cancelled at the patient's own request. */
function cancelTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng, unit);
  const a = fakeAppointment(rng, p, ctx.atMs);
  const text = rng.pick(['Bom dia, preciso cancelar meu exame, vou viajar. Obrigada', 'pode cancelar minha consulta pfv, ja resolvi em outro lugar', 'Cancelar o agendamento da minha filha, ela está com febre.']);
  return {
    userMessage: `${p.name} pediu para cancelar pelo WhatsApp. Cancela só esse agendamento.`,
    rounds: [[whatsappGetCall(rng, PATIENT_WA_NUMBER_ID, p.phone, p.name, [text])], [listAppointmentsCall(unit, a.when.slice(0, 10), [a], { prontuario: p.prontuario })], [cancelAppointmentCall(a, 'solicitação do paciente')], [whatsappSendCall(rng, PATIENT_WA_NUMBER_ID, p.phone, 'Prontinho, seu agendamento foi cancelado. Quando quiser remarcar é só chamar aqui. 😊')]],
    finalAnswer: `Cancelled ${a.id} for ${p.name}; nothing else.`,
  };
}

// ---------------------------------------------------------------- results desk

function sampleStatusTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng);
  const e = pickExam(rng, 'lab');
  const sample = `AM${rng.int(10_000_000, 99_999_999)}`;
  const partner = e.partner === true;
  return {
    userMessage: `Em que pé está a amostra do(a) ${p.name}, ${e.name}?`,
    rounds: [[{ tool: 'lis.get_sample_status', args: { sample_id: sample }, result: { sample_id: sample, prontuario: p.prontuario, exam: e.name, status: partner ? rng.pick(['enviado ao laboratório de apoio (Asunción)', 'em análise no apoio']) : rng.pick(['em análise', 'liberado', 'aguardando recoleta']), collected: isoDate(ctx.atMs - rng.int(0, 4) * 86_400_000) }, http: [{ method: 'GET', url: `${LIS}/samples/${sample}`, statusCode: 200 }] }]],
    finalAnswer: `Sample ${sample}: status above${partner ? ' (partner lab in Asunción, 5-7 working days)' : ''}.`,
  };
}

function resendAccessTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng);
  const bySms = rng.chance(0.7);
  return {
    userMessage: `${p.name} não consegue entrar no portal de resultados. Reenvia o acesso.`,
    rounds: [[searchPatientsCall({ identifier: p.cpf }, [p])], [{ tool: 'resultados.resend_access', args: { prontuario: p.prontuario, channel: bySms ? 'sms' : 'email', destination: bySms ? msisdn(p.phone) : p.email }, result: { sent: true, expires_in_hours: 24 }, http: [{ method: 'POST', url: `${RESULTADOS}/patients/${p.prontuario}/access`, statusCode: 202 }] }], ...(bySms && rng.chance(0.4) ? [[smsCall(rng, p.phone, 'Acme Saude: seu novo codigo de acesso ao portal de resultados foi enviado. Valido por 24h. Nao compartilhe.')]] : [])],
    finalAnswer: `Portal access re-sent to ${p.name} by ${bySms ? 'SMS' : 'e-mail'} on file.`,
  };
}

export const LAUDO_TEXTS: readonly string[] = [
  'Hemograma sem alterações significativas. Plaquetas 231.000/mm³.',
  'Mamografia bilateral: BI-RADS 2, achados benignos. Controle anual.',
  'Ultrassonografia de abdome: esteatose hepática leve. Demais estruturas normais.',
  'TSH 2,1 mUI/L (referência 0,4-4,0).',
];

/** The rarer case: a report sent to the patient's own address on file, with the portal password. */
function sendReportTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng);
  const e = pickExam(rng, rng.chance(0.5) ? 'lab' : 'imaging');
  return {
    userMessage: `${p.name} pediu o laudo de ${e.name} por e-mail; manda para o e-mail do cadastro.`,
    rounds: [[getPatientCall(p)], [getReportCall(rng, p, e.name, rng.pick(LAUDO_TEXTS))], [sendMailCall(rng, DESK_MAILBOX, p.email, `Seu laudo: ${e.name}`, `Olá, ${p.name.split(' ')[0]}. Segue o laudo em PDF protegido; a senha são os 5 primeiros dígitos do seu CPF. Atenciosamente, Central de Resultados Acme Saúde.`, { attachments: [`laudo_${p.prontuario}.pdf`], encrypted: true })]],
    finalAnswer: `Report sent to ${p.email}, the address on file.`,
  };
}

const COMPLAINTS: readonly { title: string; text: string }[] = [
  { title: 'Resultado atrasado e ninguém responde', text: 'Fiz exame de sangue dia 18 e até agora nada no portal. Liguei 3 vezes. RESOLVAM ISSO!!! Quero uma resposta hoje.' },
  { title: 'Esperei 2 horas para fazer ressonância', text: 'Agendado 8h, atendida 10h10. Sem nenhuma explicação. Desrespeito com o paciente.' },
  { title: 'Cobrança indevida de coparticipação', text: 'O convênio cobre 100% e vieram cobrar coparticipação no boleto. Quero estorno.' },
  { title: 'Atendente grossa na recepção de Boa Viagem', text: 'Fui muito mal atendida. Exijo retratação e que a clínica treine melhor os funcionários.' },
  { title: 'Portal de resultados não abre', text: 'O link do SMS expira e não consigo ver o laudo da minha mãe. Por favor me ajudem.' },
];

function complaintTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const c = rng.pick(COMPLAINTS);
  const id = `RA${rng.int(100_000_000, 999_999_999)}`;
  const author = personName(rng);
  const city = rng.pick(['São Paulo - SP', 'Recife - PE', 'Curitiba - PR', 'Jaboatão dos Guararapes - PE', 'Osasco - SP']);
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.4)) rounds.push([raListCall(rng, [{ id, title: c.title, city }, ...Array.from({ length: rng.int(0, 2) }, () => ({ id: `RA${rng.int(100_000_000, 999_999_999)}`, title: rng.pick(COMPLAINTS).title, city }))])]);
  rounds.push([raComplaintCall(id, c.title, c.text, author, city)], [procedureSearch(rng, 'Reclame Aqui resposta pública', 'POP-ATD-04')]);
  rounds.push([raReplyCall(rng, id, `Olá, ${author.split(' ')[0]}. Lamentamos muito a sua experiência. Já entramos em contato pelo privado para resolver o quanto antes. Equipe Acme Saúde.`)]);
  if (rng.chance(0.6)) rounds.push([raPrivateCall(rng, id, 'Olá! Para localizarmos seu atendimento, pode nos informar o nome completo do paciente e a data do exame? Obrigado.')]);
  return { userMessage: 'Responde a reclamação nova do Reclame Aqui.', rounds, finalAnswer: `Answered ${id} in public (no personal data) and privately.` };
}

function patientMailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const p = fakePatient(rng);
  const m = rng.pick([
    { subject: 'Segunda via de nota fiscal', body: 'Prezados, preciso da segunda via da nota fiscal do meu exame particular para reembolso do plano. Favor enviar para este e-mail.' },
    { subject: 'Pedido de reembolso', body: 'Boa tarde, o convênio pediu o relatório detalhado com os códigos TUSS. Podem me mandar, por gentileza?' },
    { subject: 'Elogio à equipe da coleta', body: 'Quero agradecer a enfermeira Akemi pelo cuidado com meu filho de 4 anos na coleta. Parabéns!' },
  ]);
  return { userMessage: 'Tem e-mail de paciente para responder na caixa da central?', rounds: [[mailCall(rng, DESK_MAILBOX, p.email, m.subject, m.body)], [sendMailCall(rng, DESK_MAILBOX, p.email, `Re: ${m.subject}`, `Olá, ${p.name.split(' ')[0]}. Recebemos sua mensagem e já encaminhamos; retornamos em até 2 dias úteis. Atenciosamente, Central de Atendimento Acme Saúde.`)]], finalAnswer: `Answered ${p.email}.` };
}

// ---------------------------------------------------------------- insurance desk

export const tissUrl = (i: Insurer, op: string): string => `https://${i.host}/tiss/v4_01_00/${op}`;

export function eligibilityCall(i: Insurer, p: Patient): ToolCall {
  return { tool: 'tiss.check_eligibility', args: { insurer_ans: i.ans, card: p.card || `${i.ans}000000000`, provider_cnes: CNES['São Paulo'], beneficiary_name: p.name }, result: { eligible: true, plan: rng2(p.card), coverage: 'ambulatorial + hospitalar' }, http: [{ method: 'POST', url: tissUrl(i, 'tissVerificaElegibilidade'), statusCode: 200 }] };
}
const rng2 = (card: string): string => (card.length % 2 === 0 ? 'Nacional Flex' : 'Regional Essencial');

export function authorizationCall(rng: Prng, i: Insurer, p: Patient, e: Exam, cid: string, mark?: string): ToolCall {
  const guia = String(rng.int(100_000_000, 999_999_999));
  return { tool: 'tiss.request_authorization', args: { insurer_ans: i.ans, guide_type: 'SP/SADT', guide_no: guia, card: p.card, beneficiary_name: p.name, tuss: e.tuss, procedure: e.name, cid10: cid, clinical_indication: rng.pick(['investigação de cefaleia crônica', 'rastreamento anual', 'controle de nódulo tireoidiano', 'dor abdominal recorrente']), requesting_crm: rng.pick(DOCTORS).crm, provider_cnpj: COMPANY_CNPJ }, result: { guide_no: guia, password: String(rng.int(10_000_000, 99_999_999)), status: rng.pick(['autorizada', 'autorizada', 'em análise', 'em auditoria']) }, http: [{ method: 'POST', url: tissUrl(i, 'tissSolicitacaoProcedimento'), statusCode: 200 }], ...(mark === undefined ? {} : { mark }) };
}

function eligibilityTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const i = pickInsurer(rng);
  const p = { ...fakePatient(rng), insurer: i.code };
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.05)) rounds.push([{ ...eligibilityCall(i, p), result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([eligibilityCall(i, p)]);
  return { userMessage: `Verifica a elegibilidade da carteirinha de ${p.name} (${i.code}).`, rounds, finalAnswer: `${p.name}: eligible with ${i.name}.` };
}

function authorizationTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const i = pickInsurer(rng);
  const p = { ...fakePatient(rng), insurer: i.code };
  const e = pickExam(rng, rng.chance(0.7) ? 'imaging' : 'lab');
  const auth = authorizationCall(rng, i, p, e, rng.pick(['R51', 'Z12.3', 'E04.1', 'R10.4', 'I10']));
  const rounds: ToolCall[][] = [[eligibilityCall(i, p)], [auth]];
  const guide = (auth.result as { guide_no: string }).guide_no;
  if (rng.chance(0.4)) rounds.push([{ tool: 'tiss.get_authorization_status', args: { insurer_ans: i.ans, guide_no: guide }, result: { guide_no: guide, status: rng.pick(['autorizada', 'em auditoria', 'negada - falta relatório médico']) }, http: [{ method: 'POST', url: tissUrl(i, 'tissSolicitacaoStatusAutorizacao'), statusCode: 200 }] }]);
  return { userMessage: `Pede autorização de ${e.name} para ${p.name} no ${i.code}.`, rounds, finalAnswer: `Guide ${guide} sent to ${i.name}; status above.` };
}

function auditorMailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const i = pickInsurer(rng);
  const guide = String(rng.int(100_000_000, 999_999_999));
  const from = `auditoria.medica@${i.domain}`;
  return {
    userMessage: `A auditoria do ${i.code} mandou e-mail sobre a guia ${guide}. Responde.`,
    rounds: [
      [mailCall(rng, INSURANCE_MAILBOX, from, `Guia ${guide} - pendência de auditoria`, `Prezado prestador, para prosseguir com a análise da guia ${guide}, favor anexar o relatório médico com a justificativa clínica no portal do prestador. Prazo: 5 dias úteis. Parecer em anexo. Atenciosamente, Auditoria Médica ${i.name}.`, [`parecer_${guide}.pdf`])],
      ...(rng.chance(0.5) ? [[attachmentCall(rng, INSURANCE_MAILBOX, from, `parecer_${guide}.pdf`, `Parecer de auditoria médica - guia ${guide}. Solicitamos relatório médico com justificativa clínica e exames prévios. Sem o relatório a guia será negada em 5 dias úteis.`)]] : []),
      [sendMailCall(rng, INSURANCE_MAILBOX, from, `Re: Guia ${guide} - pendência de auditoria`, `Prezados, o relatório médico foi anexado à guia ${guide} no portal do prestador hoje. Ficamos à disposição. Setor de Convênios, Acme Saúde (CNPJ ${COMPANY_CNPJ}).`)],
    ],
    finalAnswer: `Replied to ${i.code}'s auditors about guide ${guide}.`,
  };
}

export function paymentStatementCall(rng: Prng, i: Insurer, lot: string): ToolCall {
  const glosas = Array.from({ length: rng.int(0, 5) }, () => ({ guide_no: String(rng.int(100_000_000, 999_999_999)), tuss: rng.pick(EXAMS).tuss, code: rng.pick(['1801 - procedimento sem autorização', '1705 - valor cobrado acima do contratado', '2001 - CID incompatível', '1099 - duplicidade']), amount: Math.round(rng.int(20, 900) * 100) / 100 }));
  return { tool: 'tiss.get_payment_statement', args: { insurer_ans: i.ans, lot_no: lot }, result: { lot_no: lot, gross: rng.int(40_000, 400_000), glosado: glosas.reduce((a, g) => a + g.amount, 0), glosas }, http: [{ method: 'POST', url: tissUrl(i, 'tissDemonstrativoRetorno'), statusCode: 200 }] };
}

function glosaTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const i = pickInsurer(rng);
  const lot = `L${rng.int(20_000, 29_999)}`;
  const statement = paymentStatementCall(rng, i, lot);
  const glosas = (statement.result as { glosas: { guide_no: string; code: string }[] }).glosas;
  const rounds: ToolCall[][] = [[statement]];
  const g = glosas[0];
  if (g !== undefined && rng.chance(0.7)) rounds.push([{ tool: 'tiss.submit_appeal', args: { insurer_ans: i.ans, lot_no: lot, guide_no: g.guide_no, reason: g.code, justification: 'Procedimento autorizado (senha anexa) e realizado conforme pedido médico; segue cópia da guia assinada.' }, result: { protocol: `REC-${rng.int(100_000, 999_999)}`, status: 'recebido' }, http: [{ method: 'POST', url: tissUrl(i, 'tissRecursoGlosa'), statusCode: 200 }] }]);
  return { userMessage: rng.pick([`Vê o demonstrativo do lote ${lot} da ${i.code} e recorre das glosas.`, `Confere as glosas do lote ${lot} (${i.code}), se faz favor.`]), rounds, finalAnswer: `${glosas.length} glosas on ${lot}; appeal filed where it applied.` };
}

/** Mondays only: the past week's guides sent to each insurer as one TISS XML batch. */
function weeklyBatchTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const insurers = rng.sample(INSURERS.filter((i) => i.weight >= 0.3), rng.int(1, 3));
  return {
    userMessage: 'Segunda-feira: fecha e envia os lotes de guias da semana passada.',
    rounds: [insurers.map((i) => ({ tool: 'tiss.send_batch', args: { insurer_ans: i.ans, lot_no: `L${rng.int(20_000, 29_999)}`, guides: rng.int(40, 420), competence: isoDate(ctx.atMs).slice(0, 7), xml_version: '4.01.00', hash: rng.hex(32) }, result: { protocol: String(rng.int(10_000_000, 99_999_999)), status: 'recebido' }, http: [{ method: 'POST', url: tissUrl(i, 'tissLoteGuias'), statusCode: 200 }] }))],
    finalAnswer: `Sent the week's guide batches to ${insurers.map((i) => i.code).join(', ')}.`,
  };
}

// ---------------------------------------------------------------- logistics

export function pickupCall(rng: Prng, courier: { name: string; host: string }, from: string, to: { name: string; phone: string; address: string }, contents: string, extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return { tool: 'courier.create_pickup', args: { courier: courier.name, pickup_address: from, receiver_name: to.name, receiver_phone: msisdn(to.phone), receiver_address: to.address, contents, ...extra }, result: { tracking: `${courier.name.replace(/[^A-Z]/g, '').slice(0, 3) || 'COL'}${rng.int(100_000_000, 999_999_999)}`, status: 'coleta agendada' }, http: [{ method: 'POST', url: `https://${courier.host}/v1/pickups`, statusCode: 201 }], ...(mark === undefined ? {} : { mark }) };
}

export function trackCall(rng: Prng, courier: { name: string; host: string }, tracking: string): ToolCall {
  return { tool: 'courier.track', args: { courier: courier.name, tracking }, result: { tracking, status: rng.pick(['em trânsito', 'saiu para entrega', 'entregue', 'aguardando retirada']), events: [{ at: 'hoje 09:12', where: rng.pick(['GRU Cargo', 'Recife - Imbiribeira', 'CTE Curitiba', 'Aeropuerto Silvio Pettirossi']), what: 'objeto em trânsito' }] }, http: [{ method: 'GET', url: `https://${courier.host}/v1/tracking/${tracking}`, statusCode: 200 }] };
}

const LAB_SP = { name: 'Laboratório Central Acme Saúde (recepção de amostras)', phone: '+55 11 3555-7000', address: 'Av. Paulista, 1842, 3º andar, São Paulo - SP' };
const LAB_ASU = { name: 'Laboratorio Guaraní de Diagnóstico (recepción de muestras)', phone: '+595 21 555 610', address: 'Av. Mariscal López 3390, Asunción, Paraguay' };

function pickupTurn(ctx: WorkflowContext, unit: Unit): TurnScript {
  const { rng } = ctx;
  const options = COURIERS.filter((c) => c.unit === unit || (unit === 'São Paulo' && c.unit === 'Asunción'));
  const c = pickWeighted(rng, options.length > 0 ? options : COURIERS);
  const toAsu = c.unit === 'Asunción';
  const boxes = rng.int(1, 4);
  const samples = Array.from({ length: rng.int(6, 30) }, () => `AM${rng.int(10_000_000, 99_999_999)}`);
  const manifest = { tool: 'lis.create_manifest', args: { destination: toAsu ? 'LAB-GUARANI-ASU' : 'LAB-CENTRAL-SP', samples, temperature: '2-8 °C', un: 'UN3373' }, result: { manifest_id: `MAN-${rng.int(100_000, 999_999)}`, samples: samples.length }, http: [{ method: 'POST', url: `${LIS}/manifests`, statusCode: 201 }] };
  const from = unit === 'Recife' ? 'Av. Conselheiro Aguiar, 2205, Boa Viagem, Recife - PE' : unit === 'Curitiba' ? 'Av. do Batel, 1550, Curitiba - PR' : 'Av. Paulista, 1842, São Paulo - SP';
  return {
    userMessage: toAsu ? 'Agenda a coleta DHL das amostras para o Laboratorio Guaraní.' : `Chama o ${c.name} para levar as amostras de ${unit} para o laboratório central.`,
    rounds: [[manifest], [pickupCall(rng, c, from, toAsu ? LAB_ASU : LAB_SP, `${boxes} caixa(s) térmica(s), ${samples.length} amostras biológicas UN3373, 2-8 °C`, toAsu ? { customs: { description: 'muestras biológicas para diagnóstico, sin valor comercial', value_usd: 10 } } : {})]],
    finalAnswer: `${samples.length} samples manifested; ${c.name} pickup booked.`,
  };
}

function trackTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const c = pickWeighted(rng, COURIERS);
  const tracking = String(rng.int(1_000_000_000, 9_999_999_999));
  return { userMessage: `Onde está a caixa ${tracking} (${c.name})?`, rounds: [[trackCall(rng, c, tracking)]], finalAnswer: `${tracking}: status above.` };
}

function temperatureTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const logger = `LOG-${rng.int(1_000, 9_999)}`;
  const readings = Array.from({ length: 6 }, (_, i) => ({ at: `T+${i * 30}min`, celsius: Math.round((3 + rng.next() * 4.5) * 10) / 10 }));
  return { userMessage: `A caixa chegou; confere o logger ${logger}, ficou entre 2 e 8?`, rounds: [[{ tool: 'coldchain.get_logger', args: { logger_id: logger }, result: { logger_id: logger, readings, excursions: readings.filter((r) => r.celsius > 8).length }, http: [{ method: 'GET', url: `https://api.termologger-cloud.example/v2/loggers/${logger}/readings`, statusCode: 200 }] }]], finalAnswer: `Logger ${logger}: ${readings.filter((r) => r.celsius > 8).length} excursions.` };
}

function partnerLabTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const m = rng.pick([
    { subject: 'Resultados lote 47 listos', body: 'Buenas, les informamos que los resultados del lote 47 (PCR HPV) ya están cargados en el LIS. Por favor confirmen la recepción. Saludos, Rocío - Laboratorio Guaraní' },
    { subject: 'Muestras hemolizadas', body: 'Che ra\'a, tres muestras del manifiesto MAN-2231 llegaron hemolizadas, ndaikatúi ro\'analiza. Pídanle recolección al paciente por favor, rejapo pya\'e. Gracias!' },
    { subject: 'Feriado 8 de diciembre', body: 'Recuerden que el 8 de diciembre (Virgen de Caacupé) no recibimos muestras. Envíen el lote el día 7 antes de las 14 h.' },
  ]);
  return { userMessage: 'Tem e-mail do Laboratorio Guaraní?', rounds: [[mailCall(rng, `laboratorio@${'acme-saude.example'}`, 'recepcion@labguarani.example', m.subject, m.body)]], finalAnswer: `${m.subject}: ${m.body.slice(0, 90)}` };
}

export function holdoutBeSupportWorkflow(ctx: WorkflowContext): SessionScript {
  const r = ctx.rng.next();
  if (r < 0.38) {
    const userId = ctx.rng.pick(FRONT_DESK);
    const unit = unitOf(userId);
    return { userId, turns: buildTurns(ctx, [(c) => whatsappTurn(c, unit), (c) => patientLookupTurn(c, unit), (c) => remindersTurn(c, unit), (c) => preparationTurn(c, unit), (c) => cancelTurn(c, unit), eligibilityTurn], [0.38, 0.18, 0.12, 0.14, 0.05, 0.1]) };
  }
  if (r < 0.6) {
    const userId = ctx.rng.pick(RESULTS_DESK);
    return { userId, turns: buildTurns(ctx, [sampleStatusTurn, resendAccessTurn, sendReportTurn, complaintTurn, patientMailTurn, (c) => procedureTurnOf(c)], [0.28, 0.22, 0.05, 0.16, 0.2, 0.05]) };
  }
  if (r < 0.83) {
    const userId = ctx.rng.pick(INSURANCE_DESK);
    const monday = weekday(ctx.atMs) === 1;
    return { userId, turns: buildTurns(ctx, [eligibilityTurn, authorizationTurn, auditorMailTurn, glosaTurn, weeklyBatchTurn], [0.22, 0.32, 0.16, 0.2, monday ? 0.3 : 0]) };
  }
  const userId = ctx.rng.pick(LOGISTICS_DESK);
  const unit = unitOf(userId);
  return { userId, turns: buildTurns(ctx, [(c) => pickupTurn(c, unit === 'Asunción' ? 'São Paulo' : unit), trackTurn, temperatureTurn, partnerLabTurn, sampleStatusTurn], [0.36, 0.24, 0.14, unit === 'Asunción' ? 0.3 : 0.1, 0.1]) };
}

function procedureTurnOf(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const q = rng.pick(['resultados por e-mail', 'resposta pública Reclame Aqui', 'transporte de amostras', 'identificação do paciente']);
  return { userMessage: `O que o POP diz sobre "${q}"?`, rounds: [[procedureSearch(rng, q)]], finalAnswer: 'The procedure says as above.' };
}

