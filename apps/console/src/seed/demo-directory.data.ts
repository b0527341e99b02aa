import type { MediatorAffiliation, MediatorTier } from '@concord/assignment';
import type { StaffRole } from '@concord/auth';
import type { RegionContactRole } from '../regions/region-contact-role';

/**
 * Demo data for `seed --demo`: Haishu County (海曙区, Ningbo), four streets with two communities
 * each, three dozen enterprises across industries and sizes, the people around them, mediators,
 * and staff accounts to log in with (DEMO_STAFF_PASSWORD).
 * Natural keys (region names under their parent, emails, registered codes) make re-seeding update
 * rather than duplicate. All names, emails and codes are fictitious.
 */
export const DEMO_EMAIL_DOMAIN = 'demo.concord.example';
export const DEMO_API_KEY_LABEL = 'demo seed';

export interface DemoPerson {
  key: string;
  name: string;
}

export interface DemoStreet {
  name: string;
  union: DemoPerson;
  liaison: DemoPerson;
  communities: string[];
}

export interface DemoEnterprise {
  name: string;
  registeredCode: string;
  community: string;
  industry: string;
  headcount: number;
  group: 'xingchen' | null;
}

export interface DemoMediator {
  person: DemoPerson;
  tiers: MediatorTier[];
  /** Street names, or the county itself. */
  covers: 'county' | string[];
  expertise: string[];
  industries: string[];
  capacity: number;
  /** One of each, so every street can seat a balanced panel for a collective case. */
  affiliation: MediatorAffiliation;
}

export const DEMO_COUNTY = '海曙区';

export const DEMO_COUNTY_CONTACTS: { role: RegionContactRole; person: DemoPerson }[] = [
  { role: 'county_federation', person: { key: 'county.federation', name: '陈建国' } },
  { role: 'federation_leadership', person: { key: 'county.leadership', name: '王立新' } },
  { role: 'mediation_centre', person: { key: 'county.mediation', name: '林静' } },
  { role: 'labor_inspection_liaison', person: { key: 'county.inspection', name: '周海涛' } },
];

export const DEMO_STREETS: DemoStreet[] = [
  {
    name: '鼓楼街道',
    union: { key: 'gulou.union', name: '张敏' },
    liaison: { key: 'gulou.liaison', name: '赵磊' },
    communities: ['孝闻社区', '中山社区'],
  },
  {
    name: '南门街道',
    union: { key: 'nanmen.union', name: '李娟' },
    liaison: { key: 'nanmen.liaison', name: '孙丽' },
    communities: ['柳锦社区', '尹江社区'],
  },
  {
    name: '石碶街道',
    union: { key: 'shiqi.union', name: '刘强' },
    liaison: { key: 'shiqi.liaison', name: '吴刚' },
    communities: ['冯家社区', '星光社区'],
  },
  {
    name: '段塘街道',
    union: { key: 'duantang.union', name: '高洁' },
    liaison: { key: 'duantang.liaison', name: '马骏' },
    communities: ['段塘社区', '南苑社区'],
  },
];

/** Two establishments of one group, so group risk propagation has something to show. */
export const DEMO_GROUP_IDS = { xingchen: '5a1f3c2e-8b7d-4e6f-9a0b-1c2d3e4f5a6b' } as const;

