import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { parsePolicyPack, formatProblem, type ParsePolicyPackResult } from './parse-policy-pack.ts';
import { policyPackContentSchema, type Parameter, type PolicyPackContent } from './policy-packs.contracts.ts';
import { readSubsidyParameters } from './subsidy-parameters.ts';

const policiesDir = new URL('../../../policies/', import.meta.url);
const fixturesDir = new URL('../../../tests/fixtures/policy-packs/', import.meta.url);
const huzhouText = fs.readFileSync(new URL('huzhou-2023-61.yaml', policiesDir), 'utf8');
const successorText = fs.readFileSync(new URL('successor-example.yaml', fixturesDir), 'utf8');

/** The policy document's own text, kept beside the pack that encodes it. */
const seedPath = 'policies/sources/huzhou-2023-61.txt';
const seedText: string | undefined = fs.readFileSync(seedPath, 'utf8').replace(/\s+/g, '');

const tenThousandYuan = 1_000_000; // fen
const hundredMillionYuan = 10_000_000_000; // fen

function valid(result: ParsePolicyPackResult): PolicyPackContent {
  if (!result.isValid) assert.fail(result.problems.map((p) => formatProblem(p, 'en')).join('\n'));
  return result.pack;
}

function problemsOf(result: ParsePolicyPackResult): string[] {
  if (result.isValid) return assert.fail('expected the pack to be invalid');
  return result.problems.map((problem) => formatProblem(problem, 'en'));
}

const huzhou = valid(parsePolicyPack(huzhouText, 'huzhou-2023-61.yaml'));

