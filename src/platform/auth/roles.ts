/**
 * The roles of SPEC §1 and what each may do. A route declares one permission; the
 * authorization-matrix test checks every route against this table for every role.
 */
export const roles = ['admin', 'supervisor', 'department', 'district', 'regulator', 'institution', 'enterprise', 'advisor'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  /** Anyone, signed in or not. */
  'public',
  /** Any signed-in user, for their own session. */
  'session',
  'organisations.read',
  'organisations.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'audit.verify',
  'policy.manage',
  'jobs.read',
  /** 企业名册: read enterprises within the actor's data scope. */
  'registry.read',
  /** Supply enterprise facts: imports, edits, USCC exceptions. */
  'registry.write',
  /** 评价结果与全景画像: read results and portraits of enterprises within the data scope. */
  'evaluation.read',
  /** Start a re-evaluation of the whole registry. */
  'evaluation.run',
  /** 培育库: read tiers, members and proposals within the data scope. */
  'cultivation.read',
  /** Approve or override proposed tier changes. */
  'cultivation.decide',
  /** 工作日历: import a year's 放假安排通知. */
  'calendar.manage',
  /** An institution manages its own products (the admin any institution's). */
  'products.manage',
  /** 融资需求: an enterprise posts, withdraws and follows its own demands, accepts referrals, rates institutions. */
  'financing.demand',
  /** An institution sees the demands addressed or open to it, claims them and records contact and outcome. */
  'financing.handle',
  /** Oversee every demand: overdue and declined ones with their reasons. */
  'financing.supervise',
  /** 服务时限设置: set the platform's default service deadlines (a pack in force still overrides them). */
  'financing.configure',
  /** 授权: an enterprise grants and revokes institutions' access to its data and sees who looked. */
  'consent.manage',
] as const;
export type Permission = (typeof permissions)[number];

const signedIn: Permission[] = ['public', 'session'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [
    ...signedIn,
    'organisations.read',
    'organisations.manage',
    'users.read',
    'users.manage',
    'audit.read',
    'audit.verify',
    'policy.manage',
    'jobs.read',
    'registry.read',
    'registry.write',
    'evaluation.read',
    'evaluation.run',
    'cultivation.read',
    'cultivation.decide',
    'calendar.manage',
    'products.manage',
    'financing.demand',
    'financing.handle',
    'financing.supervise',
    'financing.configure',
    'consent.manage',
  ],
  supervisor: [...signedIn, 'organisations.read', 'jobs.read', 'registry.read', 'evaluation.read', 'cultivation.read', 'financing.supervise'],
  department: [...signedIn, 'organisations.read', 'registry.read', 'registry.write', 'evaluation.read', 'evaluation.run', 'cultivation.read', 'cultivation.decide', 'financing.supervise'],
  district: [...signedIn, 'organisations.read', 'registry.read', 'registry.write', 'evaluation.read', 'cultivation.read', 'cultivation.decide', 'financing.supervise'],
  regulator: [...signedIn, 'organisations.read', 'financing.supervise'],
  institution: [...signedIn, 'organisations.read', 'products.manage', 'financing.handle'],
  enterprise: [...signedIn, 'organisations.read', 'registry.read', 'evaluation.read', 'financing.demand', 'consent.manage'],
  advisor: [...signedIn, 'organisations.read'],
};

export const roleNames: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '平台管理员', en: 'Platform admin' },
  supervisor: { zh: '监管督导（市金融办）', en: 'Supervisor (municipal finance office)' },
  department: { zh: '部门工作人员', en: 'Department officer' },
  district: { zh: '区县工作人员', en: 'District officer' },
  regulator: { zh: '金融监管人员', en: 'Regulator' },
  institution: { zh: '金融机构人员', en: 'Institution officer' },
  enterprise: { zh: '企业用户', en: 'Enterprise user' },
  advisor: { zh: '金融专员/顾问', en: 'Financial advisor' },
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
