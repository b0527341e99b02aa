export * from './staff-claims';
export * from './roles.decorator';
export * from './current-staff.decorator';
export * from './staff-auth.guard';
export * from './staff-auth.module';
export * from './auth-env';
export * from './staff-scope';
export * from './staff-access';