describe('parsePolicyPack: the huzhou-2023-61 pack', () => {
  it('validates and carries the document identity (文号, 文件编号, dates)', () => {
    assert.equal(huzhou.id, 'huzhou-2023-61');
    assert.equal(huzhou.documentNumber, '湖政办发〔2023〕61号');
    assert.equal(huzhou.fileCode, 'ZJEC01-2023-0023');
    assert.equal(huzhou.title.zh, '湖州市人民政府办公室关于科技金融改革创新的实施意见');
    assert.equal(huzhou.issuer.zh, '湖州市人民政府办公室');
    assert.deepEqual(huzhou.dates, {
      signedOn: '2023-12-29',
      printedOn: '2024-01-04',
      effectiveFrom: '2024-01-15',
      expiresOn: '2025-12-31',
      sourceText: '本意见自2024年1月15日起施行，有效期至2025年12月31日',
    });
  });

  it('matches the API contract (zod) as well as the file schema (JSON Schema)', () => {
    assert.doesNotThrow(() => policyPackContentSchema.parse(huzhou));
  });

  const targetCases = [
    { clause: '二、第一项', seed: '推动金融机构创新科技金融产品 50 个以上', code: 'new_products', unit: 'count', comparator: '>=', value: 50, measure: 'new_since_effective' },
    { clause: '二、第一项', seed: '科技型中小企业贷款余额突破 1200 亿元', code: 'tsme_loan_balance', unit: 'fen', comparator: '>', value: 1200 * hundredMillionYuan, measure: 'balance' },
    { clause: '二、第二项', seed: '上市公司总数达到 70 家以上', code: 'listed_companies', unit: 'count', comparator: '>=', value: 70, measure: 'total' },
    { clause: '二、第二项', seed: '新增科技型企业股权融资 300 亿元以上', code: 'new_equity_financing', unit: 'fen', comparator: '>=', value: 300 * hundredMillionYuan, measure: 'new_since_effective' },
    { clause: '二、第二项', seed: '新组建科技类产业基金 10 支以上', code: 'new_tech_funds', unit: 'count', comparator: '>=', value: 10, measure: 'new_since_effective' },
    { clause: '二、第二项', seed: '基金总规模不少于 200 亿元', code: 'new_tech_funds_size', unit: 'fen', comparator: '>=', value: 200 * hundredMillionYuan, measure: 'new_since_effective' },
    { clause: '二、第三项', seed: '新设立科技金融服务特色机构 10 家以上', code: 'new_specialised_institutions', unit: 'count', comparator: '>=', value: 10, measure: 'new_since_effective' },
    { clause: '二、第三项', seed: '招引金融生态企业 20 家以上', code: 'ecosystem_firms', unit: 'count', comparator: '>=', value: 20, measure: 'new_since_effective' },
  ] as const;

  it('has exactly the eight targets of 二、发展目标', () => {
    assert.deepEqual(huzhou.targets.map((target) => target.code), targetCases.map((target) => target.code));
  });

  for (const expected of targetCases) {
    it(`${expected.clause}: ${expected.seed} → ${expected.code} ${expected.comparator} ${expected.value}`, () => {
      const target = huzhou.targets.find((candidate) => candidate.code === expected.code);
      assert.ok(target, `target ${expected.code} is missing`);
      assert.equal(target.clause, expected.clause);
      assert.equal(target.unit, expected.unit);
      assert.equal(target.comparator, expected.comparator);
      assert.equal(target.value, expected.value);
      assert.ok(Number.isSafeInteger(target.value));
      assert.equal(target.measure, expected.measure);
      assert.equal(target.deadline, '2025-12-31', '力争到2025年底');
      assert.ok(target.sourceText.includes(expected.seed.replace(/\s+/g, '')), `sourceText quotes the seed: ${target.sourceText}`);
    });
  }

  it('quotes only text that is in the seed document', () => {
    const quotes = [
      ...targetCases.map((target) => target.seed),
      ...huzhou.targets.map((target) => target.sourceText),
      ...huzhou.subsidyLines.flatMap((line) => [line.sourceText, ...line.parameters.flatMap((parameter) => (parameter.sourceText ? [parameter.sourceText] : []))]),
      ...huzhou.keyTasks.map((task) => task.text.zh),
      huzhou.dates.sourceText ?? '',
    ];
    for (const quote of quotes) assert.ok(seedText!.includes(quote.replace(/\s+/g, '')), `not in the seed: ${quote}`);
  });

  const subsidyCases: { clause: string; code: string; seed: string; known: Record<string, number | string>; open: string[] }[] = [
    { clause: '三（四）', code: 'ip_pledge_loan_interest_subsidy', seed: '最高不超过 15 万元的贴息补助', known: { cap: 15 * tenThousandYuan }, open: ['interest_share', 'cap_period'] },
    { clause: '三（四）', code: 'ip_insurance_premium_subsidy', seed: '最高不超过 10 万元的保费补助', known: { cap: 10 * tenThousandYuan }, open: ['premium_share', 'cap_period'] },
    { clause: '三（四）', code: 'guarantee_reward', seed: '每年按新增科技小微企业融资担保总额的 2%…总额最高不超过 500 万元', known: { rate: 200, cap: 500 * tenThousandYuan, cap_period: 'calendar_year' }, open: [] },
    { clause: '三（五）', code: 'ip_securitisation_subsidy', seed: '给予最高 100 万元的政策补助', known: { cap: 100 * tenThousandYuan }, open: ['basis', 'cap_period'] },
    { clause: '三（六）', code: 'listing_reward', seed: '给予最高 2000 万元的分阶段奖励', known: { cap: 2000 * tenThousandYuan }, open: ['stages', 'eligible_boards'] },
    { clause: '三（八）', code: 'talent_loan_interest_subsidy', seed: '给予一定标准的贴息补助', known: {}, open: ['interest_share', 'cap', 'cap_period'] },
  ];

  it('has exactly the six subsidy lines the document pays', () => {
    assert.deepEqual(huzhou.subsidyLines.map((line) => line.code), subsidyCases.map((line) => line.code));
  });

  for (const expected of subsidyCases) {
    it(`${expected.clause}: ${expected.seed} → ${expected.code}; open: ${expected.open.join(', ') || 'none'}`, () => {
      const line = huzhou.subsidyLines.find((candidate) => candidate.code === expected.code);
      assert.ok(line, `subsidy line ${expected.code} is missing`);
      assert.equal(line.clause, expected.clause);
      for (const [code, value] of Object.entries(expected.known)) {
        assert.equal(line.parameters.find((parameter) => parameter.code === code)?.value, value, `${expected.code}.${code}`);
      }
      for (const code of expected.open) {
        const parameter: Parameter | undefined = line.parameters.find((candidate) => candidate.code === code);
        assert.ok(parameter, `open parameter ${code} must be present`);
        assert.equal(parameter.value, null);
        assert.equal(parameter.required, true);
        assert.ok(parameter.note, `open parameter ${code} says why it is open`);
      }
      const reading = readSubsidyParameters(line);
      if (expected.open.length === 0) assert.equal(reading.isComplete, true);
      else assert.deepEqual(reading, { isComplete: false, openParameters: line.parameters.filter((p) => p.value === null).map((p) => p.code) });
    });
  }

  it('has the eight main tasks 三（一）–（八）', () => {
    assert.deepEqual(huzhou.mainTasks.map((task) => task.clause), ['三（一）', '三（二）', '三（三）', '三（四）', '三（五）', '三（六）', '三（七）', '三（八）']);
    const names = nameOf(huzhou);
    assert.deepEqual(huzhou.mainTasks[4]!.responsibleDepartments.map(names), [
      '市金融办', '市财政局', '市科技局', '人民银行湖州市分行', '国家外汇管理局湖州市分局', '市经信局', '市国资委', '市市场监管局', '市商务局', '市产业集团', '市人才集团', '各区县政府',
    ]);
  });

  it('三（一）–（八）: each main task lists the 责任部门 of its clause, in order', () => {
    // 〈国家外汇管理局湖州市分局〉 in 三（五） is its own body, housed at the PBoC branch.
    const lists = [...seedText!.matchAll(/（责任部门：([^）]*)）/g)].map((match) => match[1]!.replace('〈', '、').replace('〉', ''));
    assert.deepEqual(huzhou.mainTasks.map((task) => task.responsibleDepartments.map(nameOf(huzhou)).join('、')), lists);
  });

  // 附件 rows as read from the flattened table: [lead, responsible].
  const keyTaskDepartments: [string[], string[]][] = [
    [['市金融办'], ['市委人才办', '各区县政府']],
    [['市产业集团', '市人才集团', '各区县政府'], []],
    [['市委人才办', '人民银行湖州市分行', '国家金融监管总局湖州监管分局'], []],
    [['市科技局'], []],
    [['人民银行湖州市分行', '国家金融监管总局湖州监管分局'], []],
    [['市科技局'], ['市委人才办', '市经信局', '市人力社保局', '市金融办', '人民银行湖州市分行', '国家金融监管总局湖州监管分局', '市大数据局']],
    [['市金融办', '市经信局', '各链长单位'], []],
    [['人民银行湖州市分行'], ['国家金融监管总局湖州监管分局', '市金融办', '各金融机构']],
    [['国家金融监管总局湖州监管分局'], ['市金融办', '人民银行湖州市分行', '各金融机构']],
    [['市市场监管局', '市科技局'], ['市财政局', '市金融办']],
    [['人民银行湖州市分行', '国家金融监管总局湖州监管分局'], ['市金融办']],
    [['南太湖新区管委会'], ['市金融办']],
    [['市财政局', '市产业集团', '市人才集团'], ['市金融办', '市委人才办', '各区县政府']],
    [['市财政局', '市国资委'], ['市金融办']],
    [['市正策担保有限公司'], ['市财政局', '市金融办']],
  ];

  it('has the fifteen key tasks of the 附件, numbered 1–15', () => {
    assert.deepEqual(huzhou.keyTasks.map((task) => task.number), Array.from({ length: 15 }, (_, index) => index + 1));
  });

  keyTaskDepartments.forEach(([lead, responsible], index) => {
    it(`附件第${index + 1}项: 牵头 ${lead.join('、')}；责任 ${responsible.join('、') || '—'}`, () => {
      const task = huzhou.keyTasks[index]!;
      assert.equal(task.clause, `附件第${index + 1}项`);
      assert.deepEqual(task.leadDepartments.map(nameOf(huzhou)), lead);
      assert.deepEqual(task.responsibleDepartments.map(nameOf(huzhou)), responsible);
      if (responsible.length === 0) assert.ok(task.sourceNote, 'a row with one group of units says how it was read');
    });
  });

  it('names every body the document names, once', () => {
    assert.equal(huzhou.departments.length, 20);
    assert.equal(new Set(huzhou.departments.map((department) => department.name.zh)).size, 20);
  });
});

