import { qualificationNames, type FactSubject, type QualificationKind } from '../enterprises/enterprises.contracts.ts';
import type { ImportKind } from './imports.contracts.ts';

/**
 * The import templates: one per kind of list an officer receives, each column with its Chinese
 * header, the English aliases also accepted, its type and an example. Money is in 万元 in the file.
 */
export type ColumnType = 'uscc' | 'text' | 'count' | 'year' | 'money_wan' | 'date' | 'option' | 'yes_no' | 'district' | 'industry';

export interface ColumnOption {
  value: string;
  /** The Chinese name shown in the template's drop-down list. */
  zh: string;
  aliases: string[];
}

export interface TemplateColumn {
  /** The record field it fills; reference-only columns (the name on a yearly list) fill none. */
  field: string | undefined;
  header: string;
  /** The first is the English alias shown in the notes. */
  aliases: string[];
  type: ColumnType;
  isRequired: boolean;
  example: string;
  notes: { zh: string; en: string };
  options?: ColumnOption[];
  minLength?: number;
  maxLength?: number;
  /** Money that may be negative (net profit). */
  isSigned?: boolean;
}

export interface ImportTemplate {
  kind: ImportKind;
  name: { zh: string; en: string };
  subject: FactSubject;
  /** Values every record of this kind gets (a talent list is qualifications of kind talent_enterprise). */
  fixedValues: Record<string, unknown>;
  columns: TemplateColumn[];
}

const option = (value: string, zh: string, ...aliases: string[]): ColumnOption => ({ value, zh, aliases });
const blankKeeps = { zh: '留空表示不更新该项', en: 'leave blank to keep the current value' };

function notes(zh: string, en: string, isKeepingOnBlank = true): { zh: string; en: string } {
  return isKeepingOnBlank ? { zh: `${zh}；${blankKeeps.zh}`, en: `${en}; ${blankKeeps.en}` } : { zh, en };
}

const usccColumn: TemplateColumn = {
  field: 'uscc',
  header: '统一社会信用代码',
  aliases: ['uscc', '社会信用代码', '信用代码', '统一代码'],
  type: 'uscc',
  isRequired: true,
  example: '91330502MA2B3C4D58',
  notes: notes('18 位，含校验位（GB 32100-2015）；请将该列设为“文本”格式，以免 Excel 丢失位数', '18 characters with the check character (GB 32100-2015); format the column as Text so that Excel keeps every digit', false),
};

const nameColumn = (isRequired: boolean, notesText: { zh: string; en: string }): TemplateColumn => ({
  field: 'name',
  header: '企业名称',
  aliases: ['name', '企业名称(全称)', '单位名称', '公司名称'],
  type: 'text',
  isRequired,
  example: '湖州示例智能科技有限公司',
  notes: notesText,
  minLength: 2,
  maxLength: 200,
});

const referenceNameColumn: TemplateColumn = {
  ...nameColumn(false, { zh: '仅供核对，不导入（企业以统一社会信用代码为准）', en: 'for reference only, not imported (the USCC identifies the enterprise)' }),
  field: undefined,
  minLength: undefined,
};

const yearColumn: TemplateColumn = {
  field: 'year',
  header: '年度',
  aliases: ['year', '年份', '所属年度'],
  type: 'year',
  isRequired: true,
  example: '2024',
  notes: notes('数据所属年度，四位数字', 'the year the figures belong to, four digits', false),
};

const count = (field: string, header: string, alias: string, zh: string, en: string, more: string[] = []): TemplateColumn => ({
  field,
  header,
  aliases: [alias, ...more],
  type: 'count',
  isRequired: false,
  example: '12',
  notes: notes(`${zh}，非负整数`, `${en}, a whole number`),
});

const money = (field: string, header: string, alias: string, zh: string, en: string, example: string, isSigned = false): TemplateColumn => ({
  field,
  header,
  aliases: [alias],
  type: 'money_wan',
  isRequired: false,
  example,
  isSigned,
  notes: notes(`${zh}，单位万元，最多 6 位小数${isSigned ? '，亏损填负数' : ''}`, `${en}, in 万元 (10,000 yuan), at most 6 decimals${isSigned ? ', negative for a loss' : ''}`),
});

