/**
 * Names of enterprise fact fields (enterprises.contracts.ts), as the import templates head their
 * columns. Money fields are named without the unit; tables and forms add 万元.
 */
export const fieldMessages = {
  'field.name': { zh: '企业名称', en: 'Name' },
  'field.districtCode': { zh: '所在区县', en: 'District' },
  'field.industryCode': { zh: '行业代码', en: 'Industry code' },
  'field.foundedOn': { zh: '成立日期', en: 'Founded on' },
  'field.sizeClass': { zh: '企业规模', en: 'Size' },
  'field.status': { zh: '经营状态', en: 'Status' },
  'field.taxCollectionMethod': { zh: '所得税征收方式', en: 'Income-tax collection' },
  'field.legalRepresentative': { zh: '法定代表人', en: 'Legal representative' },
  'field.contactName': { zh: '联系人', en: 'Contact' },
  'field.contactPhone': { zh: '联系电话', en: 'Phone' },
  'field.contactEmail': { zh: '电子邮箱', en: 'E-mail' },

  'field.employees': { zh: '职工总数', en: 'Employees' },
  'field.techStaff': { zh: '科技人员数', en: 'S&T staff' },
  'field.rndStaff': { zh: '研发人员数', en: 'R&D staff' },
  'field.revenueFen': { zh: '营业收入', en: 'Revenue' },
  'field.mainBusinessRevenueFen': { zh: '主营业务收入', en: 'Main-business revenue' },
  'field.costsAndExpensesFen': { zh: '成本费用总额', en: 'Total costs and expenses' },
  'field.rndExpenseFen': { zh: '研发费用', en: 'R&D expense' },
  'field.rndExpenseDomesticFen': { zh: '境内研发费用', en: 'R&D expense in China' },
  'field.highTechRevenueFen': { zh: '高新技术产品（服务）收入', en: 'High-tech product (service) revenue' },
  'field.totalAssetsFen': { zh: '资产总额', en: 'Total assets' },
  'field.totalLiabilitiesFen': { zh: '负债总额', en: 'Total liabilities' },
  'field.netProfitFen': { zh: '净利润', en: 'Net profit' },
  'field.taxPaidFen': { zh: '纳税总额', en: 'Taxes paid' },
  'field.qualifiedEquityRaisedFen': { zh: '合格机构投资者股权融资', en: 'Equity from qualified investors' },

  'field.classOneCount': { zh: 'Ⅰ类知识产权数', en: 'Class I IP' },
  'field.classTwoCount': { zh: 'Ⅱ类知识产权数', en: 'Class II IP' },
  'field.inventionPatentsInMainBusiness': { zh: '主营业务发明专利数', en: 'Invention patents in the main business' },
  'field.softwareCopyrights': { zh: '软件著作权数', en: 'Software copyrights' },
  'field.standardsLed': { zh: '主导制定标准数', en: 'Standards led' },
  'field.achievementsTransferred': { zh: '科技成果转化数', en: 'Technology transfers' },
  'field.awards': { zh: '科技奖励', en: 'S&T awards' },
  'field.rndInstitutions': { zh: '研发机构', en: 'R&D institutions' },

  'field.validFrom': { zh: '有效期起', en: 'Valid from' },
  'field.validTo': { zh: '有效期止', en: 'Valid to' },
  'field.programme': { zh: '项目或板块', en: 'Programme or board' },
  'field.level': { zh: '级别', en: 'Level' },
  'field.isRevoked': { zh: '是否撤销', en: 'Revoked' },

  'unit.wan': { zh: '万元', en: '10k CNY' },
  'unit.withWan': { zh: '{label}（万元）', en: '{label} (10k CNY)' },
} as const satisfies Record<string, { zh: string; en: string }>;
