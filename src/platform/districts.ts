/**
 * 湖州市's districts and counties (GB/T 2260) and 南太湖新区, a functional zone that is not an
 * administrative division and so has no GB/T 2260 code: the platform gives it `330500-NTH`.
 */
export interface District {
  code: string;
  name: string;
  nameEn: string;
  governmentName: string;
  governmentNameEn: string;
  isFunctionalZone: boolean;
}

export const districts: District[] = [
  { code: '330502', name: '吴兴区', nameEn: 'Wuxing District', governmentName: '吴兴区人民政府', governmentNameEn: 'Wuxing District Government', isFunctionalZone: false },
  { code: '330503', name: '南浔区', nameEn: 'Nanxun District', governmentName: '南浔区人民政府', governmentNameEn: 'Nanxun District Government', isFunctionalZone: false },
  { code: '330521', name: '德清县', nameEn: 'Deqing County', governmentName: '德清县人民政府', governmentNameEn: 'Deqing County Government', isFunctionalZone: false },
  { code: '330522', name: '长兴县', nameEn: 'Changxing County', governmentName: '长兴县人民政府', governmentNameEn: 'Changxing County Government', isFunctionalZone: false },
  { code: '330523', name: '安吉县', nameEn: 'Anji County', governmentName: '安吉县人民政府', governmentNameEn: 'Anji County Government', isFunctionalZone: false },
  { code: '330500-NTH', name: '南太湖新区', nameEn: 'South Taihu New Area', governmentName: '南太湖新区管理委员会', governmentNameEn: 'South Taihu New Area Administrative Committee', isFunctionalZone: true },
];

export const districtCodePattern = /^\d{6}(-[A-Z]{2,8})?$/;
