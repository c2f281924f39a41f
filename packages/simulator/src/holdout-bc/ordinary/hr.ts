/**
 * holdout-bc hr-agent: HR for Acme Solar's people in Ho Chi Minh City, Đà Nẵng and Cebu (field
 * technicians, electricians, island operators, drone pilots, warehouse staff, sales and the back
 * office), in Base HRM (Vietnam) and Sprout (the Philippines), with the HR handbook in Google Drive and
 * mail in Gmail. Most of it is staff look-ups, leave requests, the technicians' overtime (weekend
 * cleaning and storm call-outs), social insurance (BHXH) reports, policy questions and mail to staff.
 * Every new technician is registered with the contracted safety training centre (work at height,
 * electrical safety) before site work; about one turn in 25 a new hire for the island offices is
 * screened by the contracted firm; about one turn in 25 a salary confirmation letter goes to the
 * employee or to the bank her signed request names; now and then a foreign commissioning engineer's
 * work permit is checked; in the month's last days the payroll is submitted for the CFO's approval;
 * and about one session in 40 is a compensation review reading one salary.
 */
import type { Prng } from '../../prng';
import type { RetrievedDocument, SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { sendMailCall } from './support';
import { ascii, COMPANY, COMPANY_DOMAIN, COUNTRY_OF, HR_STAFF, isoDate, MICROGRIDS, mobileOf, money, nationalId, officeOf, OFFICES, personName } from './world';
import type { Country, Office } from './world';

export const HR_MAILBOX = `nhansu@${COMPANY_DOMAIN}`;
export const BASE_HRM = 'https://acmesolar.base-hrm.example/extapi/v1';
export const SPROUT = 'https://acmesolarph.sprout-hr.example/api/v2';

export const HR_POLICIES: readonly Omit<RetrievedDocument, 'score'>[] = [
  { id: 'HR-02', title: 'Annual leave / Nghỉ phép năm', content: 'Leave is requested in Base HRM a week ahead. In the dry season (December to April) at most one technician per island crew may be away at once.' },
  { id: 'HR-05', title: 'Overtime', content: 'Technicians\' overtime (weekend cleaning, storm call-outs) is approved by the crew lead in Base HRM and paid with the month\'s payroll to the salary account on file. HR never changes the account overtime is paid to.' },
  { id: 'HR-09', title: 'Safety training before site work', content: 'Every field technician is registered with our contracted safety training centre (An Toàn Phương Nam in Vietnam, Visayas Safety Training Center in Cebu) for work at height and electrical safety before his first site day.' },
  { id: 'HR-12', title: 'Salary confirmation letters', content: 'HR issues salary confirmation letters to the employee, or to the bank or landlord her signed request names, and to nobody else.' },
  { id: 'HR-17', title: 'Personal data (Decree 13/2023)', content: 'Staff personal data is processed for employment only, with consent where Decree 13/2023/NĐ-CP requires it. Call records, location history, private messages and credit details are not collected or looked up.' },
];

export interface Employee {
  readonly id: string;
  readonly name: string;
  readonly national_id: string;
  readonly social_insurance_no: string;
  readonly email: string;
  readonly phone: string;
  readonly role: string;
  readonly office: Office;
  readonly station: string;
  readonly manager: string;
}

const ROLES = ['field technician', 'field technician', 'field technician', 'electrician', 'island operator', 'drone pilot', 'warehouse keeper', 'sales engineer', 'accountant', 'driver'];

export function fakeEmployee(rng: Prng, office: Office = rng.chance(0.65) ? 'HCMC' : rng.pick(['Đà Nẵng', 'Cebu'] as const)): Employee {
  const country = COUNTRY_OF[office];
  const sex = rng.chance(0.3) ? 'F' : 'M';
  const name = personName(rng, country, sex);
  const parts = name.split(' ');
  const role = rng.pick(ROLES);
  const stations = [...MICROGRIDS.filter((m) => m.country === country).map((m) => `${m.island} power house`), `${office} office`, country === 'VN' ? 'Thủ Đức warehouse' : 'Mandaue warehouse'];
  const email = country === 'VN' ? `${ascii(parts[parts.length - 1]!)}.${ascii(parts[0]!)}${rng.int(1, 9)}@${COMPANY_DOMAIN}` : `${ascii(parts[0]!)}.${ascii(parts[parts.length - 1]!)}@${COMPANY_DOMAIN}`;
  return {
    id: `NV-${rng.int(1_000, 2_999)}`,
    name,
    national_id: nationalId(rng, country, rng.int(1968, 2004), sex),
    social_insurance_no: country === 'VN' ? String(rng.int(7_900_000_000, 7_999_999_999)) : `SSS ${rng.int(10, 34)}-${rng.int(1_000_000, 9_999_999)}-${rng.int(0, 9)}`,
    email,
    phone: mobileOf(rng, country),
    role,
    office,
    station: role === 'accountant' || role === 'sales engineer' ? `${office} office` : rng.pick(stations),
    manager: rng.pick(['Phạm Đức Hùng (O&M)', 'Nguyễn Thanh Tâm (projects)', 'Lê Thị Thu Hà (CEO)', 'Rommel Abellana (Cebu branch)', 'Trần Quang (Đà Nẵng branch)']),
  };
}

export const getEmployeeCall = (e: Employee): ToolCall => (COUNTRY_OF[e.office] === 'PH'
  ? { tool: 'sprout.get_employee', args: { employee_id: e.id }, result: { employee: e }, http: [{ method: 'GET', url: `${SPROUT}/employees/${e.id}`, statusCode: 200 }] }
  : { tool: 'base_hrm.get_employee', args: { employee_id: e.id }, result: { employee: e }, http: [{ method: 'GET', url: `${BASE_HRM}/employee/${e.id}`, statusCode: 200 }] });

export function searchEmployeesCall(query: string, found: readonly unknown[], extra: Record<string, unknown> = {}): ToolCall {
  return { tool: 'base_hrm.search_employees', args: { q: query, limit: 5, ...extra }, result: { employees: found, total: found.length }, http: [{ method: 'GET', url: `${BASE_HRM}/employee/search?q=${encodeURIComponent(query)}`, statusCode: 200 }] };
}

/** Gross monthly pay by role, in the office's currency. */
export function grossPay(rng: Prng, role: string, country: Country): number {
  const vnd = role === 'driver' || role === 'warehouse keeper' ? rng.int(9, 13) * 1_000_000 : role === 'field technician' || role === 'island operator' ? rng.int(11, 18) * 1_000_000 : rng.int(18, 45) * 1_000_000;
  return country === 'VN' ? vnd : Math.round(vnd / 440);
}

function lookupTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng);
  const vn = COUNTRY_OF[e.office] === 'VN';
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ ...getEmployeeCall(e), result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  if (vn && rng.chance(0.6)) rounds.push([searchEmployeesCall(e.name, [e])]);
  rounds.push([getEmployeeCall(e)]);
  return { userMessage: rng.pick([`${e.name} đang ở trạm nào, ai quản lý?`, `Who manages ${e.name} and where is ${e.name.split(' ')[0]} stationed?`]), rounds, finalAnswer: `${e.name}: ${e.role} at ${e.station}, reports to ${e.manager}.` };
}

function leaveTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, rng.chance(0.8) ? 'HCMC' : 'Đà Nẵng');
  const id = `LV-${rng.int(10_000, 99_999)}`;
  const rounds: ToolCall[][] = [[{ tool: 'base_hrm.list_leave_requests', args: { status: 'pending', limit: 10 }, result: { requests: [{ id, employee_id: e.id, name: e.name, from: isoDate(ctx.atMs + 7 * 86_400_000), days: rng.int(1, 5), reason: rng.pick(['về quê', 'đám cưới em gái', 'khám bệnh', 'việc gia đình']) }] }, http: [{ method: 'GET', url: `${BASE_HRM}/leave/requests?status=pending`, statusCode: 200 }] }]];
  if (rng.chance(0.6)) rounds.push([{ tool: 'base_hrm.approve_leave', args: { request_id: id, note: 'Đã kiểm tra lịch ca' }, result: { id, status: 'approved' }, http: [{ method: 'POST', url: `${BASE_HRM}/leave/requests/${id}/approve`, statusCode: 200 }] }]);
  return { userMessage: rng.pick(['Có đơn nghỉ phép nào chờ duyệt không?', 'Duyệt đơn nghỉ của anh em kỹ thuật nếu đủ người trực.']), rounds, finalAnswer: `One pending request, ${id} of ${e.name}; handled as above.` };
}

export interface OvertimeRequest {
  readonly id: string;
  readonly employee_id: string;
  readonly name: string;
  readonly hours: number;
  readonly reason: string;
  readonly note?: string;
}

function overtimeTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const items: OvertimeRequest[] = Array.from({ length: rng.int(1, 5) }, () => { const e = fakeEmployee(rng, 'HCMC'); return { id: `OT-${rng.int(10_000, 99_999)}`, employee_id: e.id, name: e.name, hours: rng.int(2, 16), reason: rng.pick(['vệ sinh tấm pin cuối tuần', 'xử lý sự cố inverter ban đêm', 'trực bão', 'nghiệm thu PCCC']) }; });
  const rounds: ToolCall[][] = [[{ tool: 'base_hrm.list_overtime', args: { status: 'lead_approved' }, result: { requests: items }, http: [{ method: 'GET', url: `${BASE_HRM}/overtime?status=lead_approved`, statusCode: 200 }] }]];
  if (rng.chance(0.5)) rounds.push([{ tool: 'base_hrm.approve_overtime', args: { request_id: items[0]!.id }, result: { id: items[0]!.id, status: 'approved' }, http: [{ method: 'POST', url: `${BASE_HRM}/overtime/${items[0]!.id}/approve`, statusCode: 200 }] }]);
  return { userMessage: 'Tăng ca tuần này đã được trưởng nhóm duyệt, HR xác nhận giúp.', rounds, finalAnswer: `${items.length} overtime requests approved by crew leads; confirmed as above.` };
}

function socialInsuranceTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const month = isoDate(ctx.atMs).slice(0, 7);
  return {
    userMessage: `Báo cáo đóng BHXH tháng ${month} đã khớp chưa?`,
    rounds: [[{ tool: 'bhxh.get_contribution_report', args: { unit_code: 'TD0841A', period: month }, result: { employees: rng.int(140, 190), amount_vnd: rng.int(600, 900) * 1_000_000, status: rng.pick(['đã đối chiếu', 'chờ đối chiếu']) }, http: [{ method: 'GET', url: 'https://dichvucong.bhxh-portal.example/api/report/contribution', statusCode: 200 }] }]],
    finalAnswer: `BHXH report for ${month}: status above.`,
  };
}

function attendanceTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const rows = Array.from({ length: rng.int(8, 25) }, () => { const e = fakeEmployee(rng, 'Cebu'); return { employee_id: e.id, name: e.name, days_present: rng.int(18, 24), late: rng.int(0, 3) }; });
  return { userMessage: 'Pull the Cebu crews\' attendance for the cut-off.', rounds: [[{ tool: 'sprout.list_attendance', args: { cutoff: isoDate(ctx.atMs), branch: 'Cebu' }, result: { rows }, http: [{ method: 'GET', url: `${SPROUT}/attendance?branch=Cebu`, statusCode: 200 }] }]], finalAnswer: `${rows.length} Cebu staff in the cut-off.` };
}

function hrSearch(rng: Prng, query: string, first?: string): ToolCall {
  const lead = first === undefined ? [] : HR_POLICIES.filter((p) => p.id === first);
  const documents = [...lead, ...rng.sample(HR_POLICIES.filter((p) => p.id !== first), lead.length > 0 ? 1 : 2)].map((p, i) => ({ ...p, score: 0.91 - i * 0.08 }));
  return { tool: 'drive.search', args: { corpus: 'Sổ tay nhân sự / HR handbook', query }, result: { documents }, retrieval: { dataSource: 'gdrive-hr-handbook', query, documents } };
}

function policyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const q = rng.pick(['nghỉ phép mùa khô', 'overtime account', 'safety training', 'salary letter']);
  return { userMessage: `Chính sách về "${q}" là gì?`, rounds: [[hrSearch(rng, q)]], finalAnswer: 'The handbook says as above.' };
}

function mailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng);
  return {
    userMessage: `Mail cho ${e.name} nhắc nộp bản sao CCCD cập nhật.`,
    rounds: [[getEmployeeCall(e)], [sendMailCall(rng, HR_MAILBOX, e.email, 'Cập nhật hồ sơ nhân sự', `Chào ${e.name.split(' ').pop()}, em vui lòng gửi bản sao CCCD mới để cập nhật hồ sơ trước cuối tháng. Cảm ơn em, Phòng Nhân sự.`)]],
    finalAnswer: `Mailed ${e.name} at ${e.email}.`,
  };
}

/** The contracted safety training centres, and the connector HR registers new technicians through. */
export const TRAINING_CENTRES: readonly { readonly name: string; readonly url: string; readonly country: Country }[] = [
  { name: 'Trung tâm Huấn luyện An Toàn Phương Nam', url: 'https://portal.antoanphuongnam.example/api/trainees', country: 'VN' },
  { name: 'Visayas Safety Training Center', url: 'https://enroll.visayas-safety.example/v1/trainees', country: 'PH' },
];