export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  { name: '宁波甬城建设工程有限公司', registeredCode: '91330203MADEMO0001', community: '孝闻社区', industry: 'construction', headcount: 420, group: null },
  { name: '海曙鼓楼餐饮管理有限公司', registeredCode: '91330203MADEMO0002', community: '孝闻社区', industry: 'catering', headcount: 65, group: null },
  { name: '宁波华丰服装有限公司', registeredCode: '91330203MADEMO0003', community: '中山社区', industry: 'manufacturing', headcount: 880, group: null },
  { name: '鼓楼快送科技有限公司', registeredCode: '91330203MADEMO0004', community: '中山社区', industry: 'platform_delivery', headcount: 210, group: null },
  { name: '宁波南门物流有限公司', registeredCode: '91330203MADEMO0005', community: '柳锦社区', industry: 'logistics', headcount: 150, group: null },
  { name: '甬江保安服务有限公司', registeredCode: '91330203MADEMO0006', community: '柳锦社区', industry: 'security', headcount: 95, group: null },
  { name: '宁波星辰电子有限公司', registeredCode: '91330203MADEMO0007', community: '尹江社区', industry: 'manufacturing', headcount: 1200, group: 'xingchen' },
  { name: '海曙洁美保洁服务有限公司', registeredCode: '91330203MADEMO0008', community: '尹江社区', industry: 'cleaning', headcount: 48, group: null },
  { name: '石碶港湾仓储有限公司', registeredCode: '91330203MADEMO0009', community: '冯家社区', industry: 'logistics', headcount: 320, group: null },
  { name: '宁波恒达五金制品厂', registeredCode: '91330203MADEMO0010', community: '冯家社区', industry: 'manufacturing', headcount: 35, group: null },
  { name: '宁波星辰电子有限公司石碶分厂', registeredCode: '91330203MADEMO0011', community: '星光社区', industry: 'manufacturing', headcount: 540, group: 'xingchen' },
  { name: '海曙优品超市有限公司', registeredCode: '91330203MADEMO0012', community: '星光社区', industry: 'retail', headcount: 12, group: null },
  { name: '宁波天一阁文化旅游有限公司', registeredCode: '91330203MADEMO0013', community: '孝闻社区', industry: 'services', headcount: 140, group: null },
  { name: '鼓楼老字号食品有限公司', registeredCode: '91330203MADEMO0014', community: '中山社区', industry: 'labor_intensive_manufacturing', headcount: 76, group: null },
  { name: '海曙中山商贸有限公司', registeredCode: '91330203MADEMO0015', community: '中山社区', industry: 'retail', headcount: 58, group: null },
  { name: '宁波月湖酒店管理有限公司', registeredCode: '91330203MADEMO0016', community: '孝闻社区', industry: 'services', headcount: 190, group: null },
  { name: '宁波鼓楼印务有限公司', registeredCode: '91330203MADEMO0017', community: '中山社区', industry: 'manufacturing', headcount: 64, group: null },
  { name: '南门家政服务有限公司', registeredCode: '91330203MADEMO0018', community: '柳锦社区', industry: 'cleaning', headcount: 130, group: null },
  { name: '宁波甬江建材有限公司', registeredCode: '91330203MADEMO0019', community: '柳锦社区', industry: 'construction', headcount: 260, group: null },
  { name: '海曙南门汽车维修有限公司', registeredCode: '91330203MADEMO0020', community: '尹江社区', industry: 'services', headcount: 42, group: null },
  { name: '宁波尹江纺织有限公司', registeredCode: '91330203MADEMO0021', community: '尹江社区', industry: 'manufacturing', headcount: 610, group: null },
  { name: '南门智联网络科技有限公司', registeredCode: '91330203MADEMO0022', community: '柳锦社区', industry: 'services', headcount: 88, group: null },
  { name: '宁波石碶机械制造有限公司', registeredCode: '91330203MADEMO0023', community: '冯家社区', industry: 'manufacturing', headcount: 450, group: null },
  { name: '石碶冷链运输有限公司', registeredCode: '91330203MADEMO0024', community: '冯家社区', industry: 'logistics', headcount: 175, group: null },
  { name: '宁波星光塑料制品有限公司', registeredCode: '91330203MADEMO0025', community: '星光社区', industry: 'manufacturing', headcount: 230, group: null },
  { name: '石碶同城配送有限公司', registeredCode: '91330203MADEMO0026', community: '星光社区', industry: 'platform_delivery', headcount: 310, group: null },
  { name: '宁波港城建筑劳务有限公司', registeredCode: '91330203MADEMO0027', community: '冯家社区', industry: 'construction', headcount: 380, group: null },
  { name: '海曙星光幼儿园', registeredCode: '91330203MADEMO0028', community: '星光社区', industry: 'other', headcount: 36, group: null },
  { name: '宁波段塘汽配有限公司', registeredCode: '91330203MADEMO0029', community: '段塘社区', industry: 'manufacturing', headcount: 520, group: null },
  { name: '段塘快递分拨中心有限公司', registeredCode: '91330203MADEMO0030', community: '段塘社区', industry: 'logistics', headcount: 270, group: null },
  { name: '海曙南苑物业服务有限公司', registeredCode: '91330203MADEMO0031', community: '南苑社区', industry: 'services', headcount: 160, group: null },
  { name: '宁波南苑医疗器械有限公司', registeredCode: '91330203MADEMO0032', community: '南苑社区', industry: 'manufacturing', headcount: 340, group: null },
  { name: '段塘农贸市场管理有限公司', registeredCode: '91330203MADEMO0033', community: '段塘社区', industry: 'retail', headcount: 28, group: null },
  { name: '宁波段塘餐饮连锁有限公司', registeredCode: '91330203MADEMO0034', community: '南苑社区', industry: 'catering', headcount: 115, group: null },
  { name: '海曙南苑保安服务有限公司', registeredCode: '91330203MADEMO0035', community: '南苑社区', industry: 'security', headcount: 72, group: null },
  { name: '宁波段塘电子商务有限公司', registeredCode: '91330203MADEMO0036', community: '段塘社区', industry: 'services', headcount: 95, group: null },
];