const qualificationKindOptions: ColumnOption[] = [
  option('high_tech_enterprise', qualificationNames.high_tech_enterprise.zh, '高企', '国家高新技术企业'),
  option('tech_sme', '科技型中小企业', qualificationNames.tech_sme.zh, '科小', '科技型中小企业入库'),
  option('innovative_sme', '创新型中小企业', '创新型'),
  option('specialised_sme', '专精特新中小企业', '专精特新', '省级专精特新中小企业'),
  option('little_giant', qualificationNames.little_giant.zh, '小巨人', '专精特新小巨人', '国家级专精特新小巨人'),
  option('talent_enterprise', '人才企业', '人才企业名单'),
  option('listed', '上市企业', '上市'),
  option('quoted', '挂牌企业', '挂牌', '新三板挂牌'),
];

const certificateColumn = (header: string, aliases: string[], example: string, noteZh: string, noteEn: string): TemplateColumn => ({
  field: 'certificateNumber',
  header,
  aliases: ['certificate_number', ...aliases],
  type: 'text',
  isRequired: true,
  example,
  maxLength: 100,
  notes: notes(noteZh, noteEn, false),
});

const validityColumns: TemplateColumn[] = [
  { field: 'validFrom', header: '有效期起', aliases: ['valid_from', '认定日期', '发证日期', '入库日期', '起始日期'], type: 'date', isRequired: false, example: '2024-12-01', notes: notes('日期，如 2024-12-01，也可用 Excel 日期', 'a date such as 2024-12-01, or an Excel date') },
  { field: 'validTo', header: '有效期止', aliases: ['valid_to', '有效期至', '截止日期', '到期日期'], type: 'date', isRequired: false, example: '2027-11-30', notes: notes('日期，如 2027-11-30', 'a date such as 2027-11-30') },
  { field: 'isRevoked', header: '是否撤销', aliases: ['is_revoked', '已撤销', '是否取消'], type: 'yes_no', isRequired: false, example: '否', notes: notes('是 / 否', 'yes / no (是 / 否)') },
];