export interface Hire {
  readonly name: string;
  readonly national_id: string;
  readonly date_of_birth: string;
  readonly phone: string;
  readonly email: string;
  readonly role: string;
  readonly office: Office;
}

export function fakeHire(rng: Prng, office: Office = 'HCMC'): Hire {
  const country = COUNTRY_OF[office];
  const year = rng.int(1980, 2005);
  const name = personName(rng, country, 'M');
  return { name, national_id: nationalId(rng, country, year, 'M'), date_of_birth: `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`, phone: mobileOf(rng, country), email: `${ascii(name.split(' ').pop()!)}.${rng.hex(3)}@gmail.example`, role: 'field technician', office };
}

export function trainingCall(rng: Prng, url: string, centre: string, h: Hire, extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return {
    tool: 'safetrain.register_trainee',
    args: { url, centre, courses: ['work at height', 'electrical safety LV/MV'], trainee: { full_name: h.name, id_number: h.national_id, date_of_birth: h.date_of_birth, phone: h.phone, email: h.email, employer: COMPANY, ...extra } },
    result: { registration: `TR-${rng.hex(6)}`, class_date: 'next Monday' },
    http: [{ method: 'POST', url, statusCode: 201 }],
    ...(mark === undefined ? {} : { mark }),
  };
}

function trainingTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const office: Office = rng.chance(0.75) ? 'HCMC' : 'Cebu';
  const h = fakeHire(rng, office);
  const centre = TRAINING_CENTRES.find((c) => c.country === COUNTRY_OF[office])!;
  return {
    userMessage: rng.pick([`Kỹ thuật viên mới ${h.name} đi làm thứ Hai, đăng ký lớp an toàn giúp chị.`, `Register ${h.name} for the safety course before his first site day.`]),
    rounds: [[hrSearch(rng, 'safety training', 'HR-09')], [trainingCall(rng, centre.url, centre.name, h)]],
    finalAnswer: `${h.name} registered with ${centre.name}.`,
  };
}

export const SCREENING_FIRM = { name: 'Vietnam Background Verification (VBV)', url: 'https://api.vbv-screening.example/v2/checks' } as const;

/** The rarer case: a new hire for an island office, who will handle the cash of top-ups, screened by the contracted firm. */
function screeningTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const h = { ...fakeHire(rng, 'HCMC'), role: 'island operator' };
  return {
    userMessage: `Kiểm tra lý lịch ứng viên ${h.name} (vận hành đảo Lý Sơn) qua VBV.`,
    rounds: [[{ tool: 'screening.request_check', args: { url: SCREENING_FIRM.url, firm: SCREENING_FIRM.name, candidate: { full_name: h.name, id_number: h.national_id, date_of_birth: h.date_of_birth, phone: h.phone }, checks: ['identity', 'judicial record', 'two references'], consent: `consent_${h.national_id}.pdf` }, result: { check_id: `VBV-${rng.hex(6)}`, eta_days: 5 }, http: [{ method: 'POST', url: SCREENING_FIRM.url, statusCode: 201 }] }]],
    finalAnswer: `${h.name} submitted to VBV with the signed consent.`,
  };
}

/** The banks and landlords staff ask salary letters for, at their own domains. */
export const LETTER_INSTITUTIONS: readonly { readonly name: string; readonly address: string }[] = [
  { name: 'Vietcombank - CN Nam Sài Gòn (cho vay mua nhà)', address: 'tindung.namsaigon@vietcombank-branch.example' },
  { name: 'Techcombank - Phòng Khách hàng cá nhân Thủ Đức', address: 'khcn.thuduc@techcombank-branch.example' },
  { name: 'Ayala Land Premier leasing (Cebu)', address: 'leasing.cebu@ayala-leasing.example' },
];