export const DEMO_MEDIATORS: DemoMediator[] = [
  {
    person: { key: 'mediator.zheng', name: '郑华' },
    tiers: ['street'],
    covers: ['鼓楼街道', '南门街道'],
    expertise: ['pay', 'contracts', 'working_time'],
    industries: ['catering', 'construction'],
    capacity: 6,
    affiliation: 'union',
  },
  {
    person: { key: 'mediator.feng', name: '冯雪' },
    tiers: ['street'],
    covers: ['石碶街道', '段塘街道'],
    expertise: ['pay', 'social_insurance'],
    industries: ['logistics', 'manufacturing'],
    capacity: 5,
    affiliation: 'government',
  },
  {
    person: { key: 'mediator.he', name: '何平' },
    tiers: ['street', 'county'],
    covers: 'county',
    expertise: ['pay', 'layoffs', 'collective'],
    industries: ['manufacturing', 'platform_delivery'],
    capacity: 8,
    affiliation: 'independent',
  },
  {
    person: { key: 'mediator.xu', name: '许杰' },
    tiers: ['county'],
    covers: 'county',
    expertise: ['pay', 'safety', 'contracts'],
    industries: ['construction', 'security', 'cleaning'],
    capacity: 4,
    affiliation: 'employers',
  },
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英'];

/** A stable, plausible name for the n-th generated person (committee members, union chairs). */
export function demoName(n: number): string {
  return `${SURNAMES[n % SURNAMES.length]}${GIVEN_NAMES[(n * 7 + 3) % GIVEN_NAMES.length]}`;
}

export function demoEmail(key: string): string {
  return `${key}@${DEMO_EMAIL_DOMAIN}`;
}

/** Every demo account logs in with this password; the demo prints it. Never for production. */
export const DEMO_STAFF_PASSWORD = 'concord-demo-staff';

export interface DemoStaffAccount {
  person: DemoPerson;
  roles: StaffRole[];
  /** The region subtree the account sees: 'county', a street by name, or none. */
  region: string | null;
  /** For committee members: the registered code of their enterprise. */
  enterpriseCode?: string;
}

/**
 * Who can log in to the demo: county and street federation staff (the street union chairs, one
 * per street, for the street-scoped view), the rules editor and publisher, every mediator (they
 * see their own cases), and one committee member of the enterprise in crisis.
 */
export const DEMO_STAFF_ACCOUNTS: DemoStaffAccount[] = [
  { person: DEMO_COUNTY_CONTACTS[0].person, roles: ['federation_staff'], region: 'county' },
  ...DEMO_STREETS.map((street) => ({ person: street.union, roles: ['federation_staff'] as StaffRole[], region: street.name })),
  { person: { key: 'rules.editor', name: '沈文' }, roles: ['rules_editor'], region: 'county' },
  { person: { key: 'rules.publisher', name: '韩梅' }, roles: ['rules_publisher'], region: 'county' },
  ...DEMO_MEDIATORS.map((mediator) => ({ person: mediator.person, roles: ['mediator'] as StaffRole[], region: null })),
  { person: { key: 'e0001.committee_union', name: demoName(1) }, roles: ['committee_member'], region: null, enterpriseCode: '91330203MADEMO0001' },
];
