import type { OrganisationType } from '../capabilities/organisations/organisations.contracts.ts';
import type { Role } from '../platform/auth/roles.ts';
import { districts } from '../platform/districts.ts';

export interface DemoOrganisation {
  code: string;
  name: string;
  nameEn: string;
  type: OrganisationType;
  districtCode?: string;
}

/** The one password of every demo account (demo mode only; production never creates these users). */
export const demoPassword = 'KeJinTong#2024';

/** The bodies the policy names (湖政办发〔2023〕61号), the districts, and fictional institutions marked 示例. */
export const demoOrganisations: DemoOrganisation[] = [
  { code: 'operator', name: '科金通平台运营中心', nameEn: 'KeJinTong platform operator', type: 'operator' },
  { code: 'gov-jinrongban', name: '湖州市人民政府金融工作办公室（市金融办）', nameEn: 'Huzhou Municipal Finance Office', type: 'government_department' },
  { code: 'gov-kejiju', name: '湖州市科学技术局（市科技局）', nameEn: 'Huzhou Science and Technology Bureau', type: 'government_department' },
  { code: 'gov-jingxinju', name: '湖州市经济和信息化局（市经信局）', nameEn: 'Huzhou Economy and Information Technology Bureau', type: 'government_department' },
  { code: 'gov-rencaiban', name: '中共湖州市委人才工作领导小组办公室（市委人才办）', nameEn: 'Huzhou Talent Work Office', type: 'government_department' },
  { code: 'gov-caizhengju', name: '湖州市财政局', nameEn: 'Huzhou Finance Bureau', type: 'government_department' },
  { code: 'gov-shichangjianguanju', name: '湖州市市场监督管理局（市市场监管局）', nameEn: 'Huzhou Market Supervision Administration', type: 'government_department' },
  { code: 'gov-dashujuju', name: '湖州市大数据发展管理局（市大数据局）', nameEn: 'Huzhou Big Data Bureau', type: 'government_department' },
  { code: 'gov-guoziwei', name: '湖州市人民政府国有资产监督管理委员会（市国资委）', nameEn: 'Huzhou State-owned Assets Supervision Commission', type: 'government_department' },
  { code: 'gov-shangwuju', name: '湖州市商务局', nameEn: 'Huzhou Commerce Bureau', type: 'government_department' },
  { code: 'gov-renlisheboju', name: '湖州市人力资源和社会保障局（市人力社保局）', nameEn: 'Huzhou Human Resources and Social Security Bureau', type: 'government_department' },
  { code: 'reg-pboc-huzhou', name: '中国人民银行湖州市分行', nameEn: "People's Bank of China Huzhou Branch", type: 'regulator' },
  { code: 'reg-nfra-huzhou', name: '国家金融监督管理总局湖州监管分局', nameEn: 'NFRA Huzhou Branch', type: 'regulator' },
  { code: 'reg-safe-huzhou', name: '国家外汇管理局湖州市分局', nameEn: 'SAFE Huzhou Branch', type: 'regulator' },
  ...districts.map((district) => ({
    code: `district-${district.code}`,
    name: district.governmentName,
    nameEn: district.governmentNameEn,
    type: 'district_government' as const,
    districtCode: district.code,
  })),
  { code: 'grp-chanye', name: '湖州市产业投资发展集团（市产业集团）', nameEn: 'Huzhou Industrial Investment Group', type: 'fund_manager' },
  { code: 'grp-rencai', name: '湖州市人才资源开发集团（市人才集团）', nameEn: 'Huzhou Talent Development Group', type: 'fund_manager' },
  { code: 'gua-zhengce', name: '湖州市正策融资担保有限公司（市正策担保有限公司）', nameEn: 'Huzhou Zhengce Financing Guarantee Co.', type: 'guarantor' },
  { code: 'bank-demo-taihu', name: '示例·太湖银行湖州分行', nameEn: 'Demo Taihu Bank Huzhou Branch', type: 'bank' },
  { code: 'bank-demo-tiaoxi', name: '示例·苕溪农村商业银行', nameEn: 'Demo Tiaoxi Rural Commercial Bank', type: 'bank' },
  { code: 'bank-demo-nanxun', name: '示例·南浔科创银行', nameEn: 'Demo Nanxun Sci-Tech Bank', type: 'bank', districtCode: '330503' },
  { code: 'ins-demo-bilang', name: '示例·碧浪财产保险湖州中心支公司', nameEn: 'Demo Bilang Property Insurance Huzhou', type: 'insurer' },
  { code: 'ins-demo-xiaomei', name: '示例·霅溪科技保险', nameEn: 'Demo Zhaxi Tech Insurance', type: 'insurer' },
  { code: 'gua-demo-deqing', name: '示例·德清县融资担保有限公司', nameEn: 'Demo Deqing Financing Guarantee', type: 'guarantor', districtCode: '330521' },
  { code: 'fund-demo-nantaihu', name: '示例·南太湖创业投资管理有限公司', nameEn: 'Demo South Taihu Venture Capital', type: 'fund_manager' },
  { code: 'fund-demo-mogan', name: '示例·莫干山天使投资合伙企业', nameEn: 'Demo Moganshan Angel Investment', type: 'fund_manager' },
  { code: 'eco-demo-ipvalue', name: '示例·湖州知识产权评估事务所', nameEn: 'Demo Huzhou IP Valuation Office', type: 'ecosystem_firm' },
  { code: 'ent-demo-xinghe', name: '示例·湖州星河智能科技有限公司', nameEn: 'Demo Huzhou Xinghe Intelligent Technology', type: 'enterprise', districtCode: '330502' },
];

export interface DemoUser {
  role: Role;
  username: string;
  displayName: string;
  organisationCode: string;
}

/** One demo account per role, `demo-<role>`. */
export const demoUsers: DemoUser[] = [
  { role: 'admin', username: 'demo-admin', displayName: '平台管理员（示例）', organisationCode: 'operator' },
  { role: 'supervisor', username: 'demo-supervisor', displayName: '市金融办专班（示例）', organisationCode: 'gov-jinrongban' },
  { role: 'department', username: 'demo-department', displayName: '市科技局科员（示例）', organisationCode: 'gov-kejiju' },
  { role: 'district', username: 'demo-district', displayName: '吴兴区科员（示例）', organisationCode: 'district-330502' },
  { role: 'regulator', username: 'demo-regulator', displayName: '人行湖州市分行（示例）', organisationCode: 'reg-pboc-huzhou' },
  { role: 'institution', username: 'demo-institution', displayName: '太湖银行科技金融部（示例）', organisationCode: 'bank-demo-taihu' },
  { role: 'enterprise', username: 'demo-enterprise', displayName: '星河智能财务（示例）', organisationCode: 'ent-demo-xinghe' },
  { role: 'advisor', username: 'demo-advisor', displayName: '金融顾问（示例）', organisationCode: 'grp-rencai' },
];