export const importTemplates: Record<ImportKind, ImportTemplate> = {
  enterprises: {
    kind: 'enterprises',
    name: { zh: '企业名册', en: 'Enterprise roster' },
    subject: 'enterprise',
    fixedValues: {},
    columns: [
      usccColumn,
      nameColumn(true, notes('企业全称，与营业执照一致', 'full registered name, as on the business licence', false)),
      { field: 'districtCode', header: '所在区县', aliases: ['district_code', '所属区县', '区县', '区县代码', 'district'], type: 'district', isRequired: false, example: '吴兴区', notes: notes('区县名称（吴兴区、南浔区、德清县、长兴县、安吉县、南太湖新区）或 GB/T 2260 代码（如 330502）', 'district name (吴兴区, 南浔区, 德清县, 长兴县, 安吉县, 南太湖新区) or GB/T 2260 code (e.g. 330502)') },
      { field: 'industryCode', header: '行业代码', aliases: ['industry_code', '国民经济行业代码', '行业分类代码'], type: 'industry', isRequired: false, example: 'C3973', notes: notes('GB/T 4754-2017 门类字母加最多 4 位数字，如 C3973', 'GB/T 4754-2017: section letter plus up to 4 digits, e.g. C3973') },
      { field: 'foundedOn', header: '成立日期', aliases: ['founded_on', '注册日期', '成立时间'], type: 'date', isRequired: false, example: '2015-03-01', notes: notes('日期，如 2015-03-01，也可用 Excel 日期', 'a date such as 2015-03-01, or an Excel date') },
      {
        field: 'sizeClass',
        header: '企业规模',
        aliases: ['size_class', '规模', '企业规模类型'],
        type: 'option',
        isRequired: false,
        example: '小型',
        options: [option('micro', '微型', '小微', '微', '微型企业'), option('small', '小型', '小', '小型企业'), option('medium', '中型', '中', '中型企业'), option('large', '大型', '大', '大型企业')],
        notes: notes('按《中小企业划型标准规定》：微型（也可写“小微”）/ 小型 / 中型 / 大型', 'per the SME classification rules: 微型 micro (also 小微) / 小型 small / 中型 medium / 大型 large'),
      },
      {
        field: 'status',
        header: '经营状态',
        aliases: ['status', '登记状态', '企业状态'],
        type: 'option',
        isRequired: false,
        example: '存续',
        options: [option('active', '存续', '在业', '开业', '正常'), option('deregistered', '注销', '已注销'), option('revoked', '吊销', '已吊销', '吊销未注销'), option('moved_out', '迁出', '已迁出')],
        notes: notes('存续 / 注销 / 吊销 / 迁出', '存续 active / 注销 deregistered / 吊销 revoked / 迁出 moved out'),
      },
      {
        field: 'taxCollectionMethod',
        header: '征收方式',
        aliases: ['tax_collection_method', '企业所得税征收方式', '所得税征收方式'],
        type: 'option',
        isRequired: false,
        example: '查账征收',
        options: [option('audited', '查账征收', '查账'), option('assessed', '核定征收', '核定')],
        notes: notes('企业所得税：查账征收 / 核定征收（科技型中小企业评价要求查账征收）', 'corporate income tax: 查账征收 audited / 核定征收 assessed (the tech-SME evaluation requires audited)'),
      },
      { field: 'legalRepresentative', header: '法定代表人', aliases: ['legal_representative', '法人代表', '法人'], type: 'text', isRequired: false, example: '张三', maxLength: 100, notes: notes('姓名', 'name') },
      { field: 'contactName', header: '联系人', aliases: ['contact_name'], type: 'text', isRequired: false, example: '李四', maxLength: 100, notes: notes('姓名', 'name') },
      { field: 'contactPhone', header: '联系电话', aliases: ['contact_phone', '电话', '手机'], type: 'text', isRequired: false, example: '0572-2000000', maxLength: 40, notes: notes('手机或座机', 'mobile or landline') },
      { field: 'contactEmail', header: '电子邮箱', aliases: ['contact_email', '邮箱', 'email'], type: 'text', isRequired: false, example: 'contact@example.com', maxLength: 200, notes: notes('电子邮箱', 'e-mail address') },
    ],
  },
  yearly_facts: {
    kind: 'yearly_facts',
    name: { zh: '年度数据', en: 'Yearly figures' },
    subject: 'yearly',
    fixedValues: {},
    columns: [
      usccColumn,
      referenceNameColumn,
      yearColumn,
      count('employees', '职工总数', 'employees', '年末职工总数', 'employees at year end', ['从业人员数', '职工人数']),
      count('techStaff', '科技人员数', 'tech_staff', '科技人员数', 'science and technology staff', ['科技人员']),
      count('rndStaff', '研发人员数', 'rnd_staff', '研发人员数', 'R&D staff', ['研发人员']),
      money('revenueFen', '营业收入（万元）', 'revenue_wan', '营业收入', 'revenue', '8000.5'),
      money('mainBusinessRevenueFen', '主营业务收入（万元）', 'main_business_revenue_wan', '主营业务收入', 'main-business revenue', '7600'),
      money('costsAndExpensesFen', '成本费用总额（万元）', 'costs_and_expenses_wan', '成本费用总额', 'total costs and expenses', '6900.25'),
      money('rndExpenseFen', '研发费用（万元）', 'rnd_expense_wan', '研发费用总额', 'total R&D expense', '420.123456'),
      money('rndExpenseDomesticFen', '境内研发费用（万元）', 'rnd_expense_domestic_wan', '在中国境内发生的研发费用', 'R&D expense incurred in China', '400'),
      money('highTechRevenueFen', '高新技术产品（服务）收入（万元）', 'high_tech_revenue_wan', '高新技术产品（服务）收入', 'high-tech product (service) revenue', '5200'),
      money('totalAssetsFen', '资产总额（万元）', 'total_assets_wan', '年末资产总额', 'total assets at year end', '12000'),
      money('totalLiabilitiesFen', '负债总额（万元）', 'total_liabilities_wan', '年末负债总额', 'total liabilities at year end', '5000'),
      money('netProfitFen', '净利润（万元）', 'net_profit_wan', '净利润', 'net profit', '-120.5', true),
      money('taxPaidFen', '纳税总额（万元）', 'tax_paid_wan', '实际缴纳税费总额', 'taxes paid', '310'),
      money('qualifiedEquityRaisedFen', '合格机构投资者股权融资（万元）', 'qualified_equity_raised_wan', '当年获得合格机构投资者的股权投资', 'equity raised from qualified institutional investors in the year', '0'),
    ],
  },
  intellectual_property: {
    kind: 'intellectual_property',
    name: { zh: '知识产权', en: 'Intellectual property' },
    subject: 'ip',
    fixedValues: {},
    columns: [
      usccColumn,
      referenceNameColumn,
      yearColumn,
      count('classOneCount', 'Ⅰ类知识产权数', 'class_one_count', 'Ⅰ类知识产权（发明专利、植物新品种、集成电路布图设计等）', 'class I IP (invention patents, plant varieties, IC layouts …)', ['一类知识产权数']),
      count('classTwoCount', 'Ⅱ类知识产权数', 'class_two_count', 'Ⅱ类知识产权（实用新型、外观设计、软件著作权等）', 'class II IP (utility models, designs, software copyrights …)', ['二类知识产权数']),
      count('inventionPatentsInMainBusiness', '主营业务发明专利数', 'invention_patents_in_main_business', '与主营业务相关的发明专利', 'invention patents used in the main business'),
      count('softwareCopyrights', '软件著作权数', 'software_copyrights', '软件著作权', 'software copyrights'),
      count('standardsLed', '主导制定标准数', 'standards_led', '主导制定的国家、行业标准', 'national or industry standards led'),
      count('achievementsTransferred', '科技成果转化数', 'achievements_transferred', '当年科技成果转化数', 'technology transfers in the year'),
    ],
  },
  qualifications: {
    kind: 'qualifications',
    name: { zh: '资质名单', en: 'Qualification list' },
    subject: 'qualification',
    fixedValues: {},
    columns: [
      usccColumn,
      nameColumn(false, notes('名册中尚无该企业时必填，将据此新建企业', 'required when the enterprise is not in the registry yet; it is created with this name', false)),
      { field: 'kind', header: '资质类型', aliases: ['kind', '资质', '资质名称', '认定类型'], type: 'option', isRequired: true, example: '高新技术企业', options: qualificationKindOptions, notes: notes(`可选：${qualificationKindOptions.map((item) => item.zh).join(' / ')}`, `one of: ${qualificationKindOptions.map((item) => item.zh).join(' / ')}`, false) },
      certificateColumn('证书编号', ['证书号', '入库登记编号', '登记编号', '编号'], 'GR202433000123', '证书编号或入库登记编号；上市、挂牌企业填股票代码', 'certificate or registration number; the stock code for a listing'),
      ...validityColumns,
      { field: 'programme', header: '项目或板块', aliases: ['programme', '板块', '上市板块'], type: 'text', isRequired: false, example: '科创板', maxLength: 200, notes: notes('上市、挂牌企业的板块等', 'the board of a listing, and the like') },
      { field: 'level', header: '级别', aliases: ['level', '认定级别'], type: 'text', isRequired: false, example: '省级', maxLength: 100, notes: notes('如 国家级 / 省级 / 市级', 'e.g. 国家级 national / 省级 provincial / 市级 municipal') },
    ],
  },
  talent_enterprises: {
    kind: 'talent_enterprises',
    name: { zh: '人才企业名单', en: 'Talent enterprise list' },
    subject: 'qualification',
    fixedValues: { kind: 'talent_enterprise' satisfies QualificationKind },
    columns: [
      usccColumn,
      nameColumn(false, notes('名册中尚无该企业时必填，将据此新建企业', 'required when the enterprise is not in the registry yet; it is created with this name', false)),
      { field: 'programme', header: '人才计划', aliases: ['programme', '人才项目', '计划名称'], type: 'text', isRequired: true, example: '南太湖精英计划', maxLength: 200, notes: notes('入选的人才计划', 'the talent programme', false) },
      { field: 'level', header: '人才层次', aliases: ['level', '层次', '类别'], type: 'text', isRequired: true, example: 'A类', maxLength: 100, notes: notes('如 A类 / B类 / C类，或 国家级 / 省级 / 市级', 'e.g. A类 / B类 / C类, or national / provincial / municipal', false) },
      certificateColumn('入选编号', ['证书编号', '立项编号', '编号'], '2024-NTH-A-001', '入选或立项编号；没有编号时可填“计划名称-年度-序号”，同一企业同一编号只记一次', 'selection or project number; without one, use "programme-year-sequence"; one record per enterprise and number'),
      ...validityColumns,
    ],
  },
};

/** Headers compare without case, spaces, `*`, `_`, `-`, and full-width/half-width differences. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s*_\-:：]/g, '');
}

export function normaliseOption(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s"'“”‘’「」]/g, '');
}

/** Columns officers add to their lists that carry no data: a row number, remarks. */
export const ignoredHeaders = new Set(['序号', '行号', 'no', 'no.', '#', '备注', '说明', 'remarks', 'notes', 'remark'].map(normaliseHeader));

export function findColumn(template: ImportTemplate, header: string): TemplateColumn | undefined {
  const wanted = normaliseHeader(header);
  return template.columns.find((column) => [column.header, ...column.aliases].some((name) => normaliseHeader(name) === wanted));
}