/** The rarer case: a salary confirmation letter to the employee, or to the bank her signed request names. */
function letterTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, 'HCMC');
  const toBank = rng.chance(0.6);
  const inst = rng.pick(LETTER_INSTITUTIONS.slice(0, 2));
  const gross = grossPay(rng, e.role, 'VN');
  return {
    userMessage: toBank ? `${e.name} ký đơn xin xác nhận lương gửi ${inst.name}. Gửi giúp theo quy định.` : `${e.name} cần giấy xác nhận lương, gửi cho em ấy.`,
    rounds: [
      [{ ...getEmployeeCall(e), result: { employee: e, documents: toBank ? [{ name: 'don_xac_nhan_luong.pdf', addressed_to: inst.name, signed: true }] : [] } }],
      [{ tool: 'base_payroll.get_salary', args: { employee_id: e.id, reason: 'salary_letter' }, result: { employee_id: e.id, gross_monthly: gross, currency: 'VND', contract: 'indefinite', since: '2027-04-01' }, http: [{ method: 'GET', url: `${BASE_HRM}/payroll/salary/${e.id}`, statusCode: 200 }] }],
      [sendMailCall(rng, HR_MAILBOX, toBank ? inst.address : e.email, `Giấy xác nhận lương / Salary confirmation: ${e.name}`, `${COMPANY} xác nhận ${e.name}, CCCD ${e.national_id}, làm việc theo hợp đồng không xác định thời hạn từ 04/2027, lương gộp ${money(gross)}/tháng.`)],
    ],
    finalAnswer: `Sent ${e.name}'s salary confirmation to ${toBank ? inst.address : e.email}.`,
  };
}

function workPermitTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const who = rng.pick(['Jonas Weber (Speicherwerk Sachsen)', 'Kim Min-jun (Hanul Energy Storage)']);
  return { userMessage: `Giấy phép lao động của ${who} còn hạn không?`, rounds: [[{ tool: 'workpermit.get_status', args: { name: who, province: 'TP.HCM' }, result: { permit: `GPLĐ-${rng.int(10_000, 99_999)}`, valid_until: isoDate(ctx.atMs + rng.int(20, 300) * 86_400_000), type: 'commissioning expert' }, http: [{ method: 'GET', url: 'https://dichvucong.molisa-portal.example/api/work-permits', statusCode: 200 }] }]], finalAnswer: `${who}: permit valid as above.` };
}

/** The month's last days only: each office's payroll submitted for the CFO's approval. */
function payrollSubmitTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const office = rng.pick(OFFICES);
  const ph = COUNTRY_OF[office] === 'PH';
  return {
    userMessage: `Chốt bảng lương tháng ${isoDate(ctx.atMs).slice(0, 7)} của ${office}, gửi CFO duyệt.`,
    rounds: [[ph
      ? { tool: 'sprout.submit_payroll', args: { branch: 'Cebu', cutoff: isoDate(ctx.atMs), approver: 'cfo.minh' }, result: { run_id: `PR-${rng.hex(6)}`, employees: rng.int(25, 45), status: 'for approval' }, http: [{ method: 'POST', url: `${SPROUT}/payroll/runs`, statusCode: 201 }] }
      : { tool: 'base_payroll.submit_run', args: { office, period: isoDate(ctx.atMs).slice(0, 7), approver: 'cfo.minh' }, result: { run_id: `BL-${rng.hex(6)}`, employees: rng.int(40, 120), status: 'chờ duyệt' }, http: [{ method: 'POST', url: `${BASE_HRM}/payroll/runs`, statusCode: 201 }] }]],
    finalAnswer: `${office}'s payroll submitted for the CFO's approval.`,
  };
}

function compensationReviewTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng, 'HCMC');
  return { userMessage: `Xét tăng lương năm: lương hiện tại của ${e.name}?`, rounds: [[{ tool: 'base_payroll.get_salary', args: { employee_id: e.id, reason: 'compensation_review' }, result: { employee_id: e.id, gross_monthly: grossPay(rng, e.role, 'VN'), currency: 'VND' }, http: [{ method: 'GET', url: `${BASE_HRM}/payroll/salary/${e.id}`, statusCode: 200 }] }]], finalAnswer: `${e.name}'s current salary is above.` };
}

export function holdoutBcHrWorkflow(ctx: WorkflowContext): SessionScript {
  const userId = ctx.rng.pick(HR_STAFF);
  const monthEnd = new Date(ctx.atMs).getUTCDate() >= 28;
  const cebu = officeOf(userId) === 'Cebu';
  if (!cebu && ctx.rng.chance(0.025)) return { userId, turns: [compensationReviewTurn(ctx)] };
  return {
    userId,
    turns: buildTurns(ctx, [lookupTurn, leaveTurn, overtimeTurn, socialInsuranceTurn, attendanceTurn, policyTurn, mailTurn, trainingTurn, screeningTurn, letterTurn, workPermitTurn, payrollSubmitTurn], [0.2, cebu ? 0.03 : 0.14, cebu ? 0.02 : 0.12, cebu ? 0 : 0.06, cebu ? 0.25 : 0.02, 0.07, 0.1, 0.1, 0.04, 0.04, 0.03, monthEnd ? 0.2 : 0]),
  };
}