describe('parsePolicyPack: other packs and errors', () => {
  it('loads the fictional successor with other numbers and all of its lines', () => {
    const successor = valid(parsePolicyPack(successorText, 'successor-example.yaml'));
    assert.equal(successor.isExample, true);
    assert.match(successor.title.zh, /示例/);
    assert.deepEqual(successor.supersedes, ['huzhou-2023-61']);
    assert.equal(successor.targets.find((target) => target.code === 'tsme_loan_balance')?.value, 2000 * hundredMillionYuan);
    const listing = successor.subsidyLines.find((line) => line.code === 'listing_reward')!;
    assert.equal(readSubsidyParameters(listing).isComplete, true);
  });

  it('names the path, line and column of every schema error in invalid-pack.yaml, in both languages', () => {
    const result = parsePolicyPack(fs.readFileSync(new URL('invalid-pack.yaml', fixturesDir), 'utf8'), 'invalid-pack.yaml');
    assert.deepEqual(problemsOf(result), [
      'documentNumber: is required (line 2, column 1)',
      'dates.effectiveFrom: must match the pattern ^\\d{4}-\\d{2}-\\d{2}$ (line 8, column 18)',
      'targets[1].comparator: must be one of: ">=", ">" (line 14, column 98)',
      'targets[3].value: must be integer (line 16, column 76)',
      'subsidyLines[0].parameters[0].value: must be integer or null (line 24, column 67)',
      'extraField: is not an allowed field (line 28, column 13)',
    ]);
    assert.ok(!result.isValid && formatProblem(result.problems[3]!, 'zh') === 'targets[3].value: 必须是整数（第 16 行第 76 列）');
  });

  it('reports a YAML syntax error with its line and column', () => {
    const result = parsePolicyPack(fs.readFileSync(new URL('invalid-syntax.yaml', fixturesDir), 'utf8'), 'invalid-syntax.yaml');
    const [problem, ...rest] = result.isValid ? [] : result.problems;
    assert.equal(rest.length, 0);
    assert.equal(problem?.path, '(yaml)');
    assert.equal(problem?.line, 6);
    assert.match(problem?.message.zh ?? '', /^YAML 语法错误/);
  });

  it('reports duplicate keys', () => {
    assert.match(problemsOf(parsePolicyPack(`${successorText}\nid: again\n`, 'dup.yaml')).join('\n'), /Map keys must be unique/);
  });

  it('checks what the schema cannot: references, numbering, dates, exact money', () => {
    const broken = successorText
      .replace('leadDepartments: [reg-pboc-huzhou]', 'leadDepartments: [gov-nowhere]')
      .replace('  - number: 3\n    text', '  - number: 4\n    text')
      .replace('expiresOn: "2028-12-31"', 'expiresOn: "2025-12-31"')
      .replace('value: 20000000, required: true', 'value: 90071992547409930, required: true')
      .replace('signedOn: "2025-12-20"', 'signedOn: "2025-02-30"');
    const problems = problemsOf(parsePolicyPack(broken, 'broken.yaml'));
    assert.deepEqual(
      problems.map((problem) => problem.replace(/ \(line.*$/, '')),
      [
        'dates.signedOn: is not a calendar date',
        'dates.expiresOn: must not be before dates.effectiveFrom',
        'subsidyLines[0].parameters[0].value: is too large to be exact (over 2^53 − 1)',
        'keyTasks[2].number: must be 3 (numbered 1, 2, 3… in order)',
        'keyTasks[2].leadDepartments[0]: unknown department code gov-nowhere (not in departments)',
      ],
    );
  });

  it('reads an optional serviceDeadlines section (服务时限) and refuses days out of range, unknown keys and a contact deadline after the decision', () => {
    const withDeadlines = valid(parsePolicyPack(`${successorText}\nserviceDeadlines:\n  claimWorkingDays: 2\n  isReopenedOnMiss: false\n  clause: 第三条\n`, 'ok.yaml'));
    assert.deepEqual(withDeadlines.serviceDeadlines, { claimWorkingDays: 2, isReopenedOnMiss: false, clause: '第三条' });
    assert.doesNotThrow(() => policyPackContentSchema.parse(withDeadlines));
    assert.equal(huzhou.serviceDeadlines, undefined, '湖政办发〔2023〕61号 sets no deadlines: the platform defaults apply');
    const problems = (section: string) => problemsOf(parsePolicyPack(`${successorText}\nserviceDeadlines:\n${section}`, 'bad.yaml')).map((problem) => problem.replace(/ \(line.*$/, ''));
    assert.match(problems('  claimWorkingDays: 0\n').join('\n'), /^serviceDeadlines\.claimWorkingDays: /);
    assert.match(problems('  decisionWorkingDays: 91\n').join('\n'), /^serviceDeadlines\.decisionWorkingDays: /);
    assert.match(problems('  claimDays: 1\n').join('\n'), /claimDays/);
    assert.deepEqual(problems('  contactWorkingDays: 8\n  decisionWorkingDays: 7\n'), ['serviceDeadlines.contactWorkingDays: must not be longer than decisionWorkingDays']);
    assert.ok(parsePolicyPack(`${successorText}\nserviceDeadlines:\n  contactWorkingDays: 7\n  decisionWorkingDays: 7\n`, 'equal.yaml').isValid, 'equal is allowed');
  });

  it('gives the same content hash whatever the layout and comments of the file', () => {
    const first = parsePolicyPack(huzhouText, 'a.yaml');
    const second = parsePolicyPack(huzhouText.replace(/ # .*$/gm, '').replace(/^#.*\n/gm, ''), 'b.yaml');
    assert.ok(first.isValid && second.isValid);
    assert.equal(first.contentSha256, second.contentSha256);
    const changed = parsePolicyPack(huzhouText.replace('value: 70', 'value: 71'), 'c.yaml');
    assert.ok(changed.isValid);
    assert.notEqual(changed.contentSha256, first.contentSha256);
  });
});

function nameOf(pack: PolicyPackContent): (code: string) => string {
  const names = new Map(pack.departments.map((department) => [department.code, department.name.zh]));
  return (code) => names.get(code) ?? `?${code}`;
}
